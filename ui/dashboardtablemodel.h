// SPDX-License-Identifier: GPL-3.0-or-later
// A read-only table model for the dashboard's tables (hotspots, year over year, engaged citizens).
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>

#include <functional>

namespace meldpunt {

/// Rows of display texts with an optional sort value and a per-column alignment. Replacing all rows
/// is one model reset, so that thousands of engaged citizens cost nothing like a QTableWidget's items.
class DashboardTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTableModel)
public:
    struct Row {
        QStringList cells;
        QVariantList values; ///< Qt::UserRole per column (exact numbers); may be shorter than cells
        bool heading = false; ///< a bold group heading
        QColor color; ///< text colour of the last column that has one; invalid: default
        int coloredColumn = -1;
    };

    explicit DashboardTableModel(const QStringList& header, QObject* parent = nullptr);

    void setRows(QList<Row> rows);
    /// Rows made on demand, for long tables of which only a screenful is ever looked at.
    void setLazyRows(int count, std::function<QStringList(int row)> cells);
    /// Columns aligned right (numbers).
    void setNumericColumns(const QList<int>& columns) { m_numeric = columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<Row> m_rows;
    QList<int> m_numeric;
    int m_lazyCount = -1;
    std::function<QStringList(int)> m_lazy;
};

} // namespace meldpunt
