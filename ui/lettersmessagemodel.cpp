// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettersmessagemodel.h"

#include <QColor>
#include <QDateTime>

namespace meldpunt {

MessageTableModel::MessageTableModel(const QList<Column>& columns, QObject* parent)
    : QAbstractTableModel(parent), m_columns(columns)
{}

void MessageTableModel::setMessages(const QList<Message>& messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

int MessageTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_messages.size(); ++i)
        if (m_messages.at(i).id == id)
            return i;
    return -1;
}

int MessageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size() || index.column() >= m_columns.size())
        return {};
    const Message& m = m_messages.at(index.row());
    const Column column = m_columns.at(index.column());
    if (role == IdRole)
        return m.id;
    if (role == Qt::ForegroundRole) {
        if (column == Column::State || column == Column::Error) {
            if (m.state == MessageState::Failed)
                return QColor(0xb3, 0x26, 0x1e);
            if (!m.error.isEmpty() && m.state == MessageState::Queued)
                return QColor(0x8a, 0x53, 0x00);
            if (m.state == MessageState::Sent || m.state == MessageState::Printed)
                return QColor(0x3c, 0x6e, 0x47);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (!m.error.isEmpty())
            return m.error;
        if (column == Column::Address)
            return m.recipient;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Created:
        return QDateTime::fromSecsSinceEpoch(m.createdAt).toString(QStringLiteral("dd-MM-yyyy HH:mm"));
    case Column::Report: return m.reportRef;
    case Column::Recipient: return m.recipientName;
    case Column::Address: return QString(m.recipient).replace(QLatin1Char('\n'), QStringLiteral(", "));
    case Column::Channel: return Labels::label(m.channel);
    case Column::Language: return LetterTypes::key(m.language).toUpper();
    case Column::Subject: return m.subject;
    case Column::State:
        if (m.state == MessageState::Queued && !m.error.isEmpty())
            return tr("Waiting, last try failed");
        if (m.channel == ReplyChannel::Phone && m.outcome)
            return LetterTypes::label(*m.outcome);
        return LetterTypes::label(m.state);
    case Column::Attempts: return m.attempts;
    case Column::Printed:
        return m.printedAt
            ? tr("%1 (%n time(s))", nullptr, m.printCount)
                  .arg(QDateTime::fromSecsSinceEpoch(m.printedAt).toString(QStringLiteral("dd-MM HH:mm")))
            : QString();
    case Column::Error: return m.error;
    }
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section >= m_columns.size())
        return {};
    switch (m_columns.at(section)) {
    case Column::Created: return tr("Written");
    case Column::Report: return tr("Report");
    case Column::Recipient: return tr("Recipient");
    case Column::Address: return tr("Address");
    case Column::Channel: return tr("Channel");
    case Column::Language: return tr("Lang.");
    case Column::Subject: return tr("Subject");
    case Column::State: return tr("State");
    case Column::Attempts: return tr("Tries");
    case Column::Printed: return tr("Printed");
    case Column::Error: return tr("Problem");
    }
    return {};
}

} // namespace meldpunt
