// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tileprovider.h"

#include "geo/mbtiles.h"
#include "geo/tilefetcher.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace meldpunt {

namespace {

constexpr qint64 kRetryFailedAfterMs = 30000;

QImage decodeImage(const QByteArray& data)
{
    QImage img = QImage::fromData(data);
    if (img.isNull())
        return img;
    // The format QPainter draws fastest on the raster engine.
    return img.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

TileProvider::TileProvider(const QString& cacheDirectory, QObject* parent) : QObject(parent), m_fetcher(nullptr)
{
    TileFetcher::Options o;
    o.cacheDirectory = cacheDirectory;
    m_fetcher = new TileFetcher(o, this);
    // 96 MB of decoded tiles: about 370 tiles, several screens' worth at two zooms.
    m_images.setMaxCost(96 * 1024);
    m_clock.start();
    connect(m_fetcher, &TileFetcher::tileFetched, this, &TileProvider::onFetched);
    connect(m_fetcher, &TileFetcher::tileFailed, this, &TileProvider::onFailed);
}

TileProvider::~TileProvider() = default;

bool TileProvider::setSource(const TileSourceSpec& spec, QString* error)
{
    ++m_generation;
    m_images.clear();
    m_loading.clear();
    m_missing.clear();
    m_failedAt.clear();
    m_failuresSinceSuccess = 0;
    m_successes = 0;
    m_permanentFailures = 0;
    m_mbtiles.reset();
    m_spec = spec;
    m_ready = false;
    m_fetcher->setSource(spec.kind == TileSourceSpec::Kind::Url ? spec : TileSourceSpec::vector());
    QString why;
    if (spec.kind == TileSourceSpec::Kind::MBTiles) {
        auto reader = std::make_shared<MBTilesReader>();
        if (reader->open(spec.location, &why))
            m_mbtiles = reader;
    } else if (spec.kind == TileSourceSpec::Kind::Url) {
        TileSourceSpec::validateTemplate(spec.location, &why);
    }
    m_ready = spec.isRaster() && why.isEmpty();
    if (error)
        *error = why;
    setStatus(why);
    return why.isEmpty();
}

int TileProvider::minZoom() const
{
    return m_mbtiles ? m_mbtiles->minZoom() : m_spec.minZoom;
}

int TileProvider::maxZoom() const
{
    return m_mbtiles ? m_mbtiles->maxZoom() : m_spec.maxZoom;
}

QString TileProvider::attribution() const
{
    if (m_mbtiles)
        return m_mbtiles->attribution().isEmpty() ? tr("Offline map %1").arg(m_mbtiles->name())
                                                  : m_mbtiles->attribution();
    return m_spec.attribution;
}

int TileProvider::pendingCount() const
{
    return int(m_loading.size());
}

QImage TileProvider::cached(const TileId& t) const
{
    const QImage* img = m_images.object(t);
    return img ? *img : QImage();
}

QImage TileProvider::tile(const TileId& t, State* state)
{
    auto say = [&](State s) {
        if (state)
            *state = s;
    };
    if (const QImage* img = m_images.object(t)) {
        say(State::Ready);
        return *img;
    }
    if (!isRaster() || !t.isValid() || t.z < minZoom() || t.z > maxZoom()) {
        say(State::Missing);
        return {};
    }
    if (m_missing.contains(t)) {
        say(State::Missing);
        return {};
    }
    if (m_loading.contains(t)) {
        say(State::Loading);
        return {};
    }
    const auto failed = m_failedAt.constFind(t);
    if (failed != m_failedAt.constEnd() && m_clock.elapsed() - *failed < kRetryFailedAfterMs) {
        say(State::Failed);
        return {};
    }
    m_loading.insert(t);
    say(State::Loading);
    if (m_mbtiles)
        readFromFile(t);
    else
        m_fetcher->request(t);
    return {};
}

void TileProvider::retainOnly(const QSet<TileId>& wanted)
{
    if (m_spec.kind != TileSourceSpec::Kind::Url)
        return;
    m_fetcher->retainOnly(wanted);
    // Tiles dropped from the download queue are no longer loading; asked again, they queue again.
    m_loading.removeIf([&](const TileId& t) { return !wanted.contains(t) && !m_fetcher->isPending(t); });
}

void TileProvider::readFromFile(const TileId& t)
{
    auto* watcher = new QFutureWatcher<QPair<QImage, QString>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<QPair<QImage, QString>>::finished, this, [this, watcher, t, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QPair<QImage, QString> r = watcher->result();
        if (!r.first.isNull())
            store(t, r.first);
        else if (r.second.isEmpty())
            fail(t, QString(), true);
        else
            fail(t, r.second, true);
    });
    const std::shared_ptr<MBTilesReader> reader = m_mbtiles;
    watcher->setFuture(QtConcurrent::run([reader, t]() -> QPair<QImage, QString> {
        QByteArray bytes;
        QString error;
        switch (reader->readTile(t, &bytes, &error)) {
        case MBTilesReader::Result::Missing: return { QImage(), QString() };
        case MBTilesReader::Result::Error: return { QImage(), error };
        case MBTilesReader::Result::Tile: break;
        }
        QImage img = decodeImage(bytes);
        if (img.isNull())
            return { QImage(),
                MBTilesReader::tr("The offline map %1 is damaged: tile %2/%3/%4 is not an image.")
                    .arg(reader->path())
                    .arg(t.z)
                    .arg(t.x)
                    .arg(t.y) };
        return { img, QString() };
    }));
}

void TileProvider::onFetched(const TileId& t, const QByteArray& data, bool fromCache)
{
    Q_UNUSED(fromCache)
    decode(t, data);
}

void TileProvider::decode(const TileId& t, const QByteArray& data)
{
    auto* watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, t, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QImage img = watcher->result();
        if (img.isNull()) {
            m_fetcher->discard(t);
            fail(t, tr("The tile server %1 sent something that is not an image.").arg(m_spec.tileUrl(t).host()), false);
        } else {
            store(t, img);
        }
    });
    watcher->setFuture(QtConcurrent::run(decodeImage, data));
}

void TileProvider::store(const TileId& t, const QImage& image)
{
    m_loading.remove(t);
    m_failedAt.remove(t);
    m_images.insert(t, new QImage(image), std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    ++m_successes;
    if (m_failuresSinceSuccess > 0) {
        m_failuresSinceSuccess = 0;
        setStatus(QString());
    }
    Q_EMIT tileArrived(t);
}

void TileProvider::onFailed(const TileId& t, const QString& reason, bool permanent)
{
    fail(t, reason, permanent);
}

void TileProvider::fail(const TileId& t, const QString& reason, bool permanent)
{
    m_loading.remove(t);
    if (permanent) {
        m_missing.insert(t);
        ++m_permanentFailures;
        // A few tiles outside a source's coverage are normal; when nothing ever arrives, the
        // address is probably wrong and the coordinator should hear it.
        if (!reason.isEmpty()
            && (m_spec.kind == TileSourceSpec::Kind::MBTiles || (m_successes == 0 && m_permanentFailures >= 4)))
            setStatus(reason);
    } else {
        m_failedAt.insert(t, m_clock.elapsed());
        ++m_failuresSinceSuccess;
        setStatus(reason);
    }
    // A placeholder replaces the loading tile.
    Q_EMIT tileArrived(t);
}

void TileProvider::setStatus(const QString& message)
{
    if (message == m_status)
        return;
    m_status = message;
    Q_EMIT statusChanged(message);
}

} // namespace meldpunt
