// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII layer over libpq for the sync engine's work connection: statements with parameters,
// and COPY ... TO STDOUT streamed row by row (text format) for pulls.
#pragma once

#include <QByteArray>
#include <QList>
#include <QVarLengthArray>
#include <QString>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace meldpunt {

class PgResult final {
public:
    PgResult() = default;
    explicit PgResult(pg_result* r);
    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    QByteArray sqlState() const { return m_sqlState; }
    int rows() const;
    bool isNull(int row, int col) const;
    QByteArray value(int row, int col) const;
    QString text(int row, int col) const { return QString::fromUtf8(value(row, col)); }
    qint64 number(int row, int col) const { return value(row, col).toLongLong(); }

private:
    std::shared_ptr<pg_result> m_result;
    bool m_ok = false;
    QString m_error;
    QByteArray m_sqlState;
};

/// One COPY text row, unescaped, in one buffer: few allocations per row, as a first pull reads millions.
class PgRow final {
public:
    int size() const { return int(m_start.size()); }
    bool isNull(int i) const { return m_length[i] < 0; }
    /// The field's bytes, valid while the row lives; empty for null.
    QByteArrayView view(int i) const
    {
        return m_length[i] < 0 ? QByteArrayView() : QByteArrayView(m_data.constData() + m_start[i], m_length[i]);
    }
    /// A copy of the field; a null QByteArray for SQL NULL.
    QByteArray operator[](int i) const { return m_length[i] < 0 ? QByteArray() : view(i).toByteArray(); }
    QByteArray value(int i) const { return i < size() ? (*this)[i] : QByteArray(); }
    QByteArray last() const { return (*this)[size() - 1]; }

    /// Parses one line of COPY text format (without its newline).
    void parse(const char* line, int size);

private:
    QByteArray m_data;
    QVarLengthArray<int, 32> m_start;
    QVarLengthArray<int, 32> m_length;
};

class PgConnection final {
    Q_DISABLE_COPY_MOVE(PgConnection)
public:
    PgConnection() = default;
    ~PgConnection();

    bool open(const QByteArray& conninfo, QString* error);
    void close();
    bool isOpen() const;
    /// False when the server went away (the connection is then closed).
    bool isBroken() const;
    pg_conn* handle() const { return m_conn; }

    PgResult exec(const QByteArray& sql);
    PgResult exec(const QByteArray& sql, const QList<QByteArray>& params);
    /// Runs COPY (...) TO STDOUT and calls onRow for every row; onRow returns false to stop early.
    bool copyOut(const QByteArray& copySql, const std::function<bool(const PgRow&)>& onRow, QString* error);
    /// Runs COPY ... FROM STDIN and sends the text-format data produced by next() until it returns false.
    bool copyIn(const QByteArray& copySql, const std::function<bool(QByteArray*)>& next, QString* error);

    /// Escapes a value for COPY text format (tab, newline, backslash); a null QByteArray becomes \N.
    static void appendCopyField(QByteArray* line, const QByteArray& value);
    static QByteArray quoteLiteral(const QByteArray& value);

private:
    QString lastError() const;
    pg_conn* m_conn = nullptr;
};

} // namespace meldpunt
