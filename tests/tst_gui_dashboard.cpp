// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard widget offscreen: what it draws, what a click opens, what it exports, head mode.
#include "chartcard.h"
#include "chartplot.h"
#include "dashboardview.h"
#include "demo/demogenerator.h"
#include "domain/calendar.h"
#include "store/database.h"
#include "store/reportstore.h"
#include "testutil.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace meldpunt;

class TestGuiDashboard final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rendersBarsAndPoints();
    void granularityChangesBuckets();
    void clickDrillsDown();
    void tooltipShowsExactValue();
    void staleResultsAreIgnored();
    void csvEqualsAggregate();
    void exports();
    void headMode();

private:
    void waitReady(DashboardView& view);
    /// A pixel inside `target`, searched along a line through the plot; null when none.
    static QPoint pixelOf(QCustomPlot* plot, QCPAbstractPlottable* target, QPointF from, QPointF to);

    QTemporaryDir m_dir;
    Database m_db;
    std::unique_ptr<ReportStore> m_store;
    QDate m_today;
};

void TestGuiDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    DemoOptions o;
    o.reports = 6000;
    o.seed = 5;
    const QString path = test::dbPath(m_dir);
    QString error;
    QVERIFY2(DemoGenerator(o).generate(path, &error), qPrintable(error));
    QVERIFY(!m_db.open(path, Database::Mode::OpenExisting));
    m_store = std::make_unique<ReportStore>(&m_db);
    const QDateTime now = DemoGenerator(o).now();
    m_store->setNowForTesting(now.toSecsSinceEpoch());
    m_today = now.toTimeZone(WorkCalendar::cityTimeZone()).date();
}

void TestGuiDashboard::waitReady(DashboardView& view)
{
    QTRY_VERIFY_WITH_TIMEOUT(view.isReady(), 30000);
}

QPoint TestGuiDashboard::pixelOf(QCustomPlot* plot, QCPAbstractPlottable* target, QPointF from, QPointF to)
{
    for (int i = 0; i <= 200; ++i) {
        const QPointF p = from + (to - from) * (i / 200.0);
        if (plot->plottableAt(p, false) == target)
            return p.toPoint();
    }
    return {};
}

void TestGuiDashboard::rendersBarsAndPoints()
{
    DashboardView view(m_store.get());
    QCOMPARE(view.objectName(), QStringLiteral("dashboardView"));
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    const DashboardData& d = view.data();
    // "This year" by month: January up to the demo's today.
    QCOMPARE(d.from, QDate(m_today.year(), 1, 1));
    QCOMPARE(d.to, m_today);
    QCOMPARE(d.volume.size(), m_today.month());
    QVERIFY(d.received > 0);

    QCustomPlot* volume = view.plot(DashboardView::Chart::Volume);
    QCOMPARE(volume->graphCount(), 2);
    QCOMPARE(volume->graph(0)->dataCount(), d.volume.size());
    QCOMPARE(volume->graph(1)->dataCount(), d.volume.size());
    for (int i = 0; i < d.volume.size(); ++i) {
        QCOMPARE(volume->graph(0)->data()->at(i)->value, double(d.volume.at(i).count));
        QCOMPARE(volume->graph(1)->data()->at(i)->value, double(d.volume.at(i).lastYear));
    }

    QCustomPlot* categories = view.plot(DashboardView::Chart::Categories);
    int withReports = 0;
    for (int m = 0; m < d.mainCategories.size(); ++m) {
        qint64 t = 0;
        for (const VolumeBucket& b : d.volume)
            t += b.byMainCategory.at(m);
        withReports += t > 0 ? 1 : 0;
    }
    QCOMPARE(categories->plottableCount(), withReports);
    double stacked = 0;
    for (int i = 0; i < categories->plottableCount(); ++i) {
        auto* bars = qobject_cast<QCPBars*>(categories->plottable(i));
        QVERIFY(bars);
        QCOMPARE(bars->dataCount(), d.volume.size());
        for (int k = 0; k < bars->dataCount(); ++k)
            stacked += bars->data()->at(k)->value;
    }
    QCOMPARE(qint64(stacked), d.received);

    QCustomPlot* lead = view.plot(DashboardView::Chart::LeadTimes);
    QCOMPARE(lead->plottableCount(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(qobject_cast<QCPBars*>(lead->plottable(i))->dataCount(), d.leadByDepartment.size());
    QCOMPARE(qobject_cast<QCPBars*>(lead->plottable(0))->data()->at(0)->value, d.leadByDepartment.at(0).lead.median);
    QCOMPARE(qobject_cast<QCPBars*>(lead->plottable(1))->data()->at(0)->value, d.leadByDepartment.at(0).lead.p90);

    QCustomPlot* sla = view.plot(DashboardView::Chart::Sla);
    int withResolved = 0;
    for (const GroupSla& g : d.slaByDepartment)
        withResolved += g.sla.resolved() > 0 ? 1 : 0;
    QCOMPARE(sla->plottableCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(qobject_cast<QCPBars*>(sla->plottable(i))->dataCount(), withResolved);

    QCustomPlot* backlog = view.plot(DashboardView::Chart::Backlog);
    QCOMPARE(backlog->graphCount(), 2);
    QCOMPARE(backlog->graph(0)->dataCount(), int(QDate(m_today.year(), 1, 1).daysTo(m_today)) + 1);
    QCOMPARE(backlog->graph(0)->data()->at(backlog->graph(0)->dataCount() - 1)->value, double(d.backlog.last().open));

    auto* hotspots = view.findChild<QTableView*>(QStringLiteral("hotspotTable"));
    QVERIFY(hotspots);
    QAbstractItemModel* model = hotspots->model();
    QCOMPARE(model->rowCount(), d.topStreets.size());
    QCOMPARE(model->index(0, 0).data().toString(), d.topStreets.at(0).street);
    QCOMPARE(model->index(0, 1).data(Qt::UserRole).toLongLong(), d.topStreets.at(0).reports);
    QCOMPARE(model->index(0, 1).data().toString(), QLocale().toString(d.topStreets.at(0).reports));

    auto* engaged = view.findChild<QTableView*>(QStringLiteral("engagedTable"));
    QVERIFY(engaged);
    int engagedRows = 0;
    for (const EngagedTopic& t : d.engaged)
        engagedRows += int(t.citizens.size());
    QCOMPARE(engaged->model()->rowCount(), engagedRows);
    if (engagedRows > 0)
        QCOMPARE(engaged->model()->index(0, 1).data().toString(), d.citizen(d.engaged.first().citizens.first()).name);

    auto* received = view.findChild<QLabel*>(QStringLiteral("kpiReceivedValue"));
    QVERIFY(received);
    QCOMPARE(received->text(), QLocale().toString(d.received));
}

void TestGuiDashboard::granularityChangesBuckets()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    view.setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    view.setGranularity(DashboardQuery::Granularity::Day);
    waitReady(view);
    QCOMPARE(view.plot(DashboardView::Chart::Volume)->graph(0)->dataCount(), 31);
    view.setGranularity(DashboardQuery::Granularity::Week);
    waitReady(view);
    // 1–31 March 2026: Sunday the 1st alone, then four full weeks, then Monday–Tuesday 30–31.
    QCOMPARE(view.plot(DashboardView::Chart::Volume)->graph(0)->dataCount(), 6);
    QCOMPARE(view.data().volume.first().last, QDate(2026, 3, 1));
    QCOMPARE(view.plot(DashboardView::Chart::Backlog)->graph(0)->dataCount(), 31);
}

void TestGuiDashboard::clickDrillsDown()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    QTest::qWait(50);
    const DashboardData& d = view.data();
    QSignalSpy spy(&view, &DashboardView::drillDown);

    // The bottom segment of April's stacked bar: the largest category of the period.
    QCustomPlot* categories = view.plot(DashboardView::Chart::Categories);
    auto* bottom = qobject_cast<QCPBars*>(categories->plottable(0));
    const int april = 3;
    const double value = bottom->data()->at(april)->value;
    QVERIFY(value > 0);
    const QPoint inBar(int(categories->xAxis->coordToPixel(april)), int(categories->yAxis->coordToPixel(value / 2)));
    QCOMPARE(categories->plottableAt(inBar), bottom);
    QTest::mouseClick(categories, Qt::LeftButton, {}, inBar);
    QCOMPARE(spy.count(), 1);
    QueueFilter f = spy.takeFirst().at(0).value<QueueFilter>();
    QCOMPARE(f.from, QDate(m_today.year(), 4, 1));
    QCOMPARE(f.to, QDate(m_today.year(), 4, 30));
    int largest = -1;
    qint64 most = -1;
    for (int m = 0; m < d.mainCategories.size(); ++m) {
        qint64 t = 0;
        for (const VolumeBucket& b : d.volume)
            t += b.byMainCategory.at(m);
        if (t > most) {
            most = t;
            largest = d.mainCategories.at(m);
        }
    }
    QCOMPARE(f.categoryIds, QList<int> { largest });
    QVERIFY(f.statuses.isEmpty());

    // The median bar of the slowest department.
    QCustomPlot* lead = view.plot(DashboardView::Chart::LeadTimes);
    auto* median = qobject_cast<QCPBars*>(lead->plottable(0));
    const double x = lead->xAxis->coordToPixel(d.leadByDepartment.at(0).lead.median / 2);
    const QPoint inMedian = pixelOf(
        lead, median, QPointF(x, lead->yAxis->coordToPixel(-0.5)), QPointF(x, lead->yAxis->coordToPixel(0.5)));
    QVERIFY(!inMedian.isNull());
    QTest::mouseClick(lead, Qt::LeftButton, {}, inMedian);
    QCOMPARE(spy.count(), 1);
    f = spy.takeFirst().at(0).value<QueueFilter>();
    QCOMPARE(f.departmentIds, QList<int> { d.leadByDepartment.at(0).id });
    QCOMPARE(f.statuses, (QList<Status> { Status::Resolved, Status::Closed }));
    QCOMPARE(f.from, d.from);
    QCOMPARE(f.to, d.to);

    // A point of this year's volume line: that month.
    QCustomPlot* volume = view.plot(DashboardView::Chart::Volume);
    const QPoint point(
        int(volume->xAxis->coordToPixel(1)), int(volume->yAxis->coordToPixel(double(d.volume.at(1).count))));
    QCOMPARE(volume->plottableAt(point), volume->graph(0));
    QTest::mouseClick(volume, Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    f = spy.takeFirst().at(0).value<QueueFilter>();
    QCOMPARE(f.from, QDate(m_today.year(), 2, 1));
    QCOMPARE(f.to, QDate(m_today.year(), 2, 28));

    // Double-clicking a hotspot searches its street.
    auto* hotspots = view.findChild<QTableView*>(QStringLiteral("hotspotTable"));
    Q_EMIT hotspots->doubleClicked(hotspots->model()->index(0, 0));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<QueueFilter>().search, d.topStreets.at(0).street);
}

void TestGuiDashboard::tooltipShowsExactValue()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    waitReady(view);
    QCustomPlot* volume = view.plot(DashboardView::Chart::Volume);
    const qint64 march = view.data().volume.at(2).count;
    const QPoint point(int(volume->xAxis->coordToPixel(2)), int(volume->yAxis->coordToPixel(double(march))));
    QTest::mouseMove(volume, point);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(QLocale().toString(march)), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QLocale().toString(view.data().volume.at(2).lastYear)));
}

void TestGuiDashboard::staleResultsAreIgnored()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    // Ready is only ever announced with numbers that answer the filter of that moment.
    int readies = 0;
    connect(&view, &DashboardView::ready, this, [&] {
        ++readies;
        QCOMPARE(view.data().received, m_store->count(view.query().filter));
    });
    // Several filter changes in a row, each starting a computation: only the last one may show.
    const ReferenceData& refs = m_store->refs();
    for (int i = 0; i < 4; ++i) {
        QueueFilter f;
        f.districtIds = { refs.districts.at(i % refs.districts.size()).id };
        view.setDimensions(f);
        QCoreApplication::processEvents(); // let each one start
    }
    waitReady(view);
    const QueueFilter expected = view.query().filter;
    QCOMPARE(expected.districtIds, QList<int> { refs.districts.at(3 % refs.districts.size()).id });
    QCOMPARE(view.data().received, m_store->count(expected));
    QVERIFY(readies >= 1);
}

void TestGuiDashboard::csvEqualsAggregate()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    const QString file = m_dir.filePath(QStringLiteral("sla.csv"));
    QString error;
    QVERIFY2(view.exportCsv(DashboardView::Chart::Sla, file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const DashboardData& d = view.data();
    QCOMPARE(lines.size(), d.slaByDepartment.size() + 2); // header, departments, total
    for (int i = 0; i < d.slaByDepartment.size(); ++i) {
        const QStringList cells = lines.at(i + 1).split(QLatin1Char(','));
        const SlaCounts& s = d.slaByDepartment.at(i).sla;
        QCOMPARE(cells.at(1).toLongLong(), s.withinDue);
        QCOMPARE(cells.at(2).toLongLong(), s.within3x);
        QCOMPARE(cells.at(3).toLongLong(), s.beyond3x);
        QCOMPARE(cells.at(4).toLongLong(), s.openOnTime);
        QCOMPARE(cells.at(5).toLongLong(), s.openOverdue);
    }
    const QString backlog = m_dir.filePath(QStringLiteral("backlog.csv"));
    QVERIFY(view.exportCsv(DashboardView::Chart::Backlog, backlog));
    QFile b(backlog);
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QStringList rows = QString::fromUtf8(b.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), d.backlog.size() + 1);
    QCOMPARE(rows.last(),
        QStringLiteral("%1,%2,%3")
            .arg(d.backlog.last().day.toString(Qt::ISODate))
            .arg(d.backlog.last().open)
            .arg(d.backlog.last().overdue));
}

void TestGuiDashboard::exports()
{
    DashboardView view(m_store.get());
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    QString error;
    const QString png = m_dir.filePath(QStringLiteral("volume.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("sla.pdf"));
    const QString report = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY2(view.exportChart(DashboardView::Chart::Volume, png, &error), qPrintable(error));
    QVERIFY2(view.exportChart(DashboardView::Chart::Sla, pdf, &error), qPrintable(error));
    QVERIFY2(view.exportReport(report, &error), qPrintable(error));
    QImage image(png);
    QVERIFY(image.width() >= 1800); // twice the export width: sharp when printed
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(4) == "%PDF");
    QFile r(report);
    QVERIFY(r.open(QIODevice::ReadOnly));
    const QByteArray bytes = r.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type/Page") >= 3
        || bytes.size() > 30000);
    // The export must leave the widget's own layout alone.
    QCOMPARE(view.plot(DashboardView::Chart::Volume)->plotLayout()->rowCount(), 2);
    QVERIFY(!view.exportChart(DashboardView::Chart::Volume, QStringLiteral("/nonexistent/dir/x.png"), &error));
    QVERIFY(!error.isEmpty());
}

void TestGuiDashboard::headMode()
{
    const ReferenceData& refs = m_store->refs();
    const int department = refs.departments.first().id;
    DashboardView view(m_store.get());
    view.setDepartmentLock(department);
    view.resize(1600, 1000);
    view.show();
    waitReady(view);
    QCOMPARE(view.departmentLock(), department);
    QVERIFY(!view.findChild<QComboBox*>(QStringLiteral("departmentFilter"))->isVisible());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("headModeBadge"))->isVisible());
    const DashboardData& d = view.data();
    QVERIFY(d.received > 0);
    for (const Count& c : d.byDepartment)
        QCOMPARE(c.id, department);
    QueueFilter f = view.query().filter;
    QCOMPARE(f.departmentIds, QList<int> { department });
    QCOMPARE(d.received, m_store->count(f));
    // Clicks stay inside the department.
    QSignalSpy spy(&view, &DashboardView::drillDown);
    QCustomPlot* volume = view.plot(DashboardView::Chart::Volume);
    const QPoint point(
        int(volume->xAxis->coordToPixel(0)), int(volume->yAxis->coordToPixel(double(d.volume.at(0).count))));
    QVERIFY2(volume->plottableAt(point) == volume->graph(0),
        qPrintable(
            QStringLiteral("%1,%2 in %3x%4").arg(point.x()).arg(point.y()).arg(volume->width()).arg(volume->height())));
    QTest::mouseClick(volume, Qt::LeftButton, {}, point);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).value<QueueFilter>().departmentIds, QList<int> { department });
}

QTEST_MAIN(TestGuiDashboard)
#include "tst_gui_dashboard.moc"
