// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven by the keyboard alone, checked against the database: routing, category,
// status, a refused transition, undo, search.
#include "demodesk.h"
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "detailpane.h"
#include "domain/textfold.h"
#include "mainwindow.h"
#include "pickers.h"
#include "queuemodel.h"
#include "settings.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

class TestGuiQueue final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void routeWithTheKeyboardAlone();
    void moveWithJAndK();
    void changeCategoryWithThePicker();
    void setStatusWithThePicker();
    void forbiddenTransitionIsRefusedInTheMessageBar();
    void undoRevertsTheDatabase();
    void priorityWithANumberKey();
    void bulkRouting();
    void searchNarrowsTheQueue();
    void markDuplicateByTypingARef();
    void addANote();
    void refreshDropsGreyedRows();
    void detailPaneFollowsTheCurrentRow();
    void settingsAreRestored();

private:
    /// Moves the current row with j/k only, as a coordinator would.
    void goToRow(int row);
    /// The first row of the queue that is new, unrouted, and whose category suggests a department.
    int firstRoutableRow(int from = 0) const;
    Picker* waitForPicker(const QString& name);
    std::optional<Report> reportAt(int row) const;
    bool hasEvent(qint64 id, const QString& kind) const;

    test::DemoDesk m_desk;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_view = nullptr;
    QueueModel* m_model = nullptr;
};

void TestGuiQueue::initTestCase()
{
    QVERIFY(m_desk.dir().isValid());
    // Settings live in the test's own folder, never in the developer's.
    Settings::useFile(m_desk.dir().filePath(QStringLiteral("settings.ini")));
    QString error;
    QVERIFY2(m_desk.generate(2000, 7, &error), qPrintable(error));
}

void TestGuiQueue::init()
{
    {
        QString error;
        QVERIFY2(m_desk.openCopy(&error), qPrintable(error));
    }
    m_window = std::make_unique<MainWindow>(m_desk.store(), m_desk.commands());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_view = m_window->findChild<QTableView*>(QStringLiteral("queueView"));
    QVERIFY(m_view);
    m_model = qobject_cast<QueueModel*>(m_view->model());
    QVERIFY(m_model);
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    QVERIFY(m_model->rowCount() > 10);
    QTRY_COMPARE(m_view->currentIndex().row(), 0);
}

void TestGuiQueue::cleanup()
{
    m_window.reset();
    m_desk.close();
}

void TestGuiQueue::goToRow(int row)
{
    while (m_view->currentIndex().row() < row)
        QTest::keyClick(m_view, Qt::Key_J);
    while (m_view->currentIndex().row() > row)
        QTest::keyClick(m_view, Qt::Key_K);
}

int TestGuiQueue::firstRoutableRow(int from) const
{
    for (int r = from; r < m_model->rowCount(); ++r) {
        const QueueRow* q = m_model->rowData(r);
        const Category* c = m_desk.store()->refs().category(q->categoryId);
        if (q->status == Status::New && q->departmentId == 0 && c && c->departmentId && !m_model->isStale(r))
            return r;
    }
    return -1;
}

Picker* TestGuiQueue::waitForPicker(const QString& name)
{
    Picker* picker = nullptr;
    QTest::qWaitFor([&] {
        picker = m_window->findChild<Picker*>(name);
        return picker && picker->isVisible() && QApplication::focusWidget()
            && QApplication::focusWidget()->objectName() == QLatin1String("pickerFilter");
    });
    return picker;
}

std::optional<Report> TestGuiQueue::reportAt(int row) const
{
    return m_desk.store()->report(m_model->reportId(row));
}

bool TestGuiQueue::hasEvent(qint64 id, const QString& kind) const
{
    const QList<ReportEvent> events = m_desk.store()->history(id);
    return std::any_of(events.cbegin(), events.cend(), [&](const ReportEvent& e) { return e.kind == kind; });
}

void TestGuiQueue::routeWithTheKeyboardAlone()
{
    const int row = firstRoutableRow();
    QVERIFY(row >= 0);
    goToRow(row);
    const qint64 id = m_model->reportId(row);
    const std::optional<Report> before = m_desk.store()->report(id);
    QVERIFY(before);
    const int suggested = m_desk.store()->refs().category(before->categoryId)->departmentId;

    QTest::keyClick(m_view, Qt::Key_Return);

    const std::optional<Report> after = m_desk.store()->report(id);
    QVERIFY(after);
    QCOMPARE(after->departmentId, suggested);
    QCOMPARE(after->status, Status::Assigned);
    QVERIFY(hasEvent(id, QStringLiteral("routed")));
    QVERIFY(hasEvent(id, QStringLiteral("status")));
    // The row stays where it was, greyed, and the coordinator is on the next one.
    QCOMPARE(m_model->rowOf(id), row);
    QVERIFY(m_model->isStale(row));
    QCOMPARE(m_view->currentIndex().row(), row + 1);
    auto* messageBar = m_window->findChild<QWidget*>(QStringLiteral("messageBar"));
    QVERIFY(messageBar);
    QVERIFY(!messageBar->isVisible());
}

void TestGuiQueue::moveWithJAndK()
{
    QTest::keyClick(m_view, Qt::Key_J);
    QTest::keyClick(m_view, Qt::Key_J);
    QCOMPARE(m_view->currentIndex().row(), 2);
    QTest::keyClick(m_view, Qt::Key_K);
    QCOMPARE(m_view->currentIndex().row(), 1);
    QTest::keyClick(m_view, Qt::Key_Down);
    QCOMPARE(m_view->currentIndex().row(), 2);
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_Up);
    QTest::keyClick(m_view, Qt::Key_K); // stays on the first row
    QCOMPARE(m_view->currentIndex().row(), 0);
    QCOMPARE(m_window->selectedIds(), QList<qint64> { m_model->reportId(0) });
}

void TestGuiQueue::changeCategoryWithThePicker()
{
    goToRow(1);
    const qint64 id = m_model->reportId(1);
    const std::optional<Report> before = m_desk.store()->report(id);
    QVERIFY(before);
    // A subcategory other than the current one, typed without its accents.
    const Category* target = nullptr;
    for (const Category& c : m_desk.store()->refs().categories)
        if (c.parentId && c.active && c.id != before->categoryId && c.name.contains(QStringLiteral("luikstort")))
            target = &c;
    if (!target)
        for (const Category& c : m_desk.store()->refs().categories)
            if (c.parentId && c.active && c.id != before->categoryId && c.name.contains(QStringLiteral("werfvuil")))
                target = &c;
    QVERIFY(target);

    QTest::keyClick(m_view, Qt::Key_C);
    Picker* picker = waitForPicker(QStringLiteral("categoryPicker"));
    QVERIFY(picker);
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QVERIFY(filter);
    QVERIFY(picker->findChild<QListWidget*>(QStringLiteral("pickerList")));
    QTest::keyClicks(filter, foldForSearch(target->name));
    QVERIFY(picker->visibleValues().contains(QVariant(target->id)));
    QCOMPARE(picker->visibleValues().first(), QVariant(target->id));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("categoryPicker")));

    const std::optional<Report> after = m_desk.store()->report(id);
    QCOMPARE(after->categoryId, target->id);
    QVERIFY(hasEvent(id, QStringLiteral("category")));
    // Changing the category keeps the coordinator on the report: Enter now routes it by the new category.
    QCOMPARE(m_view->currentIndex().row(), 1);
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(m_model->index(1, QueueModel::CategoryColumn).data().toString(), m_desk.store()->refs().categoryName(target->id));

    // Esc cancels without a change.
    QTest::keyClick(m_view, Qt::Key_C);
    picker = waitForPicker(QStringLiteral("categoryPicker"));
    QVERIFY(picker);
    QTest::keyClicks(picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter")), QStringLiteral("onkr"));
    QTest::keyClick(picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter")), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("categoryPicker")));
    QCOMPARE(m_desk.store()->report(id)->categoryId, target->id);
}

void TestGuiQueue::setStatusWithThePicker()
{
    int row = -1;
    for (int r = 0; r < m_model->rowCount() && row < 0; ++r)
        if (m_model->rowData(r)->status == Status::New)
            row = r;
    QVERIFY(row >= 0);
    goToRow(row);
    const qint64 id = m_model->reportId(row);

    QTest::keyClick(m_view, Qt::Key_S);
    Picker* picker = waitForPicker(QStringLiteral("statusPicker"));
    QVERIFY(picker);
    // Only what the transition table allows from New.
    QList<QVariant> allowed;
    for (Status s : StatusRules::allowedFrom(Status::New))
        if (s != Status::Duplicate)
            allowed << int(s);
    QList<QVariant> listed = picker->visibleValues();
    const auto byValue = [](const QVariant& a, const QVariant& b) { return a.toInt() < b.toInt(); };
    std::sort(listed.begin(), listed.end(), byValue);
    std::sort(allowed.begin(), allowed.end(), byValue);
    QCOMPARE(listed, allowed);
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QTest::keyClicks(filter, StatusRules::label(Status::Triaged).left(4));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("statusPicker")));
    QCOMPARE(m_desk.store()->report(id)->status, Status::Triaged);
    QVERIFY(hasEvent(id, QStringLiteral("status")));
    // Still in the to-do queue, so not greyed; the coordinator moved on.
    QVERIFY(!m_model->isStale(row));
    QCOMPARE(m_view->currentIndex().row(), row + 1);
}

void TestGuiQueue::forbiddenTransitionIsRefusedInTheMessageBar()
{
    // Route one report (now Assigned), then select it together with the next, still New, one.
    const int row = firstRoutableRow();
    QVERIFY(row >= 0);
    goToRow(row);
    QTest::keyClick(m_view, Qt::Key_Return);
    const qint64 assigned = m_model->reportId(row);
    QCOMPARE(m_desk.store()->report(assigned)->status, Status::Assigned);
    int next = row + 1;
    while (next < m_model->rowCount() && m_model->rowData(next)->status != Status::New)
        ++next;
    QVERIFY(next < m_model->rowCount());
    goToRow(next);
    const qint64 fresh = m_model->reportId(next);
    while (m_view->currentIndex().row() > row)
        QTest::keyClick(m_view, Qt::Key_Up, Qt::ShiftModifier);
    QCOMPARE(m_window->selectedIds().size(), next - row + 1);
    QVERIFY(m_window->selectedIds().contains(assigned));
    QVERIFY(m_window->selectedIds().contains(fresh));
    const QList<qint64> ids = m_window->selectedIds();
    QHash<qint64, Status> before;
    for (qint64 id : ids)
        before.insert(id, m_desk.store()->report(id)->status);

    // "In progress" is allowed from Assigned but not from New: the whole change is refused.
    QTest::keyClick(m_view, Qt::Key_S);
    Picker* picker = waitForPicker(QStringLiteral("statusPicker"));
    QVERIFY(picker);
    QVERIFY(picker->visibleValues().contains(int(Status::InProgress)));
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QTest::keyClicks(filter, StatusRules::label(Status::InProgress));
    QCOMPARE(picker->visibleValues().first(), QVariant(int(Status::InProgress)));
    QSignalSpy failed(m_desk.commands(), &ReportCommands::failed);
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("statusPicker")));

    QCOMPARE(failed.count(), 1);
    auto* bar = m_window->findChild<QWidget*>(QStringLiteral("messageBar"));
    auto* text = m_window->findChild<QLabel*>(QStringLiteral("messageText"));
    QVERIFY(bar && text);
    QTRY_VERIFY(bar->isVisible());
    QCOMPARE(text->text(), failed.first().first().toString());
    QVERIFY(text->text().contains(m_desk.store()->report(fresh)->ref));
    QVERIFY(text->text().contains(StatusRules::refusal(Status::New, Status::InProgress)));
    for (qint64 id : ids)
        QCOMPARE(m_desk.store()->report(id)->status, before.value(id));
    QVERIFY(!hasEvent(fresh, QStringLiteral("status")));

    // Esc in the queue dismisses the message.
    QTest::keyClick(m_view, Qt::Key_Escape);
    QTRY_VERIFY(!bar->isVisible());
}

void TestGuiQueue::undoRevertsTheDatabase()
{
    const int row = firstRoutableRow();
    QVERIFY(row >= 0);
    goToRow(row);
    const qint64 id = m_model->reportId(row);
    const std::optional<Report> before = m_desk.store()->report(id);
    QTest::keyClick(m_view, Qt::Key_Return);
    QCOMPARE(m_desk.store()->report(id)->status, Status::Assigned);
    QVERIFY(m_model->isStale(row));

    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    const std::optional<Report> undone = m_desk.store()->report(id);
    QCOMPARE(undone->status, before->status);
    QCOMPARE(undone->departmentId, 0);
    QVERIFY(hasEvent(id, QStringLiteral("reverted")));
    QVERIFY(!m_model->isStale(row));

    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_desk.store()->report(id)->status, Status::Assigned);
    QVERIFY(m_desk.store()->report(id)->departmentId != 0);
}

void TestGuiQueue::priorityWithANumberKey()
{
    goToRow(2);
    const qint64 id = m_model->reportId(2);
    QTest::keyClick(m_view, Qt::Key_4);
    QCOMPARE(m_desk.store()->report(id)->priority, Priority::Urgent);
    QTest::keyClick(m_view, Qt::Key_P);
    Picker* picker = waitForPicker(QStringLiteral("priorityPicker"));
    QVERIFY(picker);
    QTest::keyClick(picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter")), Qt::Key_1);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("priorityPicker")));
    QCOMPARE(m_desk.store()->report(id)->priority, Priority::Low);
    QVERIFY(hasEvent(id, QStringLiteral("priority")));
}

void TestGuiQueue::bulkRouting()
{
    const int first = firstRoutableRow();
    QVERIFY(first >= 0);
    const int second = firstRoutableRow(first + 1);
    QVERIFY(second >= 0);
    goToRow(second);
    while (m_view->currentIndex().row() > first)
        QTest::keyClick(m_view, Qt::Key_Up, Qt::ShiftModifier);
    const QList<qint64> ids = m_window->selectedIds();
    QCOMPARE(ids.size(), second - first + 1);
    QHash<qint64, int> before;
    for (qint64 id : ids)
        before.insert(id, m_desk.store()->report(id)->departmentId);

    QTest::keyClick(m_view, Qt::Key_D);
    Picker* picker = waitForPicker(QStringLiteral("departmentPicker"));
    QVERIFY(picker);
    const Department& dep = m_desk.store()->refs().departments.first();
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QTest::keyClicks(filter, dep.name);
    QCOMPARE(picker->visibleValues().first(), QVariant(dep.id));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("departmentPicker")));
    for (qint64 id : ids) {
        QCOMPARE(m_desk.store()->report(id)->departmentId, dep.id);
        QVERIFY(hasEvent(id, QStringLiteral("routed")));
    }
    // One undo step for the whole selection; the selection itself stays.
    QCOMPARE(m_window->selectedIds(), ids);
    QTest::keyClick(m_view, Qt::Key_Z, Qt::ControlModifier);
    for (qint64 id : ids)
        QCOMPARE(m_desk.store()->report(id)->departmentId, before.value(id));
}

void TestGuiQueue::searchNarrowsTheQueue()
{
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("searchBox"));
    QVERIFY(search);
    auto* count = m_window->findChild<QLabel*>(QStringLiteral("queueCount"));
    QVERIFY(count);
    QTRY_VERIFY(!count->text().contains(QStringLiteral("…")) && !count->text().isEmpty());
    const QString countBefore = count->text();

    const std::optional<Report> target = reportAt(5);
    QVERIFY(target);
    QTest::keyClick(m_view, Qt::Key_Slash);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, target->ref);
    QTRY_COMPARE(m_model->filter().search, target->ref);
    QTRY_VERIFY(m_model->rowCount() >= 1 && m_model->rowCount() < 5);
    QCOMPARE(m_model->reportId(0), target->id);
    QTRY_VERIFY(count->text() != countBefore);
    QTRY_VERIFY(count->text().startsWith(QStringLiteral("%1 report").arg(m_model->rowCount())));

    // Enter goes back to the queue; Esc in the box clears the search.
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Slash);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Escape);
    QTRY_VERIFY(m_model->filter().search.isEmpty());
    QTRY_VERIFY(m_model->rowCount() > 10);
}

void TestGuiQueue::markDuplicateByTypingARef()
{
    goToRow(0);
    const qint64 duplicate = m_model->reportId(0);
    const std::optional<Report> original = reportAt(1);
    QVERIFY(original);
    QTest::keyClick(m_view, Qt::Key_U);
    Picker* picker = waitForPicker(QStringLiteral("duplicatePicker"));
    QVERIFY(picker);
    auto* filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QTest::keyClicks(filter, original->ref.toLower()); // references are found whatever their case
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("duplicatePicker")));
    const std::optional<Report> after = m_desk.store()->report(duplicate);
    QCOMPARE(after->status, Status::Duplicate);
    QCOMPARE(after->duplicateOf, original->id);
    QVERIFY(m_model->isStale(0));
    QCOMPARE(m_view->currentIndex().row(), 1);

    // A reference that does not exist is refused with a message, nothing changes.
    QTest::keyClick(m_view, Qt::Key_U);
    picker = waitForPicker(QStringLiteral("duplicatePicker"));
    QVERIFY(picker);
    filter = picker->findChild<QLineEdit*>(QStringLiteral("pickerFilter"));
    QTest::keyClicks(filter, QStringLiteral("M-1999-999999"));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<Picker*>(QStringLiteral("duplicatePicker")));
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("messageBar"))->isVisible());
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("messageText"))->text().contains(QStringLiteral("M-1999-999999")));
    QCOMPARE(m_desk.store()->report(original->id)->status, original->status);
}

void TestGuiQueue::addANote()
{
    goToRow(3);
    const qint64 id = m_model->reportId(3);
    QTest::keyClick(m_view, Qt::Key_N);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QWidget*>(QStringLiteral("noteDialog"))) && dialog->isVisible());
    auto* text = dialog->findChild<QWidget*>(QStringLiteral("noteText"));
    QVERIFY(text);
    QTRY_VERIFY(text->hasFocus() || QApplication::focusWidget() == text);
    QTest::keyClicks(text, QStringLiteral("Called back: <b>container</b> removed"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->findChild<QWidget*>(QStringLiteral("noteDialog")));
    const QList<ReportEvent> events = m_desk.store()->history(id);
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ReportEvent& e) {
        return e.kind == QLatin1String("note")
            && e.payload.value(QStringLiteral("text")).toString()
            == QLatin1String("Called back: <b>container</b> removed");
    }));
    QCOMPARE(m_view->currentIndex().row(), 3); // a note does not move on
}

void TestGuiQueue::refreshDropsGreyedRows()
{
    const int row = firstRoutableRow();
    QVERIFY(row >= 0);
    goToRow(row);
    const qint64 id = m_model->reportId(row);
    QTest::keyClick(m_view, Qt::Key_Return);
    QVERIFY(m_model->isStale(row));
    const qint64 next = m_model->reportId(row + 1);
    QTest::keyClick(m_view, Qt::Key_F5);
    QCOMPARE(m_model->rowOf(id), -1);
    // The coordinator is still on the report they were on.
    QCOMPARE(m_model->reportId(m_view->currentIndex().row()), next);
}

void TestGuiQueue::detailPaneFollowsTheCurrentRow()
{
    auto* detail = m_window->findChild<DetailPane*>(QStringLiteral("detailPane"));
    QVERIFY(detail);
    QTRY_COMPARE(detail->reportId(), m_model->reportId(0));
    QTest::keyClick(m_view, Qt::Key_J);
    QTRY_COMPARE(detail->reportId(), m_model->reportId(1));
}

void TestGuiQueue::settingsAreRestored()
{
    auto* overdue = m_window->findChild<QWidget*>(QStringLiteral("overdueOnly"));
    QVERIFY(overdue);
    QueueFilter f = QueueFilter::toDo();
    f.overdueOnly = true;
    f.sortKey = QueueFilter::SortKey::Due;
    f.sortOrder = Qt::AscendingOrder;
    m_window->applyFilter(f);
    m_window->close(); // saves
    m_window = std::make_unique<MainWindow>(m_desk.store(), m_desk.commands());
    QCOMPARE(
        qobject_cast<QueueModel*>(m_window->findChild<QTableView*>(QStringLiteral("queueView"))->model())->filter(), f);
    m_window->applyFilter(QueueFilter::toDo());
    m_window->close();
}

QTEST_MAIN(TestGuiQueue)
#include "tst_gui_queue.moc"
