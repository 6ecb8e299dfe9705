// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers over the raw SQLite handle for the sync code's bulk work: prepared statements that
// finalize themselves, and the plain INSERT of pulled rows with integers bound as numbers.
#pragma once

#include "sync/pg.h"
#include "sync/replica.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <sqlite3.h>

namespace meldpunt::sync {

/// A prepared statement that finalizes itself.
class Stmt final {
public:
    Stmt(sqlite3* h, const QByteArray& sql) { m_rc = sqlite3_prepare_v2(h, sql.constData(), -1, &m_st, nullptr); }
    ~Stmt() { sqlite3_finalize(m_st); }
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt* get() const { return m_st; }
    void bindText(int i, const QByteArray& v)
    {
        if (v.isNull())
            sqlite3_bind_null(m_st, i);
        else
            sqlite3_bind_text(m_st, i, v.constData(), int(v.size()), SQLITE_TRANSIENT);
    }
    void bindInt(int i, qint64 v) { sqlite3_bind_int64(m_st, i, v); }
    /// Binds without copying: the bytes must live until the statement is reset.
    void bindField(int i, const PgRow& row, int field)
    {
        if (row.isNull(field))
            sqlite3_bind_null(m_st, i);
        else
            sqlite3_bind_text(m_st, i, row.view(field).data(), int(row.view(field).size()), SQLITE_STATIC);
    }
    /// Steps once; true for a row or done, false on error.
    int step() { return sqlite3_step(m_st); }
    void reset()
    {
        sqlite3_reset(m_st);
        sqlite3_clear_bindings(m_st);
    }
    qint64 int64(int c) const { return sqlite3_column_int64(m_st, c); }
    QByteArray text(int c) const
    {
        if (sqlite3_column_type(m_st, c) == SQLITE_NULL)
            return {};
        return QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(m_st, c)), sqlite3_column_bytes(m_st, c));
    }

private:
    sqlite3_stmt* m_st = nullptr;
    int m_rc = SQLITE_ERROR;
};

bool execSql(sqlite3* h, const char* sql, QString* error);
QString lastError(sqlite3* h);

/// The columns of a pulled table, one name each.
QList<QByteArray> columnList(const PulledTable& t);
/// A plain INSERT of a pulled table's columns, for tables that start empty.
QByteArray insertSql(const PulledTable& t);
/// Which of the pulled columns the local table declares as integers.
QList<bool> integerColumns(sqlite3* h, const PulledTable& t);
/// Parses a decimal integer as PostgreSQL prints it; false for anything else.
bool parseInteger(QByteArrayView v, qint64* out);
/// Binds one pulled row to a statement of the table's columns: integers as numbers, the rest as text.
void bindRow(Stmt& st, const PgRow& row, const QList<bool>& integer);

/// The expressions of the CHECK constraints in a CREATE TABLE statement, in order.
QList<QByteArray> checkConstraints(QByteArrayView createTableSql);
/// Tests every row of `table` against the CHECK constraints of its CREATE TABLE statement in one scan:
/// for rows written with `PRAGMA ignore_check_constraints` on. False, with the first row that breaks
/// one in *error, or on a SQLite error.
bool verifyChecks(sqlite3* h, const QByteArray& table, const QByteArray& createTableSql, QString* error);

} // namespace meldpunt::sync
