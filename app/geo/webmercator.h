// SPDX-License-Identifier: GPL-3.0-or-later
// Web Mercator (EPSG:3857) as pure functions: lat/lon ↔ world ↔ pixel ↔ tile, and the map's viewport.
#pragma once

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QGeoRectangle>
#include <QHashFunctions>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSize>

namespace meldpunt {

/// One tile of the XYZ scheme (y grows southwards, as OSM and WMTS GoogleMapsCompatible count).
struct TileId {
    int z = 0;
    int x = 0;
    int y = 0;

    bool operator==(const TileId& o) const = default;
    bool isValid() const;
    /// The row as MBTiles and TMS count it (y grows northwards).
    int tmsRow() const { return (1 << z) - 1 - y; }
    /// The tile one zoom level up that contains this one.
    TileId parent() const { return { z - 1, x >> 1, y >> 1 }; }
};

inline size_t qHash(const TileId& t, size_t seed = 0)
{
    return qHashMulti(seed, t.z, t.x, t.y);
}

/// Spherical Web Mercator. "World" coordinates are normalised to [0, 1] × [0, 1] with (0, 0) at
/// 180° W, 85.05° N, so they do not depend on the zoom; pixels are world × 256 × 2^zoom.
class WebMercator final {
public:
    /// The latitude where the square world ends: atan(sinh(π)).
    static constexpr double kMaxLatitude = 85.05112877980659;
    static constexpr int kTileSize = 256;
    static constexpr int kMinZoom = 0;
    static constexpr int kMaxZoom = 19;
    static constexpr double kEarthRadius = 6378137.0;

    static double clampLatitude(double lat);
    static double clampZoom(double zoom);

    /// Size of the world in pixels at a (possibly fractional) zoom.
    static double worldSize(double zoom);

    static QPointF project(double lat, double lon);
    static QPointF project(const QGeoCoordinate& c) { return project(c.latitude(), c.longitude()); }
    static QGeoCoordinate unproject(QPointF world);
    static QRectF project(const QGeoRectangle& r);
    static QGeoRectangle unproject(const QRectF& world);
    /// A lon/lat polygon (x = lon, y = lat) into world coordinates.
    static QPolygonF projectLonLat(const QPolygonF& lonLat);
    static QPolygonF unprojectToLonLat(const QPolygonF& world);
    static QPolygonF project(const QGeoPolygon& p);

    static QPointF toPixel(double lat, double lon, double zoom);
    static QGeoCoordinate fromPixel(QPointF pixel, double zoom);

    static TileId tileAt(double lat, double lon, int zoom);
    static TileId tileAtWorld(QPointF world, int zoom);
    /// The tile's top-left corner in world coordinates.
    static QPointF tileOrigin(const TileId& t);
    static QRectF tileWorldRect(const TileId& t);
    static QGeoRectangle tileBounds(const TileId& t);

    /// Ground metres per screen pixel at a latitude and zoom.
    static double metersPerPixel(double lat, double zoom);
    /// The largest zoom at which `world` fits into `viewport` pixels (with a margin in pixels).
    static double zoomToFit(const QRectF& world, QSize viewport, int marginPx = 24);
};

/// What the map shows: the world point at the centre of the widget, the zoom and the widget's size.
/// Pure geometry, so panning and zooming about the cursor can be tested without a widget.
class MapViewport final {
public:
    MapViewport() = default;
    MapViewport(QPointF centerWorld, double zoom, QSize size);

    QPointF center() const { return m_center; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    QGeoCoordinate centerCoordinate() const { return WebMercator::unproject(m_center); }

    void setCenter(QPointF world);
    void setCenter(double lat, double lon) { setCenter(WebMercator::project(lat, lon)); }
    void setZoom(double zoom);
    void setSize(QSize size) { m_size = size; }

    /// Screen pixels (widget coordinates) of a world point, and back.
    QPointF toScreen(QPointF world) const;
    QPointF toWorld(QPointF screen) const;
    QPointF toScreen(double lat, double lon) const { return toScreen(WebMercator::project(lat, lon)); }
    QGeoCoordinate coordinateAt(QPointF screen) const { return WebMercator::unproject(toWorld(screen)); }
    /// Pixels per world unit.
    double scale() const { return WebMercator::worldSize(m_zoom); }
    /// The part of the world inside the widget.
    QRectF visibleWorld() const;

    /// Moves the map by a screen delta (a drag moves the content with the mouse).
    void panBy(QPointF screenDelta);
    /// Changes the zoom so that the world point under `screen` stays under it.
    void zoomAbout(QPointF screen, double newZoom);
    /// Centres on `world` at the zoom that fits it.
    void fit(const QRectF& world, int marginPx = 24);

private:
    QPointF m_center { 0.5, 0.5 };
    double m_zoom = 0;
    QSize m_size { 256, 256 };
};

} // namespace meldpunt
