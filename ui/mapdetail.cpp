// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdetail.h"

#include "basemapchoice.h"
#include "geo/mapreports.h"
#include "geo/tilesource.h"
#include "geo/webmercator.h"
#include "mapwidget.h"

#include <QLabel>
#include <QStackedLayout>

#include <algorithm>
#include <cmath>

namespace meldpunt {

MapDetailWidget::MapDetailWidget(Database* db, const ReferenceData& refs, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_refs(refs),
      m_canvas(new MapWidget(this)),
      m_stack(new QStackedLayout(this)),
      m_noLocation(new QLabel(this))
{
    setObjectName(QStringLiteral("mapDetail"));
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_canvas);
    // A report without coordinates gets a sentence, not an empty map that looks like a fault.
    m_noLocation->setObjectName(QStringLiteral("mapDetailNoLocation"));
    m_noLocation->setAlignment(Qt::AlignCenter);
    m_noLocation->setWordWrap(true);
    m_noLocation->setTextFormat(Qt::PlainText);
    m_noLocation->setFrameShape(QFrame::StyledPanel);
    m_noLocation->setAutoFillBackground(true);
    m_noLocation->setBackgroundRole(QPalette::AlternateBase);
    m_noLocation->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_noLocation);
    m_canvas->setCompact(true);
    m_canvas->setReportsVisible(false);
    m_canvas->setMinimumHeight(180);
    connect(m_canvas, &MapWidget::reportClicked, this, &MapDetailWidget::reportActivated);
    connect(m_canvas, &MapWidget::mapClicked, this, [this](double lat, double lon) {
        if (!m_pickable)
            return;
        MapPin pin;
        pin.lat = lat;
        pin.lon = lon;
        pin.primary = true;
        pin.color = QColor(0x21, 0x25, 0x29);
        m_canvas->setPins({ pin });
        Q_EMIT locationPicked(lat, lon);
    });
    m_canvas->loadCity(db);

    BasemapChoice* basemap = BasemapChoice::instance();
    if (const TileSourceSpec chosen = basemap->current(); chosen.isRaster())
        setTileSource(chosen);
    connect(basemap, &BasemapChoice::changed, this, &MapDetailWidget::setTileSource);
}

MapDetailWidget::~MapDetailWidget() = default;

bool MapDetailWidget::showsNoLocation() const
{
    return m_stack->currentWidget() == m_noLocation;
}

void MapDetailWidget::clearLocation()
{
    m_canvas->setPins({});
}

void MapDetailWidget::setTileSource(const TileSourceSpec& spec)
{
    m_canvas->setTileSource(spec);
}

void MapDetailWidget::setPickable(bool pickable)
{
    m_pickable = pickable;
    m_canvas->setCursor(pickable ? Qt::CrossCursor : Qt::OpenHandCursor);
}

void MapDetailWidget::showLocation(double lat, double lon)
{
    MapPin pin;
    pin.lat = lat;
    pin.lon = lon;
    pin.primary = true;
    pin.color = QColor(0x21, 0x25, 0x29);
    m_canvas->setPins({ pin });
    m_canvas->setMessage(QString());
    m_stack->setCurrentWidget(m_canvas);
    m_canvas->setView(lat, lon, std::max(17.0, m_canvas->zoom()));
}

std::optional<AddressHit> MapDetailWidget::nearestAddress(double lat, double lon) const
{
    const std::shared_ptr<const CityBackground> city = m_canvas->city();
    if (!city || !city->addresses)
        return std::nullopt;
    return city->addresses->nearestAddress(lat, lon);
}

bool MapDetailWidget::isReady() const
{
    return m_canvas->isReady();
}

void MapDetailWidget::showReport(qint64 reportId, const QList<qint64>& candidateIds)
{
    m_reportId = reportId;
    if (!reportId) {
        m_canvas->setPins({});
        m_canvas->setMessage(QString());
        m_stack->setCurrentWidget(m_canvas);
        return;
    }
    QList<qint64> ids { reportId };
    ids << candidateIds;
    const QList<MapReportBrief> briefs = MapReportLookup::briefs(m_db, ids, m_refs);
    const MapReportBrief* self = nullptr;
    for (const MapReportBrief& b : briefs)
        if (b.id == reportId)
            self = &b;
    if (!self || !self->hasLocation) {
        m_canvas->setPins({});
        m_canvas->setMessage(QString());
        m_noLocation->setText(tr("This report has no location."));
        m_stack->setCurrentWidget(m_noLocation);
        return;
    }
    m_canvas->setMessage(QString());
    m_stack->setCurrentWidget(m_canvas);
    QList<MapPin> pins;
    QRectF bounds(WebMercator::project(self->lat, self->lon), QSizeF(0, 0));
    for (qsizetype n = 0; n < candidateIds.size(); ++n) {
        const auto it = std::find_if(
            briefs.cbegin(), briefs.cend(), [&](const MapReportBrief& b) { return b.id == candidateIds[n]; });
        if (it == briefs.cend() || !it->hasLocation)
            continue;
        MapPin pin;
        pin.id = it->id;
        pin.lat = it->lat;
        pin.lon = it->lon;
        pin.color = MapWidget::statusColor(it->status);
        pin.label = QString::number(n + 1);
        pin.toolTip = tr("%1 · %2 · %3 m away")
                          .arg(it->ref, StatusRules::label(it->status))
                          .arg(qRound(distanceMeters(self->lat, self->lon, it->lat, it->lon)));
        pins << pin;
        bounds = bounds.united(QRectF(WebMercator::project(it->lat, it->lon), QSizeF(0, 0)));
    }
    MapPin main;
    main.id = 0; // the report itself is already open
    main.lat = self->lat;
    main.lon = self->lon;
    main.color = QColor(0x21, 0x25, 0x29);
    main.primary = true;
    main.toolTip = tr("%1 · %2").arg(self->ref, self->address);
    pins << main;
    m_canvas->setPins(pins);
    // Room around the pins for their heads (some 40 m), without zooming out so far that pins a few
    // metres apart cover each other in a map 200 pixels high.
    const double margin = 40.0 / (2 * M_PI * WebMercator::kEarthRadius * std::cos(self->lat * M_PI / 180));
    bounds.adjust(-margin, -margin, margin, margin);
    // Street level: the houses around, and the candidates within 50 m.
    m_canvas->fitWorld(bounds, 18);
}

} // namespace meldpunt
