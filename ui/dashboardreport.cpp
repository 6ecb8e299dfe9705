// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardreport.h"

#include "chartplot.h"

#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QRegularExpression>

#include <cmath>

namespace meldpunt {

namespace {

const QColor kText(0x1d, 0x27, 0x33);
const QColor kMuted(0x6b, 0x77, 0x85);
const QColor kRule(0xdd, 0xe1, 0xe6);
const QColor kShade(0xf3, 0xf5, 0xf7);

/// Lays out text, tables and charts top to bottom, starting a new page when one is full.
/// At 96 dots per inch a plot's own pixel sizes and fonts come out as on screen.
class Pages {
public:
    explicit Pages(QPdfWriter* writer) : m_writer(writer) {}

    bool begin()
    {
        if (!m_painter.begin(m_writer))
            return false;
        m_painter.setMode(QCPPainter::pmVectorized);
        m_painter.setMode(QCPPainter::pmNoCaching);
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_width = m_writer->width();
        m_height = m_writer->height();
        return true;
    }

    void end(const QString& footer)
    {
        drawFooter(footer);
        m_painter.end();
    }

    QCPPainter& painter() { return m_painter; }
    int width() const { return m_width; }
    int y() const { return m_y; }
    void skip(int dy) { m_y += dy; }

    void ensure(int h, const QString& footer)
    {
        if (m_y + h > m_height - footerHeight()) {
            drawFooter(footer);
            m_writer->newPage();
            ++m_page;
            m_y = 0;
        }
    }

    void text(const QString& s, const QFont& font, const QColor& color, const QString& footer, int spaceAfter = 4)
    {
        m_painter.setFont(font);
        const QRect r = m_painter.fontMetrics().boundingRect(QRect(0, 0, m_width, 10000), Qt::TextWordWrap, s);
        ensure(r.height(), footer);
        m_painter.setPen(color);
        m_painter.drawText(QRect(0, m_y, m_width, r.height()), Qt::TextWordWrap, s);
        m_y += r.height() + spaceAfter;
    }

    int footerHeight() const { return 28; }

private:
    void drawFooter(const QString& footer)
    {
        QFont f = m_painter.font();
        f.setPointSizeF(7.5);
        f.setBold(false);
        m_painter.setFont(f);
        m_painter.setPen(kRule);
        m_painter.drawLine(QLineF(0, m_height - footerHeight() + 6, m_width, m_height - footerHeight() + 6));
        m_painter.setPen(kMuted);
        const QRect r(0, m_height - footerHeight() + 10, m_width, footerHeight() - 10);
        m_painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter, footer);
        m_painter.drawText(r, Qt::AlignRight | Qt::AlignVCenter, DashboardReport::tr("Page %1").arg(m_page));
    }

    QPdfWriter* m_writer;
    QCPPainter m_painter;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
    int m_page = 1;
};

QFont font(double points, bool bold = false)
{
    QFont f;
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

bool numeric(const QString& s)
{
    static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    return s.isEmpty() || number.match(s).hasMatch();
}

/// The tables hold plain numbers for spreadsheets; on paper they read in the user's locale.
QString display(const QString& s)
{
    static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
    static const QRegularExpression decimal(QStringLiteral("^-?\\d+\\.\\d+$"));
    const QLocale l;
    if (integer.match(s).hasMatch())
        return l.toString(s.toLongLong());
    if (decimal.match(s).hasMatch())
        return l.toString(s.toDouble(), 'f', 1);
    return s;
}

/// A table with a shaded header that repeats on every page it runs onto.
void drawTable(Pages& pages, const StatsTable& table, const QString& footer)
{
    QCPPainter& p = pages.painter();
    const QFont body = font(8);
    const QFont head = font(8, true);
    const QFontMetrics fm(body);
    const QFontMetrics hm(head);
    const int rowH = int(fm.height() * 1.45);
    const int cols = int(table.header.size());
    if (cols == 0)
        return;
    QList<QStringList> rows;
    for (const QStringList& r : table.rows) {
        QStringList d;
        for (const QString& c : r)
            d << display(c);
        rows << d;
    }
    // Column widths from the cells and the longest word of the heading, which may wrap.
    QList<int> widths(cols, 0);
    for (int c = 0; c < cols; ++c) {
        const QStringList words = table.header.at(c).split(QLatin1Char(' '));
        for (const QString& w : words)
            widths[c] = std::max(widths[c], hm.horizontalAdvance(w) + 12);
        // Headings wrap, but not into a tower of single words.
        widths[c] = std::max(widths[c], std::min(hm.horizontalAdvance(table.header.at(c)) + 12, 110));
        for (const QStringList& r : std::as_const(rows))
            if (c < r.size())
                widths[c] = std::max(widths[c], fm.horizontalAdvance(r.at(c)) + 12);
    }
    int rest = 0;
    for (int c = 1; c < cols; ++c)
        rest += widths[c];
    if (rest + widths[0] > pages.width()) {
        // Too wide: shrink the other columns evenly, keep the first readable.
        const int first = std::min(widths[0], pages.width() / 3);
        const double scale = double(pages.width() - first) / double(std::max(rest, 1));
        widths[0] = first;
        for (int c = 1; c < cols; ++c)
            widths[c] = int(widths[c] * scale);
    } else {
        widths[0] = pages.width() - rest;
    }
    QList<bool> right(cols, true);
    right[0] = false;
    for (int c = 1; c < cols; ++c)
        for (const QStringList& r : table.rows)
            if (c < r.size() && !numeric(r.at(c)))
                right[c] = false;
    int headH = rowH;
    for (int c = 0; c < cols; ++c)
        headH = std::max(headH,
            hm.boundingRect(QRect(0, 0, widths[c] - 10, 1000), Qt::TextWordWrap, table.header.at(c)).height() + 8);

    auto drawHeader = [&] {
        const int y = pages.y();
        p.fillRect(QRect(0, y, pages.width(), headH), QColor(0xe7, 0xee, 0xf7));
        p.setFont(head);
        p.setPen(kText);
        int x = 0;
        for (int c = 0; c < cols; ++c) {
            p.drawText(QRect(x + 5, y, widths[c] - 10, headH),
                Qt::AlignVCenter | Qt::TextWordWrap | (right[c] ? Qt::AlignRight : Qt::AlignLeft),
                table.header.at(c));
            x += widths[c];
        }
        pages.skip(headH);
    };
    auto drawRow = [&](const QStringList& cells, bool shade) {
        const int y = pages.y();
        if (shade)
            p.fillRect(QRect(0, y, pages.width(), rowH), kShade);
        p.setFont(body);
        p.setPen(kText);
        int x = 0;
        for (int c = 0; c < cols; ++c) {
            const QString s = fm.elidedText(c < cells.size() ? cells.at(c) : QString(), Qt::ElideRight, widths[c] - 10);
            p.drawText(QRect(x + 5, y, widths[c] - 10, rowH),
                Qt::AlignVCenter | (right[c] ? Qt::AlignRight : Qt::AlignLeft),
                s);
            x += widths[c];
        }
        pages.skip(rowH);
    };
    pages.ensure(headH + rowH * 2, footer);
    drawHeader();
    for (int i = 0; i < rows.size(); ++i) {
        const int before = pages.y();
        pages.ensure(rowH, footer);
        if (pages.y() < before) // a new page: repeat the header
            drawHeader();
        drawRow(rows.at(i), i % 2 == 1);
    }
    pages.skip(14);
}

void drawChart(Pages& pages, const DashboardReport::ChartPage& chart, int height, const QString& footer)
{
    pages.ensure(height + 30, footer); // the title stays with its chart
    pages.text(chart.title, font(11, true), kText, footer, 2);
    QCPPainter& p = pages.painter();
    p.save();
    p.translate(0, pages.y());
    p.setClipRect(QRect(0, 0, pages.width(), height));
    chart.plot->toPainter(&p, pages.width(), height);
    p.restore();
    p.setMode(QCPPainter::pmVectorized);
    p.setMode(QCPPainter::pmNoCaching);
    pages.skip(height + 18);
}

QString period(const DashboardData& d)
{
    const QLocale l;
    return DashboardReport::tr("%1 to %2")
        .arg(l.toString(d.from, QLocale::LongFormat), l.toString(d.to, QLocale::LongFormat));
}

} // namespace

bool DashboardReport::write(const QString& file, const DashboardData& data, const ReferenceData& refs,
    const QString& scope, const QList<ChartPage>& charts, QString* error)
{
    QPdfWriter writer(file);
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter);
    writer.setTitle(tr("Citizen reports: dashboard report"));
    writer.setCreator(QCoreApplication::applicationName());
    Pages pages(&writer);
    if (!pages.begin()) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    const QLocale l;
    const QString footer = tr("Citizen reports dashboard · %1 · %2").arg(period(data), scope);
    const QString unit = DashboardTables::basisUnit(data.basis);

    pages.text(tr("Citizen reports: dashboard report"), font(20, true), kText, footer, 6);
    pages.text(period(data), font(12), kText, footer, 2);
    pages.text(scope, font(10), kMuted, footer, 2);
    pages.text(tr("Produced on %1. Lead times in %2; a report's lead time runs from its reception to its last "
                  "resolution; reports that are still open count in the backlog, not in lead times.")
                   .arg(l.toString(QDateTime::fromSecsSinceEpoch(data.now), QLocale::LongFormat), unit),
        font(8.5),
        kMuted,
        footer,
        16);

    // Key figures as a row of boxes.
    {
        const qint64 open = data.backlog.isEmpty() ? 0 : data.backlog.last().open;
        const qint64 overdue = data.backlog.isEmpty() ? 0 : data.backlog.last().overdue;
        auto dayText = [&](double v) { return l.toString(v, 'f', 1) + QLatin1Char(' ') + unit; };
        const QList<QPair<QString, QString>> kpis {
            { tr("Reports received"), l.toString(data.received) },
            { tr("Resolved"), l.toString(data.lead.count) },
            { tr("Median lead time"), data.lead.count ? dayText(data.lead.median) : QStringLiteral("–") },
            { tr("90th percentile"), data.lead.count ? dayText(data.lead.p90) : QStringLiteral("–") },
            { tr("Within deadline"),
                data.sla.resolved() ? l.toString(data.sla.withinDuePercent(), 'f', 0) + QStringLiteral(" %")
                                    : QStringLiteral("–") },
            { tr("Open (overdue)"), tr("%1 (%2)").arg(l.toString(open), l.toString(overdue)) },
        };
        const int gap = 8;
        const int boxW = (pages.width() - gap * 2) / 3;
        const int boxH = 58;
        pages.ensure(boxH * 2 + gap, footer);
        QCPPainter& p = pages.painter();
        for (int i = 0; i < kpis.size(); ++i) {
            const QRect r((i % 3) * (boxW + gap), pages.y() + (i / 3) * (boxH + gap), boxW, boxH);
            p.setPen(kRule);
            p.setBrush(Qt::white);
            p.drawRoundedRect(r, 4, 4);
            p.setPen(kMuted);
            p.setFont(font(8));
            p.drawText(r.adjusted(10, 6, -6, 0), Qt::AlignLeft | Qt::AlignTop, kpis.at(i).first);
            p.setPen(kText);
            p.setFont(font(15, true));
            p.drawText(r.adjusted(10, 0, -6, -6), Qt::AlignLeft | Qt::AlignBottom, kpis.at(i).second);
        }
        pages.skip(boxH * 2 + gap + 18);
    }

    pages.text(tr("This period against a year earlier"), font(11, true), kText, footer, 4);
    drawTable(pages, DashboardTables::table(DashboardTables::Kind::YearOverYear, data, refs), footer);

    const int chartH = int(pages.width() * 0.5);
    for (const ChartPage& c : charts)
        if (c.plot)
            drawChart(pages, c, chartH, footer);

    const QList<DashboardTables::Kind> tables { DashboardTables::Kind::LeadByDepartment,
        DashboardTables::Kind::LeadByCategory,
        DashboardTables::Kind::Sla,
        DashboardTables::Kind::SlaByCategory,
        DashboardTables::Kind::ByCategory,
        DashboardTables::Kind::ByDepartment,
        DashboardTables::Kind::ByChannel,
        DashboardTables::Kind::ByDistrict,
        DashboardTables::Kind::OpenAge,
        DashboardTables::Kind::TopStreets };
    for (DashboardTables::Kind k : tables) {
        StatsTable t = DashboardTables::table(k, data, refs);
        if (k == DashboardTables::Kind::LeadByDepartment || k == DashboardTables::Kind::LeadByCategory) {
            // The histogram columns go to the CSV; on paper the summary and the tail suffice.
            t.header = t.header.mid(0, 5);
            for (QStringList& r : t.rows)
                r = r.mid(0, 5);
        }
        pages.ensure(80, footer);
        pages.text(t.title, font(11, true), kText, footer, 4);
        drawTable(pages, t, footer);
    }
    {
        StatsTable t;
        t.title = tr("Engaged citizens per topic");
        t.header = QStringList { tr("Topic"), tr("Engaged citizens") };
        for (const EngagedTopic& topic : data.engaged)
            t.rows << QStringList { topic.kind == EngagedTopic::Kind::District
                    ? tr("District %1").arg(DashboardTables::name(refs, DashboardTables::Kind::ByDistrict, topic.id))
                    : DashboardTables::name(refs, DashboardTables::Kind::ByCategory, topic.id),
                QString::number(topic.citizens.size()) };
        pages.ensure(80, footer);
        pages.text(t.title, font(11, true), kText, footer, 2);
        pages.text(
            tr("Only citizens who agreed to be contacted; names stay in the application."), font(8), kMuted, footer, 4);
        drawTable(pages, t, footer);
    }
    pages.end(footer);
    if (!QFileInfo(file).exists()) {
        if (error)
            *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    return true;
}

} // namespace meldpunt
