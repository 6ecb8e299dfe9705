// SPDX-License-Identifier: GPL-3.0-or-later
// The geography of the demo town Oostveld: districts that tile it, streets, and the address register.
#pragma once

#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <cmath>
#include <string>
#include <vector>

namespace meldpunt::demo {

/// Metres east and north of the town centre; all layout work happens in this flat frame.
struct Point {
    double x = 0;
    double y = 0;
};

struct CityDistrict {
    int id = 0;
    QString code;
    QString name;
    QString postcode;
    std::vector<Point> ring; ///< closed ring in metres
    QPolygonF polygon; ///< x = lon, y = lat, rounded exactly as stored
    QRectF bounds;
    QString geoJson; ///< [[[lon,lat],...]]
};

struct CityStreet {
    QString name;
    std::string nameUtf8;
    std::vector<Point> points;
    double length = 0;
    int firstAddress = 0;
    int addressCount = 0;
};

struct CityAddress {
    int street = 0;
    std::string houseNumber; ///< "12", "12A", "12 bus 3"
    Point at;
    double lat = 0;
    double lon = 0;
    int districtId = 0;
};

/// The fixed town: the same streets and addresses for every seed, so that demo databases made
/// with different seeds still show the same Oostveld.
class City final {
public:
    static constexpr double kCentreLat = 50.95;
    static constexpr double kCentreLon = 3.12;
    static constexpr int kAddressCount = 25000;
    static constexpr int kStreetCount = 300;

    /// Builds the town; deterministic and independent of the demo seed.
    static City build();

    static double latOf(double y);
    static double lonOf(double x);
    static double roundTo(double v, double scale) { return std::round(v * scale) / scale; }

    /// The id of the district containing the point (lat/lon as stored), or 0 outside the town.
    int districtAt(double lat, double lon) const;
    const QString& postcodeOf(int districtId) const;

    std::vector<CityDistrict> districts;
    std::vector<CityStreet> streets;
    std::vector<CityAddress> addresses;
    std::vector<int> hotspotStreets; ///< streets with far more litter reports than the rest

private:
    void buildDistricts();
    void buildStreets();
    void buildAddresses();
};

} // namespace meldpunt::demo
