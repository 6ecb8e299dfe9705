// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster hierarchy against a brute-force reference, and the invariants the map relies on.
#include "geo/clusterindex.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace meldpunt;

namespace {

struct RefItem {
    double x;
    double y;
    std::uint32_t count;
    std::uint32_t overdue;
};

/// The clustering rule written as plainly as possible: for every level, every item not yet taken
/// takes all untaken items within the radius (O(n²)), in creation order.
std::vector<std::vector<RefItem>> bruteForce(const std::vector<ClusterInput>& pts, const ClusterOptions& o)
{
    std::vector<std::vector<RefItem>> levels(size_t(o.maxZoom + 2));
    std::vector<RefItem>& raw = levels[size_t(o.maxZoom + 1)];
    for (const ClusterInput& p : pts)
        raw.push_back({ p.x, p.y, 1, p.overdue ? 1u : 0u });
    for (int z = o.maxZoom; z >= o.minZoom; --z) {
        const std::vector<RefItem>& src = levels[size_t(z + 1)];
        std::vector<RefItem>& dst = levels[size_t(z)];
        const double r = o.radiusAt(z) / (o.tileSize * std::exp2(double(z)));
        std::vector<bool> taken(src.size(), false);
        for (size_t i = 0; i < src.size(); ++i) {
            if (taken[i])
                continue;
            taken[i] = true;
            RefItem c { src[i].x * src[i].count, src[i].y * src[i].count, src[i].count, src[i].overdue };
            bool merged = false;
            for (size_t j = 0; j < src.size(); ++j) {
                if (taken[j] || !KdIndex::isWithin(src[j].x, src[j].y, src[i].x, src[i].y, r))
                    continue;
                taken[j] = true;
                merged = true;
                c.x += src[j].x * src[j].count;
                c.y += src[j].y * src[j].count;
                c.count += src[j].count;
                c.overdue += src[j].overdue;
            }
            if (merged) {
                c.x /= c.count;
                c.y /= c.count;
            } else {
                c.x = src[i].x;
                c.y = src[i].y;
            }
            dst.push_back(c);
        }
    }
    return levels;
}

/// Reports around a few "streets" of a town near 51° N, plus some scattered ones and exact duplicates.
std::vector<ClusterInput> townPoints(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<ClusterInput> out;
    const double cx = 0.5087, cy = 0.3320; // about 3.1° E, 51° N in world units
    for (int i = 0; i < n; ++i) {
        ClusterInput p;
        const int kind = int(rng.bounded(10));
        if (kind < 6) {
            const int hotspot = int(rng.bounded(5));
            p.x = cx + hotspot * 3e-5 + rng.bounded(4e-6);
            p.y = cy + hotspot * 2e-5 + rng.bounded(4e-6);
        } else if (kind < 9) {
            p.x = cx + rng.bounded(3e-4);
            p.y = cy + rng.bounded(3e-4);
        } else if (!out.empty()) {
            p.x = out.back().x; // the same spot twice
            p.y = out.back().y;
        } else {
            p.x = cx;
            p.y = cy;
        }
        p.group = std::uint8_t(rng.bounded(3));
        p.overdue = rng.bounded(4) == 0;
        out.push_back(p);
    }
    return out;
}

bool sameItems(std::vector<RefItem> a, std::vector<RefItem> b, QString* why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 items, reference %2").arg(a.size()).arg(b.size());
        return false;
    }
    auto less = [](const RefItem& p, const RefItem& q) {
        if (p.count != q.count)
            return p.count < q.count;
        if (p.x != q.x)
            return p.x < q.x;
        if (p.y != q.y)
            return p.y < q.y;
        return p.overdue < q.overdue;
    };
    std::sort(a.begin(), a.end(), less);
    std::sort(b.begin(), b.end(), less);
    for (size_t i = 0; i < a.size(); ++i) {
        // Centres are sums in a different order: equal to rounding.
        if (a[i].count != b[i].count || a[i].overdue != b[i].overdue || std::abs(a[i].x - b[i].x) > 1e-12
            || std::abs(a[i].y - b[i].y) > 1e-12) {
            *why = QStringLiteral("item %1 differs: count %2/%3 at %4,%5 vs %6,%7")
                       .arg(i)
                       .arg(a[i].count)
                       .arg(b[i].count)
                       .arg(a[i].x, 0, 'g', 17)
                       .arg(a[i].y, 0, 'g', 17)
                       .arg(b[i].x, 0, 'g', 17)
                       .arg(b[i].y, 0, 'g', 17);
            return false;
        }
    }
    return true;
}

} // namespace

class TestGeoCluster final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kdQueriesMatchScan();
    void equalsBruteForce_data();
    void equalsBruteForce();
    void countPreservedAtEveryZoom();
    void childrenAndLeavesPartition();
    void expansionLevelSplits();
    void emptyAndSingle();
    void queryFindsWhatIsInView();
};

void TestGeoCluster::kdQueriesMatchScan()
{
    QRandomGenerator rng(3);
    std::vector<double> xs, ys;
    for (int i = 0; i < 5000; ++i) {
        xs.push_back(rng.generateDouble());
        ys.push_back(rng.generateDouble());
    }
    KdIndex index;
    index.build(xs, ys, 16);
    GridIndex grid;
    grid.build(xs, ys, 0.01);
    for (int q = 0; q < 50; ++q) {
        const double x0 = rng.generateDouble() * 0.8, y0 = rng.generateDouble() * 0.8;
        const double x1 = x0 + 0.2 * rng.generateDouble(), y1 = y0 + 0.2 * rng.generateDouble();
        std::set<std::uint32_t> got, want;
        index.range(x0, y0, x1, y1, [&](std::uint32_t i) { got.insert(i); });
        for (std::uint32_t i = 0; i < xs.size(); ++i)
            if (xs[i] >= x0 && xs[i] <= x1 && ys[i] >= y0 && ys[i] <= y1)
                want.insert(i);
        QCOMPARE(got, want);
        got.clear();
        grid.range(x0, y0, x1, y1, [&](std::uint32_t i) { got.insert(i); });
        QCOMPARE(got, want);
        const double r = 0.05 * rng.generateDouble();
        got.clear();
        want.clear();
        index.within(x0, y0, r, [&](std::uint32_t i) { got.insert(i); });
        for (std::uint32_t i = 0; i < xs.size(); ++i)
            if (KdIndex::isWithin(xs[i], ys[i], x0, y0, r))
                want.insert(i);
        QCOMPARE(got, want);
        got.clear();
        grid.within(x0, y0, r, [&](std::uint32_t i) { got.insert(i); });
        QCOMPARE(got, want);
    }
}

void TestGeoCluster::equalsBruteForce_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("10") << 10 << 1u;
    QTest::newRow("100") << 100 << 2u;
    QTest::newRow("500") << 500 << 3u;
    QTest::newRow("1500") << 1500 << 4u;
}

void TestGeoCluster::equalsBruteForce()
{
    QFETCH(int, n);
    QFETCH(quint32, seed);
    const std::vector<ClusterInput> pts = townPoints(n, seed);
    ClusterOptions o;
    ClusterIndex index;
    index.build(pts, o);
    const auto ref = bruteForce(pts, o);
    for (int z = o.minZoom; z <= o.maxZoom + 1; ++z) {
        std::vector<RefItem> got;
        for (const ClusterItem& it : index.items(z))
            got.push_back({ it.x, it.y, it.count, it.overdue });
        QString why;
        QVERIFY2(sameItems(got, ref[size_t(z)], &why), qPrintable(QStringLiteral("zoom %1: %2").arg(z).arg(why)));
    }
}

void TestGeoCluster::countPreservedAtEveryZoom()
{
    const std::vector<ClusterInput> pts = townPoints(20000, 9);
    std::uint64_t overdue = 0;
    std::array<std::uint64_t, 3> groups {};
    for (const ClusterInput& p : pts) {
        overdue += p.overdue;
        ++groups[p.group];
    }
    ClusterIndex index;
    index.build(pts);
    QCOMPARE(index.pointCount(), pts.size());
    size_t previous = 0;
    for (int z = index.minLevel(); z <= index.maxLevel(); ++z) {
        std::uint64_t count = 0, od = 0;
        std::array<std::uint64_t, 3> g {};
        for (const ClusterItem& it : index.items(z)) {
            count += it.count;
            od += it.overdue;
            for (int k = 0; k < 3; ++k)
                g[size_t(k)] += it.groups[size_t(k)];
        }
        QCOMPARE(count, std::uint64_t(pts.size()));
        QCOMPARE(od, overdue);
        QCOMPARE(g, groups);
        // Zooming in never merges.
        QVERIFY(index.itemCount(z) >= previous);
        previous = index.itemCount(z);
    }
    QCOMPARE(index.itemCount(index.maxLevel()), pts.size());
    QVERIFY(index.itemCount(0) < 10);
}

void TestGeoCluster::childrenAndLeavesPartition()
{
    const std::vector<ClusterInput> pts = townPoints(3000, 11);
    ClusterIndex index;
    index.build(pts);
    for (int z : { 0, 10, 15, 17, 19 }) {
        std::vector<std::uint32_t> all;
        for (const ClusterItem& it : index.items(z)) {
            std::uint32_t sum = 0;
            for (const ClusterItem& c : index.children(z, it.index))
                sum += c.count;
            QCOMPARE(sum, it.count);
            const std::vector<std::uint32_t> leaves = index.leaves(z, it.index);
            QCOMPARE(leaves.size(), size_t(it.count));
            if (it.count == 1)
                QCOMPARE(leaves.front(), it.firstPoint);
            all.insert(all.end(), leaves.begin(), leaves.end());
        }
        std::sort(all.begin(), all.end());
        QCOMPARE(all.size(), pts.size());
        for (std::uint32_t i = 0; i < all.size(); ++i)
            QCOMPARE(all[i], i);
    }
    // A limit is honoured.
    const std::vector<ClusterItem> top = index.items(0);
    QCOMPARE(index.leaves(0, top.front().index, 7).size(), std::min<size_t>(7, top.front().count));
}

void TestGeoCluster::expansionLevelSplits()
{
    const std::vector<ClusterInput> pts = townPoints(2000, 5);
    ClusterIndex index;
    index.build(pts);
    for (int z : { 5, 12, 16 }) {
        for (const ClusterItem& it : index.items(z)) {
            if (!it.isCluster())
                continue;
            const int e = index.expansionLevel(z, it.index);
            QVERIFY(e > z);
            // Follow the single child down to the level before e: still one item there.
            ClusterItem cur = it;
            for (int lz = z; lz < e - 1; ++lz) {
                const auto kids = index.children(lz, cur.index);
                QCOMPARE(kids.size(), size_t(1));
                cur = kids.front();
            }
            if (e <= index.maxLevel())
                QVERIFY(index.children(e - 1, cur.index).size() > 1 || cur.count == 1);
        }
    }
}

void TestGeoCluster::emptyAndSingle()
{
    ClusterIndex empty;
    empty.build({});
    QVERIFY(empty.isEmpty());
    std::vector<ClusterItem> out;
    empty.query(10, QRectF(0, 0, 1, 1), &out);
    QVERIFY(out.empty());
    ClusterIndex one;
    one.build({ ClusterInput { 0.5, 0.5, 1, true } });
    for (int z = one.minLevel(); z <= one.maxLevel(); ++z) {
        const auto items = one.items(z);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items.front().count, 1u);
        QCOMPARE(items.front().overdue, 1u);
        QCOMPARE(items.front().groups[1], 1u);
    }
}

void TestGeoCluster::queryFindsWhatIsInView()
{
    const std::vector<ClusterInput> pts = townPoints(4000, 21);
    ClusterIndex index;
    index.build(pts);
    const QRectF view(0.50875, 0.33205, 0.0001, 0.00008);
    for (int z : { 14, 17, 20 }) {
        std::vector<ClusterItem> got;
        index.query(z, view, &got);
        size_t want = 0;
        for (const ClusterItem& it : index.items(z))
            want += view.contains(it.x, it.y) ? 1 : 0;
        QCOMPARE(got.size(), want);
    }
    ClusterItem nearest;
    QVERIFY(index.nearest(20, pts[0].x, pts[0].y, 1e-9, &nearest));
    QCOMPARE(nearest.x, pts[0].x);
}

QTEST_GUILESS_MAIN(TestGeoCluster)
#include "tst_geo_cluster.moc"
