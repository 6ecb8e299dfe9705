// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk writing for the demo generator: prepared statements, and a second thread that builds the
// search index in a side file while the main thread writes the reports and their history.
#pragma once

#include <QString>
#include <QtGlobal>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace meldpunt::demo {

/// A prepared statement that finalizes itself; text is bound without copying, so it must live
/// until the next step().
class Statement final {
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool prepare(sqlite3* db, const char* sql);
    void finalize();
    /// Runs the statement once and resets it; false on an error (see sqlite3_errmsg).
    bool step();
    sqlite3_stmt* get() const { return m_stmt; }

    void bind(int i, qint64 v);
    void bind(int i, int v);
    void bind(int i, double v);
    void bind(int i, const char* s);
    void bind(int i, const char* s, int n);
    void bind(int i, const std::string& s);
    void bindCopy(int i, const QString& s);
    void bindNull(int i);
    /// Binds NULL for 0: the ids and times that are absent.
    void bindOrNull(int i, qint64 v);
    void bindOrNull(int i, const std::string& s);

private:
    sqlite3_stmt* m_stmt = nullptr;
};

/// "head VALUES (?,…),(?,…),…": an INSERT of `rows` rows of `columns` parameters each.
std::string multiRowInsert(const char* head, int columns, int rows);

/// Runs SQL without results; on failure `error` gets SQLite's message.
bool execSql(sqlite3* db, const char* sql, QString* error);

/// What the main thread hands over per batch of reports: the text to index, kept in `text`.
struct SideBatch {
    struct SearchRow {
        qint64 report;
        quint32 ref, refLength;
        quint32 description, descriptionLength;
        quint32 address, addressLength;
        quint32 citizen, citizenLength;
    };
    std::vector<SearchRow> documents;
    std::string text;

    quint32 append(const char* s, size_t n)
    {
        const auto at = quint32(text.size());
        text.append(s, n);
        return at;
    }
    void clear()
    {
        documents.clear();
        text.clear();
    }
};

/// Builds the FTS5 search index in a separate database file on its own thread. The main thread
/// later copies the index's tables into the real file with INSERT ... SELECT, which SQLite turns
/// into a transfer of whole records; tokenizing a million descriptions thus runs beside the rest.
class SideWriter final {
public:
    SideWriter() = default;
    ~SideWriter();
    SideWriter(const SideWriter&) = delete;
    SideWriter& operator=(const SideWriter&) = delete;

    /// Creates `path` with the given schema statements and starts the thread.
    bool start(const QString& path, const std::vector<std::string>& schema, QString* error);
    /// Queues a batch; blocks while the thread is far behind, so memory stays bounded.
    void push(std::unique_ptr<SideBatch> batch);
    /// An empty batch to fill, reusing the memory of finished ones.
    std::unique_ptr<SideBatch> takeEmpty();
    /// Waits until everything is written and the file is closed; false with a reason on failure.
    bool finish(QString* error);
    /// Stops at once (cancel or failure elsewhere); the file is left for the caller to remove.
    void abort();
    /// True once the thread has stopped on an error (the reason comes from finish()).
    bool failed() const { return m_abort.load(); }
    /// CPU time the thread used, for the timing log (0 where not measurable).
    qint64 cpuMs() const { return m_cpuMs; }

private:
    void run();
    bool write(const SideBatch& batch);

    sqlite3* m_db = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<SideBatch>> m_queue;
    std::vector<std::unique_ptr<SideBatch>> m_spare;
    bool m_closing = false;
    std::atomic<bool> m_abort { false };
    QString m_error;
    qint64 m_cpuMs = 0;
    Statement m_document;
};

} // namespace meldpunt::demo
