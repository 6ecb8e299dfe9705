// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqliteexec.h"

#include <sqlite3.h>

namespace meldpunt {

bool execSqlite(sqlite3* h, const char* sql, QString* error)
{
    char* msg = nullptr;
    if (sqlite3_exec(h, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(h));
    sqlite3_free(msg);
    return false;
}

} // namespace meldpunt
