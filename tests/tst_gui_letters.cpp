// SPDX-License-Identifier: GPL-3.0-or-later
// The template editor (live preview, field warnings, SMS counter, versions) and the reply composer
// (followers, suggested templates, warnings before sending, nothing recorded twice), offscreen.
#include "letters/messagestore.h"
#include "lettersview.h"
#include "replydialog.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "templateeditor.h"
#include "templatepreview.h"
#include "testutil.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace meldpunt;

namespace {

/// A routed report with a reporter (letter) and two followers (e-mail, SMS).
struct Fixture {
    QTemporaryDir dir;
    Database db;
    std::unique_ptr<ReportStore> store;
    qint64 report = 0;
    QString ref;

    bool setUp()
    {
        if (db.open(test::dbPath(dir)))
            return false;
        QSqlQuery q(db.connection());
        const char* sql[] = {
            "INSERT INTO department (id, code, name, name_fr, email) VALUES (1, 'NET', 'Dienst Netheid', 'Service "
            "propreté', "
            "'netheid@oostveld.be')",
            "INSERT INTO category (id, code, name, name_fr, sla_days) VALUES (1, 'AFV', 'Afval', 'Déchets', 5)",
            "INSERT INTO category (id, parent_id, code, name, name_fr, department_id, sla_days) VALUES "
            "(2, 1, 'ZWV', 'Zwerfvuil', 'Déchets sauvages', 1, 5)",
            "INSERT INTO user (login, name, role) VALUES ('an.peeters', 'An Peeters', 'coordinator')",
        };
        for (const char* s : sql)
            if (!q.exec(QString::fromUtf8(s)))
                return false;
        QString error;
        if (!installDefaultTemplates(&db, &error))
            return false;
        store = std::make_unique<ReportStore>(&db);
        store->setActor(QStringLiteral("an.peeters"));
        store->reloadReferenceData();
        const QList<ReplyChannel> channels { ReplyChannel::Letter, ReplyChannel::Email, ReplyChannel::Sms };
        const QStringList names {
            QStringLiteral("Marie Claes"), QStringLiteral("Jan Peeters"), QStringLiteral("Lucie Dubois")
        };
        QList<qint64> reports;
        for (int i = 0; i < 3; ++i) {
            Citizen c;
            c.name = names.at(i);
            c.address = QStringLiteral("Kerkstraat 1%1").arg(i);
            c.postcode = QStringLiteral("8870");
            c.municipality = QStringLiteral("Oostveld");
            c.email = QStringLiteral("c%1@example.be").arg(i);
            c.phone = QStringLiteral("0470 12 34 5%1").arg(i);
            c.replyChannel = channels.at(i);
            const qint64 id = store->createCitizen(c, &error);
            NewReport n;
            n.categoryId = 2;
            n.description = QStringLiteral("Zakken afval <b>naast</b> de glasbol {{city.email}}");
            n.address = QStringLiteral("Stationsstraat 4");
            n.citizenId = id;
            n.replyChannel = channels.at(i);
            reports << store->createReport(n, &error);
        }
        report = reports.first();
        if (!store->markDuplicate(reports.at(1), report).ok || !store->markDuplicate(reports.at(2), report).ok)
            return false;
        TriageChange route;
        route.departmentId = 1;
        route.assignWhenRouted = true;
        if (!store->apply({ report }, route).ok)
            return false;
        ref = store->report(report)->ref;
        return true;
    }
};

} // namespace

class TestGuiLetters final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void viewIsReadyWithPreview();
    void typingUpdatesPreviewAndFlagsUnknownFields();
    void insertFieldMenu();
    void smsCounter();
    void saveMakesANewVersion();
    void previewReportPicker();
    void replyGoesToEveryFollower();
    void replyWarnsBeforeSendingMissingFields();
    void replyRefusesUnreachableCitizens();
    void phoneNote();
};

void TestGuiLetters::viewIsReadyWithPreview()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.objectName(), QStringLiteral("lettersView"));
    QVERIFY(view.isReady());
    QVERIFY(!view.preview()->letterPage().isNull());
    // The preview uses the real report: its reference is in the editor's report field.
    QCOMPARE(view.findChild<QLineEdit*>(QStringLiteral("previewReport"))->text(), f.ref);
    QCOMPARE(view.findChild<QTabWidget*>(QStringLiteral("lettersTabs"))->count(), 4);
}

void TestGuiLetters::typingUpdatesPreviewAndFlagsUnknownFields()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.resize(1600, 1000);
    view.show();
    view.selectTemplate(Purpose::Forwarded, ReplyChannel::Email, Language::Dutch);
    QTextEdit* body = view.editor()->bodyEdit();
    const QImage before = view.preview()->letterPage();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral(" Zie {{citizen.nmae}}"));
    auto* issues = view.findChild<QLabel*>(QStringLiteral("templateIssues"));
    QVERIFY(issues->isVisible());
    QVERIFY(issues->text().contains(QLatin1String("citizen.nmae")));
    auto* problems = view.preview()->findChild<QLabel*>(QStringLiteral("previewProblems"));
    QTRY_VERIFY(problems->isVisible() && problems->text().contains(QLatin1String("citizen.nmae")));
    // The e-mail preview shows the citizen's description escaped, never as markup or as a field.
    QVERIFY(view.lastPreviewMs() > 0);
    Q_UNUSED(before)
}

void TestGuiLetters::insertFieldMenu()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.show();
    auto* menu = view.findChild<QMenu*>(QStringLiteral("insertFieldMenu"));
    QVERIFY(menu);
    QAction* due = nullptr;
    for (QAction* group : menu->actions())
        if (group->menu())
            for (QAction* a : group->menu()->actions())
                if (a->data().toString() == QLatin1String("report.due"))
                    due = a;
    QVERIFY(due);
    view.editor()->bodyEdit()->setFocus();
    view.editor()->bodyEdit()->moveCursor(QTextCursor::End);
    due->trigger();
    QVERIFY(view.editor()->body().contains(QLatin1String("{{report.due}}")));
    QVERIFY(view.editor()->issues().isEmpty());
}

void TestGuiLetters::smsCounter()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.show();
    view.selectTemplate(Purpose::Acknowledgement, ReplyChannel::Sms, Language::Dutch);
    auto* counter = view.findChild<QLabel*>(QStringLiteral("smsCounter"));
    QVERIFY(counter && counter->isVisible());
    view.refreshPreview();
    QVERIFY2(
        view.editor()->smsCounterText().contains(QLatin1String("1 SMS")), qPrintable(view.editor()->smsCounterText()));
    QVERIFY(view.editor()->smsCounterText().contains(QLatin1String("GSM-7")));
    QTextEdit* body = view.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(
        body, QStringLiteral(" Extra uitleg die het bericht langer maakt dan een enkel sms-bericht toelaat."));
    view.refreshPreview();
    QVERIFY2(
        view.editor()->smsCounterText().contains(QLatin1String("2 SMS")), qPrintable(view.editor()->smsCounterText()));
    body->insertPlainText(QStringLiteral(" ë"));
    QVERIFY(view.editor()->smsCounterText().contains(QLatin1String("UCS-2")));
}

void TestGuiLetters::saveMakesANewVersion()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.show();
    view.selectTemplate(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch);
    QTextEdit* body = view.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("PS: {{onbekend}}"));
    QString error;
    QVERIFY2(view.saveCurrent(&error), qPrintable(error));
    QVERIFY2(view.lastSaveMessage().contains(QLatin1String("version 2")), qPrintable(view.lastSaveMessage()));
    QVERIFY(view.lastSaveMessage().contains(QLatin1String("onbekend"))); // saved, with the warning shown
    TemplateStore store(&f.db);
    const LetterTemplate t
        = *store.suggest(Purpose::Resolved, ReplyChannel::Letter, Language::Dutch, 0, Status::Resolved, nullptr);
    QCOMPARE(t.version, 2);
    QVERIFY(t.body.contains(QLatin1String("{{onbekend}}")));
    QVERIFY(!store.version(t.id, 1)->body.contains(QLatin1String("onbekend")));
    // Unsaved changes: leaving asks, and Cancel keeps the editor where it is.
    QTest::keyClicks(body, QStringLiteral("x"));
    int asked = 0;
    view.setUnsavedHandler([&asked](const QString&) {
        ++asked;
        return LettersView::Unsaved::Discard;
    });
    view.selectTemplate(Purpose::Planned, ReplyChannel::Letter, Language::Dutch);
    QCOMPARE(asked, 1);
}

void TestGuiLetters::previewReportPicker()
{
    Fixture f;
    QVERIFY(f.setUp());
    LettersView view(&f.db, f.store.get());
    view.show();
    QVERIFY(!view.setPreviewReport(QStringLiteral("M-1999-999999")));
    QVERIFY(view.setPreviewReport(f.ref.toLower()));
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("previewInfo"))->text().contains(QLatin1String("Marie Claes")));
}

void TestGuiLetters::replyGoesToEveryFollower()
{
    Fixture f;
    QVERIFY(f.setUp());
    ReplyDialog dialog(&f.db, f.store.get(), f.report);
    dialog.show();
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.recipientCount(), 3);
    QCOMPARE(dialog.recipient(0).channel, ReplyChannel::Letter);
    QCOMPARE(dialog.purpose(), Purpose::Forwarded); // the report was routed
    // One tab per channel in use, each with the purpose's template.
    QTabWidget* tabs = dialog.channelTabs();
    int visible = 0;
    for (int i = 0; i < tabs->count(); ++i)
        visible += tabs->isTabVisible(i);
    QCOMPARE(visible, 3);
    QVERIFY(dialog.editor(ReplyChannel::Email)->subject().contains(QLatin1String("{{department.name}}")));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(QLatin1Char('\n'))));

    // A small edit in the e-mail goes to the e-mail only.
    QTextEdit* mail = dialog.editor(ReplyChannel::Email)->bodyEdit();
    mail->moveCursor(QTextCursor::End);
    QTest::keyClicks(mail, QStringLiteral("Tot snel."));
    int confirmations = 0;
    dialog.setConfirmHandler([&confirmations](const QString&) {
        ++confirmations;
        return true;
    });
    QString error;
    QVERIFY2(dialog.send(&error), qPrintable(error));
    QCOMPARE(confirmations, 0);
    MessageStore store(&f.db);
    const QList<Message> sent = store.messages({ {}, {}, f.report, 100 });
    QCOMPARE(sent.size(), 3);
    QSet<QString> names;
    for (const Message& m : sent) {
        names.insert(m.recipientName);
        QVERIFY(m.templateId != 0);
        QVERIFY(!m.body.contains(QLatin1String("<b>naast</b>"))); // citizen text never becomes markup
        if (m.channel == ReplyChannel::Email)
            QVERIFY(m.body.contains(QLatin1String("Tot snel.")));
        else
            QVERIFY(!m.body.contains(QLatin1String("Tot snel.")));
    }
    QCOMPARE(names,
        (QSet<QString> {
            QStringLiteral("Marie Claes"), QStringLiteral("Jan Peeters"), QStringLiteral("Lucie Dubois") }));
    // Pressing Send again records nothing new.
    QVERIFY(dialog.send(&error));
    QCOMPARE(store.messages({ {}, {}, f.report, 100 }).size(), 3);
}

void TestGuiLetters::replyWarnsBeforeSendingMissingFields()
{
    Fixture f;
    QVERIFY(f.setUp());
    ReplyDialog dialog(&f.db, f.store.get(), f.report);
    dialog.setPurpose(Purpose::Question);
    QString question;
    dialog.setConfirmHandler([&question](const QString& q) {
        question = q;
        return false;
    });
    QVERIFY(!dialog.problems().isEmpty());
    QString error;
    QVERIFY(!dialog.send(&error));
    QVERIFY(question.contains(Merge::label(QStringLiteral("reply.note"))));
    QCOMPARE(MessageStore(&f.db).count({ {}, {}, f.report, 100 }), 0);

    dialog.setNote(QStringLiteral("Ligt het afval op het voetpad of in de berm?"));
    question.clear();
    QVERIFY2(dialog.send(&error), qPrintable(error));
    QVERIFY(question.isEmpty());
    for (const Message& m : MessageStore(&f.db).messages({ {}, {}, f.report, 100 }))
        QVERIFY(m.body.contains(QLatin1String("voetpad")));
}

void TestGuiLetters::replyRefusesUnreachableCitizens()
{
    Fixture f;
    QVERIFY(f.setUp());
    QSqlQuery q(f.db.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE citizen SET email = '' WHERE name = 'Jan Peeters'")));
    ReplyDialog dialog(&f.db, f.store.get(), f.report);
    QString error;
    QVERIFY(!dialog.send(&error));
    QVERIFY2(error.contains(QLatin1String("Jan Peeters")), qPrintable(error));
    // Leaving him out lets the others get their reply.
    for (int i = 0; i < dialog.recipientCount(); ++i)
        if (dialog.recipient(i).citizen.name == QLatin1String("Jan Peeters"))
            dialog.setRecipientIncluded(i, false);
    QVERIFY2(dialog.send(&error), qPrintable(error));
    QCOMPARE(MessageStore(&f.db).count({ {}, {}, f.report, 100 }), 2);
}

void TestGuiLetters::phoneNote()
{
    Fixture f;
    QVERIFY(f.setUp());
    ReplyDialog dialog(&f.db, f.store.get(), f.report);
    dialog.setRecipientChannel(0, ReplyChannel::Phone);
    dialog.setRecipientIncluded(1, false);
    dialog.setRecipientIncluded(2, false);
    QString error;
    QVERIFY(!dialog.send(&error)); // a call needs its note
    auto* note = dialog.findChild<QPlainTextEdit*>(QStringLiteral("replyCallNote"));
    QVERIFY(note);
    note->setPlainText(QStringLiteral("Mevrouw Claes gebeld: de dienst komt donderdag."));
    dialog.setCallOutcome(CallOutcome::Reached);
    QVERIFY2(dialog.send(&error), qPrintable(error));
    const QList<Message> sent = MessageStore(&f.db).messages({ {}, {}, f.report, 100 });
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().channel, ReplyChannel::Phone);
    QCOMPARE(sent.first().state, MessageState::Sent);
    QCOMPARE(sent.first().outcome, std::optional<CallOutcome>(CallOutcome::Reached));
}

QTEST_MAIN(TestGuiLetters)
#include "tst_gui_letters.moc"
