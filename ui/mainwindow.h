// SPDX-License-Identifier: GPL-3.0-or-later
// The coordinator's main window: the dispatch queue, its filters and the detail pane, keyboard first.
#pragma once

#include "sync/syncengine.h"

#include "store/queuefilter.h"

#include <QHash>
#include <QMainWindow>

class QTabWidget;

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QTableView;
class QTimer;

namespace meldpunt {

class CountWorker;
class DashboardView;
class LettersView;
class MapView;
class Outbox;
class PrintQueueView;
class Picker;
struct PickerItem;
class DetailPane;
class FilterPanel;
class SyncStatusWidget;
class SyncThread;
class QueueDelegate;
class QueueModel;
class ReportCommands;
class ReportStore;

/// Composes the queue, the filter dock and the detail dock, registers every triage action with its
/// shortcut in one table, and turns each keystroke into one call on the command layer.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    /// Every action of the window; the table in registerActions() gives each its text and shortcuts.
    enum class Action {
        NewReport,
        Refresh,
        Quit,
        Undo,
        Redo,
        Find,
        ClearFilter,
        SaveFilter,
        AcceptSuggested,
        ChangeCategory,
        ChangeDepartment,
        SetPriority,
        PriorityLow,
        PriorityNormal,
        PriorityHigh,
        PriorityUrgent,
        SetStatus,
        MarkDuplicate,
        AddNote,
        Reply,
        NextReport,
        PreviousReport,
        DismissMessage,
        ToggleFilters,
        ToggleDetail,
        Shortcuts,
        About,
        Count
    };

    explicit MainWindow(ReportStore* store, ReportCommands* commands, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Renders `view` ("queue", "intake", "map", "dashboard", "letters", "printqueue") at 1600×1000 into a PNG;
    /// false with a translated reason.
    bool renderScreenshot(const QString& view, const QString& file, QString* error);

    /// The views beside the queue, one tab each.
    enum ViewTab { QueueTab, MapTab, DashboardTab, LettersTab, PrintQueueTab, ViewTabCount };
    void showView(ViewTab tab);
    /// Department-head mode: the dashboard alone, read-only, limited to one department (0: all).
    void setHeadMode(int departmentId);

    QAction* action(Action a) const { return m_actions.value(a); }
    QueueModel* queueModel() const { return m_model; }
    /// The reports the next action works on: the selected rows, else the current one, in row order.
    QList<qint64> selectedIds() const;
    /// Shows `f` in the queue and the filter panel and asks for its counts.
    void applyFilter(const QueueFilter& f);
    /// Makes this report the current row (loading pages as needed); false when the filter hides it.
    bool selectReport(qint64 id);
    /// Works as a desk of a central database: status indicator, live updates, claims, conflicts.
    void attachSync(SyncThread* sync);
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void registerActions();
    void buildMenus();
    void restoreSettings();
    void saveSettings();
    void connectSignals();

    // Actions.
    void acceptSuggested();
    void changeCategory();
    void changeDepartment();
    void pickPriority();
    void setPriority(int priority);
    void pickStatus();
    void markDuplicate();
    void addNote();
    void newReport();
    void refresh();
    void moveCurrent(int delta);
    void showShortcuts();
    void showAbout();

    // Reactions.
    void onFilterChanged(const QueueFilter& f);
    void onCurrentRowChanged();
    void onSelectionChanged();
    void onCountReady(qint64 total, qint64 overdue);
    void onHeaderClicked(int column);
    void scheduleRecount();
    void recount();
    void showError(const QString& message);
    void showDone();
    void hideMessage();
    void updateActions();
    void updateSortIndicator();
    void updateTitle();
    /// After a triage step on one row: the next row, so the coordinator can keep going.
    void advance(const QList<qint64>& ids);
    void returnToQueue();
    void setCurrentRow(int row);
    void updateLoadedText();
    void updateEmptyText();
    void showHeaderMenu(const QPoint& pos);
    Picker* openPicker(const QString& name, const QString& title, const QList<PickerItem>& items);
    QString describe(const QList<qint64>& ids) const;
    QString filterTitle(const QueueFilter& f) const;

    ReportStore* m_store;
    ReportCommands* m_commands;
    QWidget* buildViews(QWidget* queuePage);
    QWidget* ensureView(ViewTab tab);
    void onViewChanged(int index);
    void replyToCurrent();
    bool renderViewScreenshot(ViewTab tab, const QString& file, QString* error);
    // mainwindowsync.cpp
    void reloadQueue();
    void onReportsPulled(const QList<qint64>& ids, bool structural);
    void onConflicts(const QList<SyncConflict>& conflicts);
    void onClaims(const QHash<QString, ClaimHolder>& others);
    void claimCurrent(qint64 id);
    void updateClaimNotice();
    void showConflicts();
    void editConnection();

    QTabWidget* m_tabs = nullptr;
    QList<QWidget*> m_viewPages;
    MapView* m_map = nullptr;
    DashboardView* m_dashboard = nullptr;
    LettersView* m_letters = nullptr;
    PrintQueueView* m_printQueue = nullptr;
    Outbox* m_outbox = nullptr;
    bool m_headMode = false;
    int m_headDepartment = 0;
    QueueModel* m_model = nullptr;
    QueueDelegate* m_delegate = nullptr;
    CountWorker* m_counts = nullptr;
    QTableView* m_view = nullptr;
    FilterPanel* m_filterPanel = nullptr;
    DetailPane* m_detail = nullptr;
    QDockWidget* m_filterDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    QFrame* m_messageBar = nullptr;
    QLabel* m_messageText = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_countText = nullptr;
    QLabel* m_emptyText = nullptr;
    QLabel* m_statusCount = nullptr;
    QLabel* m_statusSelection = nullptr;
    QTimer* m_detailTimer = nullptr;
    QTimer* m_recountTimer = nullptr;
    QHash<Action, QAction*> m_actions;
    QByteArray m_defaultState;
    QByteArray m_defaultHeaderState;
    qint64 m_keepId = 0; ///< the current report across a reset of the model
    qint64 m_total = -1;
    qint64 m_overdue = 0;
    bool m_screenshotMode = false;
    SyncThread* m_sync = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QLabel* m_claimNotice = nullptr;
    QList<SyncConflict> m_conflicts;
    QHash<QString, QString> m_claimedBy; ///< report uuid → who holds it, on other desks
    QString m_currentUuid;
};

} // namespace meldpunt
