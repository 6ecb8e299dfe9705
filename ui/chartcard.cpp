// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartcard.h"

#include "chartplot.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace meldpunt {

ChartCard::ChartCard(const QString& title, QWidget* parent)
    : QFrame(parent),
      m_title(new QLabel(title, this)),
      m_note(new QLabel(this)),
      m_tools(new QHBoxLayout),
      m_menuButton(new QToolButton(this)),
      m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("chartCard"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setStyleSheet(
        QStringLiteral("QFrame#chartCard { background: white; border: 1px solid #dde1e6; border-radius: 6px; }"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setStyleSheet(QStringLiteral("color: #1d2733; background: transparent; border: none;"));
    m_note->setStyleSheet(QStringLiteral("color: #6b7785; background: transparent; border: none;"));

    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Save this chart or its data"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setStyleSheet(
        QStringLiteral("QToolButton { border: none; color: #4a5563; font-weight: bold; padding: 0 4px; }"
                       "QToolButton::menu-indicator { image: none; width: 0; }"));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_menuButton);
    menu->addAction(tr("Save chart as PNG or PDF…"), this, &ChartCard::saveImageRequested);
    menu->addAction(tr("Save data as CSV…"), this, &ChartCard::saveDataRequested);
    m_menuButton->setMenu(menu);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(8);
    header->addWidget(m_title);
    header->addWidget(m_note);
    header->addStretch(1);
    header->addLayout(m_tools);
    header->addWidget(m_menuButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 6);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_plot, 1);

    applyStyle(m_plot);
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartCard::hover);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* p, int index, QMouseEvent*) {
        click(p, index);
    });
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ChartCard::setNote(const QString& note)
{
    m_note->setText(note);
}

void ChartCard::setPlaceholder(const QString& text)
{
    if (!m_placeholder) {
        m_placeholder = new QCPItemText(m_plot);
        m_placeholder->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_placeholder->position->setCoords(0.5, 0.5);
        m_placeholder->setColor(QColor(0x6b, 0x77, 0x85));
        m_placeholder->setClipToAxisRect(false);
    }
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
}

void ChartCard::hover(QMouseEvent* event)
{
    if (!m_tooltip)
        return;
    int index = -1;
    QCPAbstractPlottable* p = m_plot->plottableAt(event->position(), false, &index);
    const QString text = p && index >= 0 ? m_tooltip(p, index) : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        m_plot->setCursor(Qt::ArrowCursor);
        return;
    }
    m_plot->setCursor(m_drill ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

void ChartCard::click(QCPAbstractPlottable* plottable, int dataIndex)
{
    if (!m_drill)
        return;
    if (const std::optional<QueueFilter> f = m_drill(plottable, dataIndex))
        Q_EMIT drillDown(*f);
}

void ChartCard::applyStyle(QCustomPlot* plot)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    // Filled areas without antialiasing: their edges lie under antialiased lines anyway, and a
    // thousand-point fill drawn with antialiasing costs more than the rest of the chart.
    plot->setNotAntialiasedElements(QCP::aeAxes | QCP::aeGrid | QCP::aeFills);
    QFont small = plot->font();
    small.setPointSizeF(8.5);
    const QColor axisColor(0x9a, 0xa3, 0xad);
    const QColor labelColor(0x4a, 0x55, 0x63);
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(axisColor, 1));
        axis->setTickPen(QPen(axisColor, 1));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLength(0, 4);
        axis->setTickLabelFont(small);
        axis->setTickLabelColor(labelColor);
        axis->setLabelFont(small);
        axis->setLabelColor(labelColor);
        axis->grid()->setPen(QPen(QColor(0xe9, 0xec, 0xef), 1));
        axis->grid()->setZeroLinePen(Qt::NoPen);
        axis->setNumberFormat(QStringLiteral("gb")); // locale grouping, no exponent for counts
        // Below the data: a click near an axis must still reach the first bar or point.
        axis->setLayer(QStringLiteral("grid"));
    }
    plot->xAxis2->setVisible(false);
    plot->yAxis2->setVisible(false);
    plot->xAxis->grid()->setVisible(false);
    plot->axisRect()->setAutoMargins(QCP::msAll);
    plot->legend->setFont(small);
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setBrush(QColor(255, 255, 255, 215));
    plot->legend->setIconSize(12, 10);
    plot->legend->setRowSpacing(-2);
    plot->setLocale(QLocale());
}

void ChartCard::placeLegendBelow(QCustomPlot* plot, int columns)
{
    QCPLegend* legend = plot->legend;
    if (legend->layout() != plot->plotLayout()) {
        plot->plotLayout()->addElement(1, 0, legend);
        plot->plotLayout()->setRowStretchFactor(1, 0.001);
        plot->plotLayout()->setRowSpacing(0);
    }
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(std::max(1, columns));
    legend->setMargins(QMargins(8, 0, 8, 6));
    legend->setVisible(true);
}

QColor ChartCard::seriesColor(int i)
{
    // Tableau 10 and two more: distinct hues of even weight.
    static const QRgb colors[] = { 0x4e79a7,
        0xf28e2b,
        0x59a14f,
        0xe15759,
        0x76b7b2,
        0xedc948,
        0xb07aa1,
        0xff9da7,
        0x9c755f,
        0xbab0ac,
        0x2f4b7c,
        0xa05195 };
    return QColor::fromRgb(colors[i % int(std::size(colors))]);
}

void ChartCard::setDateTicks(QCPAxis* axis, const QList<QDate>& dates, bool months, int pixels)
{
    const QLocale locale;
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    const int n = int(dates.size());
    // About 64 pixels per label keeps "sep. 26" or "12 okt." apart at the dashboard's font size.
    const int maxLabels = std::max(2, pixels / 64);
    const QString monthFormat = QStringLiteral("MMM yy");
    const QString dayFormat = QStringLiteral("d MMM");
    QList<int> picked;
    QString format = months ? monthFormat : dayFormat;
    if (n <= maxLabels) {
        for (int i = 0; i < n; ++i)
            picked << i;
    } else if (!months) {
        // Label the first bucket of each month; thin further when even those are too many.
        for (int i = 0; i < n; ++i)
            if (i == 0 ? dates.at(0).day() <= 7 : dates.at(i).month() != dates.at(i - 1).month())
                picked << i;
        format = monthFormat;
        if (picked.size() < 2) {
            picked.clear();
            for (int i = 0; i < n; ++i)
                picked << i;
            format = dayFormat;
        }
    } else {
        for (int i = 0; i < n; ++i)
            picked << i;
    }
    if (picked.size() > maxLabels) {
        const int step = int(std::ceil(double(picked.size()) / maxLabels));
        QList<int> thinned;
        for (int i = 0; i < picked.size(); i += step)
            thinned << picked.at(i);
        picked = thinned;
    }
    for (int i : std::as_const(picked))
        ticker->addTick(i, locale.toString(dates.at(i), format));
    axis->setTicker(ticker);
}

} // namespace meldpunt
