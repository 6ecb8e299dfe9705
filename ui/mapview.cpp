// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapview.h"

#include "basemapchoice.h"
#include "geo/addressindex.h"
#include "geo/mapreports.h"
#include "geo/tileprovider.h"
#include "mapwidget.h"
#include "store/database.h"

#include <QAbstractItemView>
#include <QActionGroup>
#include <QCompleter>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace meldpunt {

MapView::MapView(Database* db, const ReferenceData& refs, QWidget* parent)
    : QWidget(parent),
      m_db(db),
      m_refs(refs),
      m_feed(new MapReportFeed(db, refs, this)),
      m_canvas(new MapWidget(this)),
      m_source(TileSourceSpec::vector())
{
    setObjectName(QStringLiteral("mapView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("mapToolbar"));
    buildToolbar(bar);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);

    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(250);
    connect(&m_reloadTimer, &QTimer::timeout, m_feed, &MapReportFeed::reload);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(60);
    connect(&m_searchTimer, &QTimer::timeout, this, &MapView::onSearchEdited);

    connect(m_feed, &MapReportFeed::loaded, this, &MapView::onLoaded);
    connect(m_feed, &MapReportFeed::loadingChanged, this, &MapView::onLoadingChanged);
    connect(m_canvas, &MapWidget::reportClicked, this, [this](qint64 id) {
        m_canvas->setSelectedReport(id);
        Q_EMIT reportActivated(id);
    });
    connect(m_canvas, &MapWidget::areaDrawn, this, [this](const QPolygonF& area) {
        m_canvas->setArea(area);
        m_clearZone->setEnabled(true);
        Q_EMIT areaSelected(area);
    });
    connect(m_canvas, &MapWidget::reportsListRequested, this, &MapView::showReportList);
    connect(m_canvas, &MapWidget::toolTipRequested, this, [this](const QList<qint64>& ids, int, const QPoint& pos) {
        showToolTip(ids, pos);
    });
    connect(m_canvas, &MapWidget::readyChanged, this, &MapView::checkReady);
    connect(m_canvas, &MapWidget::toolChanged, this, [this](MapWidget::Tool tool) {
        m_zoneButton->setChecked(tool != MapWidget::Tool::Pan);
    });

    m_canvas->loadCity(db);
    m_feed->setFilter(QueueFilter());

    // The basemap chosen last time; a file or server that is gone falls back to the city's own map
    // (with a message) but stays chosen, so that it is used again once it is back.
    BasemapChoice* basemap = BasemapChoice::instance();
    if (const TileSourceSpec chosen = basemap->current(); chosen != m_source)
        setTileSource(chosen);
    connect(basemap, &BasemapChoice::changed, this, [this](const TileSourceSpec& spec) {
        if (spec != m_source)
            setTileSource(spec);
    });
}

MapView::~MapView() = default;

void MapView::buildToolbar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(8, 6, 8, 6);
    row->setSpacing(6);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Find an address…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(340);
    m_search->setToolTip(tr("Street and house number, e.g. \"kerkstr 12\"; accents and small typos do not matter."));
    m_searchModel = new QStringListModel(this);
    m_completer = new QCompleter(m_searchModel, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        onSearchEdited();
        m_completer->popup()->hide();
        goToSearchHit(0);
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        goToSearchHit(index.row());
    });
    row->addWidget(m_search);
    row->addSpacing(8);

    auto toggle = [&](const QString& text, const QString& name, const QString& tip, bool checked) {
        auto* b = new QToolButton(bar);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setCheckable(true);
        b->setChecked(checked);
        b->setAutoRaise(true);
        row->addWidget(b);
        return b;
    };
    m_reportsButton = toggle(
        tr("Reports"), QStringLiteral("mapReportsLayer"), tr("Show the reports as markers and clusters"), true);
    m_heatButton = toggle(
        tr("Hotspots"), QStringLiteral("mapHeatmapLayer"), tr("Show where reports concentrate (heatmap)"), false);
    m_districtButton = toggle(tr("Districts"),
        QStringLiteral("mapDistrictLayer"),
        tr("Colour the districts by their number of reports"),
        false);
    connect(m_reportsButton, &QToolButton::toggled, m_canvas, &MapWidget::setReportsVisible);
    connect(m_heatButton, &QToolButton::toggled, this, [this](bool on) {
        m_canvas->setHeatmapVisible(on);
        checkReady();
    });
    connect(m_districtButton, &QToolButton::toggled, m_canvas, &MapWidget::setChoroplethVisible);
    row->addSpacing(8);

    m_zoneButton = new QToolButton(bar);
    m_zoneButton->setObjectName(QStringLiteral("mapZoneButton"));
    m_zoneButton->setText(tr("Select zone"));
    m_zoneButton->setToolTip(tr("Draw a zone; the queue then shows only the reports inside it"));
    m_zoneButton->setCheckable(true);
    m_zoneButton->setAutoRaise(true);
    m_zoneButton->setPopupMode(QToolButton::InstantPopup);
    auto* zoneMenu = new QMenu(m_zoneButton);
    QAction* rect = zoneMenu->addAction(tr("Draw a rectangle"));
    rect->setObjectName(QStringLiteral("mapDrawRectangle"));
    QAction* poly = zoneMenu->addAction(tr("Draw a polygon"));
    poly->setObjectName(QStringLiteral("mapDrawPolygon"));
    zoneMenu->addSeparator();
    m_clearZone = zoneMenu->addAction(tr("Clear the zone"));
    m_clearZone->setObjectName(QStringLiteral("mapClearZone"));
    m_clearZone->setEnabled(false);
    connect(rect, &QAction::triggered, this, [this] { m_canvas->setTool(MapWidget::Tool::Rectangle); });
    connect(poly, &QAction::triggered, this, [this] { m_canvas->setTool(MapWidget::Tool::Polygon); });
    connect(m_clearZone, &QAction::triggered, this, [this] {
        m_canvas->setArea(QPolygonF());
        m_clearZone->setEnabled(false);
        Q_EMIT areaSelected(QPolygonF());
    });
    m_zoneButton->setMenu(zoneMenu);
    row->addWidget(m_zoneButton);

    m_basemapButton = new QToolButton(bar);
    m_basemapButton->setObjectName(QStringLiteral("mapBasemapButton"));
    m_basemapButton->setText(tr("Basemap: %1").arg(m_source.name));
    m_basemapButton->setToolTip(tr("Choose the background map"));
    m_basemapButton->setAutoRaise(true);
    m_basemapButton->setPopupMode(QToolButton::InstantPopup);
    auto* baseMenu = new QMenu(m_basemapButton);
    m_basemapGroup = new QActionGroup(this);
    for (const TileSourceSpec& spec : TileSourceSpec::presets()) {
        QAction* a = baseMenu->addAction(spec.name);
        a->setCheckable(true);
        a->setData(spec.id);
        a->setChecked(spec.id == m_source.id);
        m_basemapGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, spec] { applySourceFromMenu(spec); });
    }
    baseMenu->addSeparator();
    QAction* file = baseMenu->addAction(tr("Offline map file (MBTiles)…"));
    file->setCheckable(true);
    file->setData(QStringLiteral("mbtiles"));
    m_basemapGroup->addAction(file);
    connect(file, &QAction::triggered, this, &MapView::chooseMbtiles);
    QAction* custom = baseMenu->addAction(tr("Other tile server…"));
    custom->setCheckable(true);
    custom->setData(QStringLiteral("custom"));
    m_basemapGroup->addAction(custom);
    connect(custom, &QAction::triggered, this, &MapView::chooseCustomServer);
    m_basemapButton->setMenu(baseMenu);
    row->addWidget(m_basemapButton);

    row->addStretch(1);
    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("mapSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    QPalette pal = m_summary->palette();
    pal.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    m_summary->setPalette(pal);
    row->addWidget(m_summary);
}

void MapView::setFilter(const QueueFilter& filter)
{
    m_canvas->setArea(filter.area);
    m_clearZone->setEnabled(!filter.area.isEmpty());
    m_feed->setFilter(filter);
}

QueueFilter MapView::filter() const
{
    return m_feed->filter();
}

void MapView::reload()
{
    m_reloadTimer.start();
}

void MapView::reportsChanged(const QList<qint64>& ids)
{
    Q_UNUSED(ids)
    reload();
}

void MapView::setReferenceData(const ReferenceData& refs)
{
    m_refs = refs;
    m_feed->setReferenceData(refs);
    reload();
}

void MapView::setNow(qint64 secs)
{
    m_feed->setNow(secs);
    reload();
}

void MapView::centerOn(double lat, double lon)
{
    m_canvas->centerOn(lat, lon);
}

void MapView::selectReport(qint64 id)
{
    m_canvas->setSelectedReport(id);
    m_pendingSelection = id;
    if (!m_feed->isLoading())
        revealSelection();
}

void MapView::revealSelection()
{
    const qint64 id = m_pendingSelection;
    m_pendingSelection = 0;
    if (!id)
        return;
    const std::shared_ptr<const MapReportSet> set = m_feed->current();
    const qint64 i = set ? set->indexOf(id) : -1;
    double lat = 0;
    double lon = 0;
    QList<MapPin> pins;
    if (i >= 0) {
        const QGeoCoordinate c = WebMercator::unproject(QPointF(set->x[size_t(i)], set->y[size_t(i)]));
        lat = c.latitude();
        lon = c.longitude();
    } else {
        // Not under the filter (or not loaded yet): a pin still shows where it is.
        const QList<MapReportBrief> b = MapReportLookup::briefs(m_db, { id }, m_refs);
        if (b.isEmpty() || !b.first().hasLocation) {
            m_canvas->setPins({});
            return;
        }
        lat = b.first().lat;
        lon = b.first().lon;
        MapPin pin;
        pin.id = id;
        pin.lat = lat;
        pin.lon = lon;
        pin.color = MapWidget::statusColor(b.first().status);
        pin.primary = true;
        pin.toolTip = tr("%1 — not in the queue's current filter").arg(b.first().ref);
        pins << pin;
    }
    m_canvas->setPins(pins);
    const QPointF s = m_canvas->viewport().toScreen(lat, lon);
    const bool visible = QRectF(m_canvas->rect()).adjusted(40, 40, -40, -40).contains(s);
    if (m_canvas->zoom() < 15)
        m_canvas->setView(lat, lon, 16);
    else if (!visible)
        m_canvas->centerOn(lat, lon);
}

void MapView::setTileSource(const TileSourceSpec& spec)
{
    QString error;
    m_canvas->setTileSource(spec, &error);
    m_source = error.isEmpty() ? spec : TileSourceSpec::vector();
    for (QAction* a : m_basemapGroup->actions())
        a->setChecked(a->data().toString() == m_source.id);
    m_basemapButton->setText(tr("Basemap: %1").arg(m_source.name));
    checkReady();
}

void MapView::applySourceFromMenu(const TileSourceSpec& spec)
{
    setTileSource(spec);
    // Kept for the next start and for the other maps (detail pane, intake form).
    BasemapChoice::instance()->choose(m_source);
    Q_EMIT tileSourceChanged(m_source);
}

void MapView::chooseMbtiles()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Offline map"), QString(), tr("MBTiles files (*.mbtiles);;All files (*)"));
    if (path.isEmpty()) {
        setTileSource(m_source); // puts the check mark back
        return;
    }
    applySourceFromMenu(TileSourceSpec::mbtiles(path));
}

void MapView::chooseCustomServer()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Other tile server"));
    auto* form = new QFormLayout(&dialog);
    auto* url = new QLineEdit(&dialog);
    url->setObjectName(QStringLiteral("tileUrl"));
    url->setPlaceholderText(QStringLiteral("https://example.org/tiles/{z}/{x}/{y}.png"));
    url->setMinimumWidth(420);
    if (m_source.id == QLatin1String("custom"))
        url->setText(m_source.location);
    auto* attribution = new QLineEdit(&dialog);
    attribution->setPlaceholderText(tr("© the map's makers, as its licence asks"));
    if (m_source.id == QLatin1String("custom"))
        attribution->setText(m_source.attribution);
    auto* hint
        = new QLabel(tr("Use {z}, {x} and {y} (or {-y} for TMS); for WMTS {TileMatrix}, {TileRow} and {TileCol}. "
                        "Respect the server's terms of use."),
            &dialog);
    hint->setWordWrap(true);
    auto* error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #c92a2a"));
    error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Tile address:"), url);
    form->addRow(tr("Attribution:"), attribution);
    form->addRow(hint);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        if (!TileSourceSpec::validateTemplate(url->text(), &why)) {
            error->setText(why);
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted) {
        setTileSource(m_source);
        return;
    }
    applySourceFromMenu(TileSourceSpec::custom(url->text(), attribution->text()));
}

void MapView::setHeatmapVisible(bool on)
{
    m_heatButton->setChecked(on);
    m_canvas->setHeatmapVisible(on);
}

void MapView::setChoroplethVisible(bool on)
{
    m_districtButton->setChecked(on);
}

void MapView::setReportsVisible(bool on)
{
    m_reportsButton->setChecked(on);
}

void MapView::onLoadingChanged(bool loading)
{
    m_canvas->setLoading(loading);
    if (loading && m_ready) {
        m_ready = false;
    }
}

void MapView::onLoaded()
{
    const std::shared_ptr<const MapReportSet> set = m_feed->current();
    m_canvas->setReports(set);
    m_canvas->setMessage(set && !set->error.isEmpty() ? set->error : QString());
    updateSummary();
    if (m_pendingSelection)
        revealSelection();
    checkReady();
}

void MapView::updateSummary()
{
    const std::shared_ptr<const MapReportSet> set = m_feed->current();
    if (!set) {
        m_summary->clear();
        return;
    }
    const QLocale l;
    QString text = tr("Reports on the map: %1").arg(l.toString(qulonglong(set->size())));
    if (set->withoutLocation > 0)
        text += QStringLiteral(" · ") + tr("%1 without a location").arg(l.toString(set->withoutLocation));
    m_summary->setText(text);
}

bool MapView::isReady() const
{
    return m_feed->current() && !m_feed->isLoading() && m_canvas->isReady();
}

void MapView::checkReady()
{
    const bool ready = isReady();
    if (ready && !m_ready) {
        m_ready = true;
        Q_EMIT this->ready();
    } else if (!ready) {
        m_ready = false;
    }
}

std::shared_ptr<const AddressIndex> MapView::addressIndex() const
{
    const std::shared_ptr<const CityBackground> city = m_canvas->city();
    return city ? city->addresses : nullptr;
}

void MapView::onSearchEdited()
{
    const std::shared_ptr<const AddressIndex> index = addressIndex();
    m_searchHits = index ? index->search(m_search->text(), 12) : QList<AddressHit>();
    QStringList lines;
    for (const AddressHit& h : std::as_const(m_searchHits)) {
        if (h.houseNumber.isEmpty())
            lines << tr("%1 (street), %2 %3").arg(h.street, h.postcode, h.municipality);
        else
            lines << h.display();
    }
    if (lines.isEmpty() && !m_search->text().trimmed().isEmpty())
        lines << (index ? tr("No address matches") : tr("The address register is still loading…"));
    m_searchModel->setStringList(lines);
    if (m_search->hasFocus() && !lines.isEmpty())
        m_completer->complete();
}

void MapView::goToSearchHit(int row)
{
    if (row < 0 || row >= m_searchHits.size())
        return;
    const AddressHit h = m_searchHits.at(row);
    MapPin pin;
    pin.lat = h.lat;
    pin.lon = h.lon;
    pin.primary = true;
    pin.color = QColor(0x21, 0x25, 0x29);
    if (h.houseNumber.isEmpty()) {
        // A whole street: fit its houses.
        const std::shared_ptr<const AddressIndex> index = addressIndex();
        QRectF bounds;
        for (const AddressHit& a : index->streetAddresses(h.street, h.postcode)) {
            const QPointF w = WebMercator::project(a.lat, a.lon);
            bounds = bounds.isNull() ? QRectF(w, QSizeF(1e-9, 1e-9)) : bounds.united(QRectF(w, QSizeF(1e-9, 1e-9)));
        }
        m_search->setText(h.street);
        pin.toolTip = tr("%1, %2 %3").arg(h.street, h.postcode, h.municipality);
        m_canvas->setPins({ pin });
        m_canvas->fitWorld(bounds, 18);
    } else {
        m_search->setText(h.display());
        pin.toolTip = h.display();
        m_canvas->setPins({ pin });
        m_canvas->setView(h.lat, h.lon, std::max(18.0, m_canvas->zoom()));
    }
    m_canvas->setFocus();
}

void MapView::showToolTip(const QList<qint64>& ids, const QPoint& globalPos)
{
    const QList<MapReportBrief> briefs = MapReportLookup::briefs(m_db, ids, m_refs);
    if (briefs.isEmpty())
        return;
    const MapReportBrief& b = briefs.first();
    const QLocale l;
    QString text
        = QStringLiteral("<b>%1</b> · %2<br>%3")
              .arg(b.ref.toHtmlEscaped(), StatusRules::label(b.status).toHtmlEscaped(), b.category.toHtmlEscaped());
    if (!b.address.isEmpty())
        text += QStringLiteral("<br>") + b.address.toHtmlEscaped();
    text += QStringLiteral("<br>")
        + tr("Received %1").arg(l.toString(QDateTime::fromSecsSinceEpoch(b.receivedAt).date(), QLocale::ShortFormat));
    const std::shared_ptr<const MapReportSet> set = m_feed->current();
    const qint64 i = set ? set->indexOf(b.id) : -1;
    if (i >= 0 && set->overdue[size_t(i)])
        text += QStringLiteral("<br><span style='color:#e03131'>")
            + tr("Overdue since %1")
                  .arg(l.toString(QDateTime::fromSecsSinceEpoch(b.dueAt).date(), QLocale::ShortFormat))
            + QStringLiteral("</span>");
    QToolTip::showText(globalPos, text, m_canvas);
}

void MapView::showReportList(const QList<qint64>& ids, const QPoint& globalPos)
{
    const QList<MapReportBrief> briefs = MapReportLookup::briefs(m_db, ids, m_refs);
    // A popup, not exec(): the map keeps repainting and nothing waits on the menu.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("mapReportList"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* title = menu->addAction(tr("Reports at this spot: %1").arg(ids.size()));
    title->setEnabled(false);
    menu->addSeparator();
    for (const MapReportBrief& b : briefs) {
        QAction* a
            = menu->addAction(QStringLiteral("%1 · %2 · %3").arg(b.ref, StatusRules::label(b.status), b.category));
        QPixmap dot(12, 12);
        dot.fill(Qt::transparent);
        {
            QPainter p(&dot);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(MapWidget::statusColor(b.status));
            p.drawEllipse(QRectF(1, 1, 10, 10));
        }
        a->setIcon(QIcon(dot));
        const qint64 id = b.id;
        connect(a, &QAction::triggered, this, [this, id] {
            m_canvas->setSelectedReport(id);
            Q_EMIT reportActivated(id);
        });
    }
    menu->popup(globalPos);
}

} // namespace meldpunt
