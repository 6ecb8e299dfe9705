// SPDX-License-Identifier: GPL-3.0-or-later
// Where the map's background comes from: an XYZ/WMTS URL template, an MBTiles file, or nothing
// (the city's own vector background), with the presets a Flemish or Dutch city uses.
#pragma once

#include "geo/webmercator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace meldpunt {

/// One basemap: its kind, where its tiles come from, the credit its licence requires, its zooms.
struct TileSourceSpec {
    Q_DECLARE_TR_FUNCTIONS(TileSourceSpec)
public:
    enum class Kind { Vector, Url, MBTiles };

    Kind kind = Kind::Vector;
    QString id; ///< "vector", "osm", "grb", "pdok", "custom" or "mbtiles"
    QString name; ///< shown in the basemap menu (translated for presets)
    /// For Kind::Url: placeholders {z} {x} {y} {-y} or WMTS {TileMatrix} {TileRow} {TileCol}.
    /// For Kind::MBTiles: the file path.
    QString location;
    QString attribution; ///< required on screen by the source's licence
    int minZoom = 0;
    int maxZoom = 19;
    /// Parallel downloads the server's usage policy allows (OpenStreetMap asks for two).
    int maxParallel = 6;

    bool isRaster() const { return kind != Kind::Vector; }
    bool operator==(const TileSourceSpec& o) const = default;

    QUrl tileUrl(const TileId& t) const;
    /// Checks a URL template a user typed; on failure `error` says what is wrong (translated).
    static bool validateTemplate(const QString& urlTemplate, QString* error);

    /// One line for the settings file, and back (an unknown line gives the vector background).
    QString toSetting() const;
    static TileSourceSpec fromSetting(const QString& setting);

    static TileSourceSpec vector();
    static TileSourceSpec openStreetMap();
    /// GRB basiskaart of Digitaal Vlaanderen, WMTS tile matrix set GoogleMapsVL (Flanders only).
    static TileSourceSpec grbBasiskaart();
    /// BRT achtergrondkaart of PDOK (Kadaster), WMTS EPSG:3857 (the Netherlands).
    static TileSourceSpec pdokAchtergrondkaart();
    static TileSourceSpec custom(const QString& urlTemplate, const QString& attribution);
    static TileSourceSpec mbtiles(const QString& path);
    static QList<TileSourceSpec> presets();
};

} // namespace meldpunt
