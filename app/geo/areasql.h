// SPDX-License-Identifier: GPL-3.0-or-later
// The drawn-area test of the queue filter, shared by SQL (a function on every connection) and C++.
#pragma once

#include <QByteArray>
#include <QPolygonF>

struct sqlite3;

namespace meldpunt {

/// Whether a lon/lat point lies in a drawn area (even-odd rule). The SQL function
/// meldpunt_in_area(lon, lat, area) and QueueFilter::matches() both call this.
bool areaContains(const QPolygonF& areaLonLat, double lon, double lat);

/// The area as a bind value for meldpunt_in_area: the vertices as raw doubles, exact.
QByteArray encodeArea(const QPolygonF& areaLonLat);
QPolygonF decodeArea(const void* data, int bytes);

/// Registers meldpunt_in_area(lon, lat, area) on a connection; false if SQLite refused.
bool registerAreaFunction(sqlite3* db);

} // namespace meldpunt
