// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/serveradmin.h"

#include "store/database.h"
#include "sync/pg.h"
#include "sync/serverconnection.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTextStream>

#include <sqlite3.h>

namespace meldpunt {

namespace {

QMap<int, QString> centralMigrations()
{
    QMap<int, QString> m;
    const QStringList names
        = QDir(QStringLiteral(":/server")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        bool ok = false;
        const int v = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok)
            m.insert(v, QStringLiteral(":/server/") + name);
    }
    return m;
}

/// One table copied from the desk file: the SELECT on SQLite and the COPY target on the server.
struct TableCopy {
    const char* label;
    const char* select;
    const char* copy;
};

const TableCopy kTables[] = {
    { "department", "SELECT id, code, name, name_fr, email, active FROM department",
        "COPY meldpunt.department (id, code, name, name_fr, email, active) FROM STDIN" },
    { "category",
        "SELECT id, parent_id, code, name, name_fr, department_id, sla_days, active FROM category ORDER BY "
        "parent_id IS NOT NULL, id",
        "COPY meldpunt.category (id, parent_id, code, name, name_fr, department_id, sla_days, active) FROM STDIN" },
    { "district", "SELECT id, code, name, polygon FROM district",
        "COPY meldpunt.district (id, code, name, polygon) FROM STDIN" },
    { "address",
        "SELECT id, street, house_number, postcode, municipality, lat, lon, district_id, search_key FROM address",
        "COPY meldpunt.address (id, street, house_number, postcode, municipality, lat, lon, district_id, "
        "search_key) FROM STDIN" },
    { "citizen",
        "SELECT id, uuid, name, address, postcode, municipality, email, phone, reply_channel, consent, "
        "anonymized_at, created_at, search_key FROM citizen",
        "COPY meldpunt.citizen (id, uuid, name, address, postcode, municipality, email, phone, reply_channel, "
        "consent, anonymized_at, created_at, search_key) FROM STDIN" },
    { "user", "SELECT id, login, name, role, department_id, active FROM user",
        "COPY meldpunt.app_user (id, login, name, role, department_id, active) FROM STDIN" },
    { "report",
        "SELECT id, uuid, ref, received_at, channel, category_id, description, address, street, house_number, "
        "district_id, lat, lon, citizen_id, reply_channel, status, priority, department_id, assignee, due_at, "
        "resolved_at, closed_at, NULL, version, updated_at, updated_by FROM report",
        "COPY meldpunt.report (id, uuid, ref, received_at, channel, category_id, description, address, street, "
        "house_number, district_id, lat, lon, citizen_id, reply_channel, status, priority, department_id, assignee, "
        "due_at, resolved_at, closed_at, duplicate_of, version, updated_at, updated_by) FROM STDIN" },
    { "report_follower", "SELECT report_id, citizen_id, via_report_id FROM report_follower",
        "COPY meldpunt.report_follower (report_id, citizen_id, via_report_id) FROM STDIN" },
    { "report_event",
        "SELECT id, coalesce(uuid, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
        "substr(lower(hex(randomblob(2))), 2) || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || "
        "lower(hex(randomblob(6)))), report_id, at, actor, kind, payload FROM report_event",
        "COPY meldpunt.report_event (id, uuid, report_id, at, actor, kind, payload) FROM STDIN" },
};

} // namespace

int ServerAdmin::latestVersion()
{
    const auto m = centralMigrations();
    return m.isEmpty() ? 0 : m.lastKey();
}

int ServerAdmin::version(QString* error) const
{
    const PgResult r = m_pg->exec("SELECT to_regclass('meldpunt.schema_version') IS NOT NULL");
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return -1;
    }
    if (r.value(0, 0) != "t")
        return 0;
    const PgResult v = m_pg->exec("SELECT coalesce(max(version), 0) FROM meldpunt.schema_version");
    if (!v.ok()) {
        if (error)
            *error = v.error();
        return -1;
    }
    return int(v.number(0, 0));
}

bool ServerAdmin::migrate(int* applied, QString* error)
{
    *applied = 0;
    auto fail = [&](const QString& why) {
        *error = why;
        m_pg->exec("ROLLBACK");
        return false;
    };
    if (!m_pg->exec("BEGIN").ok())
        return fail(tr("The server did not start a transaction."));
    // One migration at a time, whichever desk or administrator starts it.
    m_pg->exec("SELECT pg_advisory_xact_lock(7263001)");
    PgResult r = m_pg->exec("CREATE SCHEMA IF NOT EXISTS meldpunt");
    if (!r.ok())
        return fail(tr("The schema could not be created: %1").arg(r.error()));
    r = m_pg->exec("CREATE TABLE IF NOT EXISTS meldpunt.schema_version (version integer PRIMARY KEY, "
                   "applied_at timestamptz NOT NULL DEFAULT now())");
    if (!r.ok())
        return fail(tr("The schema could not be created: %1").arg(r.error()));
    r = m_pg->exec("SELECT coalesce(max(version), 0) FROM meldpunt.schema_version");
    const int current = int(r.number(0, 0));
    const auto all = centralMigrations();
    if (current > latestVersion())
        return fail(tr("The central schema has version %1, newer than this program knows (%2). Install the newer "
                       "Meldpunt on this desk.")
                        .arg(current)
                        .arg(latestVersion()));
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key() <= current)
            continue;
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("Migration %1 is missing from the program.").arg(it.key()));
        r = m_pg->exec(f.readAll());
        if (!r.ok())
            return fail(tr("Central migration %1 failed: %2").arg(it.key()).arg(r.error()));
        r = m_pg->exec("INSERT INTO meldpunt.schema_version (version) VALUES ($1)", { QByteArray::number(it.key()) });
        if (!r.ok())
            return fail(r.error());
        ++*applied;
    }
    r = m_pg->exec("COMMIT");
    if (!r.ok())
        return fail(r.error());
    return true;
}

bool ServerAdmin::importDesk(
    const QString& sqlitePath, const std::function<void(const QString&)>& progress, QString* error)
{
    if (!QFileInfo::exists(sqlitePath)) {
        *error = tr("%1 does not exist.").arg(sqlitePath);
        return false;
    }
    {
        // Bring the file to this program's schema first (its checks refuse a foreign or newer file).
        Database local;
        if (const OpenError e = local.open(sqlitePath, Database::Mode::OpenExisting)) {
            *error = e.message;
            return false;
        }
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(sqlitePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = tr("%1 cannot be opened: %2").arg(sqlitePath, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_close(db);
        return false;
    }
    auto closeDb = qScopeGuard([db] { sqlite3_close(db); });
    auto fail = [&](const QString& why) {
        *error = why;
        m_pg->exec("ROLLBACK");
        return false;
    };
    if (!m_pg->exec("BEGIN").ok())
        return fail(tr("The server did not start a transaction."));
    const PgResult existing = m_pg->exec("SELECT count(*) FROM (SELECT 1 FROM meldpunt.report LIMIT 1) x");
    if (!existing.ok())
        return fail(tr("The central schema is missing; run “meldpunt server init” first (%1).").arg(existing.error()));
    if (existing.number(0, 0) > 0)
        return fail(tr("The central database holds reports already; a desk file is only loaded into an empty one."));
    m_pg->exec("SET LOCAL synchronous_commit = off");
    // duplicate_of points at rows of the same table: set it after all reports are in.
    for (const TableCopy& t : kTables) {
        if (progress)
            progress(tr("Copying %1…").arg(QString::fromLatin1(t.label)));
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, t.select, -1, &st, nullptr) != SQLITE_OK) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(db));
            return fail(tr("%1 is not a Meldpunt database (%2).").arg(sqlitePath, why));
        }
        auto finalize = qScopeGuard([st] { sqlite3_finalize(st); });
        const int columns = sqlite3_column_count(st);
        bool done = false;
        QString stepError;
        const bool ok = m_pg->copyIn(t.copy,
            [&](QByteArray* chunk) {
                if (done)
                    return false;
                for (int n = 0; n < 2000; ++n) {
                    const int rc = sqlite3_step(st);
                    if (rc == SQLITE_DONE) {
                        done = true;
                        break;
                    }
                    if (rc != SQLITE_ROW) {
                        stepError = QString::fromUtf8(sqlite3_errmsg(db));
                        done = true;
                        return false;
                    }
                    for (int c = 0; c < columns; ++c) {
                        if (c)
                            chunk->append('\t');
                        if (sqlite3_column_type(st, c) == SQLITE_NULL) {
                            PgConnection::appendCopyField(chunk, QByteArray());
                        } else {
                            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, c));
                            PgConnection::appendCopyField(
                                chunk, QByteArray::fromRawData(text, sqlite3_column_bytes(st, c)));
                        }
                    }
                    chunk->append('\n');
                }
                return true;
            },
            error);
        if (!ok || !stepError.isEmpty())
            return fail(tr("Copying %1 failed: %2")
                            .arg(QString::fromLatin1(t.label), stepError.isEmpty() ? *error : stepError));
    }
    // Duplicates point at their originals: copy those links now that every report exists.
    {
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT id, duplicate_of FROM report WHERE duplicate_of IS NOT NULL", -1, &st, nullptr);
        auto finalize = qScopeGuard([st] { sqlite3_finalize(st); });
        m_pg->exec("CREATE TEMP TABLE dup_link (id bigint, duplicate_of bigint) ON COMMIT DROP");
        bool done = false;
        const bool ok = m_pg->copyIn("COPY dup_link FROM STDIN",
            [&](QByteArray* chunk) {
                if (done)
                    return false;
                while (sqlite3_step(st) == SQLITE_ROW) {
                    chunk->append(QByteArray::number(sqlite3_column_int64(st, 0)) + '\t'
                        + QByteArray::number(sqlite3_column_int64(st, 1)) + '\n');
                    if (chunk->size() > 65536)
                        return true;
                }
                done = true;
                return true;
            },
            error);
        if (!ok)
            return fail(*error);
        const PgResult u = m_pg->exec("UPDATE meldpunt.report r SET duplicate_of = d.duplicate_of FROM dup_link d "
                                      "WHERE r.id = d.id");
        if (!u.ok())
            return fail(u.error());
    }
    // Identity columns continue after the copied ids.
    for (const char* t : { "citizen", "app_user", "report", "report_event" }) {
        const QByteArray sql = QByteArray("SELECT setval(pg_get_serial_sequence('meldpunt.") + t
            + "', 'id'), greatest((SELECT max(id) FROM meldpunt." + t + "), 1))";
        const PgResult r = m_pg->exec(sql);
        if (!r.ok())
            return fail(r.error());
    }
    if (progress)
        progress(tr("Analysing…"));
    const PgResult c = m_pg->exec("COMMIT");
    if (!c.ok())
        return fail(c.error());
    m_pg->exec("ANALYZE");
    return true;
}

bool ServerAdmin::addUser(
    const QString& login, const QString& name, const QString& role, const QList<int>& departments, QString* error)
{
    static const QStringList roles { QStringLiteral("coordinator"), QStringLiteral("head"), QStringLiteral("clerk"),
        QStringLiteral("admin") };
    if (!roles.contains(role)) {
        *error = tr("The role must be one of %1.").arg(roles.join(QStringLiteral(", ")));
        return false;
    }
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!valid.match(login).hasMatch()) {
        *error = tr("A login is lower-case letters, digits, “.”, “-” or “_”, starting with a letter.");
        return false;
    }
    auto fail = [&](const QString& why) {
        *error = why;
        m_pg->exec("ROLLBACK");
        return false;
    };
    m_pg->exec("BEGIN");
    const QByteArray ident = "\"" + login.toUtf8() + "\"";
    const PgResult exists = m_pg->exec("SELECT 1 FROM pg_roles WHERE rolname = $1", { login.toUtf8() });
    if (exists.rows() == 0) {
        const PgResult r = m_pg->exec("CREATE ROLE " + ident + " LOGIN");
        if (!r.ok())
            return fail(r.error());
    }
    PgResult r = m_pg->exec("GRANT meldpunt_" + role.toUtf8() + " TO " + ident);
    if (!r.ok())
        return fail(r.error());
    r = m_pg->exec("INSERT INTO meldpunt.app_user (login, name, role) VALUES ($1, $2, $3) ON CONFLICT (login) DO "
                   "UPDATE SET name = EXCLUDED.name, role = EXCLUDED.role",
        { login.toUtf8(), name.toUtf8(), role.toUtf8() });
    if (!r.ok())
        return fail(r.error());
    m_pg->exec("DELETE FROM meldpunt.head_department WHERE login = $1", { login.toUtf8() });
    for (int d : departments) {
        r = m_pg->exec("INSERT INTO meldpunt.head_department (login, department_id) VALUES ($1, $2)",
            { login.toUtf8(), QByteArray::number(d) });
        if (!r.ok())
            return fail(r.error());
    }
    r = m_pg->exec("COMMIT");
    if (!r.ok())
        return fail(r.error());
    return true;
}

int runServerVerb(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(ServerAdmin::tr(
        "Creates (init) or upgrades (migrate) the central PostgreSQL schema, or adds a desk user (add-user)."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("action"), ServerAdmin::tr("init, migrate or add-user"));
    QCommandLineOption conn(QStringLiteral("connection"),
        ServerAdmin::tr("The server, as libpq keywords: \"service=city\" or \"host=H port=P dbname=D user=U "
                        "sslmode=require\". Default: the PG* environment variables."),
        QStringLiteral("CONNINFO"));
    QCommandLineOption import(QStringLiteral("import"),
        ServerAdmin::tr("With init: load this desk database into the empty central database."),
        QStringLiteral("FILE"));
    QCommandLineOption login(QStringLiteral("login"), ServerAdmin::tr("With add-user: the login."), QStringLiteral("LOGIN"));
    QCommandLineOption name(QStringLiteral("name"), ServerAdmin::tr("With add-user: the full name."), QStringLiteral("NAME"));
    QCommandLineOption role(QStringLiteral("role"),
        ServerAdmin::tr("With add-user: coordinator, head, clerk or admin."),
        QStringLiteral("ROLE"));
    QCommandLineOption depts(QStringLiteral("departments"),
        ServerAdmin::tr("With add-user --role head: the department ids the head may read, comma-separated."),
        QStringLiteral("IDS"));
    p.addOptions({ conn, import, login, name, role, depts });
    p.process(args);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.value(0);
    if (action != QLatin1String("init") && action != QLatin1String("migrate") && action != QLatin1String("add-user")) {
        err << ServerAdmin::tr("Usage: meldpunt server init|migrate|add-user [--connection CONNINFO]") << Qt::endl;
        return 2;
    }
    ServerConnection c;
    if (p.isSet(conn)) {
        QString why;
        c = ServerConnection::parse(p.value(conn), &why);
        if (!why.isEmpty()) {
            err << why << Qt::endl;
            return 2;
        }
    }
    PgConnection pg;
    QString error;
    if (!pg.open(c.conninfo(), &error)) {
        err << explainConnectionError(error) << Qt::endl;
        return 1;
    }
    ServerAdmin admin(&pg);
    if (action == QLatin1String("add-user")) {
        QList<int> ids;
        for (const QString& s : p.value(depts).split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << s.trimmed().toInt();
        if (!admin.addUser(p.value(login), p.value(name).isEmpty() ? p.value(login) : p.value(name), p.value(role),
                ids, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        out << ServerAdmin::tr("User %1 can now log in as %2.").arg(p.value(login), p.value(role)) << Qt::endl;
        return 0;
    }
    const int before = admin.version(&error);
    if (before < 0) {
        err << error << Qt::endl;
        return 1;
    }
    if (action == QLatin1String("migrate") && before == 0) {
        err << ServerAdmin::tr("There is no central schema here yet; use “meldpunt server init”.") << Qt::endl;
        return 1;
    }
    int applied = 0;
    if (!admin.migrate(&applied, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << ServerAdmin::tr("Central schema at version %1 (%n migration(s) applied).", nullptr, applied)
               .arg(ServerAdmin::latestVersion())
        << Qt::endl;
    if (p.isSet(import)) {
        if (!admin.importDesk(p.value(import), [&](const QString& s) { out << s << Qt::endl; }, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        out << ServerAdmin::tr("Loaded %1 into the central database.").arg(p.value(import)) << Qt::endl;
    }
    return 0;
}

} // namespace meldpunt
