// SPDX-License-Identifier: GPL-3.0-or-later
// The BeST openaddress importer with good and broken files: all or nothing, errors that name the line.
#include "domain/textfold.h"
#include "interop/addressimport.h"
#include "store/database.h"
#include "testutil.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace meldpunt;

namespace {

const char* kHeader
    = "EPSG:31370_x,EPSG:31370_y,EPSG:4326_lat,EPSG:4326_lon,address_id,box_number,house_number,"
      "municipality_id,municipality_name_de,municipality_name_fr,municipality_name_nl,postcode,"
      "postname_fr,postname_nl,street_id,streetname_de,streetname_fr,streetname_nl,region_code,status\n";

QByteArray row(const char* lat, const char* lon, const char* box, const char* number, const char* municipality,
    const char* postcode, const char* streetFr, const char* streetNl)
{
    return QByteArray("0,0,") + lat + ',' + lon + ",1," + box + ',' + number + ",36015,," + municipality + ','
        + municipality + ',' + postcode + ",,," + "1,," + streetFr + ',' + streetNl + ",BE-VLG,current\n";
}

qint64 count(Database& db, const QString& where = QStringLiteral("1"))
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM address WHERE ") + where);
    q.next();
    return q.value(0).toLongLong();
}

} // namespace

class TestImportAddresses final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodFile();
    void reimportReplaces();
    void semicolonsAndBom();
    void broken_data();
    void broken();
    void verb();

private:
    QString write(const QByteArray& content, const QString& name = QStringLiteral("addresses.csv"));
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportAddresses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(!m_db->open(test::dbPath(*m_dir)));
    // One district around the test addresses, so the import gives them their district.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO district (id, code, name, polygon) VALUES (7, 'C', 'Centrum', "
                                  "'[[[3.10,50.93],[3.15,50.93],[3.15,50.96],[3.10,50.96],[3.10,50.93]]]')")));
}

void TestImportAddresses::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestImportAddresses::write(const QByteArray& content, const QString& name)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return path;
}

void TestImportAddresses::goodFile()
{
    QByteArray csv(kHeader);
    csv += row("50.9469", "3.1233", "", "1", "Roeselare", "8800", "", "Grote Markt");
    csv += row("50.9470", "3.1240", "2", "14", "Roeselare", "8800", "", "Ooststraat");
    csv += row("50.9471", "3.1241", "", "16A", "Roeselare", "8800", "", "\"Ooststraat\"");
    csv += row("50.99", "3.20", "", "3", "Roeselare", "8800", "", "Noordlaan"); // outside the district
    csv += row("50.8", "4.35", "", "5", "Bruxelles", "1000", "Rue de l'Étuve", ""); // French only
    const ImportResult r = AddressImporter(m_db.get()).importCsv(write(csv));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.imported, 5);
    QCOMPARE(count(*m_db), 5);
    QCOMPARE(count(*m_db, QStringLiteral("house_number = '14 bus 2' AND street = 'Ooststraat'")), 1);
    QCOMPARE(count(*m_db, QStringLiteral("district_id = 7")), 3);
    QCOMPARE(count(*m_db, QStringLiteral("district_id IS NULL")), 2);
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT street, search_key FROM address WHERE municipality = 'Bruxelles'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Rue de l'Étuve"));
    QCOMPARE(q.value(1).toString(), foldForSearch(QStringLiteral("Rue de l'Étuve 5")));
}

void TestImportAddresses::reimportReplaces()
{
    QByteArray csv(kHeader);
    csv += row("50.9469", "3.1233", "", "1", "Roeselare", "8800", "", "Grote Markt");
    csv += row("50.9470", "3.1240", "", "2", "Roeselare", "8800", "", "Grote Markt");
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO address (street, house_number, postcode, municipality, lat, lon, search_key) "
                       "VALUES ('Elders', '1', '9000', 'Gent', 51, 3.7, 'elders 1')")));
    const QString path = write(csv);
    QVERIFY(AddressImporter(m_db.get()).importCsv(path).ok);
    const ImportResult again = AddressImporter(m_db.get()).importCsv(path);
    QVERIFY(again.ok);
    QCOMPARE(again.replaced, 2);
    QCOMPARE(count(*m_db, QStringLiteral("municipality = 'Roeselare'")), 2);
    QCOMPARE(count(*m_db, QStringLiteral("municipality = 'Gent'")), 1); // other municipalities stay
}

void TestImportAddresses::semicolonsAndBom()
{
    QByteArray csv("\xEF\xBB\xBFstreetname_nl;house_number;box_number;postcode;municipality_name_nl;EPSG:4326_lon;EPSG:"
                   "4326_lat\r\n"
                   "\"Kerkstraat; oost\";3;;8800;Roeselare;3.12;50.95\r\n"
                   "Sint-Jansplein;12;;8800;Roeselare;3.121;50.951\r\n");
    const ImportResult r = AddressImporter(m_db.get()).importCsv(write(csv));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(count(*m_db, QStringLiteral("street = 'Kerkstraat; oost' AND lat = 50.95 AND lon = 3.12")), 1);
}

void TestImportAddresses::broken_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustMention");
    const QByteArray good = row("50.9469", "3.1233", "", "1", "Roeselare", "8800", "", "Grote Markt");
    QTest::newRow("missing columns") << QByteArray("streetname_nl,house_number,postcode\nA,1,8800\n")
                                     << QStringList { "line 1", "EPSG:4326_lat", "municipality_name_nl" };
    QTest::newRow("Windows-1252 on line 4") << (QByteArray(kHeader) + good + good
        + row("50.9",
            "3.1",
            "",
            "2",
            "Roeselare",
            "8800",
            "",
            "Stra\xDF"
            "e")) << QStringList { "line 4", "UTF-8" };
    QTest::newRow("latitude out of range")
        << (QByteArray(kHeader) + good + row("95.1", "3.1", "", "2", "R", "8800", "", "A"))
        << QStringList { "line 3", "latitude", "95.1" };
    QTest::newRow("longitude out of range")
        << (QByteArray(kHeader) + row("50.9", "-181", "", "2", "R", "8800", "", "A"))
        << QStringList { "line 2", "longitude" };
    QTest::newRow("latitude not a number")
        << (QByteArray(kHeader) + good + good + good + row("noord", "3.1", "", "2", "R", "8800", "", "A"))
        << QStringList { "line 5", "noord" };
    QTest::newRow("short line") << (QByteArray(kHeader) + good + "1,2,3\n") << QStringList { "line 3", "fields" };
    QTest::newRow("no house number") << (QByteArray(kHeader) + row("50.9", "3.1", "", "", "R", "8800", "", "A"))
                                     << QStringList { "line 2", "house number" };
    QTest::newRow("UTF-16") << QByteArray("\xFF\xFEs\0t\0", 6) << QStringList { "UTF-16" };
    QTest::newRow("empty") << QByteArray() << QStringList { "line 1", "empty" };
    QTest::newRow("header only") << QByteArray(kHeader) << QStringList { "no addresses" };
}

void TestImportAddresses::broken()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustMention);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO address (street, house_number, postcode, municipality, lat, lon, search_key) "
                       "VALUES ('Grote Markt', '1', '8800', 'Roeselare', 50.9469, 3.1233, 'grote markt 1')")));
    const ImportResult r = AddressImporter(m_db.get()).importCsv(write(content));
    QVERIFY(!r.ok);
    for (const QString& word : mustMention)
        QVERIFY2(r.error.contains(word), qPrintable(r.error));
    QVERIFY2(r.error.contains(QLatin1String("addresses.csv")) || !mustMention.first().startsWith(QLatin1String("line")),
        qPrintable(r.error));
    // Nothing half-imported: the register is as it was.
    QCOMPARE(count(*m_db), 1);
    QCOMPARE(count(*m_db, QStringLiteral("street = 'Grote Markt'")), 1);
}

void TestImportAddresses::verb()
{
    QByteArray csv(kHeader);
    csv += row("50.9469", "3.1233", "", "1", "Roeselare", "8800", "", "Grote Markt");
    const QString path = write(csv);
    const QString dbPath = m_db->path();
    m_db->close();
    QCOMPARE(runImportVerb({ QStringLiteral("addresses"), path, QStringLiteral("--db"), dbPath }), 0);
    QCOMPARE(runImportVerb({ QStringLiteral("streets"), path, QStringLiteral("--db"), dbPath }), 2);
    QCOMPARE(runImportVerb({ QStringLiteral("addresses"),
                 m_dir->filePath(QStringLiteral("absent.csv")),
                 QStringLiteral("--db"),
                 dbPath }),
        1);
    QVERIFY(!m_db->open(dbPath));
    QCOMPARE(count(*m_db), 1);
}

QTEST_GUILESS_MAIN(TestImportAddresses)
#include "tst_import_addresses.moc"
