// SPDX-License-Identifier: GPL-3.0-or-later
// The queue filter's drawn area: the SQL (bounding box + meldpunt_in_area) equals the plain predicate.
#include "geo/areasql.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace meldpunt;

class TestGeoArea final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sqlEqualsPredicate_data();
    void sqlEqualsPredicate();
    void combinesWithOtherConditions();
    void jsonRoundTrip();
    void functionOnWorkerThreadConnections();

private:
    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ReportStore> m_store;
};

void TestGeoArea::initTestCase()
{
    QVERIFY(!m_db.open(test::dbPath(m_dir)));
    QSqlQuery q(m_db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO category (id, code, name) VALUES (1, 'A', 'Afval')")));
    QVERIFY(m_db.connection().transaction());
    QRandomGenerator rng(42);
    for (int i = 1; i <= 3000; ++i) {
        const bool located = i % 10 != 0;
        const double lat = 50.93 + 0.04 * rng.generateDouble();
        const double lon = 3.10 + 0.04 * rng.generateDouble();
        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO report (id, uuid, ref, received_at, channel, category_id, lat, lon, status, "
                     "due_at, updated_at) VALUES (%1, 'u%1', 'R%1', 1700000000, '%2', 1, %3, %4, '%5', 0, 0)")
                            .arg(i)
                            .arg(i % 3 ? QStringLiteral("web") : QStringLiteral("phone"))
                            .arg(located ? QString::number(lat, 'g', 17) : QStringLiteral("NULL"))
                            .arg(located ? QString::number(lon, 'g', 17) : QStringLiteral("NULL"))
                            .arg(i % 2 ? QStringLiteral("new") : QStringLiteral("closed"))),
            qPrintable(q.lastError().text()));
    }
    QVERIFY(m_db.connection().commit());
    m_store = std::make_unique<ReportStore>(&m_db);
}

void TestGeoArea::sqlEqualsPredicate_data()
{
    QTest::addColumn<QPolygonF>("area");
    QTest::newRow("rectangle") << QPolygonF({ QPointF(3.11, 50.94),
        QPointF(3.13, 50.94),
        QPointF(3.13, 50.95),
        QPointF(3.11, 50.95),
        QPointF(3.11, 50.94) });
    QTest::newRow("triangle") << QPolygonF({ QPointF(3.10, 50.93), QPointF(3.14, 50.95), QPointF(3.11, 50.97) });
    // A concave zone, like a drawn neighbourhood around a park.
    QTest::newRow("U shape") << QPolygonF({ QPointF(3.10, 50.93),
        QPointF(3.14, 50.93),
        QPointF(3.14, 50.97),
        QPointF(3.13, 50.97),
        QPointF(3.13, 50.94),
        QPointF(3.11, 50.94),
        QPointF(3.11, 50.97),
        QPointF(3.10, 50.97) });
    QTest::newRow("self-crossing bow tie")
        << QPolygonF({ QPointF(3.10, 50.93), QPointF(3.14, 50.97), QPointF(3.14, 50.93), QPointF(3.10, 50.97) });
    QTest::newRow("outside the town") << QPolygonF({ QPointF(4.0, 51.0), QPointF(4.1, 51.0), QPointF(4.1, 51.1) });
}

void TestGeoArea::sqlEqualsPredicate()
{
    QFETCH(QPolygonF, area);
    QueueFilter f;
    f.area = area;
    std::set<qint64> sql;
    std::optional<QueueCursor> after;
    while (true) {
        const QList<QueueRow> page = m_store->fetchQueue(f, after, 500);
        for (const QueueRow& r : page)
            sql.insert(r.id);
        if (page.size() < 500)
            break;
        after = ReportStore::cursorAfter(f, page.last());
    }
    std::set<qint64> plain;
    for (qint64 id = 1; id <= 3000; ++id)
        if (f.matches(*m_store->report(id), m_store->now(), m_store->refs()))
            plain.insert(id);
    QCOMPARE(sql, plain);
    QCOMPARE(m_store->count(f), qint64(plain.size()));
    for (qint64 id : plain)
        QVERIFY(id % 10 != 0); // no location, no zone
}

void TestGeoArea::combinesWithOtherConditions()
{
    QueueFilter f;
    f.area = QPolygonF({ QPointF(3.10, 50.93), QPointF(3.14, 50.93), QPointF(3.14, 50.97), QPointF(3.10, 50.97) });
    f.statuses = { Status::New };
    f.channels = { Channel::Phone };
    const qint64 n = m_store->count(f);
    qint64 expected = 0;
    for (qint64 id = 1; id <= 3000; ++id)
        expected += f.matches(*m_store->report(id), m_store->now(), m_store->refs()) ? 1 : 0;
    QCOMPARE(n, expected);
    QVERIFY(n > 0);
}

void TestGeoArea::jsonRoundTrip()
{
    QueueFilter f = QueueFilter::toDo();
    f.area = QPolygonF({ QPointF(3.123456789012345, 50.98765432109876), QPointF(3.2, 50.9), QPointF(3.1, 50.85) });
    const QueueFilter back = QueueFilter::fromJson(f.toJson());
    QCOMPARE(back.area, f.area);
    QCOMPARE(back, f);
    QVERIFY(QueueFilter::fromJson(QueueFilter().toJson()).area.isEmpty());
    QVERIFY(!(f == QueueFilter::toDo()));
}

void TestGeoArea::functionOnWorkerThreadConnections()
{
    // Every connection gets the function, also a worker thread's own.
    qint64 n = -1;
    QThread* t = QThread::create([&] {
        QSqlQuery q(m_db.connection());
        if (q.exec(
                QStringLiteral("SELECT count(*) FROM report r WHERE meldpunt_in_area(r.lon, r.lat, X'%1')")
                    .arg(QString::fromLatin1(encodeArea(
                        QPolygonF({ QPointF(3.0, 50.0), QPointF(3.5, 50.0), QPointF(3.5, 51.5), QPointF(3.0, 51.5) }))
                                                 .toHex())))
            && q.next())
            n = q.value(0).toLongLong();
    });
    t->start();
    t->wait();
    delete t;
    QCOMPARE(n, 2700);
}

QTEST_GUILESS_MAIN(TestGeoArea)
#include "tst_geo_area.moc"
