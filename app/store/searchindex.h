// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

struct sqlite3;

namespace meldpunt {

/// The parts of an FTS5 index's structure record (rowid 10 of its %_data table) that say which segment
/// sits at which level. Only the record layout of SQLite 3.40 and earlier releases ("version 1") is
/// understood: anything else decodes to nothing, and the caller falls back to FTS5's own commands.
struct Fts5Structure {
    struct Segment {
        quint64 id = 0;
        quint64 firstPage = 0;
        quint64 lastPage = 0;
    };
    struct Level {
        quint64 merging = 0; ///< input segments of a merge in progress
        QList<Segment> segments;
    };
    QByteArray cookie; ///< four bytes, kept as they are
    quint64 writeCounter = 0;
    QList<Level> levels;

    static std::optional<Fts5Structure> decode(const QByteArray& record);
    QByteArray encode() const;
    int segmentCount() const;
};

/// Lifts every segment of a freshly built index from level 0 to level 1 by rewriting the structure
/// record: no index page is read or written. Possible when nothing is being merged and everything is
/// at level 0, which is what a bulk build with automerge 0 leaves. Returns the new record, or nothing.
std::optional<QByteArray> promotedStructure(const QByteArray& record);

/// Run once a bulk build of report_fts (with automerge 0 during the build) is complete and committed.
/// Ordinary writes then never merge index segments incrementally (automerge 0): such a merge that
/// reaches the large bulk-built segments rewrites hundreds of megabytes and holds the write lock for
/// seconds. A level is merged only when it holds 256 segments (crisismerge; queries over 500 small
/// segments measured as fast as over one), and the bulk-built segments sit one level up, so the first
/// merge that reaches them comes after some 65,000 writes of searchable text.
///
/// They get there by a rewrite of the structure record (promotedStructure), which takes no time; FTS5's
/// 'optimize', which did the same by rewriting the whole index (8–10 s for a million reports), is the
/// fallback for a structure this code does not know. The rewrite goes around FTS5, so `h` must not
/// write to report_fts after this: close it, and let the next connection read the new structure.
bool settleBulkSearchIndex(sqlite3* h, QString* error);

} // namespace meldpunt
