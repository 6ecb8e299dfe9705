// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demobulk.h"

#include "domain/cputime.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/sqliteexec.h"

#include <QFile>

#include <sqlite3.h>

namespace meldpunt::demo {

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

bool Statement::prepare(sqlite3* db, const char* sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    return sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) == SQLITE_OK;
}

void Statement::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

void Statement::bind(int i, qint64 v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}

void Statement::bind(int i, int v)
{
    sqlite3_bind_int(m_stmt, i, v);
}

void Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}

void Statement::bind(int i, const char* s)
{
    sqlite3_bind_text(m_stmt, i, s, -1, SQLITE_STATIC);
}

void Statement::bind(int i, const char* s, int n)
{
    sqlite3_bind_text(m_stmt, i, s, n, SQLITE_STATIC);
}

void Statement::bind(int i, const std::string& s)
{
    sqlite3_bind_text(m_stmt, i, s.data(), int(s.size()), SQLITE_STATIC);
}

void Statement::bindCopy(int i, const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

void Statement::bindOrNull(int i, qint64 v)
{
    if (v)
        bind(i, v);
    else
        bindNull(i);
}

void Statement::bindOrNull(int i, const std::string& s)
{
    if (s.empty())
        bindNull(i);
    else
        bind(i, s);
}

std::string multiRowInsert(const char* head, int columns, int rows)
{
    std::string row = "(";
    for (int c = 0; c < columns; ++c)
        row += c ? ",?" : "?";
    row += ')';
    std::string sql = head;
    sql += " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += ',';
        sql += row;
    }
    return sql;
}

bool execSql(sqlite3* db, const char* sql, QString* error)
{
    return execSqlite(db, sql, error);
}

SideWriter::~SideWriter()
{
    abort();
}

bool SideWriter::start(const QString& path, const std::vector<std::string>& schema, QString* error)
{
    QFile::remove(path);
    if (sqlite3_open_v2(QFile::encodeName(path).constData(),
            &m_db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
            nullptr)
        != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
        return false;
    }
    // A scratch file: no journal, no syncing, and a large FTS5 buffer so that the index is written
    // in a few big segments instead of many small ones that must be merged again.
    const char* pragmas[] = { "PRAGMA journal_mode = OFF",
        "PRAGMA synchronous = OFF",
        "PRAGMA locking_mode = NORMAL",
        "PRAGMA cache_size = -65536",
        "PRAGMA secure_delete = OFF",
        "PRAGMA foreign_keys = OFF" };
    for (const char* p : pragmas)
        if (!execSql(m_db, p, error))
            return false;
    for (const std::string& sql : schema)
        if (!execSql(m_db, sql.c_str(), error))
            return false;
    // No merges while the index is built (not even a crisis merge): the settle at the end lifts the
    // segments as they are.
    if (!execSql(m_db, "INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0)", error)
        || !execSql(m_db, "INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256)", error)
        || !execSql(m_db, "INSERT INTO report_fts(report_fts, rank) VALUES ('hashsize', 134217728)", error)
        || !execSql(m_db, "BEGIN", error))
        return false;
    const char* documents = "INSERT INTO report_fts(rowid, ref, description, address, citizen)";
    if (!m_document.prepare(m_db, multiRowInsert(documents, 5, 1).c_str())) {
        *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

void SideWriter::push(std::unique_ptr<SideBatch> batch)
{
    std::unique_lock lock(m_mutex);
    // Generous: the thread may fall behind while reports are written and catch up while the
    // main thread builds the indexes; about 2 MB per batch.
    m_changed.wait(lock, [this] { return m_queue.size() < 64 || m_abort.load(); });
    if (m_abort.load())
        return;
    m_queue.push_back(std::move(batch));
    m_changed.notify_all();
}

std::unique_ptr<SideBatch> SideWriter::takeEmpty()
{
    std::lock_guard lock(m_mutex);
    if (m_spare.empty())
        return std::make_unique<SideBatch>();
    std::unique_ptr<SideBatch> b = std::move(m_spare.back());
    m_spare.pop_back();
    b->clear();
    return b;
}

void SideWriter::run()
{
    for (;;) {
        std::unique_ptr<SideBatch> batch;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_closing || m_abort.load(); });
            if (m_abort.load())
                return;
            if (m_queue.empty())
                break; // closing and drained
            batch = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        if (!write(*batch)) {
            std::lock_guard lock(m_mutex);
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            m_abort = true;
            m_changed.notify_all();
            return;
        }
        std::lock_guard lock(m_mutex);
        m_spare.push_back(std::move(batch));
    }
    QString error;
    m_cpuMs = threadCpuMs();
    m_document.finalize();
    bool ok = execSql(m_db, "COMMIT", &error)
        // The buffer size is a setting stored with the index; the real file keeps the default.
        && execSql(m_db, "DELETE FROM report_fts_config WHERE k = 'hashsize'", &error)
        && settleBulkSearchIndex(m_db, &error); // the file is closed in finish(), without another write
    std::lock_guard lock(m_mutex);
    if (!ok)
        m_error = error;
}

bool SideWriter::write(const SideBatch& b)
{
    const char* text = b.text.data();
    // One row at a time here: a multi-row VALUES into a virtual table goes through a temporary
    // table and is slower.
    for (const SideBatch::SearchRow& d : b.documents) {
        m_document.bind(1, d.report);
        m_document.bind(2, text + d.ref, int(d.refLength));
        m_document.bind(3, text + d.description, int(d.descriptionLength));
        m_document.bind(4, text + d.address, int(d.addressLength));
        m_document.bind(5, text + d.citizen, int(d.citizenLength));
        if (!m_document.step())
            return false;
    }
    return true;
}

bool SideWriter::finish(QString* error)
{
    if (m_thread.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
            m_changed.notify_all();
        }
        m_thread.join();
    }
    m_document.finalize();
    bool ok = m_error.isEmpty() && !m_abort.load();
    if (!ok && error)
        *error = m_error;
    if (m_db) {
        if (sqlite3_close(m_db) != SQLITE_OK && ok) {
            ok = false;
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        m_db = nullptr;
    }
    return ok;
}

void SideWriter::abort()
{
    {
        std::lock_guard lock(m_mutex);
        m_abort = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    m_document.finalize();
    if (m_db) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

} // namespace meldpunt::demo
