// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/citybackground.h"

#include "geo/webmercator.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace meldpunt {

namespace {

QPainterPath worldPath(const GeoShape& shape)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const GeoPolygonRings& part : shape.parts()) {
        path.addPolygon(WebMercator::projectLonLat(part.outer));
        path.closeSubpath();
        for (const QPolygonF& hole : part.holes) {
            path.addPolygon(WebMercator::projectLonLat(hole));
            path.closeSubpath();
        }
    }
    return path;
}

double length(const QPolygonF& p)
{
    double l = 0;
    for (qsizetype i = 1; i < p.size(); ++i)
        l += std::hypot(p[i].x() - p[i - 1].x(), p[i].y() - p[i - 1].y());
    return l;
}

/// Douglas–Peucker, so that long streets do not carry a vertex per house.
void simplify(const QPolygonF& in, qsizetype a, qsizetype b, double tolerance, std::vector<bool>* keep)
{
    if (b <= a + 1)
        return;
    const QPointF p = in[a];
    const QPointF q = in[b];
    const double dx = q.x() - p.x();
    const double dy = q.y() - p.y();
    const double len = std::hypot(dx, dy);
    double worst = -1;
    qsizetype at = a;
    for (qsizetype i = a + 1; i < b; ++i) {
        const double d = len > 0 ? std::abs(dy * in[i].x() - dx * in[i].y() + q.x() * p.y() - q.y() * p.x()) / len
                                 : std::hypot(in[i].x() - p.x(), in[i].y() - p.y());
        if (d > worst) {
            worst = d;
            at = i;
        }
    }
    if (worst > tolerance) {
        (*keep)[size_t(at)] = true;
        simplify(in, a, at, tolerance, keep);
        simplify(in, at, b, tolerance, keep);
    }
}

int slotOf(const QString& houseNumber)
{
    int n = 0;
    qsizetype i = 0;
    while (i < houseNumber.size() && houseNumber.at(i).isDigit() && i < 7)
        n = n * 10 + houseNumber.at(i++).digitValue();
    return i == 0 ? -1 : (n + 1) / 2;
}

} // namespace

std::vector<CityDistrictShape> CityBackground::loadDistricts(const Database* db, QString* error)
{
    std::vector<CityDistrictShape> out;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, code, name, polygon FROM district ORDER BY name"))) {
        if (error)
            *error = tr("The districts could not be read: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        CityDistrictShape d;
        d.id = q.value(0).toInt();
        d.code = q.value(1).toString();
        d.name = q.value(2).toString();
        d.shape = GeoShape::fromStoredText(q.value(3).toString());
        out.push_back(std::move(d));
    }
    return out;
}

std::shared_ptr<CityBackground> CityBackground::load(const Database* db, QString* error)
{
    QString why;
    std::vector<CityDistrictShape> districts = loadDistricts(db, &why);
    std::shared_ptr<AddressIndex> addresses = AddressIndex::load(db, why.isEmpty() ? &why : nullptr);
    if (error)
        *error = why;
    return build(std::move(districts), std::move(addresses));
}

std::shared_ptr<CityBackground> CityBackground::build(
    std::vector<CityDistrictShape> districts, std::shared_ptr<const AddressIndex> addresses)
{
    auto bg = std::make_shared<CityBackground>();
    bg->districts = std::move(districts);
    bg->addresses = addresses ? std::move(addresses) : std::make_shared<AddressIndex>(QList<AddressHit>());
    QRectF bounds;
    for (CityDistrictShape& d : bg->districts) {
        if (d.shape.isEmpty())
            continue;
        d.world = worldPath(d.shape);
        d.worldBounds = d.world.boundingRect();
        const QPointF label = d.shape.labelPoint();
        d.labelWorld = WebMercator::project(label.y(), label.x());
        bounds = bounds.isNull() ? d.worldBounds : bounds.united(d.worldBounds);
    }

    const QList<AddressHit>& all = bg->addresses->addresses();
    bg->addressX.reserve(size_t(all.size()));
    bg->addressY.reserve(size_t(all.size()));
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    for (const AddressHit& a : all) {
        const QPointF w = WebMercator::project(a.lat, a.lon);
        bg->addressX.push_back(w.x());
        bg->addressY.push_back(w.y());
        minX = std::min(minX, w.x());
        maxX = std::max(maxX, w.x());
        minY = std::min(minY, w.y());
        maxY = std::max(maxY, w.y());
    }
    bg->addressPoints.build(bg->addressX, bg->addressY);
    if (!all.isEmpty()) {
        const QRectF a(QPointF(minX, minY), QPointF(maxX, maxY));
        bounds = bounds.isNull() ? a : bounds.united(a);
    }
    bg->worldBounds = bounds;

    // Streets: the middle of each odd/even pair, in number order, broken where numbers jump far.
    for (std::size_t s = 0; s < bg->addresses->streetCount(); ++s) {
        const std::vector<int>& members = bg->addresses->streetMembers(s);
        if (members.size() < 2)
            continue;
        std::map<int, std::pair<QPointF, int>> pairs;
        for (int i : members) {
            const int slot = slotOf(all.at(i).houseNumber);
            if (slot < 0)
                continue;
            auto& acc = pairs[slot];
            acc.first += QPointF(bg->addressX[size_t(i)], bg->addressY[size_t(i)]);
            ++acc.second;
        }
        if (pairs.size() < 2)
            continue;
        QPolygonF line;
        for (const auto& [slot, acc] : pairs)
            line << acc.first / acc.second;
        const double lat = all.at(members.front()).lat;
        const double worldPerMeter = 1.0 / (2 * M_PI * WebMercator::kEarthRadius * std::cos(lat * M_PI / 180));
        // A neighbour far away means the register skips a stretch (or the name repeats elsewhere).
        const double maxGap = 250 * worldPerMeter;
        QList<QPolygonF> pieces { QPolygonF() };
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i > 0 && std::hypot(line[i].x() - line[i - 1].x(), line[i].y() - line[i - 1].y()) > maxGap)
                pieces << QPolygonF();
            pieces.last() << line[i];
        }
        for (const QPolygonF& piece : std::as_const(pieces)) {
            if (piece.size() < 2)
                continue;
            // Averaging neighbours irons out the zig-zag of pairs whose pair is incomplete.
            QPolygonF smooth = piece;
            for (qsizetype i = 1; i + 1 < piece.size(); ++i)
                smooth[i] = (piece[i - 1] + 2 * piece[i] + piece[i + 1]) / 4;
            std::vector<bool> keep(size_t(smooth.size()), false);
            keep.front() = keep.back() = true;
            simplify(smooth, 0, smooth.size() - 1, 1.5 * worldPerMeter, &keep);
            CityStreetLine st;
            st.name = bg->addresses->streetName(s);
            for (qsizetype i = 0; i < smooth.size(); ++i)
                if (keep[size_t(i)])
                    st.world << smooth[i];
            st.worldBounds = st.world.boundingRect();
            st.worldLength = length(st.world);
            bg->streets.push_back(std::move(st));
        }
    }
    // Long streets first, so that their labels win the space.
    std::stable_sort(bg->streets.begin(), bg->streets.end(), [](const CityStreetLine& a, const CityStreetLine& b) {
        return a.worldLength > b.worldLength;
    });
    return bg;
}

int CityBackground::districtAt(double lat, double lon) const
{
    for (const CityDistrictShape& d : districts)
        if (d.shape.contains(lat, lon))
            return d.id;
    return 0;
}

const CityDistrictShape* CityBackground::district(int id) const
{
    for (const CityDistrictShape& d : districts)
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace meldpunt
