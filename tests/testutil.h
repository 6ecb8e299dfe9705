// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the test suites.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace meldpunt::test {

/// A database path inside a temporary folder that lives as long as `dir`.
inline QString dbPath(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.sqlite"))
{
    return dir.filePath(name);
}

/// The shared real-data folder beside the project (../shared/data).
inline QString sharedData(const QString& relative)
{
    return QStringLiteral(MELDPUNT_SHARED_DATA) + QLatin1Char('/') + relative;
}

/// What report_fts holds that an index built afresh from the reports and their citizens' names would
/// not, and the other way round: per word and column, the number of reports. The index keeps no text
/// (migration 007), so FTS5's own integrity check cannot see a report indexed with words it no longer
/// has; this can. Empty when they agree; otherwise the first differences, or the error.
inline QString searchIndexDifference(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'report_fts'")) || !q.next())
        return QStringLiteral("no report_fts: %1").arg(q.lastError().text());
    QString create = q.value(0).toString();
    q.finish();
    create.replace(
        QStringLiteral("CREATE VIRTUAL TABLE report_fts"), QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_fts"));
    const QStringList setup { QStringLiteral("DROP TABLE IF EXISTS temp.fresh_fts"),
        QStringLiteral("DROP TABLE IF EXISTS temp.fresh_words"),
        QStringLiteral("DROP TABLE IF EXISTS temp.live_words"),
        create,
        QStringLiteral("INSERT INTO temp.fresh_fts (rowid, ref, description, address, citizen) SELECT r.id, r.ref, "
                       "r.description, r.address, coalesce(c.name, '') FROM report r LEFT JOIN citizen c ON "
                       "c.id = r.citizen_id"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.fresh_words USING fts5vocab(temp, fresh_fts, 'col')"),
        QStringLiteral("CREATE VIRTUAL TABLE temp.live_words USING fts5vocab(main, report_fts, 'col')") };
    for (const QString& sql : setup)
        if (!q.exec(sql))
            return sql + QStringLiteral(": ") + q.lastError().text();
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT 'indexed', * FROM (SELECT term, col, doc FROM temp.live_words EXCEPT "
                               "SELECT term, col, doc FROM temp.fresh_words) UNION ALL SELECT 'expected', * FROM "
                               "(SELECT term, col, doc FROM temp.fresh_words EXCEPT SELECT term, col, doc FROM "
                               "temp.live_words) LIMIT 10")))
        return q.lastError().text();
    while (q.next())
        out << QStringLiteral("%1 %2 in %3: %4 reports")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    for (const char* t : { "fresh_words", "live_words", "fresh_fts" })
        q.exec(QStringLiteral("DROP TABLE temp.%1").arg(QLatin1String(t)));
    return out.join(QStringLiteral("; "));
}

} // namespace meldpunt::test
