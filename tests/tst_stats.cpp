// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's aggregates against a brute-force computation over generated data: every number
// recomputed here with plain loops over all rows, QDateTime in Europe/Brussels and WorkCalendar,
// replaying each report's status history event by event.
#include "demo/demogenerator.h"
#include "domain/calendar.h"
#include "stats/dashboard.h"
#include "stats/dashboardtables.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace meldpunt;

namespace {

const QTimeZone& zone()
{
    static const QTimeZone z("Europe/Brussels");
    return z;
}

qint64 local(int y, int m, int d, int h, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), zone()).toSecsSinceEpoch();
}

QDate cityDate(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, zone()).date();
}

qint64 dayStart(QDate d)
{
    return d.startOfDay(zone()).toSecsSinceEpoch();
}

// ---- The brute force: its own reading of the database and its own arithmetic. ----

struct BEvent {
    qint64 at = 0;
    qint64 id = 0;
    QString to; ///< the status after the event
};

struct BReport {
    qint64 id = 0;
    qint64 received = 0;
    qint64 due = 0;
    qint64 resolvedAt = 0;
    QString status;
    int category = 0;
    int department = 0; ///< 0: NULL
    int district = 0; ///< 0: NULL
    QString channel;
    QString street;
    qint64 citizen = 0;
    QList<BEvent> events; ///< status changes, in order
};

struct Brute {
    QList<BReport> reports;
    QHash<int, int> parentOf; ///< category → parent (0 for a main category)
    QSet<qint64> consenting;
    QList<int> mainCategories;
    qint64 now = 0;
};

bool isOpen(const QString& s)
{
    return s == QLatin1String("new") || s == QLatin1String("triaged") || s == QLatin1String("assigned")
        || s == QLatin1String("in_progress") || s == QLatin1String("on_hold");
}

Brute readBrute(Database& db, qint64 now)
{
    Brute b;
    b.now = now;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0) FROM category ORDER BY name"));
    while (q.next())
        b.parentOf.insert(q.value(0).toInt(), q.value(1).toInt());
    q.exec(QStringLiteral("SELECT id FROM citizen WHERE consent = 1 AND anonymized_at IS NULL"));
    while (q.next())
        b.consenting.insert(q.value(0).toLongLong());
    QHash<qint64, int> index;
    q.exec(QStringLiteral("SELECT id, received_at, due_at, resolved_at, status, category_id, department_id, "
                          "district_id, channel, street, citizen_id FROM report"));
    while (q.next()) {
        BReport r;
        r.id = q.value(0).toLongLong();
        r.received = q.value(1).toLongLong();
        r.due = q.value(2).toLongLong();
        r.resolvedAt = q.value(3).toLongLong();
        r.status = q.value(4).toString();
        r.category = q.value(5).toInt();
        r.department = q.value(6).toInt();
        r.district = q.value(7).toInt();
        r.channel = q.value(8).toString();
        r.street = q.value(9).toString();
        r.citizen = q.value(10).toLongLong();
        index.insert(r.id, int(b.reports.size()));
        b.reports << r;
    }
    q.exec(QStringLiteral("SELECT report_id, at, id, kind, payload FROM report_event ORDER BY at, id"));
    while (q.next()) {
        const QString kind = q.value(3).toString();
        const QJsonObject p = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QString to;
        if (kind == QLatin1String("status"))
            to = p.value(QStringLiteral("to")).toString();
        else if (kind == QLatin1String("reverted"))
            to = p.value(QStringLiteral("status")).toObject().value(QStringLiteral("to")).toString();
        else if (kind == QLatin1String("merged"))
            to = QStringLiteral("duplicate");
        if (to.isEmpty())
            continue;
        const int i = index.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            b.reports[i].events << BEvent { q.value(1).toLongLong(), q.value(2).toLongLong(), to };
    }
    for (auto it = b.parentOf.cbegin(); it != b.parentOf.cend(); ++it)
        if (it.value() == 0)
            b.mainCategories << it.key();
    return b;
}

int mainOf(const Brute& b, int category)
{
    const int p = b.parentOf.value(category, 0);
    return p ? p : category;
}

bool selected(const Brute& b, const BReport& r, const QueueFilter& f)
{
    if (!f.categoryIds.isEmpty() && !f.categoryIds.contains(r.category)
        && !f.categoryIds.contains(b.parentOf.value(r.category)))
        return false;
    if (!f.departmentIds.isEmpty() && !f.departmentIds.contains(r.department))
        return false;
    if (!f.districtIds.isEmpty() && (r.district == 0 || !f.districtIds.contains(r.district)))
        return false;
    if (!f.channels.isEmpty()) {
        bool any = false;
        for (Channel c : f.channels)
            any = any || Labels::key(c) == r.channel;
        if (!any)
            return false;
    }
    return true;
}

/// Status at a moment: replay the history up to (not including) `before`.
QString statusBefore(const BReport& r, qint64 before)
{
    QString s = QStringLiteral("new");
    for (const BEvent& e : r.events)
        if (e.at < before)
            s = e.to;
    return s;
}

/// The last resolution according to the history; the column only when there is none.
qint64 lastResolution(const BReport& r)
{
    qint64 t = 0;
    for (const BEvent& e : r.events)
        if (e.to == QLatin1String("resolved"))
            t = e.at;
    return t ? t : r.resolvedAt;
}

/// The wall-clock time of day as a fraction of 24 hours.
double dayFraction(qint64 secs)
{
    const QTime t = QDateTime::fromSecsSinceEpoch(secs, zone()).time();
    return double(t.msecsSinceStartOfDay() / 1000) / 86400.0;
}

double bruteLead(qint64 from, qint64 to, bool working)
{
    const QDate a = cityDate(from);
    const QDate b = cityDate(to);
    if (!working)
        return double(a.daysTo(b)) + (dayFraction(to) - dayFraction(from));
    int whole = 0; // working days in [a, b)
    for (QDate d = a; d < b; d = d.addDays(1))
        whole += WorkCalendar::isWorkingDay(d) ? 1 : 0;
    const double fb = WorkCalendar::isWorkingDay(b) ? dayFraction(to) : 0.0;
    const double fa = WorkCalendar::isWorkingDay(a) ? dayFraction(from) : 0.0;
    return double(whole) + (fb - fa);
}

double bruteQuantile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const double h = double(v.size() - 1) * p;
    const int lo = int(std::floor(h));
    const int hi = std::min(lo + 1, int(v.size()) - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
}

LeadStats bruteStats(const QList<double>& v)
{
    LeadStats s;
    s.count = v.size();
    if (v.isEmpty())
        return s;
    double sum = 0;
    for (double x : v) {
        sum += x;
        int bin = int(LeadStats::kBinBounds.size());
        for (int i = 0; i < int(LeadStats::kBinBounds.size()); ++i) {
            if (x < LeadStats::kBinBounds[size_t(i)]) {
                bin = i;
                break;
            }
        }
        ++s.histogram[size_t(bin)];
    }
    s.mean = sum / double(v.size());
    s.median = bruteQuantile(v, 0.5);
    s.p90 = bruteQuantile(v, 0.9);
    return s;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-7 * std::max(1.0, std::abs(b));
}

#define COMPARE_LEAD(actual, expected, what)                                                                           \
    do {                                                                                                               \
        const LeadStats& a_ = (actual);                                                                                \
        const LeadStats& e_ = (expected);                                                                              \
        QVERIFY2(a_.count == e_.count,                                                                                 \
            qPrintable(QStringLiteral("%1 count %2 != %3").arg(what).arg(a_.count).arg(e_.count)));                    \
        QVERIFY2(near(a_.mean, e_.mean),                                                                               \
            qPrintable(QStringLiteral("%1 mean %2 != %3").arg(what).arg(a_.mean).arg(e_.mean)));                       \
        QVERIFY2(near(a_.median, e_.median),                                                                           \
            qPrintable(QStringLiteral("%1 median %2 != %3").arg(what).arg(a_.median).arg(e_.median)));                 \
        QVERIFY2(                                                                                                      \
            near(a_.p90, e_.p90), qPrintable(QStringLiteral("%1 p90 %2 != %3").arg(what).arg(a_.p90).arg(e_.p90)));    \
        QVERIFY2(a_.histogram == e_.histogram, qPrintable(QStringLiteral("%1 histogram").arg(what)));                  \
    } while (false)

// ---- Generated data: a small city with a full status history, crowded around DST changes. ----

struct Gen {
    QRandomGenerator rng { 20261123 };
    qint64 nextEventId = 1;

    double exp(double meanHours) { return -std::log(1.0 - rng.generateDouble()) * meanHours * 3600.0; }
};

bool exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

/// Reference data and `n` reports with histories up to `now`.
bool generate(Database& db, int n, qint64 now, QString* error)
{
    QSqlDatabase c = db.connection();
    QSqlQuery q(c);
    c.transaction();
    bool ok = true;
    for (int d = 1; d <= 4; ++d)
        ok = ok
            && exec(
                q, QStringLiteral("INSERT INTO department (id, code, name) VALUES (%1, 'D%1', 'Dienst %1')").arg(d));
    struct Cat {
        int id, parent, dept, sla;
    };
    const Cat cats[] = { { 10, 0, 1, 10 },
        { 11, 10, 1, 5 },
        { 12, 10, 1, 10 },
        { 20, 0, 2, 10 },
        { 21, 20, 2, 3 },
        { 22, 20, 3, 20 },
        { 30, 0, 4, 10 },
        { 31, 30, 4, 0 } };
    for (const Cat& k : cats)
        ok = ok
            && exec(q,
                QStringLiteral("INSERT INTO category (id, parent_id, code, name, department_id, sla_days) "
                               "VALUES (%1, %2, 'C%1', 'Cat %1', %3, %4)")
                    .arg(k.id)
                    .arg(k.parent ? QString::number(k.parent) : QStringLiteral("NULL"))
                    .arg(k.dept)
                    .arg(k.sla));
    for (int d = 1; d <= 5; ++d)
        ok = ok
            && exec(q,
                QStringLiteral("INSERT INTO district (id, code, name, polygon) VALUES (%1, 'W%1', 'Wijk %1', '[]')")
                    .arg(d));
    Gen g;
    for (int i = 1; i <= 300; ++i) {
        const bool consent = g.rng.bounded(2) == 0;
        const bool anonymized = g.rng.bounded(10) == 0;
        ok = ok
            && exec(q,
                QStringLiteral("INSERT INTO citizen (id, uuid, name, consent, anonymized_at, created_at) "
                               "VALUES (%1, '%2', 'Burger %1', %3, %4, 0)")
                    .arg(i)
                    .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                    .arg(consent ? 1 : 0)
                    .arg(anonymized ? QStringLiteral("1") : QStringLiteral("NULL")));
    }
    if (!ok) {
        *error = QStringLiteral("reference data");
        return false;
    }

    const qint64 start = local(2024, 1, 1, 0);
    const qint64 dst[] = { local(2024, 3, 31, 3),
        local(2024, 10, 27, 2),
        local(2025, 3, 30, 3),
        local(2025, 10, 26, 2),
        local(2026, 3, 29, 3),
        local(2026, 10, 25, 2) };
    const char* channels[] = { "web", "email", "phone", "whatsapp", "counter", "app" };
    const int leafs[] = { 11, 12, 21, 22, 31 };
    const int sla[] = { 5, 10, 3, 20, 0 };
    QSqlQuery ins(c);
    ins.prepare(QStringLiteral(
        "INSERT INTO report (id, uuid, ref, received_at, channel, category_id, street, district_id, citizen_id, "
        "status, "
        "department_id, due_at, resolved_at, closed_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery ev(c);
    ev.prepare(
        QStringLiteral("INSERT INTO report_event (id, report_id, at, actor, kind, payload) VALUES (?,?,?,?,?,?)"));
    for (int i = 1; i <= n && ok; ++i) {
        qint64 received;
        if (g.rng.bounded(8) == 0)
            received = dst[g.rng.bounded(6)] + qint64(g.rng.bounded(72 * 3600)) - 36 * 3600;
        else
            received = start + qint64(g.rng.generateDouble() * double(now - start));
        const int k = int(g.rng.bounded(5));
        const qint64 due
            = WorkCalendar::dueAt(QDateTime::fromSecsSinceEpoch(received, Qt::UTC), sla[k]).toSecsSinceEpoch();
        struct E {
            qint64 at;
            QString kind;
            QJsonObject payload;
        };
        QList<E> events;
        QString status = QStringLiteral("new");
        qint64 t = received;
        qint64 resolvedAt = 0;
        qint64 closedAt = 0;
        auto move = [&](const QString& to, double meanHours, const QString& kind = QStringLiteral("status")) {
            const qint64 at = t + qint64(g.exp(meanHours));
            if (at > now)
                return false;
            QJsonObject p;
            if (kind == QLatin1String("merged"))
                p = QJsonObject { { QStringLiteral("from_status"), status }, { QStringLiteral("into_id"), 1 } };
            else if (kind == QLatin1String("reverted"))
                p = QJsonObject {
                    { QStringLiteral("assignee"),
                        QJsonObject { { QStringLiteral("from"), QString() }, { QStringLiteral("to"), QString() } } },
                    { QStringLiteral("status"),
                        QJsonObject { { QStringLiteral("from"), status }, { QStringLiteral("to"), to } } }
                };
            else
                p = QJsonObject { { QStringLiteral("from"), status }, { QStringLiteral("to"), to } };
            events << E { at, kind, p };
            t = at;
            status = to;
            if (to == QLatin1String("resolved"))
                resolvedAt = at;
            if (to == QLatin1String("closed"))
                closedAt = at;
            if (isOpen(to)) {
                resolvedAt = 0;
                closedAt = 0;
            }
            return true;
        };
        const int fate = int(g.rng.bounded(100));
        if (move(QStringLiteral("triaged"), 6)) {
            if (fate < 5) {
                move(QStringLiteral("rejected"), 12);
                if (fate < 1)
                    move(QStringLiteral("triaged"), 48) && move(QStringLiteral("assigned"), 12); // rejected by mistake
            } else if (fate < 8) {
                move(QStringLiteral("duplicate"), 12, QStringLiteral("merged"));
            } else if (move(QStringLiteral("assigned"), 12) && move(QStringLiteral("in_progress"), 48)) {
                if (move(QStringLiteral("resolved"), 24 * (2 + k * 3)) && fate >= 20) {
                    if (fate < 30) { // reopened, by a status change or by an undo
                        const bool undo = fate < 23;
                        if (move(QStringLiteral("in_progress"),
                                72,
                                undo ? QStringLiteral("reverted") : QStringLiteral("status")))
                            if (fate < 28)
                                move(QStringLiteral("resolved"), 24 * 5);
                    }
                    if (status == QLatin1String("resolved") && fate >= 60)
                        move(QStringLiteral("closed"), 24 * 7);
                }
            }
        }
        if (status == QLatin1String("closed") && resolvedAt == 0)
            resolvedAt = closedAt;
        const int dept = g.rng.bounded(10) == 0 ? 0 : 1 + int(g.rng.bounded(4));
        const int district = g.rng.bounded(10) == 0 ? 0 : 1 + int(g.rng.bounded(5));
        const int citizen = g.rng.bounded(3) == 0 ? 0 : 1 + int(g.rng.bounded(300));
        const int street = int(g.rng.bounded(45));
        ins.addBindValue(i);
        ins.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        ins.addBindValue(QStringLiteral("M-%1").arg(i));
        ins.addBindValue(received);
        ins.addBindValue(QString::fromLatin1(channels[g.rng.bounded(6)]));
        ins.addBindValue(leafs[k]);
        ins.addBindValue(street >= 40 ? QVariant(QMetaType::fromType<QString>())
                                      : QVariant(QStringLiteral("Straat %1").arg(street % 40 + street % 7)));
        ins.addBindValue(district ? QVariant(district) : QVariant(QMetaType::fromType<int>()));
        ins.addBindValue(citizen ? QVariant(citizen) : QVariant(QMetaType::fromType<int>()));
        ins.addBindValue(status);
        ins.addBindValue(dept ? QVariant(dept) : QVariant(QMetaType::fromType<int>()));
        ins.addBindValue(due);
        ins.addBindValue(resolvedAt ? QVariant(resolvedAt) : QVariant(QMetaType::fromType<qint64>()));
        ins.addBindValue(closedAt ? QVariant(closedAt) : QVariant(QMetaType::fromType<qint64>()));
        ins.addBindValue(t);
        ok = ok && ins.exec();
        for (const E& e : events) {
            ev.addBindValue(g.nextEventId++);
            ev.addBindValue(i);
            ev.addBindValue(e.at);
            ev.addBindValue(QStringLiteral("test"));
            ev.addBindValue(e.kind);
            ev.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
            ok = ok && ev.exec();
        }
        if (!ok)
            *error = ins.lastError().text() + ev.lastError().text();
    }
    return ok && c.commit();
}

QueueFilter period(QDate from, QDate to)
{
    QueueFilter f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

class TestStats final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cityDays();
    void dstLeadTimes();
    void aggregates_data();
    void aggregates();
    void filterMatchesSql_data();
    void filterMatchesSql();
    void reopenedReport();
    void missingHistory();
    void departmentScope();
    void consent();
    void csvEqualsAggregate();
    void demoCity();
    void emptyDatabase();

private:
    void compareWithBrute(const StatsSnapshot& snap, Brute& b, const DashboardQuery& query);

    QTemporaryDir m_dir;
    Database m_db;
    qint64 m_now = local(2026, 11, 23, 9);
    std::shared_ptr<const StatsSnapshot> m_snap;
    Brute m_brute;
};

void TestStats::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(!m_db.open(test::dbPath(m_dir)));
    QString error;
    QVERIFY2(generate(m_db, 6000, m_now, &error), qPrintable(error));
    QThreadPool pool;
    pool.setExpiryTimeout(-1);
    m_snap = StatsSnapshot::load(&m_db, QueueFilter(), &pool, &error);
    QVERIFY2(m_snap, qPrintable(error));
    // The pool's thread read the history through a connection of its own; close it there before
    // the thread ends (a connection may not be closed from another thread).
    QSemaphore closed;
    pool.start([this, &closed] {
        QString name;
        {
            name = m_db.connection().connectionName();
        }
        QSqlDatabase::removeDatabase(name);
        closed.release();
    });
    closed.acquire();
    QCOMPARE(m_snap->rows().size(), size_t(6000));
    m_brute = readBrute(m_db, m_now);
    // The data must exercise what the numbers are about.
    int reopened = 0;
    for (const BReport& r : std::as_const(m_brute.reports)) {
        for (int i = 1; i < r.events.size(); ++i)
            if (!isOpen(r.events[i - 1].to) && isOpen(r.events[i].to))
                ++reopened;
    }
    QVERIFY(reopened > 100);
    QVERIFY(!m_snap->spans().empty());
    DashboardQuery q;
    q.now = m_now;
    const DashboardData d = Dashboard::compute(*m_snap, q);
    QVERIFY(d.sla.withinDue > 0 && d.sla.within3x > 0 && d.sla.beyond3x > 0 && d.sla.openOverdue > 0);
}

void TestStats::cityDays()
{
    const CityDays days(QDate(2024, 1, 1), QDate(2027, 12, 31));
    QRandomGenerator rng(7);
    const qint64 a = local(2024, 1, 1, 0);
    const qint64 b = local(2027, 12, 31, 23, 59, 59);
    QList<qint64> moments;
    for (int i = 0; i < 20000; ++i)
        moments << a + qint64(rng.generateDouble() * double(b - a));
    // Around every DST change and every midnight near it, second by second where it matters.
    const qint64 changes[]
        = { local(2024, 3, 31, 3), local(2024, 10, 27, 2), local(2026, 3, 29, 3), local(2026, 10, 25, 2) };
    for (qint64 c : changes)
        for (qint64 s = c - 30 * 3600; s <= c + 30 * 3600; s += 599)
            moments << s;
    for (int d = 0; d < 1460; d += 13) {
        const qint64 m = dayStart(QDate(2024, 1, 1).addDays(d));
        moments << m - 1 << m << m + 1;
    }
    for (qint64 m : std::as_const(moments)) {
        if (m < a)
            continue;
        const int day = days.dayOf(m);
        QCOMPARE(days.date(day), cityDate(m));
        QVERIFY(days.start(day) <= m && m < days.start(day + 1));
    }
    // Day lengths around the changes.
    QCOMPARE(days.start(days.indexOf(QDate(2026, 3, 30))) - days.start(days.indexOf(QDate(2026, 3, 29))), 23 * 3600);
    QCOMPARE(days.start(days.indexOf(QDate(2026, 10, 26))) - days.start(days.indexOf(QDate(2026, 10, 25))), 25 * 3600);
    for (int i = 0; i < 3000; ++i) {
        const qint64 x = moments.at(int(rng.bounded(int(moments.size()))));
        const qint64 y = x + qint64(rng.bounded(90 * 86400));
        if (x < a || y >= b)
            continue;
        QVERIFY2(near(days.calendarDays(x, y), bruteLead(x, y, false)),
            qPrintable(QStringLiteral("%1 → %2: %3 != %4")
                           .arg(QDateTime::fromSecsSinceEpoch(x, zone()).toString(Qt::ISODateWithMs),
                               QDateTime::fromSecsSinceEpoch(y, zone()).toString(Qt::ISODateWithMs))
                           .arg(days.calendarDays(x, y))
                           .arg(bruteLead(x, y, false))));
        QVERIFY(near(days.workingDays(x, y), bruteLead(x, y, true)));
    }
}

void TestStats::dstLeadTimes()
{
    const CityDays days(QDate(2026, 1, 1), QDate(2026, 12, 31));
    // Saturday noon before spring-forward to Sunday noon: 23 hours, one calendar day, no working time.
    QCOMPARE(days.calendarDays(local(2026, 3, 28, 12), local(2026, 3, 29, 12)), 1.0);
    QCOMPARE(local(2026, 3, 29, 12) - local(2026, 3, 28, 12), 23 * 3600);
    QCOMPARE(days.workingDays(local(2026, 3, 28, 12), local(2026, 3, 29, 12)), 0.0);
    // Saturday noon to Monday noon: two days; half a working day (Monday morning).
    QCOMPARE(days.calendarDays(local(2026, 3, 28, 12), local(2026, 3, 30, 12)), 2.0);
    QCOMPARE(days.workingDays(local(2026, 3, 28, 12), local(2026, 3, 30, 12)), 0.5);
    // Fall back: Sunday 25 October 2026 has 25 hours; noon to noon is still one day.
    QCOMPARE(days.calendarDays(local(2026, 10, 24, 12), local(2026, 10, 25, 12)), 1.0);
    QCOMPARE(local(2026, 10, 25, 12) - local(2026, 10, 24, 12), 25 * 3600);
    // Friday noon to Monday noon across the change: one working day.
    QCOMPARE(days.workingDays(local(2026, 10, 23, 12), local(2026, 10, 26, 12)), 1.0);
    // Shortly after local midnight of the short day is that day, not the one before in UTC.
    const qint64 afterMidnight = local(2026, 3, 29, 0, 30);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(afterMidnight, Qt::UTC).date(), QDate(2026, 3, 28));
    QCOMPARE(days.date(days.dayOf(afterMidnight)), QDate(2026, 3, 29));
    // The repeated hour of the long day belongs to it, both times.
    const qint64 firstTwoThirty = local(2026, 10, 25, 0, 30) + 2 * 3600;
    QCOMPARE(days.date(days.dayOf(firstTwoThirty)), QDate(2026, 10, 25));
    QCOMPARE(days.date(days.dayOf(firstTwoThirty + 3600)), QDate(2026, 10, 25));
    QCOMPARE(days.date(days.dayOf(local(2026, 10, 25, 23, 59, 59))), QDate(2026, 10, 25));
    QCOMPARE(days.date(days.dayOf(local(2026, 10, 26, 0))), QDate(2026, 10, 26));
}

void TestStats::aggregates_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<bool>("working");

    QTest::newRow("everything by month") << QueueFilter() << int(DashboardQuery::Granularity::Month) << false;
    QTest::newRow("2025 by week, working days")
        << period(QDate(2025, 1, 1), QDate(2025, 12, 31)) << int(DashboardQuery::Granularity::Week) << true;
    QTest::newRow("DST spring 2026 by day")
        << period(QDate(2026, 3, 20), QDate(2026, 4, 10)) << int(DashboardQuery::Granularity::Day) << false;
    QTest::newRow("DST autumn 2025 by day, working")
        << period(QDate(2025, 10, 20), QDate(2025, 11, 3)) << int(DashboardQuery::Granularity::Day) << true;
    QueueFilter dept = period(QDate(2025, 11, 24), QDate(2026, 11, 23));
    dept.departmentIds = { 2, 0 };
    QTest::newRow("last 12 months, department 2 and none") << dept << int(DashboardQuery::Granularity::Month) << false;
    QueueFilter cat = period(QDate(2026, 1, 1), QDate(2026, 11, 23));
    cat.categoryIds = { 20, 31 };
    QTest::newRow("this year, a main and a leaf category") << cat << int(DashboardQuery::Granularity::Week) << true;
    QueueFilter dc;
    dc.districtIds = { 2, 3 };
    dc.channels = { Channel::Phone, Channel::App };
    QTest::newRow("districts and channels") << dc << int(DashboardQuery::Granularity::Month) << false;
    QueueFilter ignored = period(QDate(2024, 6, 1), QDate(2024, 8, 31));
    ignored.statuses = { Status::New };
    ignored.overdueOnly = true;
    QTest::newRow("statuses and overdue are ignored") << ignored << int(DashboardQuery::Granularity::Week) << false;
}

void TestStats::aggregates()
{
    QFETCH(QueueFilter, filter);
    QFETCH(int, granularity);
    QFETCH(bool, working);
    DashboardQuery query;
    query.filter = filter;
    query.granularity = DashboardQuery::Granularity(granularity);
    query.basis = working ? DashboardQuery::DayBasis::Working : DashboardQuery::DayBasis::Calendar;
    query.now = m_now;
    query.topStreets = 10;
    query.engagedMinReports = 3;
    compareWithBrute(*m_snap, m_brute, query);
}

void TestStats::compareWithBrute(const StatsSnapshot& snap, Brute& b, const DashboardQuery& query)
{
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    const DashboardData d = Dashboard::compute(snap, query, &pool);
    const DashboardData single = Dashboard::compute(snap, query, nullptr);
    QCOMPARE(single.received, d.received);
    QCOMPARE(single.lead.median, d.lead.median);

    const QueueFilter& f = query.filter;
    const bool working = query.basis == DashboardQuery::DayBasis::Working;
    QDate from = f.from;
    if (!from.isValid()) {
        qint64 first = std::numeric_limits<qint64>::max();
        for (const BReport& r : std::as_const(b.reports))
            first = std::min(first, r.received);
        from = cityDate(first);
    }
    const QDate to = f.to.isValid() ? f.to : cityDate(b.now);
    QCOMPARE(d.from, from);
    QCOMPARE(d.to, to);
    const QDate prevFrom = from.addYears(-1);
    const QDate prevTo = to.addYears(-1);

    QList<const BReport*> sel;
    for (const BReport& r : std::as_const(b.reports))
        if (selected(b, r, f))
            sel << &r;
    auto inRange = [](const BReport* r, QDate a, QDate z) {
        const QDate day = cityDate(r->received);
        return day >= a && day <= z;
    };

    // Volume and its buckets.
    qint64 received = 0;
    for (const BReport* r : std::as_const(sel))
        received += inRange(r, from, to) ? 1 : 0;
    QCOMPARE(d.received, received);
    QVERIFY(!d.volume.isEmpty());
    QCOMPARE(d.volume.first().first, from);
    QCOMPARE(d.volume.last().last, to);
    qint64 bucketSum = 0;
    for (int i = 0; i < d.volume.size(); ++i) {
        const VolumeBucket& v = d.volume.at(i);
        if (i > 0) {
            QCOMPARE(v.first, d.volume.at(i - 1).last.addDays(1));
            if (query.granularity == DashboardQuery::Granularity::Week)
                QCOMPARE(v.first.dayOfWeek(), 1);
            if (query.granularity == DashboardQuery::Granularity::Month)
                QCOMPARE(v.first.day(), 1);
        }
        if (query.granularity == DashboardQuery::Granularity::Day)
            QCOMPARE(v.first, v.last);
        const bool month = query.granularity == DashboardQuery::Granularity::Month;
        const QDate lyFrom = month ? v.first.addYears(-1) : v.first.addDays(-364);
        const QDate lyTo = month ? v.last.addYears(-1) : v.last.addDays(-364);
        qint64 count = 0;
        qint64 lastYear = 0;
        QHash<int, qint64> perMain;
        for (const BReport* r : std::as_const(sel)) {
            if (inRange(r, v.first, v.last)) {
                ++count;
                ++perMain[mainOf(b, r->category)];
            }
            lastYear += inRange(r, lyFrom, lyTo) ? 1 : 0;
        }
        QCOMPARE(v.count, count);
        QCOMPARE(v.lastYear, lastYear);
        for (int m = 0; m < d.mainCategories.size(); ++m)
            QCOMPARE(v.byMainCategory.at(m), perMain.value(d.mainCategories.at(m)));
        bucketSum += v.count;
    }
    QCOMPARE(bucketSum, received);

    // Counts per dimension.
    auto checkCounts = [&](const QList<Count>& got, const std::function<int(const BReport*)>& key) {
        QHash<int, qint64> want;
        for (const BReport* r : std::as_const(sel))
            if (inRange(r, from, to))
                ++want[key(r)];
        QHash<int, qint64> have;
        for (const Count& c : got)
            have.insert(c.id, c.count);
        QCOMPARE(have, want);
        for (int i = 1; i < got.size(); ++i)
            QVERIFY(got.at(i - 1).count >= got.at(i).count);
    };
    checkCounts(d.byCategory, [](const BReport* r) { return r->category; });
    checkCounts(d.byMainCategory, [&](const BReport* r) { return mainOf(b, r->category); });
    checkCounts(d.byDepartment, [](const BReport* r) { return r->department; });
    checkCounts(d.byDistrict, [](const BReport* r) { return r->district; });
    checkCounts(d.byChannel, [](const BReport* r) {
        Channel c = Channel::Web;
        Labels::fromKey(r->channel, &c);
        return int(c);
    });

    // Lead times and SLA: resolved (or closed) reports received in the period, to their last resolution.
    QList<double> all;
    QList<double> previous;
    QHash<int, QList<double>> byDept;
    QHash<int, QList<double>> byMain;
    QHash<int, SlaCounts> sla;
    QHash<int, SlaCounts> slaMain;
    SlaCounts slaAll;
    for (const BReport* r : std::as_const(sel)) {
        const bool resolved = r->status == QLatin1String("resolved") || r->status == QLatin1String("closed");
        if (resolved && inRange(r, prevFrom, prevTo))
            previous << std::max(0.0, bruteLead(r->received, lastResolution(*r), working));
        if (!inRange(r, from, to))
            continue;
        int outcome = -1; // within due, within 3×, beyond, open on time, open overdue
        if (resolved) {
            const qint64 end = lastResolution(*r);
            const double lead = std::max(0.0, bruteLead(r->received, end, working));
            all << lead;
            byDept[r->department] << lead;
            byMain[mainOf(b, r->category)] << lead;
            if (end <= r->due) {
                outcome = 0;
            } else {
                const QDate rd = cityDate(r->received);
                int n = 0;
                for (QDate x = rd.addDays(1); x <= cityDate(r->due); x = x.addDays(1))
                    n += WorkCalendar::isWorkingDay(x) ? 1 : 0;
                const QDate limit = WorkCalendar::addWorkingDays(rd, 3 * n);
                outcome = cityDate(end) <= limit ? 1 : 2;
            }
        } else if (isOpen(r->status)) {
            outcome = b.now <= r->due ? 3 : 4;
        }
        for (SlaCounts* s : { &sla[r->department], &slaMain[mainOf(b, r->category)], &slaAll }) {
            switch (outcome) {
            case 0: ++s->withinDue; break;
            case 1: ++s->within3x; break;
            case 2: ++s->beyond3x; break;
            case 3: ++s->openOnTime; break;
            case 4: ++s->openOverdue; break;
            default: break;
            }
        }
    }
    COMPARE_LEAD(d.lead, bruteStats(all), QStringLiteral("all"));
    QCOMPARE(d.leadByDepartment.size(), byDept.size());
    for (const GroupLead& g : d.leadByDepartment)
        COMPARE_LEAD(g.lead, bruteStats(byDept.value(g.id)), QStringLiteral("department %1").arg(g.id));
    QCOMPARE(d.leadByCategory.size(), byMain.size());
    for (const GroupLead& g : d.leadByCategory)
        COMPARE_LEAD(g.lead, bruteStats(byMain.value(g.id)), QStringLiteral("category %1").arg(g.id));
    auto sameSla = [](const SlaCounts& a, const SlaCounts& e) {
        return a.withinDue == e.withinDue && a.within3x == e.within3x && a.beyond3x == e.beyond3x
            && a.openOnTime == e.openOnTime && a.openOverdue == e.openOverdue;
    };
    QVERIFY(sameSla(d.sla, slaAll));
    int slaGroups = 0;
    for (auto it = sla.cbegin(); it != sla.cend(); ++it)
        slaGroups += it.value().resolved() + it.value().openOnTime + it.value().openOverdue > 0 ? 1 : 0;
    QCOMPARE(d.slaByDepartment.size(), slaGroups);
    for (const GroupSla& g : d.slaByDepartment)
        QVERIFY2(sameSla(g.sla, sla.value(g.id)), qPrintable(QStringLiteral("SLA of department %1").arg(g.id)));
    int slaMainGroups = 0;
    for (auto it = slaMain.cbegin(); it != slaMain.cend(); ++it)
        slaMainGroups += it.value().resolved() + it.value().openOnTime + it.value().openOverdue > 0 ? 1 : 0;
    QCOMPARE(d.slaByCategory.size(), slaMainGroups);
    for (const GroupSla& g : d.slaByCategory)
        QVERIFY2(sameSla(g.sla, slaMain.value(g.id)), qPrintable(QStringLiteral("SLA of category %1").arg(g.id)));

    // Year over year.
    qint64 prevVolume = 0;
    for (const BReport* r : std::as_const(sel))
        prevVolume += inRange(r, prevFrom, prevTo) ? 1 : 0;
    QCOMPARE(d.yoy.previousFrom, prevFrom);
    QCOMPARE(d.yoy.previousTo, prevTo);
    QCOMPARE(d.yoy.volume, received);
    QCOMPARE(d.yoy.previousVolume, prevVolume);
    COMPARE_LEAD(d.yoy.previousLead, bruteStats(previous), QStringLiteral("previous year"));
    if (prevVolume > 0)
        QVERIFY(near(YearOverYear::change(double(d.yoy.volume), double(d.yoy.previousVolume)),
            (double(received) - double(prevVolume)) / double(prevVolume) * 100.0));

    // Backlog: each report's status replayed to the end of each day.
    const QDate nowDate = cityDate(b.now);
    const QDate last = std::min(to, nowDate);
    QCOMPARE(d.backlog.size(), int(from.daysTo(last)) + 1);
    // Every day of short periods, a sample of long ones.
    const int step = d.backlog.size() > 120 ? 17 : 1;
    for (int i = 0; i < d.backlog.size(); i += step) {
        const QDate day = from.addDays(i);
        const qint64 end = dayStart(day.addDays(1));
        qint64 open = 0;
        qint64 overdue = 0;
        for (const BReport* r : std::as_const(sel)) {
            if (r->received >= end || !isOpen(statusBefore(*r, end)))
                continue;
            ++open;
            overdue += r->due < end ? 1 : 0;
        }
        QCOMPARE(d.backlog.at(i).day, day);
        QCOMPARE(d.backlog.at(i).open, open);
        QCOMPARE(d.backlog.at(i).overdue, overdue);
    }
    {
        const qint64 end = dayStart(last.addDays(1));
        OpenAge age;
        qint64 sum = 0;
        for (const BReport* r : std::as_const(sel)) {
            if (r->received >= end || !isOpen(statusBefore(*r, end)))
                continue;
            const int days = int(cityDate(r->received).daysTo(last));
            int bin = OpenAge::kBins - 1;
            for (int i = 0; i < int(OpenAge::kBinBounds.size()); ++i) {
                if (days <= OpenAge::kBinBounds[size_t(i)]) {
                    bin = i;
                    break;
                }
            }
            ++age.bins[size_t(bin)];
            ++age.count;
            sum += days;
        }
        QCOMPARE(d.openAge.count, age.count);
        QVERIFY(d.openAge.bins == age.bins);
        QVERIFY(near(d.openAge.meanDays, age.count ? double(sum) / double(age.count) : 0));
        QCOMPARE(d.backlog.last().open, age.count);
    }

    // Top streets.
    QHash<QString, StreetCount> streets;
    for (const BReport* r : std::as_const(sel)) {
        if (!inRange(r, from, to) || r->street.isEmpty())
            continue;
        StreetCount& s = streets[r->street];
        s.street = r->street;
        ++s.reports;
        if (isOpen(r->status)) {
            ++s.open;
            s.overdue += r->due < b.now ? 1 : 0;
        }
    }
    QList<StreetCount> ranked = streets.values();
    std::sort(ranked.begin(), ranked.end(), [](const StreetCount& x, const StreetCount& y) {
        return x.reports != y.reports ? x.reports > y.reports : x.street < y.street;
    });
    ranked = ranked.mid(0, query.topStreets);
    QCOMPARE(d.topStreets.size(), ranked.size());
    for (int i = 0; i < ranked.size(); ++i) {
        QCOMPARE(d.topStreets.at(i).street, ranked.at(i).street);
        QCOMPARE(d.topStreets.at(i).reports, ranked.at(i).reports);
        QCOMPARE(d.topStreets.at(i).open, ranked.at(i).open);
        QCOMPARE(d.topStreets.at(i).overdue, ranked.at(i).overdue);
    }

    // Engaged citizens: consent only, at least N reports in one main category or district.
    QMap<QPair<int, int>, QHash<qint64, qint64>> perTopic; // (kind, topic) → citizen → reports
    for (const BReport* r : std::as_const(sel)) {
        if (!inRange(r, from, to) || r->citizen == 0 || !b.consenting.contains(r->citizen))
            continue;
        ++perTopic[qMakePair(0, mainOf(b, r->category))][r->citizen];
        if (r->district)
            ++perTopic[qMakePair(1, r->district)][r->citizen];
    }
    QMap<QPair<int, int>, QHash<qint64, qint64>> want;
    for (auto it = perTopic.cbegin(); it != perTopic.cend(); ++it)
        for (auto c = it.value().cbegin(); c != it.value().cend(); ++c)
            if (c.value() >= query.engagedMinReports)
                want[it.key()].insert(c.key(), c.value());
    QMap<QPair<int, int>, QHash<qint64, qint64>> have;
    for (const EngagedTopic& t : d.engaged) {
        QVERIFY(!t.citizens.isEmpty());
        for (const EngagedCitizen& c : t.citizens)
            have[qMakePair(t.kind == EngagedTopic::Kind::District ? 1 : 0, t.id)].insert(d.citizen(c).id, c.reports);
    }
    QCOMPARE(have, want);
}

void TestStats::filterMatchesSql_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QueueFilter a = period(QDate(2025, 3, 30), QDate(2025, 10, 26));
    a.categoryIds = { 10 };
    QTest::newRow("DST to DST, main category") << a;
    QueueFilter b;
    b.departmentIds = { 0 };
    b.districtIds = { 1, 4 };
    QTest::newRow("no department, two districts") << b;
    QueueFilter c = period(QDate(2026, 3, 29), QDate(2026, 3, 29));
    c.channels = { Channel::Web, Channel::Email, Channel::Counter };
    QTest::newRow("the short day, three channels") << c;
    QueueFilter d = period(QDate(2024, 10, 27), QDate(2024, 10, 27));
    QTest::newRow("the long day") << d;
}

void TestStats::filterMatchesSql()
{
    // The dashboard filters in memory; the queue filters in SQL. Both must select the same reports.
    QFETCH(QueueFilter, filter);
    ReportStore store(&m_db);
    store.setNowForTesting(m_now);
    DashboardQuery q;
    q.filter = filter;
    q.now = m_now;
    if (!filter.from.isValid()) {
        q.filter.from = QDate(2000, 1, 1);
        q.filter.to = QDate(2030, 1, 1);
    }
    const DashboardData d = Dashboard::compute(*m_snap, q);
    QueueFilter sqlFilter = q.filter;
    if (!filter.from.isValid()) {
        sqlFilter.from = {};
        sqlFilter.to = {};
    }
    QCOMPARE(d.received, store.count(sqlFilter));
    QVERIFY(d.received > 0);
}

void TestStats::reopenedReport()
{
    // One report, resolved on the 3rd, reopened on the 5th, resolved again on the 10th and closed:
    // its lead time runs to the 10th, and it is out of the backlog only between the 3rd and the 5th.
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    QSqlQuery q(db.connection());
    QVERIFY(exec(q, QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'D', 'Dienst')")));
    QVERIFY(exec(q, QStringLiteral("INSERT INTO category (id, code, name, department_id) VALUES (1, 'C', 'Cat', 1)")));
    const qint64 received = local(2026, 6, 1, 10);
    const qint64 resolved1 = local(2026, 6, 3, 10);
    const qint64 reopened = local(2026, 6, 5, 16);
    const qint64 resolved2 = local(2026, 6, 10, 10);
    const qint64 closed = local(2026, 6, 12, 10);
    const qint64 due = local(2026, 6, 15, 23, 59, 59);
    QVERIFY(exec(q,
        QStringLiteral("INSERT INTO report (id, uuid, ref, received_at, channel, category_id, status, "
                       "department_id, due_at, resolved_at, closed_at, updated_at) VALUES "
                       "(1, 'u1', 'M-1', %1, 'web', 1, 'closed', 1, %2, %3, %4, %4)")
            .arg(received)
            .arg(due)
            .arg(resolved2)
            .arg(closed)));
    const QList<QPair<qint64, QString>> history { { resolved1,
                                                      QStringLiteral(R"({"from":"in_progress","to":"resolved"})") },
        { reopened, QStringLiteral(R"({"from":"resolved","to":"in_progress"})") },
        { resolved2, QStringLiteral(R"({ "from" : "in_progress", "to" : "resolved" })") },
        { closed, QStringLiteral(R"({"from":"resolved","to":"closed"})") } };
    for (const auto& h : history)
        QVERIFY(exec(q,
            QStringLiteral(
                "INSERT INTO report_event (report_id, at, actor, kind, payload) VALUES (1, %1, 'x', 'status', '%2')")
                .arg(h.first)
                .arg(h.second)));
    QString error;
    const auto snap = StatsSnapshot::load(&db, QueueFilter(), nullptr, &error);
    QVERIFY2(snap, qPrintable(error));
    QCOMPARE(snap->spans().size(), size_t(2));
    DashboardQuery query;
    query.filter = period(QDate(2026, 6, 1), QDate(2026, 6, 14));
    query.granularity = DashboardQuery::Granularity::Day;
    query.now = local(2026, 6, 14, 12);
    const DashboardData d = Dashboard::compute(*snap, query);
    QCOMPARE(d.lead.count, 1);
    QCOMPARE(d.lead.median, 9.0); // 1 June 10:00 → 10 June 10:00
    QCOMPARE(d.sla.withinDue, 1);
    const QList<qint64> open { 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0 };
    QCOMPARE(d.backlog.size(), open.size());
    for (int i = 0; i < open.size(); ++i)
        QVERIFY2(d.backlog.at(i).open == open.at(i), qPrintable(d.backlog.at(i).day.toString(Qt::ISODate)));
    query.basis = DashboardQuery::DayBasis::Working;
    // Mon 1 June 10:00 → Wed 10 June 10:00: 7 working days (no holidays in between).
    QCOMPARE(Dashboard::compute(*snap, query).lead.median, 7.0);
    // Reopened and not yet resolved again: in the backlog, not in the lead times.
    QVERIFY(exec(q, QStringLiteral("UPDATE report SET status = 'in_progress', resolved_at = NULL, closed_at = NULL")));
    QVERIFY(exec(q, QStringLiteral("DELETE FROM report_event WHERE at >= %1").arg(resolved2)));
    const auto snap2 = StatsSnapshot::load(&db, QueueFilter(), nullptr, &error);
    query.basis = DashboardQuery::DayBasis::Calendar;
    const DashboardData d2 = Dashboard::compute(*snap2, query);
    QCOMPARE(d2.lead.count, 0);
    QCOMPARE(d2.backlog.last().open, 1);
    QCOMPARE(d2.sla.openOnTime, 1);
    QCOMPARE(d2.openAge.count, 1);
}

void TestStats::missingHistory()
{
    // Imported reports without history: the row decides (resolved at resolved_at, rejected at updated_at).
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    QSqlQuery q(db.connection());
    QVERIFY(exec(q, QStringLiteral("INSERT INTO category (id, code, name) VALUES (1, 'C', 'Cat')")));
    const qint64 r = local(2026, 5, 4, 9);
    const QString insert
        = QStringLiteral("INSERT INTO report (id, uuid, ref, received_at, channel, category_id, status, "
                         "due_at, resolved_at, updated_at) VALUES (%1, 'u%1', 'M-%1', %2, 'web', 1, '%3', %4, %5, %6)");
    QVERIFY(exec(q,
        insert.arg(1)
            .arg(r)
            .arg(QStringLiteral("resolved"))
            .arg(r + 86400 * 10)
            .arg(r + 86400 * 2)
            .arg(r + 86400 * 2)));
    QVERIFY(exec(q,
        insert.arg(2)
            .arg(r)
            .arg(QStringLiteral("rejected"))
            .arg(r + 86400 * 10)
            .arg(QStringLiteral("NULL"))
            .arg(r + 86400 * 3)));
    QVERIFY(exec(q,
        insert.arg(3)
            .arg(r)
            .arg(QStringLiteral("on_hold"))
            .arg(r + 86400 * 1)
            .arg(QStringLiteral("NULL"))
            .arg(r + 86400 * 3)));
    const auto snap = StatsSnapshot::load(&db, QueueFilter(), nullptr);
    QVERIFY(snap);
    DashboardQuery query;
    query.filter = period(QDate(2026, 5, 4), QDate(2026, 5, 10));
    query.now = local(2026, 5, 10, 12);
    const DashboardData d = Dashboard::compute(*snap, query);
    const QList<qint64> open { 3, 3, 2, 1, 1, 1, 1 };
    for (int i = 0; i < open.size(); ++i)
        QCOMPARE(d.backlog.at(i).open, open.at(i));
    QCOMPARE(d.backlog.at(0).overdue, 0);
    QCOMPARE(d.backlog.at(1).overdue, 1); // on hold, due on the 5th
    QCOMPARE(d.lead.count, 1);
    QCOMPARE(d.lead.median, 2.0);
}

void TestStats::departmentScope()
{
    // Head mode loads one department only; its numbers equal the full snapshot filtered to it.
    QueueFilter scope;
    scope.departmentIds = { 3 };
    QString error;
    const auto head = StatsSnapshot::load(&m_db, scope, nullptr, &error);
    QVERIFY2(head, qPrintable(error));
    QVERIFY(head->rows().size() < m_snap->rows().size());
    DashboardQuery q;
    q.filter = period(QDate(2025, 1, 1), QDate(2026, 11, 23));
    q.now = m_now;
    const DashboardData a = Dashboard::compute(*head, q);
    q.filter.departmentIds = { 3 };
    const DashboardData b = Dashboard::compute(*m_snap, q);
    QCOMPARE(a.received, b.received);
    QCOMPARE(a.lead.median, b.lead.median);
    QCOMPARE(a.lead.p90, b.lead.p90);
    QCOMPARE(a.backlog.size(), b.backlog.size());
    for (int i = 0; i < a.backlog.size(); ++i)
        QCOMPARE(a.backlog.at(i).open, b.backlog.at(i).open);
    QCOMPARE(a.sla.withinDue, b.sla.withinDue);
    QCOMPARE(a.topStreets.size(), b.topStreets.size());
}

void TestStats::consent()
{
    // With the threshold at 1 every consenting citizen with a report shows; the others never do.
    DashboardQuery q;
    q.now = m_now;
    q.engagedMinReports = 1;
    const DashboardData d = Dashboard::compute(*m_snap, q);
    QSet<qint64> shown;
    for (const EngagedTopic& t : d.engaged)
        for (const EngagedCitizen& c : t.citizens)
            shown.insert(d.citizen(c).id);
    QSet<qint64> reporting;
    QSet<qint64> withoutConsent;
    for (const BReport& r : std::as_const(m_brute.reports)) {
        if (r.citizen == 0)
            continue;
        if (m_brute.consenting.contains(r.citizen))
            reporting.insert(r.citizen);
        else
            withoutConsent.insert(r.citizen);
    }
    QVERIFY(!withoutConsent.isEmpty());
    QCOMPARE(shown, reporting);
    QVERIFY(!shown.intersects(withoutConsent));
    for (const EngagedTopic& t : d.engaged)
        for (const EngagedCitizen& c : t.citizens) {
            const ConsentingCitizen z = d.citizen(c);
            QCOMPARE(z.name, QStringLiteral("Burger %1").arg(z.id));
        }
    // Most reports first, then by name.
    for (const EngagedTopic& t : d.engaged)
        for (int i = 1; i < t.citizens.size(); ++i) {
            const EngagedCitizen& a = t.citizens.at(i - 1);
            const EngagedCitizen& b = t.citizens.at(i);
            QVERIFY(a.reports > b.reports || (a.reports == b.reports && d.citizen(a).name <= d.citizen(b).name));
        }
}

void TestStats::csvEqualsAggregate()
{
    DashboardQuery q;
    q.filter = period(QDate(2025, 1, 1), QDate(2025, 12, 31));
    q.now = m_now;
    const DashboardData d = Dashboard::compute(*m_snap, q);
    const ReferenceData& refs = m_snap->refs();
    const StatsTable volume = DashboardTables::table(DashboardTables::Kind::Volume, d, refs);
    const QByteArray csv = DashboardTables::toCsv(volume);
    QList<QStringList> rows;
    {
        QList<QStringList> parsed;
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        for (const QString& l : lines)
            parsed << l.split(QLatin1Char(','));
        rows = parsed;
    }
    QCOMPARE(rows.size(), d.volume.size() + 1);
    for (int i = 0; i < d.volume.size(); ++i) {
        const VolumeBucket& b = d.volume.at(i);
        const QStringList& r = rows.at(i + 1);
        QCOMPARE(r.at(0), b.first.toString(Qt::ISODate));
        QCOMPARE(r.at(2).toLongLong(), b.count);
        QCOMPARE(r.at(3).toLongLong(), b.lastYear);
        for (int m = 0; m < b.byMainCategory.size(); ++m)
            QCOMPARE(r.at(5 + m).toLongLong(), b.byMainCategory.at(m));
    }
    const StatsTable lead = DashboardTables::table(DashboardTables::Kind::LeadByDepartment, d, refs);
    QCOMPARE(lead.rows.size(), d.leadByDepartment.size() + 1);
    for (int i = 0; i < d.leadByDepartment.size(); ++i) {
        const LeadStats& s = d.leadByDepartment.at(i).lead;
        QCOMPARE(lead.rows.at(i).at(1).toLongLong(), s.count);
        QVERIFY(std::abs(lead.rows.at(i).at(3).toDouble() - s.median) < 0.0005);
        QVERIFY(std::abs(lead.rows.at(i).at(4).toDouble() - s.p90) < 0.0005);
    }
    // A field with the separator or a quote is quoted.
    StatsTable t;
    t.header = QStringList { QStringLiteral("a"), QStringLiteral("b") };
    t.rows << QStringList { QStringLiteral("Kerkstraat, Oost"), QStringLiteral("say \"hi\"") };
    QCOMPARE(DashboardTables::toCsv(t),
        QByteArray("\xEF\xBB\xBF"
                   "a,b\r\n\"Kerkstraat, Oost\",\"say \"\"hi\"\"\"\r\n"));
}

void TestStats::demoCity()
{
    // The same brute force over the demo city, whose history the generator writes its own way.
    QTemporaryDir dir;
    const QString path = test::dbPath(dir, QStringLiteral("demo.sqlite"));
    DemoOptions o;
    o.reports = 8000;
    o.seed = 3;
    QString error;
    QVERIFY2(DemoGenerator(o).generate(path, &error), qPrintable(error));
    Database db;
    QVERIFY(!db.open(path, Database::Mode::OpenExisting));
    const auto snap = StatsSnapshot::load(&db, QueueFilter(), nullptr, &error);
    QVERIFY2(snap, qPrintable(error));
    const qint64 now = DemoGenerator(o).now().toSecsSinceEpoch();
    Brute b = readBrute(db, now);
    DashboardQuery q;
    q.now = now;
    q.filter = period(cityDate(now).addYears(-1).addDays(1), cityDate(now));
    compareWithBrute(*snap, b, q);
    q.basis = DashboardQuery::DayBasis::Working;
    q.granularity = DashboardQuery::Granularity::Week;
    q.filter.departmentIds = { snap->refs().departments.first().id };
    compareWithBrute(*snap, b, q);
}

void TestStats::emptyDatabase()
{
    // A new desk: no reports at all. Everything is zero, nothing divides by it.
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(test::dbPath(dir)));
    QString error;
    const auto snap = StatsSnapshot::load(&db, QueueFilter(), nullptr, &error);
    QVERIFY2(snap, qPrintable(error));
    DashboardQuery q;
    q.now = m_now;
    const DashboardData d = Dashboard::compute(*snap, q);
    QCOMPARE(d.received, 0);
    QCOMPARE(d.from, cityDate(m_now));
    QCOMPARE(d.volume.size(), 1);
    QCOMPARE(d.backlog.size(), 1);
    QCOMPARE(d.backlog.first().open, 0);
    QCOMPARE(d.lead.count, 0);
    QCOMPARE(d.sla.withinDuePercent(), 0.0);
    QVERIFY(std::isnan(YearOverYear::change(0, 0)));
    QVERIFY(d.engaged.isEmpty());
    for (DashboardTables::Kind k : DashboardTables::all())
        QVERIFY(!DashboardTables::toCsv(DashboardTables::table(k, d, snap->refs())).isEmpty());
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
