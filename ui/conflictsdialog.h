// SPDX-License-Identifier: GPL-3.0-or-later
// The changes of this desk that lost to an earlier change on another desk, or that the server refused,
// each with the value that won.
#pragma once

#include "domain/report.h"
#include "sync/replica.h"

#include <QDialog>

class QListWidget;

namespace meldpunt {

class ConflictsDialog final : public QDialog {
    Q_OBJECT
public:
    ConflictsDialog(const QList<SyncConflict>& conflicts, const ReferenceData& refs, QWidget* parent = nullptr);

    /// One sentence for a coordinator: what this desk wanted, what won, and who set it.
    static QString describe(const SyncConflict& c, const ReferenceData& refs);

Q_SIGNALS:
    void openReportRequested(const QString& ref);

private:
    QListWidget* m_list;
};

} // namespace meldpunt
