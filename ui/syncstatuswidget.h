// SPDX-License-Identifier: GPL-3.0-or-later
// The status-bar indicator of the central database: online / offline / syncing, the last sync and how
// many changes wait; its menu syncs now, opens the connection and the conflicts.
#pragma once

#include "sync/syncengine.h"

#include <QToolButton>

namespace meldpunt {

class SyncStatusWidget final : public QToolButton {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    void setState(SyncEngine::State state, const QString& detail);
    void setWaiting(int waiting);
    void setLastSync(const QDateTime& at);
    void setConflicts(int unseen);
    QString summary() const { return text(); }

Q_SIGNALS:
    void syncNowRequested();
    void connectionRequested();
    void conflictsRequested();

private:
    void update();

    SyncEngine::State m_state = SyncEngine::State::Connecting;
    QString m_detail;
    int m_waiting = 0;
    int m_conflicts = 0;
    QDateTime m_lastSync;
};

} // namespace meldpunt
