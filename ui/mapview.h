// SPDX-License-Identifier: GPL-3.0-or-later
// The map view of the main window: the map of the queue's reports with its toolbar — address
// search, layers, zone selection and the basemap.
#pragma once

#include "domain/report.h"
#include "geo/tilesource.h"
#include "store/queuefilter.h"

#include <QPolygonF>
#include <QTimer>
#include <QWidget>

#include <memory>

class QAction;
class QActionGroup;
class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace meldpunt {

class AddressIndex;
class Database;
class MapReportFeed;
class MapWidget;

/// Shows exactly the reports of the queue's filter on a map that stays fluid at a million
/// reports. Clicking a report activates it (the owner selects it in the queue and the detail
/// pane); drawing a zone asks the owner to filter the queue to it. The view itself never
/// issues SQL: it asks core classes, and the heavy ones run on worker threads.
class MapView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapView)
public:
    MapView(Database* db, const ReferenceData& refs, QWidget* parent = nullptr);
    ~MapView() override;

    /// Shows the reports of this filter (its `area` is outlined too). Loads in the background.
    void setFilter(const QueueFilter& filter);
    QueueFilter filter() const;
    /// Loads the reports again, e.g. after ReportCommands::reportsChanged; bursts collapse.
    void reload();
    void reportsChanged(const QList<qint64>& ids);
    void setReferenceData(const ReferenceData& refs);

    void centerOn(double lat, double lon);
    /// Highlights a report and brings it into view (the queue's selection).
    void selectReport(qint64 id);

    void setTileSource(const TileSourceSpec& spec);
    TileSourceSpec tileSource() const { return m_source; }
    void setHeatmapVisible(bool on);
    void setChoroplethVisible(bool on);
    void setReportsVisible(bool on);
    /// "Now" for overdue markers (tests, the demo city); 0 follows the clock.
    void setNow(qint64 secs);

    /// True when the reports, the city map, the visible tiles and the heatmap are all in.
    bool isReady() const;
    MapWidget* canvas() const { return m_canvas; }
    /// The address register behind the search box once loaded (nullptr before).
    std::shared_ptr<const AddressIndex> addressIndex() const;

Q_SIGNALS:
    void reportActivated(qint64 id);
    /// A zone drawn on the map (lon/lat, closed); empty when the user cleared the zone.
    void areaSelected(const QPolygonF& lonLat);
    void ready();
    /// The user picked another basemap; the owner keeps it in the settings.
    void tileSourceChanged(const meldpunt::TileSourceSpec& spec);

private:
    void buildToolbar(QWidget* bar);
    void onLoaded();
    void onLoadingChanged(bool loading);
    void updateSummary();
    void checkReady();
    void onSearchEdited();
    void goToSearchHit(int row);
    void showToolTip(const QList<qint64>& ids, const QPoint& globalPos);
    void showReportList(const QList<qint64>& ids, const QPoint& globalPos);
    void chooseMbtiles();
    void chooseCustomServer();
    void applySourceFromMenu(const TileSourceSpec& spec);
    void revealSelection();

    Database* m_db;
    ReferenceData m_refs;
    MapReportFeed* m_feed;
    MapWidget* m_canvas;
    TileSourceSpec m_source;
    qint64 m_pendingSelection = 0;
    bool m_ready = false;
    QTimer m_reloadTimer;
    QTimer m_searchTimer;

    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_searchModel = nullptr;
    QList<AddressHit> m_searchHits;
    QToolButton* m_reportsButton = nullptr;
    QToolButton* m_heatButton = nullptr;
    QToolButton* m_districtButton = nullptr;
    QToolButton* m_zoneButton = nullptr;
    QToolButton* m_basemapButton = nullptr;
    QAction* m_clearZone = nullptr;
    QActionGroup* m_basemapGroup = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace meldpunt
