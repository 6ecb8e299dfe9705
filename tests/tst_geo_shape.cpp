// SPDX-License-Identifier: GPL-3.0-or-later
// Point in polygon with holes and multipolygons, GeoJSON geometry reading, and the drawn-area test.
#include "geo/areasql.h"
#include "geo/geoshape.h"
#include "testutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace meldpunt;

namespace {

QPolygonF square(double x0, double y0, double x1, double y1)
{
    return QPolygonF({ QPointF(x0, y0), QPointF(x1, y0), QPointF(x1, y1), QPointF(x0, y1), QPointF(x0, y0) });
}

/// Two parts: a square with a square hole, and an island inside that hole's neighbour part.
GeoShape donutAndIsland()
{
    GeoPolygonRings donut;
    donut.outer = square(0, 0, 10, 10);
    donut.holes << square(3, 3, 7, 7);
    GeoPolygonRings island;
    island.outer = square(4, 4, 6, 6); // inside the hole: an island counts again
    GeoPolygonRings far;
    far.outer = square(20, 20, 22, 21);
    return GeoShape(QList<GeoPolygonRings> { donut, island, far });
}

} // namespace

class TestGeoShape final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contains_data();
    void contains();
    void flattenedAgrees();
    void geoPolygonRoundTrip();
    void geoJson_data();
    void geoJson();
    void storedTextRoundTrip();
    void labelPointInside();
    void areaCodecExact();
    void realMunicipalities();
};

void TestGeoShape::contains_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<bool>("inside");
    QTest::newRow("in the ring") << 1.0 << 1.0 << true;
    QTest::newRow("in the hole") << 3.5 << 3.5 << false;
    QTest::newRow("on the island") << 5.0 << 5.0 << true;
    QTest::newRow("right of the hole") << 8.0 << 5.0 << true;
    QTest::newRow("outside") << 11.0 << 5.0 << false;
    QTest::newRow("far part") << 21.0 << 20.5 << true;
    QTest::newRow("between parts") << 15.0 << 15.0 << false;
    QTest::newRow("far part, beside") << 21.0 << 21.5 << false;
}

void TestGeoShape::contains()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(bool, inside);
    const GeoShape s = donutAndIsland();
    QCOMPARE(s.contains(lat, lon), inside);
    QCOMPARE(s.flattened().containsPoint(QPointF(lon, lat), Qt::OddEvenFill), inside);
}

void TestGeoShape::flattenedAgrees()
{
    const GeoShape s = donutAndIsland();
    const QPolygonF flat = s.flattened();
    QRandomGenerator rng(7);
    for (int i = 0; i < 20000; ++i) {
        const double lon = -2.0 + 26.0 * rng.generateDouble();
        const double lat = -2.0 + 26.0 * rng.generateDouble();
        QCOMPARE(flat.containsPoint(QPointF(lon, lat), Qt::OddEvenFill), s.contains(lat, lon));
    }
}

void TestGeoShape::geoPolygonRoundTrip()
{
    const GeoShape s = donutAndIsland();
    const QList<QGeoPolygon> polys = s.toGeoPolygons();
    QCOMPARE(polys.size(), 3);
    QCOMPARE(polys.first().holesCount(), 1);
    QVERIFY(polys.first().contains(QGeoCoordinate(1, 1)));
    QVERIFY(!polys.first().contains(QGeoCoordinate(5, 5))); // QGeoPolygon agrees on holes
    const GeoShape back = GeoShape::fromGeoPolygon(polys.first());
    QCOMPARE(back.parts().size(), 1);
    QCOMPARE(back.parts().first().holes.size(), 1);
    QVERIFY(back.contains(1, 1));
    QVERIFY(!back.contains(5, 5));
}

void TestGeoShape::geoJson_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("coordinates");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("polygon") << "Polygon"
                             << "[[[0,0],[1,0],[1,1],[0,0]]]" << true << "";
    QTest::newRow("polygon with hole") << "Polygon"
                                       << "[[[0,0],[4,0],[4,4],[0,4],[0,0]],[[1,1],[2,1],[2,2],[1,1]]]" << true << "";
    QTest::newRow("multipolygon") << "MultiPolygon"
                                  << "[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6],[5,5]]]]" << true << "";
    QTest::newRow("depth decides") << ""
                                   << "[[[[0,0],[1,0],[1,1],[0,0]]]]" << true << "";
    QTest::newRow("not closed") << "Polygon"
                                << "[[[0,0],[1,0],[1,1],[0,1]]]" << false << "not closed";
    QTest::newRow("too few points") << "Polygon"
                                    << "[[[0,0],[1,0],[0,0]]]" << false << "at least 4";
    QTest::newRow("latitude out of range") << "Polygon"
                                           << "[[[0,0],[1,0],[1,95],[0,0]]]" << false << "outside";
    QTest::newRow("longitude out of range") << "Polygon"
                                            << "[[[0,0],[181,0],[1,1],[0,0]]]" << false << "outside";
    QTest::newRow("text coordinate") << "Polygon"
                                     << "[[[0,0],[\"1\",0],[1,1],[0,0]]]" << false << "point 2";
    QTest::newRow("flat ring") << "Polygon"
                               << "[[[0,0],[1,1],[2,2],[0,0]]]" << false << "no area";
    QTest::newRow("empty multipolygon") << "MultiPolygon"
                                        << "[]" << false << "no polygons";
    QTest::newRow("bad hole") << "Polygon"
                              << "[[[0,0],[4,0],[4,4],[0,0]],[[1,1],[2,1]]]" << false << "hole 1";
    QTest::newRow("second part bad") << "MultiPolygon"
                                     << "[[[[0,0],[1,0],[1,1],[0,0]]],[[[5,5],[6,5],[6,6]]]]" << false << "polygon 2";
    QTest::newRow("a point") << "Point"
                             << "[1,2]" << false << "Point";
}

void TestGeoShape::geoJson()
{
    QFETCH(QString, type);
    QFETCH(QString, coordinates);
    QFETCH(bool, ok);
    QFETCH(QString, errorContains);
    QString error;
    const GeoShape s
        = GeoShape::fromGeoJsonCoordinates(QJsonDocument::fromJson(coordinates.toUtf8()).array(), type, &error);
    QCOMPARE(!s.isEmpty(), ok);
    if (!ok)
        QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestGeoShape::storedTextRoundTrip()
{
    const GeoShape s = donutAndIsland();
    const QString text = QString::fromUtf8(QJsonDocument(s.toGeoJsonCoordinates()).toJson(QJsonDocument::Compact));
    const GeoShape back = GeoShape::fromStoredText(text);
    QCOMPARE(back.parts().size(), 3);
    QCOMPARE(back.geoJsonType(), QStringLiteral("MultiPolygon"));
    QVERIFY(back.contains(5, 5));
    QVERIFY(!back.contains(3.5, 3.5));
    // A single polygon stays a Polygon, which older readers of the district table understand.
    const GeoShape one(square(0, 0, 1, 1));
    QCOMPARE(one.geoJsonType(), QStringLiteral("Polygon"));
    QCOMPARE(one.toGeoJsonCoordinates().size(), 1);
}

void TestGeoShape::labelPointInside()
{
    // A U shape: its centroid lies in the notch, outside.
    const QPolygonF u({ QPointF(0, 0),
        QPointF(10, 0),
        QPointF(10, 10),
        QPointF(8, 10),
        QPointF(8, 2),
        QPointF(2, 2),
        QPointF(2, 10),
        QPointF(0, 10),
        QPointF(0, 0) });
    const GeoShape s(u);
    const QPointF p = s.labelPoint();
    QVERIFY(s.contains(p.y(), p.x()));
    const GeoShape d = donutAndIsland();
    const QPointF q = d.labelPoint();
    QVERIFY(d.contains(q.y(), q.x()));
}

void TestGeoShape::areaCodecExact()
{
    const QPolygonF area({ QPointF(3.123456789012345, 50.98765432109876), QPointF(3.2, 50.9), QPointF(3.1, 50.85) });
    const QByteArray bytes = encodeArea(area);
    QCOMPARE(decodeArea(bytes.constData(), int(bytes.size())), area);
    QVERIFY(areaContains(area, 3.14, 50.9));
    QVERIFY(!areaContains(area, 3.3, 50.9));
}

void TestGeoShape::realMunicipalities()
{
    const QString path = test::sharedData(QStringLiteral("geo/belgium_municipalities.geojson"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("needs %1 (shared real data) which is absent").arg(path)));
    const QJsonArray features
        = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("features")).toArray();
    QCOMPARE(features.size(), 581);
    QHash<QString, GeoShape> byNis;
    for (const QJsonValue& v : features) {
        const QJsonObject feature = v.toObject();
        const QJsonObject g = feature.value(QStringLiteral("geometry")).toObject();
        QString error;
        const GeoShape s = GeoShape::fromGeoJsonCoordinates(
            g.value(QStringLiteral("coordinates")).toArray(), g.value(QStringLiteral("type")).toString(), &error);
        QVERIFY2(!s.isEmpty(), qPrintable(error));
        byNis.insert(feature.value(QStringLiteral("properties")).toObject().value(QStringLiteral("nis")).toString(), s);
    }
    // Roeselare's Grote Markt and Sint-Truiden's, each in its own municipality only.
    QVERIFY(byNis.value(QStringLiteral("36015")).contains(50.9469, 3.1233));
    QVERIFY(!byNis.value(QStringLiteral("71053")).contains(50.9469, 3.1233));
    QVERIFY(byNis.value(QStringLiteral("71053")).contains(50.8163, 5.1864));
    // Baarle-Hertog is a MultiPolygon: a point in each part, and none between them.
    const GeoShape baarle = byNis.value(QStringLiteral("13002"));
    QCOMPARE(baarle.parts().size(), 2);
    for (const GeoPolygonRings& part : baarle.parts()) {
        const QPointF label = GeoShape(part.outer).labelPoint();
        QVERIFY(baarle.contains(label.y(), label.x()));
    }
    QVERIFY(!baarle.contains(51.42, 4.92));
    // Every point is in at most one municipality (no overlaps at a sample of places).
    int hits = 0;
    for (const GeoShape& s : std::as_const(byNis))
        hits += s.contains(50.9469, 3.1233) ? 1 : 0;
    QCOMPARE(hits, 1);
}

QTEST_GUILESS_MAIN(TestGeoShape)
#include "tst_geo_shape.moc"
