// SPDX-License-Identifier: GPL-3.0-or-later
// A desk's sync with the central database: first full pull, incremental pull by revision bounded by the
// snapshot's xmin, push of the outbox (each operation applied once on the server), live updates through
// LISTEN/NOTIFY, claims, and offline work with reconnection and backoff.
//
// The engine is a QObject for one thread: the app moves it to a worker thread (SyncThread) so that
// nothing here blocks the window; tests drive it synchronously with the *Now() methods.
#pragma once

#include "sync/pg.h"
#include "sync/replica.h"
#include "sync/serverconnection.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>

namespace meldpunt {

class Database;

struct ClaimHolder {
    QString desk;
    QString userName;
};

class SyncEngine final : public QObject {
    Q_OBJECT
public:
    enum class State { Offline, Connecting, Online, Syncing, FirstSync };
    Q_ENUM(State)

    SyncEngine(Database* replica, const ServerConnection& server, const QString& userName, QObject* parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    Replica* replica() { return &m_replica; }
    QString deskId() const { return m_deskId; }
    void setBatchSize(int rows) { m_batch = rows; }
    void setLive(bool live) { m_live = live; }
    void setClaimSeconds(int s) { m_claimSeconds = s; }
    /// false: a first pull always writes into the open file (tests of that way).
    void setFreshFirstPull(bool fresh) { m_freshFirstPull = fresh; }

    // Synchronous steps (also used by the live loop). Each answers false with a message on failure.
    bool connectNow(QString* error);
    bool initialPullNow(QString* error);
    bool pullNow(QString* error);
    /// Pushes the whole outbox in batches; *pushed counts the operations the server answered.
    bool pushNow(int* pushed, QString* error);
    bool syncNow(QString* error);
    /// Cancels a first pull in progress (from any thread).
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    /// Connects, pulls (the first time everything), listens, and keeps going until stop().
    void start();
    void stop();
    /// A local change was made: push it soon.
    void requestPush();
    void requestPull();
    /// The user opened this report for triage (empty: closed it).
    void claim(const QString& reportUuid);
    void refreshClaims();
    void markConflictsSeen();

Q_SIGNALS:
    void stateChanged(meldpunt::SyncEngine::State state, const QString& detail);
    void pendingChanged(int waiting);
    void synced(const QDateTime& at);
    /// Reports whose row or history changed by a pull (local ids); structural: reference data changed.
    void reportsPulled(const QList<qint64>& ids, bool structural);
    void conflictsArrived(const QList<meldpunt::SyncConflict>& conflicts);
    /// what: the server table being copied, or "indexes" while the indexes are built.
    void firstSyncProgress(qint64 done, qint64 total, const QString& what);
    void claimsChanged(const QHash<QString, meldpunt::ClaimHolder>& others);
    /// Our claim was refused: another desk holds the report.
    void claimRefused(const QString& reportUuid, const meldpunt::ClaimHolder& holder);

private:
    void setState(State s, const QString& detail = {});
    void goOffline(const QString& why);
    void cycle();
    void onNotification(const QString& name);
    bool openListen(QString* error);
    bool pullTables(bool initial, QString* error);
    bool fail(QString* error, const QString& message);
    bool refetchReports(const QStringList& uuids, QString* error);

    Database* m_db;
    Replica m_replica;
    ServerConnection m_server;
    QString m_userName;
    QString m_deskId;
    PgConnection m_pg;
    QString m_listenName;
    State m_state = State::Offline;
    int m_batch = 5000;
    bool m_live = true;
    bool m_freshFirstPull = true;
    bool m_running = false;
    bool m_busy = false;
    bool m_again = false;
    int m_claimSeconds = 120;
    int m_backoff = 1;
    std::atomic_bool m_cancel { false };
    // Children of the engine, so that they move with it to the sync thread.
    QTimer m_cycleTimer { this };
    QTimer m_retryTimer { this };
    QTimer m_healthTimer { this };
    QTimer m_claimTimer { this };
    QString m_claimed;
};

} // namespace meldpunt

Q_DECLARE_METATYPE(meldpunt::SyncConflict)
Q_DECLARE_METATYPE(meldpunt::ClaimHolder)
