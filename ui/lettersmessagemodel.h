// SPDX-License-Identifier: GPL-3.0-or-later
// A table of outgoing messages for the outbox and the print queue.
#pragma once

#include "letters/messagestore.h"

#include <QAbstractTableModel>

namespace meldpunt {

/// Outgoing messages as rows; the view chooses which columns it shows.
class MessageTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTableModel)
public:
    enum class Column {
        Created,
        Report,
        Recipient,
        Address,
        Channel,
        Language,
        Subject,
        State,
        Attempts,
        Printed,
        Error
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MessageTableModel(const QList<Column>& columns, QObject* parent = nullptr);

    void setMessages(const QList<Message>& messages);
    const QList<Message>& messages() const { return m_messages; }
    const Message& messageAt(int row) const { return m_messages.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Column> m_columns;
    QList<Message> m_messages;
};

} // namespace meldpunt
