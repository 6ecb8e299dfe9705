// SPDX-License-Identifier: GPL-3.0-or-later
// Integration tests of the sync engine against a real PostgreSQL (ctest fixture "pg", label integration).
#include "pgtest.h"
#include "store/reportstore.h"
#include "store/searchindex.h"
#include "sync/sqlitebulk.h"
#include "sync/syncengine.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>
#include <random>

using namespace meldpunt;
using namespace meldpunt::test;

namespace {

/// One desk: its replica file, its store (what the window uses) and its engine.
struct Desk {
    Desk(const QString& path, const ServerConnection& server, const QString& user)
    {
        const OpenError e = db.open(path);
        if (e)
            qWarning("desk: %s", qPrintable(e.message));
        store = std::make_unique<ReportStore>(&db);
        store->setActor(user);
        engine = std::make_unique<SyncEngine>(&db, server, user);
        engine->setLive(false);
    }
    bool connectAndPull()
    {
        QString error;
        const bool ok = engine->connectNow(&error) && engine->pullNow(&error);
        if (!ok)
            qWarning("desk: %s", qPrintable(error));
        store->reloadReferenceData();
        return ok;
    }
    bool sync()
    {
        QString error;
        const bool ok = engine->syncNow(&error);
        if (!ok)
            qWarning("desk sync: %s", qPrintable(error));
        return ok;
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList dump(const QString& sql) const
    {
        QStringList out;
        QSqlQuery q(db.connection());
        q.exec(sql);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i).toString();
            out << row.join(QLatin1Char('|'));
        }
        return out;
    }
    Database db;
    std::unique_ptr<ReportStore> store;
    std::unique_ptr<SyncEngine> engine;
};

QByteArray scalar(PgConnection& pg, const QByteArray& sql)
{
    const PgResult r = pg.exec(sql);
    if (!r.ok())
        qWarning("server: %s", qPrintable(r.error()));
    return r.value(0, 0);
}

/// What a first pull that failed changed on a desk that had setting desk.own = 'kept': empty for nothing.
QString changedByFailedFirstPull(const Desk& a, const QString& path)
{
    if (a.engine->replica()->isInitialized())
        return QStringLiteral("the replica counts as initialized");
    if (a.value(QStringLiteral("SELECT value FROM setting WHERE key = 'desk.own'")).toString() != QLatin1String("kept"))
        return QStringLiteral("the desk's own setting is gone");
    if (a.value(QStringLiteral("SELECT count(*) FROM report")).toInt() != 0)
        return QStringLiteral("reports arrived");
    for (const char* suffix : { ".first", ".first-history", ".first-search" })
        if (QFile::exists(path + QLatin1String(suffix)))
            return QStringLiteral("%1 was left behind").arg(QLatin1String(suffix));
    return {};
}

int firstDepartmentOtherThan(const ReportStore& store, int other)
{
    for (const Department& d : store.refs().departments)
        if (d.id != other)
            return d.id;
    return 0;
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void firstPullCopiesEverything();
    void firstPullInNewFileEqualsPullInPlace();
    void cancelledFirstPullLeavesTheDeskAsItWas();
    void checkConstraintsAreReadFromTheTableSql();
    void firstPullRefusesRowsThatBreakTheDesksRules();
    void lateCommitWithLowerRevisionIsNotSkipped();
    void concurrentRoutingFirstWriterWins();
    void operationPushedTwiceIsAppliedOnce();
    void killedDuringPushLosesNothing();
    void offlineReportsGetServerIds();
    void headRoleCannotChangeReports();
    void claimsShowWhoHandlesAReport();
    void liveChangeArrivesWithoutRefresh();
    void serverRestartDrainsOutbox();
    void tenThousandChangesConverge();

private:
    QTemporaryDir m_dir;
    ServerConnection m_central;
};

void TestSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_central = makeCentral(m_dir, 3000, &error);
    QVERIFY2(!m_central.isEmpty(), qPrintable(error));
}

void TestSync::firstPullCopiesEverything()
{
    Desk a(m_dir.filePath(QStringLiteral("first.sqlite")), m_central, QStringLiteral("an"));
    QVERIFY(a.connectAndPull());
    PgConnection pg;
    QString error;
    QVERIFY2(pg.open(m_central.conninfo(), &error), qPrintable(error));
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM report")).toLongLong(),
        scalar(pg, "SELECT count(*) FROM meldpunt.report").toLongLong());
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM report_event")).toLongLong(),
        scalar(pg, "SELECT count(*) FROM meldpunt.report_event").toLongLong());
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM report_follower")).toLongLong(),
        scalar(pg, "SELECT count(*) FROM meldpunt.report_follower").toLongLong());
    // The file's indexes and full-text search are back after the bulk load.
    QVERIFY(a.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'report_status'")).toInt() == 1);
    QVERIFY(
        a.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'report_fts_insert'")).toInt() == 1);
    const QString ref = a.value(QStringLiteral("SELECT ref FROM report WHERE id = 17")).toString();
    QueueFilter f;
    f.search = ref;
    QCOMPARE(a.store->count(f), 1);
    QCOMPARE(a.engine->replica()->pendingCount(), 0);
    // migrate on an up-to-date schema changes nothing.
    ServerAdmin admin(&pg);
    int applied = -1;
    QVERIFY2(admin.migrate(&applied, &error), qPrintable(error));
    QCOMPARE(applied, 0);
    QCOMPARE(admin.version(), ServerAdmin::latestVersion());
}

void TestSync::firstPullInNewFileEqualsPullInPlace()
{
    const QString freshPath = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    Desk a(freshPath, m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("inplace.sqlite")), m_central, QStringLiteral("bo"));
    b.engine->setFreshFirstPull(false);
    // A setting of the desk's own survives the new file.
    QSqlQuery(a.db.connection()).exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('desk.own', 'kept')"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    QCOMPARE(
        a.value(QStringLiteral("SELECT value FROM setting WHERE key = 'desk.own'")).toString(), QStringLiteral("kept"));
    QVERIFY(!a.value(QStringLiteral("SELECT value FROM setting WHERE key = 'sync.desk'")).toString().isEmpty());
    QCOMPARE(a.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(a.db.schemaVersion(), Database::latestSchemaVersion());
    const QString ftsSettings
        = QStringLiteral("SELECT k, v FROM report_fts_config WHERE k IN ('automerge', 'crisismerge') ORDER BY k");
    const QStringList queries { QStringLiteral("SELECT * FROM report ORDER BY id"),
        QStringLiteral("SELECT * FROM report_event ORDER BY id"),
        QStringLiteral("SELECT * FROM report_follower ORDER BY report_id, citizen_id"),
        QStringLiteral("SELECT * FROM citizen ORDER BY id"),
        QStringLiteral("SELECT * FROM address ORDER BY id"),
        QStringLiteral("SELECT * FROM category ORDER BY id"),
        ftsSettings, // both ways leave the index settled
        QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name") };
    for (const QString& q : queries) {
        const QStringList rowsA = a.dump(q);
        QVERIFY2(!rowsA.isEmpty(), qPrintable(q));
        QCOMPARE(rowsA, b.dump(q));
    }
    QVERIFY(QSqlQuery(a.db.connection())
                .exec(QStringLiteral("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')")));
    // Both ways index every report with its words, and only those.
    for (Desk* d : { &a, &b }) {
        const QString difference = test::searchIndexDifference(d->db.connection());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    // No incremental merges; a level is merged at 256 segments.
    QCOMPARE(a.dump(ftsSettings), a.dump(QStringLiteral("VALUES ('automerge', 0), ('crisismerge', 256)")));
    // And the new file's bulk-built segments were lifted to level 1 without a rewrite: level 0 is empty.
    const std::optional<Fts5Structure> structure = Fts5Structure::decode(
        a.value(QStringLiteral("SELECT block FROM report_fts_data WHERE id = 10")).toByteArray());
    QVERIFY(structure);
    QCOMPARE(structure->levels.size(), 2);
    QVERIFY(structure->levels.at(0).segments.isEmpty());
    QVERIFY(!structure->levels.at(1).segments.isEmpty());
    QueueFilter f;
    f.search = a.value(QStringLiteral("SELECT ref FROM report WHERE id = 23")).toString();
    QCOMPARE(a.store->count(f), 1);
    // Nothing is left beside the replica.
    for (const char* suffix : { ".first", ".first-history", ".first-search" })
        QVERIFY(!QFile::exists(freshPath + QLatin1String(suffix)));
    // Capture works in the new file: a local change waits in the outbox and reaches the server.
    TriageChange c;
    c.priority = Priority((a.value(QStringLiteral("SELECT priority FROM report WHERE id = 23")).toInt() + 1) % 4);
    QVERIFY(a.store->apply({ 23 }, c).ok);
    QVERIFY(a.engine->replica()->pendingCount() > 0); // the change and its history event
    QVERIFY(a.sync());
    QCOMPARE(a.engine->replica()->pendingCount(), 0);
}

void TestSync::cancelledFirstPullLeavesTheDeskAsItWas()
{
    const QString path = m_dir.filePath(QStringLiteral("cancel.sqlite"));
    Desk a(path, m_central, QStringLiteral("an"));
    QSqlQuery(a.db.connection()).exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('desk.own', 'kept')"));
    QString error;
    QVERIFY(a.engine->connectNow(&error));
    // Cancel as soon as the reports start coming in.
    QObject::connect(
        a.engine.get(), &SyncEngine::firstSyncProgress, a.engine.get(), [&](qint64, qint64, const QString& what) {
            if (what == QLatin1String("report"))
                a.engine->cancel();
        });
    QVERIFY(!a.engine->initialPullNow(&error));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    const QString changed = changedByFailedFirstPull(a, path);
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
    // The next connection starts again and completes.
    QObject::disconnect(a.engine.get(), &SyncEngine::firstSyncProgress, a.engine.get(), nullptr);
    QVERIFY(a.connectAndPull());
    QVERIFY(a.engine->replica()->isInitialized());
    QVERIFY(a.value(QStringLiteral("SELECT count(*) FROM report")).toInt() > 0);
}

void TestSync::checkConstraintsAreReadFromTheTableSql()
{
    const QByteArray sql = "CREATE TABLE t (\n"
                           "  a TEXT CHECK (a IN ('x', 'y)', 'it''s')), -- no CHECK (here)\n"
                           "  \"check\" INTEGER /* CHECK (nor here) */ check/*c*/(\"check\" BETWEEN 0 AND (1 + 2)),\n"
                           "  checked INTEGER DEFAULT 'CHECK (0)',\n"
                           "  CHECK (a <> 'z' OR checked > 0))";
    const QList<QByteArray> checks = sync::checkConstraints(sql);
    QCOMPARE(checks,
        QList<QByteArray>(
            { "a IN ('x', 'y)', 'it''s')", "\"check\" BETWEEN 0 AND (1 + 2)", "a <> 'z' OR checked > 0" }));
    QVERIFY(sync::checkConstraints("CREATE TABLE u (a INTEGER)").isEmpty());
}

void TestSync::firstPullRefusesRowsThatBreakTheDesksRules()
{
    // A server whose rules drifted from the desk's: a status the desk does not know.
    PgConnection pg;
    QString error;
    QVERIFY2(pg.open(m_central.conninfo(), &error), qPrintable(error));
    const QByteArray def = scalar(pg,
        "SELECT pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conname = 'report_status_check'");
    QVERIFY(!def.isEmpty());
    const QByteArray id = scalar(pg, "SELECT max(id) FROM meldpunt.report");
    const QByteArray status = scalar(pg, "SELECT status FROM meldpunt.report WHERE id = " + id);
    QVERIFY(pg.exec("ALTER TABLE meldpunt.report DROP CONSTRAINT report_status_check").ok());
    QVERIFY(pg.exec("UPDATE meldpunt.report SET status = 'lost' WHERE id = " + id).ok());
    auto restore = qScopeGuard([&] {
        pg.exec("UPDATE meldpunt.report SET status = " + PgConnection::quoteLiteral(status) + " WHERE id = " + id);
        pg.exec("ALTER TABLE meldpunt.report ADD CONSTRAINT report_status_check " + def);
    });

    const QString path = m_dir.filePath(QStringLiteral("rules.sqlite"));
    Desk a(path, m_central, QStringLiteral("an"));
    QSqlQuery(a.db.connection()).exec(QStringLiteral("INSERT INTO setting (key, value) VALUES ('desk.own', 'kept')"));
    QVERIFY(a.engine->connectNow(&error));
    QVERIFY(!a.engine->initialPullNow(&error));
    QVERIFY2(error.contains(QLatin1String("Row ") + QString::fromLatin1(id) + QLatin1String(" of report"))
            && error.contains(QLatin1String("status IN")),
        qPrintable(error));
    const QString changed = changedByFailedFirstPull(a, path);
    QVERIFY2(changed.isEmpty(), qPrintable(changed));
}

void TestSync::lateCommitWithLowerRevisionIsNotSkipped()
{
    Desk a(m_dir.filePath(QStringLiteral("order.sqlite")), m_central, QStringLiteral("an"));
    QVERIFY(a.connectAndPull());
    PgConnection t1;
    PgConnection t2;
    QString error;
    QVERIFY(t1.open(m_central.conninfo(), &error));
    QVERIFY(t2.open(m_central.conninfo(), &error));
    // t1 takes the lower revision but commits last.
    QVERIFY(t1.exec("BEGIN").ok());
    QVERIFY(t1.exec("UPDATE meldpunt.report SET assignee = 'late', updated_by = 't1' WHERE id = 101").ok());
    const qint64 r1 = scalar(t1, "SELECT revision FROM meldpunt.report WHERE id = 101").toLongLong();
    QVERIFY(t2.exec("BEGIN").ok());
    QVERIFY(t2.exec("UPDATE meldpunt.report SET assignee = 'early', updated_by = 't2' WHERE id = 102").ok());
    const qint64 r2 = scalar(t2, "SELECT revision FROM meldpunt.report WHERE id = 102").toLongLong();
    QVERIFY(r1 < r2);
    QVERIFY(t2.exec("COMMIT").ok());
    QVERIFY(a.sync());
    QCOMPARE(a.value(QStringLiteral("SELECT assignee FROM report WHERE id = 102")).toString(), QStringLiteral("early"));
    QVERIFY(a.value(QStringLiteral("SELECT assignee FROM report WHERE id = 101")).toString() != QLatin1String("late"));
    QVERIFY(t1.exec("COMMIT").ok());
    QVERIFY(a.sync());
    QCOMPARE(a.value(QStringLiteral("SELECT assignee FROM report WHERE id = 101")).toString(), QStringLiteral("late"));
}

void TestSync::concurrentRoutingFirstWriterWins()
{
    Desk a(m_dir.filePath(QStringLiteral("ca.sqlite")), m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("cb.sqlite")), m_central, QStringLiteral("bert"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    const qint64 id
        = a.value(QStringLiteral("SELECT id FROM report WHERE status = 'new' ORDER BY id LIMIT 1")).toLongLong();
    QVERIFY(id > 0);
    const int deptA = firstDepartmentOtherThan(*a.store, 0);
    const int deptB = firstDepartmentOtherThan(*b.store, deptA);
    TriageChange ca;
    ca.departmentId = deptA;
    TriageChange cb;
    cb.departmentId = deptB;
    QVERIFY(a.store->apply({ id }, ca).ok);
    QVERIFY(b.store->apply({ id }, cb).ok);
    QVERIFY(a.engine->replica()->pendingCount() > 0);
    QSignalSpy conflictsB(b.engine.get(), &SyncEngine::conflictsArrived);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QCOMPARE(conflictsB.count(), 1);
    const auto conflicts = conflictsB.first().first().value<QList<SyncConflict>>();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("department_id"));
    QCOMPARE(conflicts.first().winner.toInt(), deptA);
    QCOMPARE(conflicts.first().mine.toInt(), deptB);
    QCOMPARE(conflicts.first().winnerBy, QStringLiteral("an"));
    QCOMPARE(b.engine->replica()->unseenConflicts().size(), 1);
    QVERIFY(a.sync());
    const QString sql = QStringLiteral("SELECT department_id FROM report WHERE id = %1").arg(id);
    QCOMPARE(a.value(sql).toInt(), deptA);
    QCOMPARE(b.value(sql).toInt(), deptA);
    // The losing desk's "routed" event did not reach the shared history; the winner's did, once.
    const QString routed
        = QStringLiteral("SELECT count(*) FROM report_event WHERE report_id = %1 AND kind = 'routed'").arg(id);
    QCOMPARE(a.value(routed).toInt(), 1);
    QCOMPARE(b.value(routed).toInt(), 1);
    // Notes always merge.
    QVERIFY(a.store->addNote(id, QStringLiteral("note from A")) > 0);
    QVERIFY(b.store->addNote(id, QStringLiteral("note from B")) > 0);
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    const QString notes
        = QStringLiteral("SELECT count(*) FROM report_event WHERE report_id = %1 AND kind = 'note'").arg(id);
    QCOMPARE(a.value(notes).toInt(), 2);
    QCOMPARE(b.value(notes).toInt(), 2);
}

void TestSync::operationPushedTwiceIsAppliedOnce()
{
    Desk a(m_dir.filePath(QStringLiteral("twice.sqlite")), m_central, QStringLiteral("an"));
    QVERIFY(a.connectAndPull());
    QVERIFY(a.store->addNote(55, QStringLiteral("only once")) > 0);
    const QList<OutboxOp> ops = a.engine->replica()->pendingOps(10);
    QCOMPARE(ops.size(), 1);
    PgConnection pg;
    QString error;
    QVERIFY(pg.open(m_central.conninfo(), &error));
    const QByteArray json = "[{\"op_id\":\"" + ops.first().opId
        + "\",\"kind\":\"event.insert\",\"payload\":" + ops.first().payload + "}]";
    // The same operation arrives twice (a retry after a lost answer), then once more from the engine.
    for (int i = 0; i < 2; ++i) {
        const PgResult r = pg.exec("SELECT meldpunt.apply_ops($1::jsonb, 'x')", { json });
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }
    int pushed = 0;
    QVERIFY(a.engine->pushNow(&pushed, &error));
    QCOMPARE(pushed, 1);
    QCOMPARE(scalar(pg, "SELECT count(*) FROM meldpunt.report_event WHERE payload->>'text' = 'only once'").toInt(), 1);
    QCOMPARE(
        scalar(pg, "SELECT count(*) FROM meldpunt.applied_op WHERE op_id = '" + ops.first().opId + "'").toInt(), 1);
    QVERIFY(a.engine->pullNow(&error));
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM report_event WHERE kind = 'note' AND payload LIKE "
                                    "'%only once%'"))
                 .toInt(),
        1);
}

void TestSync::killedDuringPushLosesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.sqlite"));
    const int notes = 600;
    {
        Desk a(path, m_central, QStringLiteral("an"));
        QVERIFY(a.connectAndPull());
        for (int i = 0; i < notes; ++i)
            QVERIFY(a.store->addNote(200 + i % 50, QStringLiteral("kill-test %1").arg(i)) > 0);
        QCOMPARE(a.engine->replica()->pendingCount(), notes);
    }
    // A child process pushes slowly, in small batches; it is killed in the middle.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MELDPUNT_SYNC_CHILD"), path);
    env.insert(QStringLiteral("MELDPUNT_SYNC_CHILD_DB"), m_central.database);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForStarted());
    PgConnection pg;
    QString error;
    QVERIFY(pg.open(m_central.conninfo(), &error));
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(pg, "SELECT count(*) FROM meldpunt.report_event WHERE payload->>'text' LIKE 'kill-test %'").toInt()
            >= 100,
        30000);
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const int before
        = scalar(pg, "SELECT count(*) FROM meldpunt.report_event WHERE payload->>'text' LIKE 'kill-test %'").toInt();
    QVERIFY(before < notes);
    Desk again(path, m_central, QStringLiteral("an"));
    QVERIFY(again.engine->connectNow(&error));
    int pushed = 0;
    QVERIFY2(again.engine->pushNow(&pushed, &error), qPrintable(error));
    QCOMPARE(again.engine->replica()->pendingCount(), 0);
    QCOMPARE(scalar(pg, "SELECT count(*) FROM meldpunt.report_event WHERE payload->>'text' LIKE 'kill-test %'").toInt(),
        notes);
    QCOMPARE(scalar(pg,
                 "SELECT count(DISTINCT payload->>'text') FROM meldpunt.report_event WHERE payload->>'text' "
                 "LIKE 'kill-test %'")
                 .toInt(),
        notes);
}

void TestSync::offlineReportsGetServerIds()
{
    Desk a(m_dir.filePath(QStringLiteral("oa.sqlite")), m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("ob.sqlite")), m_central, QStringLiteral("bert"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    // Both desks make a citizen and a report while apart: the same next local ids and refs.
    auto make = [](Desk& d, const QString& name) {
        Citizen c;
        c.name = name;
        c.email = name.toLower() + QStringLiteral("@example.org");
        QString error;
        const qint64 cid = d.store->createCitizen(c, &error);
        NewReport r;
        r.categoryId = d.store->refs().categories.last().id;
        for (const Category& cat : d.store->refs().categories)
            if (cat.parentId != 0)
                r.categoryId = cat.id;
        r.description = QStringLiteral("Made offline by ") + name;
        r.citizenId = cid;
        r.replyChannel = ReplyChannel::Email;
        const qint64 id = d.store->createReport(r, &error);
        if (!id)
            qWarning("%s", qPrintable(error));
        d.store->addNote(id, QStringLiteral("offline note ") + name);
        return id;
    };
    const qint64 idA = make(a, QStringLiteral("Alice"));
    const qint64 idB = make(b, QStringLiteral("Bob"));
    QVERIFY(idA > 0 && idB > 0);
    QCOMPARE(idA, idB);
    const QString refA = a.value(QStringLiteral("SELECT ref FROM report WHERE id = %1").arg(idA)).toString();
    QCOMPARE(refA, b.value(QStringLiteral("SELECT ref FROM report WHERE id = %1").arg(idB)).toString());
    QVERIFY(a.sync());
    QVERIFY(b.sync());
    QVERIFY(a.sync());
    const QString offline = QStringLiteral(
        "SELECT r.id || ' ' || r.ref || ' ' || c.name || ' ' || (SELECT count(*) FROM report_event e WHERE "
        "e.report_id = r.id) FROM report r JOIN citizen c ON c.id = r.citizen_id WHERE r.description LIKE "
        "'Made offline by %' ORDER BY r.id");
    const QStringList rowsA = a.dump(offline);
    QCOMPARE(rowsA.size(), 2);
    QCOMPARE(rowsA, b.dump(offline));
    QVERIFY(rowsA[0].section(QLatin1Char(' '), 1, 1) != rowsA[1].section(QLatin1Char(' '), 1, 1));
    QCOMPARE(a.engine->replica()->pendingCount(), 0);
    QCOMPARE(b.engine->replica()->pendingCount(), 0);
    // Full-text search still finds both under their (server) ids.
    QueueFilter f;
    f.search = QStringLiteral("offline");
    QCOMPARE(a.store->count(f), 2);
    QCOMPARE(b.store->count(f), 2);
    // The rows moved aside for the server's ids took their words along, and left none behind.
    for (Desk* d : { &a, &b }) {
        const QString difference = test::searchIndexDifference(d->db.connection());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

void TestSync::headRoleCannotChangeReports()
{
    PgConnection admin;
    QString error;
    QVERIFY(admin.open(m_central.conninfo(), &error));
    ServerAdmin sa(&admin);
    const int dept = scalar(admin, "SELECT min(department_id) FROM meldpunt.report").toInt();
    QVERIFY2(
        sa.addUser(QStringLiteral("head_roads"), QStringLiteral("Hilde"), QStringLiteral("head"), { dept }, &error),
        qPrintable(error));
    ServerConnection head = m_central;
    head.user = QStringLiteral("head_roads");
    PgConnection pg;
    QVERIFY2(pg.open(head.conninfo(), &error), qPrintable(error));
    const PgResult upd = pg.exec("UPDATE meldpunt.report SET priority = 0 WHERE id = 5");
    QVERIFY(!upd.ok());
    QCOMPARE(upd.sqlState(), QByteArray("42501")); // insufficient_privilege
    QCOMPARE(
        scalar(
            pg, "SELECT count(*) FROM meldpunt.report WHERE department_id IS DISTINCT FROM " + QByteArray::number(dept))
            .toInt(),
        0);
    QVERIFY(scalar(pg, "SELECT count(*) FROM meldpunt.report").toInt() > 0);
    // A head's desk that changes a report locally is told the server refused it.
    Desk h(m_dir.filePath(QStringLiteral("head.sqlite")), head, QStringLiteral("head_roads"));
    QVERIFY(h.connectAndPull());
    QCOMPARE(h.value(QStringLiteral("SELECT count(*) FROM report WHERE department_id IS NOT %1").arg(dept)).toInt(), 0);
    const qint64 id = h.value(QStringLiteral("SELECT min(id) FROM report WHERE priority <> 3")).toLongLong();
    TriageChange c;
    c.priority = Priority::Urgent;
    QVERIFY(h.store->apply({ id }, c).ok);
    QSignalSpy refused(h.engine.get(), &SyncEngine::conflictsArrived);
    QVERIFY(h.sync());
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().value<QList<SyncConflict>>().first().field, QStringLiteral("*"));
    QVERIFY(scalar(admin, "SELECT priority FROM meldpunt.report WHERE id = " + QByteArray::number(id)).toInt() != 3);
    // and its replica shows the server's value again.
    QVERIFY(h.value(QStringLiteral("SELECT priority FROM report WHERE id = %1").arg(id)).toInt() != 3);
}

void TestSync::claimsShowWhoHandlesAReport()
{
    Desk a(m_dir.filePath(QStringLiteral("cla.sqlite")), m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("clb.sqlite")), m_central, QStringLiteral("bert"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    const QString uuid = a.value(QStringLiteral("SELECT uuid FROM report WHERE id = 77")).toString();
    QSignalSpy refusedA(a.engine.get(), &SyncEngine::claimRefused);
    a.engine->claim(uuid);
    QCOMPARE(refusedA.count(), 0);
    QSignalSpy claimsB(b.engine.get(), &SyncEngine::claimsChanged);
    b.engine->refreshClaims();
    QCOMPARE(claimsB.count(), 1);
    const auto others = claimsB.first().first().value<QHash<QString, ClaimHolder>>();
    QVERIFY(others.contains(uuid));
    QCOMPARE(others.value(uuid).userName, QStringLiteral("an"));
    QSignalSpy refusedB(b.engine.get(), &SyncEngine::claimRefused);
    b.engine->claim(uuid);
    QCOMPARE(refusedB.count(), 1);
    // A closes the report: the claim is released and B may take it.
    a.engine->claim(QString());
    b.engine->claim(uuid);
    QCOMPARE(refusedB.count(), 1);
}

void TestSync::liveChangeArrivesWithoutRefresh()
{
    Desk a(m_dir.filePath(QStringLiteral("la.sqlite")), m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("lb.sqlite")), m_central, QStringLiteral("bert"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    b.engine->setLive(true);
    b.engine->stop();
    QSignalSpy pulled(b.engine.get(), &SyncEngine::reportsPulled);
    b.engine->start();
    QTRY_COMPARE(b.engine->state(), SyncEngine::State::Online);
    TriageChange c;
    c.assignee = QStringLiteral("live-assignee");
    QVERIFY(a.store->apply({ 333 }, c).ok);
    QVERIFY(a.sync());
    QTRY_COMPARE_WITH_TIMEOUT(
        b.value(QStringLiteral("SELECT assignee FROM report WHERE id = 333")).toString(), c.assignee.value(), 5000);
    QVERIFY(!pulled.isEmpty());
    b.engine->stop();
}

void TestSync::serverRestartDrainsOutbox()
{
    // A server of its own: this test stops it.
    const QString dir = m_dir.filePath(QStringLiteral("restart-server"));
    QCOMPARE(QProcess::execute(
                 QStringLiteral("bash"), { QStringLiteral(MELDPUNT_PGSERVER_SCRIPT), QStringLiteral("start"), dir }),
        0);
    auto stopServer = qScopeGuard([dir] {
        QProcess::execute(
            QStringLiteral("bash"), { QStringLiteral(MELDPUNT_PGSERVER_SCRIPT), QStringLiteral("stop"), dir });
    });
    const QString envFile = dir + QStringLiteral("/connection.env");
    QString error;
    const ServerConnection central = makeCentral(m_dir, 500, &error, envFile);
    QVERIFY2(!central.isEmpty(), qPrintable(error));
    Desk a(m_dir.filePath(QStringLiteral("restart.sqlite")), central, QStringLiteral("an"));
    QVERIFY(a.connectAndPull());
    a.engine->setLive(true);
    a.engine->stop();
    a.engine->start();
    QTRY_COMPARE(a.engine->state(), SyncEngine::State::Online);

    QVERIFY(runPgCtl(
        { QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w") }, envFile));
    // The desk works on: changes are made and wait.
    for (int i = 0; i < 20; ++i)
        QVERIFY(a.store->addNote(10 + i, QStringLiteral("while the server was down %1").arg(i)) > 0);
    TriageChange c;
    c.assignee = QStringLiteral("during outage");
    QVERIFY(a.store->apply({ 42 }, c).ok);
    a.engine->requestPush();
    QTRY_COMPARE_WITH_TIMEOUT(a.engine->state(), SyncEngine::State::Offline, 20000);
    QCOMPARE(a.engine->replica()->pendingCount(), 22);

    const auto env = pgEnvironment(envFile);
    QVERIFY(runPgCtl({ QStringLiteral("start"),
                         QStringLiteral("-w"),
                         QStringLiteral("-l"),
                         env.value(QStringLiteral("MELDPUNT_TEST_PGLOG")) },
        envFile));
    // It reconnects by itself (backoff), drains the outbox and catches up.
    QTRY_VERIFY_WITH_TIMEOUT(
        a.engine->state() == SyncEngine::State::Online && a.engine->replica()->pendingCount() == 0, 60000);
    PgConnection pg;
    QVERIFY(pg.open(central.conninfo(), &error));
    QCOMPARE(scalar(pg,
                 "SELECT count(*) FROM meldpunt.report_event WHERE payload->>'text' LIKE 'while the server "
                 "was down %'")
                 .toInt(),
        20);
    QCOMPARE(scalar(pg, "SELECT assignee FROM meldpunt.report WHERE id = 42"), QByteArray("during outage"));
    a.engine->stop();
}

void TestSync::tenThousandChangesConverge()
{
    Desk a(m_dir.filePath(QStringLiteral("ka.sqlite")), m_central, QStringLiteral("an"));
    Desk b(m_dir.filePath(QStringLiteral("kb.sqlite")), m_central, QStringLiteral("bert"));
    QVERIFY(a.connectAndPull());
    QVERIFY(b.connectAndPull());
    std::mt19937 rng(20261123);
    const QList<qint64> ids = [&] {
        QList<qint64> out;
        for (const QVariant& v : a.dump(QStringLiteral("SELECT id FROM report WHERE status <> 'duplicate' "
                                                       "ORDER BY id DESC LIMIT 400")))
            out << v.toLongLong();
        return out;
    }();
    QVERIFY(ids.size() > 100);
    const QList<Department> depts = a.store->refs().departments;
    int changes = 0;
    for (int round = 0; round < 20; ++round) {
        for (Desk* d : { &a, &b }) {
            for (int i = 0; i < 250; ++i, ++changes) {
                const qint64 id = ids[int(rng() % ids.size())];
                switch (rng() % 4) {
                case 0: {
                    TriageChange c;
                    c.departmentId = depts[int(rng() % depts.size())].id;
                    d->store->apply({ id }, c);
                    break;
                }
                case 1: {
                    TriageChange c;
                    c.priority = Priority(int(rng() % 4));
                    d->store->apply({ id }, c);
                    break;
                }
                case 2: {
                    TriageChange c;
                    c.assignee = QStringLiteral("worker %1").arg(rng() % 7);
                    d->store->apply({ id }, c);
                    break;
                }
                default: d->store->addNote(id, QStringLiteral("n%1").arg(changes));
                }
            }
            if (round % 3 != 2) // now and then a desk works on without syncing
                QVERIFY(d->sync());
        }
    }
    QCOMPARE(changes, 10000);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(a.sync());
        QVERIFY(b.sync());
    }
    QCOMPARE(a.engine->replica()->pendingCount(), 0);
    QCOMPARE(b.engine->replica()->pendingCount(), 0);
    const QString reports = QStringLiteral(
        "SELECT id, uuid, ref, status, department_id, category_id, priority, assignee, due_at, resolved_at, closed_at, "
        "duplicate_of, version, revision, updated_by FROM report ORDER BY id");
    const QString events
        = QStringLiteral("SELECT id, uuid, report_id, at, actor, kind, payload FROM report_event ORDER BY id");
    const QString followers = QStringLiteral("SELECT * FROM report_follower ORDER BY report_id, citizen_id");
    QCOMPARE(a.dump(reports), b.dump(reports));
    QCOMPARE(a.dump(events), b.dump(events));
    QCOMPARE(a.dump(followers), b.dump(followers));
    for (Desk* d : { &a, &b }) {
        const QString difference = test::searchIndexDifference(d->db.connection());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    PgConnection pg;
    QString error;
    QVERIFY(pg.open(m_central.conninfo(), &error));
    QCOMPARE(a.value(QStringLiteral("SELECT count(*) FROM report_event")).toLongLong(),
        scalar(pg, "SELECT count(*) FROM meldpunt.report_event").toLongLong());
}

/// The child process of killedDuringPushLosesNothing: pushes the outbox in batches of 5, slowly.
static int runChild(const QString& path)
{
    ServerConnection c = pgServer(qEnvironmentVariable("MELDPUNT_SYNC_CHILD_DB"));
    Database db;
    if (db.open(path))
        return 3;
    SyncEngine engine(&db, c, QStringLiteral("an"));
    engine.setLive(false);
    QString error;
    if (!engine.connectNow(&error))
        return 4;
    Replica* r = engine.replica();
    PgConnection pg;
    if (!pg.open(c.conninfo(), &error))
        return 5;
    for (;;) {
        const QList<OutboxOp> ops = r->pendingOps(5);
        if (ops.isEmpty())
            return 0;
        QByteArray json = "[";
        for (const OutboxOp& op : ops)
            json += (json.size() > 1 ? "," : "") + QByteArray("{\"op_id\":\"") + op.opId
                + "\",\"kind\":\"event.insert\",\"payload\":" + op.payload + "}";
        json += "]";
        const PgResult res = pg.exec("SELECT meldpunt.apply_ops($1::jsonb, 'child')", { json });
        if (!res.ok())
            return 6;
        QThread::msleep(20);
        // Settle only every other batch: a kill between the server's commit and ours is the case to survive.
        QList<QJsonObject> answers;
        for (const QJsonValue& v : QJsonDocument::fromJson(res.value(0, 0)).array())
            answers << v.toObject();
        QList<SyncConflict> conflicts;
        r->settle(ops, answers, &conflicts, &error);
    }
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MELDPUNT_SYNC_CHILD"))
        return runChild(qEnvironmentVariable("MELDPUNT_SYNC_CHILD"));
    TestSync t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_sync.moc"
