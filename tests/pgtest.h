// SPDX-License-Identifier: GPL-3.0-or-later
// The throw-away PostgreSQL server of the integration tests (tests/pg/pgserver.sh, started by the ctest
// fixture "pg"): its connection, a fresh central database per test, and desks on it.
#pragma once

#include "demo/demogenerator.h"
#include "store/database.h"
#include "sync/pg.h"
#include "sync/serveradmin.h"
#include "sync/serverconnection.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace meldpunt::test {

inline QHash<QString, QString> pgEnvironment(const QString& file = {})
{
    QHash<QString, QString> env;
    QFile f(file.isEmpty() ? qEnvironmentVariable("MELDPUNT_TEST_PGENV") : file);
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray& line : f.readAll().split('\n')) {
        const int eq = line.indexOf('=');
        if (eq > 0)
            env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    }
    return env;
}

/// The superuser connection to the test server, to database db.
inline ServerConnection pgServer(const QString& db = QStringLiteral("postgres"), const QString& envFile = {})
{
    const auto env = pgEnvironment(envFile);
    ServerConnection c;
    c.host = env.value(QStringLiteral("MELDPUNT_TEST_PGHOST"));
    c.port = env.value(QStringLiteral("MELDPUNT_TEST_PGPORT")).toInt();
    c.user = env.value(QStringLiteral("MELDPUNT_TEST_PGUSER"));
    c.database = db;
    return c;
}

/// Creates an empty database with a fresh central schema and, when demoReports > 0, loads a demo city
/// of that many reports into it. Answers its connection; empty on failure (with *error).
inline ServerConnection makeCentral(const QTemporaryDir& dir, qint64 demoReports, QString* error,
    const QString& envFile = {})
{
    const ServerConnection admin = pgServer(QStringLiteral("postgres"), envFile);
    if (admin.host.isEmpty()) {
        *error = QStringLiteral("no test server: MELDPUNT_TEST_PGENV is not set (run through ctest)");
        return {};
    }
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    {
        PgConnection pg;
        if (!pg.open(admin.conninfo(), error))
            return {};
        const PgResult r = pg.exec("CREATE DATABASE " + name.toUtf8());
        if (!r.ok()) {
            *error = r.error();
            return {};
        }
    }
    ServerConnection c = admin;
    c.database = name;
    PgConnection pg;
    if (!pg.open(c.conninfo(), error))
        return {};
    ServerAdmin sa(&pg);
    int applied = 0;
    if (!sa.migrate(&applied, error))
        return {};
    if (demoReports > 0) {
        const QString file = dir.filePath(name + QStringLiteral("-seed.sqlite"));
        DemoOptions o;
        o.reports = demoReports;
        if (!DemoGenerator(o).generate(file, error))
            return {};
        if (!sa.importDesk(file, {}, error))
            return {};
    }
    return c;
}

/// Runs a tool of the test server (pg_ctl) as the server's owner.
inline bool runPgCtl(const QStringList& args, const QString& envFile = {})
{
    const auto env = pgEnvironment(envFile);
    const QString pgctl = env.value(QStringLiteral("MELDPUNT_TEST_PGBIN")) + QStringLiteral("/pg_ctl");
    QStringList full { QStringLiteral("-D"), env.value(QStringLiteral("MELDPUNT_TEST_PGDATA")) };
    full += args;
    QProcess p;
    if (qEnvironmentVariable("USER") == QLatin1String("root") || geteuid() == 0)
        p.start(QStringLiteral("runuser"), QStringList { QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgctl } + full);
    else
        p.start(pgctl, full);
    p.waitForFinished(120'000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace meldpunt::test
