// SPDX-License-Identifier: GPL-3.0-or-later
// The zoom hierarchy of report clusters (like supercluster): built once off the GUI thread, then
// every frame asks one level for what lies in the viewport.
#pragma once

#include <QRectF>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <vector>

namespace meldpunt {

/// A static 2-D index over points, a k-d tree stored as one sorted array (as kdbush does):
/// built once, then range and radius queries without allocation.
class KdIndex final {
public:
    struct Entry {
        double x;
        double y;
        std::uint32_t id;
    };

    void build(const std::vector<double>& xs, const std::vector<double>& ys, int nodeSize = 64);
    bool isEmpty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }
    /// Renumbers the ids after the indexed items were reordered: new id = `newIdOfOld[old id]`.
    void remap(const std::vector<std::uint32_t>& newIdOfOld);

    /// Calls `visit(id)` for every point inside the rectangle (edges included).
    template<typename Visit>
    void range(double minX, double minY, double maxX, double maxY, Visit&& visit) const;
    /// Calls `visit(id)` for every point whose squared distance to (x, y) is at most r².
    template<typename Visit>
    void within(double x, double y, double r, Visit&& visit) const;

    /// The distance test used by both the index and any reference implementation.
    static bool isWithin(double ax, double ay, double bx, double by, double r)
    {
        const double dx = ax - bx;
        const double dy = ay - by;
        return dx * dx + dy * dy <= r * r;
    }

private:
    void sort(std::size_t left, std::size_t right, int axis);

    std::vector<Entry> m_entries;
    int m_nodeSize = 64;
};

/// A static 2-D index over points as a uniform grid of buckets (a counting sort by cell): built in
/// linear time, which matters at a million reports, and as fast as a tree for radius queries
/// whose radius is about the cell size.
class GridIndex final {
public:
    struct Entry {
        double x;
        double y;
        std::uint32_t id;
    };

    /// `cellHint`: the usual query radius. The grid never exceeds about 4 million cells.
    void build(const std::vector<double>& xs, const std::vector<double>& ys, double cellHint);
    bool isEmpty() const { return m_entries.empty(); }
    std::size_t size() const { return m_entries.size(); }
    void remap(const std::vector<std::uint32_t>& newIdOfOld);

    template<typename Visit>
    void range(double minX, double minY, double maxX, double maxY, Visit&& visit) const;
    template<typename Visit>
    void within(double x, double y, double r, Visit&& visit) const;

private:
    std::vector<Entry> m_entries; ///< by cell, row-major
    std::vector<std::uint32_t> m_offsets; ///< cells + 1
    double m_originX = 0;
    double m_originY = 0;
    double m_cell = 1;
    int m_nx = 0;
    int m_ny = 0;
};

/// A report as the cluster index sees it: a world position (see WebMercator) and what colours it.
struct ClusterInput {
    double x = 0;
    double y = 0;
    std::uint8_t group = 0; ///< 0 to do (new, triaged), 1 in work, 2 done (see MapStatusGroup)
    bool overdue = false;
};

/// One thing to draw at a zoom: a single report (count 1) or a cluster of reports.
struct ClusterItem {
    double x = 0;
    double y = 0;
    std::uint32_t count = 0;
    std::uint32_t overdue = 0;
    std::array<std::uint32_t, 3> groups {}; ///< reports per status group
    std::uint32_t index = 0; ///< within its level
    std::uint32_t firstPoint = 0; ///< an input index under it; for count 1 the report itself
    int level = 0;
    bool isCluster() const { return count > 1; }
};

struct ClusterOptions {
    /// Clustering radius in screen pixels; smaller from `detailFromZoom` on so that reports a few
    /// metres apart become separate markers before the map runs out of zoom.
    double radiusPx = 50;
    double detailRadiusPx = 22;
    int detailFromZoom = 17;
    int minZoom = 0;
    int maxZoom = 19; ///< the last clustered level; maxZoom + 1 holds the single reports
    int tileSize = 256;
    double radiusAt(int zoom) const;
};

/// Greedy radius clustering per zoom, from the finest level up: each unclustered item takes every
/// unclustered neighbour within the radius into one cluster at their weighted centre. Every level
/// keeps its items' children contiguous in the level below, so expanding a cluster is a range.
class ClusterIndex final {
public:
    ClusterIndex() = default;

    /// Builds every level. Safe to call on any thread; the result is immutable afterwards.
    /// `cancelled` is polled between levels.
    void build(const std::vector<ClusterInput>& points, const ClusterOptions& options = {},
        const std::atomic<bool>* cancelled = nullptr);

    const ClusterOptions& options() const { return m_options; }
    std::size_t pointCount() const { return m_pointCount; }
    bool isEmpty() const { return m_pointCount == 0; }
    /// The level that a (fractional) map zoom draws.
    int levelFor(double zoom) const;
    int minLevel() const { return m_options.minZoom; }
    int maxLevel() const { return m_options.maxZoom + 1; }
    std::size_t itemCount(int level) const;

    /// Items of a level whose centre lies in `world` (world coordinates), appended to `out`.
    void query(int level, const QRectF& world, std::vector<ClusterItem>* out) const;
    /// Every item of a level (tests, the heatmap at low zoom).
    std::vector<ClusterItem> items(int level) const;
    ClusterItem item(int level, std::uint32_t index) const;
    /// The items one level down that make up this one.
    std::vector<ClusterItem> children(int level, std::uint32_t index) const;
    /// Input indexes of the reports under an item, at most `limit`.
    std::vector<std::uint32_t> leaves(int level, std::uint32_t index, std::size_t limit = SIZE_MAX) const;
    /// The first level at which this item splits into more than one (maxLevel() if never).
    int expansionLevel(int level, std::uint32_t index) const;
    /// The item nearest to a world point within `radius` world units at a level; false if none.
    bool nearest(int level, double x, double y, double radius, ClusterItem* out) const;

private:
    struct Level {
        std::vector<double> x;
        std::vector<double> y;
        std::vector<std::uint32_t> count;
        std::vector<std::uint32_t> overdue;
        std::vector<std::uint32_t> group0;
        std::vector<std::uint32_t> group1;
        std::vector<std::uint32_t> firstPoint;
        std::vector<std::uint32_t> childBegin;
        std::vector<std::uint32_t> childCount;
        GridIndex index;
        std::size_t size() const { return x.size(); }
        void reserve(std::size_t n);
        void permute(const std::vector<std::uint32_t>& order);
    };

    const Level* levelAt(int level) const;
    ClusterItem makeItem(const Level& l, int level, std::uint32_t i) const;
    void clusterInto(const Level& src, int zoom, Level* dst, std::vector<std::uint32_t>* order) const;

    ClusterOptions m_options;
    std::vector<Level> m_levels; ///< index = level − minZoom
    std::size_t m_pointCount = 0;
};

template<typename Visit>
void GridIndex::range(double minX, double minY, double maxX, double maxY, Visit&& visit) const
{
    if (m_entries.empty() || maxX < m_originX || maxY < m_originY)
        return;
    auto cellX = [&](double v) { return std::clamp(int((v - m_originX) / m_cell), 0, m_nx - 1); };
    auto cellY = [&](double v) { return std::clamp(int((v - m_originY) / m_cell), 0, m_ny - 1); };
    if (minX > m_originX + m_cell * m_nx || minY > m_originY + m_cell * m_ny)
        return;
    const int x0 = cellX(minX), x1 = cellX(maxX), y0 = cellY(minY), y1 = cellY(maxY);
    for (int cy = y0; cy <= y1; ++cy) {
        // The cells of one row segment are one run of entries.
        const std::size_t row = std::size_t(cy) * std::size_t(m_nx);
        const std::uint32_t b = m_offsets[row + std::size_t(x0)];
        const std::uint32_t e = m_offsets[row + std::size_t(x1) + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const Entry& en = m_entries[k];
            if (en.x >= minX && en.x <= maxX && en.y >= minY && en.y <= maxY)
                visit(en.id);
        }
    }
}

template<typename Visit>
void GridIndex::within(double x, double y, double r, Visit&& visit) const
{
    if (m_entries.empty())
        return;
    auto cellX = [&](double v) { return std::clamp(int((v - m_originX) / m_cell), 0, m_nx - 1); };
    auto cellY = [&](double v) { return std::clamp(int((v - m_originY) / m_cell), 0, m_ny - 1); };
    if (x + r < m_originX || y + r < m_originY || x - r > m_originX + m_cell * m_nx
        || y - r > m_originY + m_cell * m_ny)
        return;
    const int x0 = cellX(x - r), x1 = cellX(x + r), y0 = cellY(y - r), y1 = cellY(y + r);
    for (int cy = y0; cy <= y1; ++cy) {
        const std::size_t row = std::size_t(cy) * std::size_t(m_nx);
        const std::uint32_t b = m_offsets[row + std::size_t(x0)];
        const std::uint32_t e = m_offsets[row + std::size_t(x1) + 1];
        for (std::uint32_t k = b; k < e; ++k) {
            const Entry& en = m_entries[k];
            if (KdIndex::isWithin(en.x, en.y, x, y, r))
                visit(en.id);
        }
    }
}

template<typename Visit>
void KdIndex::range(double minX, double minY, double maxX, double maxY, Visit&& visit) const
{
    if (m_entries.empty())
        return;
    struct Span {
        std::size_t left;
        std::size_t right;
        int axis;
    };
    Span stack[128];
    int top = 0;
    stack[top++] = { 0, m_entries.size() - 1, 0 };
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= std::size_t(m_nodeSize)) {
            for (std::size_t i = s.left; i <= s.right; ++i) {
                const Entry& e = m_entries[i];
                if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY)
                    visit(e.id);
            }
            continue;
        }
        const std::size_t m = (s.left + s.right) >> 1;
        const Entry& e = m_entries[m];
        if (e.x >= minX && e.x <= maxX && e.y >= minY && e.y <= maxY)
            visit(e.id);
        const double v = s.axis == 0 ? e.x : e.y;
        if ((s.axis == 0 ? minX : minY) <= v && m > s.left)
            stack[top++] = { s.left, m - 1, 1 - s.axis };
        if ((s.axis == 0 ? maxX : maxY) >= v)
            stack[top++] = { m + 1, s.right, 1 - s.axis };
    }
}

template<typename Visit>
void KdIndex::within(double x, double y, double r, Visit&& visit) const
{
    if (m_entries.empty())
        return;
    struct Span {
        std::size_t left;
        std::size_t right;
        int axis;
    };
    Span stack[128];
    int top = 0;
    stack[top++] = { 0, m_entries.size() - 1, 0 };
    const double minX = x - r, maxX = x + r, minY = y - r, maxY = y + r;
    while (top > 0) {
        const Span s = stack[--top];
        if (s.right - s.left <= std::size_t(m_nodeSize)) {
            for (std::size_t i = s.left; i <= s.right; ++i) {
                const Entry& e = m_entries[i];
                if (isWithin(e.x, e.y, x, y, r))
                    visit(e.id);
            }
            continue;
        }
        const std::size_t m = (s.left + s.right) >> 1;
        const Entry& e = m_entries[m];
        if (isWithin(e.x, e.y, x, y, r))
            visit(e.id);
        const double v = s.axis == 0 ? e.x : e.y;
        if ((s.axis == 0 ? minX : minY) <= v && m > s.left)
            stack[top++] = { s.left, m - 1, 1 - s.axis };
        if ((s.axis == 0 ? maxX : maxY) >= v)
            stack[top++] = { m + 1, s.right, 1 - s.axis };
    }
}

} // namespace meldpunt
