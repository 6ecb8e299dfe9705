// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "addresscompleter.h"
#include "conflictsdialog.h"
#include "connectiondialog.h"
#include "commands/reportcommands.h"
#include "countworker.h"
#include "detailpane.h"
#include "filterpanel.h"
#include "intakedialog.h"
#include "mapview.h"
#include "pickers.h"
#include "queuedelegate.h"
#include "queuemodel.h"
#include "settings.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QCompleter>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>
#include <QVBoxLayout>

#include <functional>

namespace meldpunt {

namespace {

constexpr int kDetailDelayMs = 40; // holding j or ↓ should not load every report it passes
constexpr int kRecountDelayMs = 300;

/// Sort order a column starts with: newest received first, most urgent due and priority first.
Qt::SortOrder defaultOrder(int column)
{
    return column == QueueModel::DueColumn ? Qt::AscendingOrder : Qt::DescendingOrder;
}

int columnOf(QueueFilter::SortKey key)
{
    switch (key) {
    case QueueFilter::SortKey::Due: return QueueModel::DueColumn;
    case QueueFilter::SortKey::Priority: return QueueModel::PriorityColumn;
    case QueueFilter::SortKey::Received: break;
    }
    return QueueModel::ReceivedColumn;
}

/// English plural forms when no translation is installed: English is the source language and has no .qm
/// of its own, so without this a count of one would read "1 report(s)". Other languages fall through to
/// their real translations.
class EnglishPlurals final : public QTranslator {
public:
    using QTranslator::QTranslator;
    Q_DISABLE_COPY_MOVE(EnglishPlurals)
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        if (n < 0 || !sourceText)
            return {};
        const QLocale::Language language = QLocale().language();
        if (language != QLocale::English && language != QLocale::C)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

void installEnglishPlurals()
{
    static bool installed = false;
    if (installed || !QCoreApplication::instance())
        return;
    installed = true;
    QCoreApplication::installTranslator(new EnglishPlurals(QCoreApplication::instance()));
}

void processEventsFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
}

} // namespace

MainWindow::MainWindow(ReportStore* store, ReportCommands* commands, QWidget* parent)
    : QMainWindow(parent), m_store(store), m_commands(commands)
{
    setObjectName(QStringLiteral("mainWindow"));
    installEnglishPlurals();
    buildUi();
    registerActions();
    buildMenus();
    connectSignals();
    updateTitle();
    restoreSettings();
    updateActions();
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    // The count queries use the database; they must finish before it goes away.
    m_counts->waitForDone();
}

void MainWindow::buildUi()
{
    m_model = new QueueModel(m_store, m_commands, this);
    m_delegate = new QueueDelegate(this);
    m_counts = new CountWorker(m_store, this);

    // The queue, under its title strip and the message bar.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);

    m_messageBar = new QFrame(central);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setFrameShape(QFrame::StyledPanel);
    m_messageBar->setStyleSheet(
        QStringLiteral("#messageBar { background: #fdecea; border: 1px solid #f1aeb5; border-radius: 4px; }"
                       "#messageBar QLabel { color: #6b1a1a; }"));
    auto* mbLayout = new QHBoxLayout(m_messageBar);
    mbLayout->setContentsMargins(10, 6, 6, 6);
    auto* mbIcon = new QLabel(m_messageBar);
    mbIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    mbIcon->setAlignment(Qt::AlignTop);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setTextFormat(Qt::PlainText); // messages can quote citizen text
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* mbClose = new QToolButton(m_messageBar);
    mbClose->setObjectName(QStringLiteral("messageClose"));
    mbClose->setAutoRaise(true);
    mbClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    mbClose->setToolTip(tr("Dismiss (Esc)"));
    mbLayout->addWidget(mbIcon);
    mbLayout->addWidget(m_messageText, 1);
    mbLayout->addWidget(mbClose, 0, Qt::AlignTop);
    m_messageBar->hide();
    connect(mbClose, &QToolButton::clicked, this, &MainWindow::hideMessage);

    auto* strip = new QWidget(central);
    strip->setObjectName(QStringLiteral("queueHeader"));
    auto* stripLayout = new QHBoxLayout(strip);
    stripLayout->setContentsMargins(12, 8, 12, 8);
    stripLayout->setSpacing(12);
    m_title = new QLabel(strip);
    m_title->setObjectName(QStringLiteral("queueTitle"));
    m_title->setTextFormat(Qt::PlainText); // a saved filter's name is typed by a user
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.3);
    tf.setBold(true);
    m_title->setFont(tf);
    m_countText = new QLabel(strip);
    m_countText->setObjectName(QStringLiteral("queueCount"));
    m_countText->setTextFormat(Qt::RichText); // only our own numbers, coloured
    auto* hints = new QLabel(strip);
    hints->setObjectName(QStringLiteral("keyHints"));
    hints->setTextFormat(Qt::PlainText);
    hints->setText(
        tr("Enter route · C category · D department · P priority · S status · U duplicate · N note · / search"));
    QPalette hp = hints->palette();
    hp.setColor(QPalette::WindowText, hp.color(QPalette::Disabled, QPalette::WindowText));
    hints->setPalette(hp);
    hints->setMinimumWidth(0);
    hints->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    hints->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    stripLayout->addWidget(m_title);
    stripLayout->addWidget(m_countText);
    stripLayout->addWidget(hints, 1);

    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 14);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(40);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QList<QPair<int, int>> widths = { { QueueModel::RefColumn, 108 },
        { QueueModel::ReceivedColumn, 104 },
        { QueueModel::DueColumn, 124 },
        { QueueModel::CategoryColumn, 140 },
        { QueueModel::AddressColumn, 150 },
        { QueueModel::DistrictColumn, 100 },
        { QueueModel::ChannelColumn, 80 },
        { QueueModel::StatusColumn, 104 },
        { QueueModel::PriorityColumn, 72 },
        { QueueModel::DepartmentColumn, 120 },
        { QueueModel::AssigneeColumn, 110 } };
    for (const auto& [col, width] : widths)
        header->resizeSection(col, width);
    // What triage decides sits left, where the eye starts: state first, then what and where.
    const QList<int> visualOrder = { QueueModel::RefColumn,
        QueueModel::ReceivedColumn,
        QueueModel::DueColumn,
        QueueModel::PriorityColumn,
        QueueModel::StatusColumn,
        QueueModel::CategoryColumn,
        QueueModel::DepartmentColumn,
        QueueModel::AddressColumn,
        QueueModel::DistrictColumn,
        QueueModel::ChannelColumn,
        QueueModel::AssigneeColumn };
    for (int visual = 0; visual < visualOrder.size(); ++visual)
        header->moveSection(header->visualIndex(visualOrder.at(visual)), visual);
    // District, channel and assignee matter less while triaging (the address and the detail pane say
    // as much); the header's menu shows them. The last visible column takes what width is left.
    header->hideSection(QueueModel::DistrictColumn);
    header->hideSection(QueueModel::ChannelColumn);
    header->hideSection(QueueModel::AssigneeColumn);

    m_emptyText = new QLabel(m_view->viewport());
    m_emptyText->setObjectName(QStringLiteral("emptyQueueText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setText(tr("No reports match this filter."));
    QPalette ep = m_emptyText->palette();
    ep.setColor(QPalette::WindowText, ep.color(QPalette::Disabled, QPalette::WindowText));
    m_emptyText->setPalette(ep);
    m_emptyText->hide();
    m_view->viewport()->installEventFilter(this);

    auto* line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto* barHolder = new QWidget(central);
    auto* barLayout = new QVBoxLayout(barHolder);
    barLayout->setContentsMargins(8, 6, 8, 0);
    barLayout->addWidget(m_messageBar);
    column->addWidget(barHolder);
    column->addWidget(strip);
    column->addWidget(line);
    column->addWidget(m_view, 1);
    setCentralWidget(buildViews(central));

    // Docks: filters left, the report right.
    m_filterPanel = new FilterPanel(m_store, this);
    m_filterDock = new QDockWidget(tr("Filters"), this);
    m_filterDock->setObjectName(QStringLiteral("filterDock"));
    m_filterDock->setWidget(m_filterPanel);
    m_filterDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);

    m_detail = new DetailPane(m_store, m_commands, this);
    m_detailDock = new QDockWidget(tr("Report"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    resize(1600, 1000);
    resizeDocks({ m_filterDock, m_detailDock }, { 290, 365 }, Qt::Horizontal);

    // Status bar: loaded/total on the right, the selection beside it.
    m_statusSelection = new QLabel(this);
    m_statusSelection->setObjectName(QStringLiteral("selectionLabel"));
    m_statusCount = new QLabel(this);
    m_statusCount->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_statusSelection);
    statusBar()->addPermanentWidget(m_statusCount);
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(kDetailDelayMs);
    m_recountTimer = new QTimer(this);
    m_recountTimer->setSingleShot(true);
    m_recountTimer->setInterval(kRecountDelayMs);
}

void MainWindow::registerActions()
{
    struct Spec {
        Action id;
        const char* name;
        QString text;
        QList<QKeySequence> keys;
        /// Single keys act only while the queue has the focus, never while typing in a field.
        bool queueOnly;
        std::function<void()> run;
        QString tip = {};
    };
    QUndoStack* stack = m_commands->undoStack();
    const QList<Spec> specs = {
        { Action::NewReport,
            "actionNewReport",
            tr("&New report…"),
            { QKeySequence::New },
            false,
            [this] { newReport(); },
            tr("Register a report taken by phone or at the counter") },
        { Action::Refresh,
            "actionRefresh",
            tr("&Refresh"),
            { QKeySequence(Qt::Key_F5) },
            false,
            [this] { refresh(); },
            tr("Read the queue again; greyed rows that no longer match disappear") },
        { Action::Quit, "actionQuit", tr("&Quit"), { QKeySequence::Quit }, false, [this] { close(); } },
        { Action::Undo, "actionUndo", tr("&Undo"), { QKeySequence::Undo }, false, [stack] { stack->undo(); } },
        { Action::Redo,
            "actionRedo",
            tr("&Redo"),
            { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) },
            false,
            [stack] { stack->redo(); } },
        { Action::Find,
            "actionFind",
            tr("&Search"),
            { QKeySequence(Qt::Key_Slash), QKeySequence::Find },
            false,
            [this] {
                m_filterDock->show();
                m_filterPanel->focusSearch();
            } },
        { Action::ClearFilter,
            "actionClearFilter",
            tr("Show the &to-do queue"),
            { QKeySequence(Qt::CTRL | Qt::Key_0) },
            false,
            [this] {
                QueueFilter f = QueueFilter::toDo();
                f.sortKey = m_model->filter().sortKey;
                f.sortOrder = m_model->filter().sortOrder;
                applyFilter(f);
            },
            tr("New and triaged reports, no other conditions") },
        { Action::SaveFilter,
            "actionSaveFilter",
            tr("Save &filter…"),
            { QKeySequence(Qt::CTRL | Qt::Key_S) },
            false,
            [this] { m_filterPanel->saveCurrentFilter(); } },
        { Action::AcceptSuggested,
            "actionAcceptSuggested",
            tr("&Accept suggested department"),
            { QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) },
            true,
            [this] { acceptSuggested(); },
            tr("Route to the category's department and mark as assigned") },
        { Action::ChangeCategory,
            "actionChangeCategory",
            tr("Change &category…"),
            { QKeySequence(Qt::Key_C) },
            true,
            [this] { changeCategory(); } },
        { Action::ChangeDepartment,
            "actionChangeDepartment",
            tr("Route to &department…"),
            { QKeySequence(Qt::Key_D) },
            true,
            [this] { changeDepartment(); } },
        { Action::SetPriority,
            "actionSetPriority",
            tr("Set &priority…"),
            { QKeySequence(Qt::Key_P) },
            true,
            [this] { pickPriority(); } },
        { Action::PriorityLow,
            "actionPriorityLow",
            tr("Priority %1").arg(Labels::label(Priority::Low)),
            { QKeySequence(Qt::Key_1) },
            true,
            [this] { setPriority(int(Priority::Low)); } },
        { Action::PriorityNormal,
            "actionPriorityNormal",
            tr("Priority %1").arg(Labels::label(Priority::Normal)),
            { QKeySequence(Qt::Key_2) },
            true,
            [this] { setPriority(int(Priority::Normal)); } },
        { Action::PriorityHigh,
            "actionPriorityHigh",
            tr("Priority %1").arg(Labels::label(Priority::High)),
            { QKeySequence(Qt::Key_3) },
            true,
            [this] { setPriority(int(Priority::High)); } },
        { Action::PriorityUrgent,
            "actionPriorityUrgent",
            tr("Priority %1").arg(Labels::label(Priority::Urgent)),
            { QKeySequence(Qt::Key_4) },
            true,
            [this] { setPriority(int(Priority::Urgent)); } },
        { Action::SetStatus,
            "actionSetStatus",
            tr("Set &status…"),
            { QKeySequence(Qt::Key_S) },
            true,
            [this] { pickStatus(); } },
        { Action::MarkDuplicate,
            "actionMarkDuplicate",
            tr("Mark as d&uplicate of…"),
            { QKeySequence(Qt::Key_U) },
            true,
            [this] { markDuplicate(); } },
        { Action::AddNote,
            "actionAddNote",
            tr("Add internal &note…"),
            { QKeySequence(Qt::Key_N) },
            true,
            [this] { addNote(); } },
        { Action::Reply,
            "actionReply",
            tr("&Reply to the citizen…"),
            { QKeySequence(Qt::Key_R) },
            true,
            [this] { replyToCurrent(); },
            tr("Answer the reporter and everyone following this report, from a template") },
        { Action::NextReport,
            "actionNextReport",
            tr("Ne&xt report"),
            { QKeySequence(Qt::Key_J) },
            true,
            [this] { moveCurrent(1); } },
        { Action::PreviousReport,
            "actionPreviousReport",
            tr("Pre&vious report"),
            { QKeySequence(Qt::Key_K) },
            true,
            [this] { moveCurrent(-1); } },
        { Action::DismissMessage,
            "actionDismissMessage",
            tr("Dismiss message"),
            { QKeySequence(Qt::Key_Escape) },
            true,
            [this] { hideMessage(); } },
        { Action::Shortcuts,
            "actionShortcuts",
            tr("&Keyboard shortcuts"),
            { QKeySequence::HelpContents },
            false,
            [this] { showShortcuts(); } },
        { Action::About, "actionAbout", tr("&About Meldpunt"), {}, false, [this] { showAbout(); } },
    };
    for (const Spec& s : specs) {
        auto* a = new QAction(s.text, this);
        a->setObjectName(QLatin1String(s.name));
        a->setShortcuts(s.keys);
        if (!s.tip.isEmpty())
            a->setStatusTip(s.tip);
        if (s.queueOnly) {
            a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_view->addAction(a);
        } else {
            a->setShortcutContext(Qt::WindowShortcut);
            addAction(a); // shortcuts work with the menu bar hidden too
        }
        connect(a, &QAction::triggered, this, s.run);
        m_actions.insert(s.id, a);
    }

    QAction* filters = m_filterDock->toggleViewAction();
    filters->setObjectName(QStringLiteral("actionToggleFilters"));
    filters->setText(tr("&Filters"));
    filters->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_actions.insert(Action::ToggleFilters, filters);
    QAction* detail = m_detailDock->toggleViewAction();
    detail->setObjectName(QStringLiteral("actionToggleDetail"));
    detail->setText(tr("&Report details"));
    detail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_actions.insert(Action::ToggleDetail, detail);

    // Undo and redo say what they would undo, as the stack knows it.
    QAction* undo = m_actions.value(Action::Undo);
    QAction* redo = m_actions.value(Action::Redo);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString& text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString& text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu* menu, const QList<Action>& ids) {
        for (Action id : ids) {
            if (id == Action::Count)
                menu->addSeparator();
            else
                menu->addAction(m_actions.value(id));
        }
    };
    constexpr Action Separator = Action::Count;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    add(file, { Action::NewReport, Action::Refresh, Separator, Action::Quit });
    auto* central = new QAction(tr("Central &database…"), this);
    central->setObjectName(QStringLiteral("actionCentralDatabase"));
    central->setStatusTip(tr("Work with the other desks of the city on one central PostgreSQL database."));
    connect(central, &QAction::triggered, this, &MainWindow::editConnection);
    file->insertAction(m_actions.value(Action::Quit), central);
    file->insertSeparator(m_actions.value(Action::Quit));
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    add(edit, { Action::Undo, Action::Redo, Separator, Action::Find, Action::SaveFilter, Action::ClearFilter });
    QMenu* triage = menuBar()->addMenu(tr("&Triage"));
    add(triage,
        { Action::AcceptSuggested, Action::ChangeDepartment, Action::ChangeCategory, Separator, Action::SetPriority });
    QMenu* priority = triage->addMenu(tr("Priority"));
    add(priority, { Action::PriorityLow, Action::PriorityNormal, Action::PriorityHigh, Action::PriorityUrgent });
    add(triage, { Action::SetStatus, Action::MarkDuplicate, Separator, Action::AddNote, Action::Reply });
    QMenu* go = menuBar()->addMenu(tr("&View"));
    add(go, { Action::NextReport, Action::PreviousReport, Separator, Action::ToggleFilters, Action::ToggleDetail });
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    add(help, { Action::Shortcuts, Separator, Action::About });
}

void MainWindow::connectSignals()
{
    connect(m_model, &QueueModel::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_model, &QueueModel::loadFailed, this, &MainWindow::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keepId = m_model->reportId(m_view->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // Stay on the same report when it is still there, else start at the top.
        const int row = m_keepId ? m_model->rowOf(m_keepId) : -1;
        if (m_model->rowCount() > 0)
            setCurrentRow(row >= 0 ? row : 0);
        else
            onCurrentRowChanged();
        updateLoadedText();
        updateEmptyText();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        updateLoadedText();
        updateEmptyText();
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            setCurrentRow(0);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionClicked, this, &MainWindow::onHeaderClicked);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &MainWindow::showHeaderMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_detailDock->show(); });
    connect(m_detailTimer, &QTimer::timeout, this, [this] {
        const qint64 id = m_model->reportId(m_view->currentIndex().row());
        if (id != m_detail->reportId())
            m_detail->showReport(id);
        claimCurrent(id);
        if (m_map && id)
            m_map->selectReport(id);
    });

    connect(m_filterPanel, &FilterPanel::filterEdited, this, &MainWindow::applyFilter);
    connect(m_filterPanel, &FilterPanel::failed, this, &MainWindow::showError);
    connect(m_filterPanel, &FilterPanel::leaveRequested, this, &MainWindow::returnToQueue);
    connect(m_filterPanel, &FilterPanel::savedFiltersChanged, this, [this] {
        m_counts->requestSavedFilterCounts(m_filterPanel->savedFilters());
        updateTitle();
    });

    connect(m_counts, &CountWorker::countReady, this, &MainWindow::onCountReady);
    connect(m_counts, &CountWorker::statusCountsReady, m_filterPanel, &FilterPanel::setStatusCounts);
    connect(m_counts, &CountWorker::savedFilterCountsReady, m_filterPanel, &FilterPanel::setSavedFilterCounts);
    connect(m_counts, &CountWorker::failed, this, &MainWindow::showError);
    connect(m_recountTimer, &QTimer::timeout, this, &MainWindow::recount);

    connect(m_commands, &ReportCommands::failed, this, &MainWindow::showError);
    connect(m_commands, &ReportCommands::reportsChanged, this, [this] {
        scheduleRecount();
        updateActions();
    });
    connect(m_commands, &ReportCommands::reportCreated, this, &MainWindow::scheduleRecount);

    connect(m_detail, &DetailPane::openReportRequested, this, [this](qint64 id) {
        if (!selectReport(id)) {
            m_detail->showReport(id);
            const std::optional<Report> r = m_store->report(id);
            statusBar()->showMessage(tr("%1 is not in this queue; it is shown in the detail pane only.")
                                         .arg(r ? r->ref : QString::number(id)),
                6000);
        }
    });
    connect(m_detail, &DetailPane::markDuplicateRequested, this, [this](qint64 duplicateId, qint64 originalId) {
        if (m_commands->markDuplicate(duplicateId, originalId)) {
            showDone();
            if (m_model->reportId(m_view->currentIndex().row()) == duplicateId)
                advance({ duplicateId });
        }
    });
}

void MainWindow::restoreSettings()
{
    m_defaultState = saveState();
    m_defaultHeaderState = m_view->horizontalHeader()->saveState();
    Settings* s = Settings::instance();
    const QByteArray geometry = s->value(Settings::Key::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen* screen = QGuiApplication::primaryScreen()) {
            const QRect avail = screen->availableGeometry();
            resize(std::min(1600, avail.width() * 9 / 10), std::min(1000, avail.height() * 9 / 10));
        }
    }
    restoreState(s->value(Settings::Key::MainWindowState).toByteArray());
    const QByteArray headerState = s->value(Settings::Key::QueueHeaderState).toByteArray();
    if (!headerState.isEmpty())
        m_view->horizontalHeader()->restoreState(headerState);

    QueueFilter f = QueueFilter::toDo();
    const QByteArray last = s->value(Settings::Key::LastFilter).toByteArray();
    if (!last.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(last);
        if (doc.isObject())
            f = QueueFilter::fromJson(doc.object());
    }
    applyFilter(f);
}

void MainWindow::saveSettings()
{
    if (m_screenshotMode)
        return; // a screenshot must not change the coordinator's layout
    Settings* s = Settings::instance();
    s->setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    s->setValue(Settings::Key::MainWindowState, saveState());
    s->setValue(Settings::Key::QueueHeaderState, m_view->horizontalHeader()->saveState());
    s->setValue(Settings::Key::LastFilter, QJsonDocument(m_model->filter().toJson()).toJson(QJsonDocument::Compact));
    s->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyText->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    return QMainWindow::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// The filter and the counts.

void MainWindow::applyFilter(const QueueFilter& f)
{
    m_filterPanel->setFilter(f);
    if (f == m_model->filter() && m_model->rowCount() > 0 && m_total >= 0)
        return; // an edit that changed nothing (e.g. a debounce after retyping the same word)
    m_model->setFilter(f);
}

void MainWindow::onFilterChanged(const QueueFilter& f)
{
    if (m_map)
        m_map->setFilter(f); // the map shows exactly the queue's filter
    m_total = -1;
    updateTitle();
    updateSortIndicator();
    updateLoadedText();
    recount();
}

void MainWindow::scheduleRecount()
{
    m_recountTimer->start();
}

void MainWindow::recount()
{
    m_recountTimer->stop();
    const QueueFilter& f = m_model->filter();
    m_counts->requestCount(f);
    m_counts->requestStatusCounts(f);
    m_counts->requestSavedFilterCounts(m_filterPanel->savedFilters());
}

void MainWindow::onCountReady(qint64 total, qint64 overdue)
{
    m_total = total;
    m_overdue = overdue;
    QString text = tr("%Ln report(s)", nullptr, int(std::min<qint64>(total, INT_MAX)));
    if (overdue > 0)
        text += QStringLiteral(" · <span style='color:#c62828; font-weight:600'>%1</span>")
                    .arg(tr("%Ln overdue", nullptr, int(std::min<qint64>(overdue, INT_MAX))));
    m_countText->setText(text);
    updateLoadedText();
}

void MainWindow::updateLoadedText()
{
    const QLocale locale;
    const int loaded = m_model->rowCount();
    if (m_total < 0)
        m_statusCount->setText(tr("Counting…"));
    else if (loaded < m_total)
        m_statusCount->setText(tr("%1 of %2 loaded").arg(locale.toString(loaded), locale.toString(m_total)));
    else
        m_statusCount->setText(tr("%Ln report(s)", nullptr, int(std::min<qint64>(m_total, INT_MAX))));
    if (m_total < 0 && m_countText->text().isEmpty())
        m_countText->setText(tr("counting…"));
}

void MainWindow::updateEmptyText()
{
    m_emptyText->setGeometry(m_view->viewport()->rect().adjusted(20, 20, -20, -20));
    m_emptyText->setVisible(m_model->rowCount() == 0);
}

QString MainWindow::filterTitle(const QueueFilter& f) const
{
    if (const SavedFilter* s = m_filterPanel->savedFilterMatching(f))
        return s->name;
    QueueFilter todo = QueueFilter::toDo();
    todo.sortKey = f.sortKey;
    todo.sortOrder = f.sortOrder;
    if (f == todo)
        return tr("To do");
    QueueFilter all;
    all.sortKey = f.sortKey;
    all.sortOrder = f.sortOrder;
    if (f == all)
        return tr("All reports");
    if (!f.search.isEmpty())
        return tr("Search: %1").arg(QueueModel::displayText(f.search));
    return tr("Filtered queue");
}

void MainWindow::updateTitle()
{
    const QString db = m_store->database() ? m_store->database()->path() : QString();
    setWindowTitle(db.isEmpty() ? tr("Meldpunt") : tr("%1 — Meldpunt").arg(QFileInfo(db).fileName()));
    setWindowFilePath(db);
    m_title->setText(filterTitle(m_model->filter()));
}

void MainWindow::updateSortIndicator()
{
    const QueueFilter& f = m_model->filter();
    m_view->horizontalHeader()->setSortIndicator(columnOf(f.sortKey), f.sortOrder);
}

void MainWindow::onHeaderClicked(int column)
{
    if (!QueueModel::isSortable(column)) {
        updateSortIndicator(); // the header moved its arrow; put it back where the data is sorted
        return;
    }
    QueueFilter f = m_model->filter();
    const int current = columnOf(f.sortKey);
    const Qt::SortOrder order = column == current
        ? (f.sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder)
        : defaultOrder(column);
    m_model->sort(column, order);
    m_filterPanel->setFilter(m_model->filter());
    updateSortIndicator();
}

void MainWindow::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("columnMenu"));
    for (int c = 0; c < QueueModel::ColumnCount; ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != QueueModel::RefColumn);
        connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    QAction* reset = menu.addAction(tr("Reset columns"));
    connect(reset, &QAction::triggered, this, [this] {
        m_view->horizontalHeader()->restoreState(m_defaultHeaderState);
        updateSortIndicator();
    });
    menu.exec(header->mapToGlobal(pos));
}

// ---------------------------------------------------------------------------------------------
// Selection and movement.

QList<qint64> MainWindow::selectedIds() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& i : selected)
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    QList<qint64> ids;
    for (int r : std::as_const(rows))
        if (const qint64 id = m_model->reportId(r))
            ids << id;
    return ids;
}

void MainWindow::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(0, m_view->currentIndex().column());
    const QModelIndex index = m_model->index(row, m_view->isColumnHidden(column) ? 0 : column);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool MainWindow::selectReport(qint64 id)
{
    const int row = m_model->ensureLoaded(id, 10);
    if (row < 0)
        return false;
    setCurrentRow(row);
    return true;
}

void MainWindow::moveCurrent(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const int row = m_view->currentIndex().row();
    int next = row < 0 ? 0 : row + delta;
    if (next >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    next = std::clamp(next, 0, m_model->rowCount() - 1);
    setCurrentRow(next);
}

void MainWindow::advance(const QList<qint64>& ids)
{
    if (ids.size() != 1)
        return; // a bulk selection stays as it was, so its result can be checked
    const int row = m_model->rowOf(ids.first());
    if (row < 0 || m_model->reportId(m_view->currentIndex().row()) != ids.first())
        return;
    if (row + 1 >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    if (row + 1 < m_model->rowCount())
        setCurrentRow(row + 1);
}

void MainWindow::returnToQueue()
{
    activateWindow();
    m_view->setFocus(Qt::OtherFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        setCurrentRow(0);
}

void MainWindow::onCurrentRowChanged()
{
    m_detailTimer->start();
    updateActions();
}

void MainWindow::onSelectionChanged()
{
    const qsizetype n = m_view->selectionModel()->selectedRows().size();
    m_statusSelection->setText(n > 1 ? tr("%n selected", nullptr, int(n)) : QString());
    updateActions();
}

void MainWindow::updateActions()
{
    const bool any = m_view->currentIndex().isValid() || m_view->selectionModel()->hasSelection();
    for (Action a : { Action::AcceptSuggested,
             Action::ChangeCategory,
             Action::ChangeDepartment,
             Action::SetPriority,
             Action::PriorityLow,
             Action::PriorityNormal,
             Action::PriorityHigh,
             Action::PriorityUrgent,
             Action::SetStatus,
             Action::MarkDuplicate,
             Action::AddNote })
        m_actions.value(a)->setEnabled(any);
}

// ---------------------------------------------------------------------------------------------
// Messages.

void MainWindow::showError(const QString& message)
{
    if (message.isEmpty())
        return;
    m_messageText->setText(message);
    m_messageBar->show();
    statusBar()->clearMessage();
}

void MainWindow::hideMessage()
{
    m_messageBar->hide();
}

void MainWindow::showDone()
{
    // The newest success replaces an older refusal: the coordinator has moved on.
    hideMessage();
    const QString what = m_commands->undoStack()->undoText();
    if (!what.isEmpty())
        statusBar()->showMessage(tr("%1. Ctrl+Z undoes it.").arg(what), 6000);
}

QString MainWindow::describe(const QList<qint64>& ids) const
{
    if (ids.size() == 1) {
        const QueueRow* r = m_model->rowData(m_model->rowOf(ids.first()));
        if (r)
            return r->ref;
    }
    return tr("%n report(s)", nullptr, int(ids.size()));
}

// ---------------------------------------------------------------------------------------------
// Triage.

Picker* MainWindow::openPicker(const QString& name, const QString& title, const QList<PickerItem>& items)
{
    auto* picker = new Picker(name, title, items, this);
    connect(picker, &QDialog::finished, this, &MainWindow::returnToQueue);
    picker->open();
    return picker;
}

void MainWindow::acceptSuggested()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (m_commands->acceptSuggestedDepartment(ids)) {
        showDone();
        advance(ids);
    }
}

void MainWindow::changeCategory()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    Picker* p = openPicker(QStringLiteral("categoryPicker"),
        tr("Category of %1").arg(describe(ids)),
        PickerItems::categories(m_store->refs()));
    p->setPlaceholder(tr("Type part of a category, e.g. zwerfvuil"));
    if (const QueueRow* r = m_model->rowData(m_model->rowOf(ids.first())))
        p->selectValue(r->categoryId);
    connect(p, &Picker::chosen, this, [this, ids](const QVariant& value) {
        if (m_commands->setCategory(ids, value.toInt()))
            showDone();
    });
}

void MainWindow::changeDepartment()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    Picker* p = openPicker(QStringLiteral("departmentPicker"),
        tr("Route %1 to").arg(describe(ids)),
        PickerItems::departments(m_store->refs()));
    p->setPlaceholder(tr("Type part of a department"));
    if (const QueueRow* r = m_model->rowData(m_model->rowOf(ids.first()))) {
        int dep = r->departmentId;
        if (dep == 0)
            if (const Category* c = m_store->refs().category(r->categoryId))
                dep = c->departmentId;
        p->selectValue(dep);
    }
    connect(p, &Picker::chosen, this, [this, ids](const QVariant& value) {
        if (m_commands->route(ids, value.toInt())) {
            showDone();
            advance(ids);
        }
    });
}

void MainWindow::pickPriority()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    Picker* p = openPicker(
        QStringLiteral("priorityPicker"), tr("Priority of %1").arg(describe(ids)), PickerItems::priorities());
    p->setDigitShortcuts(true);
    p->setHint(tr("1–4 choose directly · Enter chooses · Esc cancels"));
    if (const QueueRow* r = m_model->rowData(m_model->rowOf(ids.first())))
        p->selectValue(int(r->priority));
    connect(p, &Picker::chosen, this, [this](const QVariant& value) { setPriority(value.toInt()); });
}

void MainWindow::setPriority(int priority)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (m_commands->setPriority(ids, Priority(std::clamp(priority, 0, 3))))
        showDone();
}

void MainWindow::pickStatus()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QList<Status> from;
    for (qint64 id : ids)
        if (const QueueRow* r = m_model->rowData(m_model->rowOf(id)); r && !from.contains(r->status))
            from << r->status;
    const QList<PickerItem> items = PickerItems::statuses(from);
    if (items.isEmpty()) {
        QStringList labels;
        for (Status s : std::as_const(from))
            labels << StatusRules::label(s);
        showError(tr("No status change is possible from %1.").arg(labels.join(QStringLiteral(", "))));
        return;
    }
    Picker* p = openPicker(QStringLiteral("statusPicker"), tr("Status of %1").arg(describe(ids)), items);
    p->setPlaceholder(tr("Type part of a status"));
    p->setHint(tr("Only the changes the workflow allows are listed · duplicates: U"));
    connect(p, &Picker::chosen, this, [this, ids](const QVariant& value) {
        if (m_commands->setStatus(ids, Status(value.toInt()))) {
            showDone();
            advance(ids);
        }
    });
}

void MainWindow::markDuplicate()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const qint64 current = m_model->reportId(m_view->currentIndex().row());
    const qint64 anchor = ids.contains(current) ? current : ids.first();
    QList<NearbyReport> nearby = m_store->duplicateCandidates(anchor);
    nearby.removeIf([&ids](const NearbyReport& n) { return ids.contains(n.row.id); });
    Picker* p = openPicker(QStringLiteral("duplicatePicker"),
        tr("%1 is a duplicate of").arg(describe(ids)),
        PickerItems::duplicateCandidates(nearby, m_store->refs()));
    p->setAllowFreeText(true);
    p->setPlaceholder(tr("Type a reference, e.g. M-2026-001234, or choose a nearby report"));
    p->setHint(nearby.isEmpty()
            ? tr("No report of the same category within 50 m in 12 weeks; type the reference of the original.")
            : tr("Nearby reports of the same category (≤ 50 m, 12 weeks) · or type a reference"));
    connect(p, &Picker::chosen, this, [this, ids](const QVariant& value, const QString& typed) {
        qint64 original = value.isValid() ? value.toLongLong() : 0;
        if (!original) {
            const std::optional<Report> r = m_store->reportByRef(typed);
            if (!r) {
                showError(tr("There is no report %1; nothing was marked.").arg(QueueModel::displayText(typed)));
                return;
            }
            original = r->id;
        }
        QUndoStack* stack = m_commands->undoStack();
        const bool bulk = ids.size() > 1;
        if (bulk)
            stack->beginMacro(tr("Mark %n report(s) as duplicates", nullptr, int(ids.size())));
        bool ok = true;
        for (qint64 id : ids) {
            if (id == original)
                continue;
            if (!m_commands->markDuplicate(id, original)) {
                ok = false;
                break;
            }
        }
        if (bulk) {
            stack->endMacro();
            if (!ok)
                stack->undo(); // all or nothing, like every other bulk change
        }
        if (ok) {
            showDone();
            advance(ids);
        }
    });
}

void MainWindow::addNote()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto* dialog = new NoteDialog(tr("Internal note on %1").arg(describe(ids)), this);
    connect(dialog, &QDialog::accepted, this, [this, ids, dialog] {
        const QString text = dialog->text();
        QUndoStack* stack = m_commands->undoStack();
        if (ids.size() > 1)
            stack->beginMacro(tr("Add a note to %n report(s)", nullptr, int(ids.size())));
        bool ok = true;
        for (qint64 id : ids)
            ok = ok && m_commands->addNote(id, text);
        if (ids.size() > 1) {
            stack->endMacro();
            if (!ok)
                stack->undo();
        }
        if (ok)
            showDone();
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::returnToQueue);
    dialog->open();
}

void MainWindow::newReport()
{
    auto* dialog = new IntakeDialog(m_store, m_commands, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->createdId();
        if (!id)
            return;
        const std::optional<Report> r = m_store->report(id);
        if (selectReport(id))
            statusBar()->showMessage(tr("%1 registered.").arg(r ? r->ref : QString()), 6000);
        else
            statusBar()->showMessage(
                tr("%1 registered; the current filter does not show it.").arg(r ? r->ref : QString()), 8000);
    });
    connect(dialog, &QDialog::finished, this, &MainWindow::returnToQueue);
    dialog->open();
}

void MainWindow::refresh()
{
    reloadQueue();
    statusBar()->showMessage(tr("Queue refreshed."), 3000);
}

void MainWindow::reloadQueue()
{
    const QList<qint64> selected = selectedIds();
    m_model->refresh(); // keeps the current report through modelReset
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, QueueModel::ColumnCount - 1));
    }
    if (!selection.isEmpty())
        m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (m_detail->reportId())
        m_detail->showReport(m_detail->reportId());
}

void MainWindow::showShortcuts()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* table = new QTableWidget(dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("Action"), tr("Keys") });
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < int(Action::Count); ++i) {
        const QAction* a = m_actions.value(Action(i));
        if (!a || a->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(a->text().remove(QLatin1Char('&'))));
        table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
    }
    table->resizeColumnToContents(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this,
        tr("About Meldpunt"),
        tr("<h3>Meldpunt %1</h3><p>The workstation of the citizen-report desk: one queue of every report, "
           "triaged at keyboard speed.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

// ---------------------------------------------------------------------------------------------
// Screenshots.

/// Draws `dialog` over the dimmed window shot, with a title bar and a soft shadow, as it looks on screen
/// (offscreen windows have no decorations of their own).
static void composeDialog(QPixmap* shot, QWidget& dialog)
{
    const QPixmap form = dialog.grab();
    const int titleHeight = 30;
    QPainter p(shot);
    p.fillRect(shot->rect(), QColor(0, 0, 0, 70));
    const QRect frame(
        QPoint((shot->width() - form.width()) / 2, std::max(20, (shot->height() - form.height() - titleHeight) / 2)),
        QSize(form.width(), form.height() + titleHeight));
    for (int i = 10; i > 0; --i)
        p.fillRect(frame.adjusted(-i, -i + 4, i, i + 4), QColor(0, 0, 0, 5));
    const QRect title(frame.topLeft(), QSize(frame.width(), titleHeight));
    p.fillRect(title, dialog.palette().color(QPalette::Window).darker(108));
    QFont tf = dialog.font();
    tf.setBold(true);
    p.setFont(tf);
    p.setPen(dialog.palette().color(QPalette::WindowText));
    p.drawText(title, Qt::AlignCenter, dialog.windowTitle());
    p.drawPixmap(frame.topLeft() + QPoint(0, titleHeight), form);
    p.setPen(QColor(0, 0, 0, 90));
    p.drawRect(frame.adjusted(0, 0, -1, -1));
}

bool MainWindow::renderScreenshot(const QString& view, const QString& file, QString* error)
{
    const QHash<QString, ViewTab> views { { QStringLiteral("map"), MapTab },
        { QStringLiteral("dashboard"), DashboardTab },
        { QStringLiteral("letters"), LettersTab },
        { QStringLiteral("printqueue"), PrintQueueTab } };
    if (views.contains(view))
        return renderViewScreenshot(views.value(view), file, error);
    const QStringList others { QStringLiteral("queue"), QStringLiteral("intake"), QStringLiteral("connection"),
        QStringLiteral("conflicts") };
    if (!others.contains(view)) {
        *error = tr("Unknown view “%1”; choose queue, intake, connection, conflicts, map, dashboard, letters or "
                    "printqueue.")
                     .arg(view);
        return false;
    }
    m_screenshotMode = true;
    // The same picture on every machine: default layout and columns, the to-do queue.
    restoreState(m_defaultState);
    m_view->horizontalHeader()->restoreState(m_defaultHeaderState);
    m_filterDock->show();
    m_detailDock->show();
    resize(1600, 1000);
    show();
    resizeDocks({ m_filterDock, m_detailDock }, { 290, 365 }, Qt::Horizontal);
    applyFilter(QueueFilter::toDo());
    processEventsFor(50);

    // A report with a citizen fills the pane best: pick one near the top.
    int row = 0;
    for (int i = 0; i < std::min(m_model->rowCount(), 15); ++i) {
        if (const QueueRow* r = m_model->rowData(i); r && r->citizenId) {
            row = i;
            break;
        }
    }
    if (m_model->rowCount() > 0) {
        setCurrentRow(row);
        m_detail->showReport(m_model->reportId(row));
    }
    m_view->setFocus();
    QElapsedTimer waited;
    waited.start();
    while (m_counts->isBusy() && waited.elapsed() < 15000)
        processEventsFor(20);
    processEventsFor(200);

    QPixmap shot = grab();
    if (view == QLatin1String("intake")) {
        IntakeDialog dialog(m_store, m_commands, this);
        dialog.show();
        processEventsFor(50);
        // Fill it as a coordinator would, through the same lookups they use.
        if (auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("intakeAddress"))) {
            const QList<AddressHit> hits = m_store->searchAddresses(QStringLiteral("Kerkstraat 1"), 1);
            edit->setText(hits.isEmpty() ? QStringLiteral("Kerkstraat 12") : hits.first().display());
            if (auto* completer = dialog.findChild<AddressCompleter*>()) {
                completer->lookUpNow();
                processEventsFor(50);
                if (!completer->items().isEmpty())
                    completer->pick(0);
                if (completer->completer())
                    completer->completer()->popup()->hide();
            }
        }
        if (auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("intakeCategory"))) {
            edit->setText(QStringLiteral("Sluikstort"));
            const QList<LookupCompleter*> completers = dialog.findChildren<LookupCompleter*>();
            for (LookupCompleter* c : completers) {
                if (c->lineEdit() == edit) {
                    c->lookUpNow();
                    processEventsFor(50);
                    if (!c->items().isEmpty())
                        c->pick(0);
                    if (c->completer())
                        c->completer()->popup()->hide();
                }
            }
        }
        if (auto* d = dialog.findChild<QPlainTextEdit*>(QStringLiteral("intakeDescription")))
            d->setPlainText(tr("Caller reports a mattress and two bin bags dumped next to the glass containers, "
                               "since yesterday evening. Partly blocking the cycle path."));
        if (auto* r = dialog.findChild<QRadioButton*>(QStringLiteral("intakeCitizenNew")))
            r->setChecked(true);
        if (auto* e = dialog.findChild<QLineEdit*>(QStringLiteral("intakeCitizenName")))
            e->setText(QStringLiteral("Mieke Vandenberghe"));
        if (auto* e = dialog.findChild<QLineEdit*>(QStringLiteral("intakeCitizenPhone"))) {
            e->setText(QStringLiteral("+32 470 12 34 56"));
            Q_EMIT e->textEdited(e->text());
        }
        if (auto* e = dialog.findChild<QLineEdit*>(QStringLiteral("intakeCitizenEmail"))) {
            e->setText(QStringLiteral("mieke.vandenberghe@example.be"));
            Q_EMIT e->textEdited(e->text());
        }
        processEventsFor(150);
        composeDialog(&shot, dialog);
        dialog.reject();
    } else if (view == QLatin1String("connection")) {
        ServerConnection sample;
        sample.host = QStringLiteral("meldpunt-db.oostveld.be");
        sample.port = 5432;
        sample.database = QStringLiteral("meldpunt");
        sample.user = QStringLiteral("coordinator");
        sample.sslmode = QStringLiteral("verify-full");
        ConnectionDialog dialog(sample, this);
        dialog.show();
        processEventsFor(150);
        composeDialog(&shot, dialog);
        dialog.reject();
    } else if (view == QLatin1String("conflicts")) {
        // What a coordinator sees after routing reports another desk had routed first.
        const ReferenceData& refs = m_store->refs();
        QList<SyncConflict> sample;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (qint64 id = 1; id <= 40 && sample.size() < 3; id += 13) {
            const std::optional<Report> r = m_store->report(id);
            if (!r || refs.departments.size() < 2)
                continue;
            SyncConflict c;
            c.id = id;
            c.at = now - 60 * (7 + 11 * sample.size());
            c.ref = r->ref;
            c.winnerBy = sample.size() == 1 ? QStringLiteral("Jan Peeters") : QStringLiteral("An Claes");
            if (sample.size() == 1) {
                c.field = QStringLiteral("status");
                c.mine = QStringLiteral("in_progress");
                c.winner = QStringLiteral("on_hold");
            } else {
                c.field = QStringLiteral("department_id");
                c.mine = QString::number(refs.departments.at(1 + sample.size() % (refs.departments.size() - 1)).id);
                c.winner = QString::number(refs.departments.at(0).id);
            }
            sample << c;
        }
        ConflictsDialog dialog(sample, refs, this);
        dialog.show();
        processEventsFor(150);
        composeDialog(&shot, dialog);
        dialog.reject();
    }
    if (!shot.save(file)) {
        *error = tr("Cannot write the screenshot %1.").arg(file);
        return false;
    }
    return true;
}

} // namespace meldpunt
