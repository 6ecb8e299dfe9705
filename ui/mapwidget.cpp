// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapwidget.h"

#include "geo/tileprovider.h"
#include "geo/tilesource.h"
#include "queuedelegate.h"
#include "store/database.h"

#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStandardPaths>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <utility>

namespace meldpunt {

namespace {

// Around the city map (drawn in tiles by CityTileRenderer): the sea beyond the world and plain land.
const QColor kOutside(0xD9, 0xDF, 0xE5);
const QColor kLand(0xEF, 0xEC, 0xE6);
const QColor kAccent(0x1C, 0x7E, 0xD6);
const QColor kOverdue(0xE0, 0x31, 0x31);

constexpr double kDefaultLat = 50.64;
constexpr double kDefaultLon = 4.67;
constexpr double kDefaultZoom = 7;

QHash<QString, std::weak_ptr<const CityBackground>>& cityCache()
{
    static QHash<QString, std::weak_ptr<const CityBackground>> cache;
    return cache;
}

QString shortCount(quint32 n)
{
    const QLocale l;
    if (n < 1000)
        return l.toString(n);
    if (n < 10000)
        return l.toString(n / 1000.0, 'f', 1) + QLatin1Char('k');
    if (n < 1000000)
        return l.toString(qulonglong(std::lround(n / 1000.0))) + QLatin1Char('k');
    return l.toString(n / 1e6, 'f', 1) + QLatin1Char('M');
}

int clusterRadius(quint32 count)
{
    return int(std::lround(13 + 4.2 * std::log10(double(std::max<quint32>(count, 2)))));
}

QPainterPath roundedCard(const QRectF& r, double radius = 6)
{
    QPainterPath path;
    path.addRoundedRect(r, radius, radius);
    return path;
}

void paintCard(QPainter& p, const QRectF& r)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 28));
    p.drawPath(roundedCard(r.translated(0, 1.5)));
    p.setBrush(QColor(255, 255, 255, 238));
    p.setPen(QPen(QColor(0, 0, 0, 40), 1));
    p.drawPath(roundedCard(r));
    p.restore();
}

} // namespace

QColor MapWidget::statusColor(Status s)
{
    // The queue's colours, so that a marker and its row in the queue look alike.
    return QueueDelegate::statusColor(s);
}

QColor MapWidget::groupColor(MapStatusGroup g)
{
    switch (g) {
    case MapStatusGroup::ToDo: return statusColor(Status::New);
    case MapStatusGroup::InWork: return statusColor(Status::InProgress);
    case MapStatusGroup::Done: return statusColor(Status::Resolved);
    }
    return Qt::gray;
}

MapWidget::MapWidget(QWidget* parent)
    : QWidget(parent),
      m_vp(WebMercator::project(kDefaultLat, kDefaultLon), kDefaultZoom, QSize(640, 480)),
      m_tiles(new TileProvider(
          QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles"), this)),
      m_cityTiles(new CityTileCache(this))
{
    setObjectName(QStringLiteral("mapCanvas"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(160, 120);
    m_clusterSprites.setMaxCost(600);
    m_workTimer.setSingleShot(true);
    m_workTimer.setInterval(0);
    connect(&m_workTimer, &QTimer::timeout, this, &MapWidget::doWork);
    connect(&m_heatWatcher, &QFutureWatcher<HeatmapImage>::finished, this, [this] {
        m_heat = m_heatWatcher.result();
        if (m_heatPending) {
            m_heatPending = false;
            startHeatmap();
        }
        update();
        checkReady();
    });
    connect(m_tiles, &TileProvider::tileArrived, this, [this] {
        update();
        scheduleWork();
    });
    connect(m_tiles, &TileProvider::statusChanged, this, &MapWidget::setMessage);
    connect(m_cityTiles, &CityTileCache::tileReady, this, [this] {
        update();
        scheduleWork();
    });
}

MapWidget::~MapWidget()
{
    // The jobs read the database and shared sets; let them end before the widget goes.
    m_heatWatcher.waitForFinished();
    // The watchers are children: without this they would be destroyed after m_cityJobs, and their
    // destroyed() handler would write into the freed list.
    const QList<QFutureWatcher<std::shared_ptr<const CityBackground>>*> jobs = std::exchange(m_cityJobs, {});
    for (auto* job : jobs) {
        job->disconnect(this);
        job->waitForFinished();
        delete job;
    }
}

void MapWidget::setReports(std::shared_ptr<const MapReportSet> reports)
{
    m_reports = std::move(reports);
    m_heatStale = true;
    if (m_autoFit && m_reports && !m_reports->worldBounds.isNull())
        fitContent();

    update();
    scheduleWork();
}

void MapWidget::setCity(std::shared_ptr<const CityBackground> city)
{
    m_city = std::move(city);
    m_cityLoading = false;
    restyleCity();
    if (m_autoFit && (!m_reports || m_reports->worldBounds.isNull()))
        fitContent();
    update();
    scheduleWork();
    Q_EMIT cityChanged();
}

void MapWidget::loadCity(const Database* db)
{
    if (!db || !db->isOpen())
        return;
    const QString key = db->path();
    if (std::shared_ptr<const CityBackground> cached = cityCache().value(key).lock()) {
        setCity(cached);
        return;
    }
    m_cityLoading = true;
    auto* watcher = new QFutureWatcher<std::shared_ptr<const CityBackground>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const CityBackground>>::finished, this, [this, watcher, key] {
        const std::shared_ptr<const CityBackground> city = watcher->result();
        watcher->deleteLater();
        cityCache().insert(key, city);
        setCity(city);
        checkReady();
    });
    m_cityJobs << watcher;
    connect(watcher, &QObject::destroyed, this, [this, watcher] { m_cityJobs.removeOne(watcher); });
    watcher->setFuture(
        QtConcurrent::run([db]() -> std::shared_ptr<const CityBackground> { return CityBackground::load(db); }));
}

void MapWidget::restyleCity()
{
    // Over a raster basemap only the district boundaries are drawn; the city map itself otherwise.
    const CityTileRenderer::Style style
        = m_tiles->isRaster() ? CityTileRenderer::Style::Overlay : CityTileRenderer::Style::Full;
    m_cityTiles->setCity(m_city, font(), devicePixelRatioF(), style);
}

void MapWidget::setTileSource(const TileSourceSpec& spec, QString* error)
{
    QString why;
    m_tiles->setSource(spec, &why);
    restyleCity();
    if (error)
        *error = why;
    setMessage(why);
    update();
    scheduleWork();
}

void MapWidget::setPins(const QList<MapPin>& pins)
{
    m_pins = pins;
    update();
}

void MapWidget::setArea(const QPolygonF& lonLat)
{
    m_area = lonLat;
    m_areaWorld = WebMercator::projectLonLat(lonLat);
    update();
}

void MapWidget::setReportsVisible(bool on)
{
    m_showReports = on;
    update();
}

void MapWidget::setHeatmapVisible(bool on)
{
    m_showHeat = on;
    m_heatStale = true;
    update();
    scheduleWork();
}

void MapWidget::setChoroplethVisible(bool on)
{
    m_showChoropleth = on;
    update();
}

void MapWidget::setCompact(bool compact)
{
    m_compact = compact;
    update();
}

void MapWidget::setView(double lat, double lon, double zoom)
{
    m_autoFit = false;
    m_fitWorld = QRectF();
    m_vp.setZoom(zoom);
    m_vp.setCenter(lat, lon);
    viewMoved();
}

void MapWidget::centerOn(double lat, double lon)
{
    m_autoFit = false;
    m_fitWorld = QRectF();
    m_vp.setCenter(lat, lon);
    viewMoved();
}

void MapWidget::setZoom(double zoom)
{
    m_autoFit = false;
    m_fitWorld = QRectF();
    m_vp.setZoom(zoom);
    viewMoved();
}

void MapWidget::zoomBy(double delta, QPointF aboutScreen)
{
    m_autoFit = false;
    m_fitWorld = QRectF();
    m_vp.zoomAbout(aboutScreen, m_vp.zoom() + delta);
    viewMoved();
}

void MapWidget::applyFit(const QRectF& world, double maxZoom)
{
    if (world.isNull() && world.width() <= 0)
        return;
    QRectF r = world;
    // A single point has no extent: give it a street's worth.
    if (r.width() < 1e-9 || r.height() < 1e-9)
        r = QRectF(r.center() - QPointF(2e-6, 2e-6), QSizeF(4e-6, 4e-6));
    m_vp.setSize(size());
    m_vp.fit(r, 32);
    if (m_vp.zoom() > maxZoom)
        m_vp.setZoom(maxZoom);
    viewMoved();
}

void MapWidget::fitWorld(const QRectF& world, double maxZoom)
{
    // Kept, so that a resize before the first paint (a layout settling) fits the same thing again.
    m_autoFit = false;
    m_fitWorld = world;
    m_fitMaxZoom = maxZoom;
    applyFit(world, maxZoom);
}

QRectF MapWidget::contentBounds() const
{
    if (m_reports && !m_reports->worldBounds.isNull())
        return m_city && !m_city->worldBounds.isNull() ? m_reports->worldBounds.united(m_city->worldBounds)
                                                       : m_reports->worldBounds;
    if (m_city && !m_city->worldBounds.isNull())
        return m_city->worldBounds;
    return {};
}

void MapWidget::fitContent()
{
    const QRectF content = contentBounds();
    if (content.isNull()) {
        m_vp = MapViewport(WebMercator::project(kDefaultLat, kDefaultLon), kDefaultZoom, size());
        viewMoved();
        return;
    }
    applyFit(content, 18);
}

void MapWidget::setSelectedReport(qint64 id)
{
    m_selected = id;
    update();
}

void MapWidget::setTool(Tool tool)
{
    if (m_tool == tool)
        return;
    m_tool = tool;
    m_drawWorld.clear();
    m_pressed = false;
    setCursor(tool == Tool::Pan ? Qt::OpenHandCursor : Qt::CrossCursor);
    switch (tool) {
    case Tool::Pan: setMessage(QString()); break;
    case Tool::Rectangle: setMessage(tr("Drag a rectangle around the reports you want; Esc cancels.")); break;
    case Tool::Polygon:
        setMessage(tr("Click the corners of the zone; double-click or Enter to finish, Backspace removes a corner, Esc "
                      "cancels."));
        break;
    }
    Q_EMIT toolChanged(tool);
    update();
}

void MapWidget::setLoading(bool loading)
{
    m_loading = loading;
    update();
    checkReady();
}

void MapWidget::setMessage(const QString& message)
{
    if (message.isEmpty() && m_tool != Tool::Pan)
        return;
    m_message = message;
    update();
}

bool MapWidget::isReady() const
{
    if (m_loading || m_cityLoading || m_workTimer.isActive())
        return false;
    if (m_showHeat && (m_heatWatcher.isRunning() || m_heatStale || m_workTimer.isActive()))
        return false;
    if (m_tiles->isRaster() && m_tiles->pendingCount() > 0)
        return false;
    if (m_cityTiles->pendingCount() > 0)
        return false;
    return true;
}

void MapWidget::checkReady()
{
    const bool ready = isReady();
    if (ready != m_ready) {
        m_ready = ready;
        Q_EMIT readyChanged(ready);
    }
}

void MapWidget::viewMoved()
{
    m_heatStale = true;
    update();
    scheduleWork();
    Q_EMIT viewChanged();
}

void MapWidget::scheduleWork()
{
    // Every view change asks; the timer fires once when the event loop is idle again.
    if (!m_workTimer.isActive())
        m_workTimer.start();
}

void MapWidget::doWork()
{
    if (m_tiles->isRaster()) {
        const int tz = std::clamp(int(std::lround(m_vp.zoom())), m_tiles->minZoom(), m_tiles->maxZoom());
        const QRectF view = m_vp.visibleWorld();
        const int n = 1 << tz;
        QSet<TileId> wanted;
        const int x0 = std::clamp(int(std::floor(view.left() * n)), 0, n - 1);
        const int x1 = std::clamp(int(std::floor(view.right() * n)), 0, n - 1);
        const int y0 = std::clamp(int(std::floor(view.top() * n)), 0, n - 1);
        const int y1 = std::clamp(int(std::floor(view.bottom() * n)), 0, n - 1);
        for (int x = x0; x <= x1; ++x)
            for (int y = y0; y <= y1; ++y)
                wanted.insert({ tz, x, y });
        m_tiles->retainOnly(wanted);
        // Ask for what the view shows even before it is painted (a screenshot waits for them).
        for (const TileId& t : std::as_const(wanted))
            m_tiles->tile(t);
    }
    if (m_cityTiles->hasCity()) {
        const int tz = std::clamp(int(std::lround(m_vp.zoom())), WebMercator::kMinZoom, WebMercator::kMaxZoom);
        const QRectF view = m_vp.visibleWorld();
        const int n = 1 << tz;
        QSet<TileId> wanted;
        for (int x = std::clamp(int(std::floor(view.left() * n)), 0, n - 1);
             x <= std::clamp(int(std::floor(view.right() * n)), 0, n - 1);
             ++x)
            for (int y = std::clamp(int(std::floor(view.top() * n)), 0, n - 1);
                 y <= std::clamp(int(std::floor(view.bottom() * n)), 0, n - 1);
                 ++y)
                wanted.insert({ tz, x, y });
        m_cityTiles->retainOnly(wanted);
        for (const TileId& t : std::as_const(wanted))
            m_cityTiles->tile(t);
    }
    if (m_showHeat && m_heatStale)
        startHeatmap();
    checkReady();
}

void MapWidget::startHeatmap()
{
    if (!m_reports)
        return;
    if (m_heatWatcher.isRunning()) {
        m_heatPending = true;
        return;
    }
    m_heatStale = false;
    const std::shared_ptr<const MapReportSet> set = m_reports;
    MapViewport vp = m_vp;
    vp.setSize(size());
    m_heatWatcher.setFuture(QtConcurrent::run([set, vp] { return Heatmap::render(*set, vp); }));
}

QTransform MapWidget::worldToScreen() const
{
    const double s = m_vp.scale();
    return QTransform(s, 0, 0, s, width() / 2.0 - m_vp.center().x() * s, height() / 2.0 - m_vp.center().y() * s);
}

// ---------------------------------------------------------------------------------------------
// Painting

void MapWidget::paintEvent(QPaintEvent*)
{
    m_vp.setSize(size());
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    paintBackdrop(p);
    if (m_tiles->isRaster())
        paintTiles(p);
    paintCity(p);
    if (m_showChoropleth)
        paintChoropleth(p);
    if (m_showHeat)
        paintHeatmap(p);
    paintArea(p);
    if (m_showReports)
        paintReports(p);
    if (m_showChoropleth)
        paintChoroplethLabels(p);
    paintPins(p);
    paintDrawing(p);
    if (!m_compact) {
        paintControls(p);
        paintLegend(p);
    }
    paintScaleBar(p);
    paintAttribution(p);
    paintMessage(p);
}

void MapWidget::paintBackdrop(QPainter& p)
{
    p.fillRect(rect(), kOutside);
    const QRectF world(m_vp.toScreen(QPointF(0, 0)), m_vp.toScreen(QPointF(1, 1)));
    p.fillRect(world.intersected(QRectF(rect())), kLand);
}

void MapWidget::paintTiles(QPainter& p)
{
    const int minZ = m_tiles->minZoom();
    const int maxZ = m_tiles->maxZoom();
    if (m_vp.zoom() < minZ - 1.5)
        return; // hundreds of tiny tiles would be unreadable; the vector background stays
    const int tz = std::clamp(int(std::lround(m_vp.zoom())), minZ, maxZ);
    const int n = 1 << tz;
    const QRectF view = m_vp.visibleWorld();
    const int x0 = std::clamp(int(std::floor(view.left() * n)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor(view.right() * n)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor(view.top() * n)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor(view.bottom() * n)), 0, n - 1);
    const bool scaled = std::abs(m_vp.zoom() - tz) > 1e-6;
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileId t { tz, x, y };
            // Whole pixels on both edges, so neighbouring tiles meet without a seam.
            const QPointF a = m_vp.toScreen(QPointF(double(x) / n, double(y) / n));
            const QPointF b = m_vp.toScreen(QPointF(double(x + 1) / n, double(y + 1) / n));
            const QRect target(QPoint(int(std::floor(a.x())), int(std::floor(a.y()))),
                QPoint(int(std::floor(b.x())) - 1, int(std::floor(b.y())) - 1));
            TileProvider::State state = TileProvider::State::Loading;
            const QImage img = m_tiles->tile(t, &state);
            if (!img.isNull()) {
                p.drawImage(target, img);
                continue;
            }
            // A coarser tile already in memory stands in, stretched, until this one arrives.
            bool drawn = false;
            for (int k = 1; k <= 6 && tz - k >= minZ && !drawn; ++k) {
                const TileId up { tz - k, x >> k, y >> k };
                const QImage parent = m_tiles->cached(up);
                if (parent.isNull())
                    continue;
                const double part = double(parent.width()) / (1 << k);
                const QRectF source((x - (up.x << k)) * part, (y - (up.y << k)) * part, part, part);
                p.setRenderHint(QPainter::SmoothPixmapTransform, true);
                p.drawImage(QRectF(target), parent, source);
                p.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
                drawn = true;
            }
            if (drawn || state == TileProvider::State::Missing)
                continue;
            p.fillRect(target, QColor(0xE4, 0xE2, 0xDE));
            p.setPen(QPen(QColor(0xD6, 0xD3, 0xCE), 1));
            p.drawRect(target.adjusted(0, 0, 0, 0));
            if (state == TileProvider::State::Failed) {
                // A failed tile is hatched, so that it does not pass for empty land.
                p.fillRect(target, QBrush(QColor(0xCF, 0xCB, 0xC5), Qt::BDiagPattern));
            }
        }
    }
    p.restore();
}

void MapWidget::paintCity(QPainter& p)
{
    if (!m_cityTiles->hasCity())
        return;
    const int tz = std::clamp(int(std::lround(m_vp.zoom())), WebMercator::kMinZoom, WebMercator::kMaxZoom);
    const int n = 1 << tz;
    const QRectF view = m_vp.visibleWorld();
    const int x0 = std::clamp(int(std::floor(view.left() * n)), 0, n - 1);
    const int x1 = std::clamp(int(std::floor(view.right() * n)), 0, n - 1);
    const int y0 = std::clamp(int(std::floor(view.top() * n)), 0, n - 1);
    const int y1 = std::clamp(int(std::floor(view.bottom() * n)), 0, n - 1);
    const bool scaled = std::abs(m_vp.zoom() - tz) > 1e-6;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileId t { tz, x, y };
            const QPointF a = m_vp.toScreen(QPointF(double(x) / n, double(y) / n));
            const QPointF b = m_vp.toScreen(QPointF(double(x + 1) / n, double(y + 1) / n));
            const QRect target(QPoint(int(std::floor(a.x())), int(std::floor(a.y()))),
                QPoint(int(std::floor(b.x())) - 1, int(std::floor(b.y())) - 1));
            const QImage img = m_cityTiles->tile(t);
            if (!img.isNull()) {
                p.drawImage(target, img);
                continue;
            }
            // The same place one or two zooms out stands in until the tile is drawn.
            for (int k = 1; k <= 3 && tz - k >= 0; ++k) {
                const TileId up { tz - k, x >> k, y >> k };
                const QImage parent = m_cityTiles->cached(up);
                if (parent.isNull())
                    continue;
                const double part = double(parent.width()) / (1 << k);
                const QRectF source((x - (up.x << k)) * part, (y - (up.y << k)) * part, part, part);
                p.setRenderHint(QPainter::SmoothPixmapTransform, true);
                p.drawImage(QRectF(target), parent, source);
                p.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
                break;
            }
        }
    }
    p.restore();
}

void MapWidget::paintChoropleth(QPainter& p)
{
    if (!m_city || m_city->districts.empty())
        return;
    static const QColor classes[] = { QColor(0xFF, 0xF3, 0xE0),
        QColor(0xFD, 0xD0, 0xA2),
        QColor(0xFD, 0x8D, 0x3C),
        QColor(0xE6, 0x55, 0x0D),
        QColor(0xA6, 0x36, 0x03) };
    QList<qint64> counts;
    for (const CityDistrictShape& d : m_city->districts)
        counts << (m_reports ? m_reports->districtCounts.value(d.id) : 0);
    QList<qint64> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    const qint64 maxCount = sorted.isEmpty() ? 0 : sorted.last();
    // Five classes of equal width on a square-root scale: hotspots stand out, quiet districts still differ.
    auto classOf = [&](qint64 c) {
        if (maxCount <= 0)
            return 0;
        return std::clamp(int(std::sqrt(double(c) / double(maxCount)) * 5), 0, 4);
    };
    const QTransform t = worldToScreen();
    const QRectF view = m_vp.visibleWorld();
    p.save();
    for (size_t i = 0; i < m_city->districts.size(); ++i) {
        const CityDistrictShape& d = m_city->districts[i];
        if (!d.worldBounds.intersects(view))
            continue;
        QColor c = classes[classOf(counts[qsizetype(i)])];
        c.setAlpha(m_tiles->isRaster() ? 150 : 175);
        p.setBrush(c);
        p.setPen(QPen(QColor(255, 255, 255, 230), 1.5));
        p.drawPath(t.map(d.world));
    }
    p.restore();
}

void MapWidget::paintChoroplethLabels(QPainter& p)
{
    if (!m_city || m_city->districts.empty())
        return;
    const QTransform t = worldToScreen();
    QFont nameFont = font();
    nameFont.setPointSizeF(font().pointSizeF() * 0.9);
    QFont countFont = font();
    countFont.setPointSizeF(font().pointSizeF() * 1.2);
    countFont.setBold(true);
    const QFontMetricsF nfm(nameFont);
    const QFontMetricsF cfm(countFont);
    const QLocale locale;
    p.save();
    for (const CityDistrictShape& d : m_city->districts) {
        const QRectF b = t.mapRect(d.worldBounds);
        if (!b.intersects(QRectF(rect())) || b.width() < 64)
            continue;
        const QString count = locale.toString(m_reports ? m_reports->districtCounts.value(d.id) : 0);
        const bool withName = b.width() > nfm.horizontalAdvance(d.name) + 16;
        const double w = std::max(cfm.horizontalAdvance(count), withName ? nfm.horizontalAdvance(d.name) : 0.0) + 16;
        const double h = cfm.height() + (withName ? nfm.height() : 0) + 6;
        const QPointF at = t.map(d.labelWorld);
        // Above the clusters, so the count of each district reads at a glance.
        const QRectF card(at.x() - w / 2, at.y() - h / 2, w, h);
        paintCard(p, card);
        p.setFont(countFont);
        p.setPen(QColor(0x21, 0x25, 0x29));
        p.drawText(QRectF(card.left(), card.top() + 3, w, cfm.height()), Qt::AlignCenter, count);
        if (withName) {
            p.setFont(nameFont);
            p.setPen(QColor(0x55, 0x55, 0x55));
            p.drawText(QRectF(card.left(), card.top() + 3 + cfm.height(), w, nfm.height()), Qt::AlignCenter, d.name);
        }
    }
    p.restore();
}

void MapWidget::paintHeatmap(QPainter& p)
{
    if (m_heat.isNull())
        return;
    const QRectF target(m_vp.toScreen(m_heat.world.topLeft()), m_vp.toScreen(m_heat.world.bottomRight()));
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(target, m_heat.image);
    p.restore();
}

QPixmap MapWidget::markerSprite(Status s, bool overdue, bool selected)
{
    const quint32 key = quint32(s) | (overdue ? 0x100u : 0u) | (selected ? 0x200u : 0u);
    const auto it = m_markerSprites.constFind(key);
    if (it != m_markerSprites.constEnd())
        return *it;
    const qreal dpr = devicePixelRatioF();
    const int size = selected ? 34 : 22;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    const QColor color = statusColor(s);
    const double r = selected ? 8.5 : 6.0;
    if (selected) {
        QColor halo = kAccent;
        halo.setAlpha(70);
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawEllipse(c, r + 7.5, r + 7.5);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawEllipse(c + QPointF(0, 1.2), r + 2, r + 2);
    if (overdue) {
        p.setBrush(kOverdue);
        p.drawEllipse(c, r + 3.6, r + 3.6);
    }
    p.setBrush(Qt::white);
    p.drawEllipse(c, r + 2, r + 2);
    p.setBrush(color);
    p.drawEllipse(c, r, r);
    if (selected) {
        p.setBrush(Qt::white);
        p.drawEllipse(c, 2.6, 2.6);
    }
    p.end();
    m_markerSprites.insert(key, pm);
    return pm;
}

QPixmap MapWidget::clusterSprite(const ClusterItem& item)
{
    const int r = clusterRadius(item.count);
    const QString label = shortCount(item.count);
    // Shares in twelfths: a finer ring would not look different and would fill the cache.
    const int q0 = int(std::lround(12.0 * item.groups[0] / item.count));
    const int q1 = int(std::lround(12.0 * item.groups[1] / item.count));
    const bool overdue = item.overdue > 0;
    const QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(r).arg(q0).arg(q1).arg(overdue).arg(label);
    if (QPixmap* cached = m_clusterSprites.object(key))
        return *cached;
    const qreal dpr = devicePixelRatioF();
    const int size = 2 * r + 10;
    QPixmap pm(QSize(size, size) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QPointF c(size / 2.0, size / 2.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 55));
    p.drawEllipse(c + QPointF(0, 1.5), r + 0.5, r + 0.5);
    p.setBrush(Qt::white);
    p.drawEllipse(c, r, r);
    // The ring shows the mix: to do, in work, done, clockwise from the top.
    const double ring = std::max(4.0, r * 0.3);
    const QRectF arc(c.x() - r + ring / 2, c.y() - r + ring / 2, 2 * r - ring, 2 * r - ring);
    const int parts[3] = { q0, q1, std::max(0, 12 - q0 - q1) };
    int start = 90 * 16;
    for (int g = 0; g < 3; ++g) {
        if (parts[g] <= 0)
            continue;
        const int span = -parts[g] * 360 * 16 / 12;
        QPen pen(groupColor(MapStatusGroup(g)), ring, Qt::SolidLine, Qt::FlatCap);
        p.setPen(pen);
        p.drawArc(arc, start, span);
        start += span;
    }
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(r >= 20 ? 13 : 11);
    p.setFont(f);
    p.setPen(QColor(0x21, 0x25, 0x29));
    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt::AlignCenter, label);
    if (overdue) {
        const QPointF b = c + QPointF(r * 0.72, -r * 0.72);
        p.setPen(QPen(Qt::white, 1.5));
        p.setBrush(kOverdue);
        p.drawEllipse(b, 5.5, 5.5);
        QFont bf = f;
        bf.setPixelSize(9);
        p.setFont(bf);
        p.setPen(Qt::white);
        p.drawText(QRectF(b.x() - 5.5, b.y() - 5.5, 11, 11), Qt::AlignCenter, QStringLiteral("!"));
    }
    p.end();
    m_clusterSprites.insert(key, new QPixmap(pm));
    return pm;
}

void MapWidget::paintReports(QPainter& p)
{
    if (!m_reports || m_reports->clusters.isEmpty())
        return;
    const ClusterIndex& idx = m_reports->clusters;
    const int level = idx.levelFor(m_vp.zoom());
    const double margin = 40 / m_vp.scale();
    const QRectF view = m_vp.visibleWorld().adjusted(-margin, -margin, margin, margin);
    m_items.clear();
    idx.query(level, view, &m_items);
    // Singles under clusters: clusters on top, they matter more at a glance.
    std::stable_sort(
        m_items.begin(), m_items.end(), [](const ClusterItem& a, const ClusterItem& b) { return a.count < b.count; });
    const qreal dpr = devicePixelRatioF();
    for (const ClusterItem& it : m_items) {
        const QPointF s = m_vp.toScreen(QPointF(it.x, it.y));
        QPixmap pm;
        if (it.count == 1) {
            const std::size_t i = it.firstPoint;
            pm = markerSprite(m_reports->statusAt(i), m_reports->overdue[i] != 0, false);
        } else {
            pm = clusterSprite(it);
        }
        const QSizeF half = QSizeF(pm.size()) / dpr / 2;
        p.drawPixmap(QPointF(std::round(s.x() - half.width()), std::round(s.y() - half.height())), pm);
    }
    if (m_selected) {
        const qint64 i = m_reports->indexOf(m_selected);
        if (i >= 0) {
            const QPointF s = m_vp.toScreen(QPointF(m_reports->x[size_t(i)], m_reports->y[size_t(i)]));
            const QPixmap pm = markerSprite(m_reports->statusAt(size_t(i)), m_reports->overdue[size_t(i)] != 0, true);
            const QSizeF half = QSizeF(pm.size()) / dpr / 2;
            p.drawPixmap(QPointF(std::round(s.x() - half.width()), std::round(s.y() - half.height())), pm);
        }
    }
}

void MapWidget::paintPins(QPainter& p)
{
    if (m_pins.isEmpty())
        return;
    p.save();
    QList<const MapPin*> order;
    for (const MapPin& pin : m_pins)
        order << &pin;
    std::stable_sort(
        order.begin(), order.end(), [](const MapPin* a, const MapPin* b) { return !a->primary && b->primary; });
    for (const MapPin* pin : std::as_const(order)) {
        const QPointF tip = m_vp.toScreen(pin->lat, pin->lon);
        const double r = pin->primary ? 11 : 9;
        const QPointF head = tip - QPointF(0, r * 2.1);
        QPainterPath shape;
        shape.moveTo(tip);
        shape.cubicTo(tip + QPointF(-r * 0.35, -r * 0.8), head + QPointF(-r, r * 0.6), head + QPointF(-r, 0));
        shape.arcTo(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), 180, -180);
        shape.cubicTo(head + QPointF(r, r * 0.6), tip + QPointF(r * 0.35, -r * 0.8), tip);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 50));
        p.drawEllipse(tip, r * 0.55, r * 0.22);
        p.setPen(QPen(Qt::white, 1.8));
        p.setBrush(pin->color.isValid() ? pin->color : kAccent);
        p.drawPath(shape);
        if (pin->label.isEmpty()) {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawEllipse(head, r * 0.38, r * 0.38);
        } else {
            QFont f = font();
            f.setBold(true);
            f.setPixelSize(pin->primary ? 12 : 11);
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(QRectF(head.x() - r, head.y() - r, 2 * r, 2 * r), Qt::AlignCenter, pin->label);
        }
    }
    p.restore();
}

void MapWidget::paintArea(QPainter& p)
{
    if (m_areaWorld.size() < 3)
        return;
    const QPolygonF screen = worldToScreen().map(m_areaWorld);
    QPainterPath outside;
    outside.setFillRule(Qt::OddEvenFill);
    outside.addRect(QRectF(rect()).adjusted(-2, -2, 2, 2));
    outside.addPolygon(screen);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1A, 0x20, 0x2C, 40));
    p.drawPath(outside);
    QPen pen(kAccent, 2.2);
    pen.setDashPattern({ 6, 3 });
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPolygon(screen);
    p.restore();
}

void MapWidget::paintDrawing(QPainter& p)
{
    if (m_tool == Tool::Pan || m_drawWorld.isEmpty())
        return;
    p.save();
    QColor fill = kAccent;
    fill.setAlpha(40);
    p.setPen(QPen(kAccent, 2));
    p.setBrush(fill);
    if (m_tool == Tool::Rectangle && m_drawWorld.size() == 2) {
        p.drawRect(QRectF(m_vp.toScreen(m_drawWorld[0]), m_vp.toScreen(m_drawWorld[1])).normalized());
    } else if (m_tool == Tool::Polygon) {
        QPolygonF screen;
        for (const QPointF& w : std::as_const(m_drawWorld))
            screen << m_vp.toScreen(w);
        QPolygonF withHover = screen;
        withHover << m_hoverPos;
        p.drawPolygon(withHover);
        QPen dashed(kAccent, 1.5);
        dashed.setDashPattern({ 4, 3 });
        p.setPen(dashed);
        p.drawLine(screen.last(), m_hoverPos);
        p.setPen(QPen(kAccent, 2));
        for (int i = 0; i < screen.size(); ++i) {
            const bool closing = i == 0 && screen.size() >= 3 && QLineF(screen[0], m_hoverPos).length() < 10;
            p.setBrush(closing ? kAccent : Qt::white);
            p.drawEllipse(screen[i], closing ? 6.5 : 4.5, closing ? 6.5 : 4.5);
        }
    }
    p.restore();
}

QRectF MapWidget::zoomButtonRect(int index) const
{
    // + and − stacked, then "fit" a little apart.
    return QRectF(12, 12 + index * 32 + (index == 2 ? 8 : 0), 32, 32);
}

int MapWidget::zoomButtonAt(QPointF pos) const
{
    if (m_compact)
        return -1;
    for (int i = 0; i < 3; ++i)
        if (zoomButtonRect(i).contains(pos))
            return i;
    return -1;
}

void MapWidget::paintControls(QPainter& p)
{
    p.save();
    const QRectF zoomBox = zoomButtonRect(0).united(zoomButtonRect(1));
    paintCard(p, zoomBox);
    paintCard(p, zoomButtonRect(2));
    p.setPen(QPen(QColor(0, 0, 0, 35), 1));
    p.drawLine(QPointF(zoomBox.left() + 4, zoomBox.center().y()), QPointF(zoomBox.right() - 4, zoomBox.center().y()));
    const int hover = zoomButtonAt(m_hoverPos);
    const QColor ink(0x33, 0x33, 0x33);
    for (int i = 0; i < 3; ++i) {
        const QRectF r = zoomButtonRect(i);
        const bool enabled
            = i == 2 || (i == 0 ? m_vp.zoom() < WebMercator::kMaxZoom : m_vp.zoom() > WebMercator::kMinZoom);
        QPen pen(hover == i && enabled ? kAccent : (enabled ? ink : QColor(0xBB, 0xBB, 0xBB)),
            2.2,
            Qt::SolidLine,
            Qt::RoundCap);
        p.setPen(pen);
        const QPointF c = r.center();
        if (i < 2) {
            p.drawLine(c - QPointF(6, 0), c + QPointF(6, 0));
            if (i == 0)
                p.drawLine(c - QPointF(0, 6), c + QPointF(0, 6));
        } else {
            // Four corners: "show everything".
            pen.setWidthF(1.8);
            p.setPen(pen);
            const double a = 7, b = 3;
            for (int sx : { -1, 1 })
                for (int sy : { -1, 1 }) {
                    const QPointF k = c + QPointF(sx * a, sy * a);
                    p.drawLine(k, k - QPointF(sx * b, 0));
                    p.drawLine(k, k - QPointF(0, sy * b));
                }
        }
    }
    p.restore();
}

void MapWidget::paintLegend(QPainter& p)
{
    if (width() < 420 || height() < 260)
        return;
    struct Row {
        QColor color;
        QString text;
        QString value;
        bool ring = false;
    };
    QList<Row> rows;
    QString title;
    const QLocale locale;
    if (m_showReports && m_reports) {
        title = tr("Reports on the map: %1").arg(locale.toString(qulonglong(m_reports->size())));
        for (Status s : StatusRules::all()) {
            const qint64 n = m_reports->statusCounts[size_t(s)];
            if (n > 0)
                rows << Row { statusColor(s), StatusRules::label(s), locale.toString(n) };
        }
        if (m_reports->overdueCount > 0)
            rows << Row { kOverdue, tr("Overdue (red ring)"), locale.toString(m_reports->overdueCount), true };
        if (m_reports->withoutLocation > 0)
            rows << Row { QColor(), tr("Without a location"), locale.toString(m_reports->withoutLocation) };
    }
    QFont f = font();
    const QFontMetricsF fm(f);
    QFont bold = f;
    bold.setBold(true);
    const QFontMetricsF bfm(bold);
    const double line = fm.height() + 3;
    double w = bfm.horizontalAdvance(title);
    for (const Row& r : std::as_const(rows))
        w = std::max(w, 18 + fm.horizontalAdvance(r.text) + 14 + fm.horizontalAdvance(r.value));
    const bool heat = m_showHeat;
    const bool choro = m_showChoropleth && m_city && !m_city->districts.empty();
    if (heat)
        w = std::max(w, 160.0);
    double h = 10 + (title.isEmpty() ? 0 : line + 2) + rows.size() * line + (heat ? line * 2 + 4 : 0)
        + (choro ? line * 3 + 4 : 0) + 6;
    if (rows.isEmpty() && !heat && !choro)
        return;
    const QRectF box(width() - w - 36, 12, w + 24, h);
    p.save();
    paintCard(p, box);
    double y = box.top() + 8;
    if (!title.isEmpty()) {
        p.setFont(bold);
        p.setPen(QColor(0x21, 0x25, 0x29));
        p.drawText(QPointF(box.left() + 12, y + bfm.ascent()), title);
        y += line + 2;
    }
    p.setFont(f);
    for (const Row& r : std::as_const(rows)) {
        const QPointF dot(box.left() + 18, y + line / 2 - 1);
        if (r.ring) {
            p.setPen(QPen(r.color, 2.2));
            p.setBrush(Qt::white);
            p.drawEllipse(dot, 5.5, 5.5);
        } else if (r.color.isValid()) {
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(r.color);
            p.drawEllipse(dot, 5.5, 5.5);
        }
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(box.left() + 30, y + fm.ascent()), r.text);
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(QPointF(box.right() - 12 - fm.horizontalAdvance(r.value), y + fm.ascent()), r.value);
        y += line;
    }
    if (heat) {
        y += 4;
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(box.left() + 12, y + fm.ascent()), tr("Hotspots (report density)"));
        y += line;
        const QRectF bar(box.left() + 12, y + 2, box.width() - 24, 8);
        QLinearGradient g(bar.topLeft(), bar.topRight());
        for (int i = 0; i <= 10; ++i) {
            const QRgb c = Heatmap::colorAt(0.1 + 0.9 * i / 10.0);
            g.setColorAt(i / 10.0, QColor(qRed(c), qGreen(c), qBlue(c), std::max(qAlpha(c), 120)));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(g);
        p.drawRoundedRect(bar, 3, 3);
        y += line;
    }
    if (choro) {
        y += 4;
        p.setPen(QColor(0x33, 0x33, 0x33));
        p.drawText(QPointF(box.left() + 12, y + fm.ascent()), tr("Reports per district"));
        y += line;
        static const QColor classes[] = { QColor(0xFF, 0xF3, 0xE0),
            QColor(0xFD, 0xD0, 0xA2),
            QColor(0xFD, 0x8D, 0x3C),
            QColor(0xE6, 0x55, 0x0D),
            QColor(0xA6, 0x36, 0x03) };
        const double cw = (box.width() - 24) / 5;
        for (int i = 0; i < 5; ++i) {
            p.setPen(QPen(Qt::white, 1));
            p.setBrush(classes[i]);
            p.drawRect(QRectF(box.left() + 12 + i * cw, y + 2, cw, 9));
        }
        qint64 most = 0;
        if (m_reports)
            for (const CityDistrictShape& d : m_city->districts)
                most = std::max(most, m_reports->districtCounts.value(d.id));
        y += line;
        QFont small = f;
        small.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(small);
        p.setPen(QColor(0x66, 0x66, 0x66));
        const QString maxText = locale.toString(most);
        p.drawText(QPointF(box.left() + 12, y + QFontMetricsF(small).ascent()), QStringLiteral("0"));
        p.drawText(QPointF(box.right() - 12 - QFontMetricsF(small).horizontalAdvance(maxText),
                       y + QFontMetricsF(small).ascent()),
            maxText);
        p.setFont(f);
        y += line;
    }
    p.restore();
}

void MapWidget::paintScaleBar(QPainter& p)
{
    const double lat = m_vp.centerCoordinate().latitude();
    const double mpp = WebMercator::metersPerPixel(lat, m_vp.zoom());
    const double maxPx = m_compact ? 80 : 120;
    const double maxMeters = mpp * maxPx;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMeters)));
    double nice = magnitude;
    for (double m : { 5.0, 2.0, 1.0 }) {
        if (m * magnitude <= maxMeters) {
            nice = m * magnitude;
            break;
        }
    }
    const double px = nice / mpp;
    const QString label
        = nice >= 1000 ? tr("%1 km").arg(QLocale().toString(nice / 1000, 'g', 3)) : tr("%1 m").arg(nice);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    const QFontMetricsF fm(f);
    const QRectF box(10, height() - 30, std::max(px, fm.horizontalAdvance(label)) + 16, 22);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 200));
    p.drawRoundedRect(box, 4, 4);
    p.setFont(f);
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.6));
    const double y = box.bottom() - 5;
    const double x0 = box.left() + 8;
    p.drawLine(QPointF(x0, y), QPointF(x0 + px, y));
    p.drawLine(QPointF(x0, y), QPointF(x0, y - 5));
    p.drawLine(QPointF(x0 + px, y), QPointF(x0 + px, y - 5));
    p.drawText(QPointF(x0 + 2, y - 6), label);
    p.restore();
}

void MapWidget::paintAttribution(QPainter& p)
{
    QString text = m_tiles->isRaster() ? m_tiles->attribution() : QString();
    if (text.isEmpty())
        text = m_city && !m_city->districts.empty() ? tr("City map from the municipal registers") : QString();
    if (text.isEmpty())
        return;
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    const QFontMetricsF fm(f);
    const double w = fm.horizontalAdvance(text) + 12;
    const QRectF box(width() - w, height() - fm.height() - 6, w, fm.height() + 6);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 205));
    p.drawRect(box);
    p.setFont(f);
    p.setPen(QColor(0x44, 0x44, 0x44));
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void MapWidget::paintMessage(QPainter& p)
{
    QString text = m_message;
    if (text.isEmpty() && m_loading)
        text = tr("Loading reports…");
    if (text.isEmpty() && m_cityLoading)
        text = tr("Loading the city map…");
    if (text.isEmpty())
        return;
    QFont f = font();
    const QFontMetricsF fm(f);
    const double maxW = std::max(200.0, width() - (m_compact ? 20.0 : 260.0));
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, maxW, 200), Qt::TextWordWrap | Qt::AlignCenter, text);
    const QRectF box(
        width() / 2.0 - textRect.width() / 2 - 14, m_compact ? 8 : 14, textRect.width() + 28, textRect.height() + 12);
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x21, 0x25, 0x29, 215));
    p.drawRoundedRect(box, box.height() / 2 > 16 ? 8 : box.height() / 2, box.height() / 2 > 16 ? 8 : box.height() / 2);
    p.setFont(f);
    p.setPen(Qt::white);
    p.drawText(box.adjusted(14, 6, -14, -6), Qt::TextWordWrap | Qt::AlignCenter, text);
    p.restore();
}

// ---------------------------------------------------------------------------------------------
// Interaction

MapWidget::Hit MapWidget::hitTest(QPointF pos) const
{
    Hit hit;
    for (qsizetype i = m_pins.size() - 1; i >= 0; --i) {
        const MapPin& pin = m_pins.at(i);
        const QPointF tip = m_vp.toScreen(pin.lat, pin.lon);
        const QPointF head = tip - QPointF(0, (pin.primary ? 11 : 9) * 2.1);
        if (QLineF(head, pos).length() <= (pin.primary ? 13 : 11)) {
            hit.found = true;
            hit.pin = &pin;
            hit.reportId = pin.id;
            return hit;
        }
    }
    if (!m_showReports || !m_reports || m_reports->clusters.isEmpty())
        return hit;
    // The selected marker is on top of everything.
    if (m_selected) {
        const qint64 i = m_reports->indexOf(m_selected);
        if (i >= 0
            && QLineF(m_vp.toScreen(QPointF(m_reports->x[size_t(i)], m_reports->y[size_t(i)])), pos).length() <= 11) {
            hit.found = true;
            hit.reportId = m_selected;
            hit.item.count = 1;
            hit.item.firstPoint = std::uint32_t(i);
            return hit;
        }
    }
    const ClusterIndex& idx = m_reports->clusters;
    const int level = idx.levelFor(m_vp.zoom());
    const double reach = 48 / m_vp.scale();
    const QPointF w = m_vp.toWorld(pos);
    std::vector<ClusterItem> near;
    idx.query(level, QRectF(w.x() - reach, w.y() - reach, 2 * reach, 2 * reach), &near);
    double best = 1e9;
    for (const ClusterItem& it : near) {
        const double d = QLineF(m_vp.toScreen(QPointF(it.x, it.y)), pos).length();
        const double radius = it.count == 1 ? 10 : clusterRadius(it.count) + 2;
        // Clusters are painted over singles: prefer them when both are under the cursor.
        const double score = d - (it.count > 1 ? 100 : 0);
        if (d <= radius && score < best) {
            best = score;
            hit.found = true;
            hit.item = it;
            hit.reportId = it.count == 1 ? m_reports->ids[it.firstPoint] : 0;
        }
    }
    return hit;
}

void MapWidget::activate(const Hit& hit, QPoint globalPos)
{
    if (!hit.found) {
        const QGeoCoordinate c = m_vp.coordinateAt(mapFromGlobal(globalPos));
        Q_EMIT mapClicked(c.latitude(), c.longitude());
        return;
    }
    if (hit.pin) {
        if (hit.pin->id) {
            Q_EMIT reportClicked(hit.pin->id);
        } else {
            // A pin that is no report (a picked place, a found address) does not swallow the click:
            // the intake form's map moves its pin a little this way.
            const QGeoCoordinate c = m_vp.coordinateAt(mapFromGlobal(globalPos));
            Q_EMIT mapClicked(c.latitude(), c.longitude());
        }
        return;
    }
    if (hit.item.count <= 1) {
        setSelectedReport(hit.reportId);
        Q_EMIT reportClicked(hit.reportId);
        return;
    }
    const ClusterIndex& idx = m_reports->clusters;
    const int expansion = idx.expansionLevel(hit.item.level, hit.item.index);
    if (expansion <= WebMercator::kMaxZoom && m_vp.zoom() < WebMercator::kMaxZoom) {
        const QGeoCoordinate c = WebMercator::unproject(QPointF(hit.item.x, hit.item.y));
        setView(c.latitude(), c.longitude(), std::max<double>(expansion, std::floor(m_vp.zoom()) + 1));
        return;
    }
    // Reports on (nearly) the same spot never split: offer them as a list.
    QList<qint64> ids;
    for (std::uint32_t i : idx.leaves(hit.item.level, hit.item.index, 40))
        ids << m_reports->ids[i];
    Q_EMIT reportsListRequested(ids, globalPos);
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const QPointF pos = event->position();
    const int button = zoomButtonAt(pos);
    if (button >= 0) {
        if (button == 0)
            zoomBy(1, QPointF(width() / 2.0, height() / 2.0));
        else if (button == 1)
            zoomBy(-1, QPointF(width() / 2.0, height() / 2.0));
        else {
            m_autoFit = false;
            m_fitWorld = QRectF();
            fitContent();
        }
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = pos;
    m_lastPos = pos;
    if (m_tool == Tool::Rectangle)
        m_drawWorld = { m_vp.toWorld(pos), m_vp.toWorld(pos) };
    else if (m_tool == Tool::Pan)
        setCursor(Qt::ClosedHandCursor);
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const QPointF previousHover = m_hoverPos;
    m_hoverPos = pos;
    if (m_pressed && m_tool == Tool::Rectangle) {
        m_drawWorld[1] = m_vp.toWorld(pos);
        update();
        return;
    }
    if (m_pressed) {
        if (!m_dragging && QLineF(pos, m_pressPos).length() > 4)
            m_dragging = true;
        if (m_dragging) {
            m_autoFit = false;
            m_fitWorld = QRectF();
            m_vp.panBy(pos - m_lastPos);
            m_lastPos = pos;
            viewMoved();
        }
        return;
    }
    if (m_tool == Tool::Polygon && !m_drawWorld.isEmpty())
        update();
    if (m_tool == Tool::Pan) {
        const bool overButton = zoomButtonAt(pos) >= 0;
        if (overButton != (zoomButtonAt(previousHover) >= 0))
            update();
        setCursor(overButton || hitTest(pos).found ? Qt::PointingHandCursor : Qt::OpenHandCursor);
    }
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_pressed = false;
    const QPointF pos = event->position();
    if (m_ignoreRelease) {
        m_ignoreRelease = false;
        return;
    }
    if (m_tool == Tool::Rectangle) {
        const QRectF r = QRectF(m_vp.toScreen(m_drawWorld[0]), m_vp.toScreen(m_drawWorld[1])).normalized();
        if (r.width() >= 6 && r.height() >= 6) {
            const QRectF w = QRectF(m_drawWorld[0], m_drawWorld[1]).normalized();
            const QPolygonF world({ w.topLeft(), w.topRight(), w.bottomRight(), w.bottomLeft(), w.topLeft() });
            m_drawWorld.clear();
            setTool(Tool::Pan);
            Q_EMIT areaDrawn(WebMercator::unprojectToLonLat(world));
        } else {
            m_drawWorld.clear();
            update();
        }
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        if (m_tool == Tool::Pan)
            setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_tool == Tool::Polygon) {
        if (m_drawWorld.size() >= 3 && QLineF(m_vp.toScreen(m_drawWorld.first()), pos).length() < 10) {
            finishPolygon();
            return;
        }
        m_drawWorld << m_vp.toWorld(pos);
        update();
        return;
    }
    setCursor(Qt::OpenHandCursor);
    activate(hitTest(pos), event->globalPosition().toPoint());
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_tool == Tool::Polygon) {
        // The first click of the double click already added the last corner.
        m_ignoreRelease = true;
        m_pressed = true;
        finishPolygon();
        return;
    }
    if (m_tool == Tool::Pan && zoomButtonAt(event->position()) < 0 && !hitTest(event->position()).found)
        zoomBy(1, event->position());
}

void MapWidget::finishPolygon()
{
    if (m_drawWorld.size() < 3) {
        setMessage(tr("A zone needs at least three corners."));
        return;
    }
    QPolygonF world = m_drawWorld;
    world << world.first();
    m_drawWorld.clear();
    setTool(Tool::Pan);
    Q_EMIT areaDrawn(WebMercator::unprojectToLonLat(world));
}

void MapWidget::cancelDrawing()
{
    m_drawWorld.clear();
    setTool(Tool::Pan);
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    // Half a zoom level per notch; touchpads send smaller steps that add up.
    m_wheelRemainder += event->angleDelta().y() / 120.0 * 0.5;
    if (std::abs(m_wheelRemainder) < 0.05)
        return;
    const double delta = m_wheelRemainder;
    m_wheelRemainder = 0;
    zoomBy(delta, event->position());
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = std::max(60.0, std::min(width(), height()) / 4.0);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1, centre); return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomBy(-1, centre); return;
    case Qt::Key_Left:
        m_autoFit = false;
        m_fitWorld = QRectF();
        m_vp.panBy(QPointF(step, 0));
        viewMoved();
        return;
    case Qt::Key_Right:
        m_autoFit = false;
        m_fitWorld = QRectF();
        m_vp.panBy(QPointF(-step, 0));
        viewMoved();
        return;
    case Qt::Key_Up:
        m_autoFit = false;
        m_fitWorld = QRectF();
        m_vp.panBy(QPointF(0, step));
        viewMoved();
        return;
    case Qt::Key_Down:
        m_autoFit = false;
        m_fitWorld = QRectF();
        m_vp.panBy(QPointF(0, -step));
        viewMoved();
        return;
    case Qt::Key_Home:
        m_autoFit = false;
        m_fitWorld = QRectF();
        fitContent();
        return;
    case Qt::Key_Escape:
        if (m_tool != Tool::Pan) {
            cancelDrawing();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_tool == Tool::Polygon) {
            finishPolygon();
            return;
        }
        break;
    case Qt::Key_Backspace:
        if (m_tool == Tool::Polygon && !m_drawWorld.isEmpty()) {
            m_drawWorld.removeLast();
            update();
            return;
        }
        break;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void MapWidget::leaveEvent(QEvent* event)
{
    m_hoverPos = QPointF(-100, -100);
    update();
    QWidget::leaveEvent(event);
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    m_vp.setSize(size());
    if (!m_fitWorld.isNull())
        applyFit(m_fitWorld, m_fitMaxZoom);
    else if (m_autoFit)
        fitContent();
    QWidget::resizeEvent(event);
    viewMoved();
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF pos = help->pos();
        const int button = zoomButtonAt(pos);
        if (button >= 0) {
            const QString tips[] = { tr("Zoom in (+)"), tr("Zoom out (−)"), tr("Show all reports (Home)") };
            QToolTip::showText(help->globalPos(), tips[button], this);
            return true;
        }
        const Hit hit = hitTest(pos);
        if (!hit.found) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        if (hit.pin && !hit.pin->toolTip.isEmpty()) {
            QToolTip::showText(help->globalPos(), hit.pin->toolTip, this);
            return true;
        }
        if (hit.item.count > 1) {
            const QLocale l;
            QString text = tr("%1 reports: %2 to do, %3 in work, %4 done")
                               .arg(l.toString(hit.item.count),
                                   l.toString(hit.item.groups[0]),
                                   l.toString(hit.item.groups[1]),
                                   l.toString(hit.item.groups[2]));
            if (hit.item.overdue)
                text += QLatin1Char('\n') + tr("%1 overdue").arg(l.toString(hit.item.overdue));
            text += QLatin1Char('\n') + tr("Click to zoom in.");
            QToolTip::showText(help->globalPos(), text, this);
            return true;
        }
        if (hit.reportId)
            Q_EMIT toolTipRequested({ hit.reportId }, 1, help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

} // namespace meldpunt
