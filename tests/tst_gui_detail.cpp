// SPDX-License-Identifier: GPL-3.0-or-later
// The detail pane: citizen text is shown as typed and never interpreted, the history follows the
// command layer, and a nearby report of the same category is offered as a duplicate candidate.
#include "demodesk.h"
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "detailpane.h"
#include "mapdetail.h"
#include "mapwidget.h"
#include "settings.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <memory>

using namespace meldpunt;

class TestGuiDetail final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void displayPlainNeutralisesControls();
    void markupIsShownAsPlainText();
    void historyFollowsChanges();
    void candidatesListNearbyReportOfTheSameCategory();
    void citizenAndEarlierReports();
    void clearedAndMissingReport();
    void detailMapShowsTheSpotAndItsCandidates();
    void recentReportsInTheStreet();

private:
    template<typename T>
    T* child(const char* name) const
    {
        T* w = m_pane->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }
    /// An address of the register with a district, for reports created by the test.
    AddressHit someAddress() const;
    qint64 create(const AddressHit& where, int categoryId, const QString& description, qint64 citizenId = 0,
        const QString& addressText = QString(), bool located = true);
    int subcategory(int skip = 0) const;
    QString historyText() const { return child<QTextBrowser>("detailHistory")->toPlainText(); }

    test::DemoDesk m_desk;
    std::unique_ptr<DetailPane> m_pane;
};

void TestGuiDetail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_desk.dir().isValid());
    // The detail map follows the basemap of the settings: the city's own map here.
    Settings::useFile(m_desk.dir().filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY2(m_desk.generate(2000, 5, &error), qPrintable(error));
}

void TestGuiDetail::init()
{
    {
        QString error;
        QVERIFY2(m_desk.openCopy(&error), qPrintable(error));
    }
    m_pane = std::make_unique<DetailPane>(m_desk.store(), m_desk.commands());
    QCOMPARE(m_pane->objectName(), QStringLiteral("detailPane"));
    m_pane->resize(450, 900);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestGuiDetail::cleanup()
{
    m_pane.reset();
    m_desk.close();
}

AddressHit TestGuiDetail::someAddress() const
{
    const QList<AddressHit> hits = m_desk.store()->searchAddresses(QStringLiteral("Hélène Dutrieustraat"), 5);
    for (const AddressHit& h : hits) {
        if (h.districtId != 0)
            return h;
    }
    return hits.value(0);
}

int TestGuiDetail::subcategory(int skip) const
{
    for (const Category& c : m_desk.store()->refs().categories) {
        if (c.parentId != 0 && c.active && c.departmentId != 0 && skip-- == 0)
            return c.id;
    }
    return 0;
}

qint64 TestGuiDetail::create(const AddressHit& where, int categoryId, const QString& description, qint64 citizenId,
    const QString& addressText, bool located)
{
    NewReport n;
    n.channel = Channel::Phone;
    n.categoryId = categoryId;
    n.description = description;
    n.address = addressText.isEmpty() ? QStringLiteral("%1 %2").arg(where.street, where.houseNumber) : addressText;
    n.street = where.street;
    n.houseNumber = where.houseNumber;
    n.districtId = where.districtId;
    if (located) {
        n.lat = where.lat;
        n.lon = where.lon;
    }
    n.citizenId = citizenId;
    n.replyChannel = citizenId ? ReplyChannel::Letter : ReplyChannel::None;
    return m_desk.commands()->createReport(n);
}

void TestGuiDetail::displayPlainNeutralisesControls()
{
    QCOMPARE(displayPlain(QStringLiteral("a\x01"
                                         "b")),
        QStringLiteral("a\uFFFD"
                       "b"));
    QCOMPARE(displayPlain(QStringLiteral("line\nnext")),
        QStringLiteral("line\uFFFD"
                       "next"));
    QCOMPARE(displayPlain(QStringLiteral("line\r\nnext\ttab"), true), QStringLiteral("line\nnext\ttab"));
    // A right-to-left override could make the coordinator read something else than is stored.
    QVERIFY(!displayPlain(QStringLiteral("abc\u202Edef")).contains(QChar(0x202E)));
    // Markup is left alone: it is shown by plain-text widgets, never interpreted.
    QCOMPARE(displayPlain(QStringLiteral("<b>x</b> & y")), QStringLiteral("<b>x</b> & y"));
    // A long word gets break opportunities and loses nothing visible.
    const QString longWord(200, QLatin1Char('x'));
    QString shown = displayPlain(longWord);
    QVERIFY(shown.contains(QChar(0x200B)));
    QCOMPARE(shown.remove(QChar(0x200B)), longWord);
}

void TestGuiDetail::markupIsShownAsPlainText()
{
    const AddressHit where = someAddress();
    const QString description = QStringLiteral("<b>bold</b> & <i>x</i> <a href=\"http://evil\">link</a>\x07");
    const qint64 id = create(where, subcategory(), description, 0, QStringLiteral("<h1>Kerkstraat</h1> 1"));
    QVERIFY(id > 0);
    m_pane->showReport(id);
    QCOMPARE(m_pane->reportId(), id);

    auto* shown = child<QPlainTextEdit>("detailDescription");
    QVERIFY(shown->toPlainText().startsWith(QStringLiteral("<b>bold</b> & <i>x</i> <a href=\"http://evil\">link</a>")));
    QVERIFY(!shown->toPlainText().contains(QChar(0x07)));
    auto* address = child<QLabel>("detailAddress");
    QCOMPARE(address->textFormat(), Qt::PlainText);
    QCOMPARE(address->text(), QStringLiteral("<h1>Kerkstraat</h1> 1"));
    // Every label of the pane that may carry citizen text is plain text.
    const QList<QLabel*> labels = m_pane->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->objectName() != QLatin1String("detailDuplicateOf") && label->text().contains(QLatin1Char('<')))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
    QCOMPARE(child<QLabel>("detailRef")->text(), m_desk.store()->report(id)->ref);
    QCOMPARE(child<QLabel>("detailStatus")->text(), StatusRules::label(Status::New));
    QCOMPARE(child<QLabel>("detailDistrict")->text(), m_desk.store()->refs().districtName(where.districtId));
}

void TestGuiDetail::historyFollowsChanges()
{
    const qint64 id = create(someAddress(), subcategory(), QStringLiteral("Lamp stuk"));
    m_pane->showReport(id);
    auto* tabs = child<QTabWidget>("detailTabs");
    tabs->setCurrentWidget(child<QTextBrowser>("detailHistory"));
    QVERIFY(historyText().contains(QStringLiteral("Report received via %1").arg(Labels::label(Channel::Phone))));
    QVERIFY(!historyText().contains(Labels::label(Priority::Urgent)));

    // Changes through the command layer appear without anyone asking the pane.
    QVERIFY(m_desk.commands()->setPriority({ id }, Priority::Urgent));
    QTRY_VERIFY(historyText().contains(
        QStringLiteral("Priority: %1 → %2").arg(Labels::label(Priority::Normal), Labels::label(Priority::Urgent))));
    QCOMPARE(child<QLabel>("detailPriority")->text(), Labels::label(Priority::Urgent));

    QVERIFY(m_desk.commands()->acceptSuggestedDepartment({ id }));
    const Category* category = m_desk.store()->refs().category(subcategory());
    QTRY_VERIFY(historyText().contains(
        QStringLiteral("Routed to %1").arg(m_desk.store()->refs().departmentName(category->departmentId))));
    QTRY_COMPARE(child<QLabel>("detailStatus")->text(), StatusRules::label(Status::Assigned));

    // A note is citizen-grade text: shown as typed.
    QVERIFY(m_desk.commands()->addNote(id, QStringLiteral("Belde terug: <script>alert(1)</script>")));
    QTRY_VERIFY(historyText().contains(QStringLiteral("Note: Belde terug: <script>alert(1)</script>")));
    // Undoing the note strikes it through; undoing the routing is written to the history too.
    m_desk.commands()->undoStack()->undo();
    QTRY_VERIFY(historyText().contains(QStringLiteral("(retracted)")));
    QVERIFY(child<QTextBrowser>("detailHistory")->toHtml().contains(QStringLiteral("line-through")));
    m_desk.commands()->undoStack()->undo();
    QTRY_VERIFY(historyText().contains(QStringLiteral("Undone")));
    QCOMPARE(tabs->tabText(tabs->indexOf(child<QTextBrowser>("detailHistory"))),
        QStringLiteral("History (%1)").arg(m_desk.store()->history(id).size()));

    // A change to another report leaves the pane alone.
    const qint64 other = create(someAddress(), subcategory(1), QStringLiteral("Iets anders"));
    const QString before = historyText();
    QVERIFY(m_desk.commands()->setPriority({ other }, Priority::Low));
    QCOMPARE(historyText(), before);
}

void TestGuiDetail::candidatesListNearbyReportOfTheSameCategory()
{
    const AddressHit where = someAddress();
    const int category = subcategory();
    const qint64 first = create(where, category, QStringLiteral("Eerste melding"));
    // Another category at the same spot is no duplicate.
    const qint64 otherKind = create(where, subcategory(1), QStringLiteral("Iets anders"));
    const qint64 second = create(where, category, QStringLiteral("Tweede melding"));
    QVERIFY(first && otherKind && second);
    const QString firstRef = m_desk.store()->report(first)->ref;
    const QString otherRef = m_desk.store()->report(otherKind)->ref;

    m_pane->showReport(second);
    auto* candidates = child<QTreeWidget>("detailCandidates");
    QTreeWidgetItem* found = nullptr;
    for (int i = 0; i < candidates->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = candidates->topLevelItem(i);
        QVERIFY(item->text(0) != otherRef);
        if (item->text(0) == firstRef)
            found = item;
    }
    QVERIFY(found);
    QCOMPARE(found->text(1), QStringLiteral("0 m"));
    QCOMPARE(found->text(3), StatusRules::label(Status::New));
    auto* tabs = child<QTabWidget>("detailTabs");
    const int tab = tabs->indexOf(candidates->parentWidget());
    QVERIFY(tabs->tabText(tab).contains(QString::number(candidates->topLevelItemCount())));

    // D on the list: "the shown report is a duplicate of the selected one"; Enter opens it.
    QSignalSpy mark(m_pane.get(), &DetailPane::markDuplicateRequested);
    QSignalSpy open(m_pane.get(), &DetailPane::openReportRequested);
    tabs->setCurrentIndex(tab);
    candidates->setFocus();
    candidates->setCurrentItem(found);
    QTest::keyClick(candidates, Qt::Key_D);
    QCOMPARE(mark.count(), 1);
    QCOMPARE(mark.first().at(0).toLongLong(), second);
    QCOMPARE(mark.first().at(1).toLongLong(), first);
    QTest::keyClick(candidates, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), first);
    QTest::mouseClick(child<QPushButton>("detailMarkDuplicate"), Qt::LeftButton);
    QCOMPARE(mark.count(), 2);

    // Once merged, the pane shows it and the original's history says so.
    QVERIFY(m_desk.commands()->markDuplicate(second, first));
    QTRY_COMPARE(child<QLabel>("detailStatus")->text(), StatusRules::label(Status::Duplicate));
    QVERIFY(child<QLabel>("detailDuplicateOf")->text().contains(firstRef));
    m_pane->showReport(first);
    QVERIFY(historyText().contains(QStringLiteral("merged into this report")));
}

void TestGuiDetail::citizenAndEarlierReports()
{
    Citizen c;
    c.name = QStringLiteral("Zoë <Tester>");
    c.address = QStringLiteral("Molenstraat 8");
    c.replyChannel = ReplyChannel::Letter;
    QString error;
    const qint64 citizenId = m_desk.store()->createCitizen(c, &error);
    QVERIFY2(citizenId, qPrintable(error));
    const qint64 earlier = create(someAddress(), subcategory(1), QStringLiteral("Eerder"), citizenId);
    const qint64 now = create(someAddress(), subcategory(), QStringLiteral("Nu"), citizenId);
    m_pane->showReport(now);
    QCOMPARE(child<QLabel>("detailCitizenName")->text(), QStringLiteral("Zoë <Tester>"));
    QCOMPARE(child<QLabel>("detailCitizenReply")->text(), Labels::label(ReplyChannel::Letter));
    auto* list = child<QTreeWidget>("detailEarlier");
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), m_desk.store()->report(earlier)->ref);
    QSignalSpy open(m_pane.get(), &DetailPane::openReportRequested);
    child<QTabWidget>("detailTabs")->setCurrentIndex(1);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), earlier);

    // An anonymous report says so.
    const qint64 anonymous = create(someAddress(), subcategory(), QStringLiteral("Anoniem"));
    m_pane->showReport(anonymous);
    QVERIFY(child<QLabel>("detailCitizenNone")->text().contains(QStringLiteral("Anonymous")));
    QVERIFY(!child<QLabel>("detailCitizenName")->isVisibleTo(m_pane.get()));
}

void TestGuiDetail::clearedAndMissingReport()
{
    m_pane->showReport(0);
    QCOMPARE(m_pane->reportId(), 0);
    QVERIFY(child<QLabel>("detailPlaceholder")->isVisible());
    m_pane->showReport(987654321);
    QVERIFY(child<QLabel>("detailPlaceholder")->isVisible());
    QVERIFY(!child<QTabWidget>("detailTabs")->isVisible());
}

void TestGuiDetail::detailMapShowsTheSpotAndItsCandidates()
{
    AddressHit where = someAddress();
    const int category = subcategory();
    AddressHit aside = where;
    aside.lat += 0.0002; // some 22 m north: a candidate with a pin of its own
    const qint64 candidate = create(aside, category, QStringLiteral("Eerste melding"));
    const qint64 shown = create(where, category, QStringLiteral("Tweede melding"));
    QVERIFY(candidate && shown);
    m_pane->showReport(shown);

    auto* map = child<MapDetailWidget>("detailMap");
    QVERIFY(map);
    QVERIFY(map->isVisible());
    QVERIFY(map->height() >= 180 && map->height() <= 220);
    QVERIFY(map->width() <= m_pane->width());
    QCOMPARE(map->reportId(), shown);
    QVERIFY(!map->showsNoLocation());
    QTRY_VERIFY_WITH_TIMEOUT(map->isReady(), 20000);
    MapWidget* canvas = map->canvas();
    // Both the report and its candidate are in view, at street level.
    QVERIFY(canvas->zoom() >= 16);
    const QPointF self = canvas->viewport().toScreen(where.lat, where.lon);
    const QPointF tip = canvas->viewport().toScreen(aside.lat, aside.lon);
    QVERIFY(QRectF(canvas->rect()).contains(self));
    QVERIFY(QRectF(canvas->rect()).contains(tip));

    // Clicking the candidate's numbered pin opens it, as Enter in the candidate list does.
    QSignalSpy open(m_pane.get(), &DetailPane::openReportRequested);
    const QPoint head = (tip - QPointF(0, 9 * 2.1)).toPoint();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, head);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), candidate);

    // Without coordinates the map says so instead of showing an empty map.
    const qint64 nowhere = create(where, category, QStringLiteral("Ergens"), 0, QStringLiteral("ergens"), false);
    m_pane->showReport(nowhere);
    QVERIFY(map->showsNoLocation());
    auto* text = map->findChild<QLabel*>(QStringLiteral("mapDetailNoLocation"));
    QVERIFY(text && text->isVisible());
    QCOMPARE(text->text(), QStringLiteral("This report has no location."));
    QVERIFY(!canvas->isVisible());
    m_pane->showReport(shown);
    QVERIFY(!map->showsNoLocation());
    QVERIFY(canvas->isVisible());
}

void TestGuiDetail::recentReportsInTheStreet()
{
    const AddressHit where = someAddress();
    const qint64 older = create(where, subcategory(1), QStringLiteral("Vorige week"));
    const qint64 shown = create(where, subcategory(), QStringLiteral("Nu"));
    QVERIFY(older && shown);
    m_pane->showReport(shown);

    auto* list = child<QTreeWidget>("streetReports");
    QVERIFY(list);
    QVERIFY(list->isVisible());
    QVERIFY(child<QLabel>("streetReportsHeader")->text().contains(where.street));
    // The newest first, the shown report itself never.
    QVERIFY(list->topLevelItemCount() >= 1 && list->topLevelItemCount() <= 10);
    QCOMPARE(list->topLevelItem(0)->text(0), m_desk.store()->report(older)->ref);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        QVERIFY(list->topLevelItem(i)->text(0) != m_desk.store()->report(shown)->ref);
    QCOMPARE(list->topLevelItem(0)->text(2), StatusRules::label(Status::New));

    // Enter opens it, the way the duplicate candidates do.
    QSignalSpy open(m_pane.get(), &DetailPane::openReportRequested);
    child<QTabWidget>("detailTabs")->setCurrentIndex(0);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().at(0).toLongLong(), older);

    // A change to a listed report shows at once.
    QVERIFY(m_desk.commands()->setStatus({ older }, Status::Triaged));
    QTRY_COMPARE(list->topLevelItem(0)->text(2), StatusRules::label(Status::Triaged));

    // A report without a street says why nothing is listed.
    NewReport n;
    n.categoryId = subcategory();
    n.address = QStringLiteral("bij het station");
    n.description = QStringLiteral("geen straat");
    const qint64 noStreet = m_desk.commands()->createReport(n);
    QVERIFY(noStreet);
    m_pane->showReport(noStreet);
    QVERIFY(!list->isVisible());
    QVERIFY(child<QLabel>("streetReportsNone")->isVisible());
}

QTEST_MAIN(TestGuiDetail)
#include "tst_gui_detail.moc"
