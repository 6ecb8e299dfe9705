// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/sqlitebulk.h"

#include "store/sqliteexec.h"

#include <QHash>

namespace meldpunt::sync {

bool execSql(sqlite3* h, const char* sql, QString* error)
{
    return execSqlite(h, sql, error);
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

namespace {

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
        || static_cast<unsigned char>(c) >= 0x80;
}

/// The position after the quoted name, string or comment that starts at i, or i when none starts there.
qsizetype skipQuotedOrComment(QByteArrayView s, qsizetype i)
{
    const char c = s[i];
    if (c == '\'' || c == '"' || c == '`' || c == '[') {
        const char close = c == '[' ? ']' : c;
        for (qsizetype j = i + 1; j < s.size(); ++j) {
            if (s[j] != close)
                continue;
            if (close != ']' && j + 1 < s.size() && s[j + 1] == close) { // a doubled quote stands for itself
                ++j;
                continue;
            }
            return j + 1;
        }
        return s.size();
    }
    if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
        const qsizetype end = s.indexOf('\n', i);
        return end < 0 ? s.size() : end + 1;
    }
    if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
        const qsizetype end = s.indexOf(QByteArrayView("*/"), i + 2);
        return end < 0 ? s.size() : end + 2;
    }
    return i;
}

} // namespace

QList<QByteArray> checkConstraints(QByteArrayView sql)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < sql.size()) {
        if (const qsizetype next = skipQuotedOrComment(sql, i); next != i) {
            i = next;
            continue;
        }
        const bool keyword = (i == 0 || !isWordChar(sql[i - 1])) && i + 5 <= sql.size()
            && sql.sliced(i, 5).compare(QByteArrayView("CHECK"), Qt::CaseInsensitive) == 0
            && (i + 5 == sql.size() || !isWordChar(sql[i + 5]));
        if (!keyword) {
            ++i;
            continue;
        }
        i += 5;
        for (;;) { // blanks and comments up to the parenthesis
            while (i < sql.size() && (sql[i] == ' ' || sql[i] == '\t' || sql[i] == '\n' || sql[i] == '\r'))
                ++i;
            const bool comment
                = i + 1 < sql.size() && ((sql[i] == '-' && sql[i + 1] == '-') || (sql[i] == '/' && sql[i + 1] == '*'));
            if (!comment)
                break;
            i = skipQuotedOrComment(sql, i);
        }
        if (i >= sql.size() || sql[i] != '(')
            continue;
        const qsizetype start = ++i;
        int depth = 1;
        while (i < sql.size() && depth > 0) {
            if (const qsizetype next = skipQuotedOrComment(sql, i); next != i) {
                i = next;
                continue;
            }
            if (sql[i] == '(')
                ++depth;
            else if (sql[i] == ')')
                --depth;
            ++i;
        }
        if (depth == 0)
            out << sql.sliced(start, i - 1 - start).toByteArray().trimmed();
    }
    return out;
}

bool verifyChecks(sqlite3* h, const QByteArray& table, const QByteArray& createTableSql, QString* error)
{
    const QList<QByteArray> checks = checkConstraints(createTableSql);
    if (checks.isEmpty())
        return true;
    QByteArray where;
    for (const QByteArray& c : checks)
        where += (where.isEmpty() ? "NOT (" : " OR NOT (") + c + ")";
    // One scan for all of them; then, for the row found, which one it breaks.
    Stmt first(h, "SELECT rowid FROM \"" + table + "\" WHERE " + where + " LIMIT 1");
    if (!first.ok()) {
        *error = lastError(h);
        return false;
    }
    const int rc = first.step();
    if (rc == SQLITE_DONE)
        return true;
    if (rc != SQLITE_ROW) {
        *error = lastError(h);
        return false;
    }
    const qint64 rowid = first.int64(0);
    QByteArray broken = checks.first();
    for (const QByteArray& c : checks) {
        Stmt one(h, "SELECT 1 FROM \"" + table + "\" WHERE rowid = ? AND NOT (" + c + ")");
        one.bindInt(1, rowid);
        if (one.step() == SQLITE_ROW) {
            broken = c;
            break;
        }
    }
    *error = Replica::tr("Row %1 of %2 from the server breaks a rule of this desk's database: %3.")
                 .arg(rowid)
                 .arg(QString::fromUtf8(table), QString::fromUtf8(broken));
    return false;
}

} // namespace meldpunt::sync
