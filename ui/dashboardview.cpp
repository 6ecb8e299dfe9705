// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "chartcard.h"
#include "dashboardreport.h"
#include "dashboardtablemodel.h"
#include "domain/calendar.h"
#include "store/database.h"
#include "store/reportstore.h"

#include "chartplot.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSemaphore>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace meldpunt {

namespace {

const QColor kText(0x1d, 0x27, 0x33);
const QColor kMuted(0x6b, 0x77, 0x85);
const QColor kBlue(0x2f, 0x6f, 0xb3);
const QColor kGrey(0x9a, 0xa3, 0xad);
const QColor kGreen(0x3c, 0x9a, 0x5f);
const QColor kAmber(0xe8, 0xa2, 0x3a);
const QColor kRed(0xd0, 0x4a, 0x4a);

struct Loaded {
    std::shared_ptr<const StatsSnapshot> snapshot;
    QString error;
};

QString days(double v, DashboardQuery::DayBasis basis)
{
    const QString n = QLocale().toString(v, 'f', v < 10 ? 1 : 0);
    return basis == DashboardQuery::DayBasis::Working ? DashboardView::tr("%1 working days").arg(n)
                                                      : DashboardView::tr("%1 days").arg(n);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString percentText(double v, int decimals = 1)
{
    return QLocale().toString(v, 'f', decimals) + QStringLiteral(" %");
}

/// "+12.3 % against last year", coloured by whether the change is good news.
QString changeText(double current, double previous, bool lowerIsBetter, bool neutral)
{
    const double c = YearOverYear::change(current, previous);
    if (std::isnan(c))
        return DashboardView::tr("no comparison with last year");
    const QString sign = c > 0 ? QStringLiteral("▲ +") : (c < 0 ? QStringLiteral("▼ ") : QString());
    QColor color = kMuted;
    if (!neutral && std::abs(c) >= 0.05)
        color = (c < 0) == lowerIsBetter ? kGreen : kRed;
    return QStringLiteral("<span style=\"color:%1\">%2%3</span> %4")
        .arg(color.name(), sign, percentText(c), DashboardView::tr("vs last year"));
}

QString shorten(const QString& s, int max)
{
    return s.size() <= max ? s : s.left(max - 1) + QStringLiteral("…");
}

QTableView* makeTable(QWidget* parent, DashboardTableModel* model, const QString& objectName)
{
    auto* t = new QTableView(parent);
    t->setObjectName(objectName);
    t->setModel(model);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(22);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setFrameShape(QFrame::NoFrame);
    t->setWordWrap(false);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < model->columnCount(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

int plottableIndex(QCustomPlot* p, QCPAbstractPlottable* pl)
{
    for (int i = 0; i < p->plottableCount(); ++i)
        if (p->plottable(i) == pl)
            return i;
    return -1;
}

QList<Status> openStatuses()
{
    QList<Status> out;
    for (Status s : StatusRules::all())
        if (StatusRules::isOpen(s))
            out << s;
    return out;
}

} // namespace

DashboardView::DashboardView(ReportStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_refs(store->refs())
{
    setObjectName(QStringLiteral("dashboardView"));
    // Threads that never expire: the Database names connections per thread, and a new thread
    // reusing an expired one's id would find a connection that belongs to a dead thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_helper.setMaxThreadCount(1);
    m_helper.setExpiryTimeout(-1);
    m_computeTimer.setSingleShot(true);
    m_computeTimer.setInterval(0);
    connect(&m_computeTimer, &QTimer::timeout, this, &DashboardView::startCompute);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(1500);
    connect(&m_reloadTimer, &QTimer::timeout, this, &DashboardView::startLoad);
    // Date ticks are thinned for the axis length; redo them once a resize settles.
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(150);
    connect(&m_resizeTimer, &QTimer::timeout, this, [this] {
        if (m_shownSerial)
            render();
    });

    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf7));
    setPalette(pal);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(10);

    auto* bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    auto* kpis = new QWidget(this);
    buildKpis(kpis);
    layout->addWidget(kpis);

    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    m_volume = new ChartCard(tr("Reports received"), this);
    m_volume->setObjectName(QStringLiteral("volumeChart"));
    m_categories = new ChartCard(tr("Reports per category"), this);
    m_categories->setObjectName(QStringLiteral("categoryChart"));
    m_backlog = new ChartCard(tr("Open reports (backlog)"), this);
    m_backlog->setObjectName(QStringLiteral("backlogChart"));
    m_lead = new ChartCard(tr("Lead time"), this);
    m_lead->setObjectName(QStringLiteral("leadChart"));
    m_sla = new ChartCard(tr("Deadline compliance"), this);
    m_sla->setObjectName(QStringLiteral("slaChart"));
    m_leadGroup = new QComboBox(m_lead);
    m_leadGroup->setObjectName(QStringLiteral("leadGroup"));
    m_leadGroup->addItem(tr("per department"));
    m_leadGroup->addItem(tr("per category"));
    m_lead->tools()->addWidget(m_leadGroup);
    connect(m_leadGroup, &QComboBox::currentIndexChanged, this, [this] { renderLeadTimes(); });
    m_slaGroup = new QComboBox(m_sla);
    m_slaGroup->setObjectName(QStringLiteral("slaGroup"));
    m_slaGroup->addItem(tr("per department"));
    m_slaGroup->addItem(tr("per category"));
    m_sla->tools()->addWidget(m_slaGroup);
    connect(m_slaGroup, &QComboBox::currentIndexChanged, this, [this] { renderSla(); });

    auto* tables = new QFrame(this);
    buildTables(tables);

    grid->addWidget(m_volume, 0, 0);
    grid->addWidget(m_categories, 0, 1);
    grid->addWidget(m_backlog, 0, 2);
    grid->addWidget(m_lead, 1, 0);
    grid->addWidget(m_sla, 1, 1);
    grid->addWidget(tables, 1, 2);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    layout->addLayout(grid, 1);

    const QList<QPair<ChartCard*, Chart>> cards { { m_volume, Chart::Volume },
        { m_categories, Chart::Categories },
        { m_backlog, Chart::Backlog },
        { m_lead, Chart::LeadTimes },
        { m_sla, Chart::Sla } };
    for (const auto& [c, which] : cards) {
        connect(c, &ChartCard::drillDown, this, &DashboardView::drillDown);
        const Chart chart = which;
        connect(c, &ChartCard::saveImageRequested, this, [this, chart] { saveChartInteractively(chart); });
        connect(c, &ChartCard::saveDataRequested, this, [this, chart] { saveCsvInteractively(chart); });
        c->setPlaceholder(tr("Loading…"));
    }
    fillCombos();
    setPreset(Preset::ThisYear);
    updateStatus();
}

DashboardView::~DashboardView()
{
    // Close the workers' connections on their own threads, queued behind any running load or
    // computation (which use the store's database and must finish first). This has to happen
    // before waitForDone(), which ends the threads: a connection may only be closed by its thread.
    Database* db = m_store->database();
    if (db && db->isOpen()) {
        for (QThreadPool* pool : { &m_pool, &m_helper }) {
            // Not a QFuture: waiting on one may run the task on this thread instead.
            QSemaphore done;
            pool->start([db, &done] {
                QString name;
                {
                    name = db->connection().connectionName();
                }
                QSqlDatabase::removeDatabase(name);
                done.release();
            });
            done.acquire();
        }
    }
    m_pool.waitForDone();
    m_helper.waitForDone();
}

void DashboardView::buildFilterBar(QWidget* bar)
{
    auto* h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    auto* title = new QLabel(tr("Dashboard"), bar);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setBold(true);
    title->setFont(f);
    title->setStyleSheet(QStringLiteral("color: #1d2733;"));
    h->addWidget(title);
    h->addSpacing(10);

    m_preset = new QComboBox(bar);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    m_preset->addItem(tr("This year"), int(Preset::ThisYear));
    m_preset->addItem(tr("Last 12 months"), int(Preset::Last12Months));
    m_preset->addItem(tr("Last year"), int(Preset::LastYear));
    m_preset->addItem(tr("All time"), int(Preset::AllTime));
    m_preset->addItem(tr("Custom period"), int(Preset::Custom));
    m_preset->setToolTip(tr("Period: reports received in it"));
    h->addWidget(m_preset);
    m_from = new QDateEdit(bar);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to = new QDateEdit(bar);
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        h->addWidget(e);
    }
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period"));
    h->addSpacing(8);

    m_department = new QComboBox(bar);
    m_department->setObjectName(QStringLiteral("departmentFilter"));
    m_departmentLabel = new QLabel(bar);
    m_departmentLabel->setVisible(false);
    m_category = new QComboBox(bar);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_district = new QComboBox(bar);
    m_district->setObjectName(QStringLiteral("districtFilter"));
    m_channel = new QComboBox(bar);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    for (QComboBox* c : { m_department, m_category, m_district, m_channel }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
        h->addWidget(c);
    }
    h->addSpacing(8);
    m_granularity = new QComboBox(bar);
    m_granularity->setObjectName(QStringLiteral("granularity"));
    m_granularity->addItem(tr("Per day"), int(DashboardQuery::Granularity::Day));
    m_granularity->addItem(tr("Per week"), int(DashboardQuery::Granularity::Week));
    m_granularity->addItem(tr("Per month"), int(DashboardQuery::Granularity::Month));
    m_granularity->setCurrentIndex(2);
    h->addWidget(m_granularity);
    m_basis = new QComboBox(bar);
    m_basis->setObjectName(QStringLiteral("dayBasis"));
    m_basis->addItem(tr("Calendar days"), int(DashboardQuery::DayBasis::Calendar));
    m_basis->addItem(tr("Working days"), int(DashboardQuery::DayBasis::Working));
    m_basis->setToolTip(tr("Lead times in calendar days or in working days (without weekends and public holidays)"));
    h->addWidget(m_basis);
    h->addStretch(1);

    m_lockBadge = new QLabel(bar);
    m_lockBadge->setObjectName(QStringLiteral("headModeBadge"));
    m_lockBadge->setStyleSheet(QStringLiteral(
        "background: #e7eef7; color: #2f4b7c; border: 1px solid #c5d3e6; border-radius: 4px; padding: 3px 8px;"));
    m_lockBadge->setVisible(false);
    h->addWidget(m_lockBadge);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #6b7785;"));
    h->addWidget(m_status);

    m_export = new QToolButton(bar);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    m_export->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_export);
    menu->addAction(tr("Report for the council (PDF)…"), this, &DashboardView::saveReportInteractively);
    menu->addSeparator();
    const QList<QPair<QString, Chart>> charts { { tr("Reports received"), Chart::Volume },
        { tr("Reports per category"), Chart::Categories },
        { tr("Open reports"), Chart::Backlog },
        { tr("Lead time"), Chart::LeadTimes },
        { tr("Deadline compliance"), Chart::Sla } };
    QMenu* images = menu->addMenu(tr("Chart as PNG or PDF"));
    QMenu* data = menu->addMenu(tr("Data as CSV"));
    for (const auto& [name, which] : charts) {
        const Chart chart = which;
        images->addAction(name, this, [this, chart] { saveChartInteractively(chart); });
        data->addAction(name, this, [this, chart] { saveCsvInteractively(chart); });
    }
    data->addAction(tr("Hotspots"), this, [this] { saveCsvInteractively(Chart::Hotspots); });
    data->addAction(tr("Engaged citizens"), this, [this] { saveCsvInteractively(Chart::Engaged); });
    m_export->setMenu(menu);
    h->addWidget(m_export);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardView::presetChanged);
    for (QDateEdit* e : { m_from, m_to })
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_updatingControls)
                return;
            m_updatingControls = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_updatingControls = false;
            scheduleCompute();
        });
    for (QComboBox* c : { m_department, m_category, m_district, m_channel, m_granularity, m_basis })
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updatingControls)
                scheduleCompute();
        });
}

void DashboardView::buildKpis(QWidget* row)
{
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(10);
    auto make = [&](const QString& title, const QString& objectName, Kpi* kpi) {
        auto* card = new QFrame(row);
        card->setObjectName(objectName);
        card->setStyleSheet(
            QStringLiteral("QFrame#%1 { background: white; border: 1px solid #dde1e6; border-radius: 6px; }")
                .arg(objectName));
        auto* v = new QVBoxLayout(card);
        v->setContentsMargins(14, 8, 14, 8);
        v->setSpacing(0);
        auto* t = new QLabel(title, card);
        t->setStyleSheet(QStringLiteral("color: #6b7785; border: none;"));
        kpi->value = new QLabel(QStringLiteral("–"), card);
        kpi->value->setObjectName(objectName + QStringLiteral("Value"));
        QFont f = kpi->value->font();
        f.setPointSizeF(f.pointSizeF() * 1.9);
        f.setBold(true);
        kpi->value->setFont(f);
        kpi->value->setStyleSheet(QStringLiteral("color: #1d2733; border: none;"));
        kpi->note = new QLabel(card);
        kpi->note->setTextFormat(Qt::RichText);
        kpi->note->setStyleSheet(QStringLiteral("color: #6b7785; border: none;"));
        v->addWidget(t);
        v->addWidget(kpi->value);
        v->addWidget(kpi->note);
        h->addWidget(card, 1);
    };
    make(tr("Reports received"), QStringLiteral("kpiReceived"), &m_kpiReceived);
    make(tr("Resolved"), QStringLiteral("kpiResolved"), &m_kpiResolved);
    make(tr("Median lead time"), QStringLiteral("kpiMedian"), &m_kpiMedian);
    make(tr("90th percentile lead time"), QStringLiteral("kpiP90"), &m_kpiP90);
    make(tr("Resolved within deadline"), QStringLiteral("kpiSla"), &m_kpiSla);
    make(tr("Open now"), QStringLiteral("kpiOpen"), &m_kpiOpen);
}

void DashboardView::buildTables(QWidget* card)
{
    card->setObjectName(QStringLiteral("tableCard"));
    card->setStyleSheet(
        QStringLiteral("QFrame#tableCard { background: white; border: 1px solid #dde1e6; border-radius: 6px; }"));
    auto* v = new QVBoxLayout(card);
    v->setContentsMargins(8, 8, 8, 8);
    m_tabs = new QTabWidget(card);
    m_tabs->setDocumentMode(true);
    m_hotspotModel
        = new DashboardTableModel({ tr("Street"), tr("Reports"), tr("Open"), tr("Overdue"), tr("Share") }, this);
    m_hotspotModel->setNumericColumns({ 1, 2, 3, 4 });
    m_hotspots = makeTable(m_tabs, m_hotspotModel, QStringLiteral("hotspotTable"));
    m_hotspots->setToolTip(tr("Double-click a street to see its reports in the queue"));
    connect(m_hotspots, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (!index.isValid() || index.row() >= m_data.topStreets.size())
            return;
        QueueFilter f = drillBase();
        f.search = m_data.topStreets.at(index.row()).street;
        Q_EMIT drillDown(f);
    });
    m_yoyModel
        = new DashboardTableModel({ tr("Measure"), tr("This period"), tr("A year earlier"), tr("Change") }, this);
    m_yoyModel->setNumericColumns({ 1, 2, 3 });
    m_yoy = makeTable(m_tabs, m_yoyModel, QStringLiteral("yoyTable"));
    m_dimensionModel = new DashboardTableModel({ tr("Channel or district"), tr("Reports"), tr("Share") }, this);
    m_dimensionModel->setNumericColumns({ 1, 2 });
    m_dimensions = makeTable(m_tabs, m_dimensionModel, QStringLiteral("dimensionTable"));
    auto* engagedPage = new QWidget(m_tabs);
    auto* ev = new QVBoxLayout(engagedPage);
    ev->setContentsMargins(0, 4, 0, 0);
    auto* eh = new QHBoxLayout;
    auto* note = new QLabel(tr("Citizens who agreed to be contacted, with at least"), engagedPage);
    note->setStyleSheet(QStringLiteral("color: #6b7785;"));
    m_engagedMin = new QSpinBox(engagedPage);
    m_engagedMin->setObjectName(QStringLiteral("engagedMinimum"));
    m_engagedMin->setRange(2, 99);
    m_engagedMin->setValue(3);
    m_engagedMin->setSuffix(tr(" reports per topic"));
    eh->addWidget(note);
    eh->addWidget(m_engagedMin);
    eh->addStretch(1);
    ev->addLayout(eh);
    m_engagedModel = new DashboardTableModel({ tr("Topic"), tr("Citizen"), tr("Contact"), tr("Reports") }, this);
    m_engagedModel->setNumericColumns({ 3 });
    m_engaged = makeTable(engagedPage, m_engagedModel, QStringLiteral("engagedTable"));
    // Sizing columns to their contents would measure every row; a period of years has thousands.
    m_engaged->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_engaged->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_engaged->setColumnWidth(0, 120);
    m_engaged->setColumnWidth(1, 150);
    m_engaged->setColumnWidth(3, 60);
    ev->addWidget(m_engaged);
    connect(m_engagedMin, &QSpinBox::valueChanged, this, [this] { scheduleCompute(); });

    m_tabs->addTab(m_hotspots, tr("Hotspots"));
    m_tabs->addTab(m_yoy, tr("Year over year"));
    m_tabs->addTab(m_dimensions, tr("Channels and districts"));
    m_tabs->addTab(engagedPage, tr("Engaged citizens"));
    v->addWidget(m_tabs);
}

void DashboardView::fillCombos()
{
    m_updatingControls = true;
    m_department->clear();
    m_department->addItem(tr("All departments"), -1);
    for (const Department& d : std::as_const(m_refs.departments))
        m_department->addItem(d.name, d.id);
    m_department->addItem(tr("No department yet"), 0);

    m_category->clear();
    m_category->addItem(tr("All categories"), -1);
    for (const Category& c : std::as_const(m_refs.categories)) {
        if (c.parentId != 0)
            continue;
        m_category->addItem(c.name, c.id);
        for (int sub : m_refs.subcategoriesOf(c.id))
            if (const Category* s = m_refs.category(sub))
                m_category->addItem(QStringLiteral("    ") + s->name, s->id);
    }
    m_district->clear();
    m_district->addItem(tr("All districts"), -1);
    for (const District& d : std::as_const(m_refs.districts))
        m_district->addItem(d.name, d.id);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), -1);
    for (Channel c : Labels::channels())
        m_channel->addItem(Labels::label(c), int(c));
    m_updatingControls = false;
}

QDate DashboardView::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_store->now(), WorkCalendar::cityTimeZone()).date();
}

void DashboardView::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    presetChanged();
}

void DashboardView::presetChanged()
{
    if (m_updatingControls)
        return;
    const Preset p = Preset(m_preset->currentData().toInt());
    const QDate t = today();
    m_updatingControls = true;
    switch (p) {
    case Preset::ThisYear:
        m_from->setDate(QDate(t.year(), 1, 1));
        m_to->setDate(t);
        break;
    case Preset::Last12Months:
        m_from->setDate(t.addYears(-1).addDays(1));
        m_to->setDate(t);
        break;
    case Preset::LastYear:
        m_from->setDate(QDate(t.year() - 1, 1, 1));
        m_to->setDate(QDate(t.year() - 1, 12, 31));
        break;
    case Preset::AllTime:
        if (m_snapshot && m_snapshot->firstReceived() > 0)
            m_from->setDate(
                QDateTime::fromSecsSinceEpoch(m_snapshot->firstReceived(), WorkCalendar::cityTimeZone()).date());
        m_to->setDate(t);
        break;
    case Preset::Custom: break;
    }
    m_updatingControls = false;
    scheduleCompute();
}

void DashboardView::setCustomPeriod(QDate from, QDate to)
{
    m_updatingControls = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updatingControls = false;
    scheduleCompute();
}

void DashboardView::setDimensions(const QueueFilter& filter)
{
    auto select = [](QComboBox* c, const QList<int>& ids) {
        c->setCurrentIndex(std::max(0, ids.size() == 1 ? c->findData(ids.first()) : 0));
    };
    m_updatingControls = true;
    if (!m_lock)
        select(m_department, filter.departmentIds);
    select(m_category, filter.categoryIds);
    select(m_district, filter.districtIds);
    QList<int> channels;
    for (Channel c : filter.channels)
        channels << int(c);
    select(m_channel, channels);
    m_updatingControls = false;
    scheduleCompute();
}

void DashboardView::setGranularity(DashboardQuery::Granularity g)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(g)));
}

void DashboardView::setDayBasis(DashboardQuery::DayBasis b)
{
    m_basis->setCurrentIndex(m_basis->findData(int(b)));
}

DashboardQuery DashboardView::query() const
{
    DashboardQuery q;
    q.now = m_store->now();
    const Preset p = Preset(m_preset->currentData().toInt());
    if (p == Preset::AllTime) {
        q.filter.to = today();
    } else {
        q.filter.from = m_from->date();
        q.filter.to = m_to->date();
    }
    if (m_lock) {
        q.filter.departmentIds = { m_lock };
    } else if (m_department->currentData().toInt() >= 0) {
        q.filter.departmentIds = { m_department->currentData().toInt() };
    }
    if (m_category->currentData().toInt() > 0)
        q.filter.categoryIds = { m_category->currentData().toInt() };
    if (m_district->currentData().toInt() > 0)
        q.filter.districtIds = { m_district->currentData().toInt() };
    if (m_channel->currentData().toInt() >= 0)
        q.filter.channels = { Channel(m_channel->currentData().toInt()) };
    q.granularity = DashboardQuery::Granularity(m_granularity->currentData().toInt());
    q.basis = DashboardQuery::DayBasis(m_basis->currentData().toInt());
    q.topStreets = 20;
    q.engagedMinReports = m_engagedMin->value();
    return q;
}

void DashboardView::setDepartmentLock(int departmentId)
{
    const int lock = std::max(0, departmentId);
    if (lock == m_lock)
        return;
    m_lock = lock;
    const QString name = m_refs.departmentName(lock);
    m_department->setVisible(!lock);
    m_lockBadge->setVisible(lock != 0);
    m_lockBadge->setText(tr("%1 · read-only").arg(name.isEmpty() ? tr("Department %1").arg(lock) : name));
    // One department makes one bar; its categories say more.
    m_leadGroup->setCurrentIndex(lock ? 1 : 0);
    m_slaGroup->setCurrentIndex(lock ? 1 : 0);
    m_lockBadge->setToolTip(tr("Department head view: every number is limited to this department."));
    // Head mode reads only its department: less to load, and nothing of the others in memory.
    m_snapshot.reset();
    m_stale = true;
    if (isVisible())
        startLoad();
}

bool DashboardView::isReady() const
{
    return m_shownSerial != 0 && m_shownSerial == m_computeSerial && !m_loading && !m_stale
        && !m_computeTimer.isActive() && !m_reloadTimer.isActive();
}

ChartCard* DashboardView::card(Chart chart) const
{
    switch (chart) {
    case Chart::Volume: return m_volume;
    case Chart::Categories: return m_categories;
    case Chart::LeadTimes: return m_lead;
    case Chart::Sla: return m_sla;
    case Chart::Backlog: return m_backlog;
    default: return nullptr;
    }
}

QCustomPlot* DashboardView::plot(Chart chart) const
{
    ChartCard* c = card(chart);
    return c ? c->plot() : nullptr;
}

void DashboardView::reload()
{
    m_stale = true;
    if (isVisible())
        m_reloadTimer.start();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_loading)
        startLoad();
}

void DashboardView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_resizeTimer.start();
}

void DashboardView::scheduleCompute()
{
    if (m_updatingControls)
        return;
    m_computeTimer.start();
    updateStatus();
}

void DashboardView::startLoad()
{
    m_reloadTimer.stop();
    m_stale = false;
    m_loading = true;
    const quint64 serial = ++m_loadSerial;
    Database* db = m_store->database();
    QueueFilter scope;
    if (m_lock)
        scope.departmentIds = { m_lock };
    QThreadPool* helper = &m_helper;
    updateStatus();
    QtConcurrent::run(&m_pool, [db, scope, helper] {
        Loaded l;
        l.snapshot = StatsSnapshot::load(db, scope, helper, &l.error);
        return l;
    }).then(this, [this, serial](const Loaded& l) {
        if (serial != m_loadSerial)
            return; // a newer load (another department, more edits) is on its way
        m_loading = false;
        if (!l.snapshot) {
            m_status->setText(l.error);
            for (ChartCard* c : { m_volume, m_categories, m_backlog, m_lead, m_sla })
                c->setPlaceholder(tr("The numbers could not be read."));
            Q_EMIT failed(l.error);
            return;
        }
        m_snapshot = l.snapshot;
        if (Preset(m_preset->currentData().toInt()) == Preset::AllTime)
            presetChanged();
        startCompute();
    });
}

void DashboardView::startCompute()
{
    m_computeTimer.stop();
    if (!m_snapshot) {
        updateStatus();
        return;
    }
    const quint64 serial = ++m_computeSerial;
    const DashboardQuery q = query();
    std::shared_ptr<const StatsSnapshot> snap = m_snapshot;
    QThreadPool* helper = &m_helper;
    updateStatus();
    QtConcurrent::run(&m_pool, [snap, q, helper] {
        return Dashboard::compute(*snap, q, helper);
    }).then(this, [this, serial, q](const DashboardData& d) {
        if (serial != m_computeSerial)
            return; // the filter changed meanwhile: the newer answer follows
        m_data = d;
        m_shownQuery = q;
        m_shownSerial = serial;
        render();
        updateStatus();
        if (isReady())
            Q_EMIT ready();
    });
}

void DashboardView::updateStatus()
{
    if (m_loading)
        m_status->setText(tr("Reading reports…"));
    else if (m_computeTimer.isActive() || m_computeSerial != m_shownSerial)
        m_status->setText(tr("Calculating…"));
    else if (m_snapshot)
        m_status->setText(tr("Updated %1")
                              .arg(QLocale().toString(
                                  QDateTime::fromSecsSinceEpoch(m_snapshot->loadedAt()).time(), QLocale::ShortFormat)));
    else
        m_status->clear();
}

QueueFilter DashboardView::drillBase() const
{
    QueueFilter f = m_shownQuery.filter;
    f.from = m_data.from;
    f.to = m_data.to;
    return f;
}

QString DashboardView::bucketLabel(const VolumeBucket& b, bool lastYear) const
{
    const QLocale l;
    const bool month = m_data.granularity == DashboardQuery::Granularity::Month;
    QDate first = b.first;
    QDate last = b.last;
    if (lastYear) {
        first = month ? first.addYears(-1) : first.addDays(-364);
        last = month ? last.addYears(-1) : last.addDays(-364);
    }
    switch (m_data.granularity) {
    case DashboardQuery::Granularity::Day: return l.toString(first, QStringLiteral("dddd d MMMM yyyy"));
    case DashboardQuery::Granularity::Week:
        return tr("Week %1: %2 – %3")
            .arg(first.weekNumber())
            .arg(l.toString(first, QStringLiteral("d MMM")), l.toString(last, QStringLiteral("d MMM yyyy")));
    case DashboardQuery::Granularity::Month:
        if (first.day() == 1 && last.day() == last.daysInMonth())
            return l.toString(first, QStringLiteral("MMMM yyyy"));
        return tr("%1 – %2").arg(
            l.toString(first, QStringLiteral("d MMM")), l.toString(last, QStringLiteral("d MMM yyyy")));
    }
    return {};
}

void DashboardView::render()
{
    renderKpis();
    renderVolume();
    renderCategories();
    renderBacklog();
    renderLeadTimes();
    renderSla();
    renderTables();
}

void DashboardView::renderKpis()
{
    const DashboardData& d = m_data;
    const DashboardQuery::DayBasis basis = d.basis;
    m_kpiReceived.value->setText(count(d.received));
    m_kpiReceived.note->setText(changeText(double(d.yoy.volume), double(d.yoy.previousVolume), true, true));
    m_kpiResolved.value->setText(count(d.lead.count));
    m_kpiResolved.note->setText(d.received
            ? tr("%1 of received").arg(percentText(100.0 * double(d.lead.count) / double(d.received), 0))
            : QString());
    m_kpiMedian.value->setText(d.lead.count ? days(d.lead.median, basis) : QStringLiteral("–"));
    m_kpiMedian.note->setText(d.yoy.previousLead.count
            ? changeText(d.lead.median, d.yoy.previousLead.median, true, false)
            : tr("no comparison with last year"));
    m_kpiP90.value->setText(d.lead.count ? days(d.lead.p90, basis) : QStringLiteral("–"));
    m_kpiP90.note->setText(d.yoy.previousLead.count ? changeText(d.lead.p90, d.yoy.previousLead.p90, true, false)
                                                    : tr("no comparison with last year"));
    m_kpiSla.value->setText(d.sla.resolved() ? percentText(d.sla.withinDuePercent(), 0) : QStringLiteral("–"));
    m_kpiSla.note->setText(
        tr("of %1 resolved; %2 within 3× the period")
            .arg(count(d.sla.resolved()))
            .arg(percentText(
                d.sla.resolved() ? 100.0 * double(d.sla.withinDue + d.sla.within3x) / double(d.sla.resolved()) : 0,
                0)));
    const qint64 open = d.backlog.isEmpty() ? 0 : d.backlog.last().open;
    const qint64 overdue = d.backlog.isEmpty() ? 0 : d.backlog.last().overdue;
    m_kpiOpen.value->setText(count(open));
    m_kpiOpen.note->setText(overdue ? QStringLiteral("<span style=\"color:%1\">%2</span>")
                                          .arg(kRed.name(), tr("%1 overdue").arg(count(overdue)))
                                    : tr("none overdue"));
}

void DashboardView::renderVolume()
{
    QCustomPlot* p = m_volume->plot();
    p->clearPlottables();
    const DashboardData& d = m_data;
    const int n = int(d.volume.size());
    QVector<double> keys(n), now(n), before(n);
    QList<QDate> dates;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        keys[i] = i;
        now[i] = double(d.volume.at(i).count);
        before[i] = double(d.volume.at(i).lastYear);
        top = std::max({ top, now[i], before[i] });
        dates << d.volume.at(i).first;
    }
    QCPGraph* cur = p->addGraph();
    cur->setName(tr("This period"));
    cur->setPen(QPen(kBlue, 2.2));
    QColor fill = kBlue;
    fill.setAlpha(28);
    cur->setBrush(fill);
    if (n <= 60)
        cur->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kBlue, Qt::white, 6));
    cur->setData(keys, now, true);
    QCPGraph* last = p->addGraph();
    last->setName(tr("Same period last year"));
    last->setPen(QPen(kGrey, 1.6, Qt::DashLine));
    last->setData(keys, before, true);
    if (n == 1) {
        last->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kGrey, Qt::white, 6));
    }
    p->xAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    p->yAxis->setRange(0, top > 0 ? top * 1.12 : 1);
    p->yAxis->setLabel(tr("Reports received per %1").arg(DashboardTables::granularityLabel(d.granularity).toLower()));
    ChartCard::setDateTicks(
        p->xAxis, dates, d.granularity == DashboardQuery::Granularity::Month, std::max(200, p->axisRect()->width()));
    ChartCard::placeLegendBelow(p, 2);
    m_volume->setNote(tr("by day of reception"));
    m_volume->setPlaceholder(d.received == 0 && top == 0 ? tr("No reports in this selection") : QString());
    m_volume->setTooltip([this, cur](QCPAbstractPlottable* pl, int i) -> QString {
        if (i < 0 || i >= m_data.volume.size())
            return {};
        const VolumeBucket& b = m_data.volume.at(i);
        if (pl == cur) {
            const double c = YearOverYear::change(double(b.count), double(b.lastYear));
            return tr("%1\n%2 reports\nSame period last year: %3%4")
                .arg(bucketLabel(b, false),
                    count(b.count),
                    count(b.lastYear),
                    std::isnan(c)
                        ? QString()
                        : QStringLiteral(" (%1%2)").arg(c > 0 ? QStringLiteral("+") : QString(), percentText(c)));
        }
        return tr("%1\n%2 reports").arg(bucketLabel(b, true), count(b.lastYear));
    });
    m_volume->setDrill([this, cur](QCPAbstractPlottable* pl, int i) -> std::optional<QueueFilter> {
        if (i < 0 || i >= m_data.volume.size())
            return std::nullopt;
        const VolumeBucket& b = m_data.volume.at(i);
        QueueFilter f = drillBase();
        const bool month = m_data.granularity == DashboardQuery::Granularity::Month;
        f.from = pl == cur ? b.first : (month ? b.first.addYears(-1) : b.first.addDays(-364));
        f.to = pl == cur ? b.last : (month ? b.last.addYears(-1) : b.last.addDays(-364));
        return f;
    });
    p->replot();
}

void DashboardView::renderCategories()
{
    QCustomPlot* p = m_categories->plot();
    p->clearPlottables();
    const DashboardData& d = m_data;
    const int n = int(d.volume.size());
    // Largest categories at the bottom of each stack; those without reports left out.
    QList<QPair<qint64, int>> totals;
    for (int m = 0; m < d.mainCategories.size(); ++m) {
        qint64 t = 0;
        for (const VolumeBucket& b : d.volume)
            t += b.byMainCategory.value(m);
        if (t > 0)
            totals << qMakePair(t, m);
    }
    std::sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    m_categoryOrder.clear();
    QCPBars* below = nullptr;
    QVector<double> keys(n);
    for (int i = 0; i < n; ++i)
        keys[i] = i;
    double top = 0;
    QVector<double> stack(n, 0.0);
    for (int s = 0; s < totals.size(); ++s) {
        const int m = totals.at(s).second;
        auto* bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setName(shorten(m_refs.categoryName(d.mainCategories.at(m)), 22));
        const QColor c = ChartCard::seriesColor(s);
        bars->setPen(Qt::NoPen);
        bars->setBrush(c);
        bars->setWidth(n > 60 ? 0.9 : 0.72);
        bars->setStackingGap(0);
        QVector<double> values(n);
        for (int i = 0; i < n; ++i) {
            values[i] = double(d.volume.at(i).byMainCategory.value(m));
            stack[i] += values[i];
            top = std::max(top, stack[i]);
        }
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_categoryOrder << m;
    }
    QList<QDate> dates;
    for (const VolumeBucket& b : d.volume)
        dates << b.first;
    p->xAxis->setRange(-0.6, std::max(0.6, n - 0.4));
    p->yAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    p->yAxis->setLabel(tr("Reports received"));
    ChartCard::setDateTicks(
        p->xAxis, dates, d.granularity == DashboardQuery::Granularity::Month, std::max(200, p->axisRect()->width()));
    // The legend beside the plot: up to a dozen categories would cover the bars inside it.
    if (p->plotLayout()->elementCount() == 1) {
        auto* sub = new QCPLayoutGrid;
        p->plotLayout()->addElement(0, 1, sub);
        p->plotLayout()->setColumnStretchFactor(1, 0.001);
        sub->addElement(0, 0, new QCPLayoutElement(p));
        sub->addElement(1, 0, p->legend);
        sub->addElement(2, 0, new QCPLayoutElement(p));
        sub->setRowStretchFactor(0, 0.01);
        sub->setRowStretchFactor(1, 1);
        sub->setRowStretchFactor(2, 0.01);
        sub->setMargins(QMargins(0, 0, 0, 0));
    }
    p->legend->setVisible(true);
    m_categories->setNote(tr("main categories, stacked"));
    m_categories->setPlaceholder(totals.isEmpty() ? tr("No reports in this selection") : QString());
    m_categories->setTooltip([this, p](QCPAbstractPlottable* pl, int i) -> QString {
        const int s = plottableIndex(p, pl);
        if (s < 0 || s >= m_categoryOrder.size() || i < 0 || i >= m_data.volume.size())
            return {};
        const VolumeBucket& b = m_data.volume.at(i);
        const qint64 v = b.byMainCategory.value(m_categoryOrder.at(s));
        return tr("%1\n%2: %3 reports (%4 of %5)")
            .arg(bucketLabel(b, false),
                m_refs.categoryName(m_data.mainCategories.at(m_categoryOrder.at(s))),
                count(v),
                percentText(b.count ? 100.0 * double(v) / double(b.count) : 0),
                count(b.count));
    });
    m_categories->setDrill([this, p](QCPAbstractPlottable* pl, int i) -> std::optional<QueueFilter> {
        const int s = plottableIndex(p, pl);
        if (s < 0 || s >= m_categoryOrder.size() || i < 0 || i >= m_data.volume.size())
            return std::nullopt;
        QueueFilter f = drillBase();
        f.from = m_data.volume.at(i).first;
        f.to = m_data.volume.at(i).last;
        f.categoryIds = { m_data.mainCategories.at(m_categoryOrder.at(s)) };
        return f;
    });
    p->replot();
}

void DashboardView::renderBacklog()
{
    QCustomPlot* p = m_backlog->plot();
    p->clearPlottables();
    const DashboardData& d = m_data;
    const int n = int(d.backlog.size());
    QVector<double> keys(n), open(n), overdue(n);
    QList<QDate> dates;
    double top = 0;
    for (int i = 0; i < n; ++i) {
        keys[i] = i;
        open[i] = double(d.backlog.at(i).open);
        overdue[i] = double(d.backlog.at(i).overdue);
        top = std::max(top, open[i]);
        dates << d.backlog.at(i).day;
    }
    QCPGraph* g = p->addGraph();
    g->setName(tr("Open"));
    g->setPen(QPen(kBlue, 2));
    QColor fill = kBlue;
    fill.setAlpha(30);
    g->setBrush(fill);
    g->setData(keys, open, true);
    QCPGraph* late = p->addGraph();
    late->setName(tr("Of which overdue"));
    late->setPen(QPen(kRed, 1.6));
    QColor lateFill = kRed;
    lateFill.setAlpha(40);
    late->setBrush(lateFill);
    late->setData(keys, overdue, true);
    if (n <= 40) {
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kBlue, Qt::white, 5));
        late->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kRed, Qt::white, 5));
    }
    p->xAxis->setRange(-0.5, std::max(0.5, n - 0.5));
    p->yAxis->setRange(0, top > 0 ? top * 1.12 : 1);
    p->yAxis->setLabel(tr("Open reports at the end of the day"));
    ChartCard::setDateTicks(p->xAxis, dates, false, std::max(200, p->axisRect()->width()));
    ChartCard::placeLegendBelow(p, 2);
    m_backlog->setNote(d.openAge.count
            ? tr("mean age %1").arg(days(d.openAge.meanDays, DashboardQuery::DayBasis::Calendar))
            : QString());
    m_backlog->setPlaceholder(n == 0 ? tr("No days in this period") : QString());
    m_backlog->setTooltip([this, late](QCPAbstractPlottable* pl, int i) -> QString {
        if (i < 0 || i >= m_data.backlog.size())
            return {};
        const BacklogPoint& b = m_data.backlog.at(i);
        Q_UNUSED(pl)
        Q_UNUSED(late)
        return tr("%1\n%2 open at the end of the day\n%3 of them overdue")
            .arg(QLocale().toString(b.day, QStringLiteral("dddd d MMMM yyyy")), count(b.open), count(b.overdue));
    });
    m_backlog->setDrill([this, late](QCPAbstractPlottable* pl, int i) -> std::optional<QueueFilter> {
        if (i < 0 || i >= m_data.backlog.size())
            return std::nullopt;
        // The queue shows today's statuses: for a past day this is the reports received by then
        // that are open now, the closest the queue can come.
        QueueFilter f = drillBase();
        f.from = QDate();
        f.to = m_data.backlog.at(i).day;
        f.statuses = openStatuses();
        f.overdueOnly = pl == late;
        return f;
    });
    p->replot();
}

void DashboardView::renderLeadTimes()
{
    QCustomPlot* p = m_lead->plot();
    p->clearPlottables();
    const DashboardData& d = m_data;
    const bool byCategory = m_leadGroup->currentIndex() == 1;
    const QList<GroupLead>& groups = byCategory ? d.leadByCategory : d.leadByDepartment;
    const int n = int(groups.size());
    m_leadIds.clear();
    QVector<double> keys(n), median(n), p90(n);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    double top = 0;
    for (int i = 0; i < n; ++i) {
        const GroupLead& g = groups.at(i);
        keys[i] = i;
        median[i] = g.lead.median;
        p90[i] = g.lead.p90;
        top = std::max(top, g.lead.p90);
        m_leadIds << g.id;
        const QString name = byCategory ? m_refs.categoryName(g.id)
                                        : DashboardTables::name(m_refs, DashboardTables::Kind::ByDepartment, g.id);
        names->addTick(i, shorten(name, 24));
    }
    auto* group = p->findChild<QCPBarsGroup*>();
    if (!group) {
        group = new QCPBarsGroup(p);
        group->setSpacingType(QCPBarsGroup::stAbsolute);
        group->setSpacing(2);
    }
    auto* barsMedian = new QCPBars(p->yAxis, p->xAxis);
    barsMedian->setName(tr("Median"));
    barsMedian->setPen(Qt::NoPen);
    barsMedian->setBrush(kBlue);
    auto* bars90 = new QCPBars(p->yAxis, p->xAxis);
    bars90->setName(tr("90th percentile"));
    bars90->setPen(Qt::NoPen);
    bars90->setBrush(QColor(0x9e, 0xc1, 0xe6));
    for (QCPBars* b : { barsMedian, bars90 }) {
        b->setWidth(n > 8 ? 0.4 : 0.34);
        b->setBarsGroup(group);
    }
    barsMedian->setData(keys, median, true);
    bars90->setData(keys, p90, true);
    p->yAxis->setTicker(names);
    p->yAxis->setRangeReversed(true); // slowest at the top
    p->yAxis->setRange(-0.6, std::max(6, n) - 0.4); // room for six groups: one is not a wall of colour
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setTickPen(Qt::NoPen);
    p->xAxis->grid()->setVisible(true);
    p->xAxis->setRange(0, top > 0 ? top * 1.1 : 1);
    p->xAxis->setLabel(d.basis == DashboardQuery::DayBasis::Working ? tr("Working days from reception to resolution")
                                                                    : tr("Days from reception to resolution"));
    ChartCard::placeLegendBelow(p, 2);
    m_lead->setNote(tr("median and 90th percentile"));
    m_lead->setPlaceholder(n == 0 ? tr("No resolved reports in this selection") : QString());
    m_lead->setTooltip([this, byCategory](QCPAbstractPlottable*, int i) -> QString {
        const QList<GroupLead>& gs = byCategory ? m_data.leadByCategory : m_data.leadByDepartment;
        if (i < 0 || i >= gs.size())
            return {};
        const GroupLead& g = gs.at(i);
        const QString name = byCategory ? m_refs.categoryName(g.id)
                                        : DashboardTables::name(m_refs, DashboardTables::Kind::ByDepartment, g.id);
        return tr("%1\nMedian: %2\n90th percentile: %3\nMean: %4\nResolved reports: %5")
            .arg(name,
                days(g.lead.median, m_data.basis),
                days(g.lead.p90, m_data.basis),
                days(g.lead.mean, m_data.basis),
                count(g.lead.count));
    });
    m_lead->setDrill([this, byCategory](QCPAbstractPlottable*, int i) -> std::optional<QueueFilter> {
        if (i < 0 || i >= m_leadIds.size())
            return std::nullopt;
        QueueFilter f = drillBase();
        if (byCategory)
            f.categoryIds = { m_leadIds.at(i) };
        else
            f.departmentIds = { m_leadIds.at(i) };
        f.statuses = { Status::Resolved, Status::Closed };
        return f;
    });
    p->replot();
}

void DashboardView::renderSla()
{
    QCustomPlot* p = m_sla->plot();
    p->clearPlottables();
    const bool byCategory = m_slaGroup->currentIndex() == 1;
    m_slaRows = byCategory ? m_data.slaByCategory : m_data.slaByDepartment;
    // Worst compliance at the top: where a head looks first.
    m_slaRows.erase(
        std::remove_if(m_slaRows.begin(), m_slaRows.end(), [](const GroupSla& g) { return g.sla.resolved() == 0; }),
        m_slaRows.end());
    std::sort(m_slaRows.begin(), m_slaRows.end(), [](const GroupSla& a, const GroupSla& b) {
        return a.sla.withinDuePercent() < b.sla.withinDuePercent();
    });
    const int n = int(m_slaRows.size());
    const DashboardTables::Kind slaKind
        = byCategory ? DashboardTables::Kind::SlaByCategory : DashboardTables::Kind::Sla;
    QVector<double> keys(n), within(n), within3(n), beyond(n);
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    for (int i = 0; i < n; ++i) {
        const SlaCounts& s = m_slaRows.at(i).sla;
        const double total = double(s.resolved());
        keys[i] = i;
        within[i] = 100.0 * double(s.withinDue) / total;
        within3[i] = 100.0 * double(s.within3x) / total;
        beyond[i] = 100.0 * double(s.beyond3x) / total;
        names->addTick(i, shorten(DashboardTables::name(m_refs, slaKind, m_slaRows.at(i).id), 24));
    }
    const QList<QPair<QString, QColor>> parts {
        { tr("Within deadline"), kGreen }, { tr("Within 3× the period"), kAmber }, { tr("Later"), kRed }
    };
    const QList<QVector<double>*> values { &within, &within3, &beyond };
    QCPBars* below = nullptr;
    for (int k = 0; k < 3; ++k) {
        auto* bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(parts.at(k).first);
        bars->setPen(Qt::NoPen);
        bars->setBrush(parts.at(k).second);
        bars->setWidth(0.62);
        bars->setStackingGap(0);
        bars->setData(keys, *values.at(k), true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    p->yAxis->setTicker(names);
    p->yAxis->setRangeReversed(true);
    // Room for at least six bars, so that one department does not make one giant bar.
    p->yAxis->setRange(-0.6, std::max(6, n) - 0.4);
    p->yAxis->grid()->setVisible(false);
    p->yAxis->setTickPen(Qt::NoPen);
    p->xAxis->grid()->setVisible(true);
    p->xAxis->setRange(0, 100);
    p->xAxis->setLabel(tr("% of resolved reports"));
    ChartCard::placeLegendBelow(p, 3);
    m_sla->setNote(tr("worst first"));
    m_sla->setPlaceholder(n == 0 ? tr("No resolved reports in this selection") : QString());
    m_sla->setTooltip([this, slaKind](QCPAbstractPlottable*, int i) -> QString {
        if (i < 0 || i >= m_slaRows.size())
            return {};
        const SlaCounts& s = m_slaRows.at(i).sla;
        const double t = double(s.resolved());
        return tr("%1\nWithin deadline: %2 (%3)\nWithin 3× the period: %4 (%5)\nLater: %6 (%7)\nStill open: %8, of "
                  "which overdue %9")
            .arg(DashboardTables::name(m_refs, slaKind, m_slaRows.at(i).id),
                count(s.withinDue),
                percentText(100.0 * double(s.withinDue) / t),
                count(s.within3x),
                percentText(100.0 * double(s.within3x) / t),
                count(s.beyond3x),
                percentText(100.0 * double(s.beyond3x) / t),
                count(s.openOnTime + s.openOverdue))
            .arg(count(s.openOverdue));
    });
    m_sla->setDrill([this, byCategory](QCPAbstractPlottable*, int i) -> std::optional<QueueFilter> {
        if (i < 0 || i >= m_slaRows.size())
            return std::nullopt;
        QueueFilter f = drillBase();
        if (byCategory)
            f.categoryIds = { m_slaRows.at(i).id };
        else
            f.departmentIds = { m_slaRows.at(i).id };
        f.statuses = { Status::Resolved, Status::Closed };
        return f;
    });
    p->replot();
}

void DashboardView::renderTables()
{
    const DashboardData& d = m_data;
    auto share = [&](qint64 n) { return percentText(d.received ? 100.0 * double(n) / double(d.received) : 0); };
    {
        QList<DashboardTableModel::Row> rows;
        for (const StreetCount& s : d.topStreets) {
            DashboardTableModel::Row r;
            r.cells = QStringList { s.street, count(s.reports), count(s.open), count(s.overdue), share(s.reports) };
            r.values = QVariantList { s.street, s.reports, s.open, s.overdue };
            if (s.overdue) {
                r.color = kRed;
                r.coloredColumn = 3;
            }
            rows << r;
        }
        m_hotspotModel->setRows(rows);
    }
    {
        const YearOverYear& y = d.yoy;
        auto row = [&](const QString& what, const QString& now, const QString& before, double change) {
            DashboardTableModel::Row r;
            r.cells = QStringList { what,
                now,
                before,
                std::isnan(change) ? QStringLiteral("–")
                                   : (change > 0 ? QStringLiteral("+") : QString()) + percentText(change) };
            return r;
        };
        QList<DashboardTableModel::Row> rows {
            row(tr("Reports received"),
                count(y.volume),
                count(y.previousVolume),
                YearOverYear::change(double(y.volume), double(y.previousVolume))),
            row(tr("Reports resolved"),
                count(y.lead.count),
                count(y.previousLead.count),
                YearOverYear::change(double(y.lead.count), double(y.previousLead.count))),
            row(tr("Median lead time"),
                days(y.lead.median, d.basis),
                days(y.previousLead.median, d.basis),
                YearOverYear::change(y.lead.median, y.previousLead.median)),
            row(tr("Mean lead time"),
                days(y.lead.mean, d.basis),
                days(y.previousLead.mean, d.basis),
                YearOverYear::change(y.lead.mean, y.previousLead.mean)),
            row(tr("90th percentile lead time"),
                days(y.lead.p90, d.basis),
                days(y.previousLead.p90, d.basis),
                YearOverYear::change(y.lead.p90, y.previousLead.p90)),
        };
        m_yoyModel->setRows(rows);
        m_yoy->setToolTip(tr("%1 – %2 against %3 – %4")
                              .arg(QLocale().toString(d.from, QLocale::ShortFormat),
                                  QLocale().toString(d.to, QLocale::ShortFormat),
                                  QLocale().toString(y.previousFrom, QLocale::ShortFormat),
                                  QLocale().toString(y.previousTo, QLocale::ShortFormat)));
    }
    {
        QList<DashboardTableModel::Row> rows;
        auto add = [&](const QString& heading, const QList<Count>& counts, DashboardTables::Kind kind) {
            DashboardTableModel::Row h;
            h.cells = QStringList { heading };
            h.heading = true;
            rows << h;
            for (const Count& c : counts) {
                DashboardTableModel::Row r;
                r.cells = QStringList {
                    QStringLiteral("   ") + DashboardTables::name(m_refs, kind, c.id), count(c.count), share(c.count)
                };
                r.values = QVariantList { c.id, c.count };
                rows << r;
            }
        };
        add(tr("Channels"), d.byChannel, DashboardTables::Kind::ByChannel);
        add(tr("Districts"), d.byDistrict, DashboardTables::Kind::ByDistrict);
        m_dimensionModel->setRows(rows);
    }
    {
        // Flattened (topic, citizen) positions; names are read only for the rows on screen.
        m_engagedIndex.clear();
        for (int t = 0; t < d.engaged.size(); ++t)
            for (int i = 0; i < d.engaged.at(t).citizens.size(); ++i)
                m_engagedIndex.push_back({ t, i });
        m_engagedModel->setLazyRows(int(m_engagedIndex.size()), [this](int row) {
            const auto [t, i] = m_engagedIndex.at(size_t(row));
            const EngagedTopic& topic = m_data.engaged.at(t);
            const EngagedCitizen& e = topic.citizens.at(i);
            const ConsentingCitizen c = m_data.citizen(e);
            const QString name = topic.kind == EngagedTopic::Kind::District
                ? tr("District %1").arg(DashboardTables::name(m_refs, DashboardTables::Kind::ByDistrict, topic.id))
                : DashboardTables::name(m_refs, DashboardTables::Kind::ByCategory, topic.id);
            return QStringList { name, c.name, !c.email.isEmpty() ? c.email : c.phone, count(e.reports) };
        });
    }
}

StatsTable DashboardView::table(Chart chart) const
{
    using K = DashboardTables::Kind;
    K kind = K::Volume;
    switch (chart) {
    case Chart::Volume: kind = K::Volume; break;
    case Chart::Categories: kind = K::Volume; break;
    case Chart::LeadTimes: kind = m_leadGroup->currentIndex() == 1 ? K::LeadByCategory : K::LeadByDepartment; break;
    case Chart::Sla: kind = m_slaGroup->currentIndex() == 1 ? K::SlaByCategory : K::Sla; break;
    case Chart::Backlog: kind = K::Backlog; break;
    case Chart::Hotspots: kind = K::TopStreets; break;
    case Chart::Engaged: kind = K::Engaged; break;
    }
    return DashboardTables::table(kind, m_data, m_refs);
}

bool DashboardView::exportCsv(Chart chart, const QString& file, QString* error) const
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(DashboardTables::toCsv(table(chart))) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), f.errorString());
        return false;
    }
    return true;
}

bool DashboardView::exportChart(Chart chart, const QString& file, QString* error)
{
    ChartCard* c = card(chart);
    if (!c) {
        if (error)
            *error = tr("This part of the dashboard is a table; save it as CSV.");
        return false;
    }
    QCustomPlot* p = c->plot();
    // The card's title is a label outside the plot; put it in the exported image.
    p->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(p, c->title(), QFont(p->font().family(), 11, QFont::Bold));
    title->setTextColor(kText);
    p->plotLayout()->addElement(0, 0, title);
    const int w = std::max(p->width(), 900);
    const int h = std::max(p->height(), 520);
    bool ok = false;
    if (file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        ok = p->savePdf(file, w, h, QCP::epNoCosmetic, QCoreApplication::applicationName(), c->title());
    else
        ok = p->savePng(file, w, h, 2.0);
    p->plotLayout()->remove(title);
    p->plotLayout()->simplify();
    p->replot();
    if (!ok && error)
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(file));
    return ok;
}

QString DashboardView::describeScope() const
{
    QStringList parts;
    const QueueFilter& f = m_shownQuery.filter;
    if (m_lock)
        parts << tr("Department: %1").arg(m_refs.departmentName(m_lock));
    else if (f.departmentIds.size() == 1)
        parts << tr("Department: %1")
                     .arg(DashboardTables::name(m_refs, DashboardTables::Kind::ByDepartment, f.departmentIds.first()));
    else
        parts << tr("All departments");
    if (f.categoryIds.size() == 1)
        parts << tr("Category: %1").arg(m_refs.categoryName(f.categoryIds.first()));
    if (f.districtIds.size() == 1)
        parts << tr("District: %1").arg(m_refs.districtName(f.districtIds.first()));
    if (f.channels.size() == 1)
        parts << tr("Channel: %1").arg(Labels::label(f.channels.first()));
    return parts.join(QStringLiteral(" · "));
}

bool DashboardView::exportReport(const QString& file, QString* error)
{
    if (!m_shownSerial) {
        if (error)
            *error = tr("The dashboard has no numbers yet; wait until it has been calculated.");
        return false;
    }
    QList<DashboardReport::ChartPage> charts;
    const QList<ChartCard*> cards { m_volume, m_categories, m_backlog, m_lead, m_sla };
    for (ChartCard* c : cards)
        charts << DashboardReport::ChartPage { c->title(), c->plot() };
    const bool ok = DashboardReport::write(file, m_data, m_refs, describeScope(), charts, error);
    // Drawing for paper laid the plots out for the page; lay them out for the screen again.
    for (ChartCard* c : cards)
        c->plot()->replot();
    return ok;
}

void DashboardView::saveChartInteractively(Chart chart)
{
    ChartCard* c = card(chart);
    if (!c)
        return;
    QString selected;
    const QString file = QFileDialog::getSaveFileName(this,
        tr("Save chart"),
        c->title() + QStringLiteral(".png"),
        tr("PNG image (*.png);;PDF document (*.pdf)"),
        &selected);
    if (file.isEmpty())
        return;
    QString path = file;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".png");
    QString error;
    if (!exportChart(chart, path, &error))
        QMessageBox::warning(this, tr("Save chart"), error);
}

void DashboardView::saveCsvInteractively(Chart chart)
{
    const StatsTable t = table(chart);
    QString file
        = QFileDialog::getSaveFileName(this, tr("Save data"), t.title + QStringLiteral(".csv"), tr("CSV file (*.csv)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        file += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(chart, file, &error))
        QMessageBox::warning(this, tr("Save data"), error);
}

void DashboardView::saveReportInteractively()
{
    QString file = QFileDialog::getSaveFileName(this,
        tr("Save report"),
        tr("Dashboard %1.pdf").arg(QLocale().toString(today(), QStringLiteral("yyyy-MM-dd"))),
        tr("PDF document (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QStringLiteral(".pdf");
    QString error;
    if (!exportReport(file, &error))
        QMessageBox::warning(this, tr("Save report"), error);
}

} // namespace meldpunt
