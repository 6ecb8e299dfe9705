// SPDX-License-Identifier: GPL-3.0-or-later
// The department heads' dashboard: KPIs and charts over a period and dimensions, computed off the GUI thread.
#pragma once

#include "stats/dashboardtables.h"

#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QCustomPlot;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;
class QTabWidget;
class QToolButton;

namespace meldpunt {

class ChartCard;
class DashboardTableModel;
class ReportStore;

/// What a department head opens: volumes with last year's line, reports per category, lead-time
/// percentiles, deadline compliance, the backlog, hotspots and engaged citizens, over a period and
/// the queue's dimensions. Read-only. The numbers are computed from an in-memory snapshot on a
/// worker thread; a newer filter makes older answers stale, and they are dropped. Clicking a bar or
/// a point emits the queue filter of the reports behind it.
///
/// The snapshot is read when the view is first shown (or on reload()); after edits elsewhere, call
/// reload() — it waits briefly so that a burst of edits causes one reload.
class DashboardView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardView)
public:
    enum class Chart { Volume, Categories, LeadTimes, Sla, Backlog, Hotspots, Engaged };
    enum class Preset { ThisYear, Last12Months, LastYear, AllTime, Custom };

    /// Uses `store` for the database, the reference data and "now"; the store must outlive the view.
    explicit DashboardView(ReportStore* store, QWidget* parent = nullptr);
    ~DashboardView() override;

    /// Head mode: everything limited to one department, the department choice gone, read-only.
    /// 0 lifts the lock. Reloads the snapshot for that department only.
    void setDepartmentLock(int departmentId);
    int departmentLock() const { return m_lock; }

    /// The period (a preset, or Custom with from/to) and dimensions; statuses and search are ignored.
    void setPreset(Preset preset);
    void setCustomPeriod(QDate from, QDate to);
    void setDimensions(const QueueFilter& filter);
    void setGranularity(DashboardQuery::Granularity g);
    void setDayBasis(DashboardQuery::DayBasis b);
    /// The query the filter bar describes now.
    DashboardQuery query() const;

    /// True once the numbers on screen answer the current filter (nothing loading or computing).
    bool isReady() const;
    const DashboardData& data() const { return m_data; }
    ChartCard* card(Chart chart) const;
    QCustomPlot* plot(Chart chart) const;

    /// Saves a chart as PNG or PDF (by the file's suffix), with its title. False with a reason.
    bool exportChart(Chart chart, const QString& file, QString* error = nullptr);
    /// Saves the table behind a chart as CSV.
    bool exportCsv(Chart chart, const QString& file, QString* error = nullptr) const;
    /// Writes the whole dashboard as a printable multi-page PDF report for the council.
    bool exportReport(const QString& file, QString* error = nullptr);
    /// The table behind a chart, as exported.
    StatsTable table(Chart chart) const;

public Q_SLOTS:
    /// Re-reads the database (after edits or a sync); collapses bursts, waits while hidden.
    void reload();

Q_SIGNALS:
    /// The reports behind a clicked bar, point or row, as a queue filter.
    void drillDown(const meldpunt::QueueFilter& filter);
    /// New numbers are on screen and answer the current filter.
    void ready();
    /// Reading or computing failed; the message is translated.
    void failed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildFilterBar(QWidget* bar);
    void buildKpis(QWidget* row);
    void buildTables(QWidget* card);
    void fillCombos();
    void presetChanged();
    void scheduleCompute();
    void startLoad();
    void startCompute();
    void render();
    void renderKpis();
    void renderVolume();
    void renderCategories();
    void renderLeadTimes();
    void renderSla();
    void renderBacklog();
    void renderTables();
    void updateStatus();
    void saveChartInteractively(Chart chart);
    void saveCsvInteractively(Chart chart);
    void saveReportInteractively();
    QDate today() const;
    QString bucketLabel(const VolumeBucket& b, bool lastYear) const;
    QString describeScope() const;
    QueueFilter drillBase() const;

    ReportStore* m_store;
    ReferenceData m_refs;
    QThreadPool m_pool; ///< loads and computations, one at a time
    QThreadPool m_helper; ///< the second core's share of a load or computation
    std::shared_ptr<const StatsSnapshot> m_snapshot;
    DashboardData m_data;
    DashboardQuery m_shownQuery;
    quint64 m_loadSerial = 0;
    quint64 m_computeSerial = 0;
    quint64 m_shownSerial = 0;
    bool m_loading = false;
    bool m_stale = true;
    bool m_updatingControls = false;
    int m_lock = 0;
    QTimer m_computeTimer;
    QTimer m_reloadTimer;
    QTimer m_resizeTimer;

    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_granularity = nullptr;
    QComboBox* m_basis = nullptr;
    QLabel* m_lockBadge = nullptr;
    QLabel* m_status = nullptr;
    QToolButton* m_export = nullptr;

    struct Kpi {
        QLabel* value = nullptr;
        QLabel* note = nullptr;
    };
    Kpi m_kpiReceived;
    Kpi m_kpiResolved;
    Kpi m_kpiMedian;
    Kpi m_kpiP90;
    Kpi m_kpiSla;
    Kpi m_kpiOpen;

    ChartCard* m_volume = nullptr;
    ChartCard* m_categories = nullptr;
    ChartCard* m_lead = nullptr;
    QComboBox* m_leadGroup = nullptr;
    ChartCard* m_sla = nullptr;
    QComboBox* m_slaGroup = nullptr;
    ChartCard* m_backlog = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_hotspots = nullptr;
    QTableView* m_yoy = nullptr;
    QTableView* m_dimensions = nullptr;
    QTableView* m_engaged = nullptr;
    DashboardTableModel* m_hotspotModel = nullptr;
    DashboardTableModel* m_yoyModel = nullptr;
    DashboardTableModel* m_dimensionModel = nullptr;
    DashboardTableModel* m_engagedModel = nullptr;
    QSpinBox* m_engagedMin = nullptr;
    // Keys of the bars and points on screen, in plot order, for tooltips and drill-down.
    QList<int> m_categoryOrder; ///< main category index per stacked bar series
    QList<int> m_leadIds;
    QList<GroupSla> m_slaRows;
    std::vector<std::pair<int, int>> m_engagedIndex; ///< (topic, citizen) per engaged table row
};

} // namespace meldpunt
