// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench sync: first pull of a whole city against the server's own COPY speed, how fast a change
// on one desk reaches another desk's queue, and how many operations a push applies per second.
#include "benchutil.h"

#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "queuemodel.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "sync/pg.h"
#include "sync/serveradmin.h"
#include "sync/syncengine.h"
#include "sync/syncthread.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QScopeGuard>
#include <QUuid>

#include <algorithm>

using namespace meldpunt;
using namespace meldpunt::bench;

namespace {

QHash<QString, QString> readEnv(const QString& file)
{
    QHash<QString, QString> env;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly))
        for (const QByteArray& line : f.readAll().split('\n'))
            if (const int eq = line.indexOf('='); eq > 0)
                env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)).trimmed());
    return env;
}

/// Times psql's \copy of the rows the first pull reads: the fastest any client gets them from this server.
double copyLimitSeconds(const ServerConnection& c)
{
    QStringList statements;
    for (const PulledTable& t : pulledTables())
        statements << QStringLiteral("\\copy (SELECT %1, revision FROM meldpunt.%2) TO '/dev/null'")
                          .arg(QString::fromLatin1(t.columns), QString::fromLatin1(t.server));
    statements << QStringLiteral("\\copy (SELECT report_id, citizen_id, via_report_id FROM meldpunt.report_follower) "
                                 "TO '/dev/null'");
    QElapsedTimer t;
    t.start();
    for (const QString& s : statements) {
        QProcess psql;
        QStringList args { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-c"), s };
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGHOST"), c.host);
        env.insert(QStringLiteral("PGPORT"), QString::number(c.port));
        env.insert(QStringLiteral("PGUSER"), c.user);
        env.insert(QStringLiteral("PGDATABASE"), c.database);
        psql.setProcessEnvironment(env);
        psql.start(QStringLiteral("psql"), args);
        psql.waitForFinished(-1);
        if (psql.exitCode() != 0)
            QTextStream(stderr) << "psql: " << psql.readAllStandardError() << Qt::endl;
    }
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int benchSync(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    QCommandLineOption reports(QStringLiteral("reports"), QStringLiteral("Reports to generate."), QStringLiteral("N"),
        QStringLiteral("1000000"));
    QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Load this desk database into the server instead of "
                                                               "generating one."),
        QStringLiteral("FILE"));
    QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("A central database already loaded (libpq keywords); default: a throw-away server."),
        QStringLiteral("CONNINFO"));
    QCommandLineOption changes(QStringLiteral("changes"), QStringLiteral("Changes for the propagation figures."),
        QStringLiteral("N"), QStringLiteral("200"));
    QCommandLineOption keep(QStringLiteral("keep-server"),
        QStringLiteral("Leave the throw-away server running at the end and print how to reach it (for --server)."));
    p.addOptions({ reports, db, server, changes, keep });
    p.process(args);
    QTextStream err(stderr);

    QTemporaryDir tmp;
    // The server's folder outlives the run with --keep-server (as another user than root, its data is in it).
    QTemporaryDir serverTmp;
    serverTmp.setAutoRemove(!p.isSet(keep));
    const QString pgDir = serverTmp.filePath(QStringLiteral("pg"));
    const QString script = QStringLiteral(MELDPUNT_SOURCE_DIR "/tests/pg/pgserver.sh");
    bool ownServer = false;
    ServerConnection central;
    auto stopServer = qScopeGuard([&] {
        if (ownServer && !p.isSet(keep))
            QProcess::execute(QStringLiteral("bash"), { script, QStringLiteral("stop"), pgDir });
    });
    if (p.isSet(server)) {
        QString why;
        central = ServerConnection::parse(p.value(server), &why);
        if (central.isEmpty()) {
            err << why << Qt::endl;
            return 2;
        }
    } else {
        if (QProcess::execute(QStringLiteral("bash"), { script, QStringLiteral("start"), pgDir }) != 0) {
            err << "could not start a PostgreSQL server" << Qt::endl;
            return 1;
        }
        ownServer = true;
        const auto env = readEnv(pgDir + QStringLiteral("/connection.env"));
        central.host = env.value(QStringLiteral("MELDPUNT_TEST_PGHOST"));
        central.port = env.value(QStringLiteral("MELDPUNT_TEST_PGPORT")).toInt();
        central.user = env.value(QStringLiteral("MELDPUNT_TEST_PGUSER"));
        central.database = QStringLiteral("postgres");
        PgConnection pg;
        QString why;
        if (!pg.open(central.conninfo(), &why) || !pg.exec("CREATE DATABASE bench").ok()) {
            err << why << Qt::endl;
            return 1;
        }
        central.database = QStringLiteral("bench");
        PgConnection bench;
        if (!bench.open(central.conninfo(), &why)) {
            err << why << Qt::endl;
            return 1;
        }
        ServerAdmin admin(&bench);
        int applied = 0;
        if (!admin.migrate(&applied, &why)) {
            err << why << Qt::endl;
            return 1;
        }
        QString seed = p.value(db);
        if (seed.isEmpty()) {
            seed = tmp.filePath(QStringLiteral("seed.sqlite"));
            DemoOptions o;
            o.reports = p.value(reports).toLongLong();
            if (!DemoGenerator(o).generate(seed, &why)) {
                err << why << Qt::endl;
                return 1;
            }
        } else {
            // The loader brings the file to this schema; work on a copy.
            const QString copy = tmp.filePath(QStringLiteral("seed.sqlite"));
            QFile::copy(seed, copy);
            seed = copy;
        }
        QElapsedTimer load;
        load.start();
        if (!admin.importDesk(seed, {}, &why)) {
            err << why << Qt::endl;
            return 1;
        }
        printFigure(QStringLiteral("sync.server_load_s"), load.elapsed() / 1000.0, QStringLiteral("s"));
        QFile::remove(seed);
        if (p.isSet(keep))
            err << "server kept: --server \"" << QString::fromUtf8(central.conninfo()) << "\"; stop it with bash "
                << script << " stop " << pgDir << Qt::endl;
    }

    // First pull into an empty replica, and the limit: the server's own COPY of the same rows.
    const QString pathA = tmp.filePath(QStringLiteral("deskA.sqlite"));
    Database dbA;
    if (const OpenError e = dbA.open(pathA)) {
        err << e.message << Qt::endl;
        return 1;
    }
    SyncEngine engineA(&dbA, central, QStringLiteral("bench-a"));
    engineA.setLive(false);
    QString why;
    if (!engineA.connectNow(&why)) {
        err << why << Qt::endl;
        return 1;
    }
    // The limit is timed just before and just after the pull, and the ratio uses their mean: on a shared
    // machine whose speed drifts by a third within minutes, one timing after the pull swung the ratio by
    // as much as the pull itself.
    const double limitBefore = copyLimitSeconds(central);
    QElapsedTimer pull;
    pull.start();
    if (!engineA.initialPullNow(&why)) {
        err << why << Qt::endl;
        return 1;
    }
    const double pullSeconds = pull.nsecsElapsed() / 1e9;
    const double limitAfter = copyLimitSeconds(central);
    const double limit = (limitBefore + limitAfter) / 2;
    printFigure(QStringLiteral("sync.initial_pull_s"), pullSeconds, QStringLiteral("s"));
    printFigure(QStringLiteral("sync.copy_limit_s"), limit, QStringLiteral("s"));
    printFigure(QStringLiteral("sync.initial_pull_ratio"), pullSeconds / limit, QStringLiteral("x"));
    printFigure(QStringLiteral("sync.copy_limit_before_s"), limitBefore, QStringLiteral("s"));
    printFigure(QStringLiteral("sync.copy_limit_after_s"), limitAfter, QStringLiteral("s"));

    // Desk B: a copy of A's replica under a desk id of its own, live on its own thread, with a queue.
    const QString pathB = tmp.filePath(QStringLiteral("deskB.sqlite"));
    {
        QSqlQuery q(dbA.connection());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    if (!QFile::copy(pathA, pathB)) {
        err << "could not copy the replica" << Qt::endl;
        return 1;
    }
    Database dbB;
    if (const OpenError e = dbB.open(pathB)) {
        err << e.message << Qt::endl;
        return 1;
    }
    {
        QSqlQuery q(dbB.connection());
        q.exec(QStringLiteral("UPDATE setting SET value = '%1' WHERE key = 'sync.desk'")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    }
    ReportStore storeA(&dbA);
    storeA.setActor(QStringLiteral("bench-a"));
    ReportStore storeB(&dbB);
    ReportCommands commandsB(&storeB);
    QueueModel modelB(&storeB, &commandsB);
    QueueFilter all;
    modelB.setFilter(all);
    SyncThread syncB(&dbB, central, QStringLiteral("bench-b"));
    QObject::connect(syncB.engine(), &SyncEngine::reportsPulled, &modelB, [&modelB] { modelB.refresh(); });
    syncB.start();
    QElapsedTimer wait;
    wait.start();
    while (syncB.engine()->state() != SyncEngine::State::Online && wait.elapsed() < 120'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    // A change on A: applied, pushed and committed; then until B's queue model shows it.
    const int n = std::max(1, p.value(changes).toInt());
    QList<double> delays;
    for (int i = 0; i < n; ++i) {
        const int row = i % std::min(modelB.rowCount(), 150);
        const qint64 id = modelB.reportId(row);
        const QueueRow* before = modelB.rowData(row);
        const Priority next = Priority((int(before->priority) + 1) % 4);
        TriageChange c;
        c.priority = next;
        if (!storeA.apply({ id }, c).ok) {
            err << "change failed" << Qt::endl;
            return 1;
        }
        QElapsedTimer t;
        int pushed = 0;
        if (!engineA.pushNow(&pushed, &why)) {
            err << why << Qt::endl;
            return 1;
        }
        t.start(); // the change is committed on the server now
        for (;;) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            const int r = modelB.rowOf(id);
            if (r >= 0 && modelB.rowData(r)->priority == next)
                break;
            if (t.elapsed() > 10'000) {
                err << "change " << i << " (report " << id << ", priority " << int(before->priority) << " to "
                    << int(next) << ") did not arrive; desk B shows "
                    << (r >= 0 ? int(modelB.rowData(r)->priority) : -1) << Qt::endl;
                // The queue's own connection: tells a pull that never came from a queue that did not reload.
                QSqlQuery q(dbB.connection());
                q.exec(QStringLiteral(
                    "SELECT priority, (SELECT count(*) FROM sync_outbox o WHERE o.report_uuid = r.uuid), "
                    "(SELECT count(*) FROM sync_outbox) FROM report r WHERE id = %1")
                           .arg(id));
                if (q.next())
                    err << "B's file: priority " << q.value(0).toInt() << ", outbox for it " << q.value(1).toInt()
                        << ", outbox " << q.value(2).toInt() << Qt::endl;
                break;
            }
        }
        delays << t.nsecsElapsed() / 1e6;
    }
    std::sort(delays.begin(), delays.end());
    printFigure(QStringLiteral("sync.propagation_p50_ms"), delays[delays.size() / 2], QStringLiteral("ms"));
    printFigure(QStringLiteral("sync.propagation_p95_ms"), delays[std::min<int>(delays.size() - 1, delays.size() * 95 / 100)],
        QStringLiteral("ms"));
    syncB.stop();

    // Push throughput: 5,000 notes made offline on A, then one push.
    for (int i = 0; i < 5000; ++i)
        storeA.addNote(modelB.reportId(i % 100), QStringLiteral("bench note %1").arg(i));
    QElapsedTimer push;
    push.start();
    int pushed = 0;
    if (!engineA.pushNow(&pushed, &why)) {
        err << why << Qt::endl;
        return 1;
    }
    printFigure(QStringLiteral("sync.push_ops_per_s"), pushed / (push.nsecsElapsed() / 1e9), QStringLiteral("ops/s"));
    printFigure(QStringLiteral("sync.rss_mb"), residentMegabytes(), QStringLiteral("MB"));
    engineA.stop();
    return 0;
}
