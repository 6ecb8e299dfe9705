// SPDX-License-Identifier: GPL-3.0-or-later
// Downloads map tiles: a queue with a cap on parallel requests, retries with backoff, a disk
// cache that honours HTTP expiry, and a User-Agent that names Meldpunt.
#pragma once

#include "geo/tilesource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace meldpunt {

/// Fetches the tiles of one URL template. Newest requests go first (they are what the user
/// looks at now); tiles that left the view can be dropped from the queue. Never blocks.
class TileFetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileFetcher)
public:
    struct Options {
        int maxParallel = 6; ///< tile servers ask clients to stay at a handful of connections
        int maxAttempts = 3;
        int timeoutMs = 12000;
        int backoffMs = 600; ///< doubled after every failed attempt
        QString cacheDirectory; ///< empty: no disk cache
        qint64 cacheBytes = 256ll * 1024 * 1024;
    };

    explicit TileFetcher(QObject* parent = nullptr);
    TileFetcher(const Options& options, QObject* parent = nullptr);
    ~TileFetcher() override;

    /// "Meldpunt/<version> (+https://meldpunt.be)": tile servers require a real User-Agent.
    static QByteArray userAgent();

    void setSource(const TileSourceSpec& spec);
    TileSourceSpec source() const { return m_spec; }

    /// Queues a tile unless it is queued, loading or waiting for a retry already.
    void request(const TileId& t);
    /// Forgets queued (not yet started) tiles that are not in `wanted`.
    void retainOnly(const QSet<TileId>& wanted);
    /// Drops everything queued and aborts what is loading.
    void cancelAll();
    /// Removes a tile from the disk cache (the bytes turned out not to be an image).
    void discard(const TileId& t);

    bool isPending(const TileId& t) const
    {
        return m_queue.contains(t) || m_active.contains(t) || m_waiting.contains(t);
    }
    int queuedCount() const { return int(m_queue.size()); }
    int activeCount() const { return int(m_active.size()); }
    bool isBusy() const { return !m_queue.isEmpty() || !m_active.isEmpty() || !m_waiting.isEmpty(); }
    QNetworkAccessManager* network() const { return m_network; }

Q_SIGNALS:
    /// The tile's bytes, from the network or the disk cache (`fromCache`).
    void tileFetched(const meldpunt::TileId& tile, const QByteArray& data, bool fromCache);
    /// Given up on the tile; `reason` is translated. `permanent` when retrying cannot help (404).
    void tileFailed(const meldpunt::TileId& tile, const QString& reason, bool permanent);

private:
    void pump();
    void start(const TileId& t);
    void onFinished(QNetworkReply* reply);
    bool serveStale(const TileId& t, const QUrl& url);

    Options m_options;
    TileSourceSpec m_spec;
    QNetworkAccessManager* m_network;
    QNetworkDiskCache* m_cache = nullptr;
    QList<TileId> m_queue; ///< newest last
    QHash<TileId, QNetworkReply*> m_active;
    QSet<TileId> m_waiting; ///< backing off before another attempt
    QHash<TileId, int> m_attempts;
    quint64 m_generation = 0; ///< bumped by setSource/cancelAll so late retries are ignored
};

} // namespace meldpunt
