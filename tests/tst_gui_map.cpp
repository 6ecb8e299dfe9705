// SPDX-License-Identifier: GPL-3.0-or-later
// The map view offscreen: markers where the math says, clicks, zones, keyboard, search, detail map.
#include "geo/mapreports.h"
#include "geo/tileprovider.h"
#include "mapdetail.h"
#include "mapview.h"
#include "mapwidget.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <set>

using namespace meldpunt;

namespace {

constexpr double kLat = 50.9500;
constexpr double kLon = 3.1200;

struct Seed {
    qint64 id;
    double lat;
    double lon;
    const char* status;
};

/// A tiny town: one district, a street of addresses, and reports at known spots.
void fill(Database& db, const QList<Seed>& reports)
{
    QSqlQuery q(db.connection());
    auto run = [&](const QString& sql) {
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    };
    run(QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'WEG', 'Wegen')"));
    run(QStringLiteral(
        "INSERT INTO category (id, code, name, department_id, sla_days) VALUES (1, 'AFV', 'Afval', 1, 5)"));
    run(QStringLiteral("INSERT INTO district (id, code, name, polygon) VALUES (1, 'C', 'Centrum', "
                       "'[[[3.10,50.94],[3.14,50.94],[3.14,50.96],[3.10,50.96],[3.10,50.94]]]')"));
    for (int n = 1; n <= 30; ++n) {
        const double lon = kLon - 0.002 + n * 0.00015;
        const double lat = kLat + (n % 2 ? 0.00008 : -0.00008);
        run(QStringLiteral(
            "INSERT INTO address (street, house_number, postcode, municipality, lat, lon, district_id, search_key) "
            "VALUES ('Kerkstraat', '%1', '8800', 'Oostveld', %2, %3, 1, 'kerkstraat %1')")
                .arg(n)
                .arg(lat, 0, 'f', 7)
                .arg(lon, 0, 'f', 7));
    }
    run(QStringLiteral(
        "INSERT INTO address (street, house_number, postcode, municipality, lat, lon, district_id, search_key) "
        "VALUES ('Sint-Jansplein', '3', '8800', 'Oostveld', 50.951, 3.121, 1, 'sint-jansplein 3')"));
    for (const Seed& r : reports) {
        const QString lat = std::isnan(r.lat) ? QStringLiteral("NULL") : QString::number(r.lat, 'f', 8);
        const QString lon = std::isnan(r.lon) ? QStringLiteral("NULL") : QString::number(r.lon, 'f', 8);
        run(QStringLiteral(
            "INSERT INTO report (id, uuid, ref, received_at, channel, category_id, lat, lon, status, due_at, "
            "updated_at, district_id) VALUES (%1, 'u%1', 'M-2026-%1', 1700000000, 'web', 1, %2, %3, '%4', %5, "
            "1700000000, 1)")
                .arg(r.id)
                .arg(lat, lon, QString::fromLatin1(r.status))
                .arg(r.id == 2 ? 1700000500 : 1900000000));
    }
}

QColor pixel(QWidget* w, QPoint at)
{
    return w->grab().toImage().pixelColor(at);
}

bool near(const QColor& a, const QColor& b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestGuiMap final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markerAtExpectedPixel();
    void clickMarkerActivatesReport();
    void clickClusterZoomsIn();
    void stackedReportsOfferAList();
    void showsExactlyTheQueueFilter();
    void rectangleSelectionFiltersQueue();
    void polygonSelection();
    void keyboardAndWheel();
    void selectReportCentres();
    void addressSearch();
    void layersRender();
    void brokenTileSourceKeepsVectorMap();
    void detailMap();

private:
    MapView* makeView(QSize size = QSize(800, 600));
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReportStore> m_store;
    std::unique_ptr<MapView> m_view;
};

void TestGuiMap::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiMap::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(test::dbPath(*m_dir)));
    // 1 alone in the west; 2 (overdue) and 3 about 25 m apart in the east; 4 closed; 5 without a
    // location; 6 and 7 reported at the very same spot.
    fill(*m_db,
        { { 1, kLat, kLon - 0.01, "new" },
            { 2, kLat + 0.0003, kLon + 0.01, "new" },
            { 3, kLat + 0.0005, kLon + 0.0102, "assigned" },
            { 4, kLat - 0.005, kLon, "closed" },
            { 5, std::nan(""), std::nan(""), "new" },
            { 6, kLat - 0.002, kLon + 0.005, "triaged" },
            { 7, kLat - 0.002, kLon + 0.005, "in_progress" } });
    m_store = std::make_unique<ReportStore>(m_db.get());
    m_store->setNowForTesting(1800000000);
}

void TestGuiMap::cleanup()
{
    m_view.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

MapView* TestGuiMap::makeView(QSize size)
{
    m_view = std::make_unique<MapView>(m_db.get(), m_store->refs());
    m_view->setNow(1800000000);
    m_view->resize(size);
    m_view->show();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(m_view->isReady(), 15000); }();
    return m_view.get();
}

void TestGuiMap::markerAtExpectedPixel()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    QCOMPARE(view->objectName(), QStringLiteral("mapView"));
    const double centerLat = kLat + 0.001;
    const double centerLon = kLon - 0.0095;
    canvas->setView(centerLat, centerLon, 17);
    QTRY_VERIFY(view->isReady());
    // Where report 1 must appear: the centre plus its world offset times 256·2^17.
    const double scale = 256 * std::exp2(17.0);
    const QPointF offset
        = (WebMercator::project(kLat, kLon - 0.01) - WebMercator::project(centerLat, centerLon)) * scale;
    const QPoint expected = (QPointF(canvas->width() / 2.0, canvas->height() / 2.0) + offset).toPoint();
    QVERIFY(canvas->rect().contains(expected));
    QVERIFY2(
        near(pixel(canvas, expected), MapWidget::statusColor(Status::New)), qPrintable(pixel(canvas, expected).name()));
    // Twenty pixels away there is no marker.
    QVERIFY(!near(pixel(canvas, expected + QPoint(20, 20)), MapWidget::statusColor(Status::New), 40));
}

void TestGuiMap::clickMarkerActivatesReport()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat, kLon - 0.01, 16);
    QTRY_VERIFY(view->isReady());
    QSignalSpy spy(view, &MapView::reportActivated);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(canvas->width() / 2, canvas->height() / 2));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toLongLong(), 1);
    QCOMPARE(canvas->selectedReport(), 1);
    // A click on empty land activates nothing.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(30, canvas->height() - 60));
    QCOMPARE(spy.size(), 1);
}

void TestGuiMap::clickClusterZoomsIn()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat + 0.0003, kLon + 0.01, 14);
    QTRY_VERIFY(view->isReady());
    QSignalSpy spy(view, &MapView::reportActivated);
    // Reports 2 and 3 are 25 m apart: one cluster at zoom 14; a click zooms in towards them.
    const int level = view->canvas()->reports()->clusters.levelFor(14);
    std::vector<ClusterItem> items;
    view->canvas()->reports()->clusters.query(level, canvas->viewport().visibleWorld(), &items);
    const QPointF two = WebMercator::project(kLat + 0.0003, kLon + 0.01);
    auto cluster = std::find_if(items.begin(), items.end(), [&](const ClusterItem& it) {
        return it.count == 2 && std::abs(it.x - two.x()) < 1e-6 && std::abs(it.y - two.y()) < 1e-6;
    });
    QVERIFY(cluster != items.end());
    const QPoint at = canvas->viewport().toScreen(QPointF(cluster->x, cluster->y)).toPoint();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    QVERIFY(canvas->zoom() > 14);
    QCOMPARE(spy.size(), 0);
}

void TestGuiMap::stackedReportsOfferAList()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat - 0.002, kLon + 0.005, 19);
    QTRY_VERIFY(view->isReady());
    QSignalSpy spy(view, &MapView::reportActivated);
    // Reports 6 and 7 never split: at the deepest zoom a click lists them; pick the second.
    QStringList seen;
    QTimer::singleShot(200, this, [&] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QCOMPARE(menu->objectName(), QStringLiteral("mapReportList"));
        const QList<QAction*> actions = menu->actions();
        for (QAction* a : actions)
            seen << a->text();
        actions.last()->trigger();
        menu->close();
    });
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(canvas->width() / 2, canvas->height() / 2));
    QTRY_COMPARE(spy.size(), 1);
    QVERIFY2(seen.filter(QStringLiteral("M-2026-")).size() == 2, qPrintable(seen.join(QLatin1Char('|'))));
    QVERIFY(spy.first().first().toLongLong() == 6 || spy.first().first().toLongLong() == 7);
}

void TestGuiMap::showsExactlyTheQueueFilter()
{
    MapView* view = makeView();
    QCOMPARE(view->canvas()->reports()->size(), size_t(6));
    QCOMPARE(view->canvas()->reports()->withoutLocation, 1);
    QueueFilter f;
    f.statuses = { Status::New };
    view->setFilter(f);
    QTRY_VERIFY(view->isReady());
    auto set = view->canvas()->reports();
    QCOMPARE(set->filter, f);
    // Exactly the queue's rows that have a location.
    std::set<qint64> queue;
    for (const QueueRow& r : m_store->fetchQueue(f, std::nullopt, 1000))
        if (m_store->report(r.id)->hasLocation)
            queue.insert(r.id);
    QCOMPARE(std::set<qint64>(set->ids.begin(), set->ids.end()), queue);
    QCOMPARE(set->overdueCount, 1); // report 2
    QCOMPARE(set->districtCounts.value(1), 3); // 1, 2 and the one without a location
}

void TestGuiMap::rectangleSelectionFiltersQueue()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat + 0.0003, kLon + 0.01, 16);
    QTRY_VERIFY(view->isReady());
    QSignalSpy spy(view, &MapView::areaSelected);
    canvas->setTool(MapWidget::Tool::Rectangle);
    const QPoint c(canvas->width() / 2, canvas->height() / 2);
    QTest::mousePress(canvas, Qt::LeftButton, {}, c - QPoint(60, 60));
    QTest::mouseMove(canvas, c + QPoint(10, 10));
    QTest::mouseMove(canvas, c + QPoint(60, 60));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, c + QPoint(60, 60));
    QCOMPARE(spy.size(), 1);
    const QPolygonF area = spy.first().first().value<QPolygonF>();
    QCOMPARE(area.size(), 5);
    QCOMPARE(canvas->tool(), MapWidget::Tool::Pan);

    // The owner filters the queue to the zone: the store and the map agree on reports 2 and 3.
    QueueFilter f;
    f.area = area;
    std::set<qint64> queue;
    for (const QueueRow& r : m_store->fetchQueue(f, std::nullopt, 100))
        queue.insert(r.id);
    QCOMPARE(queue, (std::set<qint64> { 2, 3 }));
    for (qint64 id : { 1, 2, 3, 4, 5 })
        QCOMPARE(f.matches(*m_store->report(id), m_store->now(), m_store->refs()), queue.count(id) == 1);
    view->setFilter(f);
    QTRY_VERIFY(view->isReady());
    const auto set = view->canvas()->reports();
    QCOMPARE(std::set<qint64>(set->ids.begin(), set->ids.end()), queue);
    QCOMPARE(QueueFilter::fromJson(f.toJson()), f);
}

void TestGuiMap::polygonSelection()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat, kLon - 0.01, 16);
    QTRY_VERIFY(view->isReady());
    QSignalSpy spy(view, &MapView::areaSelected);
    canvas->setTool(MapWidget::Tool::Polygon);
    const QPoint c(canvas->width() / 2, canvas->height() / 2);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(-50, -40));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(60, -30));
    QTest::keyClick(canvas, Qt::Key_Return); // two corners are not a zone
    QCOMPARE(spy.size(), 0);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c + QPoint(0, 50));
    QTest::keyClick(canvas, Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QueueFilter f;
    f.area = spy.first().first().value<QPolygonF>();
    QCOMPARE(f.area.size(), 4);
    std::set<qint64> queue;
    for (const QueueRow& r : m_store->fetchQueue(f, std::nullopt, 100))
        queue.insert(r.id);
    QCOMPARE(queue, std::set<qint64> { 1 });
    // Escape abandons a zone being drawn.
    canvas->setTool(MapWidget::Tool::Polygon);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, c);
    QTest::keyClick(canvas, Qt::Key_Escape);
    QCOMPARE(canvas->tool(), MapWidget::Tool::Pan);
    QCOMPARE(spy.size(), 1);
}

void TestGuiMap::keyboardAndWheel()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat, kLon, 14);
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Plus);
    QCOMPARE(canvas->zoom(), 15.0);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QTest::keyClick(canvas, Qt::Key_Minus);
    QCOMPARE(canvas->zoom(), 13.0);
    const QPointF before = canvas->viewport().center();
    QTest::keyClick(canvas, Qt::Key_Right);
    QVERIFY(canvas->viewport().center().x() > before.x());
    QTest::keyClick(canvas, Qt::Key_Up);
    QVERIFY(canvas->viewport().center().y() < before.y());
    // The wheel zooms about the cursor: the place under it stays under it.
    const QPointF cursor(120, 90);
    const QGeoCoordinate under = canvas->viewport().coordinateAt(cursor);
    QWheelEvent wheel(cursor,
        canvas->mapToGlobal(cursor),
        QPoint(),
        QPoint(0, 240),
        Qt::NoButton,
        Qt::NoModifier,
        Qt::NoScrollPhase,
        false);
    QApplication::sendEvent(canvas, &wheel);
    QCOMPARE(canvas->zoom(), 14.0);
    const QPointF after = canvas->viewport().toScreen(under.latitude(), under.longitude());
    QVERIFY((after - cursor).manhattanLength() < 0.01);
    // Dragging pans.
    const QPointF c0 = canvas->viewport().center();
    QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(canvas, QPoint(320, 310));
    QTest::mouseMove(canvas, QPoint(350, 330));
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(350, 330));
    QVERIFY(canvas->viewport().center().x() < c0.x());
}

void TestGuiMap::selectReportCentres()
{
    MapView* view = makeView();
    MapWidget* canvas = view->canvas();
    canvas->setView(kLat, kLon - 0.05, 12);
    view->selectReport(4);
    QVERIFY(canvas->zoom() >= 15);
    const QPointF at = canvas->viewport().toScreen(kLat - 0.005, kLon);
    QVERIFY((at - QPointF(canvas->width() / 2.0, canvas->height() / 2.0)).manhattanLength() < 1);
    QCOMPARE(canvas->selectedReport(), 4);
}

void TestGuiMap::addressSearch()
{
    MapView* view = makeView();
    QTRY_VERIFY(view->addressIndex() != nullptr);
    auto* search = view->findChild<QLineEdit*>(QStringLiteral("mapSearch"));
    QVERIFY(search);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("kerkstaat 12"));
    QTest::keyClick(search, Qt::Key_Return);
    // The typo does not matter; the map goes to Kerkstraat 12.
    const QGeoCoordinate c = view->canvas()->viewport().centerCoordinate();
    const auto hits = view->addressIndex()->search(QStringLiteral("kerkstraat 12"), 1);
    QCOMPARE(hits.size(), 1);
    QVERIFY(std::abs(c.latitude() - hits.first().lat) < 1e-7);
    QVERIFY(std::abs(c.longitude() - hits.first().lon) < 1e-7);
    QVERIFY(view->canvas()->zoom() >= 18);
}

void TestGuiMap::layersRender()
{
    MapView* view = makeView(QSize(900, 640));
    view->setHeatmapVisible(true);
    view->setChoroplethVisible(true);
    QTRY_VERIFY_WITH_TIMEOUT(view->isReady(), 10000);
    const QImage img = view->grab().toImage();
    QCOMPARE(img.size(), view->size());
    view->canvas()->setView(kLat, kLon, 19);
    QTRY_VERIFY(view->isReady());
    QVERIFY(!view->grab().isNull());
}

void TestGuiMap::brokenTileSourceKeepsVectorMap()
{
    MapView* view = makeView();
    const QString corrupt = m_dir->filePath(QStringLiteral("not-a-map.mbtiles"));
    QFile f(corrupt);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not SQLite");
    f.close();
    view->setTileSource(TileSourceSpec::mbtiles(corrupt));
    QCOMPARE(view->tileSource().id, QStringLiteral("vector"));
    QVERIFY(!view->canvas()->tileProvider()->isRaster());
    QVERIFY(view->canvas()->tileProvider()->statusMessage().contains(QLatin1String("not an MBTiles file")));
}

void TestGuiMap::detailMap()
{
    MapDetailWidget detail(m_db.get(), m_store->refs());
    detail.resize(360, 240);
    detail.show();
    QSignalSpy spy(&detail, &MapDetailWidget::reportActivated);
    detail.showReport(2, { 3 });
    QTRY_VERIFY(detail.isReady());
    QVERIFY(detail.canvas()->zoom() >= 16);
    // The candidate's pin (numbered 1) activates it.
    const QPointF tip = detail.canvas()->viewport().toScreen(kLat + 0.0005, kLon + 0.0102);
    const QPoint head = (tip - QPointF(0, 9 * 2.1)).toPoint();
    QTest::mouseClick(detail.canvas(), Qt::LeftButton, {}, head);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().first().toLongLong(), 3);
    detail.showReport(5);
    detail.showReport(0);

    // The intake form picks a place: a click on the map, then the nearest address names it.
    QTRY_VERIFY(detail.canvas()->city() != nullptr);
    detail.setPickable(true);
    detail.showLocation(kLat + 0.0003, kLon - 0.0012);
    QSignalSpy picked(&detail, &MapDetailWidget::locationPicked);
    const QPoint at(detail.canvas()->width() / 2 + 3, detail.canvas()->height() / 2 + 2);
    QTest::mouseClick(detail.canvas(), Qt::LeftButton, {}, at);
    QCOMPARE(picked.size(), 1);
    const double lat = picked.first().at(0).toDouble();
    const double lon = picked.first().at(1).toDouble();
    const QGeoCoordinate expected = detail.canvas()->viewport().coordinateAt(at);
    QVERIFY(std::abs(lat - expected.latitude()) < 1e-9);
    const std::optional<AddressHit> hit = detail.nearestAddress(lat, lon);
    QVERIFY(hit);
    QCOMPARE(hit->street, QStringLiteral("Kerkstraat"));
    QVERIFY(distanceMeters(lat, lon, hit->lat, hit->lon) < 30);
}

QTEST_MAIN(TestGuiMap)
#include "tst_gui_map.moc"
