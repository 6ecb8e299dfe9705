// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench: measures the performance budget of DESIGN.md and prints `<area>.<figure> <value> <unit>` lines.
#include "benchutil.h"
#include "commands/reportcommands.h"
#include "demo/demogenerator.h"
#include "mainwindow.h"
#include "queuemodel.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <QMap>

#include <algorithm>
#include <functional>

using namespace meldpunt;
using namespace meldpunt::bench;

// The other areas live in their own files beside this one.
int benchDashboard(const QStringList& args);
int benchLetters(const QStringList& args);
int benchMap(const QStringList& args);
int benchSync(const QStringList& args);

namespace {

/// Time to the first page of rows plus the total count, as the queue shows them after a filter change.
double timeFilter(const ReportStore& store, const QueueFilter& f, qint64* rows = nullptr)
{
    QElapsedTimer t;
    t.start();
    const QList<QueueRow> page = store.fetchQueue(f, std::nullopt, 200);
    if (rows)
        *rows = page.size();
    return t.nsecsElapsed() / 1e6;
}

double timeCount(const ReportStore& store, const QueueFilter& f)
{
    QElapsedTimer t;
    t.start();
    store.count(f);
    store.statusCounts(f);
    return t.nsecsElapsed() / 1e6;
}

int benchQueue(const QStringList& args)
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

    // Cold start: open the database, build the window, wait until the queue shows rows.
    QElapsedTimer start;
    start.start();
    Database database;
    if (const OpenError e = database.open(path, Database::Mode::OpenExisting)) {
        QTextStream(stderr) << e.message << Qt::endl;
        return 1;
    }
    ReportStore store(&database);
    ReportCommands commands(&store);
    MainWindow window(&store, &commands);
    window.resize(1600, 1000);
    window.show();
    auto* view = window.findChild<QTableView*>(QStringLiteral("queueView"));
    while (!view || !view->model() || view->model()->rowCount() == 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (start.elapsed() > 60000)
            break;
    }
    printFigure(QStringLiteral("queue.cold_start_ms"), start.nsecsElapsed() / 1e6, QStringLiteral("ms"));

    // Filter changes: the worst of the filters a coordinator uses, first page of rows.
    const ReferenceData& refs = store.refs();
    QList<QueueFilter> filters;
    filters << QueueFilter::toDo();
    QueueFilter all;
    filters << all;
    QueueFilter overdue;
    overdue.overdueOnly = true;
    filters << overdue;
    for (const Category& c : refs.categories) {
        if (c.parentId == 0) {
            QueueFilter f;
            f.categoryIds = { c.id };
            filters << f;
            QueueFilter g = QueueFilter::toDo();
            g.categoryIds = { c.id };
            filters << g;
            break;
        }
    }
    if (!refs.departments.isEmpty()) {
        QueueFilter f;
        f.departmentIds = { refs.departments.first().id };
        f.statuses = { Status::Assigned, Status::InProgress };
        filters << f;
        QueueFilter byDue = f;
        byDue.sortKey = QueueFilter::SortKey::Due;
        byDue.sortOrder = Qt::AscendingOrder;
        filters << byDue;
    }
    if (!refs.districts.isEmpty()) {
        QueueFilter f;
        f.districtIds = { refs.districts.first().id };
        f.channels = { Channel::Phone };
        filters << f;
    }
    QueueFilter lastMonth;
    lastMonth.to = QDate::currentDate();
    lastMonth.from = lastMonth.to.addDays(-30);
    filters << lastMonth;
    QueueFilter priority;
    priority.statuses = { Status::New, Status::Triaged, Status::Assigned };
    priority.sortKey = QueueFilter::SortKey::Priority;
    filters << priority;

    QList<double> filterTimes;
    QList<double> countTimes;
    for (const QueueFilter& f : std::as_const(filters)) {
        timeFilter(store, f); // warm the page cache once, as a second look would
        filterTimes << timeFilter(store, f);
        countTimes << timeCount(store, f);
    }
    std::sort(filterTimes.begin(), filterTimes.end());
    std::sort(countTimes.begin(), countTimes.end());
    printFigure(QStringLiteral("queue.filter_ms"), filterTimes.last(), QStringLiteral("ms"));
    printFigure(QStringLiteral("queue.filter_median_ms"), filterTimes.at(filterTimes.size() / 2), QStringLiteral("ms"));
    printFigure(QStringLiteral("queue.count_ms"), countTimes.last(), QStringLiteral("ms"));

    // Search: common and rare words, a reference number, with and without the to-do filter.
    const QStringList words { QStringLiteral("straat"),
        QStringLiteral("bladkorf"),
        QStringLiteral("lamp"),
        QStringLiteral("M-2026-0001"),
        QStringLiteral("peeters"),
        QStringLiteral("kerk 12"),
        QStringLiteral("zwerf") };
    QList<double> searchTimes;
    for (const QString& w : words) {
        QueueFilter f;
        f.search = w;
        timeFilter(store, f);
        searchTimes << timeFilter(store, f);
        QueueFilter g = QueueFilter::toDo();
        g.search = w;
        searchTimes << timeFilter(store, g);
    }
    std::sort(searchTimes.begin(), searchTimes.end());
    printFigure(QStringLiteral("queue.search_ms"), searchTimes.last(), QStringLiteral("ms"));
    printFigure(QStringLiteral("queue.search_median_ms"), searchTimes.at(searchTimes.size() / 2), QStringLiteral("ms"));

    // Scrolling: 10,000 rows through the view's own model, every cell's display text read.
    auto* model = window.queueModel();
    if (model) {
        // The whole archive, newest first, scrolled through the view's own model page by page.
        model->setFilter(QueueFilter());
        QElapsedTimer t;
        t.start();
        while (model->rowCount() < 10000 && model->canFetchMore({}))
            model->fetchMore({});
        const int rows = std::min(model->rowCount(), 10000);
        qint64 chars = 0;
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                chars += model->data(model->index(r, c)).toString().size();
        printFigure(QStringLiteral("queue.scroll_10k_ms"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        printFigure(QStringLiteral("queue.scroll_rows"), rows, QStringLiteral("rows"));
        Q_UNUSED(chars)
    }
    printFigure(QStringLiteral("queue.rss_mb"), residentMegabytes(), QStringLiteral("MB"));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    Database::configureProcess();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const QString area = args.size() > 1 ? args.at(1) : QString();
    const QMap<QString, std::function<int(const QStringList&)>> areas {
        { QStringLiteral("queue"), benchQueue },
        { QStringLiteral("dashboard"), benchDashboard },
        { QStringLiteral("letters"), benchLetters },
        { QStringLiteral("map"), benchMap },
        { QStringLiteral("sync"), benchSync },
    };
    if (areas.contains(area)) {
        args.removeAt(1);
        return areas.value(area)(args);
    }
    QTextStream(stderr) << "usage: meldpunt-bench AREA [options]; AREA is one of: "
                        << areas.keys().join(QStringLiteral(", ")) << Qt::endl;
    return 2;
}
