// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapdetail.h"

#include "geo/mapreports.h"
#include "geo/tilesource.h"
#include "geo/webmercator.h"
#include "mapwidget.h"

#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace meldpunt {

MapDetailWidget::MapDetailWidget(Database* db, const ReferenceData& refs, QWidget* parent)
    : QWidget(parent), m_db(db), m_refs(refs), m_canvas(new MapWidget(this))
{
    setObjectName(QStringLiteral("mapDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
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
}

MapDetailWidget::~MapDetailWidget() = default;

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
        m_canvas->setMessage(tr("This report has no location."));
        return;
    }
    m_canvas->setMessage(QString());
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
    // Enough room around the pins for their heads, and never closer than the street.
    const double worldPer100m = 100.0 / (2 * M_PI * WebMercator::kEarthRadius * std::cos(self->lat * M_PI / 180));
    bounds.adjust(-worldPer100m, -worldPer100m, worldPer100m, worldPer100m);
    m_canvas->fitWorld(bounds, 18.5);
}

} // namespace meldpunt
