// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/geoshape.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace meldpunt {

bool ringContains(const QPolygonF& ring, QPointF p)
{
    // QPolygonF::containsPoint is the reference: the queue filter's SQL function uses it too,
    // so the map, the SQL and the plain predicate agree on every boundary case.
    return ring.containsPoint(p, Qt::OddEvenFill);
}

double ringSignedArea(const QPolygonF& ring)
{
    double a = 0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF& p = ring[i];
        const QPointF& q = ring[(i + 1) % n];
        a += p.x() * q.y() - q.x() * p.y();
    }
    return a / 2;
}

GeoShape::GeoShape(const QPolygonF& outerLonLat)
{
    if (outerLonLat.size() >= 3) {
        GeoPolygonRings r;
        r.outer = outerLonLat;
        if (r.outer.first() != r.outer.last())
            r.outer << r.outer.first();
        m_parts << r;
    }
    updateBounds();
}

GeoShape::GeoShape(QList<GeoPolygonRings> parts) : m_parts(std::move(parts))
{
    updateBounds();
}

void GeoShape::updateBounds()
{
    m_bounds = QRectF();
    for (const GeoPolygonRings& p : std::as_const(m_parts)) {
        const QRectF b = p.outer.boundingRect();
        m_bounds = m_bounds.isNull() ? b : m_bounds.united(b);
    }
}

bool GeoShape::contains(double lat, double lon) const
{
    const QPointF p(lon, lat);
    if (m_parts.isEmpty() || lon < m_bounds.left() || lon > m_bounds.right() || lat < m_bounds.top()
        || lat > m_bounds.bottom())
        return false;
    bool inside = false;
    for (const GeoPolygonRings& part : m_parts) {
        if (ringContains(part.outer, p))
            inside = !inside;
        for (const QPolygonF& h : part.holes)
            if (ringContains(h, p))
                inside = !inside;
    }
    return inside;
}

double GeoShape::planarArea() const
{
    double a = 0;
    for (const GeoPolygonRings& part : m_parts) {
        a += std::abs(ringSignedArea(part.outer));
        for (const QPolygonF& h : part.holes)
            a -= std::abs(ringSignedArea(h));
    }
    return a;
}

QPointF GeoShape::labelPoint() const
{
    if (m_parts.isEmpty())
        return {};
    const GeoPolygonRings* best = &m_parts.first();
    double bestArea = -1;
    for (const GeoPolygonRings& part : m_parts) {
        const double a = std::abs(ringSignedArea(part.outer));
        if (a > bestArea) {
            bestArea = a;
            best = &part;
        }
    }
    // The area centroid of the outer ring is inside for convex-ish districts; otherwise take the
    // middle of the widest horizontal run through the ring's middle latitude, which always is.
    const QPolygonF& ring = best->outer;
    double cx = 0, cy = 0, a2 = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const double cross = ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
        cx += (ring[i].x() + ring[i + 1].x()) * cross;
        cy += (ring[i].y() + ring[i + 1].y()) * cross;
        a2 += cross;
    }
    if (std::abs(a2) > 1e-18) {
        const QPointF c(cx / (3 * a2), cy / (3 * a2));
        if (contains(c.y(), c.x()))
            return c;
    }
    const QRectF b = ring.boundingRect();
    QPointF bestPoint = b.center();
    double bestWidth = -1;
    for (int step = 1; step < 8; ++step) {
        const double y = b.top() + b.height() * step / 8.0;
        QList<double> xs;
        for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
            const QPointF p = ring[i];
            const QPointF q = ring[i + 1];
            if ((p.y() <= y) != (q.y() <= y))
                xs << p.x() + (y - p.y()) * (q.x() - p.x()) / (q.y() - p.y());
        }
        std::sort(xs.begin(), xs.end());
        for (qsizetype i = 0; i + 1 < xs.size(); i += 2) {
            const double w = xs[i + 1] - xs[i];
            const QPointF mid((xs[i] + xs[i + 1]) / 2, y);
            if (w > bestWidth && contains(mid.y(), mid.x())) {
                bestWidth = w;
                bestPoint = mid;
            }
        }
    }
    return bestPoint;
}

QPolygonF GeoShape::flattened() const
{
    QPolygonF out;
    auto append = [&](const QPolygonF& ring) {
        if (ring.isEmpty())
            return;
        const bool first = out.isEmpty();
        const QPointF anchor = first ? ring.first() : out.first();
        out << ring;
        if (ring.first() != ring.last())
            out << ring.first();
        // Back to the anchor after every further ring, so each join is walked there and back.
        if (!first)
            out << anchor;
    };
    for (const GeoPolygonRings& part : m_parts) {
        append(part.outer);
        for (const QPolygonF& h : part.holes)
            append(h);
    }
    return out;
}

QList<QGeoPolygon> GeoShape::toGeoPolygons() const
{
    auto path = [](const QPolygonF& ring) {
        QList<QGeoCoordinate> out;
        out.reserve(ring.size());
        for (const QPointF& p : ring)
            out << QGeoCoordinate(p.y(), p.x());
        return out;
    };
    QList<QGeoPolygon> out;
    for (const GeoPolygonRings& part : m_parts) {
        QGeoPolygon g(path(part.outer));
        for (const QPolygonF& h : part.holes)
            g.addHole(path(h));
        out << g;
    }
    return out;
}

GeoShape GeoShape::fromGeoPolygon(const QGeoPolygon& p)
{
    auto ring = [](const QList<QGeoCoordinate>& path) {
        QPolygonF r;
        for (const QGeoCoordinate& c : path)
            r << QPointF(c.longitude(), c.latitude());
        if (!r.isEmpty() && r.first() != r.last())
            r << r.first();
        return r;
    };
    GeoPolygonRings rings;
    rings.outer = ring(p.perimeter());
    for (int i = 0; i < p.holesCount(); ++i)
        rings.holes << ring(p.holePath(i));
    if (rings.outer.size() < 4)
        return {};
    return GeoShape(QList<GeoPolygonRings> { rings });
}

namespace {

bool readRing(const QJsonArray& a, QPolygonF* out, QString* why)
{
    out->clear();
    out->reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonArray xy = a.at(i).toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble()) {
            *why = GeoShape::tr("point %1 is not a [longitude, latitude] pair").arg(i + 1);
            return false;
        }
        const double lon = xy.at(0).toDouble();
        const double lat = xy.at(1).toDouble();
        if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            *why = GeoShape::tr("point %1 (%2, %3) is outside longitude −180…180 / latitude −90…90")
                       .arg(i + 1)
                       .arg(lon)
                       .arg(lat);
            return false;
        }
        *out << QPointF(lon, lat);
    }
    if (out->size() < 4) {
        *why = GeoShape::tr("a ring has %n point(s); a closed ring needs at least 4", nullptr, int(out->size()));
        return false;
    }
    if (out->first() != out->last()) {
        *why = GeoShape::tr("a ring is not closed (its last point differs from its first)");
        return false;
    }
    return true;
}

bool readPolygon(const QJsonArray& rings, GeoPolygonRings* out, QString* why)
{
    if (rings.isEmpty()) {
        *why = GeoShape::tr("a polygon has no rings");
        return false;
    }
    for (qsizetype i = 0; i < rings.size(); ++i) {
        if (!rings.at(i).isArray()) {
            *why = GeoShape::tr("ring %1 is not an array of points").arg(i + 1);
            return false;
        }
        QPolygonF ring;
        QString ringWhy;
        if (!readRing(rings.at(i).toArray(), &ring, &ringWhy)) {
            *why = i == 0 ? GeoShape::tr("outer ring: %1").arg(ringWhy)
                          : GeoShape::tr("hole %1: %2").arg(i).arg(ringWhy);
            return false;
        }
        if (std::abs(ringSignedArea(ring)) == 0) {
            *why = GeoShape::tr("ring %1 has no area (all its points lie on one line)").arg(i + 1);
            return false;
        }
        if (i == 0)
            out->outer = ring;
        else
            out->holes << ring;
    }
    return true;
}

int depthOf(const QJsonArray& a)
{
    int depth = 1;
    QJsonValue v = a.isEmpty() ? QJsonValue() : a.first();
    while (v.isArray()) {
        ++depth;
        const QJsonArray inner = v.toArray();
        v = inner.isEmpty() ? QJsonValue() : inner.first();
    }
    return depth;
}

} // namespace

GeoShape GeoShape::fromGeoJsonCoordinates(const QJsonArray& coordinates, const QString& type, QString* error)
{
    QString why;
    QString kind = type;
    if (kind.isEmpty())
        kind = depthOf(coordinates) >= 4 ? QStringLiteral("MultiPolygon") : QStringLiteral("Polygon");
    QList<GeoPolygonRings> parts;
    if (kind == QLatin1String("Polygon")) {
        GeoPolygonRings p;
        if (readPolygon(coordinates, &p, &why))
            parts << p;
    } else if (kind == QLatin1String("MultiPolygon")) {
        if (coordinates.isEmpty())
            why = tr("a MultiPolygon has no polygons");
        for (qsizetype i = 0; i < coordinates.size() && why.isEmpty(); ++i) {
            GeoPolygonRings p;
            QString partWhy;
            if (!readPolygon(coordinates.at(i).toArray(), &p, &partWhy))
                why = tr("polygon %1: %2").arg(i + 1).arg(partWhy);
            else
                parts << p;
        }
    } else {
        why = tr("the geometry is a %1, not a Polygon or MultiPolygon").arg(kind.isEmpty() ? tr("nothing") : kind);
    }
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return {};
    }
    return GeoShape(parts);
}

GeoShape GeoShape::fromStoredText(const QString& text, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = tr("the stored outline is not GeoJSON coordinates");
        return {};
    }
    return fromGeoJsonCoordinates(doc.array(), QString(), error);
}

QJsonArray GeoShape::toGeoJsonCoordinates() const
{
    auto ring = [](const QPolygonF& r) {
        QJsonArray a;
        for (const QPointF& p : r)
            a.append(QJsonArray { p.x(), p.y() });
        return a;
    };
    auto polygon = [&](const GeoPolygonRings& p) {
        QJsonArray a;
        a.append(ring(p.outer));
        for (const QPolygonF& h : p.holes)
            a.append(ring(h));
        return a;
    };
    if (m_parts.size() == 1)
        return polygon(m_parts.first());
    QJsonArray out;
    for (const GeoPolygonRings& p : m_parts)
        out.append(polygon(p));
    return out;
}

QString GeoShape::geoJsonType() const
{
    return m_parts.size() == 1 ? QStringLiteral("Polygon") : QStringLiteral("MultiPolygon");
}

} // namespace meldpunt
