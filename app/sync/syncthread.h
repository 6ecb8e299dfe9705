// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a SyncEngine on a thread of its own, so that a pull of a million rows never blocks the window.
// Everything here is called from the GUI thread; the engine's signals arrive queued.
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QThread>

namespace meldpunt {

class SyncThread final : public QObject {
    Q_OBJECT
public:
    SyncThread(Database* replica, const ServerConnection& server, const QString& userName, QObject* parent = nullptr);
    ~SyncThread() override;

    /// The engine, for connecting to its signals; call its slots through the methods below only.
    SyncEngine* engine() const { return m_engine; }
    ServerConnection server() const { return m_server; }

    void start();
    void stop();
    void requestPush();
    void syncNow();
    void claim(const QString& reportUuid);
    void cancelFirstSync() { m_engine->cancel(); }
    void markConflictsSeen();

private:
    Database* m_db;
    ServerConnection m_server;
    QThread m_thread;
    SyncEngine* m_engine;
    bool m_started = false;
};

} // namespace meldpunt
