// SPDX-License-Identifier: GPL-3.0-or-later
// The command layer: every triage action is one undo step, announced once, and refusals leave the stack alone.
#include "commands/reportcommands.h"
#include "fixture.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace meldpunt;
using namespace meldpunt::test;

namespace {

/// The triage fields of a report, comparable as a whole.
struct Triage {
    int category = 0;
    int department = 0;
    Status status = Status::New;
    Priority priority = Priority::Normal;
    QString assignee;
    qint64 due = 0;
    qint64 resolved = 0;
    qint64 closed = 0;
    qint64 duplicateOf = 0;
    bool operator==(const Triage& o) const
    {
        return category == o.category && department == o.department && status == o.status && priority == o.priority
            && assignee == o.assignee && due == o.due && resolved == o.resolved && closed == o.closed
            && duplicateOf == o.duplicateOf;
    }
};

char* toString(const Triage& t)
{
    return qstrdup(QStringLiteral("{cat %1 dep %2 %3 prio %4 '%5' due %6 res %7 clo %8 dup %9}")
                       .arg(t.category)
                       .arg(t.department)
                       .arg(StatusRules::key(t.status))
                       .arg(int(t.priority))
                       .arg(t.assignee)
                       .arg(t.due)
                       .arg(t.resolved)
                       .arg(t.closed)
                       .arg(t.duplicateOf)
                       .toUtf8()
                       .constData());
}

QList<qint64> idsOf(const QSignalSpy& spy, int i)
{
    return spy.at(i).at(0).value<QList<qint64>>();
}

QSet<qint64> allIds(const QSignalSpy& spy)
{
    QSet<qint64> out;
    for (int i = 0; i < spy.size(); ++i)
        for (qint64 id : idsOf(spy, i))
            out.insert(id);
    return out;
}

} // namespace

class TestCommands final : public QObject {
    Q_OBJECT

private:
    Fixture m_template;
    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<ReportCommands> m_cmds;

    int cat(const char* code) const { return m_fx->ids.categories.value(QString::fromLatin1(code)); }
    int dep(const char* code) const { return m_fx->ids.departments.value(QString::fromLatin1(code)); }
    Report get(qint64 id) const { return m_store->report(id).value_or(Report()); }
    Triage triage(qint64 id) const
    {
        const Report r = get(id);
        return { r.categoryId,
            r.departmentId,
            r.status,
            r.priority,
            r.assignee,
            r.dueAt,
            r.resolvedAt,
            r.closedAt,
            r.duplicateOf };
    }
    /// A new, unrouted report whose subcategory belongs to this main category.
    qint64 newIn(const char* mainCode, int skip = 0) const;
    qint64 withCitizen(Status s, qint64 avoidCitizen = -1) const;
    bool follows(qint64 reportId, qint64 citizenId) const;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void routeUndoRedo();
    void bulkStatusRefusedLeavesStack();
    void acceptSuggestedDepartmentOneStep();
    void acceptSuggestedDepartmentSameDepartment();
    void acceptSuggestedDepartmentWithoutSuggestion();
    void acceptSuggestedDepartmentTwiceAddsNoEmptyStep();
    void setCategoryUndoRestoresDue();
    void priorityAndAssigneeUndo();
    void noChangeNoStep();
    void mergeUndoRestoresFollowers();
    void mergeRefusedLeavesStack();
    void noteUndoWritesRetraction();
    void emptyNoteRefused();
    void undoEverything();
    void createReportSignals();
};

void TestCommands::initTestCase()
{
    const QString err = m_template.build();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestCommands::init()
{
    m_fx = std::make_unique<Fixture>();
    const QString err = m_fx->copyFrom(m_template);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_store = std::make_unique<ReportStore>(&m_fx->db);
    m_store->setNowForTesting(fixtureNow());
    m_cmds = std::make_unique<ReportCommands>(m_store.get());
}

void TestCommands::cleanup()
{
    m_cmds.reset();
    m_store.reset();
    m_fx.reset();
}

qint64 TestCommands::newIn(const char* mainCode, int skip) const
{
    const int main = cat(mainCode);
    for (qint64 id : m_fx->ids.reportsByStatus.value(QStringLiteral("new"))) {
        const Report r = get(id);
        const Category* c = m_store->refs().category(r.categoryId);
        if (c && c->parentId == main && r.departmentId == 0 && skip-- == 0)
            return id;
    }
    return 0;
}

qint64 TestCommands::withCitizen(Status s, qint64 avoidCitizen) const
{
    for (qint64 id : m_fx->ids.reportsByStatus.value(StatusRules::key(s))) {
        const Report r = get(id);
        if (r.citizenId && r.citizenId != avoidCitizen)
            return id;
    }
    return 0;
}

bool TestCommands::follows(qint64 reportId, qint64 citizenId) const
{
    const QList<Citizen> list = m_store->followers(reportId);
    return std::any_of(list.cbegin(), list.cend(), [&](const Citizen& c) { return c.id == citizenId; });
}

void TestCommands::routeUndoRedo()
{
    const qint64 id = newIn("WEG");
    QVERIFY(id);
    const Triage start = triage(id);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QUndoStack* stack = m_cmds->undoStack();

    QVERIFY(m_cmds->route({ id }, dep("WEG")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QVERIFY(stack->undoText().contains(QStringLiteral("Wegendienst")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(idsOf(changed, 0), QList<qint64> { id });
    Triage routed = start;
    routed.department = dep("WEG");
    routed.status = Status::Assigned;
    QCOMPARE(triage(id), routed);
    const int eventsAfterRoute = m_fx->eventCount(id);

    stack->undo();
    QCOMPARE(stack->index(), 0);
    QCOMPARE(triage(id), start);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(idsOf(changed, 1), QList<qint64> { id });
    QCOMPARE(m_store->history(id).last().kind, QStringLiteral("reverted"));
    QCOMPARE(m_fx->eventCount(id), eventsAfterRoute + 1);

    stack->redo();
    QCOMPARE(stack->index(), 1);
    QCOMPARE(triage(id), routed);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(idsOf(changed, 2), QList<qint64> { id });
    const QList<ReportEvent> h = m_store->history(id);
    QCOMPARE(h.at(h.size() - 2).kind, QStringLiteral("routed"));
    QCOMPARE(h.last().kind, QStringLiteral("status"));

    stack->undo();
    QCOMPARE(triage(id), start);
    QCOMPARE(failed.size(), 0);
}

void TestCommands::bulkStatusRefusedLeavesStack()
{
    const qint64 fresh = m_fx->firstWithStatus(Status::New);
    const qint64 closed = m_fx->firstWithStatus(Status::Closed);
    QVERIFY(m_cmds->setPriority({ fresh }, Priority::Urgent));
    QUndoStack* stack = m_cmds->undoStack();
    QCOMPARE(stack->count(), 1);
    const QString undoText = stack->undoText();
    const QByteArray before = m_fx->snapshot();

    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QVERIFY(!m_cmds->setStatus({ fresh, closed }, Status::Triaged));
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(get(closed).ref), qPrintable(message));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(stack->undoText(), undoText);
    QCOMPARE(m_fx->snapshot(), before);
    QCOMPARE(get(fresh).status, Status::New);
}

void TestCommands::acceptSuggestedDepartmentOneStep()
{
    const qint64 litter = newIn("AFV"); // → Netheid
    const qint64 road = newIn("WEG"); // → Wegendienst
    QVERIFY(litter && road);
    const Triage litterStart = triage(litter);
    const Triage roadStart = triage(road);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QUndoStack* stack = m_cmds->undoStack();

    QVERIFY(m_cmds->acceptSuggestedDepartment({ litter, road }));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->index(), 1);
    QCOMPARE(get(litter).departmentId, dep("NET"));
    QCOMPARE(get(road).departmentId, dep("WEG"));
    QCOMPARE(get(litter).status, Status::Assigned);
    QCOMPARE(get(road).status, Status::Assigned);
    QCOMPARE(allIds(changed), (QSet<qint64> { litter, road }));

    changed.clear();
    stack->undo();
    QCOMPARE(stack->index(), 0);
    QCOMPARE(triage(litter), litterStart);
    QCOMPARE(triage(road), roadStart);
    QCOMPARE(allIds(changed), (QSet<qint64> { litter, road }));

    stack->redo();
    QCOMPARE(get(litter).departmentId, dep("NET"));
    QCOMPARE(get(road).departmentId, dep("WEG"));
    QCOMPARE(failed.size(), 0);
}

void TestCommands::acceptSuggestedDepartmentSameDepartment()
{
    const qint64 a = newIn("GRN");
    const qint64 b = newIn("GRN", 1);
    QVERIFY(a && b);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QVERIFY(m_cmds->acceptSuggestedDepartment({ a, b }));
    QCOMPARE(m_cmds->undoStack()->count(), 1);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(idsOf(changed, 0), (QList<qint64> { a, b }));
    QCOMPARE(get(a).departmentId, dep("GRN"));
    QCOMPARE(get(b).departmentId, dep("GRN"));
}

void TestCommands::acceptSuggestedDepartmentWithoutSuggestion()
{
    // Overlast › Geluid has no default department: nothing happens to any report, with a reason.
    const qint64 noise = newIn("OVR");
    const qint64 road = newIn("WEG");
    QVERIFY(noise && road);
    const QByteArray before = m_fx->snapshot();
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QVERIFY(!m_cmds->acceptSuggestedDepartment({ road, noise }));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(get(noise).ref));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_cmds->undoStack()->count(), 0);
    QCOMPARE(m_fx->snapshot(), before);
}

void TestCommands::acceptSuggestedDepartmentTwiceAddsNoEmptyStep()
{
    // Pressing the key again on reports that already have their suggested department changes
    // nothing, so it must not add an undo step that undoes nothing.
    const qint64 litter = newIn("AFV");
    const qint64 road = newIn("WEG");
    QVERIFY(m_cmds->acceptSuggestedDepartment({ litter, road }));
    QUndoStack* stack = m_cmds->undoStack();
    QCOMPARE(stack->count(), 1);
    const QByteArray before = m_fx->snapshot();
    QVERIFY(m_cmds->acceptSuggestedDepartment({ litter, road }));
    QCOMPARE(m_fx->snapshot(), before);
    QVERIFY2(stack->count() == 1,
        qPrintable(QStringLiteral("%1 undo steps; the top one is \"%2\" and undoes nothing")
                       .arg(stack->count())
                       .arg(stack->undoText())));
    // A single department is already handled: the plain route writes nothing and pushes nothing.
    QVERIFY(m_cmds->acceptSuggestedDepartment({ litter }));
    QCOMPARE(m_fx->snapshot(), before);
}

void TestCommands::setCategoryUndoRestoresDue()
{
    const qint64 id = newIn("AFV");
    const Triage start = triage(id);
    const int target = cat("GRN-SNO"); // 20 working days instead of a few
    QVERIFY(m_cmds->setCategory({ id }, target));
    QCOMPARE(get(id).categoryId, target);
    QVERIFY(get(id).dueAt > start.due);
    m_cmds->undoStack()->undo();
    QCOMPARE(triage(id), start);
    m_cmds->undoStack()->redo();
    QCOMPARE(get(id).categoryId, target);
    QVERIFY(get(id).dueAt > start.due);
}

void TestCommands::priorityAndAssigneeUndo()
{
    const qint64 a = m_fx->firstWithStatus(Status::Assigned);
    const qint64 b = m_fx->firstWithStatus(Status::InProgress);
    const Triage sa = triage(a);
    const Triage sb = triage(b);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    const Priority changedTo = sa.priority == Priority::Low ? Priority::High : Priority::Low;
    QVERIFY(m_cmds->setPriority({ a, b }, changedTo));
    QVERIFY(m_cmds->setAssignee({ a, b }, QStringLiteral("dirk.wouters")));
    QCOMPARE(m_cmds->undoStack()->count(), 2);
    QCOMPARE(get(a).assignee, QStringLiteral("dirk.wouters"));
    QCOMPARE(idsOf(changed, 1), (QList<qint64> { a, b }));
    m_cmds->undoStack()->undo();
    QCOMPARE(get(a).assignee, sa.assignee);
    QCOMPARE(get(b).assignee, sb.assignee);
    QCOMPARE(get(a).priority, changedTo); // the earlier step is still in place
    m_cmds->undoStack()->undo();
    QCOMPARE(triage(a), sa);
    QCOMPARE(triage(b), sb);
}

void TestCommands::noChangeNoStep()
{
    const qint64 id = m_fx->firstWithStatus(Status::Triaged);
    const Report r = get(id);
    const QByteArray before = m_fx->snapshot();
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QVERIFY(m_cmds->setPriority({ id }, r.priority));
    QVERIFY(m_cmds->setCategory({ id }, r.categoryId));
    QCOMPARE(m_cmds->undoStack()->count(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_fx->snapshot(), before);
}

void TestCommands::mergeUndoRestoresFollowers()
{
    const qint64 orig = withCitizen(Status::Assigned);
    const qint64 dup = withCitizen(Status::New, get(orig).citizenId);
    QVERIFY(orig && dup);
    const qint64 citizen = get(dup).citizenId;
    const Triage dupStart = triage(dup);
    QVERIFY(!follows(orig, citizen));
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);

    QVERIFY(m_cmds->markDuplicate(dup, orig));
    QCOMPARE(m_cmds->undoStack()->count(), 1);
    QVERIFY(m_cmds->undoStack()->undoText().contains(get(orig).ref));
    QCOMPARE(idsOf(changed, 0), (QList<qint64> { dup, orig }));
    QCOMPARE(get(dup).status, Status::Duplicate);
    QCOMPARE(get(dup).duplicateOf, orig);
    QVERIFY(follows(orig, citizen));

    m_cmds->undoStack()->undo();
    QCOMPARE(idsOf(changed, 1), (QList<qint64> { dup, orig }));
    QCOMPARE(triage(dup), dupStart);
    QVERIFY(!follows(orig, citizen));
    QCOMPARE(m_store->history(orig).last().kind, QStringLiteral("unmerged"));

    m_cmds->undoStack()->redo();
    QCOMPARE(idsOf(changed, 2), (QList<qint64> { dup, orig }));
    QCOMPARE(get(dup).duplicateOf, orig);
    QVERIFY(follows(orig, citizen));
    m_cmds->undoStack()->undo();
    QVERIFY(!follows(orig, citizen));
    QCOMPARE(triage(dup), dupStart);
}

void TestCommands::mergeRefusedLeavesStack()
{
    const qint64 a = m_fx->firstWithStatus(Status::New);
    const QByteArray before = m_fx->snapshot();
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QVERIFY(!m_cmds->markDuplicate(a, a));
    QVERIFY(!m_cmds->markDuplicate(a, m_fx->firstWithStatus(Status::Duplicate)));
    QCOMPARE(failed.size(), 2);
    for (int i = 0; i < failed.size(); ++i)
        QVERIFY(!failed.at(i).at(0).toString().isEmpty());
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_cmds->undoStack()->count(), 0);
    QCOMPARE(m_fx->snapshot(), before);
}

void TestCommands::noteUndoWritesRetraction()
{
    const qint64 id = m_fx->firstWithStatus(Status::InProgress);
    const QString text = QStringLiteral("Ploeg ter plaatse <i>morgen</i>\tom 8u");
    QSignalSpy changed(m_cmds.get(), &ReportCommands::reportsChanged);
    QVERIFY(m_cmds->addNote(id, text));
    QCOMPARE(m_cmds->undoStack()->count(), 1);
    QCOMPARE(idsOf(changed, 0), QList<qint64> { id });
    const ReportEvent note = m_store->history(id).last();
    QCOMPARE(note.kind, QStringLiteral("note"));
    QCOMPARE(note.payload.value(QStringLiteral("text")).toString(), text);

    m_cmds->undoStack()->undo();
    QCOMPARE(changed.size(), 2);
    ReportEvent last = m_store->history(id).last();
    QCOMPARE(last.kind, QStringLiteral("note_retracted"));
    QCOMPARE(last.payload.value(QStringLiteral("event_id")).toInteger(), note.id);

    m_cmds->undoStack()->redo();
    QCOMPARE(changed.size(), 3);
    const ReportEvent again = m_store->history(id).last();
    QCOMPARE(again.kind, QStringLiteral("note"));
    QCOMPARE(again.payload.value(QStringLiteral("text")).toString(), text);
    QVERIFY(again.id != note.id);

    // Undoing the redone note retracts the new event, not the old one.
    m_cmds->undoStack()->undo();
    last = m_store->history(id).last();
    QCOMPARE(last.kind, QStringLiteral("note_retracted"));
    QCOMPARE(last.payload.value(QStringLiteral("event_id")).toInteger(), again.id);
}

void TestCommands::emptyNoteRefused()
{
    const qint64 id = m_fx->firstWithStatus(Status::InProgress);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    QVERIFY(!m_cmds->addNote(id, QStringLiteral("  \n ")));
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_cmds->undoStack()->count(), 0);
}

void TestCommands::undoEverything()
{
    const qint64 a = newIn("AFV");
    const qint64 b = newIn("WEG");
    const qint64 c = withCitizen(Status::Triaged);
    const qint64 d = withCitizen(Status::Assigned, get(c).citizenId);
    const QList<qint64> ids = { a, b, c, d };
    QHash<qint64, Triage> start;
    for (qint64 id : ids)
        start.insert(id, triage(id));
    QHash<qint64, QList<Citizen>> followersAtStart;
    for (qint64 id : ids)
        followersAtStart.insert(id, m_store->followers(id));

    QVERIFY(m_cmds->acceptSuggestedDepartment({ a, b }));
    QVERIFY(m_cmds->setStatus({ a, b }, Status::InProgress));
    QVERIFY(m_cmds->setCategory({ a }, cat("AFV-SLK") == start[a].category ? cat("AFV-BLK") : cat("AFV-SLK")));
    QVERIFY(m_cmds->setStatus({ b }, Status::Resolved));
    QVERIFY(m_cmds->markDuplicate(c, d));
    QVERIFY(m_cmds->addNote(d, QStringLiteral("samengevoegd")));
    QVERIFY(m_cmds->route({ d }, dep("HHV")));
    QCOMPARE(m_cmds->undoStack()->count(), 7);

    while (m_cmds->undoStack()->canUndo())
        m_cmds->undoStack()->undo();
    for (qint64 id : ids) {
        QCOMPARE(triage(id), start[id]);
        QCOMPARE(m_store->followers(id).size(), followersAtStart[id].size());
    }
    while (m_cmds->undoStack()->canRedo())
        m_cmds->undoStack()->redo();
    QCOMPARE(get(b).status, Status::Resolved);
    QCOMPARE(get(b).resolvedAt, fixtureNow());
    QCOMPARE(get(c).duplicateOf, d);
    QCOMPARE(get(d).departmentId, dep("HHV"));
    QCOMPARE(get(a).status, Status::InProgress);
}

void TestCommands::createReportSignals()
{
    QSignalSpy created(m_cmds.get(), &ReportCommands::reportCreated);
    QSignalSpy failed(m_cmds.get(), &ReportCommands::failed);
    NewReport n;
    n.categoryId = cat("OVL-LMP");
    n.description = QStringLiteral("Lamp uit");
    n.address = QStringLiteral("Kapelstraat 7");
    const qint64 id = m_cmds->createReport(n);
    QVERIFY(id > 0);
    QCOMPARE(created.size(), 1);
    QCOMPARE(created.at(0).at(0).toLongLong(), id);
    QCOMPARE(m_cmds->undoStack()->count(), 0); // creation is not undoable
    n.categoryId = cat("OVL"); // a main category
    QCOMPARE(m_cmds->createReport(n), qint64(0));
    QCOMPARE(created.size(), 1);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.at(0).at(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
