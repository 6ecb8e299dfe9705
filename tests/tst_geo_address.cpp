// SPDX-License-Identifier: GPL-3.0-or-later
// Geocoding over the address register: fuzzy, diacritics-insensitive search and the nearest address.
#include "geo/addressindex.h"
#include "geo/citybackground.h"
#include "geo/webmercator.h"
#include "store/database.h"
#include "testutil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace meldpunt;

namespace {

AddressHit address(qint64 id, const QString& street, const QString& number, double lat, double lon,
    const QString& postcode = QStringLiteral("8800"))
{
    AddressHit a;
    a.id = id;
    a.street = street;
    a.houseNumber = number;
    a.postcode = postcode;
    a.municipality = QStringLiteral("Roeselare");
    a.lat = lat;
    a.lon = lon;
    return a;
}

/// Kerkstraat runs west–east with odd numbers north and even south; a few other streets nearby.
AddressIndex town()
{
    QList<AddressHit> all;
    qint64 id = 1;
    for (int n = 1; n <= 40; ++n) {
        const double lon = 3.12 + ((n + 1) / 2) * 0.0001;
        const double lat = 50.95 + (n % 2 ? 0.00008 : -0.00008);
        all << address(id++, QStringLiteral("Kerkstraat"), QString::number(n), lat, lon);
    }
    all << address(id++, QStringLiteral("Kerkstraat"), QStringLiteral("12A"), 50.94992, 3.1206);
    all << address(id++, QStringLiteral("Kerkstraat"), QStringLiteral("12 bus 2"), 50.94992, 3.12061);
    all << address(id++, QStringLiteral("Kerkstraat"), QStringLiteral("12 bus 1"), 50.94992, 3.12062);
    all << address(id++, QStringLiteral("Sint-Jansplein"), QStringLiteral("3"), 50.951, 3.125);
    all << address(
        id++, QStringLiteral("Place Saint-Géry"), QStringLiteral("1"), 50.848, 4.347, QStringLiteral("1000"));
    all << address(id++, QStringLiteral("Grote Markt"), QStringLiteral("1"), 50.9469, 3.1233);
    all << address(id++, QStringLiteral("Grote Markt"), QStringLiteral("2"), 50.94695, 3.1235);
    all << address(id++, QStringLiteral("Marktplein"), QStringLiteral("5"), 50.952, 3.13);
    all << address(
        id++, QStringLiteral("Kerkstraat"), QStringLiteral("1"), 50.80, 5.18, QStringLiteral("3800")); // another town
    all << address(id++, QStringLiteral("Zuidstraat"), QStringLiteral("7"), 50.9405, 3.1190);
    return AddressIndex(all);
}

} // namespace

class TestGeoAddress final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void houseNumberOrder_data();
    void houseNumberOrder();
    void editDistance_data();
    void editDistance();
    void search_data();
    void search();
    void streetOnlyGivesStreets();
    void nearest_data();
    void nearest();
    void loadsFromDatabaseAndTracesStreets();
};

void TestGeoAddress::houseNumberOrder_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("2 < 10") << "2"
                            << "10";
    QTest::newRow("2 < 2A") << "2"
                            << "2A";
    QTest::newRow("2A < 2B") << "2A"
                             << "2B";
    QTest::newRow("2B < 2 bus 1") << "2B"
                                  << "2 bus 1";
    QTest::newRow("2 bus 2 < 2 bus 10") << "2 bus 2"
                                        << "2 bus 10";
    QTest::newRow("2 bus 10 < 3") << "2 bus 10"
                                  << "3";
}

void TestGeoAddress::houseNumberOrder()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QVERIFY(AddressIndex::houseNumberLess(a, b));
    QVERIFY(!AddressIndex::houseNumberLess(b, a));
}

void TestGeoAddress::editDistance_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("same") << "kerkstraat"
                          << "kerkstraat" << 0;
    QTest::newRow("missing letter") << "kerkstaat"
                                    << "kerkstraat" << 1;
    QTest::newRow("swapped letters") << "kerksrtaat"
                                     << "kerkstraat" << 1;
    QTest::newRow("wrong letter") << "kirkstraat"
                                  << "kerkstraat" << 1;
    QTest::newRow("two off") << "kirkstrat"
                             << "kerkstraat" << 2;
    QTest::newRow("far beyond limit") << "zuid"
                                      << "kerkstraat" << 3;
}

void TestGeoAddress::editDistance()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(AddressIndex::editDistance(a, b, 2), std::min(distance, 3));
}

void TestGeoAddress::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("street");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("postcode");
    QTest::newRow("exact") << "Kerkstraat 12"
                           << "Kerkstraat"
                           << "12"
                           << "8800";
    QTest::newRow("lower case, abbreviated") << "kerkstr 12"
                                             << "Kerkstraat"
                                             << "12"
                                             << "8800";
    QTest::newRow("number first") << "12 kerkstraat"
                                  << "Kerkstraat"
                                  << "12"
                                  << "8800";
    QTest::newRow("typo") << "kerkstaat 7"
                          << "Kerkstraat"
                          << "7"
                          << "8800";
    QTest::newRow("swapped letters") << "kerksrtaat 7"
                                     << "Kerkstraat"
                                     << "7"
                                     << "8800";
    QTest::newRow("letter suffix") << "kerkstraat 12a"
                                   << "Kerkstraat"
                                   << "12A"
                                   << "8800";
    QTest::newRow("letter apart") << "kerkstraat 12 a"
                                  << "Kerkstraat"
                                  << "12A"
                                  << "8800";
    QTest::newRow("box") << "kerkstraat 12 bus 2"
                         << "Kerkstraat"
                         << "12 bus 2"
                         << "8800";
    QTest::newRow("diacritics typed") << "sint-jansplein 3"
                                      << "Sint-Jansplein"
                                      << "3"
                                      << "8800";
    QTest::newRow("st for sint") << "st jansplein 3"
                                 << "Sint-Jansplein"
                                 << "3"
                                 << "8800";
    QTest::newRow("without accent") << "place saint gery 1"
                                    << "Place Saint-Géry"
                                    << "1"
                                    << "1000";
    QTest::newRow("accent typed") << "Saint-Géry 1"
                                  << "Place Saint-Géry"
                                  << "1"
                                  << "1000";
    QTest::newRow("words apart") << "grote markt 2"
                                 << "Grote Markt"
                                 << "2"
                                 << "8800";
    QTest::newRow("compound split") << "kerk straat 3"
                                    << "Kerkstraat"
                                    << "3"
                                    << "8800";
    QTest::newRow("postcode narrows") << "kerkstraat 1 3800"
                                      << "Kerkstraat"
                                      << "1"
                                      << "3800";
}

void TestGeoAddress::search()
{
    QFETCH(QString, query);
    QFETCH(QString, street);
    QFETCH(QString, number);
    QFETCH(QString, postcode);
    const AddressIndex index = town();
    const QList<AddressHit> hits = index.search(query, 5);
    QVERIFY2(!hits.isEmpty(), qPrintable(query));
    QCOMPARE(hits.first().street, street);
    QCOMPARE(hits.first().houseNumber, number);
    QCOMPARE(hits.first().postcode, postcode);
}

void TestGeoAddress::streetOnlyGivesStreets()
{
    const AddressIndex index = town();
    const QList<AddressHit> hits = index.search(QStringLiteral("markt"), 10);
    QCOMPARE(hits.size(), 2);
    // The shorter name first ("Grote Markt" before "Marktplein": both start a word with "markt").
    QCOMPARE(hits.first().street, QStringLiteral("Grote Markt"));
    QVERIFY(hits.first().houseNumber.isEmpty());
    QVERIFY(index.search(QStringLiteral("xyzzy 3"), 5).isEmpty());
    QVERIFY(index.search(QString(), 5).isEmpty());
    // "12" lists 12 first, then its variants.
    const QList<AddressHit> twelve = index.search(QStringLiteral("kerkstraat 12"), 5);
    QCOMPARE(twelve.at(0).houseNumber, QStringLiteral("12"));
    QCOMPARE(twelve.at(1).houseNumber, QStringLiteral("12A"));
}

void TestGeoAddress::nearest_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("expected");
    QTest::newRow("on Grote Markt 1") << 50.9469 << 3.1233 << "Grote Markt 1";
    QTest::newRow("a metre from Grote Markt 2") << 50.94696 << 3.12351 << "Grote Markt 2";
    QTest::newRow("in front of Kerkstraat 7") << 50.95009 << 3.1204 << "Kerkstraat 7";
    QTest::newRow("Zuidstraat, 80 m away") << 50.9398 << 3.1192 << "Zuidstraat 7";
    QTest::newRow("in a field") << 50.90 << 3.05 << "";
}

void TestGeoAddress::nearest()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, expected);
    const AddressIndex index = town();
    const std::optional<AddressHit> hit = index.nearestAddress(lat, lon);
    if (expected.isEmpty()) {
        QVERIFY(!hit);
        return;
    }
    QVERIFY(hit);
    QCOMPARE(hit->street + QLatin1Char(' ') + hit->houseNumber, expected);
    // And it is truly the nearest: no address is closer.
    const double d = distanceMeters(lat, lon, hit->lat, hit->lon);
    for (const AddressHit& a : index.addresses())
        QVERIFY(distanceMeters(lat, lon, a.lat, a.lon) >= d);
}

void TestGeoAddress::loadsFromDatabaseAndTracesStreets()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO address (street, house_number, postcode, municipality, lat, lon, search_key) "
                             "VALUES (?, ?, ?, ?, ?, ?, '')"));
    const AddressIndex source = town();
    for (const AddressHit& a : source.addresses()) {
        q.addBindValue(a.street);
        q.addBindValue(a.houseNumber);
        q.addBindValue(a.postcode);
        q.addBindValue(a.municipality);
        q.addBindValue(a.lat);
        q.addBindValue(a.lon);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QString error;
    const std::shared_ptr<CityBackground> city = CityBackground::load(&db, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(city->addresses->size(), size_t(town().size()));
    // Kerkstraat (8800) becomes one west–east line through the middle of its odd and even sides.
    const auto kerk = std::find_if(city->streets.begin(), city->streets.end(), [](const CityStreetLine& s) {
        return s.name == QLatin1String("Kerkstraat") && s.world.size() >= 2 && s.worldBounds.width() > 1e-6;
    });
    QVERIFY(kerk != city->streets.end());
    const QPointF mid = WebMercator::project(50.95, 3.121);
    QVERIFY(std::abs(kerk->worldBounds.center().y() - mid.y()) < 2e-7);
    QVERIFY(kerk->worldBounds.height() < 3e-7); // straight, no zig-zag between the sides
}

QTEST_GUILESS_MAIN(TestGeoAddress)
#include "tst_geo_address.moc"
