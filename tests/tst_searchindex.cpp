// SPDX-License-Identifier: GPL-3.0-or-later
// The settle of a bulk-built full-text index: the structure record's codec, against records SQLite
// itself wrote, and the lift of the bulk-built segments to level 1 on a real FTS5 index.
#include "store/searchindex.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace meldpunt;

namespace {

class File final {
public:
    explicit File(const QString& path) { sqlite3_open(QFile::encodeName(path).constData(), &h); }
    ~File() { sqlite3_close(h); }
    bool exec(const QByteArray& sql)
    {
        char* msg = nullptr;
        const bool ok = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &msg) == SQLITE_OK;
        if (!ok)
            qWarning() << sql.left(80) << msg;
        sqlite3_free(msg);
        return ok;
    }
    qint64 number(const QByteArray& sql)
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, sql.constData(), -1, &st, nullptr);
        const qint64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
        sqlite3_finalize(st);
        return v;
    }
    QByteArray structure()
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(h, "SELECT block FROM report_fts_data WHERE id = 10", -1, &st, nullptr);
        QByteArray out;
        if (sqlite3_step(st) == SQLITE_ROW)
            out = QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
        return out;
    }
    sqlite3* h = nullptr;
};

QList<quint64> segmentIds(const Fts5Structure::Level& level)
{
    QList<quint64> ids;
    for (const Fts5Structure::Segment& s : level.segments)
        ids << s.id;
    return ids;
}

constexpr char kCreate[] = "CREATE VIRTUAL TABLE report_fts USING fts5(ref, description, address, citizen, "
                           "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', content = '', "
                           "columnsize = 0, detail = column)"; // as migration 007 makes it

/// The values of document i, in the order of report_fts's columns after its rowid.
QByteArray document(int i)
{
    static const char* words[] = { "zwerfvuil",
        "lantaarnpaal",
        "straat",
        "bladkorf",
        "vol",
        "kapot",
        "gat",
        "wegdek",
        "café",
        "Élise",
        "stoep",
        "boom" };
    const QByteArray d = QByteArray(words[i % 12]) + ' ' + words[(i * 7) % 12] + ' ' + words[(i * 5 + 3) % 12] + " nr"
        + QByteArray::number(i);
    return QByteArray::number(i) + ", 'M-" + QByteArray::number(i) + "', '" + d + "', 'Kerkstraat "
        + QByteArray::number(i % 90) + "', 'Jan'";
}

/// A bulk build as the first pull does it, with a small term buffer so that it ends in several segments.
void bulkBuild(File& f, int documents)
{
    QVERIFY(f.exec(kCreate));
    QVERIFY(f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0)"));
    QVERIFY(f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256)"));
    QVERIFY(f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('hashsize', 65536)"));
    QVERIFY(f.exec("BEGIN"));
    for (int i = 1; i <= documents; ++i)
        QVERIFY(
            f.exec("INSERT INTO report_fts (rowid, ref, description, address, citizen) VALUES (" + document(i) + ")"));
    QVERIFY(f.exec("COMMIT"));
    QVERIFY(f.exec("DELETE FROM report_fts_config WHERE k = 'hashsize'"));
}

} // namespace

class TestSearchIndex : public QObject {
    Q_OBJECT

private slots:
    void codecReadsWhatSqliteWrote_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<int>("levels");
        QTest::addColumn<int>("segments");
        // Written by SQLite 3.40: three one-page segments at level 0; after 'optimize', one at level 1;
        // six segments of a million reports' index at level 0.
        QTest::newRow("three small") << QByteArray::fromHex("000000010103000003010101020101030101") << 1 << 3;
        QTest::newRow("optimized") << QByteArray::fromHex("0000000102010000000001040101") << 2 << 1;
        QTest::newRow("six large") << QByteArray::fromHex(
            "0000000201060000060101F25C0201F05D0301F0590401F0630501F05B0601F021")
                                   << 1 << 6;
    }
    void codecReadsWhatSqliteWrote()
    {
        QFETCH(QByteArray, record);
        QFETCH(int, levels);
        QFETCH(int, segments);
        const std::optional<Fts5Structure> s = Fts5Structure::decode(record);
        QVERIFY(s);
        QCOMPARE(s->levels.size(), levels);
        QCOMPARE(s->segmentCount(), segments);
        QCOMPARE(s->encode(), record);
    }

    void liftMovesLevelZeroUpWhole()
    {
        const QByteArray six
            = QByteArray::fromHex("0000000201060000060101F25C0201F05D0301F0590401F0630501F05B0601F021");
        const std::optional<QByteArray> lifted = promotedStructure(six);
        QVERIFY(lifted);
        QCOMPARE(lifted->toHex().toUpper(),
            QByteArray("00000002020600000000060101F25C0201F05D0301F0590401F0630501F05B0601F021"));
        const std::optional<Fts5Structure> s = Fts5Structure::decode(*lifted);
        QVERIFY(s);
        QVERIFY(s->levels.at(0).segments.isEmpty());
        QCOMPARE(segmentIds(s->levels.at(1)), (QList<quint64> { 1, 2, 3, 4, 5, 6 }));
        QCOMPARE(s->levels.at(1).segments.at(0).lastPage, quint64((0x72 << 7) | 0x5C)); // F2 5C
    }

    void unknownRecordsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cookie only") << QByteArray::fromHex("00000001");
        QTest::newRow("cut short") << QByteArray::fromHex("0000000101030000030101010201");
        QTest::newRow("trailing bytes") << QByteArray::fromHex("00000001010300000301010102010103010100");
        QTest::newRow("count disagrees") << QByteArray::fromHex("000000010104000003010101020101030101");
        // SQLite 3.44's second layout starts with FF 00 00 01 after the cookie.
        QTest::newRow("second layout") << QByteArray::fromHex("00000001FF000001010300000301010101000000");
    }
    void unknownRecordsAreRefused()
    {
        QFETCH(QByteArray, record);
        QVERIFY(!Fts5Structure::decode(record));
        QVERIFY(!promotedStructure(record));
    }

    void liftNeedsEverythingAtLevelZeroAndNoMerge()
    {
        // Already optimized (a segment at level 1), and a level 0 in the middle of a merge.
        QVERIFY(!promotedStructure(QByteArray::fromHex("0000000102010000000001040101")));
        QVERIFY(Fts5Structure::decode(QByteArray::fromHex("000000010103000203010101020101030101")));
        QVERIFY(!promotedStructure(QByteArray::fromHex("000000010103000203010101020101030101")));
    }

    void settleLiftsARealIndex()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fts.sqlite"));
        constexpr int kDocs = 6000;
        qint64 kapot = 0;
        qint64 prefix = 0;
        QList<quint64> built;
        {
            File f(path);
            bulkBuild(f, kDocs);
            if (QTest::currentTestFailed())
                return;
            const std::optional<Fts5Structure> before = Fts5Structure::decode(f.structure());
            QVERIFY(before);
            QCOMPARE(before->levels.size(), 1);
            QVERIFY2(before->segmentCount() > 1, "the small term buffer should leave several segments");
            built = segmentIds(before->levels.at(0));
            kapot = f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'kapot'");
            prefix = f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'la*'");
            QVERIFY(kapot > 0);
            QVERIFY(prefix > 0);
            QString why;
            QVERIFY2(settleBulkSearchIndex(f.h, &why), qPrintable(why));
        }
        File f(path);
        const std::optional<Fts5Structure> after = Fts5Structure::decode(f.structure());
        QVERIFY(after);
        QCOMPARE(after->levels.size(), 2);
        QVERIFY(after->levels.at(0).segments.isEmpty());
        QCOMPARE(segmentIds(after->levels.at(1)), built);
        QVERIFY(f.exec("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')"));
        QCOMPARE(f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'kapot'"), kapot);
        QCOMPARE(f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'la*'"), prefix);
        QCOMPARE(f.number("SELECT v FROM report_fts_config WHERE k = 'automerge'"), 0);
        QCOMPARE(f.number("SELECT v FROM report_fts_config WHERE k = 'crisismerge'"), 256);

        // Ordinary writes afterwards, one transaction each, as a desk makes them: level 0 fills up and is
        // merged into a new segment at level 1, and the bulk-built segments are left as they were. All
        // but the last: the build's last flush of its term buffer is a small segment, and FTS5 merges a
        // segment that small with the new one (the full ones it leaves alone).
        for (int i = 1; i <= 300; ++i)
            QVERIFY(f.exec("INSERT INTO report_fts (rowid, ref, description, address, citizen) VALUES ("
                + QByteArray::number(kDocs + i) + ", 'N-" + QByteArray::number(i) + "', 'kapot', '', '')"));
        QVERIFY(f.exec("INSERT INTO report_fts (report_fts, rowid, ref, description, address, citizen) VALUES "
                       "('delete', "
            + document(17) + ")"));
        const std::optional<Fts5Structure> later = Fts5Structure::decode(f.structure());
        QVERIFY(later);
        QVERIFY(later->levels.size() >= 2);
        const QList<quint64> full = built.mid(0, built.size() - 1);
        QCOMPARE(segmentIds(later->levels.at(1)).mid(0, full.size()), full);
        QCOMPARE(later->levels.at(1).segments.size(), full.size() + 1);
        QVERIFY(f.exec("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')"));
        const qint64 kapotWas17 = (17 % 12 == 5 || (17 * 7) % 12 == 5 || (17 * 5 + 3) % 12 == 5) ? 1 : 0;
        QCOMPARE(f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'kapot'"), kapot + 300 - kapotWas17);
    }

    void settleFallsBackOnAnIndexItCannotLift()
    {
        QTemporaryDir dir;
        File f(dir.filePath(QStringLiteral("fts.sqlite")));
        bulkBuild(f, 3000);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(f.exec("INSERT INTO report_fts(report_fts) VALUES ('optimize')")); // one segment at level 1
        QString why;
        QVERIFY2(settleBulkSearchIndex(f.h, &why), qPrintable(why));
        const std::optional<Fts5Structure> s = Fts5Structure::decode(f.structure());
        QVERIFY(s);
        QCOMPARE(s->segmentCount(), 1); // optimized again, into one segment
        QVERIFY(s->levels.first().segments.isEmpty());
        QVERIFY(f.exec("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')"));
        QCOMPARE(f.number("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'ref:m'"), 3000); // every ref
    }
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
