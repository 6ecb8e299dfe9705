// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuedelegate.h"

#include "queuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace meldpunt {

QueueDelegate::QueueDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor QueueDelegate::statusColor(Status s)
{
    switch (s) {
    case Status::New: return QColor(0x1e, 0x6f, 0xd9);
    case Status::Triaged: return QColor(0x00, 0x83, 0x8f);
    case Status::Assigned: return QColor(0x6a, 0x4c, 0xc2);
    case Status::InProgress: return QColor(0xd9, 0x7a, 0x00);
    case Status::OnHold: return QColor(0x8d, 0x6e, 0x63);
    case Status::Resolved: return QColor(0x2e, 0x7d, 0x32);
    case Status::Closed: return QColor(0x60, 0x6b, 0x74);
    case Status::Rejected: return QColor(0xa3, 0x33, 0x33);
    case Status::Duplicate: return QColor(0x78, 0x84, 0x90);
    }
    return QColor(Qt::gray);
}

QColor QueueDelegate::priorityColor(Priority p)
{
    switch (p) {
    case Priority::Low: return QColor(0x90, 0x9a, 0xa3);
    case Priority::Normal: return QColor(0x5b, 0x7b, 0x9a);
    case Priority::High: return QColor(0xe0, 0x6c, 0x00);
    case Priority::Urgent: return QColor(0xc6, 0x28, 0x28);
    }
    return QColor(Qt::gray);
}

void QueueDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // One line per row, cut with an ellipsis: what a citizen typed never changes the row's shape.
    option->features &= ~QStyleOptionViewItem::WrapText;
    option->textElideMode = Qt::ElideRight;
    // A changed row keeps its foreground colour even when selected, so it still reads as "no longer here".
    if (index.data(QueueModel::StaleRole).toBool())
        option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::Disabled, QPalette::Text));
}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 12));
    if (index.column() == QueueModel::StatusColumn || index.column() == QueueModel::PriorityColumn)
        s.setWidth(s.width() + 28); // room for the pill's padding and its bolder text
    return s;
}

void QueueDelegate::paintPill(
    QPainter* painter, const QStyleOptionViewItem& option, const QString& text, const QColor& color, bool stale) const
{
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92); // a chip reads as a label, a little smaller than the text around it
    const QFontMetricsF fm(f);
    const int h = std::min(option.rect.height() - 8, qCeil(fm.height()) + 4);
    // Measured in fractions: a width rounded down would make the text one pixel too wide for its own pill.
    const int w = std::min(option.rect.width() - 10, qCeil(fm.horizontalAdvance(text)) + 18);
    if (w <= 8)
        return;
    const QRect pill(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);
    QColor fill = color;
    if (stale)
        fill.setAlphaF(0.35);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(Qt::white);
    painter->setFont(f);
    painter->drawText(pill.adjusted(8, 0, -8, 0),
        Qt::AlignCenter | Qt::TextSingleLine,
        fm.elidedText(text, Qt::ElideRight, pill.width() - 15));
    painter->restore();
}

void QueueDelegate::paintDue(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto level = QueueModel::Overdue(index.data(QueueModel::OverdueRole).toInt());
    const bool stale = index.data(QueueModel::StaleRole).toBool();
    if (level != QueueModel::Overdue::Severe || stale) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Badly overdue: a solid red marker in front of the bold red text, visible even on a selected row.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int d = std::min(option.rect.height() - 10, opt.fontMetrics.height() - 2);
    const QRectF badge(option.rect.left() + 5, option.rect.center().y() - d / 2.0 + 0.5, d, d);
    const QColor red(0xc6, 0x28, 0x28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(red);
    painter->drawEllipse(badge);
    QFont bf = opt.font;
    bf.setBold(true);
    bf.setPixelSize(std::max(8, int(d * 0.75)));
    painter->setFont(bf);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));

    QFont tf = opt.font;
    tf.setBold(true);
    painter->setFont(tf);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : red);
    const QRect textRect = option.rect.adjusted(d + 9, 0, -2, 0);
    painter->drawText(textRect,
        Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
        QFontMetrics(tf).elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

void QueueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int column = index.column();
    if (column == QueueModel::DueColumn) {
        paintDue(painter, option, index);
        return;
    }
    if (column != QueueModel::StatusColumn && column != QueueModel::PriorityColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background (selection, hover, alternating rows) from the style, then our chip on top of it.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const bool stale = index.data(QueueModel::StaleRole).toBool();
    if (column == QueueModel::StatusColumn) {
        const auto s = Status(index.data(QueueModel::StatusRole).toInt());
        paintPill(painter, option, text, statusColor(s), stale);
    } else {
        const auto p = Priority(index.data(QueueModel::PriorityRole).toInt());
        if (p == Priority::Low || p == Priority::Normal) {
            // Most reports are normal: plain text keeps the column quiet so that high and urgent stand out.
            QStyleOptionViewItem plain = option;
            initStyleOption(&plain, index);
            if (!(option.state & QStyle::State_Selected) && !stale)
                plain.palette.setColor(
                    QPalette::Text, p == Priority::Low ? priorityColor(p) : option.palette.color(QPalette::Text));
            plain.rect.adjust(6, 0, 0, 0);
            style->drawItemText(painter,
                plain.rect,
                Qt::AlignLeft | Qt::AlignVCenter,
                plain.palette,
                true,
                plain.fontMetrics.elidedText(text, Qt::ElideRight, plain.rect.width() - 4),
                option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
            return;
        }
        paintPill(painter, option, text, priorityColor(p), stale);
    }
}

} // namespace meldpunt
