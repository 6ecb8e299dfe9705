// SPDX-License-Identifier: GPL-3.0-or-later
// The offline city map as 256-pixel tiles drawn on worker threads: districts, streets traced
// through the address register, houses and labels, cached like downloaded tiles.
#pragma once

#include "geo/citybackground.h"
#include "geo/webmercator.h"

#include <QCache>
#include <QFont>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <map>
#include <memory>

namespace meldpunt {

/// One label of the city map, placed once per zoom in world pixels so that tiles drawn apart
/// agree on where it goes and which labels won the space.
struct CityLabel {
    enum class Kind { District, Street, HouseNumber };
    Kind kind = Kind::Street;
    QString text;
    QPointF center; ///< world pixels at the label's zoom
    double angle = 0; ///< degrees, for street names along their street
    QRectF box; ///< world pixels, axis-aligned bounds of the rotated text
};

/// Draws tiles of a CityBackground. Thread-safe: tiles of several zooms may be drawn at once.
class CityTileRenderer final {
public:
    enum class Style {
        Full, ///< the whole offline map, opaque
        Overlay, ///< district boundaries only, transparent, over a raster basemap
    };

    CityTileRenderer(std::shared_ptr<const CityBackground> city, const QFont& font, Style style);

    QImage render(const TileId& t, qreal dpr = 1.0) const;
    /// The labels of a zoom (computed on first use).
    const std::vector<CityLabel>& labels(int zoom) const;
    Style style() const { return m_style; }
    const CityBackground& city() const { return *m_city; }

private:
    std::vector<CityLabel> placeLabels(int zoom) const;

    std::shared_ptr<const CityBackground> m_city;
    QFont m_font;
    Style m_style;
    mutable QMutex m_labelLock;
    mutable std::map<int, std::unique_ptr<std::vector<CityLabel>>> m_labels;
};

/// City tiles in memory, drawn on demand on a small thread pool of their own; like TileProvider,
/// it answers at once and announces tiles as they become ready.
class CityTileCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CityTileCache)
public:
    explicit CityTileCache(QObject* parent = nullptr);
    ~CityTileCache() override;

    void setCity(
        std::shared_ptr<const CityBackground> city, const QFont& font, qreal dpr, CityTileRenderer::Style style);
    bool hasCity() const { return m_renderer != nullptr; }
    CityTileRenderer::Style style() const { return m_style; }

    /// The tile if drawn; otherwise starts drawing it and returns a null image.
    QImage tile(const TileId& t);
    QImage cached(const TileId& t) const;
    /// Tiles not in `wanted` that have not started yet are skipped.
    void retainOnly(const QSet<TileId>& wanted);
    int pendingCount() const { return int(m_pending.size()); }
    /// Waits for every tile being drawn (tests, benchmarks, destruction).
    void waitForDone();

Q_SIGNALS:
    void tileReady(const meldpunt::TileId& tile);

private:
    struct Shared {
        QMutex lock;
        QSet<TileId> wanted;
        bool everything = true;
    };

    std::shared_ptr<const CityTileRenderer> m_renderer;
    CityTileRenderer::Style m_style = CityTileRenderer::Style::Full;
    qreal m_dpr = 1;
    QCache<TileId, QImage> m_images; ///< cost in kilobytes
    QSet<TileId> m_pending;
    std::shared_ptr<Shared> m_shared;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace meldpunt
