// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/areasql.h"

#include <sqlite3.h>

#include <cstring>

namespace meldpunt {

bool areaContains(const QPolygonF& areaLonLat, double lon, double lat)
{
    return areaLonLat.containsPoint(QPointF(lon, lat), Qt::OddEvenFill);
}

QByteArray encodeArea(const QPolygonF& areaLonLat)
{
    QByteArray out;
    out.resize(areaLonLat.size() * 2 * qsizetype(sizeof(double)));
    char* p = out.data();
    for (const QPointF& pt : areaLonLat) {
        const double xy[2] = { pt.x(), pt.y() };
        std::memcpy(p, xy, sizeof xy);
        p += sizeof xy;
    }
    return out;
}

QPolygonF decodeArea(const void* data, int bytes)
{
    QPolygonF out;
    const int n = bytes / int(2 * sizeof(double));
    out.reserve(n);
    const char* p = static_cast<const char*>(data);
    for (int i = 0; i < n; ++i) {
        double xy[2];
        std::memcpy(xy, p, sizeof xy);
        p += sizeof xy;
        out << QPointF(xy[0], xy[1]);
    }
    return out;
}

namespace {

void inArea(sqlite3_context* ctx, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL || sqlite3_value_type(argv[1]) == SQLITE_NULL) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const double lon = sqlite3_value_double(argv[0]);
    const double lat = sqlite3_value_double(argv[1]);
    // The area is a bound parameter, so SQLite keeps the decoded polygon between rows.
    if (auto* cached = static_cast<QPolygonF*>(sqlite3_get_auxdata(ctx, 2))) {
        sqlite3_result_int(ctx, areaContains(*cached, lon, lat) ? 1 : 0);
        return;
    }
    auto* area = new QPolygonF(decodeArea(sqlite3_value_blob(argv[2]), sqlite3_value_bytes(argv[2])));
    sqlite3_result_int(ctx, areaContains(*area, lon, lat) ? 1 : 0);
    // SQLite may free it at once; it is not used after this call.
    sqlite3_set_auxdata(ctx, 2, area, [](void* p) { delete static_cast<QPolygonF*>(p); });
}

} // namespace

bool registerAreaFunction(sqlite3* db)
{
    if (!db)
        return false;
    return sqlite3_create_function_v2(db,
               "meldpunt_in_area",
               3,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC,
               nullptr,
               &inArea,
               nullptr,
               nullptr,
               nullptr)
        == SQLITE_OK;
}

} // namespace meldpunt
