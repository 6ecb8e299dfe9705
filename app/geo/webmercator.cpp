// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kDegToRad = kPi / 180.0;
} // namespace

bool TileId::isValid() const
{
    if (z < 0 || z > 30)
        return false;
    const int n = 1 << z;
    return x >= 0 && x < n && y >= 0 && y < n;
}

double WebMercator::clampLatitude(double lat)
{
    return std::clamp(lat, -kMaxLatitude, kMaxLatitude);
}

double WebMercator::clampZoom(double zoom)
{
    return std::clamp(zoom, double(kMinZoom), double(kMaxZoom));
}

double WebMercator::worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF WebMercator::project(double lat, double lon)
{
    const double phi = clampLatitude(lat) * kDegToRad;
    const double x = (lon + 180.0) / 360.0;
    const double y = 0.5 - std::log(std::tan(kPi / 4 + phi / 2)) / (2 * kPi);
    // The clamp keeps rounding at ±85.0511° from leaving the unit square.
    return { x, std::clamp(y, 0.0, 1.0) };
}

QGeoCoordinate WebMercator::unproject(QPointF world)
{
    const double lon = world.x() * 360.0 - 180.0;
    const double n = kPi * (1 - 2 * world.y());
    const double lat = std::atan(std::sinh(n)) / kDegToRad;
    return QGeoCoordinate(lat, lon);
}

QRectF WebMercator::project(const QGeoRectangle& r)
{
    const QPointF tl = project(r.topLeft());
    const QPointF br = project(r.bottomRight());
    return QRectF(tl, br).normalized();
}

QGeoRectangle WebMercator::unproject(const QRectF& world)
{
    const QRectF n = world.normalized();
    return QGeoRectangle(unproject(n.topLeft()), unproject(n.bottomRight()));
}

QPolygonF WebMercator::projectLonLat(const QPolygonF& lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF& p : lonLat)
        out << project(p.y(), p.x());
    return out;
}

QPolygonF WebMercator::unprojectToLonLat(const QPolygonF& world)
{
    QPolygonF out;
    out.reserve(world.size());
    for (const QPointF& p : world) {
        const QGeoCoordinate c = unproject(p);
        out << QPointF(c.longitude(), c.latitude());
    }
    return out;
}

QPolygonF WebMercator::project(const QGeoPolygon& p)
{
    QPolygonF out;
    const QList<QGeoCoordinate> path = p.perimeter();
    out.reserve(path.size());
    for (const QGeoCoordinate& c : path)
        out << project(c);
    return out;
}

QPointF WebMercator::toPixel(double lat, double lon, double zoom)
{
    return project(lat, lon) * worldSize(zoom);
}

QGeoCoordinate WebMercator::fromPixel(QPointF pixel, double zoom)
{
    return unproject(pixel / worldSize(zoom));
}

TileId WebMercator::tileAtWorld(QPointF world, int zoom)
{
    const int n = 1 << zoom;
    const int x = std::clamp(int(std::floor(world.x() * n)), 0, n - 1);
    const int y = std::clamp(int(std::floor(world.y() * n)), 0, n - 1);
    return { zoom, x, y };
}

TileId WebMercator::tileAt(double lat, double lon, int zoom)
{
    return tileAtWorld(project(lat, lon), zoom);
}

QPointF WebMercator::tileOrigin(const TileId& t)
{
    const double n = double(1 << t.z);
    return { t.x / n, t.y / n };
}

QRectF WebMercator::tileWorldRect(const TileId& t)
{
    const double n = double(1 << t.z);
    return QRectF(t.x / n, t.y / n, 1 / n, 1 / n);
}

QGeoRectangle WebMercator::tileBounds(const TileId& t)
{
    return unproject(tileWorldRect(t));
}

double WebMercator::metersPerPixel(double lat, double zoom)
{
    return 2 * kPi * kEarthRadius * std::cos(clampLatitude(lat) * kDegToRad) / worldSize(zoom);
}

double WebMercator::zoomToFit(const QRectF& world, QSize viewport, int marginPx)
{
    const double w = std::max(1, viewport.width() - 2 * marginPx);
    const double h = std::max(1, viewport.height() - 2 * marginPx);
    const double rw = std::max(world.width(), 1e-12);
    const double rh = std::max(world.height(), 1e-12);
    const double zx = std::log2(w / (rw * kTileSize));
    const double zy = std::log2(h / (rh * kTileSize));
    return clampZoom(std::min(zx, zy));
}

MapViewport::MapViewport(QPointF centerWorld, double zoom, QSize size) : m_size(size)
{
    setZoom(zoom);
    setCenter(centerWorld);
}

void MapViewport::setCenter(QPointF world)
{
    m_center = { std::clamp(world.x(), 0.0, 1.0), std::clamp(world.y(), 0.0, 1.0) };
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = WebMercator::clampZoom(zoom);
}

QPointF MapViewport::toScreen(QPointF world) const
{
    const double s = scale();
    return { (world.x() - m_center.x()) * s + m_size.width() / 2.0,
        (world.y() - m_center.y()) * s + m_size.height() / 2.0 };
}

QPointF MapViewport::toWorld(QPointF screen) const
{
    const double s = scale();
    return { m_center.x() + (screen.x() - m_size.width() / 2.0) / s,
        m_center.y() + (screen.y() - m_size.height() / 2.0) / s };
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(toWorld(QPointF(0, 0)), toWorld(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::panBy(QPointF screenDelta)
{
    setCenter(m_center - screenDelta / scale());
}

void MapViewport::zoomAbout(QPointF screen, double newZoom)
{
    const QPointF anchor = toWorld(screen);
    setZoom(newZoom);
    // Put the anchor back under the cursor: centre = anchor − (screen − half size) / scale.
    const double s = scale();
    setCenter(QPointF(
        anchor.x() - (screen.x() - m_size.width() / 2.0) / s, anchor.y() - (screen.y() - m_size.height() / 2.0) / s));
}

void MapViewport::fit(const QRectF& world, int marginPx)
{
    setZoom(WebMercator::zoomToFit(world, m_size, marginPx));
    setCenter(world.center());
}

} // namespace meldpunt
