// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the database: creation, stepwise migrations, and every bad file a user can point us at.
#include "fixture.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QTest>
#include <QThread>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

using namespace meldpunt;
using namespace meldpunt::test;

Q_DECLARE_METATYPE(meldpunt::OpenError::Kind)

namespace {

const QStringList kTables = { QStringLiteral("department"),
    QStringLiteral("category"),
    QStringLiteral("district"),
    QStringLiteral("address"),
    QStringLiteral("citizen"),
    QStringLiteral("user"),
    QStringLiteral("report"),
    QStringLiteral("report_follower"),
    QStringLiteral("report_event"),
    QStringLiteral("report_fts"),
    QStringLiteral("saved_filter"),
    QStringLiteral("setting") };

/// One index per queue filter, each on the report table.
const QStringList kQueueIndexes = { QStringLiteral("report_received"),
    QStringLiteral("report_status"),
    QStringLiteral("report_category"),
    QStringLiteral("report_department"),
    QStringLiteral("report_district"),
    QStringLiteral("report_channel"),
    QStringLiteral("report_due") };

QString pragma(const Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return {};
    return q.value(0).toString();
}

QStringList schemaObjects(const Database& db)
{
    QStringList out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral(
        "SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray randomBytes(int n, quint64 seed)
{
    FixtureRandom rnd(seed);
    QByteArray out(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        out[i] = char(rnd.next() & 0xFF);
    return out;
}

/// Makes a file or folder read-only in a way that also binds root (the immutable flag),
/// or with permissions for an ordinary user. Returns false when neither works here.
bool setReadOnly(const QString& path, bool readOnly)
{
#ifdef Q_OS_LINUX
    if (::geteuid() == 0) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (ok) {
            flags = readOnly ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            ok = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return ok;
    }
#endif
    const bool dir = QFileInfo(path).isDir();
    QFile::Permissions p = QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther;
    if (dir)
        p |= QFile::ExeOwner | QFile::ExeUser | QFile::ExeGroup | QFile::ExeOther;
    if (!readOnly)
        p |= QFile::WriteOwner | QFile::WriteUser;
    return QFile::setPermissions(path, p);
}

/// Builds a small Meldpunt database at the latest version with one report, then closes it.
bool makeLatest(const QString& path, QString* error)
{
    Database db;
    if (OpenError e = db.open(path)) {
        *error = e.message;
        return false;
    }
    QSqlQuery q(db.connection());
    const bool ok = q.exec(QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'NET', 'Netheid')"))
        && q.exec(QStringLiteral(
            "INSERT INTO category (id, code, name, department_id, sla_days) VALUES (1, 'AFV', 'Afval', 1, 5)"))
        && q.exec(QStringLiteral(
            "INSERT INTO report (uuid, ref, received_at, channel, category_id, description, due_at, updated_at) "
            "VALUES ('u1', 'M-2026-000001', 1770000000, 'web', 1, 'Zwerfvuil', 1770100000, 1770000000)"));
    if (!ok)
        *error = q.lastError().text();
    return ok;
}

void checkMessage(const OpenError& e, const QString& path)
{
    QVERIFY(!e.message.isEmpty());
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            || e.message.contains(QDir::toNativeSeparators(path)),
        qPrintable(e.message));
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private:
    void checkSchema(Database& db);

private Q_SLOTS:
    void createFromEmpty();
    void emptyFileBecomesDatabase();
    void reopenKeepsData();
    void openExistingNotFound();
    void migrateFromEarlier_data();
    void migrateFromEarlier();
    void migrationFailureRollsBack_data();
    void migrationFailureRollsBack();
    void readOnlyFile();
    void readOnlyFolder();
    void locked();
    void corrupt_data();
    void corrupt();
    void newerSchema();
    void folderPath();
    void connectionPerThread();
    void searchIndexFollowsEveryChange();
};

void TestDatabase::createFromEmpty()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir, QStringLiteral("sub/folder/new.sqlite"));
    Database db;
    const OpenError e = db.open(path);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(db.isOpen());
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QVERIFY(QFileInfo::exists(path));
    checkSchema(db);
    db.close();
    QVERIFY(!db.isOpen());
}

void TestDatabase::checkSchema(Database& db)
{
    QSqlQuery q(db.connection());
    for (const QString& t : kTables) {
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%1'").arg(t)));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(t));
    }
    for (const QString& i : kQueueIndexes) {
        QVERIFY(
            q.exec(QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE type = 'index' AND name = '%1'").arg(i)));
        QVERIFY2(q.next(), qPrintable(i));
        QCOMPARE(q.value(0).toString(), QStringLiteral("report"));
    }
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    QCOMPARE(pragma(db, QStringLiteral("busy_timeout")), QStringLiteral("3000"));
    QVERIFY(db.handle() != nullptr);

    // The full-text index follows inserts through its triggers, diacritics folded.
    QVERIFY(q.exec(QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'NET', 'Netheid')")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO category (id, code, name, department_id) VALUES (1, 'AFV', 'Afval', 1)")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO citizen (id, uuid, name, created_at) VALUES (1, 'c1', 'Zoë Lefèvre', 0)")));
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO report (uuid, ref, received_at, channel, category_id, description, address, "
                              "citizen_id, due_at, updated_at) VALUES ('u1', 'M-2026-000001', 1, 'web', 1, "
                              "'Bladkorf vol', 'Kerkstraat 3', 1, 2, 1)")));
    for (const QString& m : { QStringLiteral("\"lefevre\""),
             QStringLiteral("\"zoe\"*"),
             QStringLiteral("\"bladk\"*"),
             QStringLiteral("\"kerkstraat\""),
             QStringLiteral("\"000001\"") }) {
        QVERIFY(q.prepare(QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH ?")));
        q.addBindValue(m);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QVERIFY2(q.value(0).toInt() == 1, qPrintable(m));
    }
    // Foreign keys are enforced: a report cannot point at a category that does not exist.
    QVERIFY(
        !q.exec(QStringLiteral("INSERT INTO report (uuid, ref, received_at, channel, category_id, due_at, updated_at) "
                               "VALUES ('u2', 'M-2026-000002', 1, 'web', 999, 2, 1)")));
    // And the checks of the schema hold.
    QVERIFY(!q.exec(
        QStringLiteral("INSERT INTO report (uuid, ref, received_at, channel, category_id, status, due_at, updated_at) "
                       "VALUES ('u3', 'M-2026-000003', 1, 'web', 1, 'lost', 2, 1)")));
}

void TestDatabase::emptyFileBecomesDatabase()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QVERIFY(writeFile(path, QByteArray()));
    Database db;
    const OpenError e = db.open(path);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    Database db;
    QVERIFY(!db.open(path, Database::Mode::OpenExisting));
    {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT ref FROM report")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("M-2026-000001"));
    }
    // Opening twice with the same object is allowed and closes the first connection.
    QVERIFY(!db.open(path));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::openExistingNotFound()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir, QStringLiteral("missing.sqlite"));
    Database db;
    const OpenError e = db.open(path, Database::Mode::OpenExisting);
    QCOMPARE(e.kind, OpenError::Kind::NotFound);
    checkMessage(e, path);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(!db.isOpen());
}

void TestDatabase::migrateFromEarlier_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestDatabase::migrateFromEarlier()
{
    QFETCH(int, from);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        Database db;
        const OpenError e = db.openAtVersion(path, from);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(db.schemaVersion(), from);
        if (from >= 1) {
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO department (id, code, name) VALUES (7, 'GRN', 'Groendienst')")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO category (id, code, name, department_id) VALUES (3, 'GRN', 'Groen', 7)")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO report (uuid, ref, received_at, channel, category_id, description, "
                               "due_at, updated_at) VALUES ('u1', 'M-2025-000042', 1, 'email', 3, 'Snoeien', 2, 1)")));
        }
    }
    Database db;
    const OpenError e = db.open(path, Database::Mode::OpenExisting);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(pragma(db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    if (from >= 1) {
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT d.name, r.ref FROM report r JOIN category c ON c.id = r.category_id "
                                      "JOIN department d ON d.id = c.department_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Groendienst"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("M-2025-000042"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM report_fts WHERE report_fts MATCH 'snoeien'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // The migrated schema is exactly the schema of a fresh database.
    QTemporaryDir freshDir;
    Database fresh;
    QVERIFY(!fresh.open(dbPath(freshDir)));
    QCOMPARE(schemaObjects(db), schemaObjects(fresh));
}

void TestDatabase::migrationFailureRollsBack_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("WAL file") << true;
    QTest::newRow("rollback-journal file") << false;
}

void TestDatabase::migrationFailureRollsBack()
{
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    {
        Database db;
        QVERIFY(!db.openAtVersion(path, 1));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'NET', 'Netheid')")));
    }
    {
        // Someone made a table of the same name with another shape: migration 2 must fail.
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE saved_filter (x INTEGER, y BLOB)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO saved_filter VALUES (1, x'00ff')")));
        if (!wal)
            QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode = DELETE")), QStringLiteral("delete"));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db;
    const OpenError e = db.open(path);
    QCOMPARE(e.kind, OpenError::Kind::MigrationFailed);
    checkMessage(e, path);
    QVERIFY(!db.isOpen());
    db.close();

    QCOMPARE(fileHash(path), before);
    RawSqlite raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), QStringLiteral("1"));
    QCOMPARE(
        raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'setting'")), QStringLiteral("0"));
    QCOMPARE(raw.value(QStringLiteral("SELECT group_concat(name) FROM pragma_table_info('saved_filter')")),
        QStringLiteral("x,y"));
    QCOMPARE(raw.value(QStringLiteral("SELECT name FROM department")), QStringLiteral("Netheid"));
    QCOMPARE(raw.value(QStringLiteral("PRAGMA journal_mode")), wal ? QStringLiteral("wal") : QStringLiteral("delete"));
}

void TestDatabase::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    const QByteArray before = fileHash(path);
    if (!setReadOnly(path, true))
        QSKIP("cannot make a file read-only here (running as root on a file system without the immutable flag)");
    auto restore = qScopeGuard([&] { setReadOnly(path, false); });
    QVERIFY(!QFileInfo(path).isWritable());

    for (Database::Mode mode : { Database::Mode::OpenOrCreate, Database::Mode::OpenExisting }) {
        Database db;
        const OpenError e = db.open(path, mode);
        QCOMPARE(e.kind, OpenError::Kind::ReadOnly);
        checkMessage(e, path);
        QVERIFY(!db.isOpen());
    }
    restore.dismiss();
    QVERIFY(setReadOnly(path, false));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::readOnlyFolder()
{
    // The file itself is writable, but WAL needs its -wal and -shm files beside it.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked-folder"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/meldpunt.sqlite");
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    const QByteArray before = fileHash(path);
    if (!setReadOnly(folder, true))
        QSKIP("cannot make a folder read-only here");
    auto restore = qScopeGuard([&] { setReadOnly(folder, false); });
    {
        QFile probe(folder + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly))
            QSKIP("the read-only folder still accepts new files here");
    }

    Database db;
    const OpenError e = db.open(path);
    QVERIFY2(e, "opening a database whose folder is read-only must fail with a message");
    checkMessage(e, path);
    QVERIFY2(
        e.kind == OpenError::Kind::ReadOnly, qPrintable(QStringLiteral("kind %1: %2").arg(int(e.kind)).arg(e.message)));
    db.close();
    restore.dismiss();
    QVERIFY(setReadOnly(folder, false));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::locked()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    RawSqlite other(path);
    // Another program on a rollback-journal file holding an exclusive lock: nobody may even read.
    QCOMPARE(other.value(QStringLiteral("PRAGMA journal_mode = DELETE")), QStringLiteral("delete"));
    const QByteArray before = fileHash(path);
    QVERIFY2(other.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(other.error()));

    Database db;
    const OpenError e = db.open(path);
    QCOMPARE(e.kind, OpenError::Kind::Locked);
    checkMessage(e, path);
    QVERIFY(!db.isOpen());

    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    other.close();
    QCOMPARE(fileHash(path), before);
    // Once the other program lets go, the same file opens.
    const OpenError again = db.open(path);
    QVERIFY2(!again, qPrintable(again.message));
}

void TestDatabase::corrupt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("a text file") << QStringLiteral("text");
    QTest::newRow("SQLite header, then garbage") << QStringLiteral("header");
    QTest::newRow("truncated real database, page-aligned") << QStringLiteral("truncated-aligned");
    QTest::newRow("truncated real database, mid-page") << QStringLiteral("truncated-odd");
    QTest::newRow("another program's SQLite file (user_version 0)") << QStringLiteral("foreign-0");
    QTest::newRow("another program's SQLite file (user_version 1)") << QStringLiteral("foreign-1");
}

void TestDatabase::corrupt()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dbPath(dir, QStringLiteral("suspicious.sqlite"));
    if (kind == QLatin1String("random")) {
        QVERIFY(writeFile(path, randomBytes(65536, 7)));
    } else if (kind == QLatin1String("text")) {
        QVERIFY(writeFile(path, QByteArrayLiteral("Meldingen 2025\nref;status\nM-2025-000001;new\n")));
    } else if (kind == QLatin1String("header")) {
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16) + randomBytes(8192, 11)));
    } else if (kind.startsWith(QLatin1String("truncated"))) {
        Fixture fixture;
        const QString err = fixture.build();
        QVERIFY2(err.isEmpty(), qPrintable(err));
        fixture.db.close();
        QFile f(fixture.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        QVERIFY(bytes.size() > 16 * 4096);
        if (kind == QLatin1String("truncated-aligned"))
            bytes.truncate((bytes.size() / 2) / 4096 * 4096);
        else
            bytes.truncate(bytes.size() / 2 + 1234);
        QVERIFY(writeFile(path, bytes));
    } else if (kind.startsWith(QLatin1String("foreign"))) {
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE recipe (id INTEGER PRIMARY KEY, title TEXT); "
                                        "INSERT INTO recipe (title) VALUES ('Stoofvlees')")));
        if (kind.endsWith(QLatin1Char('1')))
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 1")));
    }
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db;
    const OpenError e = db.open(path);
    const bool untouched = [&] {
        db.close();
        return fileHash(path) == before;
    }();
    QVERIFY2(e.kind == OpenError::Kind::Corrupt,
        qPrintable(QStringLiteral("kind %1 (%2), file %3")
                       .arg(int(e.kind))
                       .arg(e.message, untouched ? QStringLiteral("untouched") : QStringLiteral("CHANGED"))));
    checkMessage(e, path);
    QVERIFY(untouched);
}

void TestDatabase::newerSchema()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    {
        RawSqlite raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QByteArray before = fileHash(path);
    for (Database::Mode mode : { Database::Mode::OpenOrCreate, Database::Mode::OpenExisting }) {
        Database db;
        const OpenError e = db.open(path, mode);
        QCOMPARE(e.kind, OpenError::Kind::NewerSchema);
        checkMessage(e, path);
        QVERIFY(e.message.contains(QLatin1String("99")));
        QVERIFY(!db.isOpen());
    }
    QCOMPARE(fileHash(path), before);
    RawSqlite raw(path);
    QCOMPARE(raw.value(QStringLiteral("PRAGMA user_version")), QStringLiteral("99"));
}

void TestDatabase::folderPath()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("a-folder.sqlite"));
    QVERIFY(QDir().mkpath(folder));
    for (Database::Mode mode : { Database::Mode::OpenOrCreate, Database::Mode::OpenExisting }) {
        Database db;
        const OpenError e = db.open(folder, mode);
        QVERIFY(e);
        QVERIFY(e.kind != OpenError::Kind::MigrationFailed);
        checkMessage(e, folder);
        QVERIFY(!db.isOpen());
    }
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());
}

void TestDatabase::connectionPerThread()
{
    QTemporaryDir dir;
    const QString path = dbPath(dir);
    QString error;
    QVERIFY2(makeLatest(path, &error), qPrintable(error));
    Database db;
    QVERIFY(!db.open(path));
    const QString mainName = db.connection().connectionName();

    QString otherName;
    QString foreignKeys;
    QString ref;
    QThread* thread = QThread::create([&] {
        {
            QSqlDatabase c = db.connection();
            otherName = c.connectionName();
            QSqlQuery q(c);
            if (q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next())
                foreignKeys = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT ref FROM report")) && q.next())
                ref = q.value(0).toString();
        }
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QCOMPARE(foreignKeys, QStringLiteral("1"));
    QCOMPARE(ref, QStringLiteral("M-2026-000001"));

    const qsizetype before = QSqlDatabase::connectionNames().size();
    db.close();
    QVERIFY(!QSqlDatabase::connectionNames().contains(mainName));
    QVERIFY(!QSqlDatabase::connectionNames().contains(otherName));
    QCOMPARE(QSqlDatabase::connectionNames().size(), before - 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::searchIndexFollowsEveryChange()
{
    // The index keeps no text of its own: every change takes out exactly the words it put in, or a report
    // would stay findable by words it no longer has.
    QTemporaryDir dir;
    Database db;
    QVERIFY(!db.open(dbPath(dir)));
    QSqlQuery q(db.connection());
    auto run = [&](const QString& sql) { return q.exec(sql) || (qWarning() << sql << q.lastError().text(), false); };
    auto found = [&](const QString& match) {
        q.prepare(QStringLiteral("SELECT group_concat(rowid) FROM (SELECT rowid FROM report_fts WHERE report_fts "
                                 "MATCH ? ORDER BY rowid)"));
        q.addBindValue(match);
        const QString ids
            = q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("error: ") + q.lastError().text();
        q.finish();
        return ids;
    };
    QVERIFY(run(QStringLiteral("INSERT INTO department (id, code, name) VALUES (1, 'NET', 'Netheid')")));
    QVERIFY(run(QStringLiteral("INSERT INTO category (id, code, name, department_id) VALUES (1, 'AFV', 'Afval', 1)")));
    QVERIFY(run(QStringLiteral("INSERT INTO citizen (id, uuid, name, created_at) VALUES (1, 'c1', 'Zoë Lefèvre', 0), "
                               "(2, 'c2', 'Piet Peeters', 0), (3, 'c3', 'Anna Smet', 0)")));
    QVERIFY(run(QStringLiteral(
        "INSERT INTO report (id, uuid, ref, received_at, channel, category_id, description, address, citizen_id, "
        "due_at, updated_at) VALUES (1, 'u1', 'M-2026-000001', 1, 'web', 1, 'Bladkorf vol', 'Kerkstraat 3', 1, 2, 1), "
        "(2, 'u2', 'M-2026-000002', 1, 'web', 1, 'Zwerfvuil', 'Markt 1', 1, 2, 1), "
        "(3, 'u3', 'M-2026-000003', 1, 'web', 1, 'Lamp kapot', 'Stationsstraat 9', 2, 2, 1), "
        "(4, 'u4', 'M-2026-000004', 1, 'phone', 1, 'Gat in de weg', '', NULL, 2, 1)")));
    QCOMPARE(found(QStringLiteral("lefevre")), QStringLiteral("1,2"));

    QVERIFY(run(QStringLiteral("UPDATE report SET description = 'Bladkorf leeg' WHERE id = 1")));
    QVERIFY(run(QStringLiteral("UPDATE report SET citizen_id = 2 WHERE id = 2")));
    QVERIFY(run(QStringLiteral("UPDATE citizen SET name = 'Zoë Janssens' WHERE id = 1")));
    QVERIFY(run(QStringLiteral("UPDATE report SET ref = 'M-2026-000033', address = 'Dorp 2' WHERE id = 3")));
    QVERIFY(run(QStringLiteral("UPDATE report SET citizen_id = 3 WHERE id = 4")));
    QVERIFY(run(QStringLiteral("UPDATE report SET citizen_id = NULL WHERE id = 4")));
    QVERIFY(run(QStringLiteral("UPDATE report SET priority = 3, description = description WHERE id = 1")));
    QVERIFY(run(QStringLiteral("DELETE FROM report WHERE id = 4")));
    QCOMPARE(found(QStringLiteral("vol")), QString());
    QCOMPARE(found(QStringLiteral("leeg")), QStringLiteral("1"));
    QCOMPARE(found(QStringLiteral("lefevre")), QString());
    QCOMPARE(found(QStringLiteral("janssens")), QStringLiteral("1"));
    QCOMPARE(found(QStringLiteral("peeters")), QStringLiteral("2,3"));
    QCOMPARE(found(QStringLiteral("kerkstraat")), QStringLiteral("1"));
    QCOMPARE(found(QStringLiteral("stationsstraat")), QString());
    QCOMPARE(found(QStringLiteral("\"00003\"*")), QStringLiteral("3"));
    QCOMPARE(found(QStringLiteral("gat")), QString());
    QString difference = searchIndexDifference(db.connection());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // A citizen removed while reports still point at it (the sync engine moves and replaces rows with the
    // foreign keys off): its reports lose the name, and a later edit of them takes out the right words.
    QVERIFY(run(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(run(QStringLiteral("DELETE FROM citizen WHERE id = 2")));
    QVERIFY(run(QStringLiteral("PRAGMA foreign_keys = ON")));
    QCOMPARE(found(QStringLiteral("peeters")), QString());
    QVERIFY(run(QStringLiteral("UPDATE report SET description = 'Lamp hersteld', citizen_id = 1 WHERE id = 3")));
    QCOMPARE(found(QStringLiteral("janssens")), QStringLiteral("1,3"));
    difference = searchIndexDifference(db.connection());
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // And the comparison sees a wrong removal: a word taken out that report 1 still has.
    QVERIFY(run(QStringLiteral("INSERT INTO report_fts (report_fts, rowid, ref, description, address, citizen) "
                               "VALUES ('delete', 1, '', 'leeg', '', '')")));
    QCOMPARE(found(QStringLiteral("leeg")), QString());
    QVERIFY(!searchIndexDifference(db.connection()).isEmpty());
}

#include "tst_database.moc"
