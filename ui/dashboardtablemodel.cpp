// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardtablemodel.h"

#include <QColor>
#include <QFont>

namespace meldpunt {

DashboardTableModel::DashboardTableModel(const QStringList& header, QObject* parent)
    : QAbstractTableModel(parent), m_header(header)
{}

void DashboardTableModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_lazyCount = -1;
    m_lazy = {};
    endResetModel();
}

void DashboardTableModel::setLazyRows(int count, std::function<QStringList(int)> cells)
{
    beginResetModel();
    m_rows.clear();
    m_lazyCount = count;
    m_lazy = std::move(cells);
    endResetModel();
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_lazyCount >= 0 ? m_lazyCount : int(m_rows.size()));
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (m_lazyCount >= 0) {
        if (role == Qt::DisplayRole)
            return m_lazy(index.row()).value(index.column());
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter)
                | (m_numeric.contains(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
        return {};
    }
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return index.column() < r.cells.size() ? r.cells.at(index.column()) : QString();
    case Qt::UserRole: return index.column() < r.values.size() ? r.values.at(index.column()) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            Qt::Alignment(Qt::AlignVCenter) | (m_numeric.contains(index.column()) ? Qt::AlignRight : Qt::AlignLeft));
    case Qt::FontRole:
        if (r.heading) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (r.color.isValid() && index.column() == r.coloredColumn)
            return r.color;
        return {};
    default: return {};
    }
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_header.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_header.at(section);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment(Qt::AlignVCenter) | (m_numeric.contains(section) ? Qt::AlignRight : Qt::AlignLeft));
    return {};
}

} // namespace meldpunt
