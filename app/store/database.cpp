// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "geo/areasql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace meldpunt {

namespace {

/// The migrations shipped in resources/migrations as NNN_name.sql, by version.
const QMap<int, QString>& migrations()
{
    static const QMap<int, QString> files = [] {
        QMap<int, QString> m;
        const QStringList names
            = QDir(QStringLiteral(":/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files);
        for (const QString& name : names) {
            bool ok = false;
            const int v = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
            if (ok && v > 0)
                m.insert(v, QStringLiteral(":/migrations/") + name);
        }
        return m;
    }();
    return files;
}

QString migrationResource(int version)
{
    return migrations().value(version);
}

bool looksLikeSqlite(const QString& path, bool* empty)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return true; // let SQLite say what is wrong
    const QByteArray head = f.read(16);
    *empty = head.isEmpty();
    return head.isEmpty() || head == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database()
{
    static QAtomicInt counter;
    m_prefix = QStringLiteral("meldpunt-%1-").arg(counter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().lastKey();
}

QString Database::connectionName() const
{
    return m_prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

bool Database::applyPragmas(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    const char* pragmas[] = {
        "PRAGMA busy_timeout = 3000",
        "PRAGMA foreign_keys = ON",
        "PRAGMA synchronous = NORMAL",
        "PRAGMA temp_store = MEMORY",
        "PRAGMA cache_size = -32768",
    };
    for (const char* p : pragmas) {
        if (!q.exec(QString::fromLatin1(p))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

OpenError Database::open(const QString& path, Mode mode)
{
    return openConnection(path, mode, latestSchemaVersion());
}

OpenError Database::openAtVersion(const QString& path, int version)
{
    return openConnection(path, Mode::OpenOrCreate, version);
}

OpenError Database::openConnection(const QString& path, Mode mode, int targetVersion)
{
    close();
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return { OpenError::Kind::NotFound, tr("The database %1 does not exist.").arg(native) };
        if (!QDir().mkpath(info.absolutePath()))
            return { OpenError::Kind::ReadOnly, tr("Cannot create the folder for the database %1.").arg(native) };
    } else {
        if (info.isDir())
            return { OpenError::Kind::Other, tr("%1 is a folder, not a database file.").arg(native) };
        if (!info.isWritable())
            return { OpenError::Kind::ReadOnly,
                tr("The database %1 is read-only. Meldpunt needs to write to it; ask your administrator "
                   "for write access or copy the file to a folder of your own.")
                    .arg(native) };
        // WAL keeps its -wal and -shm files beside the database, so the folder must be writable too.
        if (!QFileInfo(info.absolutePath()).isWritable())
            return { OpenError::Kind::ReadOnly,
                tr("The folder of the database %1 is read-only. Meldpunt needs to create files beside the database; "
                   "ask your administrator for write access or copy the file to a folder of your own.")
                    .arg(native) };
        bool empty = false;
        if (!looksLikeSqlite(path, &empty))
            return { OpenError::Kind::Corrupt,
                tr("%1 is not a Meldpunt database or it is damaged. The file was left as it is; "
                   "restore it from a backup.")
                    .arg(native) };
    }

    m_path = info.absoluteFilePath();
    // The checks run in a lambda so that every query and connection handle is gone before close()
    // removes the connection (otherwise Qt warns that the connection is still in use).
    const OpenError result = [&]() -> OpenError {
        QSqlDatabase db = connection();
        if (!db.isOpen())
            return { OpenError::Kind::Other, tr("Cannot open the database %1: %2").arg(native, db.lastError().text()) };

        // Reading the header reveals a damaged file or another program holding an exclusive lock.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QString why = q.lastError().text();
            if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive)
                || why.contains(QLatin1String("busy"), Qt::CaseInsensitive))
                return { OpenError::Kind::Locked,
                    tr("The database %1 is locked by another program. Close that program and try again.").arg(native) };
            if (why.contains(QLatin1String("unable to open"), Qt::CaseInsensitive))
                return { OpenError::Kind::Other, tr("Cannot open the database %1: %2").arg(native, why) };
            return {
                OpenError::Kind::Corrupt,
                tr("%1 is not a Meldpunt database or it is damaged (%2). The file was left as it is.").arg(native, why)
            };
        }
        const int version = q.value(0).toInt();
        q.finish();
        if (version > latestSchemaVersion())
            return { OpenError::Kind::NewerSchema,
                tr("The database %1 was written by a newer version of Meldpunt (schema %2; this version knows up to "
                   "%3). "
                   "Install the newer version; the file was not changed.")
                    .arg(native)
                    .arg(version)
                    .arg(latestSchemaVersion()) };
        QSqlQuery probe(db);
        if (version == 0) {
            // Tables without a schema version: another program's SQLite file. Never add ours to it.
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !probe.next()
                || probe.value(0).toInt() != 0)
                return { OpenError::Kind::Corrupt,
                    tr("%1 is an SQLite file but not a Meldpunt database. The file was left as it is.").arg(native) };
        } else {
            // An existing database must be one of ours.
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'report'")) || !probe.next()
                || probe.value(0).toInt() != 1)
                return { OpenError::Kind::Corrupt,
                    tr("%1 is an SQLite file but not a Meldpunt database. The file was left as it is.").arg(native) };
        }
        probe.finish();
        if (version < targetVersion) {
            if (OpenError e = migrate(targetVersion))
                return e;
        }
        // WAL lets the queue read while a worker writes; set after migrating so a failure leaves the mode as it was.
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            const QString why = wal.lastError().text();
            if (why.contains(QLatin1String("locked"), Qt::CaseInsensitive))
                return { OpenError::Kind::Locked,
                    tr("The database %1 is locked by another program. Close that program and try again.").arg(native) };
            return { OpenError::Kind::Other, tr("Cannot open the database %1: %2").arg(native, why) };
        }
        return {};
    }();
    if (result)
        close();
    return result;
}

OpenError Database::migrate(int target)
{
    QSqlDatabase db = connection();
    sqlite3* h = handle();
    const int current = schemaVersion();
    if (current >= target)
        return {};
    const QString native = QDir::toNativeSeparators(m_path);

    char* err = nullptr;
    if (sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        const int code = sqlite3_errcode(h);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return { OpenError::Kind::Locked,
                tr("The database %1 is locked by another program. Close that program and try again.").arg(native) };
        if (code == SQLITE_READONLY)
            return { OpenError::Kind::ReadOnly, tr("The database %1 is read-only.").arg(native) };
        return { OpenError::Kind::MigrationFailed, tr("Cannot update the database %1: %2").arg(native, why) };
    }
    for (int v = current + 1; v <= target; ++v) {
        QFile f(migrationResource(v));
        QString why;
        if (!f.open(QIODevice::ReadOnly)) {
            why = tr("migration %1 is missing").arg(v);
        } else {
            const QByteArray sql = f.readAll() + "\nPRAGMA user_version = " + QByteArray::number(v) + ";";
            if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
                why = QString::fromUtf8(err ? err : "");
                sqlite3_free(err);
                err = nullptr;
            }
        }
        if (!why.isEmpty()) {
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            return { OpenError::Kind::MigrationFailed,
                tr("Updating the database %1 to schema %2 failed (%3). Nothing was changed.")
                    .arg(native)
                    .arg(v)
                    .arg(why) };
        }
    }
    if (sqlite3_exec(h, "COMMIT", nullptr, nullptr, &err) != SQLITE_OK) {
        const QString why = QString::fromUtf8(err ? err : "");
        sqlite3_free(err);
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
        return { OpenError::Kind::MigrationFailed,
            tr("Updating the database %1 failed (%2). Nothing was changed.").arg(native, why) };
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    if (db.open()) {
        QString error;
        if (!applyPragmas(db, &error))
            qWarning("meldpunt: pragmas failed: %s", qPrintable(error));
        // The queue filter's drawn area is tested by a SQL function (geo/areasql.h).
        const QVariant h = db.driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            registerAreaFunction(*static_cast<sqlite3* const*>(h.data()));
    }
    return db;
}

void Database::configureProcess()
{
    sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

bool Database::onlyThisThreadConnected() const
{
    const QString mine = connectionName();
    const QStringList names = QSqlDatabase::connectionNames();
    return std::none_of(names.cbegin(), names.cend(),
        [&](const QString& n) { return n.startsWith(m_prefix) && n != mine; });
}

bool Database::replaceFile(const QString& built, QString* error)
{
    const QString native = QDir::toNativeSeparators(m_path);
    if (!onlyThisThreadConnected()) {
        *error = tr("The database %1 is in use elsewhere in the program; it was left as it was.").arg(native);
        return false;
    }
    // Closing the last connection writes the log into the file and removes it. A log left behind means
    // another program has the file open: it would be applied to the new file, so stop here.
    releaseThreadConnection();
    if (QFileInfo::exists(m_path + QStringLiteral("-wal"))) {
        *error = tr("Another program has the database %1 open; close it and try again.").arg(native);
        return false;
    }
    QFile::remove(m_path + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(built).constData(), QFile::encodeName(m_path).constData()) != 0) {
        *error = tr("The new database could not take the place of %1: %2")
                     .arg(native, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!connection().isOpen()) {
        *error = tr("The new database %1 does not open.").arg(native);
        return false;
    }
    return true;
}

sqlite3* Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

void Database::close()
{
    if (m_path.isEmpty())
        return;
    // This thread's connection is closed first; a worker thread's connection may not be touched from
    // here (Qt warns), and removing it is enough: its driver closes the file when it goes.
    releaseThreadConnection();
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString& name : names)
        if (name.startsWith(m_prefix))
            QSqlDatabase::removeDatabase(name);
    m_path.clear();
}

} // namespace meldpunt
