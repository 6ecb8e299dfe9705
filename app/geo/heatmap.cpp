// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/heatmap.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>

namespace meldpunt {

namespace {

/// One pass of a box blur of radius r along rows (stride 1) or columns (stride w).
void boxBlur(std::vector<float>& data, std::vector<float>& tmp, int w, int h, int r, bool horizontal)
{
    const int lines = horizontal ? h : w;
    const int len = horizontal ? w : h;
    const int step = horizontal ? 1 : w;
    const float inv = 1.0f / float(2 * r + 1);
    for (int line = 0; line < lines; ++line) {
        const int base = horizontal ? line * w : line;
        float acc = 0;
        // Values beyond the edges count as zero.
        for (int i = 0; i <= r && i < len; ++i)
            acc += data[size_t(base + i * step)];
        for (int i = 0; i < len; ++i) {
            tmp[size_t(base + i * step)] = acc * inv;
            const int add = i + r + 1;
            const int sub = i - r;
            if (add < len)
                acc += data[size_t(base + add * step)];
            if (sub >= 0)
                acc -= data[size_t(base + sub * step)];
        }
    }
    data.swap(tmp);
}

const std::array<QRgb, 256>& palette()
{
    static const std::array<QRgb, 256> table = [] {
        struct Stop {
            double t;
            QColor c;
        };
        const Stop stops[] = {
            { 0.00, QColor(33, 102, 172, 0) },
            { 0.10, QColor(33, 102, 172, 90) },
            { 0.30, QColor(67, 162, 202, 150) },
            { 0.50, QColor(120, 198, 121, 180) },
            { 0.70, QColor(254, 217, 118, 205) },
            { 0.85, QColor(253, 141, 60, 220) },
            { 1.00, QColor(215, 25, 28, 235) },
        };
        std::array<QRgb, 256> out {};
        for (int i = 0; i < 256; ++i) {
            const double t = i / 255.0;
            int k = 0;
            while (k + 2 < int(std::size(stops)) && t > stops[k + 1].t)
                ++k;
            const Stop& a = stops[k];
            const Stop& b = stops[k + 1];
            const double u = std::clamp((t - a.t) / (b.t - a.t), 0.0, 1.0);
            auto mix = [u](int x, int y) { return int(std::lround(x + (y - x) * u)); };
            const int alpha = mix(a.c.alpha(), b.c.alpha());
            // Premultiplied, as the image format wants.
            out[size_t(i)] = qRgba(mix(a.c.red(), b.c.red()) * alpha / 255,
                mix(a.c.green(), b.c.green()) * alpha / 255,
                mix(a.c.blue(), b.c.blue()) * alpha / 255,
                alpha);
        }
        return out;
    }();
    return table;
}

} // namespace

QRgb Heatmap::colorAt(double t)
{
    const QRgb p = palette()[size_t(std::clamp(int(t * 255), 0, 255))];
    const int a = qAlpha(p);
    if (a == 0)
        return qRgba(0, 0, 0, 0);
    return qRgba(qRed(p) * 255 / a, qGreen(p) * 255 / a, qBlue(p) * 255 / a, a);
}

HeatmapImage Heatmap::render(const MapReportSet& set, const MapViewport& viewport, const HeatmapOptions& options)
{
    HeatmapImage out;
    const int cell = std::max(1, options.cellPx);
    const double sigmaCells = options.radiusPx / 2.5 / cell;
    // Three box blurs of radius r approximate a Gaussian with σ² = r(r+1) (Wells, 1986).
    const int r = std::max(1, int(std::lround((std::sqrt(1 + 4 * sigmaCells * sigmaCells) - 1) / 2)));
    const int pad = 3 * r + 1;
    const int w = int(std::ceil(viewport.size().width() / double(cell))) + 2 * pad;
    const int h = int(std::ceil(viewport.size().height() / double(cell))) + 2 * pad;
    if (w <= 0 || h <= 0)
        return out;
    const double s = viewport.scale();
    const QPointF origin = viewport.toWorld(QPointF(-pad * cell, -pad * cell));
    out.world = QRectF(origin, QSizeF(w * cell / s, h * cell / s));

    std::vector<float> grid(size_t(w) * size_t(h), 0.0f);
    if (!set.clusters.isEmpty()) {
        const int level = std::min(set.clusters.levelFor(viewport.zoom()) + 3, set.clusters.maxLevel());
        std::vector<ClusterItem> items;
        set.clusters.query(level, out.world, &items);
        for (const ClusterItem& it : items) {
            // Bilinear splat: the weight lands on the four nearest cells, so panning is smooth.
            const double gx = (it.x - origin.x()) * s / cell - 0.5;
            const double gy = (it.y - origin.y()) * s / cell - 0.5;
            const int x0 = int(std::floor(gx));
            const int y0 = int(std::floor(gy));
            const float fx = float(gx - x0);
            const float fy = float(gy - y0);
            const float c = float(it.count);
            auto add = [&](int x, int y, float v) {
                if (x >= 0 && x < w && y >= 0 && y < h)
                    grid[size_t(y) * size_t(w) + size_t(x)] += v;
            };
            add(x0, y0, c * (1 - fx) * (1 - fy));
            add(x0 + 1, y0, c * fx * (1 - fy));
            add(x0, y0 + 1, c * (1 - fx) * fy);
            add(x0 + 1, y0 + 1, c * fx * fy);
        }
    }
    std::vector<float> tmp(grid.size());
    for (int pass = 0; pass < 3; ++pass) {
        boxBlur(grid, tmp, w, h, r, true);
        boxBlur(grid, tmp, w, h, r, false);
    }
    // The peak a single report makes, so that minPeak is counted in reports.
    const double single = 1.0 / std::pow(2.0 * r + 1, 2.0) * 0.75;
    float peak = 0;
    for (float v : grid)
        peak = std::max(peak, v);
    const double scaleTo = std::max(double(peak), options.minPeak * single);
    out.peak = scaleTo / single;

    out.image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    const auto& pal = palette();
    const float inv = float(1.0 / scaleTo);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.image.scanLine(y));
        const float* src = grid.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x) {
            // Running sums leave tiny negative crumbs where the density is zero.
            const float v = std::clamp(src[x] * inv, 0.0f, 1.0f);
            // A square root lifts the outskirts of a hotspot so its shape reads at a glance.
            line[x] = pal[size_t(std::clamp(int(std::sqrt(v) * 255.0f), 0, 255))];
        }
    }
    return out;
}

} // namespace meldpunt
