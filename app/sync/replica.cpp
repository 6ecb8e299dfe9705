// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/replica.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>

#include "sync/sqlitebulk.h"

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcReplica, "meldpunt.sync.replica", QtWarningMsg)

namespace meldpunt {

using namespace meldpunt::sync;

const QList<PulledTable>& pulledTables()
{
    using K = PulledTable::Kind;
    static const QList<PulledTable> tables {
        { "department", "department", "id, code, name, name_fr, email, active", K::Reference },
        { "category", "category", "id, parent_id, code, name, name_fr, department_id, sla_days, active", K::Reference },
        { "district", "district", "id, code, name, polygon", K::Reference },
        { "address",
            "address",
            "id, street, house_number, postcode, municipality, lat, lon, district_id, search_key",
            K::Reference },
        { "app_user", "user", "id, login, name, role, department_id, active", K::Reference },
        { "citizen",
            "citizen",
            "id, uuid, name, address, postcode, municipality, email, phone, reply_channel, consent, anonymized_at, "
            "created_at, search_key",
            K::Citizen },
        { "report",
            "report",
            "id, uuid, ref, received_at, channel, category_id, description, address, street, house_number, "
            "district_id, lat, lon, citizen_id, reply_channel, status, priority, department_id, assignee, due_at, "
            "resolved_at, closed_at, duplicate_of, version, revision, updated_at, updated_by",
            K::Report },
        { "report_event", "report_event", "id, uuid, report_id, at, actor, kind, payload", K::Event },
    };
    return tables;
}

QByteArray pullCopySql(const PulledTable& t, const QByteArray& where)
{
    return "COPY (SELECT " + QByteArray(t.columns) + ", revision FROM meldpunt." + t.server + where + ") TO STDOUT";
}

int columnStoredAsNull(const PulledTable& t)
{
    return t.kind == PulledTable::Kind::Event ? int(columnList(t).indexOf("uuid")) : -1;
}

namespace {

/// A write transaction on the raw handle with capture switched off and foreign keys unchecked: the
/// server's rows are consistent as a whole, but a batch may name a row of a later batch.
class ApplyTransaction final {
public:
    explicit ApplyTransaction(sqlite3* h) : m_h(h)
    {
        execSql(h, "PRAGMA foreign_keys = OFF", nullptr);
        m_ok = execSql(h, "BEGIN IMMEDIATE", &m_error) && execSql(h, "UPDATE sync_capture SET enabled = 0", &m_error);
    }
    ~ApplyTransaction()
    {
        if (!m_done)
            execSql(m_h, "ROLLBACK", nullptr);
        execSql(m_h, "PRAGMA foreign_keys = ON", nullptr);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    bool commit(bool captureAfter)
    {
        if (!execSql(m_h,
                captureAfter ? "UPDATE sync_capture SET enabled = 1" : "UPDATE sync_capture SET enabled = 0",
                &m_error)
            || !execSql(m_h, "COMMIT", &m_error))
            return false;
        m_done = true;
        return true;
    }

private:
    sqlite3* m_h;
    bool m_ok = false;
    bool m_done = false;
    QString m_error;
};

QByteArray upsertSql(const PulledTable& t)
{
    const QList<QByteArray> cols = columnList(t);
    QByteArray sql = "INSERT INTO \"" + QByteArray(t.local) + "\" (" + QByteArray(t.columns) + ") VALUES (";
    for (int i = 0; i < cols.size(); ++i)
        sql += i ? ", ?" : "?";
    // Events never change, but this desk's own come back in the server's spelling of their JSON:
    // take it, so that every desk holds the same bytes.
    sql += ") ON CONFLICT(id) DO UPDATE SET ";
    for (int i = 1; i < cols.size(); ++i) {
        if (i > 1)
            sql += ", ";
        sql += cols[i] + " = excluded." + cols[i];
    }
    if (t.kind == PulledTable::Kind::Event)
        sql += ", pending = NULL"; // this desk's own event came back from the server
    if (t.kind == PulledTable::Kind::Report)
        sql += " WHERE excluded.revision > report.revision";
    return sql;
}

// Dropped for a first pull and made again after it: the full-text triggers, and the capture triggers,
// whose WHEN clause would otherwise run once for every one of millions of rows.
const char* kBulkTriggers[] = { "report_fts_insert",
    "report_fts_update",
    "report_fts_delete",
    "citizen_fts_update",
    "citizen_fts_delete",
    "sync_report_insert",
    "sync_citizen_insert",
    "sync_event_insert" };

} // namespace

sqlite3* Replica::handle() const
{
    return m_db->handle();
}

QString Replica::setting(const QString& key) const
{
    Stmt st(handle(), "SELECT value FROM setting WHERE key = ?");
    st.bindText(1, key.toUtf8());
    return st.step() == SQLITE_ROW ? QString::fromUtf8(st.text(0)) : QString();
}

bool Replica::setSetting(sqlite3* h, const char* key, const QByteArray& value, QString* error)
{
    Stmt st(h, "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bindText(1, key);
    st.bindText(2, value);
    if (st.step() != SQLITE_DONE) {
        if (error)
            *error = lastError(h);
        return false;
    }
    return true;
}

bool Replica::attach(const QString& serverKey, const QString& deskId, QString* error)
{
    sqlite3* h = handle();
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    const QString current = setting(QStringLiteral("sync.server"));
    if (!current.isEmpty() && current != serverKey) {
        *error = tr("This file is the replica of another central database; open a replica of its own.");
        return false;
    }
    if (!setSetting(h, "sync.server", serverKey.toUtf8(), error))
        return false;
    if (setting(QStringLiteral("sync.desk")).isEmpty() && !setSetting(h, "sync.desk", deskId.toUtf8(), error))
        return false;
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    return true;
}

QString Replica::serverKey() const
{
    return setting(QStringLiteral("sync.server"));
}

QString Replica::deskId() const
{
    return setting(QStringLiteral("sync.desk"));
}

bool Replica::isInitialized() const
{
    return setting(QStringLiteral("sync.initialized")) == QLatin1String("1");
}

QByteArray Replica::cursor() const
{
    const QString c = setting(QStringLiteral("sync.cursor"));
    return c.isEmpty() ? QByteArray("0") : c.toLatin1();
}

QDateTime Replica::lastSync() const
{
    const QString s = setting(QStringLiteral("sync.last"));
    return s.isEmpty() ? QDateTime() : QDateTime::fromSecsSinceEpoch(s.toLongLong(), Qt::UTC);
}

qint64 Replica::freeId(sqlite3* h, const char* table)
{
    // Out of the server's range: a row moved aside never collides with the next server id.
    Stmt st(h, QByteArray("SELECT max(coalesce(max(id), 0) + 1, 1000000000000) FROM ") + table);
    return st.step() == SQLITE_ROW ? st.int64(0) : 0;
}

bool Replica::moveRow(sqlite3* h, PulledTable::Kind kind, qint64 from, qint64 to, QString* error)
{
    QList<QByteArray> sql;
    switch (kind) {
    case PulledTable::Kind::Report:
        // The search index keeps no text: the entry is taken out by naming its words, put back under :to.
        sql = { "INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen) SELECT 'delete', r.id, "
                "r.ref, r.description, r.address, coalesce(c.name, '') FROM report r LEFT JOIN citizen c ON "
                "c.id = r.citizen_id WHERE r.id = :from",
            "UPDATE report SET id = :to WHERE id = :from",
            "UPDATE report SET duplicate_of = :to WHERE duplicate_of = :from",
            "UPDATE report_event SET report_id = :to WHERE report_id = :from",
            "UPDATE report_follower SET report_id = :to WHERE report_id = :from",
            "UPDATE report_follower SET via_report_id = :to WHERE via_report_id = :from",
            "UPDATE message SET report_id = :to WHERE report_id = :from",
            "INSERT INTO report_fts (rowid, ref, description, address, citizen) SELECT r.id, r.ref, r.description, "
            "r.address, coalesce(c.name, '') FROM report r LEFT JOIN citizen c ON c.id = r.citizen_id "
            "WHERE r.id = :to" };
        break;
    case PulledTable::Kind::Citizen:
        // Moving the citizen first leaves its reports pointing at no one while the index has its name:
        // they are indexed without the name first, so that the update trigger below takes out what is
        // there ('' for a citizen it cannot find) and puts the name back.
        sql = {
            "INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen) SELECT 'delete', r.id, "
            "r.ref, r.description, r.address, coalesce(c.name, '') FROM report r JOIN citizen c ON c.id = r.citizen_id "
            "WHERE c.id = :from",
            "INSERT INTO report_fts(rowid, ref, description, address, citizen) SELECT id, ref, description, address, "
            "'' FROM report WHERE citizen_id = :from",
            "UPDATE citizen SET id = :to WHERE id = :from",
            "UPDATE report SET citizen_id = :to WHERE citizen_id = :from",
            "UPDATE report_follower SET citizen_id = :to WHERE citizen_id = :from",
            "UPDATE message SET citizen_id = :to WHERE citizen_id = :from"
        };
        break;
    case PulledTable::Kind::Event:
        sql = { "UPDATE report_event SET id = :to WHERE id = :from",
            "UPDATE message SET event_id = :to WHERE event_id = :from" };
        break;
    case PulledTable::Kind::Reference: return true;
    }
    for (const QByteArray& s : std::as_const(sql)) {
        Stmt st(h, s);
        if (!st.ok()) {
            *error = lastError(h);
            return false;
        }
        sqlite3_bind_int64(st.get(), sqlite3_bind_parameter_index(st.get(), ":from"), from);
        sqlite3_bind_int64(st.get(), sqlite3_bind_parameter_index(st.get(), ":to"), to);
        if (st.step() != SQLITE_DONE) {
            *error = lastError(h);
            return false;
        }
    }
    return true;
}

bool Replica::applyBatch(
    const PulledTable& table, const QList<PgRow>& rows, bool bulk, QSet<qint64>* changedReports, QString* error)
{
    sqlite3* h = handle();
    QElapsedTimer clock;
    clock.start();
    qint64 tBegin = 0, tCheck = 0, tClash = 0, tPending = 0, tUpsert = 0, tCommit = 0, tMark = 0;
    auto lap = [&](qint64& into) {
        const qint64 now = clock.nsecsElapsed();
        into += now - tMark;
        tMark = now;
    };
    ApplyTransaction tx(h);
    lap(tBegin);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    const int columns = int(columnList(table).size());
    Stmt upsert(h, bulk ? insertSql(table) : upsertSql(table));
    const QList<bool> integer = integerColumns(h, table);
    const int storedAsNull = columnStoredAsNull(table);
    if (!upsert.ok()) {
        *error = lastError(h);
        return false;
    }
    const bool keyed = table.kind != PulledTable::Kind::Reference;
    const QByteArray localTable = table.local;
    Stmt byUuid(h,
        "SELECT id FROM \"" + localTable + "\" WHERE uuid = ?"
            + (table.kind == PulledTable::Kind::Event ? " AND pending = 1" : ""));
    Stmt byId(h, "SELECT uuid FROM \"" + localTable + "\" WHERE id = ?");
    Stmt pending(h, "SELECT 1 FROM sync_outbox WHERE report_uuid = ? LIMIT 1");
    Stmt refClash(h, "UPDATE report SET ref = ref || '~' || id WHERE ref = ? AND uuid <> ?");
    for (const PgRow& row : rows) {
        if (row.size() < columns) {
            *error = tr("The server sent a row of %1 with %2 fields; %3 expected.")
                         .arg(QString::fromLatin1(table.server))
                         .arg(row.size())
                         .arg(columns);
            return false;
        }
        const qint64 id = row.view(0).toLongLong();
        if (keyed && !bulk) {
            // The same row may live here under a local id (made on this desk while offline), and the
            // server's id may be taken by another row made here: move rows until the ids agree.
            const QByteArray uuid = row[1];
            byId.bindInt(1, id);
            const bool idTaken = byId.step() == SQLITE_ROW;
            const QByteArray holder = idTaken ? byId.text(0) : QByteArray();
            byId.reset();
            if (idTaken && holder != uuid && !moveRow(h, table.kind, id, freeId(h, table.local), error))
                return false;
            byUuid.bindText(1, uuid);
            const qint64 localId = byUuid.step() == SQLITE_ROW ? byUuid.int64(0) : 0;
            byUuid.reset();
            if (localId != 0 && localId != id && !moveRow(h, table.kind, localId, id, error))
                return false;
            lap(tCheck);
            if (table.kind == PulledTable::Kind::Report) {
                refClash.bindText(1, row[2]);
                refClash.bindText(2, uuid);
                refClash.step();
                refClash.reset();
                lap(tClash);
                // A change of this desk waits in the outbox: keep the local values until the server
                // has answered it; the pushed operation touches the row, so it comes back.
                pending.bindText(1, uuid);
                const bool waiting = pending.step() == SQLITE_ROW;
                pending.reset();
                lap(tPending);
                if (waiting) {
                    changedReports->insert(id);
                    continue;
                }
            }
        }
        bindRow(upsert, row, integer);
        if (storedAsNull >= 0)
            sqlite3_bind_null(upsert.get(), storedAsNull + 1);
        if (upsert.step() != SQLITE_DONE) {
            *error = tr("Applying %1 %2 failed: %3").arg(QString::fromLatin1(table.server)).arg(id).arg(lastError(h));
            return false;
        }
        upsert.reset();
        lap(tUpsert);
        if (table.kind == PulledTable::Kind::Report && !bulk && sqlite3_changes(h) > 0)
            changedReports->insert(id);
        else if (table.kind == PulledTable::Kind::Event && !bulk && sqlite3_changes(h) > 0)
            changedReports->insert(row[2].toLongLong());
    }
    const bool committed = tx.commit(true);
    lap(tCommit);
    if (!bulk && clock.elapsed() >= 250) {
        qCInfo(lcReplica).nospace() << "applying " << rows.size() << " row(s) of " << table.server << " took "
                                    << clock.elapsed() << " ms: begin " << tBegin / 1000000 << ", id checks "
                                    << tCheck / 1000000 << ", ref clash " << tClash / 1000000 << ", outbox "
                                    << tPending / 1000000 << ", upsert " << tUpsert / 1000000 << ", commit "
                                    << tCommit / 1000000;
    }
    if (!committed) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool Replica::replaceFollowers(const QList<qint64>& reportIds, const QList<PgRow>& rows, QString* error)
{
    sqlite3* h = handle();
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    Stmt del(h,
        "DELETE FROM report_follower WHERE report_id = ? "
        "AND NOT EXISTS (SELECT 1 FROM sync_outbox o JOIN report r ON r.uuid = o.report_uuid WHERE r.id = ?)");
    for (qint64 id : reportIds) {
        del.bindInt(1, id);
        del.bindInt(2, id);
        if (del.step() != SQLITE_DONE) {
            *error = lastError(h);
            return false;
        }
        del.reset();
    }
    Stmt ins(h, "INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) VALUES (?, ?, ?)");
    for (const PgRow& r : rows) {
        for (int c = 0; c < 3; ++c)
            ins.bindText(c + 1, r.value(c));
        if (ins.step() != SQLITE_DONE) {
            *error = lastError(h);
            return false;
        }
        ins.reset();
    }
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool Replica::finishPull(const QByteArray& newCursor, bool initial, QString* error)
{
    sqlite3* h = handle();
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    if (!setSetting(h, "sync.cursor", newCursor, error)
        || !setSetting(h, "sync.last", QByteArray::number(QDateTime::currentSecsSinceEpoch()), error))
        return false;
    if (initial && !setSetting(h, "sync.initialized", "1", error))
        return false;
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool Replica::clearForInitialPull(QString* error)
{
    sqlite3* h = handle();
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    const char* statements[] = { "DELETE FROM message",
        "DELETE FROM report_follower",
        "DELETE FROM report_event",
        "DELETE FROM report",
        "INSERT INTO report_fts(report_fts) VALUES ('delete-all')",
        "DELETE FROM citizen",
        "DELETE FROM address",
        "DELETE FROM user",
        "DELETE FROM category",
        "DELETE FROM district",
        "DELETE FROM department",
        "DELETE FROM setting WHERE key IN ('sync.cursor', 'sync.initialized')" };
    for (const char* s : statements)
        if (!execSql(h, s, error))
            return false;
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    return true;
}

bool Replica::beginBulk(QString* error)
{
    sqlite3* h = handle();
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    if (setting(QStringLiteral("sync.bulk_sql")).isEmpty()) {
        // Remember what is dropped in the same transaction, so a crash never leaves the file without it.
        QJsonArray saved;
        QByteArray triggers;
        for (const char* t : kBulkTriggers)
            triggers += QByteArray(triggers.isEmpty() ? "'" : ", '") + t + "'";
        Stmt st(h,
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN "
            "('report', 'report_event', 'citizen', 'address')) OR (type = 'trigger' AND name IN ("
                + triggers + ")))");
        QList<QByteArray> drops;
        while (st.step() == SQLITE_ROW) {
            saved.append(QString::fromUtf8(st.text(1)));
            const QByteArray name = st.text(0);
            const bool trigger = std::any_of(
                std::begin(kBulkTriggers), std::end(kBulkTriggers), [&](const char* t) { return name == t; });
            drops << (trigger ? "DROP TRIGGER " : "DROP INDEX ") + name;
        }
        for (const QByteArray& d : std::as_const(drops))
            if (!execSql(h, d.constData(), error))
                return false;
        if (!setSetting(h, "sync.bulk_sql", QJsonDocument(saved).toJson(QJsonDocument::Compact), error))
            return false;
    }
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    // A first pull writes the whole file once: a large page cache, sorter threads for the index builds,
    // and no sync to disk until the end (a crash before that starts the first pull again anyway).
    execSql(h, "PRAGMA synchronous = OFF", nullptr);
    execSql(h, "PRAGMA cache_size = -1048576", nullptr);
    execSql(h, "PRAGMA threads = 2", nullptr);
    execSql(h, "PRAGMA wal_autocheckpoint = 100000", nullptr);
    return true;
}

bool Replica::endBulk(QString* error)
{
    sqlite3* h = handle();
    const QByteArray saved = setting(QStringLiteral("sync.bulk_sql")).toUtf8();
    execSql(h, "PRAGMA synchronous = NORMAL", nullptr);
    if (saved.isEmpty())
        return true;
    ApplyTransaction tx(h);
    if (!tx.ok()) {
        *error = tx.error();
        return false;
    }
    QElapsedTimer t;
    t.start();
    for (const QJsonValue& v : QJsonDocument::fromJson(saved).array()) {
        if (!execSql(h, v.toString().toUtf8().constData(), error))
            return false;
        qCInfo(lcReplica) << t.restart() << "ms" << v.toString().left(60);
    }
    // The full-text index is built in one go with a large in-memory term table, as the demo generator does.
    if (!execSql(h, "INSERT INTO report_fts(report_fts) VALUES ('delete-all')", error)
        || !execSql(h, "INSERT INTO report_fts(report_fts, rank) VALUES ('hashsize', 268435456)", error)
        || !execSql(h,
            "INSERT INTO report_fts (rowid, ref, description, address, citizen) SELECT r.id, r.ref, r.description, "
            "r.address, coalesce(c.name, '') FROM report r LEFT JOIN citizen c ON c.id = r.citizen_id",
            error)
        || !execSql(h, "DELETE FROM report_fts_config WHERE k = 'hashsize'", error)
        || !execSql(h, kSearchIndexSettleSql, error)
        || !execSql(h, "DELETE FROM setting WHERE key = 'sync.bulk_sql'", error))
        return false;
    qCInfo(lcReplica) << t.restart() << "ms full-text index";
    if (!tx.commit(true)) {
        *error = tx.error();
        return false;
    }
    qCInfo(lcReplica) << t.restart() << "ms commit";
    execSql(h, "PRAGMA analysis_limit = 1000", nullptr);
    execSql(h, "ANALYZE", nullptr);
    qCInfo(lcReplica) << t.restart() << "ms analyze";
    execSql(h, "PRAGMA cache_size = -32768", nullptr);
    execSql(h, "PRAGMA threads = 0", nullptr);
    execSql(h, "PRAGMA wal_autocheckpoint = 1000", nullptr);
    execSql(h, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr);
    return true;
}

QList<OutboxOp> Replica::pendingOps(int limit) const
{
    QList<OutboxOp> out;
    Stmt st(
        handle(), "SELECT seq, op_id, kind, report_uuid, base_version, payload FROM sync_outbox ORDER BY seq LIMIT ?");
    st.bindInt(1, limit);
    while (st.step() == SQLITE_ROW) {
        OutboxOp op;
        op.seq = st.int64(0);
        op.opId = st.text(1);
        op.kind = QString::fromUtf8(st.text(2));
        op.reportUuid = QString::fromUtf8(st.text(3));
        op.baseVersion = int(st.int64(4));
        op.payload = st.text(5);
        out << op;
    }
    return out;
}

int Replica::pendingCount() const
{
    Stmt st(handle(), "SELECT count(*) FROM sync_outbox");
    return st.step() == SQLITE_ROW ? int(st.int64(0)) : 0;
}

bool Replica::settle(const QList<OutboxOp>& ops, const QList<QJsonObject>& answers, QList<SyncConflict>* conflicts,
    QString* error, QStringList* refetch)
{
    sqlite3* h = handle();
    execSql(h, "PRAGMA foreign_keys = OFF", nullptr);
    auto restoreFk = qScopeGuard([h] { execSql(h, "PRAGMA foreign_keys = ON", nullptr); });
    if (!execSql(h, "BEGIN IMMEDIATE", error))
        return false;
    auto rollback = qScopeGuard([h] { execSql(h, "ROLLBACK", nullptr); });
    Stmt del(h, "DELETE FROM sync_outbox WHERE seq = ?");
    Stmt add(h,
        "INSERT INTO sync_conflict (at, op_id, report_uuid, ref, field, mine, winner, winner_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto record = [&](const OutboxOp& op, const SyncConflict& c) {
        add.bindInt(1, now);
        add.bindText(2, op.opId);
        add.bindText(3, c.reportUuid.toUtf8());
        add.bindText(4, c.ref.toUtf8());
        add.bindText(5, c.field.toUtf8());
        add.bindText(6, c.mine.toUtf8());
        add.bindText(7, c.winner.toUtf8());
        add.bindText(8, c.winnerBy.toUtf8());
        const bool ok = add.step() == SQLITE_DONE;
        add.reset();
        SyncConflict stored = c;
        stored.id = sqlite3_last_insert_rowid(h);
        stored.at = now;
        conflicts->append(stored);
        return ok;
    };
    for (int i = 0; i < ops.size() && i < answers.size(); ++i) {
        const OutboxOp& op = ops[i];
        const QJsonObject& a = answers[i];
        const QString status = a.value(QStringLiteral("status")).toString();
        const QString ref = a.value(QStringLiteral("ref")).toString();
        QString reportUuid = op.reportUuid;
        if (reportUuid.isEmpty())
            reportUuid = QJsonDocument::fromJson(op.payload).object().value(QStringLiteral("report")).toString();
        if (status == QLatin1String("conflict") || status == QLatin1String("partial")) {
            for (const QJsonValue& v : a.value(QStringLiteral("conflicts")).toArray()) {
                const QJsonObject o = v.toObject();
                SyncConflict c;
                c.reportUuid = reportUuid;
                c.ref = ref;
                c.field = o.value(QStringLiteral("field")).toString();
                c.mine = o.value(QStringLiteral("mine")).toVariant().toString();
                c.winner = o.value(QStringLiteral("winner")).toVariant().toString();
                c.winnerBy = o.value(QStringLiteral("by")).toString();
                if (!record(op, c)) {
                    *error = lastError(h);
                    return false;
                }
            }
        } else if (status == QLatin1String("skipped")) {
            // The server kept the history of the change that won; this desk's account of its own
            // losing change goes, so both desks tell the same story.
            Stmt drop(h, "DELETE FROM report_event WHERE uuid = ? AND pending = 1");
            drop.bindText(
                1, QJsonDocument::fromJson(op.payload).object().value(QStringLiteral("uuid")).toString().toUtf8());
            if (drop.step() != SQLITE_DONE) {
                *error = lastError(h);
                return false;
            }
        } else if (status == QLatin1String("rejected")) {
            SyncConflict c;
            c.reportUuid = reportUuid;
            c.ref = ref;
            c.field = QStringLiteral("*");
            c.mine = op.kind;
            c.winner = a.value(QStringLiteral("error")).toString();
            if (!record(op, c)) {
                *error = lastError(h);
                return false;
            }
            const QJsonObject payload = QJsonDocument::fromJson(op.payload).object();
            if (op.kind == QLatin1String("event.insert")) {
                Stmt drop(h, "DELETE FROM report_event WHERE uuid = ? AND pending = 1");
                drop.bindText(1, payload.value(QStringLiteral("uuid")).toString().toUtf8());
                drop.step();
            } else if (!reportUuid.isEmpty() && refetch) {
                refetch->append(reportUuid);
            }
        }
        del.bindInt(1, op.seq);
        if (del.step() != SQLITE_DONE) {
            *error = lastError(h);
            return false;
        }
        del.reset();
    }
    if (!execSql(h, "COMMIT", error))
        return false;
    rollback.dismiss();
    return true;
}

bool Replica::forgetRevisions(const QStringList& uuids, QString* error)
{
    sqlite3* h = handle();
    Stmt st(h, "UPDATE report SET revision = 0 WHERE uuid = ?");
    for (const QString& u : uuids) {
        st.bindText(1, u.toUtf8());
        if (st.step() != SQLITE_DONE) {
            *error = lastError(h);
            return false;
        }
        st.reset();
    }
    return true;
}

QList<SyncConflict> Replica::unseenConflicts() const
{
    QList<SyncConflict> out;
    Stmt st(handle(),
        "SELECT id, at, report_uuid, ref, field, mine, winner, winner_by FROM sync_conflict "
        "WHERE seen = 0 ORDER BY id");
    while (st.step() == SQLITE_ROW) {
        SyncConflict c;
        c.id = st.int64(0);
        c.at = st.int64(1);
        c.reportUuid = QString::fromUtf8(st.text(2));
        c.ref = QString::fromUtf8(st.text(3));
        c.field = QString::fromUtf8(st.text(4));
        c.mine = QString::fromUtf8(st.text(5));
        c.winner = QString::fromUtf8(st.text(6));
        c.winnerBy = QString::fromUtf8(st.text(7));
        out << c;
    }
    return out;
}

bool Replica::markConflictsSeen(QString* error)
{
    return execSql(handle(), "UPDATE sync_conflict SET seen = 1 WHERE seen = 0", error);
}

} // namespace meldpunt
