// SPDX-License-Identifier: GPL-3.0-or-later
// The demo city generator: determinism, realistic distributions, consistency, cancel and errors.
#include "demo/demogenerator.h"
#include "domain/calendar.h"
#include "domain/status.h"
#include "domain/textfold.h"
#include "store/database.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace meldpunt;

namespace {

constexpr qint64 kReports = 20000;

/// A SHA-256 over every row and column of a table, in id order, with types.
QByteArray tableHash(const QSqlDatabase& db, const QString& table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return {};
    while (q.next()) {
        const QSqlRecord r = q.record();
        for (int c = 0; c < r.count(); ++c) {
            const QVariant v = q.value(c);
            hash.addData(QByteArray::number(v.isNull() ? -1 : v.typeId()));
            hash.addData(v.toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

QByteArray databaseHash(const QString& path)
{
    Database db;
    if (db.open(path, Database::Mode::OpenExisting))
        return {};
    QByteArray all;
    for (const char* t : { "report", "citizen", "address", "report_event", "district", "category" })
        all += tableHash(db.connection(), QString::fromLatin1(t));
    return all;
}

qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

int localMonth(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toTimeZone(WorkCalendar::cityTimeZone()).date().month();
}

} // namespace

class TestDemo final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void determinism();
    void referenceData();
    void addresses();
    void districtsMatchPolygons();
    void channelsAndTimes();
    void seasonsAndHotspots();
    void citizens();
    void statusesAndHistory();
    void backlogAndDueDates();
    void duplicates();
    void leadTimesImprove();
    void searchIndex();
    void searchIndexWritesStaySmall();
    void odditiesStoredAsGiven();
    void smallDemoHasWork();
    void cancelLeavesNothing();
    void refusesToOverwrite();

private:
    QSqlDatabase db() const { return m_db.connection(); }

    QTemporaryDir m_dir;
    QString m_path;
    Database m_db;
    qint64 m_now = 0;
};

void TestDemo::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = test::dbPath(m_dir, QStringLiteral("demo.sqlite"));
    DemoOptions options;
    options.reports = kReports;
    options.seed = 42;
    DemoGenerator generator(options);
    m_now = generator.now().toSecsSinceEpoch();
    QCOMPARE(generator.now(), QDateTime(QDate(2026, 11, 23), QTime(9, 0), WorkCalendar::cityTimeZone()));
    qint64 calls = 0;
    qint64 lastDone = -1;
    QString error;
    const bool ok = generator.generate(m_path, &error, [&](qint64 done, qint64 total) {
        ++calls;
        [&] { QVERIFY(done >= lastDone && done <= total); }();
        lastDone = done;
        return true;
    });
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(calls > 0);
    QCOMPARE(lastDone, kReports * 2);
    // Nothing but the database itself is left next to it: no scratch files, no journal.
    const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList { QStringLiteral("demo.sqlite") });
    QVERIFY(!m_db.open(m_path, Database::Mode::OpenExisting));
}

void TestDemo::cleanupTestCase()
{
    m_db.close();
}

void TestDemo::determinism()
{
    QTemporaryDir dir;
    DemoOptions options;
    options.reports = 3000;
    options.seed = 7;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(dir.filePath(QStringLiteral("a.sqlite")), &error), qPrintable(error));
    QVERIFY2(DemoGenerator(options).generate(dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
    options.seed = 8;
    QVERIFY2(DemoGenerator(options).generate(dir.filePath(QStringLiteral("c.sqlite")), &error), qPrintable(error));

    const QByteArray a = databaseHash(dir.filePath(QStringLiteral("a.sqlite")));
    const QByteArray b = databaseHash(dir.filePath(QStringLiteral("b.sqlite")));
    const QByteArray c = databaseHash(dir.filePath(QStringLiteral("c.sqlite")));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
    QVERIFY(a != c);
}

void TestDemo::referenceData()
{
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM district")), 8);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM department")), 8);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM department WHERE name = 'Groendienst'")), 1);
    // Every subcategory has a department and a sensible SLA; reports only use subcategories.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM category WHERE parent_id IS NOT NULL AND "
                                "(department_id IS NULL OR sla_days NOT BETWEEN 1 AND 20)")),
        0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM category WHERE parent_id IS NOT NULL")) >= 25);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report r JOIN category c ON c.id = r.category_id "
                                "WHERE c.parent_id IS NULL")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT sla_days FROM category WHERE name = 'Boom omgevallen'")), 1);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM category c JOIN category p ON p.id = c.parent_id "
                                "WHERE p.name = 'Afval' AND c.name = 'Bladkorf vol'")),
        1);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM user WHERE name = 'An Peeters' AND role = 'coordinator'")),
        1);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM user WHERE role = 'head'")), 8);
    // The schema is intact: the same indexes and triggers as a freshly migrated file.
    QTemporaryDir dir;
    Database fresh;
    QVERIFY(!fresh.open(dir.filePath(QStringLiteral("fresh.sqlite"))));
    auto schema = [](const QSqlDatabase& d) {
        QSqlQuery q(d);
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index','trigger','table') "
                              "AND name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1Char(' ')
                    + q.value(2).toString();
        return out;
    };
    QCOMPARE(schema(db()), schema(fresh.connection()));
    QCOMPARE(m_db.schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery fk(db());
    QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!fk.next(), "foreign keys are consistent");
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts_config WHERE k = 'hashsize'")), 0);
}

void TestDemo::addresses()
{
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM address")), 25000);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT street) FROM address")), 300);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE district_id IS NULL")), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE municipality <> 'Oostveld'")), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE postcode NOT IN ('8870','8871')")), 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE house_number LIKE '% bus %'")) > 100);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE house_number GLOB '*[0-9]A'")) > 50);
    // Within the town: about 6 × 5 km around 50.95 N, 3.12 E.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM address WHERE lat NOT BETWEEN 50.925 AND 50.975 "
                                "OR lon NOT BETWEEN 3.075 AND 3.165")),
        0);
    // Unique: no two addresses with the same street and number.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM address GROUP BY street, house_number "
                                "HAVING count(*) > 1)")),
        0);
    // The folded search key, diacritics removed.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT street, house_number, search_key FROM address")));
    int checked = 0;
    while (q.next()) {
        const QString expected = foldForSearch(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString());
        QCOMPARE(q.value(2).toString(), expected);
        ++checked;
    }
    QCOMPARE(checked, 25000);
    QVERIFY(scalar(db(),
                QStringLiteral("SELECT count(*) FROM address WHERE street = 'Hélène Dutrieustraat' "
                               "AND search_key LIKE 'helene dutrieustraat %'"))
        > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE street = 'Sint-Niklaasplein'")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM address WHERE street = 'Ieperse Heirweg'")) > 0);
}

void TestDemo::districtsMatchPolygons()
{
    struct Shape {
        int id;
        QPolygonF polygon;
    };
    QList<Shape> shapes;
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT id, polygon FROM district")));
    while (q.next()) {
        const QJsonArray rings = QJsonDocument::fromJson(q.value(1).toByteArray()).array();
        QCOMPARE(rings.size(), 1);
        QPolygonF poly;
        for (const QJsonValue& pt : rings.at(0).toArray())
            poly << QPointF(pt.toArray().at(0).toDouble(), pt.toArray().at(1).toDouble());
        QVERIFY(poly.size() >= 4);
        QCOMPARE(poly.first(), poly.last()); // closed ring
        shapes.append({ q.value(0).toInt(), poly });
    }
    QCOMPARE(shapes.size(), 8);
    auto districtAt = [&](double lat, double lon) {
        int found = 0;
        for (const Shape& s : shapes) {
            if (s.polygon.containsPoint(QPointF(lon, lat), Qt::OddEvenFill)) {
                if (found)
                    return -1; // overlapping districts
                found = s.id;
            }
        }
        return found;
    };

    int mismatches = 0;
    QSqlQuery r(db());
    r.setForwardOnly(true);
    QVERIFY(r.exec(QStringLiteral("SELECT lat, lon, coalesce(district_id, 0) FROM report WHERE lat IS NOT NULL")));
    while (r.next())
        mismatches += districtAt(r.value(0).toDouble(), r.value(1).toDouble()) != r.value(2).toInt();
    QCOMPARE(mismatches, 0);
    QSqlQuery a(db());
    QVERIFY(a.exec(QStringLiteral("SELECT lat, lon, district_id FROM address")));
    while (a.next())
        mismatches += districtAt(a.value(0).toDouble(), a.value(1).toDouble()) != a.value(2).toInt();
    QCOMPARE(mismatches, 0);
    // Every district has people living in it, and the districts tile the town: a grid of points
    // over the inner town falls in exactly one district each.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT district_id) FROM address")), 8);
    for (double lat = 50.931; lat < 50.969; lat += 0.0017)
        for (double lon = 3.082; lon < 3.158; lon += 0.0023)
            QVERIFY2(districtAt(lat, lon) > 0, qPrintable(QStringLiteral("%1 %2").arg(lat).arg(lon)));
    // A few reports were phoned in without a point on the map.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE lat IS NULL")) > 0);
}

void TestDemo::channelsAndTimes()
{
    const QList<QPair<QString, double>> expected { { QStringLiteral("web"), 0.37 },
        { QStringLiteral("email"), 0.36 },
        { QStringLiteral("phone"), 0.17 },
        { QStringLiteral("whatsapp"), 0.04 },
        { QStringLiteral("counter"), 0.03 },
        { QStringLiteral("app"), 0.03 } };
    for (const auto& [channel, share] : expected) {
        const double actual
            = double(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE channel = '%1'").arg(channel)))
            / kReports;
        QVERIFY2(std::abs(actual - share) <= 0.03, qPrintable(QStringLiteral("%1: %2").arg(channel).arg(actual)));
    }
    // Four years up to "now", in received order, numbered per year.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE received_at > %1").arg(m_now)), 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT min(received_at) FROM report")) < m_now - 3 * 365 * 86400);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report a JOIN report b ON b.id = a.id + 1 "
                                "WHERE b.received_at < a.received_at")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT ref) FROM report")), kReports);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT uuid) FROM report")), kReports);
    const QRegularExpression refFormat(QStringLiteral("^M-(\\d{4})-(\\d{6})$"));
    // Reports carry time-ordered version 7 UUIDs whose time is the reception.
    const QRegularExpression uuidFormat(
        QStringLiteral("^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QString lastUuid;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT ref, received_at, channel, uuid FROM report ORDER BY id")));
    QHash<int, int> lastNumber;
    int weekendOffice = 0;
    int outsideHours = 0;
    int weekend = 0;
    int evening = 0;
    int web = 0;
    while (q.next()) {
        const QRegularExpressionMatch m = refFormat.match(q.value(0).toString());
        QVERIFY2(m.hasMatch(), qPrintable(q.value(0).toString()));
        const QString uuid = q.value(3).toString();
        const QRegularExpressionMatch u = uuidFormat.match(uuid);
        QVERIFY2(u.hasMatch(), qPrintable(uuid));
        QCOMPARE((u.captured(1) + u.captured(2)).toLongLong(nullptr, 16) / 1000, q.value(1).toLongLong());
        QVERIFY(uuid > lastUuid);
        lastUuid = uuid;
        const QDateTime local
            = QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toTimeZone(WorkCalendar::cityTimeZone());
        const int year = m.captured(1).toInt();
        QCOMPARE(year, local.date().year());
        const int number = m.captured(2).toInt();
        QCOMPARE(number, lastNumber.value(year) + 1);
        lastNumber[year] = number;
        const QString channel = q.value(2).toString();
        const bool isWeekend = local.date().dayOfWeek() >= 6;
        if (channel == QLatin1String("phone") || channel == QLatin1String("counter")) {
            weekendOffice += !WorkCalendar::isWorkingDay(local.date());
            outsideHours += local.time() < QTime(8, 30) || local.time() >= QTime(17, 0);
        }
        if (channel == QLatin1String("web")) {
            ++web;
            weekend += isWeekend;
            evening += local.time().hour() >= 18;
        }
    }
    // The desk is closed at weekends and on holidays, and outside office hours.
    QCOMPARE(weekendOffice, 0);
    QCOMPARE(outsideHours, 0);
    // Web forms: fewer at the weekend than 2/7 of the week, many in the evening.
    QVERIFY(double(weekend) / web < 0.25);
    QVERIFY(double(weekend) / web > 0.08);
    QVERIFY(double(evening) / web > 0.25);
}

void TestDemo::seasonsAndHotspots()
{
    auto monthsOf = [&](const QString& category) {
        QList<int> months(13, 0);
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT received_at FROM report r JOIN category c ON c.id = r.category_id "
                              "WHERE c.name = '%1'")
                   .arg(category));
        while (q.next())
            ++months[localMonth(q.value(0).toLongLong())];
        return months;
    };
    const QList<int> leaves = monthsOf(QStringLiteral("Bladkorf vol"));
    const int leavesAll = std::accumulate(leaves.begin(), leaves.end(), 0);
    QVERIFY(leavesAll > 100);
    QVERIFY2(double(leaves[10] + leaves[11]) / leavesAll > 0.75, "leaf baskets in October and November");
    const QList<int> weeds = monthsOf(QStringLiteral("Onkruid"));
    const int weedsAll = std::accumulate(weeds.begin(), weeds.end(), 0);
    QVERIFY(double(weeds[4] + weeds[5] + weeds[6] + weeds[7] + weeds[8]) / weedsAll > 0.6);
    const QList<int> floods = monthsOf(QStringLiteral("Wateroverlast"));
    QVERIFY(floods[11] + floods[12] + floods[1] > floods[5] + floods[6] + floods[7]);

    // Litter piles up on a few streets.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) AS n FROM report r JOIN category c ON c.id = r.category_id "
        "WHERE c.name IN ('Zwerfvuil','Sluikstort','Vuilnisbak vol','Hondenpoep') AND r.street IS NOT NULL "
        "GROUP BY r.street ORDER BY n DESC")));
    QList<int> perStreet;
    while (q.next())
        perStreet << q.value(0).toInt();
    QVERIFY(perStreet.size() > 100);
    const double mean = std::accumulate(perStreet.begin(), perStreet.end(), 0.0) / perStreet.size();
    QVERIFY2(perStreet.first() > 5 * mean, qPrintable(QStringLiteral("%1 vs %2").arg(perStreet.first()).arg(mean)));
}

void TestDemo::citizens()
{
    const qint64 citizens = scalar(db(), QStringLiteral("SELECT count(*) FROM citizen"));
    QCOMPARE(citizens, kReports / 8);
    const double anonymous
        = double(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE citizen_id IS NULL"))) / kReports;
    QVERIFY2(std::abs(anonymous - 0.25) < 0.03, qPrintable(QString::number(anonymous)));
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report WHERE citizen_id IS NULL AND reply_channel <> 'none'")),
        0);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report r JOIN citizen c ON c.id = r.citizen_id "
                                "WHERE r.reply_channel <> c.reply_channel")),
        0);
    // Recurring reporters: a few citizens report very often.
    QVERIFY(scalar(db(),
                QStringLiteral("SELECT max(n) FROM (SELECT count(*) AS n FROM report GROUP BY citizen_id "
                               "HAVING citizen_id IS NOT NULL)"))
        >= 30);
    // Reply channels: e-mail most, and every channel that needs an address has one.
    QSqlQuery q(db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT reply_channel, count(*) FROM citizen GROUP BY reply_channel ORDER BY 2 DESC")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("email"));
    QSet<QString> seen { q.value(0).toString() };
    while (q.next())
        seen << q.value(0).toString();
    QCOMPARE(seen,
        (QSet<QString> { QStringLiteral("email"),
            QStringLiteral("sms"),
            QStringLiteral("letter"),
            QStringLiteral("phone"),
            QStringLiteral("none") }));
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM citizen WHERE reply_channel = 'email' AND email IS NULL")),
        0);
    QCOMPARE(
        scalar(db(),
            QStringLiteral("SELECT count(*) FROM citizen WHERE reply_channel IN ('sms','phone') AND phone IS NULL")),
        0);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM citizen WHERE reply_channel = 'letter' AND address IS NULL")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(DISTINCT email) FROM citizen")),
        scalar(db(), QStringLiteral("SELECT count(email) FROM citizen")));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM citizen WHERE consent = 0")) > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM citizen WHERE search_key = ''")), 0);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM citizen WHERE uuid NOT GLOB "
                                "'[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-4*'")),
        0);
    // A citizen exists from the first report on.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report r JOIN citizen c ON c.id = r.citizen_id "
                                "WHERE r.received_at < c.created_at")),
        0);
}

void TestDemo::statusesAndHistory()
{
    // Every report's history follows the transition table and ends in the report's status.
    QSqlQuery reports(db());
    reports.setForwardOnly(true);
    QVERIFY(reports.exec(
        QStringLiteral("SELECT id, status, received_at, updated_at, ref, assignee, department_id, duplicate_of "
                       "FROM report ORDER BY id")));
    QSqlQuery events(db());
    events.setForwardOnly(true);
    QVERIFY(events.exec(
        QStringLiteral("SELECT report_id, kind, payload, at, actor FROM report_event ORDER BY report_id, at, id")));
    bool haveEvent = events.next();
    int checked = 0;
    QHash<QString, int> kinds;
    while (reports.next()) {
        const qint64 id = reports.value(0).toLongLong();
        Status status = Status::New;
        bool created = false;
        qint64 lastAt = 0;
        qint64 lastOwnChange = 0; // a merge into this report is the other report's change
        QString assignee;
        int department = 0;
        while (haveEvent && events.value(0).toLongLong() == id) {
            const QString kind = events.value(1).toString();
            const qint64 at = events.value(3).toLongLong();
            QVERIFY(at >= lastAt);
            QVERIFY(at <= m_now);
            QVERIFY(!events.value(4).toString().isEmpty());
            lastAt = at;
            if (kind != QLatin1String("merged_in"))
                lastOwnChange = at;
            ++kinds[kind];
            const QJsonObject payload = QJsonDocument::fromJson(events.value(2).toByteArray()).object();
            if (kind == QLatin1String("created")) {
                QVERIFY(!created);
                created = true;
                QCOMPARE(at, reports.value(2).toLongLong());
                QCOMPARE(payload.value(QLatin1String("ref")).toString(), reports.value(4).toString());
            } else if (kind == QLatin1String("status")) {
                Status from;
                Status to;
                QVERIFY(StatusRules::fromKey(payload.value(QLatin1String("from")).toString(), &from));
                QVERIFY(StatusRules::fromKey(payload.value(QLatin1String("to")).toString(), &to));
                QCOMPARE(from, status);
                QVERIFY2(StatusRules::canTransition(from, to), qPrintable(QString::number(id)));
                status = to;
            } else if (kind == QLatin1String("merged")) {
                // As the command layer writes a merge: the status becomes duplicate.
                Status from;
                QVERIFY(StatusRules::fromKey(payload.value(QLatin1String("from_status")).toString(), &from));
                QCOMPARE(from, status);
                QVERIFY(StatusRules::canTransition(from, Status::Duplicate));
                QCOMPARE(payload.value(QLatin1String("into_id")).toInteger(), reports.value(7).toLongLong());
                status = Status::Duplicate;
            } else if (kind == QLatin1String("routed")) {
                QCOMPARE(payload.value(QLatin1String("from")).toInt(), department);
                department = payload.value(QLatin1String("to")).toInt();
                QVERIFY(department > 0);
            } else if (kind == QLatin1String("assignee")) {
                QCOMPARE(payload.value(QLatin1String("from")).toString(), assignee);
                assignee = payload.value(QLatin1String("to")).toString();
            }
            haveEvent = events.next();
        }
        QVERIFY(created);
        QCOMPARE(StatusRules::key(status), reports.value(1).toString());
        QCOMPARE(reports.value(3).toLongLong(), lastOwnChange);
        QCOMPARE(reports.value(5).toString(), assignee);
        QCOMPARE(reports.value(6).toInt(), department);
        ++checked;
    }
    QCOMPARE(checked, int(kReports));
    QVERIFY(!haveEvent); // no event without a report
    QCOMPARE(kinds.value(QStringLiteral("created")), int(kReports));
    QVERIFY(kinds.value(QStringLiteral("routed")) > kReports / 2);
    QVERIFY(kinds.value(QStringLiteral("note")) > 0);
    QVERIFY(kinds.value(QStringLiteral("assignee")) > 0);
    QCOMPARE(kinds.value(QStringLiteral("merged")), kinds.value(QStringLiteral("merged_in")));

    // Department and dates agree with the status.
    QCOMPARE(scalar(db(),
                 QStringLiteral(
                     "SELECT count(*) FROM report WHERE status IN ('new','triaged') AND department_id IS NOT NULL")),
        0);
    QCOMPARE(
        scalar(db(),
            QStringLiteral(
                "SELECT count(*) FROM report WHERE status IN ('assigned','in_progress','on_hold','resolved','closed') "
                "AND department_id IS NULL")),
        0);
    QCOMPARE(scalar(db(),
                 QStringLiteral(
                     "SELECT count(*) FROM report WHERE status IN ('resolved','closed') AND resolved_at IS NULL")),
        0);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status = 'closed' AND closed_at < resolved_at")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE resolved_at < received_at")), 0);
    // As the command layer does it: a rejection or a merge does not close with a date.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report WHERE status IN ('rejected','duplicate') "
                                "AND (closed_at IS NOT NULL OR resolved_at IS NOT NULL)")),
        0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE version <> 1 OR revision <> 0")), 0);
    // Mostly normal priority; old reports mostly done.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE priority = 1")) > kReports * 7 / 10);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE priority = 3")) > 0);
    const qint64 old
        = scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE received_at < %1").arg(m_now - 365 * 86400));
    const qint64 oldDone = scalar(db(),
        QStringLiteral("SELECT count(*) FROM report WHERE received_at < %1 AND status IN "
                       "('closed','resolved','rejected','duplicate')")
            .arg(m_now - 365 * 86400));
    QVERIFY(double(oldDone) / old > 0.99);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status = 'rejected'")) > 0);
    // Routed to the category's department, now and then to another one.
    const qint64 routed = scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE department_id IS NOT NULL"));
    const qint64 elsewhere = scalar(db(),
        QStringLiteral("SELECT count(*) FROM report r JOIN category c ON c.id = r.category_id "
                       "WHERE r.department_id <> c.department_id"));
    QVERIFY(elsewhere > 0);
    QVERIFY(double(elsewhere) / routed < 0.1);
}

void TestDemo::backlogAndDueDates()
{
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE due_at IS NULL OR due_at < received_at")), 0);
    // The due date is the category's SLA in working days.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT r.received_at, r.due_at, c.sla_days FROM report r "
                                  "JOIN category c ON c.id = r.category_id WHERE r.id % 97 = 0")));
    while (q.next()) {
        const QDateTime received = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        QCOMPARE(q.value(1).toLongLong(), WorkCalendar::dueAt(received, q.value(2).toInt()).toSecsSinceEpoch());
    }
    const QString open = QStringLiteral("status IN ('new','triaged','assigned','in_progress','on_hold')");
    const qint64 backlog = scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE %1").arg(open));
    QVERIFY2(backlog >= 60 && backlog < kReports / 20, qPrintable(QString::number(backlog)));
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status IN ('new','triaged')")) >= 30);
    for (const char* s : { "new", "triaged", "assigned", "in_progress", "on_hold" })
        QVERIFY2(
            scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status = '%1'").arg(QLatin1String(s))) > 0,
            s);
    const qint64 overdue
        = scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE %1 AND due_at < %2").arg(open).arg(m_now));
    QVERIFY(overdue > 0);
    QVERIFY(overdue < backlog);
    const qint64 threeTimes = scalar(db(),
        QStringLiteral("SELECT count(*) FROM report WHERE %1 AND %2 - received_at > 3 * (due_at - received_at)")
            .arg(open)
            .arg(m_now));
    QVERIFY(threeTimes > 0);
    QVERIFY(threeTimes < overdue);
}

void TestDemo::duplicates()
{
    const qint64 duplicates = scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status = 'duplicate'"));
    QVERIFY(duplicates > kReports / 100);
    QCOMPARE(
        scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE status = 'duplicate' AND duplicate_of IS NULL")),
        0);
    QCOMPARE(
        scalar(db(),
            QStringLiteral("SELECT count(*) FROM report WHERE status <> 'duplicate' AND duplicate_of IS NOT NULL")),
        0);
    // The original is earlier, of the same category, nearby and not itself a duplicate.
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report d JOIN report o ON o.id = d.duplicate_of "
                                "WHERE o.id >= d.id OR o.category_id <> d.category_id OR o.status = 'duplicate' "
                                "OR abs(o.lat - d.lat) > 0.0005 OR abs(o.lon - d.lon) > 0.0007 "
                                "OR d.received_at - o.received_at > 84 * 86400")),
        0);
    // The duplicate's reporter follows the original.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report_follower")) > 0);
    QCOMPARE(scalar(db(),
                 QStringLiteral("SELECT count(*) FROM report_follower f JOIN report d ON d.id = f.via_report_id "
                                "WHERE d.duplicate_of <> f.report_id OR d.citizen_id <> f.citizen_id")),
        0);
}

void TestDemo::leadTimesImprove()
{
    auto medianLead = [&](qint64 from, qint64 to) {
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT resolved_at - received_at FROM report WHERE resolved_at IS NOT NULL "
                              "AND received_at BETWEEN %1 AND %2 ORDER BY 1")
                   .arg(from)
                   .arg(to));
        QList<qint64> v;
        while (q.next())
            v << q.value(0).toLongLong();
        return v.isEmpty() ? 0 : v[v.size() / 2];
    };
    const qint64 year = 365 * 86400;
    const qint64 first = medianLead(m_now - 4 * year, m_now - 3 * year);
    const qint64 third = medianLead(m_now - 2 * year, m_now - year);
    QVERIFY(first > 0 && third > 0);
    QVERIFY2(double(third) < 0.9 * double(first), qPrintable(QStringLiteral("%1 → %2").arg(first).arg(third)));
}

void TestDemo::searchIndex()
{
    // Every reference is in the index (the reference's first word is "m"), and nothing else is.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'ref:m'")), kReports);
    const QString difference = test::searchIndexDifference(db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QSqlQuery check(db());
    QVERIFY2(check.exec(QStringLiteral("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')")),
        qPrintable(check.lastError().text()));
    const qint64 leaves
        = scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'bladkorf'"));
    QCOMPARE(leaves, scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE description LIKE '%bladkorf%'")));
    QVERIFY(leaves > 0);
    // The citizen's name and the reference are searchable too, prefixes and without diacritics.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("SELECT r.id, r.ref, c.name FROM report r JOIN citizen c ON c.id = r.citizen_id "
                                  "WHERE r.id = (SELECT min(id) FROM report WHERE citizen_id IS NOT NULL)")));
    QVERIFY(q.next());
    const qint64 id = q.value(0).toLongLong();
    const QString last = q.value(2).toString().section(QLatin1Char(' '), -1);
    QSqlQuery m(db());
    m.prepare(QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH ? AND rowid = ?"));
    m.addBindValue(QStringLiteral("citizen:\"%1\"").arg(last));
    m.addBindValue(id);
    QVERIFY(m.exec() && m.next());
    QCOMPARE(m.value(0).toInt(), 1);
    // The search triggers are back: a new report is found at once.
    QSqlQuery ins(db());
    QVERIFY2(ins.exec(QStringLiteral(
                 "INSERT INTO report(uuid, ref, received_at, channel, category_id, description, updated_at, due_at) "
                 "VALUES ('test-uuid', 'M-2026-999999', %1, 'web', 2, 'Zeldzaamwoord op de stoep', %1, %1)")
                          .arg(m_now)),
        qPrintable(ins.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'zeldzaamwoord'")), 1);
    QVERIFY(ins.exec(QStringLiteral("DELETE FROM report WHERE uuid = 'test-uuid'")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'zeldzaamwoord'")), 0);
}

void TestDemo::searchIndexWritesStaySmall()
{
    // Ordinary writes never rewrite the large segment of the bulk-built index: with FTS5's own merging a
    // dozen writes of a million-report city started a merge of it that held the write lock for seconds.
    QCOMPARE(scalar(db(), QStringLiteral("SELECT v FROM report_fts_config WHERE k = 'automerge'")), 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT v FROM report_fts_config WHERE k = 'crisismerge'")), 256);
    const qint64 large = scalar(
        db(), QStringLiteral("SELECT segid FROM report_fts_idx GROUP BY segid ORDER BY count(*) DESC LIMIT 1"));
    const QString largeRows = QStringLiteral("SELECT count(*) FROM report_fts_idx WHERE segid = %1").arg(large);
    const qint64 largeBefore = scalar(db(), largeRows);
    const qint64 pages = scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts_data"));
    // A write that leaves the searchable text as it was (a routing change) does not touch the index.
    QSqlQuery q(db());
    QVERIFY(q.exec(QStringLiteral("UPDATE report SET priority = (priority + 1) % 4, description = description, "
                                  "address = address, ref = ref, citizen_id = citizen_id WHERE id = 17")));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts_data")), pages);
    QVERIFY(q.exec(QStringLiteral("UPDATE report SET priority = (priority + 3) % 4 WHERE id = 17")));
    // Three hundred edits of the text, each its own transaction, are found, and the large segment stays.
    for (int i = 1; i <= 300; ++i)
        QVERIFY2(q.exec(QStringLiteral("UPDATE report SET description = description || ' nawerkwoord' WHERE id = %1")
                            .arg(i * 50)),
            qPrintable(q.lastError().text()));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'nawerkwoord'")), 300);
    QCOMPARE(scalar(db(), largeRows), largeBefore); // not even partly merged away
    QVERIFY(q.exec(QStringLiteral("INSERT INTO report_fts(report_fts) VALUES ('integrity-check')")));
    for (int i = 1; i <= 300; ++i)
        QVERIFY(q.exec(QStringLiteral("UPDATE report SET description = replace(description, ' nawerkwoord', '') "
                                      "WHERE id = %1")
                           .arg(i * 50)));
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'nawerkwoord'")), 0);
    const QString difference = test::searchIndexDifference(db());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestDemo::odditiesStoredAsGiven()
{
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE description LIKE '%<b>%'")) > 0);
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE length(description) > 4000")) > 0);
    QVERIFY(
        scalar(db(),
            QStringLiteral("SELECT count(*) FROM report WHERE description GLOB ('*' || char(7) || '*') "
                           "OR description GLOB ('*' || char(27) || '*') OR description GLOB ('*' || char(11) || '*') "
                           "OR description GLOB ('*' || char(1) || '*') OR description GLOB ('*' || char(13) || '*')"))
        > 0);
    QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM report WHERE description = ''")), 0);
    // Descriptions vary.
    QVERIFY(scalar(db(), QStringLiteral("SELECT count(DISTINCT description) FROM report")) > kReports / 2);
}

void TestDemo::smallDemoHasWork()
{
    QTemporaryDir dir;
    DemoOptions options;
    options.reports = 1000;
    options.seed = 3;
    const QString path = dir.filePath(QStringLiteral("small.sqlite"));
    QString error;
    QVERIFY2(DemoGenerator(options).generate(path, &error), qPrintable(error));
    Database small;
    QVERIFY(!small.open(path, Database::Mode::OpenExisting));
    QCOMPARE(scalar(small.connection(), QStringLiteral("SELECT count(*) FROM report")), 1000);
    QCOMPARE(scalar(small.connection(), QStringLiteral("SELECT count(*) FROM citizen")), 200);
    QVERIFY(scalar(small.connection(), QStringLiteral("SELECT count(*) FROM report WHERE status IN ('new','triaged')"))
        >= 30);
    QCOMPARE(scalar(small.connection(), QStringLiteral("SELECT count(*) FROM address")), 25000);

    // An explicit "now" moves the whole history.
    options.now = QDateTime(QDate(2024, 3, 1), QTime(12, 0), WorkCalendar::cityTimeZone());
    const QString shifted = dir.filePath(QStringLiteral("shifted.sqlite"));
    QVERIFY2(DemoGenerator(options).generate(shifted, &error), qPrintable(error));
    Database s;
    QVERIFY(!s.open(shifted, Database::Mode::OpenExisting));
    QVERIFY(scalar(s.connection(), QStringLiteral("SELECT max(received_at) FROM report"))
        <= options.now.toSecsSinceEpoch());
    QVERIFY(scalar(s.connection(), QStringLiteral("SELECT max(received_at) FROM report"))
        > options.now.toSecsSinceEpoch() - 30 * 86400);
    QVERIFY(scalar(s.connection(), QStringLiteral("SELECT count(*) FROM report WHERE ref LIKE 'M-2024-%'")) > 0);
    QCOMPARE(scalar(s.connection(), QStringLiteral("SELECT count(*) FROM report WHERE ref LIKE 'M-2025-%'")), 0);
}

void TestDemo::cancelLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.sqlite"));
    DemoOptions options;
    options.reports = 20000;
    for (const qint64 cancelAt : { qint64(0), qint64(5000), qint64(21000), qint64(39000) }) {
        QString error;
        bool asked = false;
        // Progress always reaches the total before the file is put in place, so every cancel counts.
        const bool ok = DemoGenerator(options).generate(path, &error, [&](qint64 done, qint64) {
            asked = true;
            return done < cancelAt;
        });
        QVERIFY(asked);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        QVERIFY2(!QFile::exists(path), qPrintable(QString::number(cancelAt)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
}

void TestDemo::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    DemoOptions options;
    options.reports = 200;
    QString error;
    QVERIFY(!DemoGenerator(options).generate(path, &error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }
    // Allowed to replace: the old file and any stale journal of it are gone.
    QFile stale(path + QStringLiteral("-wal"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write("stale");
    stale.close();
    QVERIFY2(DemoGenerator(options).generate(path, &error, {}, true), qPrintable(error));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    Database db;
    QVERIFY(!db.open(path, Database::Mode::OpenExisting));
    QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT count(*) FROM report")), 200);
    db.close();
    // A folder in the way is reported, not replaced.
    const QString folder = dir.filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(!DemoGenerator(options).generate(folder, &error, {}, true));
    QVERIFY(QFileInfo(folder).isDir());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
