// SPDX-License-Identifier: GPL-3.0-or-later
// The queue's filter dock: statuses with counts, categories, department, district, channel, dates, search, saved
// filters.
#pragma once

#include "store/reportstore.h"

#include <QHash>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace meldpunt {

/// Lets the coordinator say which reports the queue shows; it edits a QueueFilter and reports each
/// edit, while the counts it shows are computed elsewhere (off the GUI thread) and handed in.
class FilterPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterPanel)
public:
    explicit FilterPanel(ReportStore* store, QWidget* parent = nullptr);

    /// Shows `f` without announcing it (the sort order is kept and passed on with later edits).
    void setFilter(const QueueFilter& f);
    QueueFilter filter() const;

    void setStatusCounts(const QMap<Status, qint64>& counts);
    void setSavedFilterCounts(const QHash<qint64, qint64>& counts);
    QList<SavedFilter> savedFilters() const { return m_saved; }
    /// The saved filter whose criteria equal `f` (sort order aside), if any.
    const SavedFilter* savedFilterMatching(const QueueFilter& f) const;
    void reloadSavedFilters();

    /// Focuses the search box and selects its text ("/").
    void focusSearch();
    /// Saves the current filter under a name asked for (a dialog).
    void saveCurrentFilter();

Q_SIGNALS:
    /// The coordinator changed the filter.
    void filterEdited(const meldpunt::QueueFilter& filter);
    void savedFiltersChanged();
    /// A translated error (saving or deleting a filter failed).
    void failed(const QString& message);
    /// Enter or Down in the search box: back to the queue.
    void leaveRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildStatusSection();
    QWidget* buildCategorySection();
    QWidget* buildMoreSection();
    QWidget* buildSavedSection();
    void fillCategories();
    void filterCategoryTree(const QString& text);
    void emitEdited();
    void setStatuses(const QList<Status>& statuses);
    void deleteSavedFilter();
    void applySavedFilter(int row);
    static bool sameCriteria(const QueueFilter& a, const QueueFilter& b);

    ReportStore* m_store;
    bool m_updating = false;
    QueueFilter::SortKey m_sortKey = QueueFilter::SortKey::Received;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;

    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QMap<Status, QCheckBox*> m_statusChecks;
    QMap<Status, QLabel*> m_statusCounts;
    QCheckBox* m_overdue = nullptr;
    QLineEdit* m_categoryFilter = nullptr;
    QTreeWidget* m_categories = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_district = nullptr;
    QComboBox* m_channel = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QListWidget* m_savedList = nullptr;
    QLabel* m_savedEmpty = nullptr;
    QPushButton* m_deleteSaved = nullptr;
    QList<SavedFilter> m_saved;
    QHash<qint64, qint64> m_savedCounts;
};

} // namespace meldpunt
