// SPDX-License-Identifier: GPL-3.0-or-later
// The offline background of the map: the city's districts, its streets traced through the address
// register, and the address points, prepared in world coordinates for painting.
#pragma once

#include "geo/addressindex.h"
#include "geo/clusterindex.h"
#include "geo/geoshape.h"

#include <QCoreApplication>
#include <QPainterPath>

#include <memory>
#include <vector>

namespace meldpunt {

class Database;

struct CityDistrictShape {
    int id = 0;
    QString code;
    QString name;
    GeoShape shape; ///< lon/lat
    QPainterPath world; ///< the same in world coordinates, even-odd filled
    QRectF worldBounds;
    QPointF labelWorld;
};

struct CityStreetLine {
    QString name;
    QPolygonF world;
    QRectF worldBounds;
    double worldLength = 0;
};

/// Everything the map draws when no tile source is set, built once on a worker thread. Streets
/// are not stored anywhere, so they are traced through the address points: houses are numbered
/// odd on one side and even on the other, so the middle of each pair 2k−1/2k lies on the street.
class CityBackground final {
    Q_DECLARE_TR_FUNCTIONS(CityBackground)
public:
    /// Reads districts and addresses through the calling thread's connection.
    static std::shared_ptr<CityBackground> load(const Database* db, QString* error = nullptr);
    /// Builds from data already read (tests).
    static std::shared_ptr<CityBackground> build(
        std::vector<CityDistrictShape> districts, std::shared_ptr<const AddressIndex> addresses);
    /// Reads the district table: id, code, name and outline (Polygon or MultiPolygon).
    static std::vector<CityDistrictShape> loadDistricts(const Database* db, QString* error = nullptr);

    std::vector<CityDistrictShape> districts;
    std::vector<CityStreetLine> streets;
    std::shared_ptr<const AddressIndex> addresses;
    std::vector<double> addressX; ///< world coordinates, same order as addresses->addresses()
    std::vector<double> addressY;
    KdIndex addressPoints;
    QRectF worldBounds; ///< districts and addresses; null when the city has neither

    /// The district containing a point, or 0.
    int districtAt(double lat, double lon) const;
    const CityDistrictShape* district(int id) const;
};

} // namespace meldpunt
