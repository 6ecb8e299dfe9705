// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/searchindex.h"

#include "store/database.h"
#include "store/sqliteexec.h"

#include <sqlite3.h>

namespace meldpunt {

namespace {

/// SQLite's variable-length integer, as FTS5 writes it: seven bits a byte, most significant first, the
/// high bit set on every byte but the last; a ninth byte carries eight bits.
bool getVarint(const QByteArray& in, qsizetype* at, quint64* value)
{
    quint64 v = 0;
    for (int i = 0; i < 9; ++i) {
        if (*at >= in.size())
            return false;
        const auto b = quint8(in.at((*at)++));
        if (i == 8) {
            *value = (v << 8) | b;
            return true;
        }
        v = (v << 7) | (b & 0x7f);
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

void putVarint(QByteArray* out, quint64 v)
{
    if (v > (quint64(1) << 56) - 1) {
        // Nine bytes: eight groups of seven bits, then the low eight bits whole.
        char buf[9];
        buf[8] = char(v & 0xff);
        v >>= 8;
        for (int i = 7; i >= 0; --i) {
            buf[i] = char((v & 0x7f) | 0x80);
            v >>= 7;
        }
        out->append(buf, 9);
        return;
    }
    char buf[8];
    int n = 0;
    do {
        buf[n++] = char(v & 0x7f);
        v >>= 7;
    } while (v);
    for (int i = n - 1; i >= 0; --i)
        out->append(char(buf[i] | (i ? 0x80 : 0)));
}

/// FTS5 allows no more levels than this (FTS5_MAX_LEVEL); a larger count is not a record we know.
constexpr quint64 kMaxLevels = 64;
/// Nor more segments (FTS5_MAX_SEGMENT).
constexpr quint64 kMaxSegments = 2000;

} // namespace

std::optional<Fts5Structure> Fts5Structure::decode(const QByteArray& record)
{
    if (record.size() < 4)
        return std::nullopt;
    Fts5Structure s;
    s.cookie = record.left(4);
    qsizetype at = 4;
    quint64 levels = 0;
    quint64 segments = 0;
    if (!getVarint(record, &at, &levels) || !getVarint(record, &at, &segments) || levels == 0 || levels > kMaxLevels
        || segments > kMaxSegments || !getVarint(record, &at, &s.writeCounter))
        return std::nullopt;
    quint64 counted = 0;
    for (quint64 l = 0; l < levels; ++l) {
        Level level;
        quint64 n = 0;
        if (!getVarint(record, &at, &level.merging) || !getVarint(record, &at, &n) || n > kMaxSegments
            || level.merging > n)
            return std::nullopt;
        for (quint64 i = 0; i < n; ++i) {
            Segment seg;
            if (!getVarint(record, &at, &seg.id) || !getVarint(record, &at, &seg.firstPage)
                || !getVarint(record, &at, &seg.lastPage) || seg.id == 0 || seg.firstPage > seg.lastPage + 1)
                return std::nullopt;
            level.segments << seg;
        }
        counted += n;
        s.levels << level;
    }
    // All of it, and nothing else: a layout with more fields per segment (SQLite 3.44's second version)
    // does not add up and is refused here rather than misread.
    if (at != record.size() || counted != segments || s.encode() != record)
        return std::nullopt;
    return s;
}

QByteArray Fts5Structure::encode() const
{
    QByteArray out = cookie;
    putVarint(&out, quint64(levels.size()));
    putVarint(&out, quint64(segmentCount()));
    putVarint(&out, writeCounter);
    for (const Level& level : levels) {
        putVarint(&out, level.merging);
        putVarint(&out, quint64(level.segments.size()));
        for (const Segment& seg : level.segments) {
            putVarint(&out, seg.id);
            putVarint(&out, seg.firstPage);
            putVarint(&out, seg.lastPage);
        }
    }
    return out;
}

int Fts5Structure::segmentCount() const
{
    int n = 0;
    for (const Level& level : levels)
        n += int(level.segments.size());
    return n;
}

std::optional<QByteArray> promotedStructure(const QByteArray& record)
{
    std::optional<Fts5Structure> s = Fts5Structure::decode(record);
    if (!s || s->levels.size() != 1 || s->levels.first().merging != 0 || s->levels.first().segments.isEmpty())
        return std::nullopt;
    // The same segments in the same order (the newest last), one level up; level 0 empty.
    s->levels.prepend(Fts5Structure::Level {});
    return s->encode();
}

bool settleBulkSearchIndex(sqlite3* h, QString* error)
{
    if (!execSqlite(h,
            "INSERT INTO report_fts(report_fts, rank) VALUES ('automerge', 0);"
            "INSERT INTO report_fts(report_fts, rank) VALUES ('crisismerge', 256);",
            error))
        return false;
    // Read after the settings: writing them stamps the structure record with a new cookie.
    QByteArray record;
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h, "SELECT block FROM report_fts_data WHERE id = 10", -1, &st, nullptr) != SQLITE_OK) {
            *error = QString::fromUtf8(sqlite3_errmsg(h));
            return false;
        }
        if (sqlite3_step(st) == SQLITE_ROW)
            record = QByteArray(static_cast<const char*>(sqlite3_column_blob(st, 0)), sqlite3_column_bytes(st, 0));
        sqlite3_finalize(st);
    }
    if (const std::optional<QByteArray> promoted = promotedStructure(record)) {
        sqlite3_stmt* st = nullptr;
        bool ok
            = sqlite3_prepare_v2(h, "UPDATE report_fts_data SET block = ? WHERE id = 10", -1, &st, nullptr) == SQLITE_OK
            && sqlite3_bind_blob(st, 1, promoted->constData(), int(promoted->size()), SQLITE_TRANSIENT) == SQLITE_OK
            && sqlite3_step(st) == SQLITE_DONE && sqlite3_changes(h) == 1;
        if (!ok)
            *error = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        return ok;
    }
    // Not a structure we can lift: FTS5's own settle moves everything into one segment a level up.
    return execSqlite(h, kSearchIndexSettleSql, error);
}

} // namespace meldpunt
