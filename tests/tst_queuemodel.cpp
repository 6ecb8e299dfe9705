// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatch queue's model: item-model contract, lazy keyset pages, sorting, live updates, plain display.
#include "commands/reportcommands.h"
#include "countworker.h"
#include "fixture.h"
#include "queuemodel.h"
#include "store/reportstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace meldpunt;
using namespace meldpunt::test;

class TestQueueModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstPageThenLazyPages();
    void everyRowMatchesTheFilter();
    void sortThroughTheFilter_data();
    void sortThroughTheFilter();
    void unsortableColumnsDoNotReset();
    void changedRowStaysGreyedUntilRefresh();
    void changeThatStillMatchesUpdatesInPlace();
    void createdReportAppearsAtTheTop();
    void createdReportOutsideTheFilterStaysAway();
    void plainTextDisplay_data();
    void plainTextDisplay();
    void citizenTextIsShownPlain();
    void overdue_data();
    void overdue();
    void countsComeFromAWorkerThread();
    void loadPastPagesToFindAReport();
    void testerFetchingOnItsOwn();

private:
    void fetchAll();

    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportCommands> m_commands;
    std::unique_ptr<QueueModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    static constexpr int kReports = 650; // more than three pages
};

void TestQueueModel::initTestCase()
{
    m_fx = std::make_unique<Fixture>();
    const QString error = m_fx->build(kReports);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestQueueModel::init()
{
    m_store = std::make_unique<ReportStore>(&m_fx->db);
    m_store->setNowForTesting(fixtureNow());
    m_commands = std::make_unique<ReportCommands>(m_store.get());
    m_model = std::make_unique<QueueModel>(m_store.get(), m_commands.get());
    // Attached before any data arrives, so that every reset, insertion and change is checked. The
    // tester's own fetchMore() after each signal would load pages behind the tests' backs; the
    // contract under fetching is checked in testerFetchingOnItsOwn().
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
}

void TestQueueModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_commands.reset();
    m_store.reset();
}

void TestQueueModel::fetchAll()
{
    int guard = 0;
    while (m_model->canFetchMore({}) && ++guard < 1000)
        m_model->fetchMore({});
}

void TestQueueModel::firstPageThenLazyPages()
{
    QueueFilter all;
    m_model->setFilter(all);
    QCOMPARE(m_model->rowCount(), QueueModel::PageSize);
    QVERIFY(m_model->canFetchMore({}));

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), 2 * QueueModel::PageSize);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), QueueModel::PageSize);

    fetchAll();
    QCOMPARE(m_model->rowCount(), kReports);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(qint64(m_model->rowCount()), m_store->count(all));

    // Keyset pages neither skip nor repeat a row, ties in received_at included.
    QSet<qint64> ids;
    for (int r = 0; r < m_model->rowCount(); ++r)
        ids.insert(m_model->reportId(r));
    QCOMPARE(ids.size(), qsizetype(kReports));
    for (int r = 1; r < m_model->rowCount(); ++r) {
        const QueueRow* a = m_model->rowData(r - 1);
        const QueueRow* b = m_model->rowData(r);
        QVERIFY(a->receivedAt > b->receivedAt || (a->receivedAt == b->receivedAt && a->id > b->id));
    }
}

void TestQueueModel::everyRowMatchesTheFilter()
{
    const QueueFilter toDo = QueueFilter::toDo();
    m_model->setFilter(toDo);
    fetchAll();
    QCOMPARE(qint64(m_model->rowCount()), m_store->count(toDo));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto s = Status(m_model->index(r, QueueModel::StatusColumn).data(QueueModel::StatusRole).toInt());
        QVERIFY(s == Status::New || s == Status::Triaged);
        QCOMPARE(m_model->index(r, QueueModel::StatusColumn).data().toString(), StatusRules::label(s));
    }
}

void TestQueueModel::sortThroughTheFilter_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::newRow("due ascending") << int(QueueModel::DueColumn) << int(Qt::AscendingOrder);
    QTest::newRow("due descending") << int(QueueModel::DueColumn) << int(Qt::DescendingOrder);
    QTest::newRow("priority descending") << int(QueueModel::PriorityColumn) << int(Qt::DescendingOrder);
    QTest::newRow("priority ascending") << int(QueueModel::PriorityColumn) << int(Qt::AscendingOrder);
    QTest::newRow("received ascending") << int(QueueModel::ReceivedColumn) << int(Qt::AscendingOrder);
}

void TestQueueModel::sortThroughTheFilter()
{
    QFETCH(int, column);
    QFETCH(int, order);
    m_model->setFilter(QueueFilter());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QueueModel::filterChanged);
    m_model->sort(column, Qt::SortOrder(order));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->filter().sortOrder, Qt::SortOrder(order));
    fetchAll();
    QCOMPARE(m_model->rowCount(), kReports);
    const auto key = [&](const QueueRow* r) -> qint64 {
        switch (column) {
        case QueueModel::DueColumn: return r->dueAt;
        case QueueModel::PriorityColumn: return qint64(r->priority);
        default: return r->receivedAt;
        }
    };
    for (int r = 1; r < m_model->rowCount(); ++r) {
        const QueueRow* a = m_model->rowData(r - 1);
        const QueueRow* b = m_model->rowData(r);
        const bool inOrder = order == Qt::AscendingOrder ? (key(a) < key(b) || (key(a) == key(b) && a->id < b->id))
                                                         : (key(a) > key(b) || (key(a) == key(b) && a->id > b->id));
        QVERIFY2(inOrder, qPrintable(QStringLiteral("rows %1 and %2").arg(r - 1).arg(r)));
    }
}

void TestQueueModel::unsortableColumnsDoNotReset()
{
    m_model->setFilter(QueueFilter::toDo());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(QueueModel::AddressColumn, Qt::AscendingOrder);
    m_model->sort(QueueModel::CategoryColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QVERIFY(!QueueModel::isSortable(QueueModel::RefColumn));
    QVERIFY(QueueModel::isSortable(QueueModel::DueColumn));
}

void TestQueueModel::changedRowStaysGreyedUntilRefresh()
{
    m_model->setFilter(QueueFilter::toDo());
    // A new report whose category suggests a department.
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r) {
        const QueueRow* q = m_model->rowData(r);
        const Category* c = m_store->refs().category(q->categoryId);
        if (q->status == Status::New && q->departmentId == 0 && c && c->departmentId)
            row = r;
    }
    QVERIFY(row >= 0);
    const qint64 id = m_model->reportId(row);
    const int before = m_model->rowCount();
    QVERIFY(m_model->index(row, QueueModel::DepartmentColumn).data(QueueModel::SuggestedRole).toBool());

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_commands->acceptSuggestedDepartment({ id }));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_model->rowCount(), before);
    QCOMPARE(m_model->rowOf(id), row); // did not move
    QVERIFY(m_model->isStale(row));
    QVERIFY(m_model->index(row, 0).data(QueueModel::StaleRole).toBool());
    QCOMPARE(
        Status(m_model->index(row, QueueModel::StatusColumn).data(QueueModel::StatusRole).toInt()), Status::Assigned);
    QVERIFY(!m_model->index(row, QueueModel::DepartmentColumn).data(QueueModel::SuggestedRole).toBool());
    QVERIFY(m_model->index(row, 0).data(Qt::ForegroundRole).isValid());

    // Undo brings it back into the filter: no longer greyed.
    m_commands->undoStack()->undo();
    QVERIFY(!m_model->isStale(m_model->rowOf(id)));
    QCOMPARE(Status(m_model->index(row, QueueModel::StatusColumn).data(QueueModel::StatusRole).toInt()), Status::New);

    // Redo and refresh: the row is gone.
    m_commands->undoStack()->redo();
    QVERIFY(m_model->isStale(m_model->rowOf(id)));
    m_model->refresh();
    m_model->ensureLoaded(id, 100);
    QCOMPARE(m_model->rowOf(id), -1);
    m_commands->undoStack()->undo();
}

void TestQueueModel::changeThatStillMatchesUpdatesInPlace()
{
    m_model->setFilter(QueueFilter::toDo());
    const qint64 id = m_model->reportId(3);
    const auto old = Priority(m_model->index(3, QueueModel::PriorityColumn).data(QueueModel::PriorityRole).toInt());
    const Priority next = old == Priority::Urgent ? Priority::Low : Priority::Urgent;
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_commands->setPriority({ id }, next));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 3);
    QCOMPARE(changed.first().at(1).toModelIndex().column(), QueueModel::ColumnCount - 1);
    QCOMPARE(Priority(m_model->index(3, QueueModel::PriorityColumn).data(QueueModel::PriorityRole).toInt()), next);
    QVERIFY(!m_model->isStale(3));
    m_commands->undoStack()->undo();
    QCOMPARE(Priority(m_model->index(3, QueueModel::PriorityColumn).data(QueueModel::PriorityRole).toInt()), old);
}

void TestQueueModel::createdReportAppearsAtTheTop()
{
    m_model->setFilter(QueueFilter::toDo());
    const int before = m_model->rowCount();
    NewReport n;
    n.categoryId = m_fx->ids.categories.value(QStringLiteral("AFV-ZWF"));
    n.description = QStringLiteral("Zwerfvuil aan de speeltuin");
    n.address = QStringLiteral("Kerkstraat 3");
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    const qint64 id = m_commands->createReport(n);
    QVERIFY(id > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->reportId(0), id);
    // The next page does not bring it a second time.
    fetchAll();
    int seen = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        seen += m_model->reportId(r) == id;
    QCOMPARE(seen, 1);
}

void TestQueueModel::createdReportOutsideTheFilterStaysAway()
{
    QueueFilter closed;
    closed.statuses = { Status::Closed };
    m_model->setFilter(closed);
    const int before = m_model->rowCount();
    NewReport n;
    n.categoryId = m_fx->ids.categories.value(QStringLiteral("WEG-PUT"));
    n.description = QStringLiteral("Put in de weg");
    QVERIFY(m_commands->createReport(n) > 0);
    QCOMPARE(m_model->rowCount(), before);
}

void TestQueueModel::plainTextDisplay_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QStringLiteral("Kerkstraat 12") << QStringLiteral("Kerkstraat 12");
    QTest::newRow("markup stays literal") << QStringLiteral("<b>Kerk</b>straat") << QStringLiteral("<b>Kerk</b>straat");
    QTest::newRow("line breaks and tabs") << QStringLiteral("a\r\nb\tc") << QStringLiteral("a  b c");
    QTest::newRow("control characters") << QStringLiteral("x\x01y\x1b") << QStringLiteral("x\u2401y\u241b");
    QTest::newRow("delete") << QStringLiteral("x\x7fy") << QStringLiteral("x\u2421y");
    QTest::newRow("bidi override") << QStringLiteral("ab\u202ecd") << QStringLiteral("ab\ufffdcd");
    QTest::newRow("diacritics kept") << QStringLiteral("Émile Verhaerenlaan") << QStringLiteral("Émile Verhaerenlaan");
}

void TestQueueModel::plainTextDisplay()
{
    QFETCH(QString, stored);
    QFETCH(QString, shown);
    QCOMPARE(QueueModel::displayText(stored), shown);
}

void TestQueueModel::citizenTextIsShownPlain()
{
    m_model->setFilter(QueueFilter::toDo());
    NewReport n;
    n.categoryId = m_fx->ids.categories.value(QStringLiteral("AFV-SLK"));
    n.description = QStringLiteral("x");
    const QString address = QStringLiteral("<i>Kerk</i>straat\n3\x01") + QString(5000, QLatin1Char('a'));
    n.address = address;
    const qint64 id = m_commands->createReport(n);
    QVERIFY(id > 0);
    const QModelIndex cell = m_model->index(m_model->rowOf(id), QueueModel::AddressColumn);
    const QString shown = cell.data().toString();
    QVERIFY(shown.startsWith(QStringLiteral("<i>Kerk</i>straat 3\u2401")));
    QVERIFY(shown.size() < 1000); // cut for display
    QCOMPARE(cell.data(QueueModel::RawTextRole).toString(), address); // stored as given
    // The tool tip is explicit markup around escaped text, so nothing the citizen typed is interpreted.
    const QString tip = cell.data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;i&gt;Kerk&lt;/i&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<i>")));
}

void TestQueueModel::overdue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<qint64>("due");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");
    const qint64 day = 86400;
    const qint64 t0 = fixtureNow() - 100 * day;
    QTest::newRow("due in 3 days") << int(Status::New) << t0 << t0 + 5 * day << t0 + 2 * day
                                   << int(QueueModel::Overdue::None) << QStringLiteral("due in 3 d");
    QTest::newRow("due in hours") << int(Status::New) << t0 << t0 + 5 * day << t0 + 5 * day - 5 * 3600
                                  << int(QueueModel::Overdue::None) << QStringLiteral("due in 5 h");
    QTest::newRow("an hour late") << int(Status::Triaged) << t0 << t0 + 5 * day << t0 + 5 * day + 3600
                                  << int(QueueModel::Overdue::Overdue) << QStringLiteral("1 h overdue");
    QTest::newRow("3 days late") << int(Status::Assigned) << t0 << t0 + 5 * day << t0 + 8 * day
                                 << int(QueueModel::Overdue::Overdue) << QStringLiteral("3 d overdue");
    QTest::newRow("just under three times") << int(Status::New) << t0 << t0 + 5 * day << t0 + 15 * day - 1
                                            << int(QueueModel::Overdue::Overdue) << QStringLiteral("9 d overdue");
    QTest::newRow("three times") << int(Status::New) << t0 << t0 + 5 * day << t0 + 15 * day
                                 << int(QueueModel::Overdue::Severe) << QStringLiteral("10 d overdue");
    QTest::newRow("resolved is never overdue") << int(Status::Resolved) << t0 << t0 + 5 * day << t0 + 30 * day
                                               << int(QueueModel::Overdue::None) << QStringLiteral("done in 4 d");
    QTest::newRow("rejected") << int(Status::Rejected) << t0 << t0 + 5 * day << t0 + 30 * day
                              << int(QueueModel::Overdue::None) << QStringLiteral("–");
}

void TestQueueModel::overdue()
{
    QFETCH(int, status);
    QFETCH(qint64, received);
    QFETCH(qint64, due);
    QFETCH(qint64, now);
    QFETCH(int, level);
    QFETCH(QString, text);
    QueueRow r;
    r.status = Status(status);
    r.receivedAt = received;
    r.dueAt = due;
    if (r.status == Status::Resolved)
        r.resolvedAt = received + 4 * 86400 + 10;
    QCOMPARE(int(QueueModel::overdueOf(r, now)), level);
    QCOMPARE(QueueModel::dueText(r, now), text);
}

void TestQueueModel::countsComeFromAWorkerThread()
{
    CountWorker worker(m_store.get());
    QSignalSpy counted(&worker, &CountWorker::countReady);
    QSignalSpy perStatus(&worker, &CountWorker::statusCountsReady);
    QueueFilter stale;
    stale.statuses = { Status::Closed };
    worker.requestCount(stale); // superseded at once: its answer must never arrive
    const QueueFilter toDo = QueueFilter::toDo();
    worker.requestCount(toDo);
    worker.requestStatusCounts(toDo);
    QTRY_COMPARE(counted.count(), 1);
    QTRY_COMPARE(perStatus.count(), 1);
    QTRY_VERIFY(!worker.isBusy());
    QCOMPARE(counted.count(), 1);
    QCOMPARE(counted.first().at(0).toLongLong(), m_store->count(toDo));
    QueueFilter overdue = toDo;
    overdue.overdueOnly = true;
    QCOMPARE(counted.first().at(1).toLongLong(), m_store->count(overdue));
    const auto counts = perStatus.first().at(0).value<QMap<Status, qint64>>();
    QCOMPARE(counts, m_store->statusCounts(toDo));
}

void TestQueueModel::loadPastPagesToFindAReport()
{
    QueueFilter all;
    all.sortKey = QueueFilter::SortKey::Received;
    all.sortOrder = Qt::DescendingOrder;
    m_model->setFilter(all);
    // The oldest report is on the last page.
    QueueFilter oldestFirst = all;
    oldestFirst.sortOrder = Qt::AscendingOrder;
    const QList<QueueRow> oldest = m_store->fetchQueue(oldestFirst, std::nullopt, 1);
    QCOMPARE(oldest.size(), 1);
    QCOMPARE(m_model->rowOf(oldest.first().id), -1);
    const int row = m_model->ensureLoaded(oldest.first().id);
    QVERIFY(row >= 0);
    QCOMPARE(row, m_model->rowCount() - 1);
}

void TestQueueModel::testerFetchingOnItsOwn()
{
    // A second tester that fetches more after every signal, as a view scrolled to the end would.
    QAbstractItemModelTester eager(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setFilter(QueueFilter());
    m_model->sort(QueueModel::DueColumn, Qt::AscendingOrder);
    m_model->fetchMore({});
    QVERIFY(m_model->rowCount() > QueueModel::PageSize);
    const qint64 id = m_model->reportId(1);
    QVERIFY(m_commands->setPriority({ id }, Priority::High));
    NewReport n;
    n.categoryId = m_fx->ids.categories.value(QStringLiteral("GRN-SNO"));
    n.description = QStringLiteral("Takken over het fietspad");
    QVERIFY(m_commands->createReport(n) > 0);
    fetchAll();
    m_model->refresh();
    m_commands->undoStack()->undo();
}

QTEST_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
