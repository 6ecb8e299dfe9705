// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tilefetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace meldpunt {

namespace {
constexpr auto kTileAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 1);
constexpr auto kGenerationAttribute = QNetworkRequest::Attribute(QNetworkRequest::User + 2);
} // namespace

TileFetcher::TileFetcher(QObject* parent) : TileFetcher(Options(), parent) {}

TileFetcher::TileFetcher(const Options& options, QObject* parent)
    : QObject(parent), m_options(options), m_network(new QNetworkAccessManager(this))
{
    m_options.maxParallel = std::max(1, m_options.maxParallel);
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
    if (!m_options.cacheDirectory.isEmpty()) {
        m_cache = new QNetworkDiskCache(this);
        m_cache->setCacheDirectory(m_options.cacheDirectory);
        m_cache->setMaximumCacheSize(m_options.cacheBytes);
        m_network->setCache(m_cache);
    }
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::finished, this, &TileFetcher::onFinished);
}

TileFetcher::~TileFetcher()
{
    // Replies are children of the manager; abort them quietly so no signal reaches a half-destroyed object.
    disconnect(m_network, nullptr, this, nullptr);
    for (QNetworkReply* r : std::as_const(m_active))
        r->abort();
}

QByteArray TileFetcher::userAgent()
{
    return QByteArrayLiteral("Meldpunt/") + QByteArray(MELDPUNT_VERSION)
        + QByteArrayLiteral(" (municipal citizen-report desk; Qt ") + QByteArray(qVersion()) + ')';
}

void TileFetcher::setSource(const TileSourceSpec& spec)
{
    if (spec == m_spec)
        return;
    cancelAll();
    m_spec = spec;
}

void TileFetcher::request(const TileId& t)
{
    if (m_spec.kind != TileSourceSpec::Kind::Url || !t.isValid())
        return;
    if (m_active.contains(t) || m_waiting.contains(t))
        return;
    m_queue.removeOne(t);
    m_queue.append(t);
    pump();
}

void TileFetcher::retainOnly(const QSet<TileId>& wanted)
{
    m_queue.removeIf([&](const TileId& t) { return !wanted.contains(t); });
}

void TileFetcher::cancelAll()
{
    ++m_generation;
    m_queue.clear();
    m_waiting.clear();
    m_attempts.clear();
    const QList<QNetworkReply*> active = m_active.values();
    m_active.clear();
    for (QNetworkReply* r : active) {
        r->setProperty("meldpunt.cancelled", true);
        r->abort();
    }
}

void TileFetcher::discard(const TileId& t)
{
    if (m_cache)
        m_cache->remove(m_spec.tileUrl(t));
}

void TileFetcher::pump()
{
    const int cap = std::max(1, std::min(m_options.maxParallel, m_spec.maxParallel));
    while (m_active.size() < cap && !m_queue.isEmpty())
        start(m_queue.takeLast());
}

void TileFetcher::start(const TileId& t)
{
    QNetworkRequest req(m_spec.tileUrl(t));
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    req.setRawHeader("Accept", "image/png,image/jpeg,image/webp,image/*;q=0.8");
    req.setTransferTimeout(m_options.timeoutMs);
    // PreferNetwork serves a fresh cached copy without asking and revalidates a stale one.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
    req.setAttribute(kTileAttribute, QVariant::fromValue(QList<int> { t.z, t.x, t.y }));
    req.setAttribute(kGenerationAttribute, m_generation);
    m_active.insert(t, m_network->get(req));
}

bool TileFetcher::serveStale(const TileId& t, const QUrl& url)
{
    if (!m_cache)
        return false;
    std::unique_ptr<QIODevice> dev(m_cache->data(url));
    if (!dev)
        return false;
    const QByteArray bytes = dev->readAll();
    if (bytes.isEmpty())
        return false;
    Q_EMIT tileFetched(t, bytes, true);
    return true;
}

void TileFetcher::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    const QList<int> key = reply->request().attribute(kTileAttribute).value<QList<int>>();
    if (key.size() != 3)
        return;
    const TileId t { key[0], key[1], key[2] };
    const bool stale = reply->request().attribute(kGenerationAttribute).toULongLong() != m_generation;
    if (reply->property("meldpunt.cancelled").toBool() || stale) {
        pump();
        return;
    }
    m_active.remove(t);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool fromCache = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::NoError && (status == 200 || fromCache)) {
        m_attempts.remove(t);
        Q_EMIT tileFetched(t, reply->readAll(), fromCache);
        pump();
        return;
    }

    const QString host = reply->url().host();
    QString reason;
    bool permanent = false;
    if (status == 404 || status == 204 || status == 410) {
        reason = tr("The tile server %1 has no tile here (HTTP %2).").arg(host).arg(status);
        permanent = true;
    } else if (status == 401 || status == 403) {
        reason = tr("The tile server %1 refuses access (HTTP %2); check the address and its terms of use.")
                     .arg(host)
                     .arg(status);
        permanent = true;
    } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
        reason = tr("The tile server %1 rejected the request (HTTP %2).").arg(host).arg(status);
        permanent = true;
    } else if (status >= 500 || status == 408 || status == 429) {
        reason = tr("The tile server %1 has a problem (HTTP %2).").arg(host).arg(status);
    } else if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        reason = tr("The tile server %1 did not answer in time.").arg(host);
    } else {
        reason = tr("The tile server %1 cannot be reached: %2").arg(host, reply->errorString());
    }

    if (!permanent) {
        // An expired copy beats a placeholder while the server is away.
        if (serveStale(t, reply->url())) {
            m_attempts.remove(t);
            pump();
            return;
        }
        const int attempt = m_attempts.value(t) + 1;
        if (attempt < m_options.maxAttempts) {
            m_attempts.insert(t, attempt);
            m_waiting.insert(t);
            const quint64 generation = m_generation;
            QTimer::singleShot(m_options.backoffMs << (attempt - 1), this, [this, t, generation] {
                if (generation != m_generation || !m_waiting.remove(t))
                    return;
                m_queue.append(t);
                pump();
            });
            pump();
            return;
        }
    }
    m_attempts.remove(t);
    Q_EMIT tileFailed(t, reason, permanent);
    pump();
}

} // namespace meldpunt
