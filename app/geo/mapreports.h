// SPDX-License-Identifier: GPL-3.0-or-later
// The reports of the queue's current filter as the map needs them: positions, status, the cluster
// hierarchy and counts per district, loaded and built off the GUI thread.
#pragma once

#include "domain/report.h"
#include "geo/clusterindex.h"
#include "store/queuefilter.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QRectF>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace meldpunt {

class Database;

/// How the map groups the nine statuses for colouring clusters.
enum class MapStatusGroup : std::uint8_t { ToDo = 0, InWork = 1, Done = 2 };
MapStatusGroup mapStatusGroup(Status s);

/// One load of the map: every located report under a filter, in id order, and its clusters.
struct MapReportSet {
    std::vector<qint64> ids; ///< ascending
    std::vector<double> x; ///< world coordinates (WebMercator::project)
    std::vector<double> y;
    std::vector<std::uint8_t> status; ///< Status as a number
    std::vector<std::uint8_t> overdue;
    std::vector<int> district; ///< 0 when the report has none
    ClusterIndex clusters;
    QHash<int, qint64> districtCounts; ///< located and unlocated reports per district id
    std::array<qint64, 9> statusCounts {}; ///< located reports per Status
    qint64 overdueCount = 0; ///< located and overdue
    qint64 withoutLocation = 0;
    QRectF worldBounds; ///< of the located reports; null when there are none
    QueueFilter filter;
    qint64 now = 0;
    double loadMs = 0;
    double buildMs = 0;
    QString error; ///< translated; the set is empty when set

    std::size_t size() const { return ids.size(); }
    /// Index of a report id, or -1.
    qint64 indexOf(qint64 id) const;
    Status statusAt(std::size_t i) const { return Status(status[i]); }
};

/// Loads a MapReportSet: one SQL pass on the calling thread's connection (raw SQLite, the
/// queue's own WHERE clause), then the cluster hierarchy.
class MapReportLoader final {
    Q_DECLARE_TR_FUNCTIONS(MapReportLoader)
public:
    static std::shared_ptr<MapReportSet> load(const Database* db, const QueueFilter& filter, qint64 now,
        const ReferenceData& refs, const std::atomic<bool>* cancelled = nullptr, const ClusterOptions& options = {});
    /// The same from prepared points (tests and the benchmark).
    static void finish(
        MapReportSet* set, const ClusterOptions& options = {}, const std::atomic<bool>* cancelled = nullptr);
};

/// A few facts about one report for a map tooltip, a pick list or the detail map.
struct MapReportBrief {
    qint64 id = 0;
    QString ref;
    QString category; ///< "Afval › Zwerfvuil"
    QString address;
    Status status = Status::New;
    qint64 receivedAt = 0;
    qint64 dueAt = 0;
    bool hasLocation = false;
    double lat = 0;
    double lon = 0;
};

/// Reads MapReportBriefs by id; small lists only (tooltips, a cluster's pick list, the detail map).
class MapReportLookup final {
public:
    static QList<MapReportBrief> briefs(const Database* db, const QList<qint64>& ids, const ReferenceData& refs);
};

/// Keeps the map's MapReportSet in step with a filter: every change starts a load on a worker
/// thread, and changes that arrive while one runs collapse into one more load.
class MapReportFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapReportFeed)
public:
    MapReportFeed(const Database* db, ReferenceData refs, QObject* parent = nullptr);
    ~MapReportFeed() override;

    void setFilter(const QueueFilter& filter);
    QueueFilter filter() const { return m_filter; }
    /// Loads again with the same filter (reports changed).
    void reload();
    /// "Now" for overdue; 0 follows the clock.
    void setNow(qint64 secs) { m_now = secs; }
    void setReferenceData(const ReferenceData& refs) { m_refs = refs; }

    std::shared_ptr<const MapReportSet> current() const { return m_current; }
    bool isLoading() const { return m_running; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// current() holds a new set.
    void loaded();

private:
    void start();
    void onFinished();

    const Database* m_db;
    ReferenceData m_refs;
    QueueFilter m_filter;
    qint64 m_now = 0;
    bool m_running = false;
    bool m_pending = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<const MapReportSet> m_current;
    QFutureWatcher<std::shared_ptr<MapReportSet>> m_watcher;
};

} // namespace meldpunt
