// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's SQL (conditions, FTS, sort, keyset pages, counts) against a brute-force filter over the same reports.
#include "fixture.h"
#include "store/queuefilter.h"
#include "store/reportstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace meldpunt;
using namespace meldpunt::test;

Q_DECLARE_METATYPE(meldpunt::QueueFilter)

namespace {

QString describe(const QueueFilter& f)
{
    return QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestQueueFilter final : public QObject {
    Q_OBJECT

private:
    Fixture m_fx;
    std::unique_ptr<ReportStore> m_store;
    QList<Report> m_all;
    QHash<qint64, QString> m_citizenOf; // report id → citizen name

    int cat(const char* code) const { return m_fx.ids.categories.value(QString::fromLatin1(code)); }
    int dep(const char* code) const { return m_fx.ids.departments.value(QString::fromLatin1(code)); }
    bool independentMatch(const Report& r, const QueueFilter& f, qint64 now) const;
    QList<qint64> bruteForce(const QueueFilter& f, qint64 now, bool independent = false) const;
    void addNamedRows();
    void addRandomRows();

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void statusCounts_data();
    void statusCounts();
    void dayBounds_data();
    void dayBounds();
    void overdueFollowsNow();
    void toDo();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void fromJsonIgnoresGarbage();
    void ftsQuery_data();
    void ftsQuery();
    void oddSearchNeverFails_data();
    void oddSearchNeverFails();
};

void TestQueueFilter::initTestCase()
{
    const QString err = m_fx.build();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    m_store = std::make_unique<ReportStore>(&m_fx.db);
    m_store->setNowForTesting(fixtureNow());
    QCOMPARE(m_store->refs().categories.size(), 14);
    for (qint64 id : std::as_const(m_fx.ids.reports)) {
        const std::optional<Report> r = m_store->report(id);
        QVERIFY(r);
        m_all << *r;
        if (r->citizenId)
            m_citizenOf.insert(id, m_fx.ids.citizenNames.value(r->citizenId));
    }
    QCOMPARE(m_all.size(), 300);
    QCOMPARE(m_store->count(QueueFilter()), 300);
}

bool TestQueueFilter::independentMatch(const Report& r, const QueueFilter& f, qint64 now) const
{
    if (!f.statuses.isEmpty() && !f.statuses.contains(r.status))
        return false;
    if (!f.categoryIds.isEmpty()) {
        const Category* c = m_store->refs().category(r.categoryId);
        const int parent = c ? c->parentId : 0;
        if (!f.categoryIds.contains(r.categoryId) && !(parent && f.categoryIds.contains(parent)))
            return false;
    }
    if (!f.departmentIds.isEmpty() && !f.departmentIds.contains(r.departmentId))
        return false;
    if (!f.districtIds.isEmpty() && !f.districtIds.contains(r.districtId))
        return false;
    if (!f.channels.isEmpty() && !f.channels.contains(r.channel))
        return false;
    if (f.overdueOnly) {
        const bool open = r.status == Status::New || r.status == Status::Triaged || r.status == Status::Assigned
            || r.status == Status::InProgress || r.status == Status::OnHold;
        if (!open || r.dueAt >= now)
            return false;
    }
    if (!f.area.isEmpty() && (!r.hasLocation || !f.area.containsPoint(QPointF(r.lon, r.lat), Qt::OddEvenFill)))
        return false;
    const QDate day = QDateTime::fromSecsSinceEpoch(r.receivedAt, QTimeZone("Europe/Brussels")).date();
    if (f.from.isValid() && day < f.from)
        return false;
    if (f.to.isValid() && day > f.to)
        return false;
    return true;
}

QList<qint64> TestQueueFilter::bruteForce(const QueueFilter& f, qint64 now, bool independent) const
{
    QList<const Report*> hits;
    for (const Report& r : m_all) {
        const bool match = independent ? independentMatch(r, f, now) : f.matches(r, now, m_store->refs());
        if (match && f.matchesSearch(r, m_citizenOf.value(r.id)))
            hits << &r;
    }
    const auto key = [&](const Report* r) -> qint64 {
        switch (f.sortKey) {
        case QueueFilter::SortKey::Due: return r->dueAt;
        case QueueFilter::SortKey::Priority: return qint64(r->priority);
        case QueueFilter::SortKey::Received: break;
        }
        // With words to search, the store streams the full-text index: order of arrival (id).
        return QueueFilter::ftsQuery(f.search).isEmpty() ? r->receivedAt : r->id;
    };
    std::sort(hits.begin(), hits.end(), [&](const Report* a, const Report* b) {
        const auto ka = std::make_pair(key(a), a->id);
        const auto kb = std::make_pair(key(b), b->id);
        return f.sortOrder == Qt::AscendingOrder ? ka < kb : kb < ka;
    });
    QList<qint64> out;
    for (const Report* r : std::as_const(hits))
        out << r->id;
    return out;
}

void TestQueueFilter::addNamedRows()
{
    const auto row = [](const QString& name, const QueueFilter& f, int atLeast) {
        QTest::newRow(qPrintable(name)) << f << atLeast;
    };
    QueueFilter f;
    row(QStringLiteral("everything"), f, 300);
    row(QStringLiteral("to do"), QueueFilter::toDo(), 20);
    for (Status s : StatusRules::all()) {
        QueueFilter g;
        g.statuses = { s };
        row(QStringLiteral("status ") + StatusRules::key(s), g, 1);
    }
    f = {};
    f.statuses = { Status::Closed, Status::Rejected, Status::Duplicate };
    row(QStringLiteral("closed, rejected, duplicate"), f, 10);

    f = {};
    f.categoryIds = { cat("AFV") };
    row(QStringLiteral("main category expands to subs"), f, 20);
    f.categoryIds = { cat("WEG-PUT") };
    row(QStringLiteral("one subcategory"), f, 5);
    f.categoryIds = { cat("GRN"), cat("AFV-ZWF") };
    row(QStringLiteral("main and another main's sub"), f, 10);
    f.categoryIds = { cat("OVR"), cat("OVR-GEL") };
    row(QStringLiteral("main and its own sub"), f, 5);

    f = {};
    f.departmentIds = { dep("NET") };
    row(QStringLiteral("department"), f, 10);
    f.departmentIds = { 0 };
    row(QStringLiteral("no department yet"), f, 30);
    f.departmentIds = { 0, dep("WEG") };
    row(QStringLiteral("no department or Wegendienst"), f, 40);
    f.departmentIds = { dep("HHV"), dep("GRN") };
    row(QStringLiteral("two departments"), f, 5);

    for (int i = 0; i < m_fx.ids.districts.size(); ++i) {
        QueueFilter g;
        g.districtIds = { m_fx.ids.districts[i] };
        row(QStringLiteral("district %1").arg(i + 1), g, 20);
    }
    f = {};
    f.districtIds = { m_fx.ids.districts[0], m_fx.ids.districts[2] };
    row(QStringLiteral("districts 1 and 3"), f, 40);
    f.districtIds = { 0 };
    row(QStringLiteral("district 0 (no district, like department 0)"), f, 0);

    for (Channel c : Labels::channels()) {
        QueueFilter g;
        g.channels = { c };
        row(QStringLiteral("channel ") + Labels::key(c), g, 0);
    }
    f = {};
    f.channels = { Channel::Phone, Channel::Counter };
    row(QStringLiteral("phone and counter"), f, 10);

    f = {};
    f.overdueOnly = true;
    row(QStringLiteral("overdue"), f, 20);
    f.statuses = { Status::New };
    row(QStringLiteral("overdue and new"), f, 5);
    f.statuses = { Status::Resolved, Status::Closed };
    row(QStringLiteral("overdue but only finished statuses"), f, 0);
    f = {};
    f.overdueOnly = true;
    f.departmentIds = { 0 };
    f.sortKey = QueueFilter::SortKey::Due;
    f.sortOrder = Qt::AscendingOrder;
    row(QStringLiteral("overdue, unrouted, most overdue first"), f, 5);

    f = {};
    f.from = QDate(2026, 3, 1);
    row(QStringLiteral("from 1 March 2026"), f, 20);
    f = {};
    f.to = QDate(2026, 2, 28);
    row(QStringLiteral("up to 28 February 2026"), f, 100);
    f.from = f.to = QDate(2026, 3, 1);
    row(QStringLiteral("only 1 March 2026 (city day)"), f, 1);
    f.from = f.to = QDate(2026, 3, 29);
    row(QStringLiteral("DST start day"), f, 2);
    f.from = f.to = QDate(2025, 10, 26);
    row(QStringLiteral("DST end day"), f, 2);
    f.from = f.to = QDate(2026, 1, 1);
    row(QStringLiteral("New Year's Day in the city, still 2025 in UTC"), f, 1);
    f.from = QDate(2026, 4, 1);
    f.to = QDate(2026, 3, 31);
    row(QStringLiteral("from after to"), f, 0);
    f.from = QDate(2030, 1, 1);
    f.to = QDate();
    row(QStringLiteral("future"), f, 0);

    // Drawn areas (x = lon, y = lat); edges off the fixture's coordinate grid so no point lies on one.
    f = {};
    f.area = QPolygonF({ QPointF(4.01003, 51.00017),
        QPointF(4.01997, 51.00017),
        QPointF(4.01997, 51.00983),
        QPointF(4.01003, 51.00983) });
    row(QStringLiteral("area: most of district 2"), f, 20);
    f.area = QPolygonF({ QPointF(4.00003, 51.00017), QPointF(4.02997, 51.00017), QPointF(4.00003, 51.00983) });
    row(QStringLiteral("area: a triangle across districts"), f, 20);
    f.area = QPolygonF({ QPointF(4.00003, 51.00017),
        QPointF(4.02997, 51.00017),
        QPointF(4.02997, 51.00983),
        QPointF(4.01503, 51.00983),
        QPointF(4.01503, 51.00503),
        QPointF(4.00003, 51.00503) });
    row(QStringLiteral("area: concave L shape"), f, 20);
    f.area = QPolygonF({ QPointF(5.1, 50.1), QPointF(5.2, 50.1), QPointF(5.2, 50.2) });
    row(QStringLiteral("area: far away"), f, 0);
    f.area = QPolygonF({ QPointF(4.00003, 51.00017),
        QPointF(4.02997, 51.00983),
        QPointF(4.00003, 51.00983),
        QPointF(4.02997, 51.00017) });
    row(QStringLiteral("area: self-crossing bow tie"), f, 10);
    f.area = QPolygonF({ QPointF(4.01003, 51.00017),
        QPointF(4.01997, 51.00017),
        QPointF(4.01997, 51.00983),
        QPointF(4.01003, 51.00983) });
    f.statuses = { Status::New, Status::Triaged };
    f.search = QStringLiteral("straat");
    f.sortKey = QueueFilter::SortKey::Due;
    row(QStringLiteral("area with to do and search, by due"), f, 1);

    const QList<QPair<QString, int>> searches = {
        { QStringLiteral("emile"), 1 },
        { QStringLiteral("ÉMILE"), 1 },
        { QStringLiteral("emi"), 1 },
        { QStringLiteral("lefèvre"), 1 },
        { QStringLiteral("LEFEVRE"), 1 },
        { QStringLiteral("francois lef"), 1 },
        { QStringLiteral("müller"), 1 },
        { QStringLiteral("muller"), 1 },
        { QStringLiteral("MULL"), 1 },
        { QStringLiteral("núñez"), 1 },
        { QStringLiteral("Noëlla"), 1 },
        { QStringLiteral("søren"), 1 },
        { QStringLiteral("o'brien"), 1 },
        { QStringLiteral("gevaar"), 1 },
        { QStringLiteral("kerkstr"), 10 },
        { QStringLiteral("kerkstraat 12"), 1 },
        { QStringLiteral("verhaeren"), 1 },
        { QStringLiteral("noel van"), 1 },
        { QStringLiteral("m 2026"), 20 },
        { QStringLiteral("M-2025-000007"), 1 },
        { QStringLiteral("put weg"), 1 },
        { QStringLiteral("café"), 1 },
        { QStringLiteral("cafe"), 1 },
        { QStringLiteral("DÉJÀ"), 1 },
        { QStringLiteral("script"), 1 },
        { QStringLiteral("near"), 1 },
        { QStringLiteral("zzzz"), 0 },
        { QStringLiteral("kerkstraat zzzz"), 0 },
    };
    for (const auto& s : searches) {
        QueueFilter g;
        g.search = s.first;
        row(QStringLiteral("search ") + s.first, g, s.second);
    }

    const QList<QueueFilter::SortKey> keys
        = { QueueFilter::SortKey::Received, QueueFilter::SortKey::Due, QueueFilter::SortKey::Priority };
    const QStringList keyNames = { QStringLiteral("received"), QStringLiteral("due"), QStringLiteral("priority") };
    for (int k = 0; k < keys.size(); ++k) {
        for (Qt::SortOrder o : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QueueFilter g;
            g.sortKey = keys[k];
            g.sortOrder = o;
            row(QStringLiteral("sort %1 %2")
                    .arg(keyNames[k], o == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                g,
                300);
            g.statuses = { Status::New, Status::Triaged, Status::Assigned };
            g.search = QStringLiteral("straat");
            row(QStringLiteral("sort %1 %2, open, search")
                    .arg(keyNames[k], o == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")),
                g,
                5);
        }
    }

    f = {};
    f.statuses = { Status::Assigned, Status::InProgress };
    f.departmentIds = { dep("WEG"), dep("NET") };
    f.districtIds = { m_fx.ids.districts[1] };
    f.sortKey = QueueFilter::SortKey::Due;
    f.sortOrder = Qt::AscendingOrder;
    row(QStringLiteral("combo: in hand, two departments, one district, by due"), f, 1);
    f = {};
    f.channels = { Channel::Web, Channel::Email };
    f.search = QStringLiteral("put");
    f.from = QDate(2025, 6, 1);
    f.categoryIds = { cat("WEG") };
    row(QStringLiteral("combo: web or e-mail, search, from, main category"), f, 1);
    f = QueueFilter::toDo();
    f.overdueOnly = true;
    f.search = QStringLiteral("straat");
    f.sortKey = QueueFilter::SortKey::Priority;
    row(QStringLiteral("combo: to do, overdue, search, by priority"), f, 1);
}

void TestQueueFilter::addRandomRows()
{
    FixtureRandom rnd(4242);
    const QList<Status> statuses = StatusRules::all();
    const QList<int> cats = m_fx.ids.categories.values();
    QList<int> deps = m_fx.ids.departments.values();
    deps << 0;
    const QStringList words = { QStringLiteral("straat"),
        QStringLiteral("put"),
        QStringLiteral("émile"),
        QStringLiteral("vol"),
        QStringLiteral("m"),
        QStringLiteral("2025"),
        QStringLiteral("de"),
        QStringLiteral("janss") };
    for (int i = 0; i < 60; ++i) {
        QueueFilter f;
        for (Status s : statuses)
            if (rnd.chance(25))
                f.statuses << s;
        if (rnd.chance(40))
            for (int n = rnd.below(3) + 1; n > 0; --n)
                f.categoryIds << cats[rnd.below(int(cats.size()))];
        if (rnd.chance(40))
            for (int n = rnd.below(2) + 1; n > 0; --n)
                f.departmentIds << deps[rnd.below(int(deps.size()))];
        if (rnd.chance(30))
            f.districtIds << m_fx.ids.districts[rnd.below(3)];
        if (rnd.chance(30))
            for (Channel c : Labels::channels())
                if (rnd.chance(50))
                    f.channels << c;
        f.overdueOnly = rnd.chance(20);
        if (rnd.chance(30))
            f.from = QDate(2025, 1, 1).addDays(rnd.below(500));
        if (rnd.chance(30))
            f.to = QDate(2025, 1, 1).addDays(rnd.below(500));
        if (rnd.chance(30))
            f.search = words[rnd.below(int(words.size()))];
        f.sortKey = QueueFilter::SortKey(rnd.below(3));
        f.sortOrder = rnd.chance(50) ? Qt::AscendingOrder : Qt::DescendingOrder;
        QTest::addRow("random %02d", i) << f << 0;
    }
}

void TestQueueFilter::filters_data()
{
    QTest::addColumn<QueueFilter>("filter");
    QTest::addColumn<int>("atLeast");
    addNamedRows();
    addRandomRows();
}

void TestQueueFilter::filters()
{
    QFETCH(QueueFilter, filter);
    QFETCH(int, atLeast);
    const qint64 now = fixtureNow();
    const QList<qint64> expected = bruteForce(filter, now);
    QCOMPARE(bruteForce(filter, now, true), expected); // the core's predicate agrees with this test's own
    QVERIFY2(expected.size() >= atLeast,
        qPrintable(QStringLiteral("only %1 hits for %2").arg(expected.size()).arg(describe(filter))));

    QString error;
    const QList<QueueRow> rows = m_store->fetchQueue(filter, std::nullopt, 100000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> got;
    for (const QueueRow& r : rows)
        got << r.id;
    QCOMPARE(got, expected);
    QCOMPARE(m_store->count(filter, &error), qint64(expected.size()));
    QVERIFY(error.isEmpty());

    // The rows carry what the report has.
    QHash<qint64, const Report*> byId;
    for (const Report& r : std::as_const(m_all))
        byId.insert(r.id, &r);
    for (const QueueRow& row : rows) {
        const Report* r = byId.value(row.id);
        QVERIFY(r);
        QCOMPARE(row.ref, r->ref);
        QCOMPARE(row.receivedAt, r->receivedAt);
        QCOMPARE(row.dueAt, r->dueAt);
        QCOMPARE(row.categoryId, r->categoryId);
        QCOMPARE(row.address, r->address);
        QCOMPARE(row.districtId, r->districtId);
        QCOMPARE(row.channel, r->channel);
        QCOMPARE(row.status, r->status);
        QCOMPARE(row.priority, r->priority);
        QCOMPARE(row.departmentId, r->departmentId);
        QCOMPARE(row.assignee, r->assignee);
        QCOMPARE(row.citizenId, r->citizenId);
    }

    // Keyset pages of 7 give the same rows in the same order as one big fetch.
    QList<qint64> paged;
    std::optional<QueueCursor> cursor;
    for (int page = 0; page < 100; ++page) {
        const QList<QueueRow> part = m_store->fetchQueue(filter, cursor, 7, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(part.size() <= 7);
        for (const QueueRow& r : part)
            paged << r.id;
        if (part.size() < 7)
            break;
        cursor = ReportStore::cursorAfter(filter, part.last());
    }
    QCOMPARE(paged, expected);
}

void TestQueueFilter::statusCounts_data()
{
    filters_data();
}

void TestQueueFilter::statusCounts()
{
    QFETCH(QueueFilter, filter);
    QString error;
    const QMap<Status, qint64> counts = m_store->statusCounts(filter, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QueueFilter any = filter;
    any.statuses.clear();
    const QList<qint64> all = bruteForce(any, fixtureNow());
    QHash<Status, qint64> expected;
    for (qint64 id : all) {
        const auto it = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Report& r) { return r.id == id; });
        ++expected[it->status];
    }
    for (Status s : StatusRules::all())
        QCOMPARE(counts.value(s, 0), expected.value(s, 0));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY(it.value() > 0);
}

void TestQueueFilter::dayBounds_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("received");
    QTest::addColumn<bool>("included");
    const qint64 lastSecondFeb = cityTime(2026, 2, 28, 23, 59, 59);
    const qint64 firstSecondMar = cityTime(2026, 3, 1, 0, 0, 0);
    QTest::newRow("Feb 28 23:59:59 not from Mar 1") << QDate(2026, 3, 1) << QDate() << lastSecondFeb << false;
    QTest::newRow("Mar 1 00:00:00 from Mar 1") << QDate(2026, 3, 1) << QDate() << firstSecondMar << true;
    QTest::newRow("Feb 28 23:59:59 up to Feb 28") << QDate() << QDate(2026, 2, 28) << lastSecondFeb << true;
    QTest::newRow("Mar 1 00:00:00 not up to Feb 28") << QDate() << QDate(2026, 2, 28) << firstSecondMar << false;
    QTest::newRow("Mar 31 23:59:59 (summer time) up to Mar 31")
        << QDate() << QDate(2026, 3, 31) << cityTime(2026, 3, 31, 23, 59, 59) << true;
    QTest::newRow("Apr 1 00:00:00 (summer time) not up to Mar 31")
        << QDate() << QDate(2026, 3, 31) << cityTime(2026, 4, 1) << false;
    QTest::newRow("00:30 on 1 Jan city time is 2026 though UTC says 2025")
        << QDate(2026, 1, 1) << QDate(2026, 1, 1) << cityTime(2026, 1, 1, 0, 30) << true;
    QTest::newRow("23:30 on 31 Dec city time is not 1 Jan")
        << QDate(2026, 1, 1) << QDate(2026, 1, 1) << cityTime(2025, 12, 31, 23, 30) << false;
}

void TestQueueFilter::dayBounds()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, received);
    QFETCH(bool, included);
    const auto it
        = std::find_if(m_all.cbegin(), m_all.cend(), [&](const Report& r) { return r.receivedAt == received; });
    QVERIFY2(it != m_all.cend(), "the fixture has a report at this second");
    QueueFilter f;
    f.from = from;
    f.to = to;
    f.search = it->ref; // narrows the queue to this report
    const QList<QueueRow> rows = m_store->fetchQueue(f, std::nullopt, 1000);
    const bool found = std::any_of(rows.cbegin(), rows.cend(), [&](const QueueRow& r) { return r.id == it->id; });
    QCOMPARE(found, included);
    QCOMPARE(f.matches(*it, fixtureNow(), m_store->refs()), included);
}

void TestQueueFilter::overdueFollowsNow()
{
    QueueFilter f;
    f.overdueOnly = true;
    qint64 previous = -1;
    for (const qint64 now : { cityTime(2025, 1, 1), cityTime(2025, 9, 1), fixtureNow(), cityTime(2027, 1, 1) }) {
        m_store->setNowForTesting(now);
        const qint64 n = m_store->count(f);
        QCOMPARE(n, qint64(bruteForce(f, now).size()));
        QCOMPARE(n, qint64(bruteForce(f, now, true).size()));
        QVERIFY(n >= previous); // time only makes more reports overdue
        previous = n;
    }
    m_store->setNowForTesting(fixtureNow());
    QVERIFY(previous > 0);
}

void TestQueueFilter::toDo()
{
    const QueueFilter f = QueueFilter::toDo();
    QCOMPARE(f.statuses, (QList<Status> { Status::New, Status::Triaged }));
    QVERIFY(f.categoryIds.isEmpty() && f.departmentIds.isEmpty() && f.districtIds.isEmpty() && f.channels.isEmpty());
    QVERIFY(!f.overdueOnly);
    QVERIFY(f.search.isEmpty());
}

void TestQueueFilter::jsonRoundTrip_data()
{
    filters_data();
}

void TestQueueFilter::jsonRoundTrip()
{
    QFETCH(QueueFilter, filter);
    // Through text, as a saved filter is stored.
    const QByteArray text = QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact);
    const QueueFilter back = QueueFilter::fromJson(QJsonDocument::fromJson(text).object());
    QCOMPARE(back.statuses, filter.statuses);
    QCOMPARE(back.categoryIds, filter.categoryIds);
    QCOMPARE(back.departmentIds, filter.departmentIds);
    QCOMPARE(back.districtIds, filter.districtIds);
    QCOMPARE(back.channels, filter.channels);
    QCOMPARE(back.overdueOnly, filter.overdueOnly);
    QCOMPARE(back.from, filter.from);
    QCOMPARE(back.to, filter.to);
    QCOMPARE(back.search, filter.search);
    QCOMPARE(back.area, filter.area);
    QCOMPARE(back.sortKey, filter.sortKey);
    QCOMPARE(back.sortOrder, filter.sortOrder);
    QVERIFY(back == filter);
}

void TestQueueFilter::fromJsonIgnoresGarbage()
{
    const QJsonObject o = QJsonDocument::fromJson(R"({
        "statuses": ["new", "archived", 3, "closed"],
        "channels": ["fax", "web"],
        "categories": "not a list",
        "departments": [0, 2],
        "from": "yesterday",
        "to": "2026-02-30",
        "sort": 17,
        "order": "sideways",
        "overdue": "yes"
    })")
                              .object();
    const QueueFilter f = QueueFilter::fromJson(o);
    QCOMPARE(f.statuses, (QList<Status> { Status::New, Status::Closed }));
    QCOMPARE(f.channels, (QList<Channel> { Channel::Web }));
    QVERIFY(f.categoryIds.isEmpty());
    QCOMPARE(f.departmentIds, (QList<int> { 0, 2 }));
    QVERIFY(!f.from.isValid());
    QVERIFY(!f.to.isValid());
    QCOMPARE(f.sortKey, QueueFilter::SortKey::Received);
    QCOMPARE(f.sortOrder, Qt::DescendingOrder);
    QVERIFY(!f.overdueOnly);
    // An empty object is the default filter.
    QVERIFY(QueueFilter::fromJson(QJsonObject()) == QueueFilter());
}

void TestQueueFilter::ftsQuery_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("spaces") << QStringLiteral("   \t ") << QString();
    QTest::newRow("one word") << QStringLiteral("Kerkstraat") << QStringLiteral("\"kerkstraat\"*");
    QTest::newRow("diacritics and case") << QStringLiteral("ÉMILE Lefèvre")
                                         << QStringLiteral("\"emile\"* \"lefevre\"*");
    QTest::newRow("quotes") << QStringLiteral("\"put\"") << QStringLiteral("\"put\"*");
    QTest::newRow("inner quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"* \"b\"*");
    QTest::newRow("asterisks only") << QStringLiteral("***") << QString();
    QTest::newRow("operators stay words")
        << QStringLiteral("put AND weg") << QStringLiteral("\"put\"* \"and\"* \"weg\"*");
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << QStringLiteral("\"near\"*");
    QTest::newRow("column filter") << QStringLiteral("ref:M-2026") << QStringLiteral("\"ref\"* \"m\"* \"2026\"*");
    QTest::newRow("apostrophe") << QStringLiteral("'s nachts") << QStringLiteral("\"s\"* \"nachts\"*");
    // A reference goes through the ref index (QueueFilter::refPrefix), not the word index.
    QTest::newRow("reference") << QStringLiteral("m-2026-0001") << QString();
}

void TestQueueFilter::ftsQuery()
{
    QFETCH(QString, search);
    QFETCH(QString, expected);
    QCOMPARE(QueueFilter::ftsQuery(search), expected);
}

void TestQueueFilter::oddSearchNeverFails_data()
{
    QTest::addColumn<QString>("search");
    QTest::newRow("empty") << QString();
    QTest::newRow("lone quote") << QStringLiteral("\"");
    QTest::newRow("unbalanced quotes") << QStringLiteral("\"put weg");
    QTest::newRow("asterisk") << QStringLiteral("*");
    QTest::newRow("leading asterisk") << QStringLiteral("*straat");
    QTest::newRow("AND") << QStringLiteral("AND");
    QTest::newRow("OR NOT") << QStringLiteral("OR NOT");
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(");
    QTest::newRow("NEAR(a b, 2)") << QStringLiteral("NEAR(put weg, 2)");
    QTest::newRow("caret") << QStringLiteral("^put");
    QTest::newRow("column") << QStringLiteral("description:put");
    QTest::newRow("braces") << QStringLiteral("{ref description}: x");
    QTest::newRow("plus minus") << QStringLiteral("+put -weg");
    QTest::newRow("parens") << QStringLiteral("(((");
    QTest::newRow("SQL") << QStringLiteral("'); DROP TABLE report; --");
    QTest::newRow("percent underscore") << QStringLiteral("%_%");
    QTest::newRow("backslash") << QStringLiteral("\\");
    QTest::newRow("control characters") << QStringLiteral("\x01\x02 put \x7f");
    QTest::newRow("emoji") << QStringLiteral("\U0001F333");
    QTest::newRow("markup") << QStringLiteral("<b>gevaarlijk</b>");
    QTest::newRow("very long") << QString(5000, QLatin1Char('a'));
    QTest::newRow("many words") << QStringLiteral("de ").repeated(200);
}

void TestQueueFilter::oddSearchNeverFails()
{
    QFETCH(QString, search);
    QueueFilter f;
    f.search = search;
    QString error;
    const QList<QueueRow> rows = m_store->fetchQueue(f, std::nullopt, 1000, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_store->count(f, &error), qint64(rows.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> got;
    for (const QueueRow& r : rows)
        got << r.id;
    QCOMPARE(got, bruteForce(f, fixtureNow()));
    m_store->statusCounts(f, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(m_fx.scalar(QStringLiteral("SELECT count(*) FROM report")).toInt(), 300);
}

QTEST_GUILESS_MAIN(TestQueueFilter)
#include "tst_queuefilter.moc"
