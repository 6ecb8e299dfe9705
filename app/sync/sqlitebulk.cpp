// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sqlitebulk.h"

#include <QHash>

namespace meldpunt::sync {

bool execSql(sqlite3* h, const char* sql, QString* error)
{
    char* msg = nullptr;
    if (sqlite3_exec(h, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(msg ? msg : sqlite3_errmsg(h));
        sqlite3_free(msg);
        return false;
    }
    return true;
}

QString lastError(sqlite3* h)
{
    return QString::fromUtf8(sqlite3_errmsg(h));
}

QList<QByteArray> columnList(const PulledTable& t)
{
    QList<QByteArray> out;
    for (const QByteArray& c : QByteArray(t.columns).split(','))
        out << c.trimmed();
    return out;
}

QByteArray insertSql(const PulledTable& t)
{
    const qsizetype columns = columnList(t).size();
    QByteArray sql = "INSERT INTO \"" + QByteArray(t.local) + "\" (" + QByteArray(t.columns) + ") VALUES (";
    for (qsizetype i = 0; i < columns; ++i)
        sql += i ? ", ?" : "?";
    return sql + ")";
}

QList<bool> integerColumns(sqlite3* h, const PulledTable& t)
{
    QHash<QByteArray, bool> integer;
    Stmt info(h, "SELECT name, upper(type) LIKE '%INT%' FROM pragma_table_info('" + QByteArray(t.local) + "')");
    while (info.step() == SQLITE_ROW)
        integer.insert(info.text(0), info.int64(1) != 0);
    QList<bool> out;
    for (const QByteArray& c : columnList(t))
        out << integer.value(c);
    return out;
}

bool parseInteger(QByteArrayView v, qint64* out)
{
    const bool negative = !v.isEmpty() && v[0] == '-';
    const qsizetype digits = v.size() - (negative ? 1 : 0);
    if (digits < 1 || digits > 18)
        return false; // longer numbers go through SQLite's own conversion
    qint64 n = 0;
    for (qsizetype i = negative ? 1 : 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = negative ? -n : n;
    return true;
}

void bindRow(Stmt& st, const PgRow& row, const QList<bool>& integer)
{
    for (int c = 0; c < integer.size(); ++c) {
        qint64 n = 0;
        if (integer[c] && !row.isNull(c) && parseInteger(row.view(c), &n))
            st.bindInt(c + 1, n);
        else
            st.bindField(c + 1, row, c);
    }
}

} // namespace meldpunt::sync
