// SPDX-License-Identifier: GPL-3.0-or-later
// Areas on the map — polygons with holes and multipolygons in lon/lat — with the point-in-area test.
#pragma once

#include <QCoreApplication>
#include <QGeoPolygon>
#include <QJsonArray>
#include <QList>
#include <QPolygonF>
#include <QRectF>

namespace meldpunt {

/// One polygon: an outer ring and its holes, each as lon/lat points (x = lon, y = lat), closed.
struct GeoPolygonRings {
    QPolygonF outer;
    QList<QPolygonF> holes;
};

/// A district, municipality or drawn zone: one or more polygons with holes (GeoJSON Polygon or
/// MultiPolygon). The containment test is the even-odd rule over all rings, so a hole excludes
/// and an island in a hole includes again.
class GeoShape final {
    Q_DECLARE_TR_FUNCTIONS(GeoShape)
public:
    GeoShape() = default;
    explicit GeoShape(const QPolygonF& outerLonLat);
    explicit GeoShape(QList<GeoPolygonRings> parts);

    bool isEmpty() const { return m_parts.isEmpty(); }
    const QList<GeoPolygonRings>& parts() const { return m_parts; }
    QRectF bounds() const { return m_bounds; }
    bool contains(double lat, double lon) const;
    /// Area in square degrees (for choosing the largest part); holes subtract.
    double planarArea() const;
    /// A point inside the shape, near the middle of its largest part: where a label goes.
    QPointF labelPoint() const;

    /// Every ring one after another, each closed, as one polygon. Under the even-odd rule it
    /// contains exactly the points the shape contains (the joins between rings are walked twice
    /// and cancel), so code that only knows one QPolygonF still gets holes and islands right.
    QPolygonF flattened() const;

    QList<QGeoPolygon> toGeoPolygons() const;
    static GeoShape fromGeoPolygon(const QGeoPolygon& p);

    /// GeoJSON "coordinates" of a Polygon (depth 3) or a MultiPolygon (depth 4); the type is
    /// decided by the depth when `type` is empty. On failure `error` says what is wrong (translated).
    static GeoShape fromGeoJsonCoordinates(const QJsonArray& coordinates, const QString& type, QString* error);
    /// Reads the district table's text: Polygon or MultiPolygon coordinates.
    static GeoShape fromStoredText(const QString& text, QString* error = nullptr);
    /// A Polygon's coordinates when there is one part, else a MultiPolygon's.
    QJsonArray toGeoJsonCoordinates() const;
    QString geoJsonType() const;

private:
    void updateBounds();

    QList<GeoPolygonRings> m_parts;
    QRectF m_bounds;
};

/// Even-odd ray casting of one ring (closed or not).
bool ringContains(const QPolygonF& ring, QPointF p);
/// Signed area of a ring (shoelace); positive when counter-clockwise in x/y.
double ringSignedArea(const QPolygonF& ring);

} // namespace meldpunt
