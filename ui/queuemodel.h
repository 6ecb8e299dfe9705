// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatch queue as a table model: keyset pages fetched lazily, refreshed by the command layer.
#pragma once

#include "store/reportstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace meldpunt {

class ReportCommands;

/// The reports of one QueueFilter, a page at a time, so that a million reports scroll as smoothly as ten;
/// rows changed through ReportCommands are re-read in place and never jump away under the keyboard.
class QueueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueModel)
public:
    enum Column {
        RefColumn,
        ReceivedColumn,
        DueColumn,
        CategoryColumn,
        AddressColumn,
        DistrictColumn,
        ChannelColumn,
        StatusColumn,
        PriorityColumn,
        DepartmentColumn,
        AssigneeColumn,
        ColumnCount
    };

    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 report id
        StatusRole, ///< int(meldpunt::Status)
        PriorityRole, ///< int(meldpunt::Priority)
        OverdueRole, ///< int(Overdue)
        StaleRole, ///< bool: changed and no longer matching the filter (kept until the next refresh)
        SuggestedRole, ///< bool: the department cell shows the category's suggestion, not a choice
        RawTextRole, ///< the stored text, unsanitised (copying, tests)
    };

    enum class Overdue { None, Overdue, Severe };

    static constexpr int PageSize = 200;

    explicit QueueModel(ReportStore* store, ReportCommands* commands, QObject* parent = nullptr);

    /// Replaces the filter and shows its first page; changes of sort order come through here too.
    void setFilter(const QueueFilter& f);
    const QueueFilter& filter() const { return m_filter; }
    /// Reads the filter's rows again from the start (F5), dropping rows greyed as stale.
    void refresh();

    qint64 reportId(int row) const;
    /// The row of a loaded report, or -1.
    int rowOf(qint64 id) const;
    const QueueRow* rowData(int row) const;
    bool isStale(int row) const;
    /// Loads pages until the report is loaded or the filter is exhausted (at most `maxPages`); its row or -1.
    int ensureLoaded(qint64 id, int maxPages = 50);
    QString lastError() const { return m_lastError; }

    /// Text for display: control characters and line breaks become visible symbols or spaces, so that
    /// whatever a citizen typed shows as plain text on one line (the stored text stays as it was).
    static QString displayText(const QString& text);
    static Overdue overdueOf(const QueueRow& r, qint64 now);
    /// "3 d overdue", "due in 5 h", ... for the Due column.
    static QString dueText(const QueueRow& r, qint64 now);
    static QString receivedText(qint64 secs, qint64 now);
    static bool isSortable(int column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /// Received, Due and Priority sort in the database (through the filter); other columns do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// The filter (or its sort order) changed; counts must be asked again.
    void filterChanged(const meldpunt::QueueFilter& filter);
    /// Loading a page failed; the message is translated.
    void loadFailed(const QString& message);

private:
    void onReportsChanged(const QList<qint64>& ids);
    void onReportCreated(qint64 id);
    bool stillMatches(const Report& r) const;
    QList<QueueRow> loadPage();
    void reindexFrom(int row);
    QVariant displayData(const QueueRow& r, int column) const;
    QVariant toolTip(const QueueRow& r, int column, bool stale) const;

    ReportStore* m_store;
    QueueFilter m_filter;
    QList<QueueRow> m_rows;
    QHash<qint64, int> m_rowOfId;
    QSet<qint64> m_stale;
    std::optional<QueueCursor> m_cursor;
    bool m_exhausted = true;
    bool m_changing = false; ///< a reset or insertion is being announced
    QString m_lastError;
};

} // namespace meldpunt
