// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench map: cluster build, frame times at four zooms, heatmap time and memory for the map view.
#include "benchutil.h"
#include "demo/demogenerator.h"
#include "geo/citybackground.h"
#include "geo/citytiles.h"
#include "geo/heatmap.h"
#include "geo/mapreports.h"
#include "mapwidget.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace meldpunt;
using namespace meldpunt::bench;

namespace {

/// CPU time of the calling thread: what a paint costs, apart from time the machine gave to others.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(p * v.size())) - 1, 0, v.size() - 1);
    return v.at(i);
}

} // namespace

/// `meldpunt-bench map [--reports N | --db FILE] [--seed S] [--frames F]`; args[0] is the program.
int benchMap(const QStringList& args)
{
    QCommandLineParser p;
    p.addHelpOption();
    const CityOptions cityOptions;
    QCommandLineOption frames(
        QStringLiteral("frames"), QStringLiteral("Frames per zoom."), QStringLiteral("F"), QStringLiteral("60"));
    cityOptions.addTo(p);
    p.addOption(frames);
    p.process(args);

    QTemporaryDir tmp;
    const QString path = cityOptions.database(p, tmp, QStringLiteral("bench-map.sqlite"));
    if (path.isEmpty())
        return 1;
    const DemoOptions o = cityOptions.demo(p);
    Database database;
    if (const OpenError e = database.open(path, Database::Mode::OpenExisting)) {
        QTextStream(stderr) << e.message << Qt::endl;
        return 1;
    }
    ReportStore store(&database);
    const qint64 now = DemoGenerator(o).now().toSecsSinceEpoch();

    // Loading and clustering every report, as the map does for the "all reports" filter.
    QElapsedTimer t;
    t.start();
    const std::shared_ptr<MapReportSet> set = MapReportLoader::load(&database, QueueFilter(), now, store.refs());
    if (!set->error.isEmpty()) {
        QTextStream(stderr) << set->error << Qt::endl;
        return 1;
    }
    printFigure(QStringLiteral("map.reports"), double(set->size()), QStringLiteral("reports"));
    printFigure(QStringLiteral("map.load_ms"), set->loadMs, QStringLiteral("ms"));
    printFigure(QStringLiteral("map.cluster_build_ms"), set->buildMs, QStringLiteral("ms"));
    // Once more on the same points: the build alone, without the SQL pass warming the caches.
    {
        MapReportSet again;
        again.ids = set->ids;
        again.x = set->x;
        again.y = set->y;
        again.status = set->status;
        again.overdue = set->overdue;
        again.district = set->district;
        MapReportLoader::finish(&again);
        printFigure(QStringLiteral("map.cluster_rebuild_ms"), again.buildMs, QStringLiteral("ms"));
    }
    const std::shared_ptr<const CityBackground> city = CityBackground::load(&database);

    // Frames: a 1920×1080 paint at each zoom while the view is dragged across the town, 20 px a
    // frame. Between frames the event loop runs, so city tiles drawn on the workers arrive as
    // they would on screen; only the paint itself is timed.
    MapWidget widget;
    widget.resize(1920, 1080);
    widget.setReports(set);
    widget.setCity(city);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const QRectF town = set->worldBounds.isNull() ? city->worldBounds : set->worldBounds;
    const int perZoom = std::max(5, p.value(frames).toInt());
    auto settle = [&] {
        QElapsedTimer wait;
        wait.start();
        do
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        while (!widget.isReady() && wait.elapsed() < 10000);
    };
    double worstP50 = 0;
    double worstP95 = 0;
    double worstCpuP95 = 0;
    for (int zoom : { 10, 13, 16, 19 }) {
        QRandomGenerator rng { quint32(zoom) };
        const QPointF start(town.left() + town.width() * (0.35 + 0.1 * rng.generateDouble()),
            town.top() + town.height() * (0.35 + 0.1 * rng.generateDouble()));
        const QGeoCoordinate g = WebMercator::unproject(start);
        widget.setView(g.latitude(), g.longitude(), zoom);
        widget.render(&frame);
        settle();
        QList<double> times;
        QList<double> cpu;
        for (int i = 0; i < perZoom; ++i) {
            MapViewport vp = widget.viewport();
            vp.panBy(QPointF(-18, -9));
            const QGeoCoordinate c = vp.centerCoordinate();
            widget.setView(c.latitude(), c.longitude(), zoom);
            QElapsedTimer ft;
            ft.start();
            const double c0 = threadCpuMs();
            widget.render(&frame);
            times << ft.nsecsElapsed() / 1e6;
            cpu << threadCpuMs() - c0;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 16);
        }
        const double p50 = percentile(times, 0.5);
        const double p95 = percentile(times, 0.95);
        printFigure(QStringLiteral("map.frame_p95_ms.z%1").arg(zoom), p95, QStringLiteral("ms"));
        worstP50 = std::max(worstP50, p50);
        worstP95 = std::max(worstP95, p95);
        worstCpuP95 = std::max(worstCpuP95, percentile(cpu, 0.95));
    }
    printFigure(QStringLiteral("map.frame_p50_ms"), worstP50, QStringLiteral("ms"));
    printFigure(QStringLiteral("map.frame_p95_ms"), worstP95, QStringLiteral("ms"));
    printFigure(QStringLiteral("map.frame_cpu_p95_ms"), worstCpuP95, QStringLiteral("ms"));

    // One city tile drawn on a worker, the slowest zooms.
    {
        const CityTileRenderer renderer(city, widget.font(), CityTileRenderer::Style::Full);
        QList<double> times;
        for (int zoom : { 16, 19 }) {
            renderer.labels(zoom); // placed once per zoom
            const TileId centre = WebMercator::tileAtWorld(town.center(), zoom);
            for (int dx = -3; dx <= 3; ++dx) {
                QElapsedTimer tt;
                tt.start();
                renderer.render({ zoom, centre.x + dx, centre.y });
                times << tt.nsecsElapsed() / 1e6;
            }
        }
        printFigure(QStringLiteral("map.city_tile_p95_ms"), percentile(times, 0.95), QStringLiteral("ms"));
    }

    // The heatmap of a full-screen view, worst over the same zooms.
    double heat = 0;
    for (int zoom : { 10, 13, 16, 19 }) {
        MapViewport vp(town.center(), zoom, QSize(1920, 1080));
        Heatmap::render(*set, vp); // warm
        QElapsedTimer ht;
        ht.start();
        const HeatmapImage img = Heatmap::render(*set, vp);
        heat = std::max(heat, ht.nsecsElapsed() / 1e6);
        Q_UNUSED(img)
    }
    printFigure(QStringLiteral("map.heatmap_ms"), heat, QStringLiteral("ms"));
    printFigure(QStringLiteral("map.rss_mb"), residentMegabytes(), QStringLiteral("MB"));
    return 0;
}
