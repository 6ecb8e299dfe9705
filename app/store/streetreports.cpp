// SPDX-License-Identifier: GPL-3.0-or-later
#include "streetreports.h"

#include "domain/status.h"
#include "store/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <limits>

namespace meldpunt {

namespace {

/// How far beyond the register's first and last house a report still belongs to the street
/// (a report is placed where the problem is: a corner, the verge, the middle of the road).
constexpr double kMarginMeters = 150;
/// Without the street in the register, a street of that name this close to the report is taken
/// as the same street; same-named streets of other municipalities lie farther apart.
constexpr double kUnknownStreetRadiusMeters = 2000;

struct Box {
    double minLat = std::numeric_limits<double>::max();
    double maxLat = std::numeric_limits<double>::lowest();
    double minLon = std::numeric_limits<double>::max();
    double maxLon = std::numeric_limits<double>::lowest();
    void add(double lat, double lon)
    {
        minLat = std::min(minLat, lat);
        maxLat = std::max(maxLat, lat);
        minLon = std::min(minLon, lon);
        maxLon = std::max(maxLon, lon);
    }
    bool isEmpty() const { return minLat > maxLat; }
    void grow(double meters)
    {
        const double dLat = meters / 111320.0;
        const double midLat = (minLat + maxLat) / 2;
        const double dLon = meters / (111320.0 * std::max(0.01, std::cos(midLat * M_PI / 180.0)));
        minLat -= dLat;
        maxLat += dLat;
        minLon -= dLon;
        maxLon += dLon;
    }
    bool contains(double lat, double lon) const
    {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
};

struct Stretch {
    Box box;
    double nearest = std::numeric_limits<double>::max(); ///< metres from the report to its nearest house
};

} // namespace

StreetReportList StreetReports::recent(const Database* db, qint64 reportId, qint64 now, int limit, int weeks)
{
    StreetReportList out;
    if (!db || !db->isOpen() || reportId <= 0)
        return out;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT coalesce(street, ''), lat, lon FROM report WHERE id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return out;
    out.street = q.value(0).toString().trimmed();
    const bool located = !q.value(1).isNull() && !q.value(2).isNull();
    const double lat = q.value(1).toDouble();
    const double lon = q.value(2).toDouble();
    q.finish();
    if (out.street.isEmpty())
        return out;

    // Where the street lies, per municipality, according to the address register.
    QHash<QString, Stretch> stretches;
    q.prepare(QStringLiteral("SELECT municipality, lat, lon FROM address WHERE street = ? COLLATE NOCASE"));
    q.addBindValue(out.street);
    if (q.exec()) {
        while (q.next()) {
            Stretch& s = stretches[q.value(0).toString()];
            const double aLat = q.value(1).toDouble();
            const double aLon = q.value(2).toDouble();
            s.box.add(aLat, aLon);
            if (located)
                s.nearest = std::min(s.nearest, distanceMeters(lat, lon, aLat, aLon));
        }
    }
    q.finish();

    // The report's municipality: the one whose stretch of the street is nearest to it, or the only one.
    const Stretch* stretch = nullptr;
    for (auto it = stretches.cbegin(); it != stretches.cend(); ++it) {
        if (!stretch || it.value().nearest < stretch->nearest) {
            stretch = &it.value();
            out.municipality = it.key();
        }
    }
    if (!located && stretches.size() > 1) {
        // Without a location the report cannot be placed in one of them.
        stretch = nullptr;
        out.municipality.clear();
    }
    Box area;
    bool byArea = false;
    if (stretch) {
        area = stretch->box;
        area.grow(kMarginMeters);
        byArea = true;
    } else if (located && stretches.isEmpty()) {
        area.add(lat, lon);
        area.grow(kUnknownStreetRadiusMeters);
        byArea = true;
    }
    // A report without a location is in the street when the name cannot mean another one (or
    // when the street is looked up by its name alone anyway).
    const bool unlocatedCount = stretches.size() <= 1 || !byArea;

    // Newest first through the received_at index; the street and the area are checked per row.
    const qint64 since = now - qint64(std::max(1, weeks)) * 7 * 24 * 3600;
    q.prepare(QStringLiteral("SELECT id, ref, received_at, category_id, status, address, lat, lon FROM report "
                             "WHERE received_at >= ? AND street = ? COLLATE NOCASE AND id != ? "
                             "ORDER BY received_at DESC, id DESC"));
    q.addBindValue(since);
    q.addBindValue(out.street);
    q.addBindValue(reportId);
    if (!q.exec())
        return out;
    while (q.next()) {
        StreetReport r;
        r.hasLocation = !q.value(6).isNull() && !q.value(7).isNull();
        r.lat = q.value(6).toDouble();
        r.lon = q.value(7).toDouble();
        if (r.hasLocation ? (byArea && !area.contains(r.lat, r.lon)) : !unlocatedCount)
            continue;
        ++out.total;
        if (out.rows.size() >= limit)
            continue;
        r.id = q.value(0).toLongLong();
        r.ref = q.value(1).toString();
        r.receivedAt = q.value(2).toLongLong();
        r.categoryId = q.value(3).toInt();
        StatusRules::fromKey(q.value(4).toString(), &r.status);
        r.address = q.value(5).toString();
        out.rows << r;
    }
    return out;
}

} // namespace meldpunt
