// SPDX-License-Identifier: GPL-3.0-or-later
// The hotspot layer: a kernel density estimate of the reports in view, coloured into an image.
#pragma once

#include "geo/mapreports.h"
#include "geo/webmercator.h"

#include <QImage>

namespace meldpunt {

struct HeatmapOptions {
    double radiusPx = 26; ///< the kernel's reach on screen (about 2.5 σ)
    int cellPx = 4; ///< density grid resolution; the image is drawn scaled up, smoothly
    /// Density (reports under one kernel peak) that is painted at full heat even when the view
    /// holds nothing hotter, so that a handful of reports never looks like a hotspot.
    double minPeak = 6;
};

/// The heat image of one viewport: `image` covers `world` and is drawn stretched over it.
struct HeatmapImage {
    QImage image;
    QRectF world;
    double peak = 0; ///< the density painted as the hottest colour
    bool isNull() const { return image.isNull(); }
};

/// Computes the density of the reports under a MapReportSet on a coarse grid (Gaussian kernel,
/// as three box blurs) from the cluster level a few zooms finer than the view, which keeps the
/// cost bounded by what is visible rather than by the number of reports.
class Heatmap final {
public:
    static HeatmapImage render(
        const MapReportSet& set, const MapViewport& viewport, const HeatmapOptions& options = {});
    /// The colour of a density from 0 to 1 (the legend uses it too).
    static QRgb colorAt(double t);
};

} // namespace meldpunt
