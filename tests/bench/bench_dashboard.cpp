// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench dashboard: the dashboard's figures of the performance budget.
// bench.cpp dispatches `meldpunt-bench dashboard [--reports N | --db FILE] [--seed S]` to
//     int benchDashboard(const QStringList& args); // args[0] is the program name; a QApplication exists
#include "benchutil.h"
#include "dashboardview.h"
#include "demo/demogenerator.h"
#include "stats/dashboard.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>
#include <QTimer>

#include <algorithm>
#include <ctime>

using namespace meldpunt;
using namespace meldpunt::bench;

namespace {

/// Waits until the view shows numbers for its current filter; milliseconds since `t` started.
/// Sleeps in the event loop rather than spinning, which would take a core from the workers.
double untilReady(DashboardView& view, const QElapsedTimer& t)
{
    QEventLoop loop;
    QObject::connect(&view, &DashboardView::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    QCoreApplication::processEvents(); // a change may already have been answered
    if (!view.isReady())
        loop.exec();
    return t.nsecsElapsed() / 1e6;
}

/// CPU time of the whole process in milliseconds: on a machine shared with other work, wall-clock
/// figures swing with the load; this one does not.
double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int benchDashboard(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const CityOptions city;
    city.addTo(p);
    p.process(args);

    QTemporaryDir tmp;
    const QString path = city.database(p, tmp, QStringLiteral("bench.sqlite"));
    if (path.isEmpty())
        return 1;
    const DemoOptions o = city.demo(p);
    // The demo's "now", so that "this year" means the same whatever day the benchmark runs.
    const qint64 now = DemoGenerator(o).now().toSecsSinceEpoch();

    // Load: from opening the database to the first full dashboard on screen.
    QElapsedTimer load;
    load.start();
    Database database;
    if (const OpenError e = database.open(path, Database::Mode::OpenExisting)) {
        QTextStream(stderr) << e.message << Qt::endl;
        return 1;
    }
    ReportStore store(&database);
    store.setNowForTesting(now);
    const double rssBefore = residentMegabytes();
    double loadMs = 0;
    {
        DashboardView view(&store);
        view.resize(1600, 1000);
        view.show();
        loadMs = untilReady(view, load);
        printFigure(QStringLiteral("dashboard.load_ms"), loadMs, QStringLiteral("ms"));
        printFigure(
            QStringLiteral("dashboard.reports_this_year"), double(view.data().received), QStringLiteral("reports"));

        // A filter change over all reports: every aggregate, chart and table redone. The basis
        // toggles between calendar and working days so that each change is a real one.
        view.setPreset(DashboardView::Preset::AllTime);
        QElapsedTimer settle;
        settle.start();
        untilReady(view, settle);
        QList<double> all;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer t;
            t.start();
            view.setDayBasis(i % 2 ? DashboardQuery::DayBasis::Calendar : DashboardQuery::DayBasis::Working);
            all << untilReady(view, t);
        }
        printFigure(QStringLiteral("dashboard.recompute_ms"), median(all), QStringLiteral("ms"));
        printFigure(QStringLiteral("dashboard.recompute_max_ms"),
            *std::max_element(all.begin(), all.end()),
            QStringLiteral("ms"));

        // The same for one year.
        view.setPreset(DashboardView::Preset::Last12Months);
        settle.restart();
        untilReady(view, settle);
        QList<double> year;
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer t;
            t.start();
            view.setDayBasis(i % 2 ? DashboardQuery::DayBasis::Calendar : DashboardQuery::DayBasis::Working);
            year << untilReady(view, t);
        }
        printFigure(QStringLiteral("dashboard.recompute_year_ms"), median(year), QStringLiteral("ms"));
        printFigure(QStringLiteral("dashboard.rss_mb"), residentMegabytes(), QStringLiteral("MB"));
        printFigure(QStringLiteral("dashboard.snapshot_rss_mb"), residentMegabytes() - rssBefore, QStringLiteral("MB"));
    }

    // The computation alone, without widgets: what the worker thread spends per filter change.
    QThreadPool helper;
    helper.setMaxThreadCount(1);
    helper.setExpiryTimeout(-1);
    QElapsedTimer t;
    t.start();
    const double loadCpu = processCpuMs();
    QString error;
    const auto snapshot = StatsSnapshot::load(&database, QueueFilter(), &helper, &error);
    if (!snapshot) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    printFigure(QStringLiteral("dashboard.snapshot_load_ms"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    printFigure(QStringLiteral("dashboard.snapshot_load_cpu_ms"), processCpuMs() - loadCpu, QStringLiteral("ms"));
    DashboardQuery q;
    q.now = now;
    q.filter.to = QDateTime::fromSecsSinceEpoch(now).date();
    QList<double> core;
    QList<double> cpu;
    for (int i = 0; i < 6; ++i) {
        q.basis = i % 2 ? DashboardQuery::DayBasis::Calendar : DashboardQuery::DayBasis::Working;
        t.restart();
        const double c = processCpuMs();
        const DashboardData d = Dashboard::compute(*snapshot, q, &helper);
        core << t.nsecsElapsed() / 1e6;
        cpu << processCpuMs() - c;
        Q_UNUSED(d)
    }
    printFigure(QStringLiteral("dashboard.compute_ms"), median(core), QStringLiteral("ms"));
    printFigure(QStringLiteral("dashboard.compute_cpu_ms"), median(cpu), QStringLiteral("ms"));
    QList<double> single;
    for (int i = 0; i < 3; ++i) {
        t.restart();
        const DashboardData d = Dashboard::compute(*snapshot, q, nullptr);
        single << t.nsecsElapsed() / 1e6;
        Q_UNUSED(d)
    }
    printFigure(QStringLiteral("dashboard.compute_single_thread_ms"), median(single), QStringLiteral("ms"));
    // Joining our helper thread's connection before the database closes.
    QSemaphore done;
    helper.start([&database, &done] {
        QString name;
        {
            name = database.connection().connectionName();
        }
        QSqlDatabase::removeDatabase(name);
        done.release();
    });
    done.acquire();
    return 0;
}
