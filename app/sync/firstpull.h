// SPDX-License-Identifier: GPL-3.0-or-later
// The first full pull of a desk, built as a new file beside the replica and put in its place in one
// rename: the old file stays whole until the new one is complete, so a crash or a cancel at any moment
// leaves the desk as it was. The new file is written once, without a log; the history (most of the rows)
// and the full-text index are built on threads of their own, in files of their own, each over its own
// connection to the same server snapshot, and copied in whole when ready.
#pragma once

#include "sync/pg.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace meldpunt {

/// Reads a COPY on a thread of its own and hands its rows to `consume` in batches, on the calling
/// thread, so that reading and writing overlap. Stops early when `stop` is set or consume answers
/// false (then consume sets *error itself).
bool streamCopy(PgConnection& pg, const QByteArray& copySql, int batch, const std::atomic_bool& stop,
    const std::function<bool(QList<PgRow>&&)>& consume, QString* error);

class FirstPull final {
    Q_DECLARE_TR_FUNCTIONS(FirstPull)
public:
    using Progress = std::function<void(qint64 done, qint64 total, const QString& table)>;

    /// source: the desk's current file, which gives the schema and the desk's own tables (settings,
    /// outbox, saved filters, templates).
    FirstPull(const QByteArray& conninfo, const QString& source, const std::atomic_bool* cancel, Progress progress);

    /// Builds the whole replica in `target` (replaced if it exists). *cursor: the snapshot's xmin, where
    /// the next incremental pull starts.
    bool build(const QString& target, QByteArray* cursor, QString* error);

private:
    QByteArray m_conninfo;
    QString m_source;
    const std::atomic_bool* m_cancel;
    Progress m_progress;
};

} // namespace meldpunt
