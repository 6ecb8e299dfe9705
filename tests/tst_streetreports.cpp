// SPDX-License-Identifier: GPL-3.0-or-later
// "Recent reports in this street" against a generated demo city: the same street (not a street of
// the same name elsewhere), the window, the order, the limit and the count.
#include "demodesk.h"
#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "store/streetreports.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace meldpunt;

class TestStreetReports final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void matchesTheDemoStreetExactly();
    void windowOrderAndSelf();
    void limitKeepsTheNewestAndCountsAll();
    void sameNameInAnotherMunicipalityIsLeftOut();
    void reportWithoutLocation();
    void reportWithoutStreet();

private:
    /// Creates a report in `street` received `daysAgo` days before now, at (lat, lon) or without a location.
    qint64 create(const QString& street, double daysAgo, std::optional<double> lat = std::nullopt,
        std::optional<double> lon = std::nullopt);
    AddressHit address(const QString& text) const;
    void exec(const QString& sql);

    test::DemoDesk m_desk;
};

void TestStreetReports::initTestCase()
{
    QVERIFY(m_desk.dir().isValid());
    QString error;
    QVERIFY2(m_desk.generate(3000, 11, &error), qPrintable(error));
}

void TestStreetReports::init()
{
    {
        QString error;
        QVERIFY2(m_desk.openCopy(&error), qPrintable(error));
    }
}

void TestStreetReports::cleanup()
{
    m_desk.close();
}

void TestStreetReports::exec(const QString& sql)
{
    QSqlQuery q(m_desk.db()->connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

AddressHit TestStreetReports::address(const QString& text) const
{
    return m_desk.store()->searchAddresses(text, 1).value(0);
}

qint64 TestStreetReports::create(const QString& street, double daysAgo, std::optional<double> lat, std::optional<double> lon)
{
    int category = 0;
    for (const Category& c : m_desk.store()->refs().categories)
        if (c.parentId != 0 && c.active) {
            category = c.id;
            break;
        }
    NewReport n;
    n.categoryId = category;
    n.description = QStringLiteral("test");
    n.street = street;
    n.houseNumber = QStringLiteral("1");
    n.address = street + QStringLiteral(" 1");
    n.lat = lat;
    n.lon = lon;
    m_desk.store()->setNowForTesting(m_desk.now() - qint64(daysAgo * 86400));
    QString error;
    const qint64 id = m_desk.store()->createReport(n, &error);
    m_desk.store()->setNowForTesting(m_desk.now());
    if (id == 0)
        qWarning("createReport: %s", qPrintable(error));
    return id;
}

void TestStreetReports::matchesTheDemoStreetExactly()
{
    // The demo city is one municipality and places every report on its street: the answer must be
    // exactly what a plain count by street name gives, for every street sampled.
    // Two years: a small demo city has few reports per street in the default window.
    constexpr int kWeeks = 104;
    const qint64 since = m_desk.now() - qint64(kWeeks) * 7 * 86400;
    QSqlQuery q(m_desk.db()->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT min(id), street FROM report WHERE street IS NOT NULL "
                                  "AND received_at >= %1 GROUP BY street ORDER BY count(*) DESC LIMIT 8")
                       .arg(since)));
    QList<QPair<qint64, QString>> samples;
    while (q.next())
        samples << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    QVERIFY(samples.size() >= 5);
    bool sawMoreThanLimit = false;
    for (const auto& [id, street] : samples) {
        const StreetReportList list = StreetReports::recent(m_desk.db(), id, m_desk.now(), StreetReports::kDefaultLimit, kWeeks);
        QCOMPARE(list.street, street);
        QCOMPARE(list.municipality, QStringLiteral("Oostveld"));
        QSqlQuery count(m_desk.db()->connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM report WHERE street = ? AND received_at >= ? AND id != ?"));
        count.addBindValue(street);
        count.addBindValue(since);
        count.addBindValue(id);
        QVERIFY(count.exec() && count.next());
        QCOMPARE(list.total, count.value(0).toInt());
        QCOMPARE(list.rows.size(), std::min(list.total, StreetReports::kDefaultLimit));
        sawMoreThanLimit = sawMoreThanLimit || list.total > StreetReports::kDefaultLimit;
        for (qsizetype i = 0; i < list.rows.size(); ++i) {
            const StreetReport& r = list.rows[i];
            QVERIFY(r.id != id);
            const std::optional<Report> full = m_desk.store()->report(r.id);
            QVERIFY(full);
            QCOMPARE(full->street, street);
            QCOMPARE(full->ref, r.ref);
            QCOMPARE(full->status, r.status);
            QCOMPARE(full->categoryId, r.categoryId);
            QVERIFY(r.receivedAt >= since);
            if (i > 0)
                QVERIFY(list.rows[i - 1].receivedAt >= r.receivedAt);
        }
    }
    QVERIFY(sawMoreThanLimit);
}

void TestStreetReports::windowOrderAndSelf()
{
    const AddressHit a = address(QStringLiteral("Platanenweg 3"));
    QVERIFY(!a.street.isEmpty());
    exec(QStringLiteral("DELETE FROM report WHERE street = '%1'").arg(a.street));
    const qint64 shown = create(a.street, 0.5, a.lat, a.lon);
    const qint64 weekAgo = create(a.street, 7, a.lat + 0.0002, a.lon);
    const qint64 yesterday = create(a.street, 1, a.lat, a.lon + 0.0002);
    const qint64 tooOld = create(a.street, 7 * 12 + 2, a.lat, a.lon);
    const qint64 otherCase = create(a.street.toUpper(), 3, a.lat, a.lon);
    const qint64 otherStreet = create(QStringLiteral("Nergensstraat"), 2, a.lat, a.lon);
    QVERIFY(shown && weekAgo && yesterday && tooOld && otherCase && otherStreet);

    const StreetReportList list = StreetReports::recent(m_desk.db(), shown, m_desk.now());
    QCOMPARE(list.street, a.street);
    QList<qint64> ids;
    for (const StreetReport& r : list.rows)
        ids << r.id;
    QCOMPARE(ids, (QList<qint64> { yesterday, otherCase, weekAgo }));
    QCOMPARE(list.total, 3);
    QCOMPARE(list.rows.first().ref, m_desk.store()->report(yesterday)->ref);

    // A longer window takes the old one in; a report received after the shown one counts too.
    const StreetReportList year = StreetReports::recent(m_desk.db(), weekAgo, m_desk.now(), 10, 52);
    QCOMPARE(year.total, 4);
    QCOMPARE(year.rows.first().id, shown);
    QCOMPARE(year.rows.last().id, tooOld);
}

void TestStreetReports::limitKeepsTheNewestAndCountsAll()
{
    const AddressHit a = address(QStringLiteral("Platanenweg 3"));
    exec(QStringLiteral("DELETE FROM report WHERE street = '%1'").arg(a.street));
    const qint64 shown = create(a.street, 0, a.lat, a.lon);
    QList<qint64> made;
    for (int n = 0; n < 14; ++n)
        made << create(a.street, 1 + n, a.lat, a.lon);
    const StreetReportList list = StreetReports::recent(m_desk.db(), shown, m_desk.now(), 5);
    QCOMPARE(list.total, 14);
    QCOMPARE(list.rows.size(), 5);
    for (int n = 0; n < 5; ++n)
        QCOMPARE(list.rows[n].id, made[n]);
}

void TestStreetReports::sameNameInAnotherMunicipalityIsLeftOut()
{
    const AddressHit a = address(QStringLiteral("Platanenweg 3"));
    exec(QStringLiteral("DELETE FROM report WHERE street = '%1'").arg(a.street));
    // A street of the same name in a neighbouring municipality, some 8 km east.
    const double farLat = a.lat + 0.01;
    const double farLon = a.lon + 0.11;
    for (int n = 1; n <= 6; ++n)
        exec(QStringLiteral(
            "INSERT INTO address (street, house_number, postcode, municipality, lat, lon, search_key) "
            "VALUES ('%1', '%2', '8890', 'Westhoek', %3, %4, 'x')")
                .arg(a.street)
                .arg(n)
                .arg(farLat + n * 0.0001, 0, 'f', 7)
                .arg(farLon, 0, 'f', 7));
    const qint64 here = create(a.street, 0, a.lat, a.lon);
    const qint64 hereToo = create(a.street, 2, a.lat + 0.0001, a.lon);
    const qint64 there = create(a.street, 1, farLat + 0.0002, farLon);
    const qint64 thereToo = create(a.street, 3, farLat + 0.0003, farLon);
    // Without a location the name alone cannot say which of the two streets is meant.
    const qint64 nowhere = create(a.street, 1.5);

    StreetReportList list = StreetReports::recent(m_desk.db(), here, m_desk.now());
    QCOMPARE(list.municipality, QStringLiteral("Oostveld"));
    QCOMPARE(list.total, 1);
    QCOMPARE(list.rows.first().id, hereToo);

    list = StreetReports::recent(m_desk.db(), there, m_desk.now());
    QCOMPARE(list.municipality, QStringLiteral("Westhoek"));
    QCOMPARE(list.total, 1);
    QCOMPARE(list.rows.first().id, thereToo);

    // The report without a location is not placed in either; it sees every street of its name.
    list = StreetReports::recent(m_desk.db(), nowhere, m_desk.now());
    QVERIFY(list.municipality.isEmpty());
    QCOMPARE(list.total, 4);
}

void TestStreetReports::reportWithoutLocation()
{
    const AddressHit a = address(QStringLiteral("Platanenweg 3"));
    exec(QStringLiteral("DELETE FROM report WHERE street = '%1'").arg(a.street));
    const qint64 located = create(a.street, 1, a.lat, a.lon);
    const qint64 unlocated = create(a.street, 2);
    // The street exists in one municipality only: a report without a location belongs to it.
    StreetReportList list = StreetReports::recent(m_desk.db(), located, m_desk.now());
    QCOMPARE(list.total, 1);
    QCOMPARE(list.rows.first().id, unlocated);
    QVERIFY(!list.rows.first().hasLocation);
    list = StreetReports::recent(m_desk.db(), unlocated, m_desk.now());
    QCOMPARE(list.municipality, QStringLiteral("Oostveld"));
    QCOMPARE(list.total, 1);
    QCOMPARE(list.rows.first().id, located);
}

void TestStreetReports::reportWithoutStreet()
{
    NewReport n;
    for (const Category& c : m_desk.store()->refs().categories)
        if (c.parentId != 0 && c.active) {
            n.categoryId = c.id;
            break;
        }
    n.address = QStringLiteral("somewhere near the station");
    n.description = QStringLiteral("no street");
    const qint64 id = m_desk.store()->createReport(n);
    QVERIFY(id > 0);
    const StreetReportList list = StreetReports::recent(m_desk.db(), id, m_desk.now());
    QVERIFY(list.street.isEmpty());
    QCOMPARE(list.total, 0);
    QVERIFY(list.rows.isEmpty());
    QCOMPARE(StreetReports::recent(m_desk.db(), 987654321, m_desk.now()).total, 0);
}

QTEST_GUILESS_MAIN(TestStreetReports)
#include "tst_streetreports.moc"
