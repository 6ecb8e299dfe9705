// SPDX-License-Identifier: GPL-3.0-or-later
// The map canvas: basemap, report clusters and markers, hotspots, districts and area drawing on QPainter.
#pragma once

#include "domain/report.h"
#include "geo/citybackground.h"
#include "geo/citytiles.h"
#include "geo/heatmap.h"
#include "geo/mapreports.h"
#include "geo/webmercator.h"

#include <QCache>
#include <QFutureWatcher>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace meldpunt {

class Database;
class TileProvider;
struct TileSourceSpec;

/// A marker the owner places by hand (the detail map's report and its duplicate candidates,
/// an address found by the search box).
struct MapPin {
    qint64 id = 0; ///< a report id, or 0
    double lat = 0;
    double lon = 0;
    QColor color;
    QString label; ///< drawn inside the pin ("1", "2", …) or empty
    QString toolTip;
    bool primary = false; ///< larger, drawn last
};

/// Paints one map frame after another without ever waiting: the reports, the city background
/// and the heatmap are computed elsewhere and swapped in whole; tiles arrive when they arrive.
/// It knows nothing of the database beyond loading the shared city background.
class MapWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapWidget)
public:
    enum class Tool { Pan, Rectangle, Polygon };

    explicit MapWidget(QWidget* parent = nullptr);
    ~MapWidget() override;

    // What to show.
    void setReports(std::shared_ptr<const MapReportSet> reports);
    std::shared_ptr<const MapReportSet> reports() const { return m_reports; }
    void setCity(std::shared_ptr<const CityBackground> city);
    std::shared_ptr<const CityBackground> city() const { return m_city; }
    /// Loads the database's city background on a worker thread, shared with other map widgets.
    void loadCity(const Database* db);
    /// Where raster tiles come from; the vector background is drawn when it has no raster source.
    TileProvider* tileProvider() const { return m_tiles; }
    void setTileSource(const TileSourceSpec& spec, QString* error = nullptr);
    void setPins(const QList<MapPin>& pins);
    /// The queue filter's drawn area (lon/lat), outlined with the world outside it dimmed.
    void setArea(const QPolygonF& lonLat);

    // Layers.
    void setReportsVisible(bool on);
    void setHeatmapVisible(bool on);
    void setChoroplethVisible(bool on);
    bool reportsVisible() const { return m_showReports; }
    bool heatmapVisible() const { return m_showHeat; }
    bool choroplethVisible() const { return m_showChoropleth; }
    /// Compact mode for the detail pane: no legend, no zoom buttons, no drawing.
    void setCompact(bool compact);

    // The view.
    const MapViewport& viewport() const { return m_vp; }
    void setView(double lat, double lon, double zoom);
    void centerOn(double lat, double lon);
    void setZoom(double zoom);
    double zoom() const { return m_vp.zoom(); }
    void zoomBy(double delta, QPointF aboutScreen);
    /// Shows all of `world` (world coordinates), and keeps it fitted through resizes until the view moves.
    void fitWorld(const QRectF& world, double maxZoom = 18);
    /// Fits the reports and the city (Home key, the fit button).
    void fitContent();

    // Selection and drawing.
    void setSelectedReport(qint64 id);
    qint64 selectedReport() const { return m_selected; }
    void setTool(Tool tool);
    Tool tool() const { return m_tool; }
    void setLoading(bool loading);
    /// A transient sentence shown at the top of the map (tile trouble, drawing hints).
    void setMessage(const QString& message);

    /// True when nothing is pending: reports and city loaded, visible tiles in, heatmap computed.
    bool isReady() const;

    static QColor statusColor(Status s);
    static QColor groupColor(MapStatusGroup g);

Q_SIGNALS:
    void reportClicked(qint64 id);
    /// A click on the map where there is no marker or pin (the intake form picks a place with it).
    void mapClicked(double lat, double lon);
    /// A cluster at the deepest zoom still holds several reports: let the owner offer a list.
    void reportsListRequested(const QList<qint64>& ids, const QPoint& globalPos);
    void areaDrawn(const QPolygonF& lonLat);
    void toolChanged(meldpunt::MapWidget::Tool tool);
    void viewChanged();
    void readyChanged(bool ready);
    /// The city background (districts, streets, the address register) was set or loaded.
    void cityChanged();
    /// Asks the owner for a tooltip about reports (the widget has no database).
    void toolTipRequested(const QList<qint64>& ids, int totalCount, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Hit {
        bool found = false;
        ClusterItem item;
        qint64 reportId = 0;
        const MapPin* pin = nullptr;
    };

    void viewMoved();
    void applyFit(const QRectF& world, double maxZoom);
    QRectF contentBounds() const;
    void scheduleWork();
    void doWork();
    void startHeatmap();
    void checkReady();
    Hit hitTest(QPointF pos) const;
    void activate(const Hit& hit, QPoint globalPos);
    void finishPolygon();
    void cancelDrawing();
    int zoomButtonAt(QPointF pos) const;
    QRectF zoomButtonRect(int index) const;

    void paintBackdrop(QPainter& p);
    void paintTiles(QPainter& p);
    void paintCity(QPainter& p);
    void restyleCity();
    void paintChoropleth(QPainter& p);
    void paintChoroplethLabels(QPainter& p);
    void paintHeatmap(QPainter& p);
    void paintReports(QPainter& p);
    void paintPins(QPainter& p);
    void paintArea(QPainter& p);
    void paintDrawing(QPainter& p);
    void paintControls(QPainter& p);
    void paintLegend(QPainter& p);
    void paintScaleBar(QPainter& p);
    void paintAttribution(QPainter& p);
    void paintMessage(QPainter& p);

    QPixmap markerSprite(Status s, bool overdue, bool selected);
    QPixmap clusterSprite(const ClusterItem& item);
    QTransform worldToScreen() const;

    MapViewport m_vp;
    std::shared_ptr<const MapReportSet> m_reports;
    std::shared_ptr<const CityBackground> m_city;
    TileProvider* m_tiles;
    CityTileCache* m_cityTiles;
    QList<MapPin> m_pins;
    QPolygonF m_area; ///< lon/lat
    QPolygonF m_areaWorld;
    bool m_showReports = true;
    bool m_showHeat = false;
    bool m_showChoropleth = false;
    bool m_compact = false;
    bool m_loading = false;
    QString m_message;
    qint64 m_selected = 0;

    // Interaction.
    Tool m_tool = Tool::Pan;
    bool m_pressed = false;
    bool m_dragging = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
    QPointF m_hoverPos;
    QPolygonF m_drawWorld; ///< rectangle corners or polygon vertices in world coordinates
    double m_wheelRemainder = 0;
    bool m_ignoreRelease = false;
    /// Until the user or the owner moves the view, it follows what loads (city, reports).
    bool m_autoFit = true;
    QRectF m_fitWorld; ///< what the owner asked to fit, until the view is moved
    double m_fitMaxZoom = 18;

    // Heavy work, collapsed: many view changes → one pass after the event loop is idle.
    QTimer m_workTimer;
    HeatmapImage m_heat;
    std::shared_ptr<const MapReportSet> m_heatSource;
    QFutureWatcher<HeatmapImage> m_heatWatcher;
    bool m_heatPending = false;
    bool m_heatStale = true;
    bool m_cityLoading = false;
    QList<QFutureWatcher<std::shared_ptr<const CityBackground>>*> m_cityJobs;
    bool m_ready = false;

    QHash<quint32, QPixmap> m_markerSprites;
    QCache<QString, QPixmap> m_clusterSprites;
    std::vector<ClusterItem> m_items; ///< reused between frames
};

} // namespace meldpunt
