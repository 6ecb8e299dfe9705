// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's views beside the queue (map, dashboard, templates, print queue) and how they talk to it.
#include "mainwindow.h"

#include "commands/reportcommands.h"
#include "dashboardview.h"
#include "detailpane.h"
#include "filterpanel.h"
#include "letters/outbox.h"
#include "lettersview.h"
#include "mapview.h"
#include "printqueueview.h"
#include "queuemodel.h"
#include "replydialog.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

void pumpEvents(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

} // namespace

QWidget* MainWindow::buildViews(QWidget* queuePage)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_viewPages = { queuePage };
    m_tabs->addTab(queuePage, tr("&Queue"));
    // The other views are built when first shown, so that start-up stays with the queue alone.
    const QStringList titles { tr("&Map"), tr("&Dashboard"), tr("&Templates"), tr("&Print queue") };
    for (const QString& title : titles) {
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_viewPages << page;
        m_tabs->addTab(page, title);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onViewChanged);

    // Outgoing e-mail and SMS leave from here, whatever view is open; failures stay queued with their error.
    m_outbox = new Outbox(m_store->database(), this);
    m_outbox->setActor(m_store->actor());
    m_outbox->setRetryInterval(5 * 60 * 1000);
    connect(m_outbox, &Outbox::passwordRequired, this, [this] {
        bool ok = false;
        const QString pw = QInputDialog::getText(this,
            tr("Mail server password"),
            tr("The password of the mail server account (kept for this session only):"),
            QLineEdit::Password,
            QString(),
            &ok);
        if (ok && !pw.isEmpty()) {
            m_outbox->setSessionPassword(pw);
            m_outbox->processQueue();
        }
    });
    QMetaObject::invokeMethod(m_outbox, &Outbox::processQueue, Qt::QueuedConnection);
    return m_tabs;
}

QWidget* MainWindow::ensureView(ViewTab tab)
{
    QWidget* page = m_viewPages.value(tab);
    if (tab == QueueTab || !page || !page->layout()->isEmpty())
        return page;
    switch (tab) {
    case MapTab: {
        m_map = new MapView(m_store->database(), m_store->refs(), page);
        m_map->setFilter(m_model->filter());
        connect(m_commands, &ReportCommands::reportsChanged, m_map, &MapView::reportsChanged);
        connect(m_commands, &ReportCommands::reportCreated, m_map, [this](qint64) { m_map->reload(); });
        connect(m_map, &MapView::reportActivated, this, [this](qint64 id) {
            if (!selectReport(id))
                m_detail->showReport(id);
        });
        connect(m_map, &MapView::areaSelected, this, [this](const QPolygonF& area) {
            QueueFilter f = m_model->filter();
            f.area = area;
            applyFilter(f);
            statusBar()->showMessage(
                tr("The queue shows the reports inside the drawn zone. Esc or Ctrl+0 clears it."), 8000);
        });
        if (const qint64 id = m_detail->reportId())
            m_map->selectReport(id);
        page->layout()->addWidget(m_map);
        break;
    }
    case DashboardTab:
        m_dashboard = new DashboardView(m_store, page);
        if (m_headMode)
            m_dashboard->setDepartmentLock(m_headDepartment);
        connect(m_dashboard, &DashboardView::drillDown, this, [this](const QueueFilter& f) {
            if (m_headMode)
                return; // a head reads the dashboard only
            showView(QueueTab);
            applyFilter(f);
        });
        connect(m_dashboard, &DashboardView::failed, this, &MainWindow::showError);
        connect(m_commands, &ReportCommands::reportsChanged, m_dashboard, &DashboardView::reload);
        connect(m_commands, &ReportCommands::reportCreated, m_dashboard, &DashboardView::reload);
        page->layout()->addWidget(m_dashboard);
        break;
    case LettersTab:
        m_letters = new LettersView(m_store->database(), m_store, page);
        m_letters->setOutbox(m_outbox);
        page->layout()->addWidget(m_letters);
        break;
    case PrintQueueTab:
        m_printQueue = new PrintQueueView(m_store->database(), m_store, page);
        page->layout()->addWidget(m_printQueue);
        break;
    case QueueTab:
    case ViewTabCount: break;
    }
    return page;
}

void MainWindow::onViewChanged(int index)
{
    ensureView(ViewTab(index));
    // The filters and the report belong to the queue and the map; the other views use the whole width.
    const bool withDocks = !m_headMode && (index == QueueTab || index == MapTab);
    m_filterDock->setVisible(withDocks);
    m_detailDock->setVisible(withDocks);
    if (index == QueueTab)
        m_view->setFocus();
}

void MainWindow::showView(ViewTab tab)
{
    ensureView(tab);
    m_tabs->setCurrentIndex(tab);
}

void MainWindow::setHeadMode(int departmentId)
{
    m_headMode = true;
    m_headDepartment = departmentId;
    showView(DashboardTab);
    m_dashboard->setDepartmentLock(departmentId);
    // Read-only: only the dashboard; no triage, no replies, no letters.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabVisible(i, i == DashboardTab);
    m_filterDock->hide();
    m_detailDock->hide();
    for (QAction* a : std::as_const(m_actions))
        if (a && a->objectName() != QLatin1String("actionQuit") && a->objectName() != QLatin1String("actionAbout")
            && a->objectName() != QLatin1String("actionShortcuts"))
            a->setEnabled(false);
    setWindowTitle(tr("%1 — dashboard (read-only)").arg(windowTitle()));
}

void MainWindow::replyToCurrent()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto* dialog = new ReplyDialog(m_store->database(), m_store, ids.first(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOutbox(m_outbox);
    connect(dialog, &QDialog::finished, this, [this, id = ids.first()] {
        m_commands->announce({ id }); // the history shows the reply at once
        m_view->setFocus();
    });
    dialog->open();
}

bool MainWindow::renderViewScreenshot(ViewTab tab, const QString& file, QString* error)
{
    resize(1600, 1000);
    show();
    showView(tab);
    QElapsedTimer waited;
    waited.start();
    auto ready = [&] {
        switch (tab) {
        case MapTab: return m_map->isReady();
        case DashboardTab: return m_dashboard->isReady();
        case LettersTab: return m_letters->isReady();
        default: return true;
        }
    };
    while (!ready() && waited.elapsed() < 60000)
        pumpEvents(50);
    pumpEvents(300);
    if (!grab().save(file)) {
        *error = tr("Cannot write the screenshot %1.").arg(file);
        return false;
    }
    return true;
}

} // namespace meldpunt
