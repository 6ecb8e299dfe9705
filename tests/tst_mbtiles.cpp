// SPDX-License-Identifier: GPL-3.0-or-later
// Reading MBTiles: the TMS row flip, the real fixture files, and damaged or foreign files.
#include "geo/mbtiles.h"
#include "geo/tileprovider.h"
#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace meldpunt;

namespace {

QString fixture(const char* name)
{
    return test::sharedData(QStringLiteral("mbtiles/") + QLatin1String(name));
}

#define REQUIRE_FIXTURE(path)                                                                                          \
    if (!QFile::exists(path))                                                                                          \
        QSKIP(qPrintable(QStringLiteral("needs %1 (shared real data) which is absent").arg(path)));

/// The bytes of a tile addressed as the file stores it (TMS row), read without our reader.
QByteArray rawTile(const QString& path, int z, int column, int tmsRow)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?", -1, &st, nullptr);
    sqlite3_bind_int(st, 1, z);
    sqlite3_bind_int(st, 2, column);
    sqlite3_bind_int(st, 3, tmsRow);
    QByteArray out;
    if (sqlite3_step(st) == SQLITE_ROW)
        out = QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestMBTiles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void realFileMetadata();
    void rowFlip_data();
    void rowFlip();
    void missingTileIsNotAnError();
    void nullTileIsAClearError();
    void foreignFiles_data();
    void foreignFiles();
    void providerShowsTheFileAndItsDamage();
};

void TestMBTiles::realFileMetadata()
{
    const QString path = fixture("plain_3.mbtiles");
    REQUIRE_FIXTURE(path);
    MBTilesReader r;
    QString error;
    QVERIFY2(r.open(path, &error), qPrintable(error));
    QCOMPARE(r.name(), QStringLiteral("plain_3"));
    // The file's metadata has no zoom range: it comes from the tiles.
    QCOMPARE(r.minZoom(), 4);
    QCOMPARE(r.maxZoom(), 8);
    QVERIFY(r.bounds().contains(QPointF(4.35, 50.85)));
}

void TestMBTiles::rowFlip_data()
{
    QTest::addColumn<int>("z");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::newRow("Brussels z4") << 4 << 50.85 << 4.35;
    QTest::newRow("Brussels z8") << 8 << 50.85 << 4.35;
    QTest::newRow("Roeselare z7") << 7 << 50.9469 << 3.1233;
    QTest::newRow("Madrid z6") << 6 << 40.4 << -3.7;
}

void TestMBTiles::rowFlip()
{
    QFETCH(int, z);
    QFETCH(double, lat);
    QFETCH(double, lon);
    const QString path = fixture("plain_3.mbtiles");
    REQUIRE_FIXTURE(path);
    MBTilesReader r;
    QVERIFY(r.open(path, nullptr));
    const TileId t = WebMercator::tileAt(lat, lon, z);
    QByteArray data;
    QString error;
    QCOMPARE(r.readTile(t, &data, &error), MBTilesReader::Result::Tile);
    // The XYZ tile is the file's row 2^z − 1 − y, not row y.
    QCOMPARE(data, rawTile(path, z, t.x, (1 << z) - 1 - t.y));
    QVERIFY(data != rawTile(path, z, t.x, t.y));
    const QImage img = QImage::fromData(data);
    QCOMPARE(img.size(), QSize(256, 256));
}

void TestMBTiles::missingTileIsNotAnError()
{
    const QString path = fixture("plain_3.mbtiles");
    REQUIRE_FIXTURE(path);
    MBTilesReader r;
    QVERIFY(r.open(path, nullptr));
    QByteArray data;
    QString error;
    QCOMPARE(r.readTile({ 4, 0, 0 }, &data, &error), MBTilesReader::Result::Missing); // the Pacific
    QVERIFY(error.isEmpty());
    QCOMPARE(r.readTile({ 12, 2000, 1300 }, &data, &error), MBTilesReader::Result::Missing); // beyond its zooms
}

void TestMBTiles::nullTileIsAClearError()
{
    const QString path = fixture("corrupt_null_tile.mbtiles");
    REQUIRE_FIXTURE(path);
    MBTilesReader r;
    QString error;
    QVERIFY2(r.open(path, &error), qPrintable(error));
    QByteArray data;
    // The file stores zoom 1, column 0, TMS row 0 as NULL: XYZ row 1.
    QCOMPARE(r.readTile({ 1, 0, 1 }, &data, &error), MBTilesReader::Result::Error);
    QVERIFY2(error.contains(QLatin1String("corrupt_null_tile.mbtiles")) && error.contains(QLatin1String("1/0/1"))
            && error.contains(QLatin1String("empty")),
        qPrintable(error));
    // Its other tiles still read.
    QCOMPARE(r.readTile({ 0, 0, 0 }, &data, &error), MBTilesReader::Result::Tile);
}

void TestMBTiles::foreignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("text") << QByteArray("not a database at all") << QStringLiteral("not an MBTiles file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not an MBTiles file");
    QTest::newRow("sqlite without tables")
        << QByteArray("sqlite") << QStringLiteral("not an MBTiles file or it is damaged");
    QTest::newRow("vector tiles") << QByteArray("pbf") << QStringLiteral("vector tiles");
    QTest::newRow("absent") << QByteArray("absent") << QStringLiteral("does not exist");
}

void TestMBTiles::foreignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustMention);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.mbtiles"));
    if (content == "sqlite" || content == "pbf") {
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(path).constData(), &db);
        if (content == "pbf")
            sqlite3_exec(db,
                "CREATE TABLE metadata (name TEXT, value TEXT); INSERT INTO metadata VALUES ('format', 'pbf');"
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);",
                nullptr,
                nullptr,
                nullptr);
        else
            sqlite3_exec(db, "CREATE TABLE other (x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
    } else if (content != "absent") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    MBTilesReader r;
    QString error;
    QVERIFY(!r.open(path, &error));
    QVERIFY(!r.isOpen());
    QVERIFY2(error.contains(mustMention), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("map.mbtiles")), qPrintable(error));
}

void TestMBTiles::providerShowsTheFileAndItsDamage()
{
    const QString good = fixture("plain_3.mbtiles");
    const QString corrupt = fixture("corrupt_null_tile.mbtiles");
    REQUIRE_FIXTURE(good);
    REQUIRE_FIXTURE(corrupt);
    TileProvider provider;
    QVERIFY(provider.setSource(TileSourceSpec::mbtiles(good)));
    QVERIFY(provider.isRaster());
    QCOMPARE(provider.maxZoom(), 8);
    QSignalSpy arrived(&provider, &TileProvider::tileArrived);
    const TileId t = WebMercator::tileAt(50.85, 4.35, 6);
    QVERIFY(provider.tile(t).isNull()); // not yet: it is read and decoded on a worker thread
    QTRY_VERIFY(!provider.tile(t).isNull());
    QCOMPARE(provider.cached(t).size(), QSize(256, 256));

    QVERIFY(provider.setSource(TileSourceSpec::mbtiles(corrupt)));
    QSignalSpy status(&provider, &TileProvider::statusChanged);
    TileProvider::State state;
    provider.tile({ 1, 0, 1 }, &state);
    QTRY_VERIFY(!status.isEmpty());
    QVERIFY2(status.last().first().toString().contains(QLatin1String("empty")),
        qPrintable(status.last().first().toString()));
    provider.tile({ 1, 0, 1 }, &state);
    QCOMPARE(state, TileProvider::State::Missing);
}

QTEST_GUILESS_MAIN(TestMBTiles)
#include "tst_mbtiles.moc"
