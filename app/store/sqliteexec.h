// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;

namespace meldpunt {

/// Runs one or more SQL statements on a raw SQLite handle (the bulk writers' connections, outside
/// QtSql). False on the first failure, with SQLite's message in `error` when it is given.
bool execSqlite(sqlite3* h, const char* sql, QString* error);

} // namespace meldpunt
