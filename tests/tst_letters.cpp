// SPDX-License-Identifier: GPL-3.0-or-later
// Replies to citizens: merge rendering, template checks, SMS segments, templates and their versions,
// recording messages (followers included), and the printed letter's layout.
#include "letters/letterlayout.h"
#include "letters/merge.h"
#include "letters/messagestore.h"
#include "letters/replies.h"
#include "letters/smssegments.h"
#include "letters/templatestore.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <memory>

using namespace meldpunt;

namespace {

/// A small city: one department, a category with a subcategory, three citizens, a report and a
/// merged duplicate whose reporter follows the original.
struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReportStore> store;
    qint64 marie = 0;
    qint64 jan = 0;
    qint64 lucie = 0;
    qint64 report = 0;
    qint64 duplicate = 0;
    qint64 secondDuplicate = 0;

    bool setUp()
    {
        if (db.open(test::dbPath(dir)))
            return false;
        QSqlQuery q(db.connection());
        const char* sql[] = {
            "INSERT INTO department (id, code, name, name_fr, email) VALUES (1, 'GRO', 'Groendienst', "
            "'Service des espaces verts', 'groen@oostveld.be')",
            "INSERT INTO category (id, parent_id, code, name, name_fr, department_id, sla_days) VALUES "
            "(1, NULL, 'AFV', 'Afval', 'Déchets', 1, 10)",
            "INSERT INTO category (id, parent_id, code, name, name_fr, department_id, sla_days) VALUES "
            "(2, 1, 'ZWV', 'Zwerfvuil', 'Déchets sauvages', 1, 5)",
            "INSERT INTO district (id, code, name, polygon) VALUES (1, 'CEN', 'Centrum', "
            "'[[[0,0],[1,0],[1,1],[0,0]]]')",
            "INSERT INTO user (login, name, role) VALUES ('an.peeters', 'An Peeters', 'coordinator')",
        };
        for (const char* s : sql)
            if (!q.exec(QString::fromUtf8(s)))
                return false;
        store = std::make_unique<ReportStore>(&db);
        store->setActor(QStringLiteral("an.peeters"));
        // 12 November 2026, 09:14 in Brussels.
        store->setNowForTesting(
            QDateTime(QDate(2026, 11, 12), QTime(9, 14), QTimeZone("Europe/Brussels")).toSecsSinceEpoch());
        store->reloadReferenceData();

        auto citizen = [&](const QString& name, const QString& email, ReplyChannel ch) {
            Citizen c;
            c.name = name;
            c.address = QStringLiteral("Kerkstraat 12");
            c.postcode = QStringLiteral("8870");
            c.municipality = QStringLiteral("Oostveld");
            c.email = email;
            c.phone = QStringLiteral("0470 12 34 56");
            c.replyChannel = ch;
            QString error;
            return store->createCitizen(c, &error);
        };
        marie = citizen(QStringLiteral("Marie Claes"), QStringLiteral("marie@example.be"), ReplyChannel::Letter);
        jan = citizen(QStringLiteral("Jan Peeters"), QStringLiteral("jan@example.be"), ReplyChannel::Email);
        lucie = citizen(QStringLiteral("Lucie Dubois"), QStringLiteral("lucie@example.be"), ReplyChannel::Sms);

        auto newReport = [&](qint64 citizenId, ReplyChannel ch, const QString& description) {
            NewReport n;
            n.channel = Channel::Web;
            n.categoryId = 2;
            n.description = description;
            n.address = QStringLiteral("Stationsstraat 4");
            n.districtId = 1;
            n.citizenId = citizenId;
            n.replyChannel = ch;
            QString error;
            return store->createReport(n, &error);
        };
        report = newReport(marie, ReplyChannel::Letter, QStringLiteral("Zakken afval naast de glasbol"));
        duplicate = newReport(jan, ReplyChannel::Email, QStringLiteral("Weer afval aan de glasbol"));
        secondDuplicate = newReport(lucie, ReplyChannel::Sms, QStringLiteral("Vuilniszakken <b>overal</b> {{today}}"));
        if (!report || !duplicate || !secondDuplicate)
            return false;
        return store->markDuplicate(duplicate, report).ok && store->markDuplicate(secondDuplicate, report).ok;
    }
};

QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

} // namespace

class TestLetters final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void render_data();
    void render();
    void renderValuesAreNeverRescanned();
    void validate_data();
    void validate();
    void mergeValues();
    void bodyFragmentAndPlainText();
    void smsSegments_data();
    void smsSegments();
    void defaultSmsTemplatesStayGsm7();
    void defaultTemplatesInstallOnce();
    void templateVersionsKeepTheOldText();
    void suggestion();
    void followersEachGetAMessage();
    void recordingTwiceRecordsOnce();
    void stateMachine();
    void missingFieldIsReportedByCompose();
    void letterLayoutFitsTheWindow();
    void letterPdfHasRecipientInWindow();
    void longLetterContinuesOnSecondPage();
    void previewImageShowsTheAddress();
};

void TestLetters::render_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QStringList>("missing");
    QTest::addColumn<QStringList>("unknown");

    const QString placeholderHtml
        = QStringLiteral("<span style=\"background-color:#fff0b3; color:#8a5300;\">%1</span>");
    QTest::newRow("plain field") << QStringLiteral("Beste {{citizen.name}},") << false << QStringLiteral("Beste Marie,")
                                 << QStringList() << QStringList();
    QTest::newRow("spaces inside braces")
        << QStringLiteral("{{ citizen.name }}!") << false << QStringLiteral("Marie!") << QStringList() << QStringList();
    QTest::newRow("html escapes the value")
        << QStringLiteral("<p>{{report.description}}</p>") << true
        << QStringLiteral("<p>Put &lt;b&gt;diep&lt;/b&gt; &amp; &quot;gevaarlijk&quot;</p>") << QStringList()
        << QStringList();
    QTest::newRow("plain text keeps the value as is")
        << QStringLiteral("{{report.description}}") << false << QStringLiteral("Put <b>diep</b> & \"gevaarlijk\"")
        << QStringList() << QStringList();
    QTest::newRow("braces in a value stay literal")
        << QStringLiteral("<p>{{citizen.address}}</p>") << true << QStringLiteral("<p>{{report.ref}} straat</p>")
        << QStringList() << QStringList();
    QTest::newRow("line breaks in html") << QStringLiteral("{{city.address}}") << true
                                         << QStringLiteral("Grote Markt 1<br>8870 Oostveld") << QStringList()
                                         << QStringList();
    QTest::newRow("line breaks in plain text")
        << QStringLiteral("{{city.address}}") << false << QStringLiteral("Grote Markt 1\n8870 Oostveld")
        << QStringList() << QStringList();
    QTest::newRow("missing value, plain")
        << QStringLiteral("Tegen {{report.due}}.") << false << QStringLiteral("Tegen [missing: report.due].")
        << QStringList { QStringLiteral("report.due") } << QStringList();
    QTest::newRow("missing value, html")
        << QStringLiteral("<p>{{report.due}} {{report.due}}</p>") << true
        << QStringLiteral("<p>%1 %1</p>").arg(placeholderHtml.arg(QStringLiteral("[missing: report.due]")))
        << QStringList { QStringLiteral("report.due") } << QStringList();
    QTest::newRow("unknown field, plain")
        << QStringLiteral("Hallo {{citizen.nmae}}") << false << QStringLiteral("Hallo {{citizen.nmae}}")
        << QStringList() << QStringList { QStringLiteral("citizen.nmae") };
    QTest::newRow("unknown field, html")
        << QStringLiteral("{{x<y}}") << true
        << QStringLiteral("<span style=\"background-color:#ffd9d9; color:#b3261e;\">{{x&lt;y}}</span>") << QStringList()
        << QStringList { QStringLiteral("x<y") };
    QTest::newRow("no fields") << QStringLiteral("<p>Geen velden</p>") << true << QStringLiteral("<p>Geen velden</p>")
                               << QStringList() << QStringList();
    QTest::newRow("single braces are text")
        << QStringLiteral("{a} }} {{") << false << QStringLiteral("{a} }} {{") << QStringList() << QStringList();
    QTest::newRow("several fields") << QStringLiteral("{{report.ref}}/{{citizen.name}}/{{report.ref}}") << false
                                    << QStringLiteral("M-2026-000001/Marie/M-2026-000001") << QStringList()
                                    << QStringList();
}

void TestLetters::render()
{
    QFETCH(QString, source);
    QFETCH(bool, html);
    QFETCH(QString, expected);
    QFETCH(QStringList, missing);
    QFETCH(QStringList, unknown);
    MergeValues v;
    for (const MergeField& f : Merge::fields())
        v.insert(f.key, QString());
    v[QStringLiteral("citizen.name")] = QStringLiteral("Marie");
    v[QStringLiteral("citizen.address")] = QStringLiteral("{{report.ref}} straat");
    v[QStringLiteral("report.description")] = QStringLiteral("Put <b>diep</b> & \"gevaarlijk\"");
    v[QStringLiteral("report.ref")] = QStringLiteral("M-2026-000001");
    v[QStringLiteral("city.address")] = QStringLiteral("Grote Markt 1\n8870 Oostveld");
    const RenderResult r = Merge::render(source, v, html ? TextFormat::Html : TextFormat::PlainText);
    QCOMPARE(r.text, expected);
    QCOMPARE(r.missing, missing);
    QCOMPARE(r.unknown, unknown);
}

void TestLetters::renderValuesAreNeverRescanned()
{
    // A citizen who types a field name gets it back literally, never the value it names.
    MergeValues v { { QStringLiteral("report.description"), QStringLiteral("{{city.email}} <script>") },
        { QStringLiteral("city.email"), QStringLiteral("secret@oostveld.be") } };
    const RenderResult r = Merge::render(QStringLiteral("{{report.description}}"), v, TextFormat::Html);
    QCOMPARE(r.text, QStringLiteral("{{city.email}} &lt;script&gt;"));
    QVERIFY(r.isClean());
}

void TestLetters::validate_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("html");
    QTest::addColumn<QList<int>>("kinds");
    using K = TemplateIssue::Kind;
    QTest::newRow("clean") << QStringLiteral("<p>Beste {{citizen.name}},</p><ul><li>een</li></ul>") << true
                           << QList<int>();
    QTest::newRow("unknown") << QStringLiteral("{{citizen.nam}}") << false << QList<int> { int(K::UnknownField) };
    QTest::newRow("unclosed") << QStringLiteral("Beste {{citizen.name,") << false
                              << QList<int> { int(K::UnclosedField) };
    QTest::newRow("unclosed before another")
        << QStringLiteral("{{a {{citizen.name}}") << false << QList<int> { int(K::UnclosedField) };
    QTest::newRow("stray") << QStringLiteral("Beste citizen.name}},") << false << QList<int> { int(K::StrayBraces) };
    QTest::newRow("cut by formatting") << QStringLiteral("<p>{{citizen.<b>name</b>}}</p>") << true
                                       << QList<int> { int(K::FieldSplitByFormatting) };
    QTest::newRow("unclosed tag") << QStringLiteral("<p><b>vet</p>") << true << QList<int> { int(K::UnbalancedMarkup) };
    QTest::newRow("wrong closing tag") << QStringLiteral("<i>schuin</b>") << true
                                       << QList<int> { int(K::UnbalancedMarkup) };
    QTest::newRow("void and optional tags") << QStringLiteral("<p>een<br>twee<p>drie") << true << QList<int>();
}

void TestLetters::validate()
{
    QFETCH(QString, source);
    QFETCH(bool, html);
    QFETCH(QList<int>, kinds);
    const QList<TemplateIssue> issues = Merge::validate(source, html ? TextFormat::Html : TextFormat::PlainText);
    QList<int> got;
    for (const TemplateIssue& i : issues) {
        got << int(i.kind);
        QVERIFY(!i.text.isEmpty());
    }
    QCOMPARE(got, kinds);
}

void TestLetters::mergeValues()
{
    Fixture f;
    QVERIFY(f.setUp());
    const Report r = *f.store->report(f.report);
    MergeInput in = Replies::context(*f.store, r, Language::Dutch);
    in.citizen = *f.store->citizen(f.marie);
    in.hasCitizen = true;
    MergeValues nl = Merge::values(in);
    QCOMPARE(nl.value(QStringLiteral("citizen.name")), QStringLiteral("Marie Claes"));
    QCOMPARE(nl.value(QStringLiteral("citizen.postal_address")), QStringLiteral("Kerkstraat 12\n8870 Oostveld"));
    QCOMPARE(nl.value(QStringLiteral("report.ref")), r.ref);
    QCOMPARE(nl.value(QStringLiteral("report.received")), QStringLiteral("12 november 2026"));
    QCOMPARE(nl.value(QStringLiteral("report.received_time")), QStringLiteral("12 november 2026, 09:14"));
    QCOMPARE(nl.value(QStringLiteral("report.category")), QStringLiteral("Zwerfvuil"));
    QCOMPARE(nl.value(QStringLiteral("report.main_category")), QStringLiteral("Afval"));
    QCOMPARE(nl.value(QStringLiteral("report.district")), QStringLiteral("Centrum"));
    QCOMPARE(nl.value(QStringLiteral("report.status")), QStringLiteral("ontvangen"));
    QCOMPARE(nl.value(QStringLiteral("coordinator.name")), QStringLiteral("An Peeters"));
    QCOMPARE(nl.value(QStringLiteral("today")), QStringLiteral("12 november 2026"));
    QVERIFY(!nl.value(QStringLiteral("report.due")).isEmpty());
    QVERIFY(nl.value(QStringLiteral("report.resolved")).isEmpty()); // not resolved: missing, not invented
    QVERIFY(nl.value(QStringLiteral("department.name")).isEmpty()); // not routed yet
    QCOMPARE(nl.value(QStringLiteral("city.name")), QStringLiteral("Stad Oostveld"));

    in.language = Language::French;
    const MergeValues fr = Merge::values(in);
    QCOMPARE(fr.value(QStringLiteral("report.received")), QStringLiteral("12 novembre 2026"));
    QCOMPARE(fr.value(QStringLiteral("report.category")), QStringLiteral("Déchets sauvages"));
    QCOMPARE(fr.value(QStringLiteral("report.status")), QStringLiteral("reçu"));

    // The duplicate knows its original.
    in.report = *f.store->report(f.duplicate);
    in = Replies::context(*f.store, in.report, Language::Dutch);
    QCOMPARE(Merge::values(in).value(QStringLiteral("report.duplicate_of")), r.ref);

    // Every field of the catalogue has a value slot, so none is ever "unknown".
    for (const MergeField& field : Merge::fields())
        QVERIFY2(nl.contains(field.key), qPrintable(field.key));
}

void TestLetters::bodyFragmentAndPlainText()
{
    const QString doc = QStringLiteral("<!DOCTYPE HTML><html><head><style>p{}</style></head><body style=\"x\">"
                                       "<!--StartFragment--><p>Een</p><!--EndFragment--></body></html>");
    QCOMPARE(Merge::bodyFragment(doc), QStringLiteral("<p>Een</p>"));
    QCOMPARE(Merge::bodyFragment(QStringLiteral("<p>Twee</p>")), QStringLiteral("<p>Twee</p>"));
    const QString text = Merge::htmlToPlainText(
        QStringLiteral("<p>Beste Marie,</p><p>Eerste<br>regel.</p><ul><li>een</li><li>twee</li></ul><p>Groeten</p>"));
    QCOMPARE(text, QStringLiteral("Beste Marie,\n\nEerste\nregel.\n\n  - een\n  - twee\n\nGroeten"));
}

void TestLetters::smsSegments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("remaining");
    const int gsm = int(SmsCount::Encoding::Gsm7);
    const int ucs = int(SmsCount::Encoding::Ucs2);
    const QString a = QStringLiteral("a");
    QTest::newRow("empty") << QString() << gsm << 0 << 0 << 160;
    QTest::newRow("160 gsm") << a.repeated(160) << gsm << 160 << 1 << 0;
    QTest::newRow("161 gsm") << a.repeated(161) << gsm << 161 << 2 << 145;
    QTest::newRow("306 gsm") << a.repeated(306) << gsm << 306 << 2 << 0;
    QTest::newRow("307 gsm") << a.repeated(307) << gsm << 307 << 3 << 152;
    QTest::newRow("accents in the gsm set") << QStringLiteral("éèùìòà ÄÖÑÜ ß £$¥ @") << gsm << 19 << 1 << 141;
    QTest::newRow("euro counts double") << QStringLiteral("€").repeated(80) << gsm << 160 << 1 << 0;
    QTest::newRow("81 euros") << QStringLiteral("€").repeated(81) << gsm << 162 << 2 << 143;
    QTest::newRow("extension set") << QStringLiteral("^{}\\[~]|") << gsm << 16 << 1 << 144;
    QTest::newRow("escape pair never split")
        << a.repeated(152) + QStringLiteral("€") + a.repeated(152) << gsm << 306 << 3 << 152;
    QTest::newRow("c cedilla is not gsm") << QStringLiteral("reçu") << ucs << 4 << 1 << 66;
    QTest::newRow("o umlaut is gsm") << QStringLiteral("coördinator") << gsm << 11 << 1 << 149;
    QTest::newRow("e diaeresis is not gsm") << QStringLiteral("financiële") << ucs << 10 << 1 << 60;
    QTest::newRow("70 ucs2") << QStringLiteral("ê").repeated(70) << ucs << 70 << 1 << 0;
    QTest::newRow("71 ucs2") << QStringLiteral("ê").repeated(71) << ucs << 71 << 2 << 63;
    QTest::newRow("134 ucs2") << QStringLiteral("ê").repeated(134) << ucs << 134 << 2 << 0;
    QTest::newRow("135 ucs2") << QStringLiteral("ê").repeated(135) << ucs << 135 << 3 << 66;
    QTest::newRow("35 emoji") << QStringLiteral("😀").repeated(35) << ucs << 70 << 1 << 0;
    QTest::newRow("surrogate pair never split") << QStringLiteral("😀").repeated(36) << ucs << 72 << 2 << 61;
}

void TestLetters::smsSegments()
{
    QFETCH(QString, text);
    QFETCH(int, encoding);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, remaining);
    const SmsCount c = SmsSegments::count(text);
    QCOMPARE(int(c.encoding), encoding);
    QCOMPARE(c.units, units);
    QCOMPARE(c.segments, segments);
    QCOMPARE(c.remaining, remaining);
}

void TestLetters::defaultSmsTemplatesStayGsm7()
{
    // With ordinary values an SMS reply costs one or two GSM-7 segments, never a UCS-2 surprise.
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    QString error;
    QVERIFY2(installDefaultTemplates(&db, &error), qPrintable(error));
    MergeValues v;
    for (const MergeField& f : Merge::fields())
        v.insert(f.key, QStringLiteral("Xxxxxxxxxx"));
    v[QStringLiteral("report.ref")] = QStringLiteral("M-2026-004512");
    int checked = 0;
    for (const LetterTemplate& t : TemplateStore(&db).templates()) {
        if (t.channel != ReplyChannel::Sms)
            continue;
        const RenderResult r = Merge::render(t.body, v, TextFormat::PlainText);
        const SmsCount c = SmsSegments::count(r.text);
        QVERIFY2(c.encoding == SmsCount::Encoding::Gsm7, qPrintable(t.name + QStringLiteral(": ") + r.text));
        QVERIFY2(c.segments <= 2, qPrintable(t.name));
        QVERIFY(Merge::validate(t.body, TextFormat::PlainText).isEmpty());
        ++checked;
    }
    QCOMPARE(checked, 14);
}

void TestLetters::defaultTemplatesInstallOnce()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    TemplateStore store(&db);
    QVERIFY(store.isEmpty());
    QString error;
    QVERIFY2(store.ensureDefaults(&error), qPrintable(error));
    const QList<LetterTemplate> first = store.templates();
    QCOMPARE(first.size(), 7 * 3 * 2);
    QVERIFY2(installDefaultTemplates(&db, &error), qPrintable(error));
    QCOMPARE(store.templates().size(), first.size());
    // Every purpose has its letter, e-mail and SMS in both languages, and all of them are clean.
    for (Language l : LetterTypes::languages())
        for (Purpose p : LetterTypes::purposes())
            for (ReplyChannel ch : LetterTypes::templateChannels())
                if (p != Purpose::Other)
                    QVERIFY2(store.suggest(p, ch, l, 0, Status::New, nullptr)->language == l,
                        qPrintable(LetterTypes::key(p) + Labels::key(ch)));
    for (const LetterTemplate& t : first) {
        QVERIFY2(Merge::validate(t.body, t.format()).isEmpty(), qPrintable(t.name));
        QCOMPARE(t.version, 1);
        QVERIFY(store.version(t.id, 1).has_value());
        if (t.channel == ReplyChannel::Email)
            QVERIFY2(!t.subject.isEmpty(), qPrintable(t.name));
    }
    // The letterhead of the demo city came along.
    const Letterhead h = LetterSettings::letterhead(&db);
    QCOMPARE(h.cityName, QStringLiteral("Stad Oostveld"));
    QVERIFY(!h.logo.isEmpty());
}

void TestLetters::templateVersionsKeepTheOldText()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    TemplateStore store(&db);
    LetterTemplate t;
    t.name = QStringLiteral("Test");
    t.channel = ReplyChannel::Email;
    t.subject = QStringLiteral("Over {{report.ref}}");
    t.body = QStringLiteral("<p>Eerste versie {{citizen.nam}}</p>");
    QString error;
    QList<TemplateIssue> warnings;
    QVERIFY2(store.save(&t, &error, &warnings), qPrintable(error));
    QCOMPARE(t.version, 1);
    QCOMPARE(warnings.size(), 1); // saved, with the unknown field flagged
    QCOMPARE(warnings.first().kind, TemplateIssue::Kind::UnknownField);

    t.name = QStringLiteral("Test, hernoemd");
    QVERIFY(store.save(&t, &error));
    QCOMPARE(t.version, 1); // a new name is not a new text

    t.body = QStringLiteral("<p>Tweede versie</p>");
    QVERIFY(store.save(&t, &error, &warnings));
    QCOMPARE(t.version, 2);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(store.version(t.id, 1)->body, QStringLiteral("<p>Eerste versie {{citizen.nam}}</p>"));
    QCOMPARE(store.version(t.id, 2)->body, QStringLiteral("<p>Tweede versie</p>"));
    QCOMPARE(store.versions(t.id).size(), 2);

    // A whole document from the rich-text editor is stored as its body fragment.
    t.body = QStringLiteral("<html><body style=\"font-size:10pt\"><p>Derde</p></body></html>");
    QVERIFY(store.save(&t, &error));
    QCOMPARE(store.find(t.id)->body, QStringLiteral("<p>Derde</p>"));
}

void TestLetters::suggestion()
{
    Fixture f;
    QVERIFY(f.setUp());
    TemplateStore store(&f.db);
    QString error;
    QVERIFY(store.ensureDefaults(&error));
    const ReferenceData& refs = f.store->refs();
    std::optional<LetterTemplate> t
        = store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::French, 2, Status::Resolved, &refs);
    QVERIFY(t);
    QCOMPARE(t->language, Language::French);
    QCOMPARE(t->purpose, Purpose::Resolved);

    // A template for the main category beats the generic one; one for the exact subcategory beats both.
    LetterTemplate main;
    main.name = QStringLiteral("Afval opgelost");
    main.purpose = Purpose::Resolved;
    main.channel = ReplyChannel::Letter;
    main.categoryId = 1;
    QVERIFY(store.save(&main, &error));
    QCOMPARE(store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch, 2, Status::Resolved, &refs)->id,
        main.id);
    LetterTemplate sub = main;
    sub.id = 0;
    sub.uuid.clear();
    sub.name = QStringLiteral("Zwerfvuil opgelost");
    sub.categoryId = 2;
    QVERIFY(store.save(&sub, &error));
    QCOMPARE(store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch, 2, Status::Resolved, &refs)->id,
        sub.id);
    // Another category never gets them.
    QVERIFY(store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch, 99, Status::Resolved, &refs)->id
        != sub.id);
    // An inactive template is not suggested.
    sub.active = false;
    QVERIFY(store.save(&sub, &error));
    QCOMPARE(store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch, 2, Status::Resolved, &refs)->id,
        main.id);

    QCOMPARE(LetterTypes::suggestedPurpose(Status::Assigned), Purpose::Forwarded);
    QCOMPARE(LetterTypes::suggestedPurpose(Status::Duplicate), Purpose::Duplicate);
}

void TestLetters::followersEachGetAMessage()
{
    Fixture f;
    QVERIFY(f.setUp());
    TemplateStore templates(&f.db);
    QString error;
    QVERIFY(templates.ensureDefaults(&error));
    const Report r = *f.store->report(f.report);
    const QList<ReplyRecipient> to = Replies::recipients(*f.store, r);
    QCOMPARE(to.size(), 3);
    QCOMPARE(to.at(0).citizen.id, f.marie);
    QCOMPARE(to.at(0).channel, ReplyChannel::Letter);
    QVERIFY(!to.at(0).follower);
    QList<qint64> followerIds { to.at(1).citizen.id, to.at(2).citizen.id };
    std::sort(followerIds.begin(), followerIds.end());
    QCOMPARE(followerIds, (QList<qint64> { f.jan, f.lucie }));

    // One reply: each recipient on their own channel, from the same purpose's template set.
    const MergeInput base = Replies::context(*f.store, r, Language::Dutch);
    QList<Message> messages;
    for (const ReplyRecipient& rec : to) {
        const LetterTemplate t = *templates.suggest(
            Purpose::Acknowledgement, rec.channel, Language::Dutch, r.categoryId, r.status, &f.store->refs());
        ReplyDraft d;
        d.channel = rec.channel;
        d.purpose = Purpose::Acknowledgement;
        d.templateId = t.id;
        d.templateVersion = t.version;
        d.subject = t.subject;
        d.body = t.body;
        const ComposedMessage c = Replies::compose(base, rec, d);
        QVERIFY2(c.blocker.isEmpty(), qPrintable(c.blocker));
        messages << c.message;
    }
    MessageStore store(&f.db);
    store.setActor(QStringLiteral("an.peeters"));
    QVERIFY2(store.record(&messages, &error), qPrintable(error));
    const QList<Message> saved = store.messages({ {}, {}, r.id, 100 });
    QCOMPARE(saved.size(), 3);
    QSet<qint64> citizens;
    for (const Message& m : saved) {
        citizens.insert(m.citizenId);
        QCOMPARE(m.state, MessageState::Queued);
        QVERIFY(!m.uuid.isEmpty());
        QCOMPARE(m.templateVersion, 1);
        QVERIFY(!m.body.contains(QLatin1String("{{")));
        if (m.channel != ReplyChannel::Sms)
            QVERIFY(m.body.contains(m.recipientName.toHtmlEscaped()));
    }
    QCOMPARE(citizens, (QSet<qint64> { f.marie, f.jan, f.lucie }));
    const Message letter
        = *std::find_if(saved.begin(), saved.end(), [](const Message& m) { return m.channel == ReplyChannel::Letter; });
    QCOMPARE(letter.recipient, QStringLiteral("Kerkstraat 12\n8870 Oostveld"));
    QVERIFY(letter.body.contains(QLatin1String("An Peeters"))); // the signature, merged
    const Message sms
        = *std::find_if(saved.begin(), saved.end(), [](const Message& m) { return m.channel == ReplyChannel::Sms; });
    QVERIFY(!sms.body.contains(QLatin1Char('<')));
    QVERIFY(sms.body.startsWith(QLatin1String("Stad Oostveld: uw melding ")));

    // Each message has its 'reply' event in the report's history, with its channel.
    int replies = 0;
    QSet<QString> channels;
    for (const ReportEvent& e : f.store->history(r.id)) {
        if (e.kind == QLatin1String("reply")) {
            ++replies;
            channels.insert(e.payload.value(QStringLiteral("channel")).toString());
            QCOMPARE(e.actor, QStringLiteral("an.peeters"));
        }
    }
    QCOMPARE(replies, 3);
    QCOMPARE(channels, (QSet<QString> { QStringLiteral("letter"), QStringLiteral("email"), QStringLiteral("sms") }));
    QCOMPARE(Replies::preferredLanguage(store, f.marie), Language::Dutch);
}

void TestLetters::recordingTwiceRecordsOnce()
{
    Fixture f;
    QVERIFY(f.setUp());
    MessageStore store(&f.db);
    Message m;
    m.uuid = QStringLiteral("11111111-2222-3333-4444-555555555555");
    m.reportId = f.report;
    m.citizenId = f.marie;
    m.channel = ReplyChannel::Email;
    m.recipient = QStringLiteral("marie@example.be");
    m.body = QStringLiteral("<p>x</p>");
    QList<Message> batch { m };
    QString error;
    QVERIFY(store.record(&batch, &error));
    const qint64 id = batch.first().id;
    QList<Message> again { m };
    QVERIFY(store.record(&again, &error));
    QCOMPARE(again.first().id, id);
    QCOMPARE(store.count({ {}, {}, f.report, 100 }), 1);
}

void TestLetters::stateMachine()
{
    Fixture f;
    QVERIFY(f.setUp());
    MessageStore store(&f.db);
    Message m;
    m.reportId = f.report;
    m.citizenId = f.jan;
    m.channel = ReplyChannel::Email;
    m.recipient = QStringLiteral("jan@example.be");
    Message letter = m;
    letter.channel = ReplyChannel::Letter;
    Message call = m;
    call.channel = ReplyChannel::Phone;
    call.outcome = CallOutcome::NoAnswer;
    call.body = QStringLiteral("Niet opgenomen");
    QList<Message> batch { m, letter, call };
    QString error;
    QVERIFY(store.record(&batch, &error));
    const qint64 id = batch.at(0).id;

    QVERIFY(store.claim(id));
    QVERIFY(!store.claim(id)); // claimed once: nobody else may send it
    QVERIFY(store.finishSending(id, false, QStringLiteral("554 refused"), 3, &error));
    Message now = *store.message(id);
    QCOMPARE(now.state, MessageState::Queued);
    QCOMPARE(now.error, QStringLiteral("554 refused"));
    QCOMPARE(now.attempts, 1);
    QCOMPARE(store.dueForSending(3), QList<qint64> { id });

    QVERIFY(store.claim(id));
    QVERIFY(store.finishSending(id, true, QString(), 3, &error));
    now = *store.message(id);
    QCOMPARE(now.state, MessageState::Sent);
    QVERIFY(now.error.isEmpty());
    QVERIFY(now.sentAt > 0);
    QVERIFY(!store.claim(id));
    QVERIFY(!store.retry(id, &error)); // a sent message is never sent again
    QVERIFY(store.dueForSending(3).isEmpty());

    // Letters are never "sent" by the outbox; printing moves them on and a reprint counts.
    QVERIFY(!store.claim(batch.at(1).id));
    QVERIFY(store.markPrinted({ batch.at(1).id }, &error));
    QVERIFY(store.markPrinted({ batch.at(1).id }, &error));
    QCOMPARE(store.message(batch.at(1).id)->state, MessageState::Printed);
    QCOMPARE(store.message(batch.at(1).id)->printCount, 2);

    // A call that did not reach the citizen stays visible as failed.
    QCOMPARE(store.message(batch.at(2).id)->state, MessageState::Failed);

    // Too many failures: failed, waiting for a person; a retry puts it back once.
    Message other = m;
    QList<Message> b2 { other };
    QVERIFY(store.record(&b2, &error));
    const qint64 id2 = b2.first().id;
    for (int i = 0; i < 2; ++i) {
        QVERIFY(store.claim(id2));
        QVERIFY(store.finishSending(id2, false, QStringLiteral("timeout"), 2, &error));
    }
    QCOMPARE(store.message(id2)->state, MessageState::Failed);
    QVERIFY(store.dueForSending(2).isEmpty());
    QVERIFY(store.retry(id2, &error));
    QCOMPARE(store.message(id2)->state, MessageState::Queued);
    QCOMPARE(store.dueForSending(2), QList<qint64> { id2 });

    // A crash while sending: the message does not go out again by itself.
    QVERIFY(store.claim(id2));
    store.setNowForTesting(QDateTime::currentSecsSinceEpoch() + 3600);
    QCOMPARE(store.recoverInterrupted(300), 1);
    QCOMPARE(store.message(id2)->state, MessageState::Failed);
    QVERIFY(store.message(id2)->error.contains(QLatin1String("Interrupted")));

    // History: sent and printed were written as events.
    QStringList kinds;
    for (const ReportEvent& e : f.store->history(f.report))
        kinds << e.kind;
    QVERIFY(kinds.contains(QStringLiteral("reply_sent")));
    QVERIFY(kinds.contains(QStringLiteral("reply_printed")));
    QVERIFY(kinds.contains(QStringLiteral("reply_failed")));
}

void TestLetters::missingFieldIsReportedByCompose()
{
    Fixture f;
    QVERIFY(f.setUp());
    const Report r = *f.store->report(f.report);
    const MergeInput base = Replies::context(*f.store, r, Language::Dutch);
    ReplyRecipient to { *f.store->citizen(f.marie), ReplyChannel::Email, false };
    ReplyDraft d;
    d.channel = ReplyChannel::Email;
    d.subject = QStringLiteral("Over {{report.ref}}");
    d.body = QStringLiteral("<p>Uitgevoerd door {{department.name}} op {{report.resolved}} {{citizen.nmae}}</p>");
    ComposedMessage c = Replies::compose(base, to, d);
    QCOMPARE(c.missing, (QStringList { QStringLiteral("department.name"), QStringLiteral("report.resolved") }));
    QCOMPARE(c.unknown, QStringList { QStringLiteral("citizen.nmae") });
    QVERIFY(c.message.body.contains(QLatin1String("[missing: department.name]")));
    QCOMPARE(c.message.subject, QStringLiteral("Over ") + r.ref);

    // A citizen without e-mail cannot get an e-mail: the composer gets a reason.
    to.citizen.email.clear();
    c = Replies::compose(base, to, d);
    QVERIFY(c.blocker.contains(QLatin1String("e-mail")));
}

void TestLetters::letterLayoutFitsTheWindow()
{
    // The address block lies inside the C5/6 / DL window with a margin, below the return line.
    const QRectF window = LetterLayout::window();
    QVERIFY(window.contains(LetterLayout::recipient()));
    QVERIFY(window.contains(LetterLayout::returnLine()));
    QVERIFY(LetterLayout::recipient().top() >= LetterLayout::returnLine().bottom());
    QVERIFY(LetterLayout::recipient().left() - window.left() >= 5);
    QVERIFY(window.right() - LetterLayout::recipient().right() >= 5);
    QCOMPARE(window.left(), 20.0);
    QVERIFY(window.top() >= 45 && window.top() <= 50);
    // Nothing else intrudes into the window.
    for (const QRectF& r : { LetterLayout::logo(),
             LetterLayout::sender(),
             LetterLayout::infoBlock(),
             LetterLayout::subject(),
             LetterLayout::firstBody() })
        QVERIFY(!window.intersects(r));
    // The body ends above the footer on every page.
    QVERIFY(LetterLayout::firstBody().bottom() <= LetterLayout::footer().top());
    QVERIFY(LetterLayout::nextBody().bottom() <= LetterLayout::footer().top());
}

namespace {

LetterDocument sampleLetter(const QString& body)
{
    LetterDocument l;
    l.recipientName = QStringLiteral("Marie Vandenbroucke");
    l.recipientLines = { QStringLiteral("Kerkstraat 12"), QStringLiteral("8870 Oostveld") };
    l.reference = QStringLiteral("M-2026-004512");
    l.reportDate = QDate(2026, 11, 12);
    l.date = QDate(2026, 11, 23);
    l.subject = QStringLiteral("Uw melding M-2026-004512 is opgelost");
    l.bodyHtml = body;
    return l;
}

struct Word {
    QString text;
    QRectF box; ///< in millimetres
    int page = 0;
};

/// The words of a PDF with their boxes, from pdftotext -bbox (poppler-utils).
QList<Word> pdfWords(const QString& pdf, QString* error)
{
    QProcess p;
    p.start(pdftotext(), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    QList<Word> words;
    QXmlStreamReader xml(p.readAllStandardOutput());
    int page = -1;
    constexpr double mmPerPt = 25.4 / 72.0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page"))
            ++page;
        if (xml.name() == QLatin1String("word")) {
            const auto a = xml.attributes();
            const double x0 = a.value(QLatin1String("xMin")).toDouble() * mmPerPt;
            const double y0 = a.value(QLatin1String("yMin")).toDouble() * mmPerPt;
            const double x1 = a.value(QLatin1String("xMax")).toDouble() * mmPerPt;
            const double y1 = a.value(QLatin1String("yMax")).toDouble() * mmPerPt;
            words << Word { xml.readElementText(), QRectF(QPointF(x0, y0), QPointF(x1, y1)), page };
        }
    }
    return words;
}

} // namespace

void TestLetters::letterPdfHasRecipientInWindow()
{
    if (pdftotext().isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; it is needed to read word positions from the PDF");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("letter.pdf"));
    LetterRenderer renderer(LetterSettings::defaultLetterhead());
    QString error;
    QVERIFY2(renderer.writePdf(pdf,
                 { sampleLetter(QStringLiteral("<p>Beste Marie,</p><p>Het probleem is opgelost.</p>")),
                     sampleLetter(QStringLiteral("<p>Tweede brief</p>")) },
                 &error),
        qPrintable(error));
    const QList<Word> words = pdfWords(pdf, &error);
    QVERIFY2(!words.isEmpty(), qPrintable(error));
    const QRectF window = LetterLayout::window();
    int found = 0;
    for (const Word& w : words) {
        // The recipient's name and street appear nowhere else on the page.
        if (w.text == QLatin1String("Vandenbroucke") || w.text == QLatin1String("Kerkstraat")) {
            QVERIFY2(window.contains(w.box),
                qPrintable(QStringLiteral("%1 at %2,%3 mm lies outside the window")
                               .arg(w.text)
                               .arg(w.box.left())
                               .arg(w.box.top())));
            ++found;
        }
    }
    QCOMPARE(found, 2 * 2); // two letters, two words each
    // The subject and the body sit below the window, the reference beside it.
    bool subject = false;
    bool reference = false;
    for (const Word& w : words) {
        if (w.text == QLatin1String("opgelost") && w.page == 0 && w.box.top() > window.bottom())
            subject = true;
        if (w.text == QLatin1String("M-2026-004512") && w.box.left() >= LetterLayout::infoBlock().left() - 0.5)
            reference = true;
    }
    QVERIFY(subject);
    QVERIFY(reference);
}

void TestLetters::longLetterContinuesOnSecondPage()
{
    QString body;
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral(
            "<p>Alinea %1: het Meldpunt heeft uw melding grondig onderzocht en met de bevoegde dienst "
            "besproken, zodat u precies weet wat er gebeurt.</p>")
                    .arg(i + 1);
    LetterRenderer renderer(LetterSettings::defaultLetterhead());
    const LetterDocument letter = sampleLetter(body);
    QCOMPARE(renderer.pageCount(letter), 3);
    if (pdftotext().isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; page contents not checked");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    QVERIFY2(renderer.writePdf(pdf, { letter }, &error), qPrintable(error));
    const QList<Word> words = pdfWords(pdf, &error);
    int lastPage = 0;
    QStringList paragraphs;
    for (const Word& w : words) {
        lastPage = std::max(lastPage, w.page);
        if (w.text.startsWith(QLatin1String("Alinea")))
            paragraphs << QStringLiteral("%1@%2:%3").arg(w.text).arg(w.page).arg(w.box.top());
        // No body text runs into the footer.
        if (w.text == QLatin1String("Alinea"))
            QVERIFY(w.box.bottom() < LetterLayout::footer().top());
    }
    QCOMPARE(lastPage, 2);
    QVERIFY2(paragraphs.size() == 40,
        qPrintable(paragraphs.join(
            QLatin1Char(' ')))); // every paragraph printed once: nothing lost or doubled at a page break
}

void TestLetters::previewImageShowsTheAddress()
{
    LetterRenderer renderer(LetterSettings::defaultLetterhead());
    const qreal dpi = 100;
    const QImage page = renderer.renderPage(sampleLetter(QStringLiteral("<p>Tekst</p>")), 0, dpi);
    QCOMPARE(page.width(), qRound(210 * dpi / 25.4));
    auto inkIn = [&](const QRectF& mm) {
        int dark = 0;
        const QRect px(qRound(mm.left() * dpi / 25.4),
            qRound(mm.top() * dpi / 25.4),
            qRound(mm.width() * dpi / 25.4),
            qRound(mm.height() * dpi / 25.4));
        for (int y = px.top(); y <= px.bottom(); ++y)
            for (int x = px.left(); x <= px.right(); ++x)
                if (qGray(page.pixel(x, y)) < 128)
                    ++dark;
        return dark;
    };
    QVERIFY(inkIn(LetterLayout::recipient()) > 50);
    QVERIFY(inkIn(LetterLayout::logo()) > 50);
    // The strip between the window and the info block stays empty.
    QCOMPARE(inkIn(QRectF(111, 45, 13, 45)), 0);
}

QTEST_MAIN(TestLetters)
#include "tst_letters.moc"
