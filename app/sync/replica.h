// SPDX-License-Identifier: GPL-3.0-or-later
// The desk's side of sync: a local SQLite file as a replica of the central database. Applies pulled
// rows (each batch in one local transaction, capture switched off inside it), keeps the pull cursor,
// reads and settles the outbox, and records the conflicts the server answered.
#pragma once

#include "sync/pg.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

struct sqlite3;

namespace meldpunt {

class Database;

/// One table the desk pulls: the server's columns in the order of the local INSERT.
struct PulledTable {
    enum class Kind { Reference, Citizen, Report, Event };
    const char* server;
    const char* local;
    const char* columns; ///< comma-separated; the server adds revision as the last field of every row
    Kind kind;
};
const QList<PulledTable>& pulledTables();
/// The server's COPY of a pulled table's rows (with revision last), narrowed by `where`.
QByteArray pullCopySql(const PulledTable& t, const QByteArray& where = {});
/// The column (from 0) of a pulled table that a replica stores as null whatever the server sends, or -1:
/// an event's uuid, which only serves to match this desk's own unsent event to the server's copy of it
/// when that comes back; once the server's row is in, nothing asks for it.
int columnStoredAsNull(const PulledTable& t);

struct OutboxOp {
    qint64 seq = 0;
    QByteArray opId;
    QString kind;
    QString reportUuid;
    int baseVersion = 0;
    QByteArray payload; ///< JSON
};

struct SyncConflict {
    qint64 id = 0;
    qint64 at = 0;
    QString reportUuid;
    QString ref;
    QString field; ///< "*" when the server refused the whole change
    QString mine;
    QString winner;
    QString winnerBy;
};

class Replica final {
    Q_DECLARE_TR_FUNCTIONS(Replica)
public:
    explicit Replica(Database* db) : m_db(db) { }

    /// Marks the file as the replica of a server (capture on) or as a desk of its own (capture off).
    bool attach(const QString& serverKey, const QString& deskId, QString* error);
    QString serverKey() const;
    QString deskId() const;
    bool isInitialized() const; ///< the first full pull completed
    QByteArray cursor() const; ///< xid8 as text; "0" before the first pull
    QDateTime lastSync() const;

    /// Applies rows of one table in one local transaction. The ids of reports whose row or history
    /// changed are added to changedReports. bulk: the replica is empty (first pull), skip the checks.
    bool applyBatch(const PulledTable& table, const QList<PgRow>& rows, bool bulk, QSet<qint64>* changedReports,
        QString* error);
    /// Replaces the followers of the given reports by what the server holds (report_id, citizen_id, via).
    bool replaceFollowers(const QList<qint64>& reportIds, const QList<PgRow>& rows, QString* error);
    bool finishPull(const QByteArray& newCursor, bool initial, QString* error);
    /// Empties every replicated table before a first full pull.
    bool clearForInitialPull(QString* error);
    /// Keeps the file's indexes and full-text index out of the way of a first full pull, and back.
    bool beginBulk(QString* error);
    bool endBulk(QString* error);

    QList<OutboxOp> pendingOps(int limit) const;
    int pendingCount() const;
    /// Settles pushed operations with the server's answers in one transaction: removes them from the
    /// outbox and records conflicts and refusals. The conflicts recorded are returned.
    /// Reports whose refused change must be undone here are added to refetch (uuids).
    bool settle(const QList<OutboxOp>& ops, const QList<QJsonObject>& answers, QList<SyncConflict>* conflicts,
        QString* error, QStringList* refetch = nullptr);
    /// Lets the next pulled version of these reports (uuids) overwrite the local one.
    bool forgetRevisions(const QStringList& uuids, QString* error);
    QList<SyncConflict> unseenConflicts() const;
    bool markConflictsSeen(QString* error);

private:
    sqlite3* handle() const;
    QString setting(const QString& key) const;
    bool setSetting(sqlite3* h, const char* key, const QByteArray& value, QString* error);
    bool moveRow(sqlite3* h, PulledTable::Kind kind, qint64 from, qint64 to, QString* error);
    qint64 freeId(sqlite3* h, const char* table);

    Database* m_db;
};

} // namespace meldpunt
