// SPDX-License-Identifier: GPL-3.0-or-later
// Triage changes, merges, notes, intake and lookups of the report store, checked in the database itself.
#include "fixture.h"
#include "store/reportstore.h"

#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace meldpunt;
using namespace meldpunt::test;

Q_DECLARE_METATYPE(meldpunt::Status)
Q_DECLARE_METATYPE(meldpunt::ReplyChannel)

namespace {

constexpr double kMetresPerDegreeLat = 111320.0;

double lonMetres(double lat)
{
    return kMetresPerDegreeLat * std::cos(lat * M_PI / 180.0);
}

} // namespace

class TestReportStore final : public QObject {
    Q_OBJECT

private:
    Fixture m_template;
    std::unique_ptr<Fixture> m_fx;
    std::unique_ptr<ReportStore> m_store;

    int cat(const char* code) const { return m_fx->ids.categories.value(QString::fromLatin1(code)); }
    int dep(const char* code) const { return m_fx->ids.departments.value(QString::fromLatin1(code)); }
    Report get(qint64 id) const
    {
        const std::optional<Report> r = m_store->report(id);
        return r ? *r : Report();
    }
    QList<ReportEvent> eventsSince(qint64 reportId, int known) const { return m_store->history(reportId).mid(known); }
    /// A report with this status and a citizen, optionally avoiding one citizen.
    qint64 withCitizen(Status s, qint64 avoidCitizen = -1, qint64 avoidId = 0) const;
    qint64 create(int categoryId, double lat, double lon, qint64 at);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void routing_data();
    void routing();
    void bulkRouting();
    void routeUnknownDepartmentRefused();
    void categoryChangeRecomputesDue();
    void mainCategoryRefused();
    void statusSideEffects_data();
    void statusSideEffects();
    void forbiddenTransitionWritesNothing();
    void duplicateStatusNeedsMerge();
    void unchangedWritesNothing();
    void everyFieldWritesItsEvent();
    void eventsInTheSameTransaction();
    void restoreUndoes();
    void markDuplicate();
    void markDuplicateRefusals();
    void mergeIntoOriginalWithDuplicatesLeavesNoChain();
    void unmarkDuplicate();
    void unmarkKeepsEarlierFollower();
    void reopeningDuplicateDropsFollower();
    void notes();
    void createReport();
    void createReportWithOneText_data();
    void createReportWithOneText();
    void createReportRefNumbering();
    void createReportNewYearInCityTime();
    void createReportRefused_data();
    void createReportRefused();
    void textStoredAsGiven_data();
    void textStoredAsGiven();
    void searchAddresses_data();
    void searchAddresses();
    void searchCitizens_data();
    void searchCitizens();
    void createCitizenValidation_data();
    void createCitizenValidation();
    void savedFilters();
    void duplicateCandidates();
    void statusCountsMatchBruteForce();
    void detailQueries();
    void lockedDuringWrite();
};

void TestReportStore::initTestCase()
{
    const QString err = m_template.build();
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestReportStore::init()
{
    m_fx = std::make_unique<Fixture>();
    const QString err = m_fx->copyFrom(m_template);
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_store = std::make_unique<ReportStore>(&m_fx->db);
    m_store->setNowForTesting(fixtureNow());
    m_store->setActor(QStringLiteral("tester"));
}

void TestReportStore::cleanup()
{
    m_store.reset();
    m_fx.reset();
}

qint64 TestReportStore::withCitizen(Status s, qint64 avoidCitizen, qint64 avoidId) const
{
    for (qint64 id : m_fx->ids.reportsByStatus.value(StatusRules::key(s))) {
        const Report r = get(id);
        if (r.citizenId && r.citizenId != avoidCitizen && id != avoidId)
            return id;
    }
    return 0;
}

qint64 TestReportStore::create(int categoryId, double lat, double lon, qint64 at)
{
    m_store->setNowForTesting(at);
    NewReport n;
    n.categoryId = categoryId;
    n.description = QStringLiteral("test");
    n.address = QStringLiteral("Veldweg");
    if (!std::isnan(lat)) {
        n.lat = lat;
        n.lon = lon;
    }
    QString error;
    const qint64 id = m_store->createReport(n, &error);
    m_store->setNowForTesting(fixtureNow());
    if (!id)
        qWarning("createReport: %s", qPrintable(error));
    return id;
}

void TestReportStore::routing_data()
{
    QTest::addColumn<Status>("from");
    QTest::addColumn<bool>("assignWhenRouted");
    QTest::addColumn<Status>("expected");
    QTest::newRow("new, routed") << Status::New << true << Status::Assigned;
    QTest::newRow("triaged, routed") << Status::Triaged << true << Status::Assigned;
    QTest::newRow("new, department only") << Status::New << false << Status::New;
    QTest::newRow("in progress keeps status") << Status::InProgress << true << Status::InProgress;
    QTest::newRow("on hold keeps status") << Status::OnHold << true << Status::OnHold;
    QTest::newRow("assigned keeps status") << Status::Assigned << true << Status::Assigned;
}

void TestReportStore::routing()
{
    QFETCH(Status, from);
    QFETCH(bool, assignWhenRouted);
    QFETCH(Status, expected);
    const qint64 id = m_fx->firstWithStatus(from);
    QVERIFY(id);
    const Report before = get(id);
    const int target = before.departmentId == dep("HHV") ? dep("GRN") : dep("HHV");
    const int known = m_store->history(id).size();

    TriageChange c;
    c.departmentId = target;
    c.assignWhenRouted = assignWhenRouted;
    const ChangeResult r = m_store->apply({ id }, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.before.size(), 1);
    QCOMPARE(r.before.first().departmentId, before.departmentId);
    QCOMPARE(r.before.first().status, before.status);

    const Report after = get(id);
    QCOMPARE(after.departmentId, target);
    QCOMPARE(after.status, expected);
    QCOMPARE(after.version, before.version + 1);
    QCOMPARE(after.updatedAt, fixtureNow());
    QCOMPARE(after.updatedBy, QStringLiteral("tester"));

    const QList<ReportEvent> events = eventsSince(id, known);
    QCOMPARE(events.size(), expected != from ? 2 : 1);
    QCOMPARE(events[0].kind, QStringLiteral("routed"));
    QCOMPARE(events[0].payload.value(QStringLiteral("from")).toInt(), before.departmentId);
    QCOMPARE(events[0].payload.value(QStringLiteral("to")).toInt(), target);
    QCOMPARE(events[0].actor, QStringLiteral("tester"));
    QCOMPARE(events[0].at, fixtureNow());
    if (expected != from) {
        QCOMPARE(events[1].kind, QStringLiteral("status"));
        QCOMPARE(events[1].payload.value(QStringLiteral("from")).toString(), StatusRules::key(from));
        QCOMPARE(events[1].payload.value(QStringLiteral("to")).toString(), StatusRules::key(expected));
    }
}

void TestReportStore::bulkRouting()
{
    const QList<qint64> ids = { m_fx->firstWithStatus(Status::New),
        m_fx->firstWithStatus(Status::Triaged),
        m_fx->firstWithStatus(Status::InProgress) };
    TriageChange c;
    c.departmentId = dep("WEG");
    c.assignWhenRouted = true;
    const ChangeResult r = m_store->apply(ids, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(get(ids[0]).status, Status::Assigned);
    QCOMPARE(get(ids[1]).status, Status::Assigned);
    QCOMPARE(get(ids[2]).status, Status::InProgress);
    for (qint64 id : ids)
        QCOMPARE(get(id).departmentId, dep("WEG"));
}

void TestReportStore::routeUnknownDepartmentRefused()
{
    const QList<qint64> ids = { m_fx->firstWithStatus(Status::New), m_fx->firstWithStatus(Status::New, 1) };
    const QByteArray before = m_fx->snapshot();
    TriageChange c;
    c.departmentId = 9999;
    c.assignWhenRouted = true;
    const ChangeResult r = m_store->apply(ids, c);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.before.isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::categoryChangeRecomputesDue()
{
    const qint64 id = m_fx->firstWithStatus(Status::Triaged);
    const Report before = get(id);
    const int target = before.categoryId == cat("WEG-VRZ") ? cat("AFV-SLK") : cat("WEG-VRZ");
    const int sla = target == cat("WEG-VRZ") ? 15 : 2;
    const int known = m_store->history(id).size();
    TriageChange c;
    c.categoryId = target;
    const ChangeResult r = m_store->apply({ id }, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    const Report after = get(id);
    QCOMPARE(after.categoryId, target);
    const QDateTime expectedDue = WorkCalendar::dueAt(QDateTime::fromSecsSinceEpoch(before.receivedAt, Qt::UTC), sla);
    QCOMPARE(after.dueAt, expectedDue.toSecsSinceEpoch());
    QCOMPARE(after.status, before.status);
    QCOMPARE(r.before.first().dueAt, before.dueAt);
    const QList<ReportEvent> events = eventsSince(id, known);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].kind, QStringLiteral("category"));
    QCOMPARE(events[0].payload.value(QStringLiteral("from")).toInt(), before.categoryId);
    QCOMPARE(events[0].payload.value(QStringLiteral("to")).toInt(), target);
}

void TestReportStore::mainCategoryRefused()
{
    const QByteArray before = m_fx->snapshot();
    for (int target : { cat("AFV"), 4711 }) {
        TriageChange c;
        c.categoryId = target;
        const ChangeResult r = m_store->apply({ m_fx->firstWithStatus(Status::New) }, c);
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
    }
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::statusSideEffects_data()
{
    QTest::addColumn<Status>("from");
    QTest::addColumn<Status>("to");
    QTest::addColumn<QString>("resolved"); // "now", "kept", "null"
    QTest::addColumn<QString>("closed");
    QTest::newRow("assigned → resolved") << Status::Assigned << Status::Resolved << "now"
                                         << "null";
    QTest::newRow("in progress → resolved") << Status::InProgress << Status::Resolved << "now"
                                            << "null";
    QTest::newRow("resolved → closed") << Status::Resolved << Status::Closed << "kept"
                                       << "now";
    QTest::newRow("resolved → in progress (reopened)") << Status::Resolved << Status::InProgress << "null"
                                                       << "null";
    QTest::newRow("triaged → rejected") << Status::Triaged << Status::Rejected << "null"
                                        << "null";
    QTest::newRow("rejected → triaged") << Status::Rejected << Status::Triaged << "null"
                                        << "null";
    QTest::newRow("new → triaged") << Status::New << Status::Triaged << "null"
                                   << "null";
    QTest::newRow("assigned → on hold") << Status::Assigned << Status::OnHold << "null"
                                        << "null";
}

void TestReportStore::statusSideEffects()
{
    QFETCH(Status, from);
    QFETCH(Status, to);
    QFETCH(QString, resolved);
    QFETCH(QString, closed);
    const qint64 id = m_fx->firstWithStatus(from);
    QVERIFY(id);
    const Report before = get(id);
    TriageChange c;
    c.status = to;
    const ChangeResult r = m_store->apply({ id }, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    const Report after = get(id);
    QCOMPARE(after.status, to);
    const auto expect = [&](const QString& how, qint64 was) -> qint64 {
        if (how == QLatin1String("now"))
            return fixtureNow();
        return how == QLatin1String("kept") ? was : 0;
    };
    QCOMPARE(after.resolvedAt, expect(resolved, before.resolvedAt));
    QCOMPARE(after.closedAt, expect(closed, before.closedAt));
    if (resolved == QLatin1String("kept"))
        QVERIFY(after.resolvedAt != 0);
    // Stored as NULL, not 0, when cleared.
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT resolved_at IS NULL FROM report WHERE id = ?"), { id }).toBool(),
        after.resolvedAt == 0);
    const ReportEvent last = m_store->history(id).last();
    QCOMPARE(last.kind, QStringLiteral("status"));
    QCOMPARE(last.payload.value(QStringLiteral("from")).toString(), StatusRules::key(from));
    QCOMPARE(last.payload.value(QStringLiteral("to")).toString(), StatusRules::key(to));
}

void TestReportStore::forbiddenTransitionWritesNothing()
{
    const qint64 fresh = m_fx->firstWithStatus(Status::New);
    const qint64 closed = m_fx->firstWithStatus(Status::Closed);
    const qint64 fresh2 = m_fx->firstWithStatus(Status::New, 1);
    const QByteArray before = m_fx->snapshot();
    TriageChange c;
    c.status = Status::Triaged;
    c.priority = Priority::Urgent;
    // The refused report sits between two allowed ones: all or nothing.
    const ChangeResult r = m_store->apply({ fresh, closed, fresh2 }, c);
    QVERIFY(!r.ok);
    QVERIFY(r.before.isEmpty());
    QVERIFY2(r.error.contains(get(closed).ref), qPrintable(r.error));
    QVERIFY2(r.error.contains(StatusRules::label(Status::Closed)), qPrintable(r.error));
    QCOMPARE(m_fx->snapshot(), before);
    QCOMPARE(get(fresh).status, Status::New);

    TriageChange single;
    single.status = Status::Closed;
    const ChangeResult r2 = m_store->apply({ fresh }, single);
    QVERIFY(!r2.ok);
    QVERIFY(r2.error.contains(StatusRules::refusal(Status::New, Status::Closed)));
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::duplicateStatusNeedsMerge()
{
    const QByteArray before = m_fx->snapshot();
    TriageChange c;
    c.status = Status::Duplicate;
    const ChangeResult r = m_store->apply({ m_fx->firstWithStatus(Status::New) }, c);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::unchangedWritesNothing()
{
    const qint64 id = m_fx->firstWithStatus(Status::Assigned);
    const Report r = get(id);
    const QByteArray before = m_fx->snapshot();
    TriageChange c;
    c.departmentId = r.departmentId;
    c.status = r.status;
    c.priority = r.priority;
    c.categoryId = r.categoryId;
    const ChangeResult res = m_store->apply({ id }, c);
    QVERIFY(res.ok);
    QVERIFY(res.before.isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::everyFieldWritesItsEvent()
{
    const qint64 id = m_fx->firstWithStatus(Status::New);
    const Report before = get(id);
    const int known = m_store->history(id).size();
    TriageChange c;
    c.categoryId = before.categoryId == cat("GRN-SNO") ? cat("GRN-ONK") : cat("GRN-SNO");
    c.departmentId = dep("GRN");
    c.status = Status::Triaged;
    c.priority = before.priority == Priority::Urgent ? Priority::Low : Priority::Urgent;
    c.assignee = QStringLiteral("  els.claes  ");
    const ChangeResult r = m_store->apply({ id }, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    QStringList kinds;
    for (const ReportEvent& e : eventsSince(id, known)) {
        kinds << e.kind;
        QCOMPARE(e.at, fixtureNow());
    }
    QCOMPARE(kinds,
        (QStringList { QStringLiteral("category"),
            QStringLiteral("routed"),
            QStringLiteral("status"),
            QStringLiteral("priority"),
            QStringLiteral("assignee") }));
    const Report after = get(id);
    QCOMPARE(after.assignee, QStringLiteral("els.claes"));
    QCOMPARE(
        after.status, Status::Triaged); // an explicit status wins over nothing; routing alone did not ask to assign
    QCOMPARE(after.version, before.version + 1);
}

void TestReportStore::eventsInTheSameTransaction()
{
    // The history insert fails for one kind of event: the report row must not change either.
    {
        QSqlQuery q(m_fx->db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_priority BEFORE INSERT ON main.report_event "
                                      "WHEN new.kind = 'priority' BEGIN SELECT RAISE(ABORT, 'history is full'); END")));
    }
    const QList<qint64> ids = { m_fx->firstWithStatus(Status::New), m_fx->firstWithStatus(Status::New, 1) };
    const QByteArray before = m_fx->snapshot();
    TriageChange c;
    c.status = Status::Triaged;
    c.priority = Priority::Urgent;
    c.departmentId = dep("NET");
    const ChangeResult r = m_store->apply(ids, c);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("history is full")), qPrintable(r.error));
    QCOMPARE(m_fx->snapshot(), before);
    {
        QSqlQuery q(m_fx->db.connection());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_priority")));
    }
    const ChangeResult ok = m_store->apply(ids, c);
    QVERIFY2(ok.ok, qPrintable(ok.error));
    for (qint64 id : ids) {
        QCOMPARE(get(id).priority, Priority::Urgent);
        QCOMPARE(m_fx->scalar(QStringLiteral("SELECT count(*) FROM report_event WHERE report_id = ? AND at = ?"),
                         { id, fixtureNow() })
                     .toInt(),
            3);
    }
}

void TestReportStore::restoreUndoes()
{
    const qint64 a = m_fx->firstWithStatus(Status::Resolved);
    const qint64 b = m_fx->firstWithStatus(Status::New);
    const Report beforeA = get(a);
    const Report beforeB = get(b);
    TriageChange close;
    close.status = Status::Closed;
    QVERIFY(m_store->apply({ a }, close).ok);
    TriageChange change;
    change.categoryId = beforeB.categoryId == cat("OVL-LMP") ? cat("AFV-BLK") : cat("OVL-LMP");
    change.departmentId = dep("OVL");
    change.assignWhenRouted = true;
    change.assignee = QStringLiteral("bart.maes");
    const ChangeResult r = m_store->apply({ b }, change);
    QVERIFY(r.ok);
    QCOMPARE(get(b).status, Status::Assigned);

    m_store->setNowForTesting(fixtureNow() + 60);
    const ChangeResult undoB = m_store->restore(r.before);
    QVERIFY2(undoB.ok, qPrintable(undoB.error));
    QCOMPARE(undoB.before.size(), 1);
    QCOMPARE(undoB.before.first().status, Status::Assigned);
    const Report afterB = get(b);
    QCOMPARE(afterB.categoryId, beforeB.categoryId);
    QCOMPARE(afterB.departmentId, beforeB.departmentId);
    QCOMPARE(afterB.status, beforeB.status);
    QCOMPARE(afterB.assignee, beforeB.assignee);
    QCOMPARE(afterB.dueAt, beforeB.dueAt);
    QCOMPARE(afterB.priority, beforeB.priority);
    const ReportEvent last = m_store->history(b).last();
    QCOMPARE(last.kind, QStringLiteral("reverted"));
    QCOMPARE(last.at, fixtureNow() + 60);
    QCOMPARE(last.payload.value(QStringLiteral("status")).toObject().value(QStringLiteral("to")).toString(),
        QStringLiteral("new"));

    // Undoing the close brings back the earlier resolved moment and clears closed_at.
    const std::optional<Report> closed = m_store->report(a);
    QCOMPARE(closed->closedAt, fixtureNow());
    ReportState s;
    s.id = a;
    s.categoryId = beforeA.categoryId;
    s.departmentId = beforeA.departmentId;
    s.priority = beforeA.priority;
    s.status = beforeA.status;
    s.assignee = beforeA.assignee;
    s.dueAt = beforeA.dueAt;
    s.resolvedAt = beforeA.resolvedAt;
    s.closedAt = beforeA.closedAt;
    QVERIFY(m_store->restore({ s }).ok);
    QCOMPARE(get(a).status, Status::Resolved);
    QCOMPARE(get(a).resolvedAt, beforeA.resolvedAt);
    QCOMPARE(get(a).closedAt, qint64(0));

    // Restoring a report that no longer exists is refused and writes nothing.
    const QByteArray snap = m_fx->snapshot();
    ReportState ghost = s;
    ghost.id = 999999;
    const ChangeResult g = m_store->restore({ s, ghost });
    QVERIFY(!g.ok);
    QVERIFY(!g.error.isEmpty());
    QCOMPARE(m_fx->snapshot(), snap);
}

void TestReportStore::markDuplicate()
{
    const qint64 orig = withCitizen(Status::Assigned);
    const qint64 origCitizen = get(orig).citizenId;
    const qint64 dup = withCitizen(Status::New, origCitizen);
    QVERIFY(orig && dup);
    const Report dupBefore = get(dup);
    const int knownDup = m_store->history(dup).size();
    const int knownOrig = m_store->history(orig).size();

    const ChangeResult r = m_store->markDuplicate(dup, orig);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.before.size(), 1);
    QCOMPARE(r.before.first().status, Status::New);
    const Report after = get(dup);
    QCOMPARE(after.status, Status::Duplicate);
    QCOMPARE(after.duplicateOf, orig);
    QCOMPARE(get(orig).status, Status::Assigned);

    bool follows = false;
    for (const Citizen& c : m_store->followers(orig))
        follows = follows || c.id == dupBefore.citizenId;
    QVERIFY(follows);
    QCOMPARE(
        m_fx->scalar(QStringLiteral("SELECT via_report_id FROM report_follower WHERE report_id = ? AND citizen_id = ?"),
                { orig, dupBefore.citizenId })
            .toLongLong(),
        dup);

    const QList<ReportEvent> ed = eventsSince(dup, knownDup);
    QCOMPARE(ed.size(), 1);
    QCOMPARE(ed[0].kind, QStringLiteral("merged"));
    QCOMPARE(ed[0].payload.value(QStringLiteral("into_id")).toInteger(), orig);
    const QList<ReportEvent> eo = eventsSince(orig, knownOrig);
    QCOMPARE(eo.size(), 1);
    QCOMPARE(eo[0].kind, QStringLiteral("merged_in"));
    QCOMPARE(eo[0].payload.value(QStringLiteral("from_id")).toInteger(), dup);

    // A duplicate of the same citizen adds no follower: the citizen hears about the original already.
    const qint64 same = [&] {
        for (qint64 id : m_fx->ids.reportsByStatus.value(QStringLiteral("triaged")))
            if (get(id).citizenId == origCitizen)
                return id;
        return qint64(0);
    }();
    if (same) {
        const int followersBefore = m_store->followers(orig).size();
        QVERIFY(m_store->markDuplicate(same, orig).ok);
        QCOMPARE(m_store->followers(orig).size(), followersBefore);
    }
}

void TestReportStore::markDuplicateRefusals()
{
    const qint64 a = m_fx->firstWithStatus(Status::New);
    const qint64 b = m_fx->firstWithStatus(Status::Assigned);
    const qint64 existingDup = m_fx->firstWithStatus(Status::Duplicate);
    const qint64 root = get(existingDup).duplicateOf;
    const qint64 closed = m_fx->firstWithStatus(Status::Closed);
    QVERIFY(a && b && existingDup && root && closed);
    const QByteArray before = m_fx->snapshot();

    ChangeResult r = m_store->markDuplicate(a, a);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());

    r = m_store->markDuplicate(a, existingDup);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(get(existingDup).ref) && r.error.contains(get(root).ref), qPrintable(r.error));

    r = m_store->markDuplicate(closed, b);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(StatusRules::label(Status::Closed)), qPrintable(r.error));

    r = m_store->markDuplicate(a, 999999);
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    r = m_store->markDuplicate(999999, a);
    QVERIFY(!r.ok);

    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::mergeIntoOriginalWithDuplicatesLeavesNoChain()
{
    // X duplicates D; then D itself turns out to duplicate O. Either the merge is refused, or X
    // follows D to O: no duplicate may point at another duplicate.
    const qint64 d = withCitizen(Status::New);
    const qint64 x = withCitizen(Status::Triaged, get(d).citizenId);
    const qint64 o = withCitizen(Status::Assigned, get(x).citizenId);
    QVERIFY(d && x && o);
    QVERIFY(m_store->markDuplicate(x, d).ok);
    const ChangeResult r = m_store->markDuplicate(d, o);
    if (!r.ok) {
        QVERIFY(!r.error.isEmpty());
        return;
    }
    const qint64 chains
        = m_fx->scalar(QStringLiteral("SELECT count(*) FROM report a JOIN report b ON b.id = a.duplicate_of "
                                      "WHERE b.duplicate_of IS NOT NULL"))
              .toLongLong();
    QVERIFY2(chains == 0,
        qPrintable(QStringLiteral("%1 duplicate(s) now point at a duplicate (%2 → %3 → %4)")
                       .arg(chains)
                       .arg(get(x).ref, get(d).ref, get(o).ref)));
    QCOMPARE(get(x).duplicateOf, o);
}

void TestReportStore::unmarkDuplicate()
{
    const qint64 orig = withCitizen(Status::InProgress);
    const qint64 dup = withCitizen(Status::Triaged, get(orig).citizenId);
    const qint64 dupCitizen = get(dup).citizenId;
    const Report dupBefore = get(dup);
    const ChangeResult r = m_store->markDuplicate(dup, orig);
    QVERIFY(r.ok);
    const ChangeResult u = m_store->unmarkDuplicate(r.before.first(), orig);
    QVERIFY2(u.ok, qPrintable(u.error));
    const Report after = get(dup);
    QCOMPARE(after.status, dupBefore.status);
    QCOMPARE(after.duplicateOf, qint64(0));
    QCOMPARE(after.departmentId, dupBefore.departmentId);
    for (const Citizen& c : m_store->followers(orig))
        QVERIFY(c.id != dupCitizen);
    QCOMPARE(m_store->history(dup).last().kind, QStringLiteral("reverted"));
    QCOMPARE(m_store->history(orig).last().kind, QStringLiteral("unmerged"));
}

void TestReportStore::unmarkKeepsEarlierFollower()
{
    // The citizen already followed the original through another duplicate; undoing the second merge keeps that.
    const qint64 orig = withCitizen(Status::Assigned);
    const qint64 first = withCitizen(Status::New, get(orig).citizenId);
    const qint64 citizen = get(first).citizenId;
    qint64 second = 0;
    for (qint64 id : m_fx->ids.reports)
        if (id != first && id != orig && get(id).citizenId == citizen
            && StatusRules::canTransition(get(id).status, Status::Duplicate))
            second = id;
    if (!second)
        QSKIP("the fixture has no second report of this citizen");
    QVERIFY(m_store->markDuplicate(first, orig).ok);
    const ChangeResult r = m_store->markDuplicate(second, orig);
    QVERIFY(r.ok);
    QVERIFY(m_store->unmarkDuplicate(r.before.first(), orig).ok);
    bool follows = false;
    for (const Citizen& c : m_store->followers(orig))
        follows = follows || c.id == citizen;
    QVERIFY(follows);
}

void TestReportStore::reopeningDuplicateDropsFollower()
{
    // duplicate → triaged ("merged by mistake") through a plain status change: the citizen of the
    // former duplicate must not keep receiving the original's replies.
    const qint64 orig = withCitizen(Status::Assigned);
    const qint64 dup = withCitizen(Status::New, get(orig).citizenId);
    const qint64 citizen = get(dup).citizenId;
    QVERIFY(m_store->markDuplicate(dup, orig).ok);
    TriageChange c;
    c.status = Status::Triaged;
    const ChangeResult r = m_store->apply({ dup }, c);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(get(dup).duplicateOf, qint64(0));
    const qint64 via
        = m_fx->scalar(QStringLiteral("SELECT count(*) FROM report_follower WHERE report_id = ? AND via_report_id = ?"),
                  { orig, dup })
              .toLongLong();
    QVERIFY2(via == 0,
        qPrintable(QStringLiteral("citizen %1 still follows %2 through %3, which is no longer a duplicate")
                       .arg(citizen)
                       .arg(get(orig).ref, get(dup).ref)));
}

void TestReportStore::notes()
{
    const qint64 id = m_fx->firstWithStatus(Status::Assigned);
    const QString text = QStringLiteral("<b>Let op</b>: hond\x01 in tuin\r\n\tbel eerst & \"wacht\" \U0001F415");
    QString error;
    const qint64 event = m_store->addNote(id, text, &error);
    QVERIFY2(event > 0, qPrintable(error));
    ReportEvent note = m_store->history(id).last();
    QCOMPARE(note.id, event);
    QCOMPARE(note.kind, QStringLiteral("note"));
    QCOMPARE(note.payload.value(QStringLiteral("text")).toString(), text);
    QCOMPARE(note.actor, QStringLiteral("tester"));

    QVERIFY(m_store->retractNote(id, event, &error));
    const ReportEvent retracted = m_store->history(id).last();
    QCOMPARE(retracted.kind, QStringLiteral("note_retracted"));
    QCOMPARE(retracted.payload.value(QStringLiteral("event_id")).toInteger(), event);
    // The note itself stays in the history: retracting is a new fact, not an erasure.
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT kind FROM report_event WHERE id = ?"), { event }).toString(),
        QStringLiteral("note"));

    const QByteArray before = m_fx->snapshot();
    for (const QString& empty : { QString(), QStringLiteral("   \n\t ") }) {
        error.clear();
        QCOMPARE(m_store->addNote(id, empty, &error), qint64(0));
        QVERIFY(!error.isEmpty());
    }
    error.clear();
    QCOMPARE(m_store->addNote(999999, QStringLiteral("for nobody"), &error), qint64(0));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::createReport()
{
    const FixtureAddress& a = m_fx->ids.addresses.at(15); // second street, in the middle district
    NewReport n;
    n.channel = Channel::Counter;
    n.categoryId = cat("OVL-LMP");
    n.description = QStringLiteral("Lamp flikkert");
    n.address = a.street + QLatin1Char(' ') + a.number;
    n.street = a.street;
    n.houseNumber = a.number;
    n.lat = a.lat;
    n.lon = a.lon;
    n.citizenId = m_fx->ids.citizens.at(2);
    n.replyChannel = ReplyChannel::Letter;
    n.priority = Priority::High;
    QString error;
    const qint64 id = m_store->createReport(n, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const Report r = get(id);
    QCOMPARE(r.status, Status::New);
    QCOMPARE(r.departmentId, 0);
    QCOMPARE(r.channel, Channel::Counter);
    QCOMPARE(r.categoryId, cat("OVL-LMP"));
    QCOMPARE(r.receivedAt, fixtureNow());
    QCOMPARE(r.dueAt, WorkCalendar::dueAt(QDateTime::fromSecsSinceEpoch(fixtureNow(), Qt::UTC), 5).toSecsSinceEpoch());
    // Friday 15 May 2026 + 5 working days: 18, 19, 20, 21, 22 May.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(r.dueAt, WorkCalendar::cityTimeZone()).date(), QDate(2026, 5, 22));
    QCOMPARE(r.districtId, a.districtId);
    QCOMPARE(r.districtId, m_fx->ids.districts.at(1));
    QCOMPARE(r.citizenId, m_fx->ids.citizens.at(2));
    QCOMPARE(r.replyChannel, ReplyChannel::Letter);
    QCOMPARE(r.priority, Priority::High);
    QVERIFY(r.hasLocation);
    QCOMPARE(r.street, a.street);
    QVERIFY(!r.uuid.isEmpty());
    QCOMPARE(m_store->history(id).size(), 1);
    QCOMPARE(m_store->history(id).first().kind, QStringLiteral("created"));
    // Findable at once, by ref and by the citizen's name.
    QueueFilter f;
    f.search = r.ref;
    QCOMPARE(m_store->count(f), 1);
    f.search = QStringLiteral("lefevre lamp");
    QCOMPARE(m_store->count(f), 1);
    QCOMPARE(m_store->reportByRef(QStringLiteral("  ") + r.ref.toLower() + QStringLiteral(" "))->id, id);

    // Anonymous: no reply channel whatever was asked. Explicit district wins; a point outside every district has none.
    NewReport anon;
    anon.categoryId = cat("AFV-ZWF");
    anon.description = QStringLiteral("Blikjes");
    anon.address = QStringLiteral("Veldweg");
    anon.replyChannel = ReplyChannel::Email;
    anon.lat = 51.02;
    anon.lon = 4.05;
    const qint64 anonId = m_store->createReport(anon, &error);
    QVERIFY2(anonId, qPrintable(error));
    QCOMPARE(get(anonId).replyChannel, ReplyChannel::None);
    QCOMPARE(get(anonId).citizenId, qint64(0));
    QCOMPARE(get(anonId).districtId, 0);
    anon.districtId = m_fx->ids.districts.at(2);
    QCOMPARE(get(m_store->createReport(anon, &error)).districtId, m_fx->ids.districts.at(2));
    // Without coordinates: no location, no district.
    NewReport bare;
    bare.categoryId = cat("AFV-ZWF");
    bare.description = QStringLiteral("Blikjes");
    bare.address = QStringLiteral("ergens");
    const qint64 bareId = m_store->createReport(bare, &error);
    QVERIFY2(bareId, qPrintable(error));
    QVERIFY(!get(bareId).hasLocation);
    // Coordinates at the edge of the valid range are accepted.
    NewReport edge = bare;
    edge.lat = 90.0;
    edge.lon = -180.0;
    QVERIFY2(m_store->createReport(edge, &error), qPrintable(error));
}

void TestReportStore::createReportWithOneText_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("address");
    // What the intake form hands over when a field was never touched: a null QString.
    QTest::newRow("description only (phone call, no address)") << QStringLiteral("Lawaai van de bouwwerf") << QString();
    QTest::newRow("address only") << QString() << QStringLiteral("Kerkstraat 3");
    QTest::newRow("description, empty but not null address") << QStringLiteral("Lawaai") << QStringLiteral("");
}

void TestReportStore::createReportWithOneText()
{
    QFETCH(QString, description);
    QFETCH(QString, address);
    NewReport n;
    n.channel = Channel::Phone;
    n.categoryId = cat("OVR-GEL");
    n.description = description;
    n.address = address;
    QString error;
    const qint64 id = m_store->createReport(n, &error);
    QVERIFY2(id > 0, qPrintable(error));
    QCOMPARE(get(id).description, description.isNull() ? QStringLiteral("") : description);
    QCOMPARE(get(id).address, address.isNull() ? QStringLiteral("") : address);
}

void TestReportStore::createReportRefNumbering()
{
    const int in2026 = m_fx->scalar(QStringLiteral("SELECT count(*) FROM report WHERE ref LIKE 'M-2026-%'")).toInt();
    QVERIFY(in2026 > 10);
    const QString last
        = m_fx->scalar(QStringLiteral("SELECT max(ref) FROM report WHERE ref LIKE 'M-2026-%'")).toString();
    QCOMPARE(last, QStringLiteral("M-2026-%1").arg(in2026, 6, 10, QLatin1Char('0')));
    NewReport n;
    n.categoryId = cat("WEG-PUT");
    n.description = QStringLiteral("Put");
    n.address = QStringLiteral("Kerkstraat 3");
    QString error;
    const qint64 first = m_store->createReport(n, &error);
    const qint64 second = m_store->createReport(n, &error);
    QVERIFY2(first && second, qPrintable(error));
    QCOMPARE(get(first).ref, QStringLiteral("M-2026-%1").arg(in2026 + 1, 6, 10, QLatin1Char('0')));
    QCOMPARE(get(second).ref, QStringLiteral("M-2026-%1").arg(in2026 + 2, 6, 10, QLatin1Char('0')));
    QVERIFY(QRegularExpression(QStringLiteral("^M-\\d{4}-\\d{6}$")).match(get(first).ref).hasMatch());
}

void TestReportStore::createReportNewYearInCityTime()
{
    // 23:30 UTC on 31 December is already New Year in Brussels: a 2027 number, the first one.
    m_store->setNowForTesting(QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toSecsSinceEpoch());
    NewReport n;
    n.categoryId = cat("AFV-ZWF");
    n.description = QStringLiteral("Vuurwerkresten");
    n.address = QStringLiteral("Marktplein");
    QString error;
    const qint64 id = m_store->createReport(n, &error);
    QVERIFY2(id, qPrintable(error));
    QCOMPARE(get(id).ref, QStringLiteral("M-2027-000001"));
    // 1 January is a holiday, then a weekend: 3 working days from Friday 1 January 2027 end on Wednesday 6 January.
    QCOMPARE(QDateTime::fromSecsSinceEpoch(get(id).dueAt, WorkCalendar::cityTimeZone()).date(), QDate(2027, 1, 6));
}

void TestReportStore::createReportRefused_data()
{
    QTest::addColumn<int>("category"); // 0: valid sub, -1: main, -2: none
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<bool>("withLon");
    QTest::addColumn<QString>("description");
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QString d = QStringLiteral("Iets");
    QTest::newRow("main category") << -1 << 51.0 << 4.0 << true << d;
    QTest::newRow("no category") << -2 << 51.0 << 4.0 << true << d;
    QTest::newRow("latitude above 90") << 0 << 91.0 << 4.0 << true << d;
    QTest::newRow("latitude below -90") << 0 << -90.0001 << 4.0 << true << d;
    QTest::newRow("longitude above 180") << 0 << 51.0 << 180.5 << true << d;
    QTest::newRow("longitude below -180") << 0 << 51.0 << -181.0 << true << d;
    QTest::newRow("swapped degrees and metres") << 0 << 5100000.0 << 400000.0 << true << d;
    QTest::newRow("NaN latitude") << 0 << nan << 4.0 << true << d;
    QTest::newRow("NaN longitude") << 0 << 51.0 << nan << true << d;
    QTest::newRow("infinite latitude") << 0 << inf << 4.0 << true << d;
    QTest::newRow("latitude without longitude") << 0 << 51.0 << 0.0 << false << d;
    QTest::newRow("nothing said") << 0 << nan << nan << false << QStringLiteral(" \n ");
}

void TestReportStore::createReportRefused()
{
    QFETCH(int, category);
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(bool, withLon);
    QFETCH(QString, description);
    NewReport n;
    n.categoryId = category == 0 ? cat("WEG-PUT") : category == -1 ? cat("WEG") : 0;
    n.description = description;
    if (!std::isnan(lat) || withLon)
        n.lat = lat;
    if (withLon)
        n.lon = lon;
    const QByteArray before = m_fx->snapshot();
    QString error;
    QCOMPARE(m_store->createReport(n, &error), qint64(0));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_fx->snapshot(), before);
}

void TestReportStore::textStoredAsGiven_data()
{
    QTest::addColumn<QString>("text");
    QString longText;
    longText.reserve(100000);
    for (int i = 0; longText.size() < 100000; ++i)
        longText += QStringLiteral("Zwerfvuil %1 ").arg(i);
    longText.truncate(100000);
    QTest::newRow("100,000 characters") << longText;
    QTest::newRow("control characters") << QStringLiteral(
        "a\x01\x02\x03\x07\x08\x0b\x0c\x1b[31mrood\x1b[0m\x7f\u0085\u200b\u202e omgekeerd");
    QTest::newRow("NUL inside") << QString::fromUtf16(u"voor\u0000na", 7);
    QTest::newRow("markup") << QStringLiteral(
        "<h1>Titel</h1><img src=x onerror=alert(1)><a href=\"javascript:x\">klik</a> &amp; &lt;");
    QTest::newRow("line ends and tabs") << QStringLiteral("een\r\ntwee\rdrie\nvier\tvijf\u2028zes");
    QTest::newRow("leading and trailing space") << QStringLiteral("   rand   ");
    QTest::newRow("emoji and scripts") << QStringLiteral("\U0001F6A7 Straße ĳzer Ωmega عربى 中文 \U0001F1E7\U0001F1EA");
    QTest::newRow("SQL and JSON") << QStringLiteral("'); DROP TABLE report; -- {\"a\":[1,2]} \\u0000 %_");
}

void TestReportStore::textStoredAsGiven()
{
    QFETCH(QString, text);
    NewReport n;
    n.categoryId = cat("AFV-SLK");
    n.description = text;
    n.address = text.left(500);
    QString error;
    const qint64 id = m_store->createReport(n, &error);
    QVERIFY2(id, qPrintable(error));
    const Report r = get(id);
    QCOMPARE(r.description.size(), text.size());
    QVERIFY(r.description == text);
    QVERIFY(r.address == text.left(500));
    QCOMPARE(m_fx->scalar(QStringLiteral("SELECT length(CAST(description AS BLOB)) FROM report WHERE id = ?"), { id })
                 .toInt(),
        int(text.toUtf8().size()));
    // In the queue row too.
    QueueFilter f;
    f.search = r.ref;
    const QList<QueueRow> rows = m_store->fetchQueue(f, std::nullopt, 10);
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().address == text.left(500));
    // And as a note.
    const qint64 note = m_store->addNote(id, text, &error);
    QVERIFY2(note, qPrintable(error));
    QVERIFY(m_store->history(id).last().payload.value(QStringLiteral("text")).toString() == text);
}

void TestReportStore::searchAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("street"); // every hit is in this street; empty: no hits
    QTest::addColumn<QStringList>("numbers"); // the first hits' numbers, in order
    QTest::newRow("prefix without diacritics")
        << QStringLiteral("emile verh") << 20 << QStringLiteral("Émile Verhaerenlaan")
        << QStringList { "1", "2", "3", "3A", "5", "7", "10", "12", "21", "101" };
    QTest::newRow("upper case with diacritics")
        << QStringLiteral("ÉMILE VERHAERENLAAN") << 3 << QStringLiteral("Émile Verhaerenlaan")
        << QStringList { "1", "2", "3" };
    QTest::newRow("street and number prefix") << QStringLiteral("kerkstraat 1") << 20 << QStringLiteral("Kerkstraat")
                                              << QStringList { "1", "10", "12", "101" };
    QTest::newRow("number with letter") << QStringLiteral("Kerkstraat 3") << 20 << QStringLiteral("Kerkstraat")
                                        << QStringList { "3", "3A" };
    QTest::newRow("diaeresis") << QStringLiteral("noel van w") << 2 << QStringLiteral("Noël Van Wijckstraat")
                               << QStringList { "1", "2" };
    QTest::newRow("inside the name") << QStringLiteral("wijck") << 20 << QStringLiteral("Noël Van Wijckstraat")
                                     << QStringList { "1", "2", "3" };
    QTest::newRow("extra spaces") << QStringLiteral("  kapelstraat   21 ") << 20 << QStringLiteral("Kapelstraat")
                                  << QStringList { "21" };
    QTest::newRow("nothing") << QStringLiteral("   ") << 20 << QString() << QStringList();
    QTest::newRow("no such street") << QStringLiteral("dorpsstraat") << 20 << QString() << QStringList();
    QTest::newRow("percent is not a wildcard") << QStringLiteral("%") << 20 << QString() << QStringList();
    QTest::newRow("underscore is not a wildcard") << QStringLiteral("k_rk") << 20 << QString() << QStringList();
}

void TestReportStore::searchAddresses()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QString, street);
    QFETCH(QStringList, numbers);
    const QList<AddressHit> hits = m_store->searchAddresses(text, limit);
    if (street.isEmpty()) {
        QVERIFY(hits.isEmpty());
        return;
    }
    QVERIFY(hits.size() <= limit);
    QVERIFY(hits.size() >= numbers.size());
    for (int i = 0; i < hits.size(); ++i) {
        QCOMPARE(hits[i].street, street);
        if (i < numbers.size())
            QCOMPARE(hits[i].houseNumber, numbers[i]);
        const auto it = std::find_if(m_fx->ids.addresses.cbegin(),
            m_fx->ids.addresses.cend(),
            [&](const FixtureAddress& a) { return a.id == hits[i].id; });
        QVERIFY(it != m_fx->ids.addresses.cend());
        QCOMPARE(hits[i].districtId, it->districtId);
        QCOMPARE(hits[i].lat, it->lat);
        QCOMPARE(hits[i].lon, it->lon);
        QCOMPARE(hits[i].postcode, QStringLiteral("9999"));
        QVERIFY(hits[i].display().startsWith(street + QLatin1Char(' ') + hits[i].houseNumber));
    }
}

void TestReportStore::searchCitizens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("without diacritics") << QStringLiteral("muller") << QStringList { QStringLiteral("Jürgen Müller") };
    QTest::newRow("upper case") << QStringLiteral("MÜLL") << QStringList { QStringLiteral("Jürgen Müller") };
    QTest::newRow("first name part") << QStringLiteral("franc") << QStringList { QStringLiteral("François Lefèvre") };
    QTest::newRow("two diacritics") << QStringLiteral("nunez") << QStringList { QStringLiteral("Ana Núñez") };
    QTest::newRow("e-mail") << QStringLiteral("BURGER4@example.be") << QStringList { QStringLiteral("Jürgen Müller") };
    QTest::newRow("phone digits") << QStringLiteral("470123413") << QStringList { QStringLiteral("Jürgen Müller") };
    // A clerk types the number the caller reads out, with spaces, in national or international form.
    QTest::newRow("phone as spoken, national")
        << QStringLiteral("0470 12 34 13") << QStringList { QStringLiteral("Jürgen Müller") };
    QTest::newRow("phone as stored, international")
        << QStringLiteral("+32 470 12 34 13") << QStringList { QStringLiteral("Jürgen Müller") };
    QTest::newRow("apostrophe") << QStringLiteral("o'brien") << QStringList { QStringLiteral("Kevin O'Brien") };
    QTest::newRow("shared part, by name")
        << QStringLiteral("ma") << QStringList { QStringLiteral("Chloé Maes"), QStringLiteral("Marie Dubois") };
    QTest::newRow("one character is too short") << QStringLiteral("m") << QStringList();
    QTest::newRow("underscores are not wildcards") << QStringLiteral("__") << QStringList();
    QTest::newRow("percent is not a wildcard") << QStringLiteral("%%") << QStringList();
    QTest::newRow("unknown") << QStringLiteral("zzzz") << QStringList();
}

void TestReportStore::searchCitizens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QStringList got;
    for (const Citizen& c : m_store->searchCitizens(text))
        got << c.name;
    QCOMPARE(got, names);
}

void TestReportStore::createCitizenValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ReplyChannel>("channel");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("name only, no reply") << "Anna Smet" << ReplyChannel::None << ""
                                         << ""
                                         << "" << true;
    QTest::newRow("no name") << "" << ReplyChannel::None << ""
                             << ""
                             << "" << false;
    QTest::newRow("blank name") << "  \t " << ReplyChannel::None << ""
                                << ""
                                << "" << false;
    QTest::newRow("e-mail reply with address") << "Anna Smet" << ReplyChannel::Email << "anna@example.be"
                                               << ""
                                               << "" << true;
    QTest::newRow("e-mail reply without address") << "Anna Smet" << ReplyChannel::Email << ""
                                                  << ""
                                                  << "" << false;
    QTest::newRow("e-mail reply, not an address") << "Anna Smet" << ReplyChannel::Email << "anna.example.be"
                                                  << ""
                                                  << "" << false;
    QTest::newRow("SMS with a mobile number") << "Anna Smet" << ReplyChannel::Sms << ""
                                              << "+32 470 99 88 77"
                                              << "" << true;
    QTest::newRow("SMS with too few digits") << "Anna Smet" << ReplyChannel::Sms << ""
                                             << "470 99"
                                             << "" << false;
    QTest::newRow("letter with postal address") << "Anna Smet" << ReplyChannel::Letter << ""
                                                << ""
                                                << "Kerkstraat 3" << true;
    QTest::newRow("letter without postal address") << "Anna Smet" << ReplyChannel::Letter << ""
                                                   << ""
                                                   << " " << false;
    QTest::newRow("phone call with a number") << "Anna Smet" << ReplyChannel::Phone << ""
                                              << "09 123 45 67"
                                              << "" << true;
    QTest::newRow("phone call without a number") << "Anna Smet" << ReplyChannel::Phone << ""
                                                 << ""
                                                 << "" << false;
}

void TestReportStore::createCitizenValidation()
{
    QFETCH(QString, name);
    QFETCH(ReplyChannel, channel);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    Citizen c;
    c.name = name;
    c.replyChannel = channel;
    c.email = email;
    c.phone = phone;
    c.address = address;
    const QByteArray before = m_fx->snapshot();
    QString error;
    const qint64 id = m_store->createCitizen(c, &error);
    if (!accepted) {
        QVERIFY2(id == 0, "accepted a citizen who cannot be answered the way asked");
        QVERIFY(!error.isEmpty());
        QCOMPARE(m_fx->snapshot(), before);
        return;
    }
    QVERIFY2(id > 0, qPrintable(error));
    const std::optional<Citizen> back = m_store->citizen(id);
    QVERIFY(back);
    QCOMPARE(back->name, name.trimmed());
    QCOMPARE(back->replyChannel, channel);
    QCOMPARE(back->email, email);
    QCOMPARE(back->phone, phone);
    QVERIFY(!back->uuid.isEmpty());
    QCOMPARE(m_store->searchCitizens(QStringLiteral("anna sm")).size(), 1);
}

void TestReportStore::savedFilters()
{
    QVERIFY(m_store->savedFilters().isEmpty());
    QueueFilter f = QueueFilter::toDo();
    f.departmentIds = { 0, dep("NET") };
    f.search = QStringLiteral("Émile \"quote\"");
    f.from = QDate(2026, 1, 1);
    f.sortKey = QueueFilter::SortKey::Due;
    QString error;
    QVERIFY2(m_store->saveFilter(QStringLiteral("  Netheid te doen "), f, &error), qPrintable(error));
    QueueFilter g;
    g.overdueOnly = true;
    QVERIFY(m_store->saveFilter(QStringLiteral("Achterstand"), g, &error));
    QList<SavedFilter> list = m_store->savedFilters();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].name, QStringLiteral("Achterstand")); // by name
    QCOMPARE(list[1].name, QStringLiteral("Netheid te doen"));
    QVERIFY(list[1].filter == f);
    QVERIFY(list[0].filter == g);

    // Saving under an existing name replaces the definition.
    g.channels = { Channel::Phone };
    QVERIFY(m_store->saveFilter(QStringLiteral("Achterstand"), g, &error));
    list = m_store->savedFilters();
    QCOMPARE(list.size(), 2);
    QVERIFY(list[0].filter == g);

    error.clear();
    QVERIFY(!m_store->saveFilter(QStringLiteral("   "), g, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->savedFilters().size(), 2);

    QVERIFY(m_store->deleteFilter(list[0].id, &error));
    list = m_store->savedFilters();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].name, QStringLiteral("Netheid te doen"));
}

void TestReportStore::duplicateCandidates()
{
    // Far from the fixture's reports, so only these take part.
    const double lat = 51.05;
    const double lon = 4.05;
    const double dLat = 1.0 / kMetresPerDegreeLat;
    const double dLon = 1.0 / lonMetres(lat);
    const qint64 t0 = cityTime(2026, 3, 2, 10, 0);
    const qint64 week = 7 * 86400;
    const int same = cat("AFV-ZWF");
    const qint64 base = create(same, lat, lon, t0);
    const qint64 north30 = create(same, lat + 30 * dLat, lon, t0 - 2 * week);
    const qint64 diag42 = create(same, lat + 30 * dLat, lon + 30 * dLon, t0 + week);
    const qint64 east45 = create(same, lat, lon + 45 * dLon, t0 + 11 * week);
    const qint64 east55 = create(same, lat, lon + 55 * dLon, t0);
    const qint64 otherCategory = create(cat("AFV-SLK"), lat + 10 * dLat, lon, t0);
    const qint64 tooOld = create(same, lat + 10 * dLat, lon, t0 - 13 * week);
    const qint64 tooLate = create(same, lat - 10 * dLat, lon, t0 + 13 * week);
    const qint64 noLocation = create(same, std::nan(""), 0, t0);
    QVERIFY(base && north30 && diag42 && east45 && east55 && otherCategory && tooOld && tooLate && noLocation);

    const QList<NearbyReport> near = m_store->duplicateCandidates(base);
    QList<qint64> ids;
    for (const NearbyReport& n : near)
        ids << n.row.id;
    QCOMPARE(ids, (QList<qint64> { north30, diag42, east45 }));
    QVERIFY(qAbs(near[0].distanceMeters - 30) < 0.5);
    QVERIFY(qAbs(near[1].distanceMeters - 42.4) < 0.5);
    QVERIFY(qAbs(near[2].distanceMeters - 45) < 0.5);
    for (const NearbyReport& n : near)
        QVERIFY(n.distanceMeters <= 50);
    QVERIFY(m_store->duplicateCandidates(noLocation).isEmpty());
    QVERIFY(m_store->duplicateCandidates(999999).isEmpty());
    // A wider radius takes the 55 m one in.
    QCOMPARE(m_store->duplicateCandidates(base, 60).size(), 4);
}

void TestReportStore::statusCountsMatchBruteForce()
{
    QList<Report> all;
    for (qint64 id : m_fx->ids.reports)
        all << get(id);
    QList<QueueFilter> filters;
    filters << QueueFilter() << QueueFilter::toDo();
    QueueFilter f;
    f.departmentIds = { 0 };
    filters << f;
    f = {};
    f.districtIds = { m_fx->ids.districts[1] };
    f.channels = { Channel::Web, Channel::Email };
    f.search = QStringLiteral("straat");
    filters << f;
    for (const QueueFilter& filter : std::as_const(filters)) {
        const QMap<Status, qint64> counts = m_store->statusCounts(filter);
        QHash<Status, qint64> expected;
        for (const Report& r : std::as_const(all)) {
            QueueFilter any = filter;
            any.statuses.clear();
            const QString name = r.citizenId ? m_fx->ids.citizenNames.value(r.citizenId) : QString();
            if (any.matches(r, fixtureNow(), m_store->refs()) && any.matchesSearch(r, name))
                ++expected[r.status];
        }
        for (Status s : StatusRules::all())
            QCOMPARE(counts.value(s, 0), expected.value(s, 0));
    }
}

void TestReportStore::detailQueries()
{
    const qint64 id = withCitizen(Status::Assigned);
    const Report r = get(id);
    const QList<QueueRow> earlier = m_store->reportsOfCitizen(r.citizenId, id);
    const int expected = m_fx->scalar(QStringLiteral("SELECT count(*) FROM report WHERE citizen_id = ? AND id != ?"),
                                 { r.citizenId, id })
                             .toInt();
    QCOMPARE(earlier.size(), expected);
    for (int i = 0; i < earlier.size(); ++i) {
        QCOMPARE(earlier[i].citizenId, r.citizenId);
        QVERIFY(earlier[i].id != id);
        if (i > 0)
            QVERIFY(earlier[i - 1].receivedAt >= earlier[i].receivedAt);
    }
    QVERIFY(m_store->reportsOfCitizen(0, id).isEmpty());
    const std::optional<Citizen> c = m_store->citizen(r.citizenId);
    QVERIFY(c);
    QCOMPARE(c->name, m_fx->ids.citizenNames.value(r.citizenId));
    QVERIFY(!m_store->report(999999));
    QVERIFY(!m_store->reportByRef(QStringLiteral("M-1999-000001")));
    QCOMPARE(m_store->history(id).first().kind, QStringLiteral("created"));
}

void TestReportStore::lockedDuringWrite()
{
    // Another program holds the write lock longer than our busy timeout (3 s).
    const QList<qint64> ids = { m_fx->firstWithStatus(Status::New), m_fx->firstWithStatus(Status::Triaged) };
    const QByteArray before = m_fx->snapshot();
    RawSqlite other(m_fx->path());
    QVERIFY2(other.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(other.error()));
    TriageChange c;
    c.departmentId = dep("NET");
    c.assignWhenRouted = true;
    const ChangeResult r = m_store->apply(ids, c);
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    other.close();
    QVERIFY(!r.ok);
    QVERIFY(!r.error.isEmpty());
    QVERIFY2(r.error.contains(QLatin1String("locked")), qPrintable(r.error));
    QCOMPARE(m_fx->snapshot(), before);
    // Once free, the same change goes through.
    QVERIFY(m_store->apply(ids, c).ok);
}

QTEST_GUILESS_MAIN(TestReportStore)
#include "tst_reportstore.moc"
