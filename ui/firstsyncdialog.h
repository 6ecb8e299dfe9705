// SPDX-License-Identifier: GPL-3.0-or-later
// The progress of a desk's first sync with the central database: every report and its history is
// copied once; the user can cancel, and the next start begins again.
#pragma once

#include <QProgressDialog>

namespace meldpunt {

class SyncThread;

class FirstSyncDialog final : public QProgressDialog {
    Q_OBJECT
public:
    FirstSyncDialog(SyncThread* sync, QWidget* parent = nullptr);

    /// Starts the sync thread and waits, showing progress, until the first sync ended. False with the
    /// reason when it was cancelled or the server could not be reached.
    static bool run(SyncThread* sync, QWidget* parent, QString* error);

private:
    QString m_reason;
    bool m_done = false;
    bool m_ok = false;
};

} // namespace meldpunt
