// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/democity.h"

#include "demo/democatalog.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <set>

namespace meldpunt::demo {

namespace {

// A degree of latitude near 51° N, and a degree of longitude there (111320 m × cos 50.95°);
// written out so that the layout does not depend on the C library's trigonometry.
constexpr double kMetresPerDegLat = 111230.0;
constexpr double kMetresPerDegLon = 70130.0;

// The town is about 6 × 5 km. Streets keep inside a margin so that houses and reports near the
// edge still fall inside a district.
constexpr double kHalfWidth = 3000;
constexpr double kHalfHeight = 2500;
constexpr double kStreetBoxX = 2800;
constexpr double kStreetBoxY = 2320;
constexpr double kPi = 3.141592653589793;

// The town never changes with the demo seed (see City).
constexpr quint64 kTownSeed = 0x0057'F1E1'D887'0001ull;

bool insideStreetBox(Point p)
{
    return p.x > -kStreetBoxX && p.x < kStreetBoxX && p.y > -kStreetBoxY && p.y < kStreetBoxY;
}

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
}

double polylineLength(const std::vector<Point>& pts)
{
    double len = 0;
    for (size_t i = 1; i < pts.size(); ++i)
        len += distance(pts[i - 1], pts[i]);
    return len;
}

/// The point at distance `s` along the polyline and the unit normal to its left.
void pointAlong(const std::vector<Point>& pts, double s, Point* at, Point* normal)
{
    for (size_t i = 1; i < pts.size(); ++i) {
        const double seg = distance(pts[i - 1], pts[i]);
        if (s <= seg || i + 1 == pts.size()) {
            const double t = seg > 0 ? std::clamp(s / seg, 0.0, 1.0) : 0.0;
            const double dx = pts[i].x - pts[i - 1].x;
            const double dy = pts[i].y - pts[i - 1].y;
            *at = { pts[i - 1].x + t * dx, pts[i - 1].y + t * dy };
            *normal = seg > 0 ? Point { -dy / seg, dx / seg } : Point { 0, 1 };
            return;
        }
        s -= seg;
    }
    *at = pts.front();
    *normal = { 0, 1 };
}

std::vector<Point> square(Point c, double halfW, double halfH)
{
    return { { c.x - halfW, c.y - halfH },
        { c.x + halfW, c.y - halfH },
        { c.x + halfW, c.y + halfH },
        { c.x - halfW, c.y + halfH },
        { c.x - halfW, c.y - halfH } };
}

/// A road from near the centre to the edge of town in the given direction, meandering a little.
std::vector<Point> radial(Rng& rng, double angleDeg)
{
    double heading = angleDeg * kPi / 180.0;
    std::vector<Point> pts { { 150 * std::cos(heading), 150 * std::sin(heading) } };
    for (int i = 0; i < 40; ++i) {
        heading += rng.normal() * 0.07;
        double step = 250;
        Point next { pts.back().x + step * std::cos(heading), pts.back().y + step * std::sin(heading) };
        while (!insideStreetBox(next) && step > 10) {
            step /= 2;
            next = { pts.back().x + step * std::cos(heading), pts.back().y + step * std::sin(heading) };
        }
        if (!insideStreetBox(next) || step <= 10)
            break;
        pts.push_back(next);
    }
    return pts;
}

enum class StreetKind { Street, Lane, Square, Avenue, Road, Path, Court };

StreetKind kindOf(const QString& name)
{
    if (name.endsWith(QLatin1String("plein")) || name == QLatin1String("Grote Markt"))
        return StreetKind::Square;
    if (name.endsWith(QLatin1String("laan")))
        return StreetKind::Lane;
    if (name.endsWith(QLatin1String("dreef")))
        return StreetKind::Avenue;
    if (name.endsWith(QLatin1String("weg")))
        return StreetKind::Road;
    if (name.endsWith(QLatin1String("pad")) || name.endsWith(QLatin1String("wegel")))
        return StreetKind::Path;
    if (name.endsWith(QLatin1String("hof")) || name.endsWith(QLatin1String("hoek")))
        return StreetKind::Court;
    return StreetKind::Street;
}

/// A street of the given kind somewhere in town; busier near the centre.
std::vector<Point> randomStreet(Rng& rng, StreetKind kind)
{
    for (int attempt = 0; attempt < 200; ++attempt) {
        Point start;
        if (rng.chance(kind == StreetKind::Road ? 0.15 : 0.4))
            start = { rng.normal() * 1100, rng.normal() * 950 };
        else
            start = { rng.uniform(-kStreetBoxX, kStreetBoxX), rng.uniform(-kStreetBoxY, kStreetBoxY) };
        if (!insideStreetBox(start))
            continue;
        if (kind == StreetKind::Square) {
            const double hw = rng.uniform(25, 50);
            const double hh = rng.uniform(20, 40);
            std::vector<Point> pts = square(start, hw, hh);
            if (std::all_of(pts.begin(), pts.end(), insideStreetBox))
                return pts;
            continue;
        }
        int segments = 2;
        double segMin = 80;
        double segMax = 250;
        double turn = 0.35;
        double minLength = 120;
        switch (kind) {
        case StreetKind::Street: segments = 2 + int(rng.below(4)); break;
        case StreetKind::Lane:
            segments = 2 + int(rng.below(3));
            segMin = 150;
            segMax = 350;
            turn = 0.15;
            break;
        case StreetKind::Avenue:
            segments = 2 + int(rng.below(3));
            segMin = 200;
            segMax = 400;
            turn = 0.05;
            break;
        case StreetKind::Road:
            segments = 4 + int(rng.below(5));
            segMin = 200;
            segMax = 400;
            turn = 0.3;
            minLength = 500;
            break;
        case StreetKind::Path:
            segments = 1 + int(rng.below(2));
            segMin = 60;
            segMax = 160;
            turn = 0.4;
            minLength = 60;
            break;
        case StreetKind::Court:
            segments = 1 + int(rng.below(2));
            segMin = 60;
            segMax = 120;
            turn = 0.8;
            minLength = 60;
            break;
        case StreetKind::Square: break;
        }
        double heading = rng.uniform(0, 2 * kPi);
        std::vector<Point> pts { start };
        for (int s = 0; s < segments; ++s) {
            if (s > 0)
                heading += rng.normal() * turn;
            const double len = rng.uniform(segMin, segMax);
            const Point next { pts.back().x + len * std::cos(heading), pts.back().y + len * std::sin(heading) };
            if (!insideStreetBox(next))
                break;
            pts.push_back(next);
        }
        if (pts.size() >= 2 && polylineLength(pts) >= minLength)
            return pts;
    }
    return { { 0, 0 }, { 100, 0 } };
}

/// Ray casting on the stored (lon, lat) ring; the same rule as QPolygonF::containsPoint(OddEvenFill).
bool containsPoint(const QPolygonF& poly, double lon, double lat)
{
    return poly.containsPoint(QPointF(lon, lat), Qt::OddEvenFill);
}

} // namespace

double City::latOf(double y)
{
    return roundTo(kCentreLat + y / kMetresPerDegLat, 1e7);
}

double City::lonOf(double x)
{
    return roundTo(kCentreLon + x / kMetresPerDegLon, 1e7);
}

City City::build()
{
    City city;
    city.buildDistricts();
    city.buildStreets();
    city.buildAddresses();
    return city;
}

int City::districtAt(double lat, double lon) const
{
    for (const CityDistrict& d : districts) {
        if (lon < d.bounds.left() || lon > d.bounds.right() || lat < d.bounds.top() || lat > d.bounds.bottom())
            continue;
        if (containsPoint(d.polygon, lon, lat))
            return d.id;
    }
    return 0;
}

const QString& City::postcodeOf(int districtId) const
{
    static const QString fallback = QStringLiteral("8870");
    for (const CityDistrict& d : districts)
        if (d.id == districtId)
            return d.postcode;
    return fallback;
}

void City::buildDistricts()
{
    Rng rng(kTownSeed, 1);
    // Three bands of districts from south to north, separated by wavy boundaries that share their
    // vertices, so that the polygons tile the town without gaps or overlaps.
    constexpr int kNodes = 21; // boundary vertices every 300 m from west to east
    const double bandY[4] = { -kHalfHeight, -800, 900, kHalfHeight };
    std::vector<std::vector<Point>> horizontal(4, std::vector<Point>(kNodes));
    for (int j = 0; j < 4; ++j) {
        const bool outer = j == 0 || j == 3;
        for (int i = 0; i < kNodes; ++i) {
            const double x = -kHalfWidth + 300.0 * i;
            const bool corner = i == 0 || i == kNodes - 1;
            horizontal[j][i] = { corner ? x : x + rng.uniform(-60, 60),
                bandY[j] + (outer ? rng.uniform(-50, 50) : rng.uniform(-110, 110)) };
        }
    }
    // Vertical boundary polylines per band and node, without their end points.
    auto vertical = [&](int band, int node) {
        const Point a = horizontal[band][node];
        const Point b = horizontal[band + 1][node];
        const bool outer = node == 0 || node == kNodes - 1;
        const int inner = int((b.y - a.y) / 400);
        std::vector<Point> pts;
        Rng local(kTownSeed, 100 + band * 100 + node); // the same line for both neighbours
        for (int k = 1; k <= inner; ++k) {
            const double t = double(k) / (inner + 1);
            pts.push_back({ a.x + (b.x - a.x) * t + (outer ? local.uniform(-40, 40) : local.uniform(-100, 100)),
                a.y + (b.y - a.y) * t });
        }
        return pts;
    };

    // Each district: its band and the boundary nodes where it begins and ends, west to east.
    struct Spec {
        int band;
        int from;
        int to;
        const char* code;
        const char* name;
        const char* postcode;
    };
    const Spec specs[] = {
        { 1, 7, 13, "CEN", "Centrum", "8870" },
        { 1, 13, 20, "STA", "Stationswijk", "8870" },
        { 1, 0, 7, "KER", "Kerkhoek", "8870" },
        { 2, 0, 7, "MOL", "Molenveld", "8871" },
        { 2, 7, 14, "KOU", "Kouterwijk", "8870" },
        { 2, 14, 20, "HEI", "Heidebos", "8871" },
        { 0, 0, 10, "SJO", "Sint-Jozef", "8870" },
        { 0, 10, 20, "TBE", "Ter Beke", "8871" },
    };
    int id = 0;
    for (const Spec& s : specs) {
        CityDistrict d;
        d.id = ++id;
        d.code = QString::fromLatin1(s.code);
        d.name = QString::fromUtf8(s.name);
        d.postcode = QString::fromLatin1(s.postcode);
        // Counter-clockwise: east along the south edge, north, west along the north edge, south.
        for (int i = s.from; i <= s.to; ++i)
            d.ring.push_back(horizontal[s.band][i]);
        for (const Point& p : vertical(s.band, s.to))
            d.ring.push_back(p);
        for (int i = s.to; i >= s.from; --i)
            d.ring.push_back(horizontal[s.band + 1][i]);
        const std::vector<Point> west = vertical(s.band, s.from);
        for (auto it = west.rbegin(); it != west.rend(); ++it)
            d.ring.push_back(*it);
        d.ring.push_back(d.ring.front());

        QString json = QStringLiteral("[[");
        for (size_t k = 0; k < d.ring.size(); ++k) {
            // Six decimals (about 10 cm) is what is stored; the polygon used for lookups is the same.
            const double lon = roundTo(kCentreLon + d.ring[k].x / kMetresPerDegLon, 1e6);
            const double lat = roundTo(kCentreLat + d.ring[k].y / kMetresPerDegLat, 1e6);
            d.polygon.append(QPointF(lon, lat));
            if (k)
                json += QLatin1Char(',');
            json += QLatin1Char('[') + QString::number(lon, 'f', 6) + QLatin1Char(',') + QString::number(lat, 'f', 6)
                + QLatin1Char(']');
        }
        json += QStringLiteral("]]");
        d.geoJson = json;
        d.bounds = d.polygon.boundingRect();
        districts.push_back(std::move(d));
    }
}

void City::buildStreets()
{
    Rng rng(kTownSeed, 2);
    std::set<QString> used;
    auto add = [&](const QString& name, std::vector<Point> pts) {
        CityStreet s;
        s.name = name;
        s.nameUtf8 = name.toStdString();
        s.points = std::move(pts);
        s.length = polylineLength(s.points);
        streets.push_back(std::move(s));
        used.insert(name);
        return int(streets.size()) - 1;
    };
    auto u = [](const char* s) { return QString::fromUtf8(s); };

    // The heart of town: market, church, station and the roads to the neighbouring towns.
    const int markt = add(u("Grote Markt"), square({ 0, 0 }, 55, 40));
    const int station = add(u("Stationsplein"), square({ 1500, -150 }, 45, 35));
    const int stationStreet = add(u("Stationsstraat"), { { 60, -10 }, { 700, -70 }, { 1450, -150 } });
    add(u("Kerkplein"), square({ -260, 230 }, 35, 30));
    const int niklaas = add(u("Sint-Niklaasplein"), square({ -1900, 350 }, 45, 35));
    const int park = add(u("Parkdreef"), { { 300, 600 }, { 480, 1100 }, { 600, 1550 } });
    const int sport = add(u("Sportlaan"), { { -850, -1300 }, { -250, -1480 }, { 320, -1650 } });
    const struct {
        const char* name;
        double angle;
    } radials[] = {
        { "Gentsesteenweg", 5 },
        { "Tieltsestraat", 50 },
        { "Brugsesteenweg", 95 },
        { "Roeselaarsesteenweg", 140 },
        { "Ieperse Heirweg", 182 },
        { "Meensesteenweg", 225 },
        { "Kortrijksesteenweg", 272 },
        { "Izegemsestraat", 318 },
    };
    int ieperse = -1;
    for (const auto& r : radials) {
        const int i = add(u(r.name), radial(rng, r.angle));
        if (qstrcmp(r.name, "Ieperse Heirweg") == 0)
            ieperse = i;
    }
    hotspotStreets = { markt, station, stationStreet, niklaas, park, sport, ieperse };

    for (const char* name : landmarkStreets()) {
        const QString n = u(name);
        if (!used.count(n))
            add(n, randomStreet(rng, kindOf(n)));
    }

    // The rest: stems and person names with the usual Flemish endings.
    const std::vector<std::pair<const char*, double>> endings { { "straat", 46 },
        { "laan", 13 },
        { "plein", 3 },
        { "dreef", 6 },
        { "weg", 10 },
        { "wegel", 3 },
        { "hof", 5 },
        { "pad", 3 },
        { "hoek", 4 },
        { "dries", 2 },
        { "kouter", 2 },
        { "veld", 3 } };
    std::vector<double> endingWeights;
    for (const auto& e : endings)
        endingWeights.push_back(e.second);
    const WeightedTable endingTable(endingWeights);
    int guard = 0;
    while (int(streets.size()) < kStreetCount && ++guard < 100000) {
        QString name;
        const double r = rng.uniform();
        if (r < 0.16) {
            static const char* personEndings[] = { "straat", "straat", "straat", "laan", "laan", "plein" };
            name = u(rng.pick(personStems())) + u(personEndings[rng.below(6)]);
        } else {
            const QString stem = u(rng.pick(streetStems()));
            QString ending = u(endings[endingTable.draw(rng)].first);
            if (stem.endsWith(ending, Qt::CaseInsensitive))
                ending = QStringLiteral("straat");
            name = stem + ending;
            if (r > 0.92)
                name = u(rng.pick(streetAdjectives())) + QLatin1Char(' ') + name;
        }
        if (used.count(name))
            continue;
        add(name, randomStreet(rng, kindOf(name)));
    }
}

void City::buildAddresses()
{
    Rng rng(kTownSeed, 3);
    // Houses per street: longer streets have more, and the centre is denser than the outskirts.
    std::vector<double> weights;
    double total = 0;
    for (const CityStreet& s : streets) {
        Point mid;
        Point normal;
        pointAlong(s.points, s.length / 2, &mid, &normal);
        const double d2 = mid.x * mid.x + mid.y * mid.y;
        // Very long roads run through fields at the edge of town: not every metre has houses.
        double w = std::min(s.length, 1500.0) * (0.8 + 1.4 * std::exp(-d2 / (2 * 1100.0 * 1100.0)));
        if (kindOf(s.name) == StreetKind::Square)
            w *= 1.5;
        weights.push_back(w);
        total += w;
    }
    // Largest remainder, so that the register has exactly kAddressCount addresses.
    constexpr int kMinPerStreet = 4;
    const int spread = kAddressCount - kMinPerStreet * int(streets.size());
    std::vector<int> quota(streets.size());
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (size_t i = 0; i < streets.size(); ++i) {
        const double exact = spread * weights[i] / total;
        quota[i] = kMinPerStreet + int(exact);
        assigned += quota[i];
        remainders.push_back({ exact - std::floor(exact), int(i) });
    }
    std::stable_sort(
        remainders.begin(), remainders.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (int k = 0; assigned < kAddressCount; ++k, ++assigned)
        ++quota[remainders[size_t(k) % remainders.size()].second];

    addresses.reserve(kAddressCount);
    for (size_t si = 0; si < streets.size(); ++si) {
        CityStreet& street = streets[si];
        Point mid;
        Point normal;
        pointAlong(street.points, street.length / 2, &mid, &normal);
        const double centrality = std::exp(-(mid.x * mid.x + mid.y * mid.y) / (2 * 900.0 * 900.0));
        struct Entry {
            int number;
            int letter; // 0 none, 1 = A, 2 = B
            int box; // 0 none, else "bus n"
        };
        std::vector<Entry> entries;
        int n = 1;
        while (int(entries.size()) < quota[si]) {
            if (rng.chance(0.03 + 0.09 * centrality)) {
                const int boxes = 2 + int(rng.below(7));
                for (int b = 1; b <= boxes; ++b)
                    entries.push_back({ n, 0, b });
            } else {
                entries.push_back({ n, 0, 0 });
            }
            if (rng.chance(0.035)) {
                entries.push_back({ n, 1, 0 });
                if (rng.chance(0.2))
                    entries.push_back({ n, 2, 0 });
            }
            n += rng.chance(0.06) ? 2 : 1;
        }
        entries.resize(size_t(quota[si]));
        const int perSide = std::max(1, (entries.back().number + 1) / 2);
        const bool isSquare = kindOf(street.name) == StreetKind::Square;
        street.firstAddress = int(addresses.size());
        street.addressCount = quota[si];
        for (const Entry& e : entries) {
            const int slot = (e.number + 1) / 2;
            const double s = (slot - 0.5) / perSide * street.length + e.letter * 3.0;
            Point at;
            Point nrm;
            pointAlong(street.points, std::min(s, street.length), &at, &nrm);
            const double side = (e.number % 2) ? 1.0 : -1.0;
            const double offset = isSquare ? 7.0 : 9.0;
            CityAddress a;
            a.street = int(si);
            a.houseNumber = std::to_string(e.number);
            if (e.letter)
                a.houseNumber += char('A' + e.letter - 1);
            if (e.box)
                a.houseNumber += " bus " + std::to_string(e.box);
            a.at = { at.x + side * offset * nrm.x, at.y + side * offset * nrm.y };
            a.lat = latOf(a.at.y);
            a.lon = lonOf(a.at.x);
            a.districtId = districtAt(a.lat, a.lon);
            addresses.push_back(std::move(a));
        }
    }
}

} // namespace meldpunt::demo
