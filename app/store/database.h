// SPDX-License-Identifier: GPL-3.0-or-later
// The local SQLite database: opening with checks, pragmas, versioned migrations, per-thread connections.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace meldpunt {

/// The settle of a bulk-built report_fts by FTS5's own commands, for a connection that goes on writing to
/// it (the in-place first pull); a file that is closed after the build uses settleBulkSearchIndex
/// (store/searchindex.h), which does the same without rewriting the index. Ordinary writes then never
/// merge index segments incrementally (automerge 0), a level is merged only when it holds 256 segments
/// (crisismerge), and 'optimize' moves what is there now into one segment a level up. The one-word row
/// put in and taken out first makes sure there are two segments to merge: 'optimize' leaves a single
/// segment where it is. The first merge that reaches the large segment then comes after some 65,000
/// writes of searchable text. Migrations 006 and 007 do the same. The index keeps no text of its own
/// (migration 007), so the row is taken out by naming its words.
inline constexpr char kSearchIndexSettleSql[]
    = "INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0);"
      "INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256);"
      "INSERT INTO report_fts(rowid, ref, description, address, citizen) VALUES (-1, 'x', '', '', '');"
      "INSERT INTO report_fts(report_fts, rowid, ref, description, address, citizen) VALUES ('delete', -1, 'x', '', "
      "'', '');"
      "INSERT INTO report_fts(report_fts) VALUES ('optimize');";

/// Why a database could not be opened; `message` is translated and names the file.
struct OpenError {
    enum class Kind { None, NotFound, ReadOnly, Locked, Corrupt, NewerSchema, MigrationFailed, Other };
    Kind kind = Kind::None;
    QString message;
    explicit operator bool() const { return kind != Kind::None; }
};

/// One local database file. Opening checks the file before touching it and migrates it
/// in one transaction; every thread gets its own named connection with the same pragmas.
class Database final {
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Mode { OpenOrCreate, OpenExisting };

    Database();
    ~Database();

    /// Process-wide SQLite settings, called first thing in main(): every connection of ours belongs to one
    /// thread (connection() is per thread), so SQLite need not lock each call, nor count memory.
    static void configureProcess();

    /// Opens (and if needed creates and migrates) the file. On failure the file is untouched.
    OpenError open(const QString& path, Mode mode = Mode::OpenOrCreate);
    /// Opens and migrates only up to `version` (tests of stepwise migrations).
    OpenError openAtVersion(const QString& path, int version);
    void close();
    bool isOpen() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }

    /// The connection of the calling thread (created on first use).
    QSqlDatabase connection() const;
    /// Closes and forgets the calling thread's connection; a worker thread calls this before it ends.
    void releaseThreadConnection() const;
    /// True when no thread but the calling one has a connection open.
    bool onlyThisThreadConnected() const;
    /// Puts a complete database file built elsewhere (the first pull of a replica) in the place of this
    /// one, in one rename: the old file stays whole until then. Only when onlyThisThreadConnected().
    bool replaceFile(const QString& built, QString* error);
    /// The raw SQLite handle of the calling thread's connection, for bulk work.
    sqlite3* handle() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    /// Applies migrations from the current version up to `target` in one transaction.
    OpenError migrate(int target);

private:
    OpenError openConnection(const QString& path, Mode mode, int targetVersion);
    QString connectionName() const;
    static bool applyPragmas(QSqlDatabase& db, QString* error);

    QString m_path;
    QString m_prefix;
};

} // namespace meldpunt
