// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as a desk of a central database: the status-bar indicator, live updates of the queue,
// claims ("being handled by"), conflict notices and the connection dialog.
#include "commands/reportcommands.h"
#include "conflictsdialog.h"
#include "connectiondialog.h"
#include "detailpane.h"
#include "mainwindow.h"
#include "queuemodel.h"
#include "settings.h"
#include "store/reportstore.h"
#include "sync/syncthread.h"
#include "syncstatuswidget.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace meldpunt {

void MainWindow::attachSync(SyncThread* sync)
{
    m_sync = sync;
    SyncEngine* engine = sync->engine();
    m_syncStatus = new SyncStatusWidget(this);
    m_claimNotice = new QLabel(this);
    m_claimNotice->setObjectName(QStringLiteral("claimNotice"));
    m_claimNotice->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: 600; }"));
    m_claimNotice->hide();
    statusBar()->addWidget(m_claimNotice);
    statusBar()->addPermanentWidget(m_syncStatus);

    connect(engine, &SyncEngine::stateChanged, m_syncStatus, &SyncStatusWidget::setState);
    connect(engine, &SyncEngine::pendingChanged, m_syncStatus, &SyncStatusWidget::setWaiting);
    connect(engine, &SyncEngine::synced, m_syncStatus, &SyncStatusWidget::setLastSync);
    connect(engine, &SyncEngine::reportsPulled, this, &MainWindow::onReportsPulled);
    connect(engine, &SyncEngine::conflictsArrived, this, &MainWindow::onConflicts);
    connect(engine, &SyncEngine::claimsChanged, this, &MainWindow::onClaims);
    connect(engine, &SyncEngine::claimRefused, this, [this](const QString& uuid, const ClaimHolder& holder) {
        m_claimedBy.insert(uuid, holder.userName);
        updateClaimNotice();
    });
    connect(m_syncStatus, &SyncStatusWidget::syncNowRequested, this, [this] { m_sync->syncNow(); });
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_syncStatus, &SyncStatusWidget::connectionRequested, this, &MainWindow::editConnection);
    // Every local change waits in the outbox (in the same transaction); push it at once.
    connect(m_commands, &ReportCommands::reportsChanged, m_sync, &SyncThread::requestPush);
    connect(m_commands, &ReportCommands::reportCreated, m_sync, &SyncThread::requestPush);
}

void MainWindow::onReportsPulled(const QList<qint64>& ids, bool structural)
{
    if (structural)
        m_store->reloadReferenceData();
    // Another desk changed reports: the queue, its counts and the open report follow without a refresh.
    Q_UNUSED(ids)
    reloadQueue();
    scheduleRecount();
    updateActions();
}

void MainWindow::onConflicts(const QList<SyncConflict>& conflicts)
{
    m_conflicts += conflicts;
    m_syncStatus->setConflicts(int(m_conflicts.size()));
    QString text = ConflictsDialog::describe(conflicts.first(), m_store->refs());
    if (conflicts.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more in Conflicts…)", nullptr, int(conflicts.size() - 1));
    showError(text);
}

void MainWindow::onClaims(const QHash<QString, ClaimHolder>& others)
{
    m_claimedBy.clear();
    for (auto it = others.cbegin(); it != others.cend(); ++it)
        m_claimedBy.insert(it.key(), it.value().userName);
    updateClaimNotice();
}

void MainWindow::claimCurrent(qint64 id)
{
    if (!m_sync || m_headMode)
        return;
    QString uuid;
    if (id) {
        if (const std::optional<Report> r = m_store->report(id))
            uuid = r->uuid;
    }
    if (uuid == m_currentUuid)
        return;
    m_currentUuid = uuid;
    m_sync->claim(uuid);
    updateClaimNotice();
}

void MainWindow::updateClaimNotice()
{
    if (!m_claimNotice)
        return;
    const QString holder = m_claimedBy.value(m_currentUuid);
    if (m_currentUuid.isEmpty() || holder.isEmpty()) {
        m_claimNotice->hide();
        return;
    }
    const std::optional<Report> r = m_store->report(m_detail->reportId());
    m_claimNotice->setText(tr("⚑ %1 is being handled by %2").arg(r ? r->ref : QString(), holder));
    m_claimNotice->show();
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(m_conflicts, m_store->refs(), this);
    connect(&dialog, &ConflictsDialog::openReportRequested, this, [this](const QString& ref) {
        if (const std::optional<Report> r = m_store->reportByRef(ref)) {
            if (!selectReport(r->id))
                m_detail->showReport(r->id);
        }
    });
    dialog.exec();
    m_sync->markConflictsSeen();
    m_conflicts.clear();
    m_syncStatus->setConflicts(0);
}

void MainWindow::editConnection()
{
    Settings* settings = Settings::instance();
    const ServerConnection current
        = m_sync ? m_sync->server() : ServerConnection::fromSettings(settings->value(Settings::Key::CentralServer).toMap());
    ConnectionDialog dialog(current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ServerConnection chosen = dialog.connection();
    settings->setValue(Settings::Key::CentralServer, chosen.isEmpty() ? QVariantMap() : chosen.toSettings());
    settings->sync();
    QMessageBox::information(this,
        tr("Central database"),
        chosen.isEmpty() ? tr("Meldpunt works on this desk's own database from the next start.")
                         : tr("Meldpunt works on %1 from the next start; the first start copies the city's "
                              "reports once.")
                               .arg(chosen.describe()));
}

} // namespace meldpunt
