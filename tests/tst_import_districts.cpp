// SPDX-License-Identifier: GPL-3.0-or-later
// The GeoJSON district importer: Polygons with holes, MultiPolygons, broken features, real municipalities.
#include "geo/citybackground.h"
#include "interop/districtimport.h"
#include "store/database.h"
#include "testutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace meldpunt;

namespace {

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    q.exec(sql);
    q.next();
    return q.value(0).toLongLong();
}

const char* kGood = R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"name":"Centrum","code":"C"},"geometry":{"type":"Polygon","coordinates":
   [[[3.10,50.93],[3.15,50.93],[3.15,50.96],[3.10,50.96],[3.10,50.93]],[[3.12,50.94],[3.13,50.94],[3.13,50.95],[3.12,50.94]]]}},
 {"type":"Feature","properties":{"name_nl":"Eilanden","nis":"99001"},"geometry":{"type":"MultiPolygon","coordinates":
   [[[[3.20,50.93],[3.21,50.93],[3.21,50.94],[3.20,50.93]]],[[[3.30,50.93],[3.31,50.93],[3.31,50.94],[3.30,50.93]]]]}}
]})";

} // namespace

class TestImportDistricts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodFile();
    void updatesByCode();
    void broken_data();
    void broken();
    void realMunicipalities();

private:
    QString write(const QByteArray& content);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportDistricts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(test::dbPath(*m_dir)));
}

void TestImportDistricts::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImportDistricts::write(const QByteArray& content)
{
    const QString path = m_dir->filePath(QStringLiteral("districts.geojson"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

void TestImportDistricts::goodFile()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO address (street, house_number, postcode, municipality, lat, lon, search_key) VALUES "
        "('A', '1', '8800', 'R', 50.935, 3.105, 'a 1'), ('B', '1', '8800', 'R', 50.945, 3.125, 'b 1'), "
        "('C', '1', '8800', 'R', 50.932, 3.305, 'c 1')")));
    const ImportResult r = DistrictImporter(m_db.get()).importGeoJson(write(kGood));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, 2);
    const std::vector<CityDistrictShape> d = CityBackground::loadDistricts(m_db.get());
    QCOMPARE(d.size(), size_t(2));
    const CityDistrictShape& centrum = d[0].name == QLatin1String("Centrum") ? d[0] : d[1];
    const CityDistrictShape& islands = d[0].name == QLatin1String("Centrum") ? d[1] : d[0];
    QCOMPARE(centrum.code, QStringLiteral("C"));
    QCOMPARE(centrum.shape.parts().first().holes.size(), 1);
    QVERIFY(centrum.shape.contains(50.935, 3.105));
    QVERIFY(!centrum.shape.contains(50.945, 3.125)); // in the hole
    QCOMPARE(islands.code, QStringLiteral("99001"));
    QCOMPARE(islands.shape.parts().size(), 2);
    QVERIFY(islands.shape.contains(50.932, 3.305));
    // Addresses got their district; the one in the hole got none.
    QCOMPARE(
        count(*m_db,
            QStringLiteral("SELECT count(*) FROM address WHERE street = 'A' AND district_id = %1").arg(centrum.id)),
        1);
    QCOMPARE(
        count(*m_db, QStringLiteral("SELECT count(*) FROM address WHERE street = 'B' AND district_id IS NULL")), 1);
    QCOMPARE(
        count(*m_db,
            QStringLiteral("SELECT count(*) FROM address WHERE street = 'C' AND district_id = %1").arg(islands.id)),
        1);
}

void TestImportDistricts::updatesByCode()
{
    QVERIFY(DistrictImporter(m_db.get()).importGeoJson(write(kGood)).ok);
    QByteArray renamed(kGood);
    renamed.replace("\"Centrum\"", "\"Binnenstad\"");
    const ImportResult r = DistrictImporter(m_db.get()).importGeoJson(write(renamed));
    QVERIFY(r.ok);
    QCOMPARE(r.replaced, 2);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM district")), 2);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM district WHERE name = 'Binnenstad' AND code = 'C'")), 1);
}

void TestImportDistricts::broken_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustMention");
    auto withSecond = [](const char* geometry, const char* props = R"({"name":"Tweede"})") {
        return QByteArray(
                   R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Eerste"},"geometry":)"
                   R"({"type":"Polygon","coordinates":[[[3.1,50.9],[3.2,50.9],[3.2,51.0],[3.1,50.9]]]}},)"
                   R"({"type":"Feature","properties":)")
            + props + R"(,"geometry":)" + geometry + "}]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"type\": \"FeatureCollection\", ")
                              << QStringList { "not valid GeoJSON" };
    QTest::newRow("not a collection") << QByteArray(R"({"type":"Topology"})") << QStringList { "Topology" };
    QTest::newRow("ring not closed") << withSecond(
        R"({"type":"Polygon","coordinates":[[[3,50],[4,50],[4,51],[3,51]]]})")
                                     << QStringList { "feature 2 (Tweede)", "not closed" };
    QTest::newRow("latitude out of range")
        << withSecond(R"({"type":"Polygon","coordinates":[[[3,50],[4,50],[4,91],[3,50]]]})")
        << QStringList { "feature 2 (Tweede)", "outside" };
    QTest::newRow("bad hole in multipolygon") << withSecond(
        R"({"type":"MultiPolygon","coordinates":[[[[3,50],[4,50],[4,51],[3,50]],[[3.1,50.1],[3.2,50.1]]]]})")
                                              << QStringList { "feature 2 (Tweede)", "polygon 1", "hole 1" };
    QTest::newRow("a line") << withSecond(R"({"type":"LineString","coordinates":[[3,50],[4,50]]})")
                            << QStringList { "feature 2 (Tweede)", "LineString" };
    QTest::newRow("no name") << withSecond(R"({"type":"Polygon","coordinates":[[[3,50],[4,50],[4,51],[3,50]]]})",
        R"({"pop":3})") << QStringList { "feature 2", "name" };
    QTest::newRow("no geometry") << withSecond("null") << QStringList { "feature 2 (Tweede)", "geometry" };
    QTest::newRow("other CRS") << QByteArray(
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:31370"}},"features":[]})")
                               << QStringList { "31370" };
}

void TestImportDistricts::broken()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustMention);
    QVERIFY(DistrictImporter(m_db.get()).importGeoJson(write(kGood)).ok);
    const ImportResult r = DistrictImporter(m_db.get()).importGeoJson(write(content));
    QVERIFY(!r.ok);
    for (const QString& word : mustMention)
        QVERIFY2(r.error.contains(word), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("districts.geojson")), qPrintable(r.error));
    // Nothing half-imported: the first, valid feature of a broken file was not written either.
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM district")), 2);
    QCOMPARE(count(*m_db, QStringLiteral("SELECT count(*) FROM district WHERE name = 'Eerste'")), 0);
}

void TestImportDistricts::realMunicipalities()
{
    const QString path = test::sharedData(QStringLiteral("geo/belgium_municipalities.geojson"));
    if (!QFile::exists(path))
        QSKIP(qPrintable(QStringLiteral("needs %1 (shared real data) which is absent").arg(path)));
    const ImportResult r = DistrictImporter(m_db.get()).importGeoJson(path);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, 581);
    const std::vector<CityDistrictShape> d = CityBackground::loadDistricts(m_db.get());
    QCOMPARE(d.size(), size_t(581));
    int multi = 0;
    for (const CityDistrictShape& s : d) {
        QVERIFY2(!s.shape.isEmpty(), qPrintable(s.name));
        multi += s.shape.parts().size() > 1 ? 1 : 0;
        if (s.code == QLatin1String("36015")) {
            QCOMPARE(s.name, QStringLiteral("Roeselare"));
            QVERIFY(s.shape.contains(50.9469, 3.1233));
        }
    }
    QCOMPARE(multi, 3); // Elsene, Baarle-Hertog, Knokke-Heist
}

QTEST_GUILESS_MAIN(TestImportDistricts)
#include "tst_import_districts.moc"
