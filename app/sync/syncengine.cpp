// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/syncengine.h"

#include "store/database.h"
#include "sync/firstpull.h"
#include "sync/serveradmin.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QUuid>

#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcSync, "meldpunt.sync", QtWarningMsg)

namespace meldpunt {

namespace {

int registerTypes()
{
    qRegisterMetaType<SyncConflict>();
    qRegisterMetaType<QList<SyncConflict>>();
    qRegisterMetaType<ClaimHolder>();
    qRegisterMetaType<QHash<QString, ClaimHolder>>();
    qRegisterMetaType<QList<qint64>>();
    qRegisterMetaType<SyncEngine::State>();
    return 0;
}

bool isConnectionError(const PgConnection& pg, const PgResult& r)
{
    return pg.isBroken() || r.sqlState().startsWith("08") || r.sqlState() == "57P01";
}

} // namespace

SyncEngine::SyncEngine(Database* replica, const ServerConnection& server, const QString& userName, QObject* parent)
    : QObject(parent)
    , m_db(replica)
    , m_replica(replica)
    , m_server(server)
    , m_userName(userName)
{
    static const int once = registerTypes();
    Q_UNUSED(once)
    m_listenName = QStringLiteral("meldpunt-listen-%1").arg(reinterpret_cast<quintptr>(this));
    m_cycleTimer.setSingleShot(true);
    m_cycleTimer.setInterval(0);
    connect(&m_cycleTimer, &QTimer::timeout, this, &SyncEngine::cycle);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::cycle);
    // A safety net under NOTIFY: a pull now and then, and a check that the server still answers.
    m_healthTimer.setInterval(15'000);
    connect(&m_healthTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Online)
            cycle();
    });
    connect(&m_claimTimer, &QTimer::timeout, this, [this] {
        if (!m_claimed.isEmpty())
            claim(m_claimed);
        refreshClaims();
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::setState(State s, const QString& detail)
{
    m_state = s;
    Q_EMIT stateChanged(s, detail);
}

bool SyncEngine::fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

bool SyncEngine::connectNow(QString* error)
{
    QString why;
    if (!m_pg.open(m_server.conninfo(), &why))
        return fail(error, explainConnectionError(why));
    ServerAdmin admin(&m_pg);
    const int version = admin.version(&why);
    if (version <= 0) {
        m_pg.close();
        return fail(error,
            tr("The server has no Meldpunt schema; an administrator creates it with “meldpunt server init”."));
    }
    if (version > ServerAdmin::latestVersion()) {
        m_pg.close();
        return fail(error,
            tr("The central database is newer (schema %1) than this program (%2); install the newer Meldpunt.")
                .arg(version)
                .arg(ServerAdmin::latestVersion()));
    }
    if (!m_replica.attach(m_server.replicaKey(), QUuid::createUuid().toString(QUuid::WithoutBraces), &why)) {
        m_pg.close();
        return fail(error, why);
    }
    m_deskId = m_replica.deskId();
    if (m_live && !openListen(&why)) {
        m_pg.close();
        return fail(error, why);
    }
    return true;
}

bool SyncEngine::openListen(QString* error)
{
    if (QSqlDatabase::contains(m_listenName)) {
        if (QSqlDatabase::database(m_listenName, false).isOpen())
            return true;
        QSqlDatabase::removeDatabase(m_listenName);
    }
    QString why;
    QSqlDatabase db = m_server.openQt(m_listenName, &why);
    if (!db.isOpen())
        return fail(error, why);
    QSqlDriver* driver = db.driver();
    if (!driver->subscribeToNotification(QStringLiteral("meldpunt_changes"))
        || !driver->subscribeToNotification(QStringLiteral("meldpunt_claims")))
        return fail(error, tr("The server did not accept LISTEN: %1").arg(driver->lastError().text()));
    connect(driver,
        &QSqlDriver::notification,
        this,
        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant&) { onNotification(name); });
    return true;
}

void SyncEngine::onNotification(const QString& name)
{
    if (name == QLatin1String("meldpunt_claims"))
        refreshClaims();
    else
        requestPull();
}

bool SyncEngine::initialPullNow(QString* error)
{
    m_cancel = false;
    QString why;
    // Best: a new file, written once without a log on three threads and put in place in one rename. That
    // needs the file to itself; while other threads of the program have it open, the rows go in place.
    if (m_freshFirstPull && m_db->onlyThisThreadConnected() && QFileInfo(m_db->path()).isFile()) {
        const QString target = m_db->path() + QStringLiteral(".first");
        FirstPull first(m_server.conninfo(), m_db->path(), &m_cancel,
            [this](qint64 done, qint64 total, const QString& what) { Q_EMIT firstSyncProgress(done, total, what); });
        QByteArray cursor;
        QElapsedTimer t;
        t.start();
        if (!first.build(target, &cursor, &why))
            return fail(error, why);
        qCInfo(lcSync) << "first pull built in" << t.restart() << "ms";
        if (m_db->replaceFile(target, &why)) {
            qCInfo(lcSync) << "replaced in" << t.restart() << "ms";
            if (!m_replica.finishPull(cursor, true, &why))
                return fail(error, why);
            Q_EMIT reportsPulled({}, true);
            Q_EMIT synced(QDateTime::currentDateTimeUtc());
            return true;
        }
        QFile::remove(target);
        qCWarning(lcSync) << "the new replica could not take the old one's place:" << why << "- pulling in place";
    }
    if (!m_replica.clearForInitialPull(&why) || !m_replica.beginBulk(&why))
        return fail(error, why);
    const bool ok = pullTables(true, &why);
    QElapsedTimer t;
    t.start();
    QString bulkError;
    const bool restored = m_replica.endBulk(&bulkError);
    qCInfo(lcSync) << "indexes and full-text index rebuilt in" << t.elapsed() << "ms";
    if (!ok)
        return fail(error, why);
    if (!restored)
        return fail(error, bulkError);
    return true;
}

bool SyncEngine::pullNow(QString* error)
{
    if (!m_replica.isInitialized())
        return initialPullNow(error);
    return pullTables(false, error);
}

bool SyncEngine::pullTables(bool initial, QString* error)
{
    if (!m_pg.isOpen())
        return fail(error, tr("Not connected to the central database."));
    PgResult r = m_pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!r.ok())
        return fail(error, r.error());
    auto rollback = qScopeGuard([this] { m_pg.exec("ROLLBACK"); });
    // Every transaction older than this snapshot's xmin has ended: its rows are visible now or never.
    // Rows of younger transactions are pulled again next time, so one that commits late is not skipped.
    r = m_pg.exec("SELECT pg_snapshot_xmin(pg_current_snapshot())");
    if (!r.ok())
        return fail(error, r.error());
    const QByteArray newCursor = r.value(0, 0);
    const QByteArray cursor = initial ? QByteArray("0") : m_replica.cursor();
    qint64 total = 0;
    qint64 done = 0;
    if (initial) {
        QByteArray sql = "SELECT ";
        for (const PulledTable& t : pulledTables())
            sql += QByteArray(done++ ? " + " : "") + "(SELECT count(*) FROM meldpunt." + t.server + ")";
        done = 0;
        r = m_pg.exec(sql);
        total = r.ok() ? r.number(0, 0) : 0;
    }
    QSet<qint64> changed;
    bool structural = false;
    QElapsedTimer phase;
    phase.start();
    for (const PulledTable& t : pulledTables()) {
        const QString label = QString::fromLatin1(t.server);
        qCInfo(lcSync) << "pull" << label << "after" << phase.restart() << "ms";
        if (initial) {
            Q_EMIT firstSyncProgress(done, total, label);
            QString why;
            const bool ok = streamCopy(m_pg, pullCopySql(t), std::max(m_batch, 20000), m_cancel,
                [&](QList<PgRow>&& rows) {
                    if (!m_replica.applyBatch(t, rows, true, &changed, &why))
                        return false;
                    done += rows.size();
                    Q_EMIT firstSyncProgress(done, total, label);
                    return true;
                },
                &why);
            if (m_cancel)
                return fail(error, tr("The first sync was cancelled; it starts again at the next connection."));
            if (!ok)
                return fail(error, why);
            if (t.kind == PulledTable::Kind::Report) {
                QList<PgRow> followers;
                if (!m_pg.copyOut("COPY meldpunt.report_follower (report_id, citizen_id, via_report_id) TO STDOUT",
                        [&](const PgRow& row) {
                            followers.append(row);
                            return true;
                        },
                        error)
                    || !m_replica.replaceFollowers({}, followers, error))
                    return false;
            }
            continue;
        }
        QByteArray last = "0";
        for (;;) {
            QElapsedTimer step;
            step.start();
            qint64 tCopy = 0, tApply = 0, tFollowers = 0;
            QList<PgRow> rows;
            const QByteArray where = " WHERE txid >= '" + cursor + "'::xid8 AND revision > " + last
                + " ORDER BY revision LIMIT " + QByteArray::number(m_batch);
            if (!m_pg.copyOut(pullCopySql(t, where),
                    [&](const PgRow& row) {
                        rows.append(row);
                        return true;
                    },
                    error))
                return false;
            tCopy = step.restart();
            if (rows.isEmpty())
                break;
            QSet<qint64> batchChanged;
            if (!m_replica.applyBatch(t, rows, false, &batchChanged, error))
                return false;
            tApply = step.restart();
            if (t.kind == PulledTable::Kind::Reference || t.kind == PulledTable::Kind::Citizen)
                structural = structural || t.kind == PulledTable::Kind::Reference;
            if (t.kind == PulledTable::Kind::Report) {
                QList<qint64> ids;
                QByteArray array = "{";
                for (const PgRow& row : std::as_const(rows)) {
                    ids << row[0].toLongLong();
                    array += (ids.size() > 1 ? "," : "") + row[0];
                }
                array += "}";
                QList<PgRow> followers;
                if (!m_pg.copyOut("COPY (SELECT report_id, citizen_id, via_report_id FROM meldpunt.report_follower "
                                  "WHERE report_id = ANY('"
                            + array + "'::bigint[])) TO STDOUT",
                        [&](const PgRow& row) {
                            followers.append(row);
                            return true;
                        },
                        error)
                    || !m_replica.replaceFollowers(ids, followers, error))
                    return false;
                tFollowers = step.restart();
            }
            if (tCopy + tApply + tFollowers >= 250)
                qCInfo(lcSync).nospace() << "a batch of " << rows.size() << " " << label << " row(s) took "
                                         << tCopy + tApply + tFollowers << " ms: fetch " << tCopy << ", apply "
                                         << tApply << ", followers " << tFollowers;
            changed.unite(batchChanged);
            last = rows.last().last();
            if (rows.size() < m_batch)
                break;
        }
    }
    rollback.dismiss();
    m_pg.exec("COMMIT");
    if (!m_replica.finishPull(newCursor, initial, error))
        return false;
    if (initial || !changed.isEmpty() || structural)
        Q_EMIT reportsPulled(QList<qint64>(changed.cbegin(), changed.cend()), initial || structural);
    Q_EMIT synced(QDateTime::currentDateTimeUtc());
    return true;
}

bool SyncEngine::pushNow(int* pushed, QString* error)
{
    *pushed = 0;
    if (!m_pg.isOpen())
        return fail(error, tr("Not connected to the central database."));
    for (;;) {
        const QList<OutboxOp> ops = m_replica.pendingOps(500);
        if (ops.isEmpty())
            break;
        QJsonArray batch;
        for (const OutboxOp& op : ops) {
            QJsonObject o { { QStringLiteral("op_id"), QString::fromLatin1(op.opId) },
                { QStringLiteral("kind"), op.kind },
                { QStringLiteral("base_version"), op.baseVersion },
                { QStringLiteral("payload"), QJsonDocument::fromJson(op.payload).object() } };
            if (!op.reportUuid.isEmpty())
                o.insert(QStringLiteral("report"), op.reportUuid);
            batch.append(o);
        }
        const PgResult r = m_pg.exec("SELECT meldpunt.apply_ops($1::jsonb, $2)",
            { QJsonDocument(batch).toJson(QJsonDocument::Compact), m_deskId.toUtf8() });
        if (!r.ok())
            return fail(error, tr("The server did not take the changes: %1").arg(r.error()));
        const QJsonArray answersJson = QJsonDocument::fromJson(r.value(0, 0)).array();
        QList<QJsonObject> answers;
        for (const QJsonValue& v : answersJson)
            answers << v.toObject();
        if (answers.size() != ops.size())
            return fail(error, tr("The server answered %1 of %2 changes.").arg(answers.size()).arg(ops.size()));
        QList<SyncConflict> conflicts;
        QStringList refetch;
        QString why;
        if (!m_replica.settle(ops, answers, &conflicts, &why, &refetch))
            return fail(error, why);
        if (!refetch.isEmpty() && !refetchReports(refetch, error))
            return false;
        *pushed += int(ops.size());
        Q_EMIT pendingChanged(m_replica.pendingCount());
        if (!conflicts.isEmpty())
            Q_EMIT conflictsArrived(conflicts);
    }
    return true;
}

bool SyncEngine::refetchReports(const QStringList& uuids, QString* error)
{
    // The server refused these changes and kept its row as it was: take its values back.
    const PulledTable* reports = nullptr;
    for (const PulledTable& t : pulledTables())
        if (t.kind == PulledTable::Kind::Report)
            reports = &t;
    QByteArray array = "{";
    for (const QString& u : uuids)
        array += (array.size() > 1 ? "," : "") + u.toLatin1();
    array += "}";
    QList<PgRow> rows;
    if (!m_pg.copyOut(pullCopySql(*reports, " WHERE uuid = ANY('" + array + "'::uuid[])"),
            [&](const PgRow& row) {
                rows.append(row);
                return true;
            },
            error))
        return false;
    // The server's values win over the local ones, whatever the local revision says.
    QSet<qint64> changed;
    if (!m_replica.forgetRevisions(uuids, error) || !m_replica.applyBatch(*reports, rows, false, &changed, error))
        return false;
    Q_EMIT reportsPulled(QList<qint64>(changed.cbegin(), changed.cend()), false);
    return true;
}

bool SyncEngine::syncNow(QString* error)
{
    int pushed = 0;
    return pushNow(&pushed, error) && pullNow(error);
}

void SyncEngine::start()
{
    m_running = true;
    m_cancel = false;
    if (const QList<SyncConflict> earlier = m_replica.unseenConflicts(); !earlier.isEmpty())
        Q_EMIT conflictsArrived(earlier);
    Q_EMIT pendingChanged(m_replica.pendingCount());
    if (const QDateTime last = m_replica.lastSync(); last.isValid())
        Q_EMIT synced(last);
    m_healthTimer.start();
    m_claimTimer.start(std::max(5, m_claimSeconds / 2) * 1000);
    cycle();
}

void SyncEngine::stop()
{
    m_running = false;
    m_cycleTimer.stop();
    m_retryTimer.stop();
    m_healthTimer.stop();
    m_claimTimer.stop();
    if (!m_claimed.isEmpty() && m_pg.isOpen())
        m_pg.exec("SELECT meldpunt.release_report($1, $2)", { m_claimed.toUtf8(), m_deskId.toUtf8() });
    m_claimed.clear();
    m_pg.close();
    if (QSqlDatabase::contains(m_listenName)) {
        QSqlDatabase::database(m_listenName, false).close();
        QSqlDatabase::removeDatabase(m_listenName);
    }
}

void SyncEngine::goOffline(const QString& why)
{
    m_pg.close();
    if (QSqlDatabase::contains(m_listenName)) {
        QSqlDatabase::database(m_listenName, false).close();
        QSqlDatabase::removeDatabase(m_listenName);
    }
    setState(State::Offline, why);
    Q_EMIT pendingChanged(m_replica.pendingCount());
    if (m_running) {
        m_retryTimer.start(m_backoff * 1000);
        m_backoff = std::min(m_backoff * 2, 30);
    }
}

void SyncEngine::cycle()
{
    if (!m_running)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    auto done = qScopeGuard([this] {
        m_busy = false;
        if (m_again && m_running) {
            m_again = false;
            m_cycleTimer.start();
        }
    });
    QString why;
    if (!m_pg.isOpen()) {
        setState(State::Connecting);
        if (!connectNow(&why)) {
            goOffline(why);
            return;
        }
        refreshClaims();
    }
    if (!m_replica.isInitialized()) {
        setState(State::FirstSync);
        if (!initialPullNow(&why)) {
            if (m_cancel) {
                m_running = false;
                m_pg.close();
                setState(State::Offline, why);
                return;
            }
            goOffline(why);
            return;
        }
    }
    setState(State::Syncing);
    int pushed = 0;
    if (!pushNow(&pushed, &why) || !pullTables(false, &why)) {
        goOffline(m_pg.isBroken() ? explainConnectionError(why) : why);
        return;
    }
    m_backoff = 1;
    setState(State::Online);
    Q_EMIT pendingChanged(m_replica.pendingCount());
}

void SyncEngine::requestPush()
{
    Q_EMIT pendingChanged(m_replica.pendingCount());
    if (m_running && m_state != State::Offline)
        m_cycleTimer.start();
}

void SyncEngine::requestPull()
{
    if (m_running && m_state != State::Offline)
        m_cycleTimer.start();
}

void SyncEngine::claim(const QString& reportUuid)
{
    if (!m_pg.isOpen()) {
        m_claimed = reportUuid;
        return;
    }
    if (!m_claimed.isEmpty() && m_claimed != reportUuid)
        m_pg.exec("SELECT meldpunt.release_report($1, $2)", { m_claimed.toUtf8(), m_deskId.toUtf8() });
    m_claimed = reportUuid;
    if (reportUuid.isEmpty())
        return;
    const PgResult r = m_pg.exec("SELECT desk, user_name FROM meldpunt.claim_report($1, $2, $3, $4)",
        { reportUuid.toUtf8(), m_deskId.toUtf8(), m_userName.toUtf8(), QByteArray::number(m_claimSeconds) });
    if (!r.ok()) {
        if (isConnectionError(m_pg, r))
            goOffline(explainConnectionError(r.error()));
        return;
    }
    if (r.rows() > 0 && r.text(0, 0) != m_deskId)
        Q_EMIT claimRefused(reportUuid, ClaimHolder { r.text(0, 0), r.text(0, 1) });
}

void SyncEngine::markConflictsSeen()
{
    QString error;
    m_replica.markConflictsSeen(&error);
}

void SyncEngine::refreshClaims()
{
    if (!m_pg.isOpen() || m_busy)
        return;
    const PgResult r = m_pg.exec(
        "SELECT report_uuid, desk, user_name FROM meldpunt.claim WHERE expires_at > now() AND desk <> $1",
        { m_deskId.toUtf8() });
    if (!r.ok())
        return;
    QHash<QString, ClaimHolder> others;
    for (int i = 0; i < r.rows(); ++i)
        others.insert(r.text(i, 0), ClaimHolder { r.text(i, 1), r.text(i, 2) });
    Q_EMIT claimsChanged(others);
}

} // namespace meldpunt
