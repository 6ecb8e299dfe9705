// SPDX-License-Identifier: GPL-3.0-or-later
// A titled dashboard card around one QCustomPlot: house style, tooltips with exact values, drill-down clicks.
#pragma once

#include "store/queuefilter.h"

#include <QDate>
#include <QFrame>

#include <functional>
#include <optional>

class QCustomPlot;
class QCPAbstractPlottable;
class QCPAxis;
class QCPItemText;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace meldpunt {

/// One chart of the dashboard in a card: the title and unit above, the plot below, a menu to save
/// the chart or the table behind it. The owner fills the plot and says, per plottable and data
/// point, what the tooltip reads and which queue filter a click opens.
class ChartCard final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartCard)
public:
    using Tooltip = std::function<QString(QCPAbstractPlottable*, int dataIndex)>;
    using Drill = std::function<std::optional<QueueFilter>(QCPAbstractPlottable*, int dataIndex)>;

    explicit ChartCard(const QString& title, QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    QString title() const;
    void setTitle(const QString& title);
    /// A short grey note beside the title (unit, basis, what a click does).
    void setNote(const QString& note);
    /// Room in the header for the owner's own controls.
    QHBoxLayout* tools() const { return m_tools; }
    void setTooltip(Tooltip f) { m_tooltip = std::move(f); }
    void setDrill(Drill f) { m_drill = std::move(f); }
    /// Shows `text` over an empty plot (no data for the selection); an empty text hides it.
    void setPlaceholder(const QString& text);

    /// The house style for a plot: fonts, greys, no top and right axes, light grid.
    static void applyStyle(QCustomPlot* plot);
    /// Tick labels for an axis whose keys are indexes into `dates` (one per bucket or day), in the
    /// user's locale, thinned out so that labels never overlap in `pixels` of axis length.
    static void setDateTicks(QCPAxis* axis, const QList<QDate>& dates, bool months, int pixels);
    /// Puts the legend in a row under the plot, `columns` entries wide, so that it never hides data.
    static void placeLegendBelow(QCustomPlot* plot, int columns);
    /// The dashboard's series colours, readable on white and distinct for up to twelve series.
    static QColor seriesColor(int i);

Q_SIGNALS:
    void drillDown(const meldpunt::QueueFilter& filter);
    void saveImageRequested();
    void saveDataRequested();

private:
    void hover(QMouseEvent* event);
    void click(QCPAbstractPlottable* plottable, int dataIndex);

    QLabel* m_title;
    QLabel* m_note;
    QHBoxLayout* m_tools;
    QToolButton* m_menuButton;
    QCustomPlot* m_plot;
    QCPItemText* m_placeholder = nullptr;
    Tooltip m_tooltip;
    Drill m_drill;
};

} // namespace meldpunt
