// SPDX-License-Identifier: GPL-3.0-or-later
// Painting of the queue's cells: status pills, priority chips, overdue markers, plain text only.
#pragma once

#include "domain/status.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace meldpunt {

/// Paints the queue so a coordinator reads state at a glance (colour per status and priority, a strong
/// marker on badly overdue reports) and never renders citizen text as anything but plain text.
class QueueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueDelegate)
public:
    explicit QueueDelegate(QObject* parent = nullptr);

    static QColor statusColor(Status s);
    static QColor priorityColor(Priority p);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void paintPill(QPainter* painter, const QStyleOptionViewItem& option, const QString& text, const QColor& color,
        bool stale) const;
    void paintDue(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace meldpunt
