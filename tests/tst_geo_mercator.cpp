// SPDX-License-Identifier: GPL-3.0-or-later
// Web Mercator tile math and the map viewport, table-driven.
#include "geo/webmercator.h"

#include <QTest>

#include <cmath>

using namespace meldpunt;

class TestGeoMercator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pixelOfKnownPlaces_data();
    void pixelOfKnownPlaces();
    void roundTrip_data();
    void roundTrip();
    void latitudeLimits_data();
    void latitudeLimits();
    void tileBounds_data();
    void tileBounds();
    void tmsRowFlip_data();
    void tmsRowFlip();
    void metersPerPixel_data();
    void metersPerPixel();
    void geoTypes();
    void zoomAboutKeepsCursorPoint_data();
    void zoomAboutKeepsCursorPoint();
    void panMovesContentWithMouse();
    void fitShowsWholeRectangle();
};

void TestGeoMercator::pixelOfKnownPlaces_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("tileX");
    QTest::addColumn<int>("tileY");
    QTest::addColumn<double>("pixelX");
    QTest::addColumn<double>("pixelY");
    // Reference values from the OSM slippy-map formulas evaluated independently.
    QTest::newRow("Grote Markt Brussel z0")
        << 50.8467 << 4.3525 << 0 << 0 << 0 << 131.0951111111111 << 85.87598317286715;
    QTest::newRow("Grote Markt Brussel z1")
        << 50.8467 << 4.3525 << 1 << 1 << 0 << 262.1902222222222 << 171.7519663457343;
    QTest::newRow("Grote Markt Brussel z15")
        << 50.8467 << 4.3525 << 15 << 16780 << 10992 << 4295724.600888888 << 2813984.216608511;
    QTest::newRow("Grote Markt Brussel z19")
        << 50.8467 << 4.3525 << 19 << 268482 << 175874 << 68731593.61422221 << 45023747.46573617;
    QTest::newRow("Roeselare z15") << 50.9469 << 3.1233 << 15 << 16668 << 10977 << 4267082.164906667
                                   << 2810282.362259399;
    QTest::newRow("Roeselare z19") << 50.9469 << 3.1233 << 19 << 266692 << 175642 << 68273314.63850667
                                   << 44964517.79615039;
    QTest::newRow("Sydney z1") << -33.8568 << 151.2153 << 1 << 1 << 1 << 471.06176 << 307.2266797648214;
    QTest::newRow("Sydney z19") << -33.8568 << 151.2153 << 19 << 482367 << 314600 << 123486014.01344
                                << 80537630.74026935;
    QTest::newRow("null island z0") << 0.0 << 0.0 << 0 << 0 << 0 << 128.0 << 128.0;
    QTest::newRow("null island z19") << 0.0 << 0.0 << 19 << 262144 << 262144 << 67108864.0 << 67108864.0;
}

void TestGeoMercator::pixelOfKnownPlaces()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(int, zoom);
    QFETCH(int, tileX);
    QFETCH(int, tileY);
    QFETCH(double, pixelX);
    QFETCH(double, pixelY);
    const QPointF px = WebMercator::toPixel(lat, lon, zoom);
    // A thousandth of a pixel at zoom 19 is well under a millimetre.
    QVERIFY2(std::abs(px.x() - pixelX) < 1e-3, qPrintable(QString::number(px.x(), 'f', 6)));
    QVERIFY2(std::abs(px.y() - pixelY) < 1e-3, qPrintable(QString::number(px.y(), 'f', 6)));
    const TileId t = WebMercator::tileAt(lat, lon, zoom);
    QCOMPARE(t.z, zoom);
    QCOMPARE(t.x, tileX);
    QCOMPARE(t.y, tileY);
    QVERIFY(WebMercator::tileBounds(t).contains(QGeoCoordinate(lat, lon)));
}

void TestGeoMercator::roundTrip_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<int>("zoom");
    const QList<QPair<double, double>> places { { 50.9469, 3.1233 },
        { 50.8163, 5.1864 },
        { 0.0, 0.0 },
        { -33.8568, 151.2153 },
        { 85.0, -179.99 },
        { -85.0, 179.99 },
        { 85.0511, 0.0 },
        { -85.0511, 0.0 },
        { 12.5, -70.0 } };
    for (int z : { 0, 1, 15, 19 })
        for (const auto& p : places)
            QTest::addRow("%g,%g z%d", p.first, p.second, z) << p.first << p.second << z;
}

void TestGeoMercator::roundTrip()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(int, zoom);
    const QPointF px = WebMercator::toPixel(lat, lon, zoom);
    const QGeoCoordinate back = WebMercator::fromPixel(px, zoom);
    QVERIFY2(std::abs(back.latitude() - lat) < 1e-9, qPrintable(QString::number(back.latitude(), 'f', 12)));
    QVERIFY2(std::abs(back.longitude() - lon) < 1e-9, qPrintable(QString::number(back.longitude(), 'f', 12)));
    // Through the tile: the point lies in its tile, at the expected offset.
    const TileId t = WebMercator::tileAt(lat, lon, zoom);
    const QPointF origin = WebMercator::tileOrigin(t) * WebMercator::worldSize(zoom);
    const QPointF inTile = px - origin;
    QVERIFY(inTile.x() >= 0 && inTile.x() <= WebMercator::kTileSize);
    QVERIFY(inTile.y() >= 0 && inTile.y() <= WebMercator::kTileSize);
}

void TestGeoMercator::latitudeLimits_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("worldY");
    QTest::newRow("north limit") << WebMercator::kMaxLatitude << 0.0;
    QTest::newRow("85.0511") << 85.0511 << 0.0;
    QTest::newRow("beyond north") << 89.9 << 0.0;
    QTest::newRow("pole") << 90.0 << 0.0;
    QTest::newRow("south limit") << -WebMercator::kMaxLatitude << 1.0;
    QTest::newRow("-85.0511") << -85.0511 << 1.0;
    QTest::newRow("beyond south") << -90.0 << 1.0;
    QTest::newRow("equator") << 0.0 << 0.5;
}

void TestGeoMercator::latitudeLimits()
{
    QFETCH(double, lat);
    QFETCH(double, worldY);
    const QPointF w = WebMercator::project(lat, 10);
    QVERIFY2(std::abs(w.y() - worldY) < 1e-6, qPrintable(QString::number(w.y(), 'g', 17)));
    QVERIFY(w.y() >= 0 && w.y() <= 1);
    // The tile never leaves the grid, even at the poles.
    for (int z : { 0, 1, 15, 19 }) {
        const TileId t = WebMercator::tileAt(lat, 10, z);
        QVERIFY(t.isValid());
    }
    QCOMPARE(WebMercator::clampLatitude(lat), std::clamp(lat, -WebMercator::kMaxLatitude, WebMercator::kMaxLatitude));
}

void TestGeoMercator::tileBounds_data()
{
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("x");
    QTest::addColumn<int>("y");
    QTest::addColumn<double>("west");
    QTest::addColumn<double>("north");
    QTest::addColumn<double>("east");
    QTest::addColumn<double>("south");
    QTest::newRow("world") << 0 << 0 << 0 << -180.0 << WebMercator::kMaxLatitude << 180.0 << -WebMercator::kMaxLatitude;
    QTest::newRow("z1 north-east") << 1 << 1 << 0 << 0.0 << WebMercator::kMaxLatitude << 180.0 << 0.0;
    QTest::newRow("z1 south-west") << 1 << 0 << 1 << -180.0 << 0.0 << 0.0 << -WebMercator::kMaxLatitude;
    QTest::newRow("z15 Roeselare") << 15 << 16668 << 10977 << 3.1201171875 << 50.951506094481545 << 3.131103515625
                                   << 50.94458443495011;
}

void TestGeoMercator::tileBounds()
{
    QFETCH(int, z);
    QFETCH(int, x);
    QFETCH(int, y);
    QFETCH(double, west);
    QFETCH(double, north);
    QFETCH(double, east);
    QFETCH(double, south);
    const QGeoRectangle r = WebMercator::tileBounds({ z, x, y });
    QVERIFY(std::abs(r.topLeft().longitude() - west) < 1e-9);
    QVERIFY(std::abs(r.topLeft().latitude() - north) < 1e-9);
    QVERIFY(std::abs(r.bottomRight().longitude() - east) < 1e-9);
    QVERIFY2(std::abs(r.bottomRight().latitude() - south) < 1e-9,
        qPrintable(QString::number(r.bottomRight().latitude(), 'g', 17)));
}

void TestGeoMercator::tmsRowFlip_data()
{
    QTest::addColumn<int>("z");
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("tms");
    QTest::newRow("z0") << 0 << 0 << 0;
    QTest::newRow("z1 top") << 1 << 0 << 1;
    QTest::newRow("z1 bottom") << 1 << 1 << 0;
    QTest::newRow("z8") << 8 << 85 << 170;
    QTest::newRow("z19") << 19 << 175642 << 348645;
}

void TestGeoMercator::tmsRowFlip()
{
    QFETCH(int, z);
    QFETCH(int, y);
    QFETCH(int, tms);
    const TileId t { z, 0, y };
    QCOMPARE(t.tmsRow(), tms);
    QCOMPARE((TileId { z, 0, t.tmsRow() }).tmsRow(), y);
}

void TestGeoMercator::metersPerPixel_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<double>("meters");
    QTest::newRow("equator z0") << 0.0 << 0.0 << 156543.03392804097;
    QTest::newRow("equator z19") << 0.0 << 19.0 << 0.29858214173896974;
    QTest::newRow("60N z10") << 60.0 << 10.0 << 76.43702828517625;
}

void TestGeoMercator::metersPerPixel()
{
    QFETCH(double, lat);
    QFETCH(double, zoom);
    QFETCH(double, meters);
    QVERIFY(std::abs(WebMercator::metersPerPixel(lat, zoom) / meters - 1) < 1e-9);
}

void TestGeoMercator::geoTypes()
{
    const QGeoRectangle city(QGeoCoordinate(50.99, 3.06), QGeoCoordinate(50.88, 3.19));
    const QRectF w = WebMercator::project(city);
    const QGeoRectangle back = WebMercator::unproject(w);
    QVERIFY(std::abs(back.topLeft().latitude() - 50.99) < 1e-9);
    QVERIFY(std::abs(back.bottomRight().longitude() - 3.19) < 1e-9);
    QGeoPolygon poly({ QGeoCoordinate(50.9, 3.1), QGeoCoordinate(50.9, 3.2), QGeoCoordinate(51.0, 3.15) });
    const QPolygonF pw = WebMercator::project(poly);
    QCOMPARE(pw.size(), 3);
    QVERIFY(pw.boundingRect().contains(WebMercator::project(50.95, 3.15)));
}

void TestGeoMercator::zoomAboutKeepsCursorPoint_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("to");
    QTest::addColumn<QPointF>("cursor");
    QTest::newRow("in at a corner") << 13.0 << 14.0 << QPointF(10, 20);
    QTest::newRow("out off centre") << 16.0 << 15.0 << QPointF(700, 100);
    QTest::newRow("fractional") << 12.3 << 12.8 << QPointF(512, 300);
    QTest::newRow("to max") << 18.5 << 19.0 << QPointF(1, 599);
}

void TestGeoMercator::zoomAboutKeepsCursorPoint()
{
    QFETCH(double, from);
    QFETCH(double, to);
    QFETCH(QPointF, cursor);
    MapViewport vp(WebMercator::project(50.95, 3.12), from, QSize(800, 600));
    const QGeoCoordinate before = vp.coordinateAt(cursor);
    vp.zoomAbout(cursor, to);
    QCOMPARE(vp.zoom(), to);
    const QPointF after = vp.toScreen(before.latitude(), before.longitude());
    QVERIFY2(
        (after - cursor).manhattanLength() < 1e-6, qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
}

void TestGeoMercator::panMovesContentWithMouse()
{
    MapViewport vp(WebMercator::project(50.95, 3.12), 15, QSize(800, 600));
    const QPointF p = vp.toScreen(50.951, 3.121);
    vp.panBy(QPointF(30, -12));
    const QPointF q = vp.toScreen(50.951, 3.121);
    QVERIFY((q - p - QPointF(30, -12)).manhattanLength() < 1e-6);
}

void TestGeoMercator::fitShowsWholeRectangle()
{
    MapViewport vp(QPointF(0.5, 0.5), 3, QSize(1000, 700));
    const QRectF city = WebMercator::project(QGeoRectangle(QGeoCoordinate(50.99, 3.06), QGeoCoordinate(50.88, 3.19)));
    vp.fit(city);
    QVERIFY(vp.visibleWorld().contains(city));
    // …and not much more: one zoom level further would not fit.
    MapViewport tighter = vp;
    tighter.setZoom(vp.zoom() + 0.5);
    QVERIFY(!tighter.visibleWorld().contains(city));
}

QTEST_GUILESS_MAIN(TestGeoMercator)
#include "tst_geo_mercator.moc"
