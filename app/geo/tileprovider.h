// SPDX-License-Identifier: GPL-3.0-or-later
// The map's raster tiles from the chosen source (network or MBTiles), decoded off the GUI thread
// and kept in a memory cache costed in bytes.
#pragma once

#include "geo/tilesource.h"

#include <QCache>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QSet>

#include <memory>

namespace meldpunt {

class MBTilesReader;
class TileFetcher;

/// Answers "the image of this tile" at once from memory or says it is coming; everything slow —
/// downloading, reading the file, decoding — happens elsewhere and ends in tileArrived().
class TileProvider final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileProvider)
public:
    enum class State { Ready, Loading, Missing, Failed };

    /// `cacheDirectory` is for downloaded tiles (QNetworkDiskCache); empty: memory only.
    explicit TileProvider(const QString& cacheDirectory = QString(), QObject* parent = nullptr);
    ~TileProvider() override;

    /// Switches the source; false with a translated reason when it cannot be used (the map then
    /// keeps its vector background). The reason is also the status message.
    bool setSource(const TileSourceSpec& spec, QString* error = nullptr);
    TileSourceSpec source() const { return m_spec; }
    bool isRaster() const { return m_spec.isRaster() && m_ready; }
    int minZoom() const;
    int maxZoom() const;
    QString attribution() const;

    /// The tile when it is in memory; otherwise starts getting it (if not already) and returns a null image.
    QImage tile(const TileId& t, State* state = nullptr);
    /// The tile if in memory, without asking for it (fallback drawing from other zooms).
    QImage cached(const TileId& t) const;
    /// Drops queued downloads of tiles the view no longer shows.
    void retainOnly(const QSet<TileId>& wanted);

    /// A translated sentence about trouble with the source, empty when all is well.
    QString statusMessage() const { return m_status; }
    TileFetcher* fetcher() const { return m_fetcher; }
    int pendingCount() const;

Q_SIGNALS:
    void tileArrived(const meldpunt::TileId& tile);
    void statusChanged(const QString& message);

private:
    void onFetched(const TileId& t, const QByteArray& data, bool fromCache);
    void onFailed(const TileId& t, const QString& reason, bool permanent);
    void decode(const TileId& t, const QByteArray& data);
    void readFromFile(const TileId& t);
    void store(const TileId& t, const QImage& image);
    void fail(const TileId& t, const QString& reason, bool permanent);
    void setStatus(const QString& message);

    TileSourceSpec m_spec;
    bool m_ready = false;
    TileFetcher* m_fetcher;
    std::shared_ptr<MBTilesReader> m_mbtiles;
    QCache<TileId, QImage> m_images; ///< cost in kilobytes
    QSet<TileId> m_loading;
    QSet<TileId> m_missing; ///< the source has no tile there (404, outside the file)
    QHash<TileId, qint64> m_failedAt; ///< ms on m_clock; retried after a while
    QElapsedTimer m_clock;
    quint64 m_generation = 0;
    QString m_status;
    int m_failuresSinceSuccess = 0;
    int m_successes = 0;
    int m_permanentFailures = 0;
};

} // namespace meldpunt
