// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/clusterindex.h"

#include <algorithm>
#include <cmath>

namespace meldpunt {

void KdIndex::build(const std::vector<double>& xs, const std::vector<double>& ys, int nodeSize)
{
    m_nodeSize = std::max(1, nodeSize);
    m_entries.resize(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i)
        m_entries[i] = { xs[i], ys[i], std::uint32_t(i) };
    if (!m_entries.empty())
        sort(0, m_entries.size() - 1, 0);
}

void KdIndex::sort(std::size_t left, std::size_t right, int axis)
{
    // Iterative on the larger side would save stack, but the depth is only log2(n / nodeSize).
    if (right - left <= std::size_t(m_nodeSize))
        return;
    const std::size_t m = (left + right) >> 1;
    auto first = m_entries.begin() + std::ptrdiff_t(left);
    auto nth = m_entries.begin() + std::ptrdiff_t(m);
    auto last = m_entries.begin() + std::ptrdiff_t(right) + 1;
    if (axis == 0)
        std::nth_element(first, nth, last, [](const Entry& a, const Entry& b) { return a.x < b.x; });
    else
        std::nth_element(first, nth, last, [](const Entry& a, const Entry& b) { return a.y < b.y; });
    if (m > left)
        sort(left, m - 1, 1 - axis);
    sort(m + 1, right, 1 - axis);
}

void KdIndex::remap(const std::vector<std::uint32_t>& newIdOfOld)
{
    for (Entry& e : m_entries)
        e.id = newIdOfOld[e.id];
}

void GridIndex::build(const std::vector<double>& xs, const std::vector<double>& ys, double cellHint)
{
    const std::size_t n = xs.size();
    m_entries.clear();
    m_offsets.clear();
    if (n == 0)
        return;
    double minX = xs[0], maxX = xs[0], minY = ys[0], maxY = ys[0];
    for (std::size_t i = 1; i < n; ++i) {
        minX = std::min(minX, xs[i]);
        maxX = std::max(maxX, xs[i]);
        minY = std::min(minY, ys[i]);
        maxY = std::max(maxY, ys[i]);
    }
    const double extent = std::max(maxX - minX, maxY - minY);
    // At most 2048 cells a side; never so small that rounding makes empty slivers.
    m_cell = std::max({ cellHint, extent / 2048.0, 1e-12 });
    m_originX = minX;
    m_originY = minY;
    m_nx = int((maxX - minX) / m_cell) + 1;
    m_ny = int((maxY - minY) / m_cell) + 1;
    const std::size_t cells = std::size_t(m_nx) * std::size_t(m_ny);
    std::vector<std::uint32_t> cellOf(n);
    m_offsets.assign(cells + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const int cx = std::min(int((xs[i] - minX) / m_cell), m_nx - 1);
        const int cy = std::min(int((ys[i] - minY) / m_cell), m_ny - 1);
        const std::uint32_t c = std::uint32_t(std::size_t(cy) * std::size_t(m_nx) + std::size_t(cx));
        cellOf[i] = c;
        ++m_offsets[c + 1];
    }
    for (std::size_t c = 0; c < cells; ++c)
        m_offsets[c + 1] += m_offsets[c];
    m_entries.resize(n);
    std::vector<std::uint32_t> fill(m_offsets.begin(), m_offsets.end() - 1);
    for (std::size_t i = 0; i < n; ++i)
        m_entries[fill[cellOf[i]]++] = { xs[i], ys[i], std::uint32_t(i) };
}

void GridIndex::remap(const std::vector<std::uint32_t>& newIdOfOld)
{
    for (Entry& e : m_entries)
        e.id = newIdOfOld[e.id];
}

double ClusterOptions::radiusAt(int zoom) const
{
    return zoom >= detailFromZoom ? detailRadiusPx : radiusPx;
}

void ClusterIndex::Level::reserve(std::size_t n)
{
    x.reserve(n);
    y.reserve(n);
    count.reserve(n);
    overdue.reserve(n);
    group0.reserve(n);
    group1.reserve(n);
    firstPoint.reserve(n);
    childBegin.reserve(n);
    childCount.reserve(n);
}

void ClusterIndex::Level::permute(const std::vector<std::uint32_t>& order)
{
    auto apply = [&](auto& v) {
        std::remove_reference_t<decltype(v)> out(v.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            out[i] = v[order[i]];
        v.swap(out);
    };
    apply(x);
    apply(y);
    apply(count);
    apply(overdue);
    apply(group0);
    apply(group1);
    apply(firstPoint);
    apply(childBegin);
    apply(childCount);
    std::vector<std::uint32_t> newIdOfOld(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        newIdOfOld[order[i]] = std::uint32_t(i);
    index.remap(newIdOfOld);
}

void ClusterIndex::clusterInto(const Level& src, int zoom, Level* dst, std::vector<std::uint32_t>* order) const
{
    const double r = m_options.radiusAt(zoom) / (m_options.tileSize * std::exp2(double(zoom)));
    const std::size_t n = src.size();
    std::vector<std::uint8_t> done(n, 0);
    std::vector<std::uint32_t> neighbours;
    order->clear();
    order->reserve(n);
    dst->reserve(n / 2 + 16);
    for (std::size_t i = 0; i < n; ++i) {
        if (done[i])
            continue;
        done[i] = 1;
        neighbours.clear();
        src.index.within(src.x[i], src.y[i], r, [&](std::uint32_t j) {
            if (!done[j])
                neighbours.push_back(j);
        });
        const std::uint32_t begin = std::uint32_t(order->size());
        order->push_back(std::uint32_t(i));
        std::uint64_t count = src.count[i];
        std::uint64_t overdue = src.overdue[i];
        std::uint64_t g0 = src.group0[i];
        std::uint64_t g1 = src.group1[i];
        double wx = src.x[i] * src.count[i];
        double wy = src.y[i] * src.count[i];
        for (std::uint32_t j : neighbours) {
            done[j] = 1;
            order->push_back(j);
            count += src.count[j];
            overdue += src.overdue[j];
            g0 += src.group0[j];
            g1 += src.group1[j];
            wx += src.x[j] * src.count[j];
            wy += src.y[j] * src.count[j];
        }
        if (neighbours.empty()) {
            dst->x.push_back(src.x[i]);
            dst->y.push_back(src.y[i]);
        } else {
            dst->x.push_back(wx / double(count));
            dst->y.push_back(wy / double(count));
        }
        dst->count.push_back(std::uint32_t(count));
        dst->overdue.push_back(std::uint32_t(overdue));
        dst->group0.push_back(std::uint32_t(g0));
        dst->group1.push_back(std::uint32_t(g1));
        dst->firstPoint.push_back(src.firstPoint[i]);
        dst->childBegin.push_back(begin);
        dst->childCount.push_back(std::uint32_t(order->size() - begin));
    }
}

void ClusterIndex::build(
    const std::vector<ClusterInput>& points, const ClusterOptions& options, const std::atomic<bool>* cancelled)
{
    m_options = options;
    m_options.minZoom = std::max(0, options.minZoom);
    m_options.maxZoom = std::max(m_options.minZoom, options.maxZoom);
    m_pointCount = points.size();
    m_levels.clear();
    m_levels.resize(std::size_t(m_options.maxZoom + 1 - m_options.minZoom + 1));

    Level& raw = m_levels.back();
    const std::size_t n = points.size();
    raw.x.resize(n);
    raw.y.resize(n);
    raw.count.assign(n, 1);
    raw.overdue.resize(n);
    raw.group0.resize(n);
    raw.group1.resize(n);
    raw.firstPoint.resize(n);
    raw.childBegin.assign(n, 0);
    raw.childCount.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const ClusterInput& p = points[i];
        raw.x[i] = p.x;
        raw.y[i] = p.y;
        raw.overdue[i] = p.overdue ? 1 : 0;
        raw.group0[i] = p.group == 0 ? 1 : 0;
        raw.group1[i] = p.group == 1 ? 1 : 0;
        raw.firstPoint[i] = std::uint32_t(i);
    }
    raw.index.build(raw.x,
        raw.y,
        m_options.radiusAt(m_options.maxZoom) / (m_options.tileSize * std::exp2(double(m_options.maxZoom))));

    std::vector<std::uint32_t> order;
    for (int z = m_options.maxZoom; z >= m_options.minZoom; --z) {
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            m_levels.clear();
            m_pointCount = 0;
            return;
        }
        Level& src = m_levels[std::size_t(z + 1 - m_options.minZoom)];
        Level& dst = m_levels[std::size_t(z - m_options.minZoom)];
        clusterInto(src, z, &dst, &order);
        // Children of one cluster become neighbours in the level below, so a cluster's
        // children are the range [childBegin, childBegin + childCount).
        src.permute(order);
        dst.index.build(dst.x,
            dst.y,
            z > m_options.minZoom ? m_options.radiusAt(z - 1) / (m_options.tileSize * std::exp2(double(z - 1))) : 1.0);
    }
}

const ClusterIndex::Level* ClusterIndex::levelAt(int level) const
{
    const int i = level - m_options.minZoom;
    if (i < 0 || i >= int(m_levels.size()))
        return nullptr;
    return &m_levels[std::size_t(i)];
}

int ClusterIndex::levelFor(double zoom) const
{
    return std::clamp(int(std::floor(zoom)), m_options.minZoom, m_options.maxZoom + 1);
}

std::size_t ClusterIndex::itemCount(int level) const
{
    const Level* l = levelAt(level);
    return l ? l->size() : 0;
}

ClusterItem ClusterIndex::makeItem(const Level& l, int level, std::uint32_t i) const
{
    ClusterItem it;
    it.x = l.x[i];
    it.y = l.y[i];
    it.count = l.count[i];
    it.overdue = l.overdue[i];
    it.groups = { l.group0[i], l.group1[i], l.count[i] - l.group0[i] - l.group1[i] };
    it.index = i;
    it.firstPoint = l.firstPoint[i];
    it.level = level;
    return it;
}

void ClusterIndex::query(int level, const QRectF& world, std::vector<ClusterItem>* out) const
{
    const Level* l = levelAt(level);
    if (!l)
        return;
    const QRectF r = world.normalized();
    l->index.range(
        r.left(), r.top(), r.right(), r.bottom(), [&](std::uint32_t i) { out->push_back(makeItem(*l, level, i)); });
}

std::vector<ClusterItem> ClusterIndex::items(int level) const
{
    std::vector<ClusterItem> out;
    const Level* l = levelAt(level);
    if (!l)
        return out;
    out.reserve(l->size());
    for (std::uint32_t i = 0; i < l->size(); ++i)
        out.push_back(makeItem(*l, level, i));
    return out;
}

ClusterItem ClusterIndex::item(int level, std::uint32_t index) const
{
    const Level* l = levelAt(level);
    if (!l || index >= l->size())
        return {};
    return makeItem(*l, level, index);
}

std::vector<ClusterItem> ClusterIndex::children(int level, std::uint32_t index) const
{
    std::vector<ClusterItem> out;
    const Level* l = levelAt(level);
    const Level* below = levelAt(level + 1);
    if (!l || !below || index >= l->size())
        return out;
    const std::uint32_t b = l->childBegin[index];
    for (std::uint32_t k = 0; k < l->childCount[index]; ++k)
        out.push_back(makeItem(*below, level + 1, b + k));
    return out;
}

std::vector<std::uint32_t> ClusterIndex::leaves(int level, std::uint32_t index, std::size_t limit) const
{
    std::vector<std::uint32_t> out;
    const Level* l = levelAt(level);
    if (!l || index >= l->size())
        return out;
    // Depth first: only the levels between the item and the reports are touched.
    struct Node {
        int level;
        std::uint32_t index;
    };
    std::vector<Node> stack { { level, index } };
    while (!stack.empty() && out.size() < limit) {
        const Node node = stack.back();
        stack.pop_back();
        const Level* cur = levelAt(node.level);
        if (node.level == maxLevel()) {
            out.push_back(cur->firstPoint[node.index]);
            continue;
        }
        const std::uint32_t b = cur->childBegin[node.index];
        for (std::uint32_t k = cur->childCount[node.index]; k > 0; --k)
            stack.push_back({ node.level + 1, b + k - 1 });
    }
    return out;
}

int ClusterIndex::expansionLevel(int level, std::uint32_t index) const
{
    int z = level;
    std::uint32_t i = index;
    while (z < maxLevel()) {
        const Level* l = levelAt(z);
        if (l->childCount[i] != 1)
            return z + 1;
        i = l->childBegin[i];
        ++z;
    }
    return maxLevel();
}

bool ClusterIndex::nearest(int level, double x, double y, double radius, ClusterItem* out) const
{
    const Level* l = levelAt(level);
    if (!l)
        return false;
    double best = radius * radius;
    std::int64_t found = -1;
    l->index.within(x, y, radius, [&](std::uint32_t i) {
        const double dx = l->x[i] - x;
        const double dy = l->y[i] - y;
        const double d = dx * dx + dy * dy;
        if (d <= best) {
            best = d;
            found = i;
        }
    });
    if (found < 0)
        return false;
    *out = makeItem(*l, level, std::uint32_t(found));
    return true;
}

} // namespace meldpunt
