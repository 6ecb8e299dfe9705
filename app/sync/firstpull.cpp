// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/firstpull.h"

#include "domain/cputime.h"
#include "store/database.h"
#include "store/searchindex.h"

#include "sync/replica.h"
#include "sync/sqlitebulk.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>

#if defined(Q_OS_LINUX)
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcFirstPull, "meldpunt.sync.first", QtWarningMsg)

namespace meldpunt {

using namespace meldpunt::sync;

bool streamCopy(PgConnection& pg, const QByteArray& copySql, int batch, const std::atomic_bool& stop,
    const std::function<bool(QList<PgRow>&&)>& consume, QString* error)
{
    std::mutex mutex;
    std::condition_variable changed;
    QList<QList<PgRow>> queue;
    bool readerDone = false;
    bool stopReading = false;
    bool readOk = true;
    QString readError;
    std::thread reader([&] {
        QList<PgRow> rows;
        rows.reserve(batch);
        auto hand = [&](QList<PgRow>&& full) {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return queue.size() < 2 || stopReading; });
            queue.append(std::move(full));
            changed.notify_all();
            return !stopReading;
        };
        readOk = pg.copyOut(
            copySql,
            [&](const PgRow& row) {
                if (stop)
                    return false;
                rows.append(row);
                if (rows.size() < batch)
                    return true;
                const bool go = hand(std::move(rows));
                rows = QList<PgRow>();
                rows.reserve(batch);
                return go;
            },
            &readError);
        if (readOk && !rows.isEmpty() && !stop)
            hand(std::move(rows));
        std::lock_guard lock(mutex);
        readerDone = true;
        changed.notify_all();
    });
    bool ok = true;
    for (;;) {
        QList<PgRow> rows;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !queue.isEmpty() || readerDone; });
            if (queue.isEmpty())
                break;
            rows = queue.takeFirst();
            changed.notify_all();
        }
        if (ok && !stop)
            ok = consume(std::move(rows));
        if (!ok || stop) {
            std::lock_guard lock(mutex);
            stopReading = true;
            changed.notify_all();
        }
    }
    reader.join();
    if (!ok)
        return false;
    if (!readOk && error)
        *error = readError;
    return readOk && !stop;
}

namespace {

constexpr int kBatch = 20000;
/// A memory map as large as any replica: SQLite then reads pages in place instead of copying them into its cache.
constexpr char kMapWholeFile[] = "mmap_size = 4294967296";
/// The page cache of the report index builds, which also bounds the sorter's runs. Four of the report
/// indexes, built in the sqlite3 shell from a million-report replica, took 4.1 s of processor time with
/// 4 MB, 4.5–4.7 s with 8 MB and 2 MB, 5.6 s with 64 MB. (The history's index over 6.5 million rows is
/// not faster with it, and keeps 64 MB.)
constexpr char kIndexCache[] = "PRAGMA cache_size = -4000";

/// A SQLite file written by one thread from start to end, without a log: a file that is thrown away
/// if anything goes wrong before it is complete. Its CHECK constraints are tested once per table after
/// the rows are in (verifyChecks): checked row by row, an IN list builds its lookup table again for
/// every row, which made the reports' insert take twice as long.
class ScratchFile final {
public:
    ~ScratchFile() { close(); }
    bool open(const QString& path, QString* error)
    {
        QFile::remove(path);
        if (sqlite3_open_v2(
                QFile::encodeName(path).constData(), &m_h, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            != SQLITE_OK) {
            *error = lastError(m_h);
            return false;
        }
        for (const char* p : { "PRAGMA journal_mode = OFF",
                 "PRAGMA synchronous = OFF",
                 "PRAGMA main.locking_mode = EXCLUSIVE",
                 "PRAGMA foreign_keys = OFF",
                 "PRAGMA cache_size = -524288",
                 "PRAGMA temp_store = MEMORY",
                 "PRAGMA ignore_check_constraints = ON" })
            if (!execSql(m_h, p, error))
                return false;
        return true;
    }
    void close()
    {
        if (m_h)
            sqlite3_close_v2(m_h);
        m_h = nullptr;
    }
    sqlite3* get() const { return m_h; }
    bool exec(const QByteArray& sql, QString* error) const { return execSql(m_h, sql.constData(), error); }

private:
    sqlite3* m_h = nullptr;
};

/// Writes a file out to the disk while it is being built, and makes it durable at the end. Written
/// without a log and without syncs, the new replica would otherwise sit in memory until it is renamed
/// into place, where the file system flushes it at once (ext4 does for a file renamed over another):
/// seconds of waiting at the very end. Linux only; elsewhere the rename is left as it is.
class Writeback final {
public:
    explicit Writeback(const QString& path)
    {
#if defined(Q_OS_LINUX)
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return;
        m_thread = std::thread([this] {
            std::unique_lock lock(m_mutex);
            while (!m_done) {
                m_changed.wait_for(lock, std::chrono::milliseconds(250));
                if (!m_done)
                    sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE); // starts writing, does not wait
            }
        });
#else
        Q_UNUSED(path);
#endif
    }
    ~Writeback()
    {
        finish(false);
    }
    /// Stops; with `durable`, waits until the file is on the disk. False, with errno set, when the disk
    /// refused it.
    bool finish(bool durable)
    {
        bool ok = true;
#if defined(Q_OS_LINUX)
        if (m_thread.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_done = true;
            }
            m_changed.notify_all();
            m_thread.join();
        }
        if (m_fd >= 0) {
            ok = !durable || fdatasync(m_fd) == 0;
            const int why = errno;
            ::close(m_fd);
            m_fd = -1;
            errno = why;
        }
#else
        Q_UNUSED(durable);
#endif
        return ok;
    }

private:
    int m_fd = -1;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
};

/// The search-index thread (and the COPY reader it starts, which inherits it) gives way to the other
/// two: the replica's writer, and the history, which the writer has to copy in before it is done (about
/// 10 s). With the history first the copy-in runs while the search index is still being built, and
/// only the search index's short copy-in (1 s) is left at the end; with both helpers at nice 4 the
/// history finished last and the other processor sat idle during its copy-in (ratio 3.06 and 2.84 in
/// two runs against 3.74 and 3.09 beside them). Linux only, where the nice value belongs to the thread.
void giveWay()
{
#if defined(Q_OS_LINUX)
    constexpr int kSearchIndexNice = 6;
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), kSearchIndexNice);
#endif
}

/// The first error of several threads, and a flag the others stop on.
class Failure final {
public:
    void set(const QString& why)
    {
        std::lock_guard lock(m_mutex);
        if (m_why.isEmpty())
            m_why = why.isEmpty() ? QStringLiteral("?") : why;
        m_failed = true;
    }
    const std::atomic_bool& flag() const { return m_failed; }
    QString why() const
    {
        std::lock_guard lock(m_mutex);
        return m_why;
    }

private:
    mutable std::mutex m_mutex;
    QString m_why;
    std::atomic_bool m_failed { false };
};

/// What the new file is made of, read from the desk's current file.
struct Schema {
    QList<QByteArray> tables; ///< CREATE TABLE / CREATE VIRTUAL TABLE, in the order they were made
    QList<QByteArray> localTables; ///< names of the desk's own tables, copied over as they are
    QHash<QByteArray, QByteArray> tableSql; ///< CREATE TABLE by table name
    QList<QByteArray> indexes;
    QList<QByteArray> eventIndexes;
    QList<QByteArray> triggers;
    QByteArray eventTable;
    QByteArray ftsTable;
    QList<QByteArray> ftsShadows;
    int version = 0;
};

bool readSchema(sqlite3* h, Schema* s, QString* error)
{
    QSet<QByteArray> replicated { "report_follower", "message" };
    for (const PulledTable& t : pulledTables())
        replicated.insert(t.local);
    QList<QByteArray> virtualTables;
    {
        Stmt st(h, "SELECT name FROM src.sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'");
        while (st.step() == SQLITE_ROW)
            virtualTables << st.text(0);
    }
    Stmt st(h,
        "SELECT type, name, tbl_name, sql FROM src.sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite_%' ORDER BY rowid");
    if (!st.ok()) {
        *error = lastError(h);
        return false;
    }
    while (st.step() == SQLITE_ROW) {
        const QByteArray type = st.text(0);
        const QByteArray name = st.text(1);
        const QByteArray table = st.text(2);
        const QByteArray sql = st.text(3);
        if (type == "table") {
            const bool shadow = std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&](const QByteArray& v) {
                return name.startsWith(v + '_');
            });
            if (shadow) {
                if (name.startsWith("report_fts_"))
                    s->ftsShadows << name;
                continue;
            }
            s->tables << sql;
            s->tableSql.insert(name, sql);
            if (name == "report_event")
                s->eventTable = sql;
            else if (name == "report_fts")
                s->ftsTable = sql;
            else if (!virtualTables.contains(name) && !replicated.contains(name))
                s->localTables << name;
        } else if (type == "index") {
            (table == "report_event" ? s->eventIndexes : s->indexes) << sql;
        } else if (type == "trigger") {
            s->triggers << sql;
        }
    }
    Stmt v(h, "PRAGMA src.user_version");
    s->version = v.step() == SQLITE_ROW ? int(v.int64(0)) : 0;
    if (s->eventTable.isEmpty() || s->ftsTable.isEmpty()) {
        *error = FirstPull::tr("The desk's database lacks the history or the full-text table.");
        return false;
    }
    return true;
}

const PulledTable& eventTable()
{
    for (const PulledTable& t : pulledTables())
        if (t.kind == PulledTable::Kind::Event)
            return t;
    Q_UNREACHABLE();
}

/// The pull's COPY queries read whole tables once: compiling them (PostgreSQL's JIT, on by default for
/// queries this expensive) costs server time and buys nothing.
constexpr char kNoJit[] = "SET jit = off";

/// Opens a second connection to the server that sees the same snapshot as the first.
bool openInSnapshot(PgConnection* pg, const QByteArray& conninfo, const QByteArray& snapshot, QString* error)
{
    if (!pg->open(conninfo, error))
        return false;
    pg->exec(kNoJit);
    PgResult r = pg->exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (r.ok())
        r = pg->exec("SET TRANSACTION SNAPSHOT " + PgConnection::quoteLiteral(snapshot));
    if (!r.ok())
        *error = r.error();
    return r.ok();
}

/// The reports' searchable text, handed from the replica's writer, which reads the reports anyway, to
/// the search index's thread: a second read of the same text from the server cost it 3.3 s there
/// and the parsing of 250 MB here. Unbounded, so that the writer never waits for the index, which
/// gives way to it (giveWay); compact, about 185 bytes a report.
class SearchFeed final {
public:
    struct Batch {
        struct Entry {
            qint64 id = 0;
            qint64 citizen = -1; ///< -1 without a citizen
            int end[3] {}; ///< where ref, description and address end in `text`
        };
        QList<Entry> entries;
        QByteArray text;
    };

    /// Takes the search text out of the server's report rows (columns named by position).
    void add(const QList<PgRow>& rows, int id, int ref, int description, int address, int citizen)
    {
        Batch b;
        b.entries.reserve(rows.size());
        b.text.reserve(rows.size() * 192);
        for (const PgRow& row : rows) {
            Batch::Entry e;
            if (!parseInteger(row.view(id), &e.id))
                continue; // the writer refuses such a row and stops the pull
            if (row.isNull(citizen) || !parseInteger(row.view(citizen), &e.citizen))
                e.citizen = -1;
            const int columns[3] { ref, description, address };
            for (int i = 0; i < 3; ++i) {
                b.text += row.view(columns[i]);
                e.end[i] = int(b.text.size());
            }
            b.entries.append(e);
        }
        std::lock_guard lock(m_mutex);
        m_queue.append(std::move(b));
        m_changed.notify_all();
    }
    /// No more batches: all reports were handed over, or the pull stops.
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_changed.notify_all();
    }
    /// The next batch; false when there are none left and no more will come.
    bool next(Batch* out)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_queue.isEmpty() || m_finished; });
        if (m_queue.isEmpty())
            return false;
        *out = m_queue.takeFirst();
        return true;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    QList<Batch> m_queue;
    bool m_finished = false;
};

/// Builds the full-text index of the reports in a file of its own: the text the writer hands over
/// (`feed`) with the citizens' names, read from the server's snapshot.
bool buildSearchIndex(PgConnection& pg, SearchFeed& feed, const QString& path, const QByteArray& createSql,
    const std::atomic_bool& stop, const std::atomic_bool& complete, QString* error)
{
    ScratchFile f;
    if (!f.open(path, error) || !f.exec(createSql, error)
        || !f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0)", error)
        || !f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256)", error)
        || !f.exec("INSERT INTO report_fts(report_fts, rank) VALUES ('hashsize', 268435456)", error)
        || !f.exec("BEGIN", error))
        return false;
    // The citizens' names: joined on the server (a nested loop over a million reports) the same rows
    // took 3.5 s there instead of 1.2 s.
    QHash<qint64, QByteArray> names;
    bool ok = pg.copyOut(
        "COPY (SELECT id, name FROM meldpunt.citizen) TO STDOUT",
        [&](const PgRow& row) {
            qint64 id = 0;
            if (row.size() >= 2 && parseInteger(row.view(0), &id))
                names.insert(id, row[1]);
            return !stop;
        },
        error);
    pg.exec("COMMIT");
    Stmt insert(f.get(), "INSERT INTO report_fts (rowid, ref, description, address, citizen) VALUES (?, ?, ?, ?, ?)");
    SearchFeed::Batch batch;
    while (ok && !stop && feed.next(&batch)) {
        const char* text = batch.text.constData();
        int start = 0; // each entry's text follows the one before
        for (const SearchFeed::Batch::Entry& e : std::as_const(batch.entries)) {
            sqlite3_bind_int64(insert.get(), 1, e.id);
            for (int i = 0; i < 3; ++i) {
                sqlite3_bind_text(insert.get(), i + 2, text + start, e.end[i] - start, SQLITE_STATIC);
                start = e.end[i];
            }
            const auto name = e.citizen >= 0 ? names.constFind(e.citizen) : names.cend();
            if (name != names.cend())
                sqlite3_bind_text(insert.get(), 5, name->constData(), int(name->size()), SQLITE_STATIC);
            else
                sqlite3_bind_null(insert.get(), 5);
            ok = insert.step() == SQLITE_DONE;
            insert.reset();
            if (!ok) {
                *error = lastError(f.get());
                break;
            }
        }
    }
    qCInfo(lcFirstPull) << "search index rows in, processor" << threadCpuMs() << "ms";
    // Only an index of every report is worth settling: `complete` says the writer handed them all over.
    if (!ok || stop || !complete)
        return false;
    // The settle lifts the segments a level by rewriting one record; the file is closed right after it.
    return f.exec("DELETE FROM report_fts_config WHERE k = 'hashsize'", error) && f.exec("COMMIT", error)
        && settleBulkSearchIndex(f.get(), error);
}

bool insertRows(sqlite3* h, Stmt& insert, const QList<bool>& integer, const QList<PgRow>& rows, const PulledTable& t,
    QString* error)
{
    const int storedAsNull = columnStoredAsNull(t);
    for (const PgRow& row : rows) {
        if (row.size() < integer.size()) {
            *error = Replica::tr("The server sent a row of %1 with %2 fields; %3 expected.")
                         .arg(QString::fromLatin1(t.server))
                         .arg(row.size())
                         .arg(integer.size());
            return false;
        }
        bindRow(insert, row, integer);
        if (storedAsNull >= 0)
            sqlite3_bind_null(insert.get(), storedAsNull + 1);
        if (insert.step() != SQLITE_DONE) {
            *error = Replica::tr("Applying %1 %2 failed: %3")
                         .arg(QString::fromLatin1(t.server), QString::fromUtf8(row.view(0)), lastError(h));
            return false;
        }
        insert.reset();
    }
    return true;
}

} // namespace

FirstPull::FirstPull(
    const QByteArray& conninfo, const QString& source, const std::atomic_bool* cancel, Progress progress)
    : m_conninfo(conninfo), m_source(source), m_cancel(cancel), m_progress(std::move(progress))
{}

bool FirstPull::build(const QString& target, QByteArray* cursor, QString* error)
{
    const QString eventsPath = target + QStringLiteral("-history");
    const QString ftsPath = target + QStringLiteral("-search");
    bool built = false;
    auto cleanup = qScopeGuard([&] {
        QFile::remove(eventsPath);
        QFile::remove(ftsPath);
        if (!built)
            QFile::remove(target);
    });
    QElapsedTimer clock; // this thread's phases
    clock.start();
    QElapsedTimer sinceStart; // read by the history's thread, never restarted
    sinceStart.start();

    // One snapshot of the server for every table, shared with the history's connection.
    PgConnection pg;
    if (!pg.open(m_conninfo, error))
        return false;
    pg.exec(kNoJit);
    PgResult r = pg.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!r.ok())
        return (*error = r.error()), false;
    r = pg.exec("SELECT pg_snapshot_xmin(pg_current_snapshot()), pg_export_snapshot()");
    if (!r.ok())
        return (*error = r.error()), false;
    *cursor = r.value(0, 0);
    const QByteArray snapshot = r.value(0, 1);
    QByteArray count = "SELECT ";
    for (const PulledTable& t : pulledTables())
        count += QByteArray(count.size() > 7 ? " + " : "") + "(SELECT count(*) FROM meldpunt." + t.server + ")";
    r = pg.exec(count);
    const qint64 total = r.ok() ? r.number(0, 0) : 0;

    // The new file: the desk's schema, without indexes and triggers until the rows are in, and the
    // desk's own tables as they are.
    ScratchFile file;
    Schema schema;
    if (!file.open(target, error))
        return false;
    Writeback writeback(target);
    {
        Stmt attach(file.get(), "ATTACH ? AS src");
        const QByteArray source = QFile::encodeName(m_source);
        attach.bindText(1, source);
        if (attach.step() != SQLITE_DONE)
            return (*error = lastError(file.get())), false;
    }
    if (!readSchema(file.get(), &schema, error))
        return false;
    if (!file.exec("BEGIN", error))
        return false;
    for (const QByteArray& sql : std::as_const(schema.tables))
        if (!file.exec(sql, error))
            return false;
    for (const QByteArray& t : std::as_const(schema.localTables))
        if (!file.exec("INSERT INTO \"" + t + "\" SELECT * FROM src.\"" + t + "\"", error))
            return false;
    if (!file.exec("DELETE FROM setting WHERE key IN ('sync.cursor', 'sync.initialized', 'sync.bulk_sql')", error)
        || !file.exec("PRAGMA user_version = " + QByteArray::number(schema.version), error)
        || !file.exec("COMMIT", error) || !file.exec("DETACH src", error))
        return false;
    // sqlite_sequence, where a table counts with AUTOINCREMENT, is left to start afresh: the desk's own
    // tables keep their rows and ids, and new ids follow the largest.
    qCInfo(lcFirstPull) << "schema and desk tables" << clock.restart() << "ms";

    // The history and the search index read the same snapshot over connections of their own, opened
    // here, while the snapshot's transaction is surely still open.
    PgConnection pe;
    PgConnection ps;
    if (!openInSnapshot(&pe, m_conninfo, snapshot, error) || !openInSnapshot(&ps, m_conninfo, snapshot, error))
        return false;

    Failure failure;
    std::atomic<qint64> done { 0 };
    const std::atomic_bool& cancel = *m_cancel;
    auto stopping = [&] { return bool(cancel) || bool(failure.flag()); };
    std::atomic_bool stop { false };
    std::atomic_bool historyRunning { true };
    std::atomic_bool searchRunning { true };
    SearchFeed feed;
    std::atomic_bool reportsHandedOver { false };

    // The history: most of the rows, read over a second connection in the same snapshot and written to
    // a file of its own, with its index.
    std::thread history([&] {
        QString why;
        auto ok = [&] {
            ScratchFile f;
            if (!f.open(eventsPath, &why) || !f.exec(schema.eventTable, &why) || !f.exec("BEGIN", &why))
                return false;
            const PulledTable& t = eventTable();
            Stmt insert(f.get(), insertSql(t));
            const QList<bool> integer = integerColumns(f.get(), t);
            if (!streamCopy(
                    pe,
                    pullCopySql(t),
                    kBatch,
                    stop,
                    [&](QList<PgRow>&& rows) {
                        if (cancel)
                            return false;
                        if (!insertRows(f.get(), insert, integer, rows, t, &why))
                            return false;
                        done += rows.size();
                        return true;
                    },
                    &why))
                return false;
            qCInfo(lcFirstPull) << "history rows in after" << sinceStart.elapsed() << "ms";
            if (!f.exec("COMMIT", &why) || !verifyChecks(f.get(), t.local, schema.tableSql.value(t.local), &why)
                || !f.exec("PRAGMA cache_size = -65536", &why))
                return false;
            for (const QByteArray& sql : std::as_const(schema.eventIndexes))
                if (!f.exec(sql, &why))
                    return false;
            qCInfo(lcFirstPull) << "history indexed after" << sinceStart.elapsed() << "ms, processor" << threadCpuMs()
                                << "ms";
            return true;
        }();
        if (!ok) {
            failure.set(why);
            stop = true;
        }
        historyRunning = false;
    });

    std::thread search([&] {
        giveWay();
        QString why;
        if (!buildSearchIndex(ps, feed, ftsPath, schema.ftsTable, stop, reportsHandedOver, &why) && !stop) {
            failure.set(why.isEmpty() ? tr("The reports did not all reach the search index.") : why);
            stop = true;
        }
        qCInfo(lcFirstPull) << "search index built after" << sinceStart.elapsed() << "ms, processor" << threadCpuMs()
                            << "ms";
        searchRunning = false;
    });
    auto joinAll = qScopeGuard([&] {
        stop = true;
        feed.finish();
        history.join();
        search.join();
    });

    // This thread: reference data, citizens, reports and followers, into the new file.
    if (!file.exec("BEGIN", error))
        return false;
    for (const PulledTable& t : pulledTables()) {
        if (t.kind == PulledTable::Kind::Event)
            continue;
        const QString label = QString::fromLatin1(t.server);
        if (m_progress)
            m_progress(done, total, label);
        Stmt insert(file.get(), insertSql(t));
        const QList<bool> integer = integerColumns(file.get(), t);
        if (!insert.ok())
            return (*error = lastError(file.get())), false;
        const QList<QByteArray> columns = columnList(t);
        const bool feeds = t.kind == PulledTable::Kind::Report;
        const auto at = [&](const char* name) { return int(columns.indexOf(name)); };
        QString why;
        const bool ok = streamCopy(
            pg,
            pullCopySql(t, " ORDER BY id"),
            kBatch,
            stop,
            [&](QList<PgRow>&& rows) {
                if (stopping())
                    return false;
                if (!insertRows(file.get(), insert, integer, rows, t, &why))
                    return false;
                if (feeds)
                    feed.add(rows, at("id"), at("ref"), at("description"), at("address"), at("citizen_id"));
                done += rows.size();
                if (m_progress)
                    m_progress(done, total, label);
                return true;
            },
            &why);
        if (!ok) {
            failure.set(why);
            stop = true;
            break;
        }
        stop = stopping();
        if (stop)
            break;
        if (feeds) {
            reportsHandedOver = true;
            feed.finish();
        }
        qCInfo(lcFirstPull) << label << clock.restart() << "ms";
    }
    feed.finish(); // also when the pull stops before the reports
    if (!stop) {
        Stmt follower(file.get(),
            "INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) VALUES (?, ?, ?)");
        const QList<bool> integer { true, true, true };
        QString why;
        const bool ok = pg.copyOut(
            "COPY meldpunt.report_follower (report_id, citizen_id, via_report_id) TO STDOUT",
            [&](const PgRow& row) {
                bindRow(follower, row, integer);
                const bool stepped = follower.step() == SQLITE_DONE;
                follower.reset();
                if (!stepped)
                    why = lastError(file.get());
                return stepped;
            },
            &why);
        if (!ok || !why.isEmpty()) {
            failure.set(why);
            stop = true;
        }
    }
    qCInfo(lcFirstPull) << "followers" << clock.restart() << "ms";
    pg.exec("COMMIT");
    if (!file.exec(stop ? "ROLLBACK" : "COMMIT", error))
        return false;
    qCInfo(lcFirstPull) << "committed" << clock.restart() << "ms";
    // The rules' test and then the indexes read the rows with a small page cache (see below), which also
    // gives back the memory the insert's large one took.
    if (!file.exec(kIndexCache, error))
        return false;
    for (const PulledTable& t : pulledTables()) {
        QString why;
        if (!stop && t.kind != PulledTable::Kind::Event
            && !verifyChecks(file.get(), t.local, schema.tableSql.value(t.local), &why)) {
            failure.set(why);
            stop = true;
        }
    }
    qCInfo(lcFirstPull) << "checked" << clock.restart() << "ms";
    // The history and the search index come in whole when they are ready: page for page, with their
    // indexes (the history's index is made on the empty table first, so that the transfer fills it).
    auto copyIn = [&](const QString& path, const QList<QByteArray>& tables) {
        Stmt attach(file.get(), "ATTACH ? AS part");
        const QByteArray p = QFile::encodeName(path);
        attach.bindText(1, p);
        if (attach.step() != SQLITE_DONE)
            return (*error = lastError(file.get())), false;
        // Read through a memory map: the transfer then takes its source pages without copying them into
        // the page cache first (history copy-in 5.2–8.0 s before, 4.5–5.3 s after).
        bool ok = file.exec(QByteArray("PRAGMA part.") + kMapWholeFile, error) && file.exec("BEGIN", error);
        for (const QByteArray& t : tables)
            ok = ok && file.exec("DELETE FROM main.\"" + t + "\"", error)
                && file.exec("INSERT INTO main.\"" + t + "\" SELECT * FROM part.\"" + t + "\"", error);
        ok = ok && file.exec("COMMIT", error);
        file.exec("DETACH part", nullptr);
        return ok;
    };
    bool historyIn = false;
    bool searchIn = false;
    bool copied = true;
    // Takes in what is ready, between two indexes: a part copied in while the other helper still works
    // keeps both processors busy, where copying both in at the end left one of them idle for 8 s.
    auto takeReady = [&] {
        if (copied && !historyIn && !historyRunning && !stopping()) {
            historyIn = true;
            copied = copyIn(eventsPath, { "report_event" });
            qCInfo(lcFirstPull) << "history copied in" << clock.restart() << "ms";
        }
        if (copied && !searchIn && !searchRunning && !stopping()) {
            searchIn = true;
            copied = copyIn(ftsPath, schema.ftsShadows);
            qCInfo(lcFirstPull) << "search index copied in" << clock.restart() << "ms";
        }
        if (stopping())
            stop = true;
        return copied && !stop;
    };
    // Then the indexes of the main tables, each in a transaction of its own, while the history and the
    // search index are still being written. A small page cache sorts faster (see kIndexCache).
    if (!stop) {
        if (!file.exec(QByteArray("PRAGMA ") + kMapWholeFile, error))
            return false;
        for (const QByteArray& sql : std::as_const(schema.eventIndexes))
            if (!file.exec(sql, error))
                return false;
        for (const QByteArray& sql : std::as_const(schema.indexes)) {
            if (m_progress)
                m_progress(done, total, QStringLiteral("indexes"));
            if (!takeReady())
                break;
            if (!file.exec(sql, error))
                return false;
            qCInfo(lcFirstPull) << "index" << clock.restart() << "ms" << sql.left(60);
        }
    }

    // What is not in yet: this thread waits for it, and keeps telling how far the pull is.
    auto waitFor = [&](const std::atomic_bool& running) {
        while (running && !stopping()) {
            if (m_progress)
                m_progress(
                    done, total, done < total ? QString::fromLatin1(eventTable().server) : QStringLiteral("indexes"));
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        if (stopping())
            stop = true;
        return !stop;
    };
    copied = copied && !stop && waitFor(historyRunning) && takeReady();
    qCInfo(lcFirstPull) << "waited for the history" << clock.restart() << "ms";
    copied = copied && waitFor(searchRunning) && takeReady();
    qCInfo(lcFirstPull) << "waited for the search index" << clock.restart() << "ms";
    copied = copied && historyIn && searchIn;
    joinAll.dismiss();
    stop = true;
    history.join();
    search.join();
    if (cancel)
        return (*error = tr("The first sync was cancelled; it starts again at the next connection.")), false;
    if (failure.flag())
        return (*error = failure.why()), false;
    if (!copied)
        return false;
    if (!file.exec("PRAGMA ignore_check_constraints = OFF", error))
        return false;
    for (const QByteArray& sql : std::as_const(schema.triggers))
        if (!file.exec(sql, error))
            return false;
    if (!file.exec("PRAGMA analysis_limit = 1000", error) || !file.exec("ANALYZE", error)
        || !file.exec("PRAGMA locking_mode = NORMAL", error) || !file.exec("PRAGMA journal_mode = WAL", error))
        return false;
    file.close();
    if (!writeback.finish(true))
        return (*error = tr("The new replica could not be written to the disk: %1")
                             .arg(QString::fromLocal8Bit(strerror(errno)))),
               false;
    qCInfo(lcFirstPull) << "analyse and close" << clock.restart() << "ms, processor" << threadCpuMs() << "ms";
    built = true;
    return true;
}

} // namespace meldpunt
