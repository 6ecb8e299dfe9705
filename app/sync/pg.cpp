// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/pg.h"

#include <libpq-fe.h>

#include <cstring>
#include <vector>

namespace meldpunt {

PgResult::PgResult(pg_result* r)
    : m_result(r, PQclear)
{
    const ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    m_ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_COPY_OUT || st == PGRES_COPY_IN;
    if (!m_ok) {
        m_error = r ? QString::fromUtf8(PQresultErrorMessage(r)).trimmed() : QStringLiteral("no result");
        if (r && PQresultErrorField(r, PG_DIAG_SQLSTATE))
            m_sqlState = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    }
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgResult::isNull(int row, int col) const
{
    return !m_result || PQgetisnull(m_result.get(), row, col);
}

QByteArray PgResult::value(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QByteArray(PQgetvalue(m_result.get(), row, col), PQgetlength(m_result.get(), row, col));
}

PgConnection::~PgConnection()
{
    close();
}

bool PgConnection::open(const QByteArray& conninfo, QString* error)
{
    close();
    m_conn = PQconnectdb(conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        if (error)
            *error = lastError();
        close();
        return false;
    }
    PQsetClientEncoding(m_conn, "UTF8");
    return true;
}

void PgConnection::close()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = nullptr;
}

bool PgConnection::isOpen() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::isBroken() const
{
    return !m_conn || PQstatus(m_conn) != CONNECTION_OK;
}

QString PgConnection::lastError() const
{
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QStringLiteral("not connected");
}

PgResult PgConnection::exec(const QByteArray& sql)
{
    return PgResult(m_conn ? PQexec(m_conn, sql.constData()) : nullptr);
}

PgResult PgConnection::exec(const QByteArray& sql, const QList<QByteArray>& params)
{
    if (!m_conn)
        return PgResult(nullptr);
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const QByteArray& p : params)
        values.push_back(p.isNull() ? nullptr : p.constData());
    return PgResult(
        PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0));
}

namespace {

} // namespace

void PgRow::parse(const char* line, int size)
{
    m_start.clear();
    m_length.clear();
    m_data.resize(size); // unescaping never makes a field longer
    char* out = m_data.data();
    int written = 0;
    int fieldStart = 0;
    bool null = false;
    auto finish = [&] {
        m_start.append(fieldStart);
        m_length.append(null ? -1 : written - fieldStart);
        fieldStart = written;
        null = false;
    };
    int i = 0;
    while (i < size) {
        // Plain bytes up to the next tab or backslash go in one copy.
        const char* from = line + i;
        int run = 0;
        while (i + run < size && from[run] != '\t' && from[run] != '\\')
            ++run;
        memcpy(out + written, from, size_t(run));
        written += run;
        i += run;
        if (i >= size)
            break;
        if (line[i] == '\t') {
            finish();
            ++i;
            continue;
        }
        if (i + 1 >= size) {
            out[written++] = '\\';
            ++i;
            continue;
        }
        const char e = line[i + 1];
        i += 2;
        switch (e) {
        case 'N':
            null = true;
            break;
        case 't':
            out[written++] = '\t';
            break;
        case 'n':
            out[written++] = '\n';
            break;
        case 'r':
            out[written++] = '\r';
            break;
        case 'b':
            out[written++] = '\b';
            break;
        case 'f':
            out[written++] = '\f';
            break;
        case 'v':
            out[written++] = '\v';
            break;
        default:
            out[written++] = e;
            break;
        }
    }
    finish();
}

bool PgConnection::copyOut(
    const QByteArray& copySql, const std::function<bool(const PgRow&)>& onRow, QString* error)
{
    PgResult start = exec(copySql);
    if (!start.ok()) {
        if (error)
            *error = start.error();
        return false;
    }
    bool stopped = false;
    for (;;) {
        char* buffer = nullptr;
        const int n = PQgetCopyData(m_conn, &buffer, 0);
        if (n == -1)
            break;
        if (n == -2) {
            if (error)
                *error = lastError();
            return false;
        }
        if (!stopped) {
            int size = n;
            if (size > 0 && buffer[size - 1] == '\n')
                --size;
            PgRow row; // a fresh one: a caller that keeps a copy never makes the next row copy its bytes
            row.parse(buffer, size);
            if (!onRow(row))
                stopped = true; // keep reading to the end: the connection must leave COPY state
        }
        PQfreemem(buffer);
    }
    PgResult end(PQgetResult(m_conn));
    while (pg_result* extra = PQgetResult(m_conn))
        PQclear(extra);
    if (!end.ok()) {
        if (error)
            *error = end.error();
        return false;
    }
    return true;
}

bool PgConnection::copyIn(const QByteArray& copySql, const std::function<bool(QByteArray*)>& next, QString* error)
{
    PgResult start = exec(copySql);
    if (!start.ok()) {
        if (error)
            *error = start.error();
        return false;
    }
    QByteArray chunk;
    bool ok = true;
    while (next(&chunk)) {
        if (!chunk.isEmpty() && PQputCopyData(m_conn, chunk.constData(), int(chunk.size())) != 1) {
            ok = false;
            break;
        }
        chunk.clear();
    }
    PQputCopyEnd(m_conn, ok ? nullptr : "aborted by the client");
    PgResult end(PQgetResult(m_conn));
    while (pg_result* extra = PQgetResult(m_conn))
        PQclear(extra);
    if (!ok || !end.ok()) {
        if (error)
            *error = ok ? end.error() : lastError();
        return false;
    }
    return true;
}

void PgConnection::appendCopyField(QByteArray* line, const QByteArray& value)
{
    if (value.isNull()) {
        line->append("\\N");
        return;
    }
    for (const char c : value) {
        switch (c) {
        case '\\':
            line->append("\\\\");
            break;
        case '\t':
            line->append("\\t");
            break;
        case '\n':
            line->append("\\n");
            break;
        case '\r':
            line->append("\\r");
            break;
        default:
            line->append(c);
        }
    }
}

QByteArray PgConnection::quoteLiteral(const QByteArray& value)
{
    QByteArray out("'");
    for (const char c : value) {
        if (c == '\'')
            out.append("''");
        else
            out.append(c);
    }
    out.append('\'');
    return out;
}

} // namespace meldpunt
