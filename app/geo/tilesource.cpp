// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/tilesource.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace meldpunt {

namespace {

QString replaceKey(QString s, const QString& key, const QString& value)
{
    return s.replace(QLatin1Char('{') + key + QLatin1Char('}'), value, Qt::CaseInsensitive);
}

} // namespace

QUrl TileSourceSpec::tileUrl(const TileId& t) const
{
    if (kind != Kind::Url)
        return {};
    QString s = location;
    s = replaceKey(s, QStringLiteral("-y"), QString::number(t.tmsRow()));
    s = replaceKey(s, QStringLiteral("z"), QString::number(t.z));
    s = replaceKey(s, QStringLiteral("x"), QString::number(t.x));
    s = replaceKey(s, QStringLiteral("y"), QString::number(t.y));
    s = replaceKey(s, QStringLiteral("TileMatrix"), QString::number(t.z));
    s = replaceKey(s, QStringLiteral("TileRow"), QString::number(t.y));
    s = replaceKey(s, QStringLiteral("TileCol"), QString::number(t.x));
    return QUrl(s);
}

bool TileSourceSpec::validateTemplate(const QString& urlTemplate, QString* error)
{
    const QString t = urlTemplate.trimmed();
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QUrl url(QString(t).replace(QRegularExpression(QStringLiteral("\\{[^}]*\\}")), QStringLiteral("0")));
    if (t.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return fail(tr("The tile address must be an http or https URL."));
    const bool xyz = t.contains(QLatin1String("{z}"), Qt::CaseInsensitive)
        && t.contains(QLatin1String("{x}"), Qt::CaseInsensitive)
        && (t.contains(QLatin1String("{y}"), Qt::CaseInsensitive)
            || t.contains(QLatin1String("{-y}"), Qt::CaseInsensitive));
    const bool wmts = t.contains(QLatin1String("{TileMatrix}"), Qt::CaseInsensitive)
        && t.contains(QLatin1String("{TileRow}"), Qt::CaseInsensitive)
        && t.contains(QLatin1String("{TileCol}"), Qt::CaseInsensitive);
    if (!xyz && !wmts)
        return fail(
            tr("The tile address needs the placeholders {z}, {x} and {y} (or {TileMatrix}, {TileRow} and {TileCol} "
               "for WMTS)."));
    return true;
}

QString TileSourceSpec::toSetting() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    if (id == QLatin1String("custom") || kind == Kind::MBTiles) {
        o.insert(QStringLiteral("location"), location);
        o.insert(QStringLiteral("attribution"), attribution);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

TileSourceSpec TileSourceSpec::fromSetting(const QString& setting)
{
    const QJsonObject o = QJsonDocument::fromJson(setting.toUtf8()).object();
    const QString id = o.value(QStringLiteral("id")).toString();
    if (id == QLatin1String("custom"))
        return custom(
            o.value(QStringLiteral("location")).toString(), o.value(QStringLiteral("attribution")).toString());
    if (id == QLatin1String("mbtiles"))
        return mbtiles(o.value(QStringLiteral("location")).toString());
    for (const TileSourceSpec& p : presets())
        if (p.id == id)
            return p;
    return vector();
}

TileSourceSpec TileSourceSpec::vector()
{
    TileSourceSpec s;
    s.kind = Kind::Vector;
    s.id = QStringLiteral("vector");
    s.name = tr("City map (offline)");
    return s;
}

TileSourceSpec TileSourceSpec::openStreetMap()
{
    TileSourceSpec s;
    s.kind = Kind::Url;
    s.id = QStringLiteral("osm");
    s.name = tr("OpenStreetMap");
    s.location = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    s.attribution = tr("© OpenStreetMap contributors");
    s.maxZoom = 19;
    s.maxParallel = 2;
    return s;
}

TileSourceSpec TileSourceSpec::grbBasiskaart()
{
    TileSourceSpec s;
    s.kind = Kind::Url;
    s.id = QStringLiteral("grb");
    s.name = tr("GRB basiskaart (Flanders)");
    s.location = QStringLiteral(
        "https://geo.api.vlaanderen.be/GRB/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=grb_bsk&STYLE=&"
        "FORMAT=image/png&TILEMATRIXSET=GoogleMapsVL&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}");
    s.attribution = tr("GRB basiskaart © Digitaal Vlaanderen");
    s.minZoom = 7;
    s.maxZoom = 19;
    return s;
}

TileSourceSpec TileSourceSpec::pdokAchtergrondkaart()
{
    TileSourceSpec s;
    s.kind = Kind::Url;
    s.id = QStringLiteral("pdok");
    s.name = tr("PDOK BRT achtergrondkaart (Netherlands)");
    s.location
        = QStringLiteral("https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png");
    s.attribution = tr("Kaartgegevens © Kadaster");
    s.minZoom = 6;
    s.maxZoom = 19;
    return s;
}

TileSourceSpec TileSourceSpec::custom(const QString& urlTemplate, const QString& attribution)
{
    TileSourceSpec s;
    s.kind = Kind::Url;
    s.id = QStringLiteral("custom");
    s.name = tr("Custom tile server");
    s.location = urlTemplate.trimmed();
    s.attribution = attribution;
    return s;
}

TileSourceSpec TileSourceSpec::mbtiles(const QString& path)
{
    TileSourceSpec s;
    s.kind = Kind::MBTiles;
    s.id = QStringLiteral("mbtiles");
    s.name = tr("Offline map %1").arg(QFileInfo(path).fileName());
    s.location = path;
    return s;
}

QList<TileSourceSpec> TileSourceSpec::presets()
{
    return { vector(), openStreetMap(), grbBasiskaart(), pdokAchtergrondkaart() };
}

} // namespace meldpunt
