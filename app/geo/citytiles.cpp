// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/citytiles.h"

#include <QFontMetricsF>
#include <QFutureWatcher>
#include <QPainter>
#include <QPainterPath>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {

// The palette of the offline city map: light, warm and quiet, so that the reports stand out.
const QColor kLand(0xEF, 0xEC, 0xE6);
const QColor kDistrictFill(0xF9, 0xF7, 0xF3);
const QColor kDistrictLine(0x8E, 0x7C, 0xC3);
const QColor kDistrictLabel(0x6E, 0x5A, 0xB0);
const QColor kStreetCasing(0xC8, 0xC0, 0xB4);
const QColor kStreet(0xFF, 0xFF, 0xFF);
const QColor kMajorStreet(0xFC, 0xE9, 0xB0);
const QColor kMajorCasing(0xD9, 0xB8, 0x6A);
const QColor kBuilding(0xE2, 0xD9, 0xCF);
const QColor kBuildingLine(0xCC, 0xC0, 0xB3);
const QColor kStreetLabel(0x4A, 0x44, 0x3D);
const QColor kNumberLabel(0x8A, 0x7F, 0x73);

bool isMajorStreet(const QString& name)
{
    // Through roads by their Flemish names; most "…weg" are quiet residential streets.
    static const QStringList endings { QStringLiteral("steenweg"),
        QStringLiteral("heirweg"),
        QStringLiteral("laan"),
        QStringLiteral("ring"),
        QStringLiteral("boulevard"),
        QStringLiteral("lei"),
        QStringLiteral("baan") };
    const QString n = name.toLower();
    return std::any_of(endings.cbegin(), endings.cend(), [&](const QString& e) { return n.endsWith(e); });
}

double streetWidth(int zoom)
{
    // About 9 m of road, never thinner than a hairline.
    return std::clamp(0.75 * std::exp2(zoom - 14.2), 0.7, 22.0);
}

QFont labelFont(const QFont& base, CityLabel::Kind kind)
{
    QFont f = base;
    switch (kind) {
    case CityLabel::Kind::District:
        f.setPixelSize(13);
        f.setBold(true);
        f.setLetterSpacing(QFont::PercentageSpacing, 108);
        f.setCapitalization(QFont::AllUppercase);
        break;
    case CityLabel::Kind::Street: f.setPixelSize(11); break;
    case CityLabel::Kind::HouseNumber: f.setPixelSize(9); break;
    }
    return f;
}

/// Placed label boxes on a coarse grid, so that collision tests stay cheap with thousands of labels.
class Collisions final {
public:
    bool free(const QRectF& r) const
    {
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy) {
                const auto it = m_cells.constFind(key(cx, cy));
                if (it == m_cells.constEnd())
                    continue;
                for (int i : *it)
                    if (m_boxes[size_t(i)].intersects(r))
                        return false;
            }
        return true;
    }
    void add(const QRectF& r)
    {
        m_boxes.push_back(r);
        for (int cx = cell(r.left()); cx <= cell(r.right()); ++cx)
            for (int cy = cell(r.top()); cy <= cell(r.bottom()); ++cy)
                m_cells[key(cx, cy)] << int(m_boxes.size() - 1);
    }

private:
    static int cell(double v) { return int(std::floor(v / 128.0)); }
    static quint64 key(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }
    std::vector<QRectF> m_boxes;
    QHash<quint64, QList<int>> m_cells;
};

QRectF rotatedBox(QPointF center, double angle, double w, double h)
{
    QTransform t;
    t.translate(center.x(), center.y());
    t.rotate(angle);
    return t.mapRect(QRectF(-w / 2, -h / 2, w, h));
}

void drawLabel(QPainter& p, const QFont& font, const CityLabel& l, QPointF origin)
{
    const QFontMetricsF fm(font);
    QPainterPath path;
    const double w = fm.horizontalAdvance(l.text);
    path.addText(QPointF(-w / 2, fm.ascent() / 2 - fm.descent() / 2), font, l.text);
    p.save();
    p.translate(l.center - origin);
    if (l.angle != 0)
        p.rotate(l.angle);
    // A white halo keeps the text readable over streets and houses.
    p.strokePath(path,
        QPen(QColor(255, 255, 255, 225),
            l.kind == CityLabel::Kind::HouseNumber ? 2.2 : 3.0,
            Qt::SolidLine,
            Qt::RoundCap,
            Qt::RoundJoin));
    const QColor ink = l.kind == CityLabel::Kind::District ? kDistrictLabel
        : l.kind == CityLabel::Kind::Street                ? kStreetLabel
                                                           : kNumberLabel;
    p.fillPath(path, ink);
    p.restore();
}

} // namespace

CityTileRenderer::CityTileRenderer(std::shared_ptr<const CityBackground> city, const QFont& font, Style style)
    : m_city(std::move(city)), m_font(font), m_style(style)
{}

const std::vector<CityLabel>& CityTileRenderer::labels(int zoom) const
{
    QMutexLocker lock(&m_labelLock);
    auto it = m_labels.find(zoom);
    if (it == m_labels.end())
        it = m_labels.emplace(zoom, std::make_unique<std::vector<CityLabel>>(placeLabels(zoom))).first;
    return *it->second;
}

std::vector<CityLabel> CityTileRenderer::placeLabels(int zoom) const
{
    std::vector<CityLabel> out;
    if (m_style != Style::Full)
        return out;
    const double s = WebMercator::worldSize(zoom);
    Collisions taken;
    if (zoom >= 11 && zoom <= 15) {
        const QFontMetricsF fm(labelFont(m_font, CityLabel::Kind::District));
        for (const CityDistrictShape& d : m_city->districts) {
            const double tw = fm.horizontalAdvance(d.name);
            if (d.worldBounds.width() * s < tw * 1.1)
                continue;
            CityLabel l;
            l.kind = CityLabel::Kind::District;
            l.text = d.name;
            l.center = d.labelWorld * s;
            l.box = QRectF(l.center.x() - tw / 2, l.center.y() - fm.height() / 2, tw, fm.height());
            taken.add(l.box);
            out.push_back(l);
        }
    }
    if (zoom >= 15) {
        const QFontMetricsF fm(labelFont(m_font, CityLabel::Kind::Street));
        for (const CityStreetLine& street : m_city->streets) {
            const double tw = fm.horizontalAdvance(street.name);
            // Every stretch long enough for the name is a candidate; the longest first, and
            // a long street gets its name again every 600 pixels or so.
            struct Candidate {
                double length;
                QPointF a;
                QPointF b;
            };
            std::vector<Candidate> candidates;
            for (qsizetype i = 1; i < street.world.size(); ++i) {
                const QPointF a = street.world[i - 1] * s;
                const QPointF b = street.world[i] * s;
                const double len = QLineF(a, b).length();
                if (len >= tw + 16)
                    candidates.push_back({ len, a, b });
            }
            std::sort(candidates.begin(), candidates.end(), [](const Candidate& x, const Candidate& y) {
                return x.length > y.length;
            });
            std::vector<QPointF> placed;
            const size_t most = 1 + size_t(street.worldLength * s / 600);
            for (const Candidate& c : candidates) {
                if (placed.size() >= most)
                    break;
                QPointF a = c.a;
                QPointF b = c.b;
                if (b.x() < a.x())
                    std::swap(a, b);
                CityLabel l;
                l.kind = CityLabel::Kind::Street;
                l.text = street.name;
                l.center = (a + b) / 2;
                l.angle = std::atan2(b.y() - a.y(), b.x() - a.x()) * 180 / M_PI;
                l.box = rotatedBox(l.center, l.angle, tw + 6, fm.height());
                if (std::any_of(placed.cbegin(), placed.cend(), [&](const QPointF& q) {
                        return QLineF(q, l.center).length() < 400;
                    }))
                    continue;
                if (!taken.free(l.box))
                    continue;
                taken.add(l.box);
                placed.push_back(l.center);
                out.push_back(l);
            }
        }
    }
    // House numbers: for a register of a city, not of a whole region.
    if (zoom >= 18 && m_city->addresses && m_city->addresses->size() <= 400000) {
        const QFontMetricsF fm(labelFont(m_font, CityLabel::Kind::HouseNumber));
        const QList<AddressHit>& all = m_city->addresses->addresses();
        for (qsizetype i = 0; i < all.size(); ++i) {
            CityLabel l;
            l.kind = CityLabel::Kind::HouseNumber;
            l.text = all.at(i).houseNumber;
            l.center = QPointF(m_city->addressX[size_t(i)], m_city->addressY[size_t(i)]) * s;
            const double tw = fm.horizontalAdvance(l.text);
            l.box = QRectF(l.center.x() - tw / 2 - 1, l.center.y() - fm.height() / 2, tw + 2, fm.height());
            if (!taken.free(l.box))
                continue;
            taken.add(l.box);
            out.push_back(l);
        }
    }
    return out;
}

QImage CityTileRenderer::render(const TileId& t, qreal dpr) const
{
    const int px = int(std::lround(WebMercator::kTileSize * dpr));
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(m_style == Style::Full ? kLand : QColor(Qt::transparent));
    const int z = t.z;
    const double s = WebMercator::worldSize(z);
    const QPointF origin(t.x * double(WebMercator::kTileSize), t.y * double(WebMercator::kTileSize));
    const QTransform toTile(s, 0, 0, s, -origin.x(), -origin.y());
    // Strokes and labels reach over the tile's edge: look a little beyond it.
    const double margin = 40 / s;
    const QRectF area = WebMercator::tileWorldRect(t).adjusted(-margin, -margin, margin, margin);
    const QRectF tilePx(0, 0, WebMercator::kTileSize, WebMercator::kTileSize);

    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    if (m_style == Style::Full) {
        p.setPen(Qt::NoPen);
        p.setBrush(kDistrictFill);
        for (const CityDistrictShape& d : m_city->districts)
            if (d.worldBounds.intersects(area))
                p.drawPath(toTile.map(d.world));

        // Houses: a small block per address once the street scale is reached.
        if (z >= 16 && m_city->addresses) {
            const double side = std::clamp(2.2 * std::exp2(z - 16), 2.5, 16.0);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(z >= 17 ? QPen(kBuildingLine, 1) : QPen(Qt::NoPen));
            p.setBrush(kBuilding);
            m_city->addressPoints.range(area.left(), area.top(), area.right(), area.bottom(), [&](std::uint32_t i) {
                const QPointF c = QPointF(m_city->addressX[i], m_city->addressY[i]) * s - origin;
                p.drawRect(QRectF(c.x() - side / 2, c.y() - side / 2, side, side));
            });
            p.setRenderHint(QPainter::Antialiasing, true);
        }

        // Streets: casing first, then the fill, so that crossings join cleanly.
        if (z >= 12) {
            std::vector<std::pair<const CityStreetLine*, QPolygonF>> visible;
            for (const CityStreetLine& st : m_city->streets)
                if (st.worldBounds.intersects(area))
                    visible.emplace_back(&st, toTile.map(st.world));
            const double w = streetWidth(z);
            for (int pass = 0; pass < 2; ++pass) {
                if (pass == 1 && w < 1.5)
                    break; // at small scale the casing alone reads better
                for (const auto& [street, line] : visible) {
                    const bool major = isMajorStreet(street->name);
                    const double width = major ? w * 1.35 : w;
                    p.setPen(QPen(pass == 0 ? (major ? kMajorCasing : kStreetCasing) : (major ? kMajorStreet : kStreet),
                        pass == 0 ? width + std::clamp(width * 0.25, 1.0, 3.0) : width,
                        Qt::SolidLine,
                        Qt::RoundCap,
                        Qt::RoundJoin));
                    p.setBrush(Qt::NoBrush);
                    p.drawPolyline(line);
                }
            }
        }
    }

    // District boundaries; dashes only while the outline is short enough on screen to dash cheaply.
    QPen boundary(m_style == Style::Overlay ? QColor(0x6E, 0x5A, 0xB0, 210) : kDistrictLine,
        m_style == Style::Overlay ? 2.0 : 1.6);
    if (z <= 16)
        boundary.setDashPattern({ 5, 3 });
    p.setPen(boundary);
    p.setBrush(Qt::NoBrush);
    for (const CityDistrictShape& d : m_city->districts)
        if (d.worldBounds.intersects(area))
            p.drawPath(toTile.map(d.world));

    if (m_style == Style::Full) {
        const QRectF reach = tilePx.translated(origin).adjusted(-4, -4, 4, 4);
        const QFont fonts[] = { labelFont(m_font, CityLabel::Kind::District),
            labelFont(m_font, CityLabel::Kind::Street),
            labelFont(m_font, CityLabel::Kind::HouseNumber) };
        for (const CityLabel& l : labels(z))
            if (l.box.intersects(reach))
                drawLabel(p, fonts[int(l.kind)], l, origin);
    }
    p.end();
    return img;
}

CityTileCache::CityTileCache(QObject* parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    // 64 MB of drawn tiles. A pool of its own keeps report loading from waiting behind them,
    // and leaving one core free keeps the GUI thread painting while tiles are drawn.
    m_images.setMaxCost(64 * 1024);
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 3));
}

CityTileCache::~CityTileCache()
{
    {
        QMutexLocker lock(&m_shared->lock);
        m_shared->everything = false;
        m_shared->wanted.clear();
    }
    m_pool.waitForDone();
}

void CityTileCache::setCity(
    std::shared_ptr<const CityBackground> city, const QFont& font, qreal dpr, CityTileRenderer::Style style)
{
    ++m_generation;
    m_images.clear();
    m_pending.clear();
    m_style = style;
    // A widget not yet on a screen may report no pixel ratio at all.
    m_dpr = dpr > 0 ? dpr : 1.0;
    m_renderer = city ? std::make_shared<const CityTileRenderer>(std::move(city), font, style) : nullptr;
}

QImage CityTileCache::cached(const TileId& t) const
{
    const QImage* img = m_images.object(t);
    return img ? *img : QImage();
}

QImage CityTileCache::tile(const TileId& t)
{
    if (const QImage* img = m_images.object(t))
        return *img;
    if (!m_renderer || !t.isValid() || m_pending.contains(t))
        return {};
    m_pending.insert(t);
    const std::shared_ptr<const CityTileRenderer> renderer = m_renderer;
    const std::shared_ptr<Shared> shared = m_shared;
    const qreal dpr = m_dpr;
    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, t, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_pending.remove(t);
        const QImage img = watcher->result();
        if (img.isNull()) {
            // Skipped because it was not in view when its turn came; the view may have come back
            // to it since (a paint can ask before the owner says what it wants).
            bool wanted = false;
            {
                QMutexLocker lock(&m_shared->lock);
                wanted = m_shared->everything || m_shared->wanted.contains(t);
            }
            if (wanted)
                tile(t);
            return;
        }
        m_images.insert(t, new QImage(img), std::max<qsizetype>(1, img.sizeInBytes() / 1024));
        Q_EMIT tileReady(t);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [renderer, shared, t, dpr]() -> QImage {
        {
            QMutexLocker lock(&shared->lock);
            if (!shared->everything && !shared->wanted.contains(t))
                return {};
        }
        return renderer->render(t, dpr);
    }));
    return {};
}

void CityTileCache::retainOnly(const QSet<TileId>& wanted)
{
    QMutexLocker lock(&m_shared->lock);
    m_shared->everything = false;
    m_shared->wanted = wanted;
}

void CityTileCache::waitForDone()
{
    m_pool.waitForDone();
}

} // namespace meldpunt
