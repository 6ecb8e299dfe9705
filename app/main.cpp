// SPDX-License-Identifier: GPL-3.0-or-later
// The meldpunt executable: parses the command line, then runs a CLI verb or opens the main window.
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "domain/textfold.h"
#include "interop/addressimport.h"
#include "letters/templatestore.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "sync/pg.h"
#include "sync/serveradmin.h"
#include "sync/syncthread.h"
#include "firstsyncdialog.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QInputDialog>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

#include <cstdio>

using namespace meldpunt;

namespace {

/// Loads our translations and Qt's own for the chosen language ("" follows the system locale).
void installTranslations(QCoreApplication* app, const QString& lang)
{
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English && !lang.isEmpty())
        return;
    auto* ours = new QTranslator(app);
    if (ours->load(locale, QStringLiteral("meldpunt"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/meldpunt.sqlite");
}

/// The demo city answers citizens from the default template set.
bool installTemplates(const QString& path, QString* error)
{
    Database db;
    if (const OpenError e = db.open(path, Database::Mode::OpenExisting)) {
        *error = e.message;
        return false;
    }
    return installDefaultTemplates(&db, error);
}

int runDemoVerb(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate("main", "Generates a demo city database."));
    p.addHelpOption();
    QCommandLineOption reports(QStringLiteral("reports"),
        QCoreApplication::translate("main", "Number of reports."),
        QStringLiteral("N"),
        QStringLiteral("100000"));
    QCommandLineOption seed(QStringLiteral("seed"),
        QCoreApplication::translate("main", "Random seed."),
        QStringLiteral("S"),
        QStringLiteral("1"));
    QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("main", "Database file to write."), QStringLiteral("FILE"));
    QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("main", "Replace an existing file."));
    QCommandLineOption now(QStringLiteral("now"),
        QCoreApplication::translate("main", "The moment the demo treats as now (ISO 8601); default 2026-11-23 09:00."),
        QStringLiteral("WHEN"));
    p.addOptions({ reports, seed, out, force, now });
    p.process(args);
    QTextStream err(stderr);
    bool okN = false;
    bool okS = false;
    DemoOptions o;
    o.reports = p.value(reports).toLongLong(&okN);
    o.seed = p.value(seed).toULongLong(&okS);
    if (!okN || o.reports < 1 || o.reports > 20'000'000 || !okS) {
        err << QCoreApplication::translate(
            "main", "--reports takes a number from 1 to 20000000 and --seed a whole number.")
            << Qt::endl;
        return 2;
    }
    if (p.isSet(now)) {
        o.now = QDateTime::fromString(p.value(now), Qt::ISODate);
        if (!o.now.isValid()) {
            err << QCoreApplication::translate("main", "--now takes a date and time such as 2026-11-23T09:00:00.")
                << Qt::endl;
            return 2;
        }
    }
    const QString file = p.value(out);
    if (file.isEmpty()) {
        err << QCoreApplication::translate("main", "Say where to write the database with --out FILE.") << Qt::endl;
        return 2;
    }
    if (QFileInfo::exists(file) && !p.isSet(force)) {
        err << QCoreApplication::translate(
            "main", "%1 exists already; it was left as it is (use --force to replace it).")
                   .arg(file)
            << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString error;
    int lastPercent = -1;
    const bool ok = DemoGenerator(o).generate(
        file,
        &error,
        [&](qint64 done, qint64 total) {
            const int percent = total ? int(done * 100 / total) : 100;
            if (percent != lastPercent) {
                lastPercent = percent;
                err << QStringLiteral("\r%1 %").arg(percent, 3) << Qt::flush;
            }
            return true;
        },
        p.isSet(force));
    err << Qt::endl;
    if (!ok) {
        err << error << Qt::endl;
        return 1;
    }
    if (!installTemplates(file, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    QTextStream(stdout) << QCoreApplication::translate("main", "Wrote %1 reports to %2 in %3 s.")
                               .arg(o.reports)
                               .arg(file)
                               .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    Database::configureProcess();
    QApplication::setApplicationName(QStringLiteral("meldpunt"));
    QApplication::setOrganizationName(QStringLiteral("Meldpunt"));
    QApplication::setApplicationVersion(QStringLiteral(MELDPUNT_VERSION));

    // The language must be known before any translated text, so peek at --lang first.
    QString lang;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            lang = QString::fromLocal8Bit(argv[i + 1]);
        else if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
    }
    const bool demoVerb = argc > 1 && qstrcmp(argv[1], "demo") == 0;
    const bool importVerb = argc > 1 && qstrcmp(argv[1], "import") == 0;
    const bool serverVerb = argc > 1 && qstrcmp(argv[1], "server") == 0;
    const bool cliVerb = demoVerb || importVerb || serverVerb;
    const bool screenshot = [&] {
        for (int i = 1; i < argc; ++i)
            if (qstrcmp(argv[i], "--screenshot") == 0)
                return true;
        return false;
    }();
    if (cliVerb || screenshot)
        qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));

    if (cliVerb) {
        QCoreApplication app(argc, argv);
        installTranslations(&app, lang);
        QStringList args = app.arguments();
        args.removeAt(1);
        if (importVerb)
            return runImportVerb(args.mid(1));
        if (serverVerb)
            return runServerVerb(args);
        return runDemoVerb(args);
    }

    QApplication app(argc, argv);
    installTranslations(&app, lang);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meldpunt.svg")));

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate("main", "Meldpunt: the citizen-report desk."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo city (generated on first use)."));
    QCommandLineOption db(
        QStringLiteral("db"), QApplication::translate("main", "Open this database file."), QStringLiteral("FILE"));
    QCommandLineOption langOpt(
        QStringLiteral("lang"), QApplication::translate("main", "Language: nl, fr or en."), QStringLiteral("LANG"));
    QCommandLineOption shot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Render VIEW (queue, intake, connection, conflicts, map, dashboard, letters, printqueue) to FILE.png "
            "offscreen and exit."),
        QStringLiteral("VIEW"));
    QCommandLineOption user(QStringLiteral("user"),
        QApplication::translate("main", "Your login, written in the history."),
        QStringLiteral("LOGIN"));
    QCommandLineOption role(QStringLiteral("role"),
        QApplication::translate("main", "Open as: coordinator (default) or head (read-only dashboard)."),
        QStringLiteral("ROLE"));
    QCommandLineOption department(QStringLiteral("department"),
        QApplication::translate("main", "With --role head: the department whose dashboard opens."),
        QStringLiteral("NAME"));
    QCommandLineOption server(QStringLiteral("server"),
        QApplication::translate("main",
            "Work as a desk of this central database (libpq keywords, e.g. \"service=city\" or \"host=H dbname=D "
            "user=U\"); --server none works alone. Default: the one chosen under File › Central database."),
        QStringLiteral("CONNINFO"));
    p.addOptions({ demo, db, langOpt, shot, user, role, department, server });
    p.process(app);

    QString path = p.value(db);
    if (path.isEmpty())
        path = p.isSet(demo) ? demoPath() : defaultPath();
    if (p.isSet(demo) && p.value(db).isEmpty() && !QFileInfo::exists(path)) {
        DemoOptions o;
        o.reports = 100'000;
        o.now = QDateTime::currentDateTime();
        QString error;
        if (!DemoGenerator(o).generate(path, &error) || !installTemplates(path, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Meldpunt"), error);
            return 1;
        }
    }

    // A desk of a central database works on a replica file of its own, one per server and database.
    ServerConnection central;
    if (p.isSet(server)) {
        if (p.value(server) != QLatin1String("none")) {
            QString why;
            central = ServerConnection::parse(p.value(server), &why);
            if (central.isEmpty()) {
                QTextStream(stderr) << why << Qt::endl;
                return 2;
            }
        }
    } else if (!p.isSet(demo) && !screenshot) {
        central = ServerConnection::fromSettings(Settings::instance()->value(Settings::Key::CentralServer).toMap());
    }
    if (!central.isEmpty() && p.value(db).isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/replica-")
            + central.replicaKey() + QStringLiteral(".sqlite");
    if (!central.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());

    Database database;
    if (const OpenError e = database.open(path)) {
        QTextStream(stderr) << e.message << Qt::endl;
        if (!screenshot)
            QMessageBox::critical(nullptr, QApplication::translate("main", "Meldpunt"), e.message);
        return 1;
    }
    ReportStore store(&database);
    QString login = p.value(user);
    if (login.isEmpty() && !central.user.isEmpty())
        login = central.user; // a desk of the central database is its PostgreSQL login
    if (login.isEmpty())
        login = p.isSet(demo) ? QStringLiteral("an.peeters")
                              : qEnvironmentVariable("USER", QStringLiteral("coordinator"));
    store.setActor(login);
    ReportCommands commands(&store);

    if (!central.isEmpty() && central.password.isEmpty() && !screenshot) {
        // libpq takes the password from ~/.pgpass; when the server wants one it does not find, ask for it.
        // It lives in memory for this session only.
        PgConnection probe;
        QString why;
        if (!probe.open(central.conninfo(), &why)
            && (why.contains(QLatin1String("no password supplied"))
                || why.contains(QLatin1String("password authentication failed")))) {
            bool ok = false;
            const QString password = QInputDialog::getText(nullptr,
                QApplication::translate("main", "Central database"),
                QApplication::translate("main", "Password for %1:").arg(central.describe()),
                QLineEdit::Password,
                QString(),
                &ok);
            if (ok)
                central.password = password;
        }
    }
    std::unique_ptr<SyncThread> sync;
    if (!central.isEmpty()) {
        sync = std::make_unique<SyncThread>(&database, central, login);
        Replica replica(&database);
        if (!replica.isInitialized()) {
            QString why;
            // The first sync builds a new file and puts it in this one's place: it needs the file to itself.
            database.releaseThreadConnection();
            if (!FirstSyncDialog::run(sync.get(), nullptr, &why)) {
                sync->stop();
                QTextStream(stderr) << why << Qt::endl;
                QMessageBox::critical(nullptr, QApplication::translate("main", "Meldpunt"),
                    QApplication::translate("main", "This desk has no copy of the central database yet, and the "
                                                    "first sync did not finish:\n\n%1")
                        .arg(why));
                return 1;
            }
            store.reloadReferenceData();
        }
    }
    MainWindow window(&store, &commands);
    if (sync) {
        window.attachSync(sync.get());
        sync->start();
        if (screenshot) {
            // Render the desk as it is once in touch with the server (or known to be offline).
            QEventLoop wait;
            QObject::connect(sync->engine(), &SyncEngine::stateChanged, &wait, [&wait](SyncEngine::State s) {
                if (s == SyncEngine::State::Online || s == SyncEngine::State::Offline)
                    wait.quit();
            });
            QTimer::singleShot(15000, &wait, &QEventLoop::quit);
            wait.exec();
            QCoreApplication::processEvents();
        }
    }
    if (p.value(role) == QLatin1String("head")) {
        // The role will come from the login with the central database; until then the command line says it.
        int departmentId = 0;
        const QString wanted = foldForSearch(p.value(department));
        QStringList names;
        for (const Department& d : store.refs().departments) {
            names << d.name;
            if (!wanted.isEmpty() && (foldForSearch(d.name) == wanted || foldForSearch(d.code) == wanted))
                departmentId = d.id;
        }
        if (!wanted.isEmpty() && departmentId == 0) {
            const QString message = QApplication::translate("main", "There is no department “%1”. Choose one of: %2.")
                                        .arg(p.value(department), names.join(QStringLiteral(", ")));
            QTextStream(stderr) << message << Qt::endl;
            if (!screenshot)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Meldpunt"), message);
            return 2;
        }
        window.setHeadMode(departmentId);
    } else if (sync && !p.isSet(role) && store.userRole(login).first == QLatin1String("head")) {
        // On a central database the login's role decides; the server enforces it too (row-level security).
        window.setHeadMode(store.userRole(login).second);
    } else if (p.isSet(role) && p.value(role) != QLatin1String("coordinator")) {
        QTextStream(stderr) << QApplication::translate("main", "--role takes coordinator or head.") << Qt::endl;
        return 2;
    }
    if (screenshot) {
        const QStringList rest = p.positionalArguments();
        if (rest.isEmpty()) {
            QTextStream(stderr) << QApplication::translate("main", "Usage: meldpunt --screenshot VIEW FILE.png")
                                << Qt::endl;
            return 2;
        }
        QString error;
        if (!window.renderScreenshot(p.value(shot), rest.first(), &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    window.show();
    return app.exec();
}
