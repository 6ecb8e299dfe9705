// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterpanel.h"

#include "domain/textfold.h"
#include "queuedelegate.h"
#include "queuemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meldpunt {

namespace {

constexpr int kSearchDebounceMs = 150;
const QDate kNoDate(2000, 1, 1); // the date edits' "any" value

constexpr int CountRole = Qt::UserRole + 1;

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text.toUpper(), parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    f.setBold(true);
    f.setLetterSpacing(QFont::PercentageSpacing, 106);
    l->setFont(f);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
    l->setPalette(p);
    l->setContentsMargins(0, 8, 0, 2);
    return l;
}

QToolButton* linkButton(const QString& text, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setAutoRaise(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

/// A saved filter's name with its count right-aligned and greyed.
class SavedFilterDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    Q_DISABLE_COPY_MOVE(SavedFilterDelegate)
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const QVariant count = index.data(CountRole);
        const QString countText = count.isValid() ? QLocale().toString(count.toLongLong()) : QStringLiteral("…");
        const QRect r = option.rect.adjusted(6, 0, -6, 0);
        const int cw = opt.fontMetrics.horizontalAdvance(countText);
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(r.adjusted(0, 0, -cw - 10, 0),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
            opt.fontMetrics.elidedText(name, Qt::ElideRight, r.width() - cw - 10));
        if (!selected)
            painter->setPen(option.palette.color(QPalette::Disabled, QPalette::Text));
        painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }
};

} // namespace

FilterPanel::FilterPanel(ReportStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterPanel"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDebounceMs);
    connect(m_searchTimer, &QTimer::timeout, this, &FilterPanel::emitEdited);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search ref, text, address, citizen  ( / )"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumHeight(m_search->fontMetrics().height() + 12);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchTimer->start(); });

    auto* content = new QWidget;
    auto* col = new QVBoxLayout(content);
    col->setContentsMargins(10, 4, 10, 10);
    col->setSpacing(2);
    col->addWidget(buildStatusSection());
    col->addWidget(buildCategorySection(), 1);
    col->addWidget(buildMoreSection());
    col->addWidget(buildSavedSection());

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* top = new QVBoxLayout(this);
    top->setContentsMargins(0, 6, 0, 0);
    top->setSpacing(4);
    auto* searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(10, 0, 10, 0);
    searchRow->addWidget(m_search);
    top->addLayout(searchRow);
    top->addWidget(scroll, 1);

    fillCategories();
    reloadSavedFilters();
    setFilter(QueueFilter::toDo());
}

QWidget* FilterPanel::buildStatusSection()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(0);
    auto* head = new QHBoxLayout;
    head->addWidget(sectionTitle(tr("Status"), w));
    head->addStretch();
    auto* toDo = linkButton(tr("To do"), w);
    toDo->setObjectName(QStringLiteral("statusToDo"));
    toDo->setToolTip(tr("New and triaged reports"));
    auto* open = linkButton(tr("Open"), w);
    open->setObjectName(QStringLiteral("statusOpen"));
    open->setToolTip(tr("Every report that still needs work"));
    auto* all = linkButton(tr("All"), w);
    all->setObjectName(QStringLiteral("statusAll"));
    head->addWidget(toDo);
    head->addWidget(open);
    head->addWidget(all);
    v->addLayout(head);

    auto* grid = new QGridLayout;
    grid->setContentsMargins(2, 0, 2, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(1);
    int row = 0;
    const QList<Status> statuses = StatusRules::all();
    for (Status s : statuses) {
        auto* box = new QCheckBox(StatusRules::label(s), w);
        box->setObjectName(QStringLiteral("statusCheck_") + StatusRules::key(s));
        // A coloured square like the queue's pill, so the panel and the table speak the same colours.
        QPixmap pm(10, 10);
        pm.fill(QueueDelegate::statusColor(s));
        auto* swatch = new QLabel(w);
        swatch->setPixmap(pm);
        auto* count = new QLabel(w);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        count->setObjectName(QStringLiteral("statusCount_") + StatusRules::key(s));
        QPalette p = count->palette();
        p.setColor(QPalette::WindowText, p.color(QPalette::Disabled, QPalette::WindowText));
        count->setPalette(p);
        grid->addWidget(swatch, row, 0);
        grid->addWidget(box, row, 1);
        grid->addWidget(count, row, 2);
        m_statusChecks.insert(s, box);
        m_statusCounts.insert(s, count);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                emitEdited();
        });
        ++row;
    }
    grid->setColumnStretch(1, 1);
    v->addLayout(grid);

    m_overdue = new QCheckBox(tr("Overdue only"), w);
    m_overdue->setObjectName(QStringLiteral("overdueOnly"));
    m_overdue->setToolTip(tr("Open reports past their due date"));
    v->addSpacing(4);
    v->addWidget(m_overdue);
    connect(m_overdue, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            emitEdited();
    });

    connect(toDo, &QToolButton::clicked, this, [this] {
        setStatuses(QueueFilter::toDo().statuses);
        emitEdited();
    });
    connect(open, &QToolButton::clicked, this, [this] {
        QList<Status> list;
        for (Status s : StatusRules::all())
            if (StatusRules::isOpen(s))
                list << s;
        setStatuses(list);
        emitEdited();
    });
    connect(all, &QToolButton::clicked, this, [this] {
        setStatuses({});
        emitEdited();
    });
    return w;
}

QWidget* FilterPanel::buildCategorySection()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    auto* head = new QHBoxLayout;
    head->addWidget(sectionTitle(tr("Category"), w));
    head->addStretch();
    auto* none = linkButton(tr("Any"), w);
    none->setObjectName(QStringLiteral("categoryAny"));
    none->setToolTip(tr("Clear the category selection"));
    head->addWidget(none);
    v->addLayout(head);

    m_categoryFilter = new QLineEdit(w);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->setPlaceholderText(tr("Type to find a category"));
    m_categoryFilter->setClearButtonEnabled(true);
    v->addWidget(m_categoryFilter);

    m_categories = new QTreeWidget(w);
    m_categories->setObjectName(QStringLiteral("categoryTree"));
    m_categories->setHeaderHidden(true);
    m_categories->setRootIsDecorated(true);
    m_categories->setUniformRowHeights(true);
    m_categories->setMinimumHeight(180);
    m_categories->setSelectionMode(QAbstractItemView::NoSelection);
    v->addWidget(m_categories, 1);

    connect(m_categoryFilter, &QLineEdit::textChanged, this, &FilterPanel::filterCategoryTree);
    connect(m_categories, &QTreeWidget::itemChanged, this, [this] {
        if (!m_updating)
            m_searchTimer->start(0); // checking a main category changes all its subs: one edit for all
    });
    connect(none, &QToolButton::clicked, this, [this] {
        m_updating = true;
        for (int i = 0; i < m_categories->topLevelItemCount(); ++i)
            m_categories->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
        m_updating = false;
        emitEdited();
    });
    return w;
}

QWidget* FilterPanel::buildMoreSection()
{
    auto* w = new QWidget(this);
    auto* grid = new QGridLayout(w);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    grid->addWidget(sectionTitle(tr("Routing and origin"), w), 0, 0, 1, 2);

    const ReferenceData& refs = m_store->refs();
    m_department = new QComboBox(w);
    m_department->setObjectName(QStringLiteral("departmentCombo"));
    m_department->addItem(tr("Any department"), -1);
    m_department->addItem(tr("No department yet"), 0);
    for (const Department& d : refs.departments)
        m_department->addItem(QueueModel::displayText(d.name), d.id);
    m_district = new QComboBox(w);
    m_district->setObjectName(QStringLiteral("districtCombo"));
    m_district->addItem(tr("Any district"), -1);
    for (const District& d : refs.districts)
        m_district->addItem(QueueModel::displayText(d.name), d.id);
    m_channel = new QComboBox(w);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->addItem(tr("Any channel"), -1);
    for (Channel c : Labels::channels())
        m_channel->addItem(Labels::label(c), int(c));

    auto label = [w](const QString& text) {
        auto* l = new QLabel(text, w);
        return l;
    };
    grid->addWidget(label(tr("Department")), 1, 0);
    grid->addWidget(m_department, 1, 1);
    grid->addWidget(label(tr("District")), 2, 0);
    grid->addWidget(m_district, 2, 1);
    grid->addWidget(label(tr("Channel")), 3, 0);
    grid->addWidget(m_channel, 3, 1);

    grid->addWidget(sectionTitle(tr("Received"), w), 4, 0, 1, 2);
    auto makeDate = [w](const QString& name) {
        auto* d = new QDateEdit(w);
        d->setObjectName(name);
        d->setCalendarPopup(true);
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(tr("any"));
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        d->setDate(kNoDate);
        return d;
    };
    m_from = makeDate(QStringLiteral("fromDate"));
    m_to = makeDate(QStringLiteral("toDate"));
    grid->addWidget(label(tr("From")), 5, 0);
    grid->addWidget(m_from, 5, 1);
    grid->addWidget(label(tr("To")), 6, 0);
    grid->addWidget(m_to, 6, 1);
    grid->setColumnStretch(1, 1);

    for (QComboBox* c : { m_department, m_district, m_channel })
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                emitEdited();
        });
    for (QDateEdit* d : { m_from, m_to })
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_updating)
                m_searchTimer->start(); // the spin arrows produce a burst of changes
        });
    return w;
}

QWidget* FilterPanel::buildSavedSection()
{
    auto* w = new QWidget(this);
    auto* v = new QVBoxLayout(w);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(3);
    auto* head = new QHBoxLayout;
    head->addWidget(sectionTitle(tr("Saved filters"), w));
    head->addStretch();
    auto* save = linkButton(tr("Save…"), w);
    save->setObjectName(QStringLiteral("saveFilterButton"));
    save->setToolTip(tr("Save the current filter under a name"));
    m_deleteSaved = new QPushButton(tr("Delete"), w);
    m_deleteSaved->setObjectName(QStringLiteral("deleteFilterButton"));
    m_deleteSaved->setFlat(true);
    m_deleteSaved->setEnabled(false);
    m_deleteSaved->setToolTip(tr("Delete the selected saved filter"));
    head->addWidget(save);
    head->addWidget(m_deleteSaved);
    v->addLayout(head);

    m_savedList = new QListWidget(w);
    m_savedList->setObjectName(QStringLiteral("savedFilterList"));
    m_savedList->setItemDelegate(new SavedFilterDelegate(m_savedList));
    m_savedList->setMinimumHeight(60);
    m_savedList->setMaximumHeight(160);
    m_savedList->setUniformItemSizes(true);
    v->addWidget(m_savedList);
    m_savedEmpty
        = new QLabel(tr("None yet. Set up a filter, then save it here (Ctrl+S) to come back to it in one click."), w);
    m_savedEmpty->setObjectName(QStringLiteral("savedFilterHint"));
    m_savedEmpty->setWordWrap(true);
    QPalette hp = m_savedEmpty->palette();
    hp.setColor(QPalette::WindowText, hp.color(QPalette::Disabled, QPalette::WindowText));
    m_savedEmpty->setPalette(hp);
    v->addWidget(m_savedEmpty);

    connect(save, &QToolButton::clicked, this, &FilterPanel::saveCurrentFilter);
    connect(m_deleteSaved, &QPushButton::clicked, this, &FilterPanel::deleteSavedFilter);
    connect(m_savedList, &QListWidget::itemClicked, this, [this](QListWidgetItem* it) {
        applySavedFilter(m_savedList->row(it));
    });
    connect(m_savedList, &QListWidget::itemActivated, this, [this](QListWidgetItem* it) {
        applySavedFilter(m_savedList->row(it));
    });
    connect(
        m_savedList, &QListWidget::currentRowChanged, this, [this](int row) { m_deleteSaved->setEnabled(row >= 0); });
    return w;
}

void FilterPanel::fillCategories()
{
    const ReferenceData& refs = m_store->refs();
    m_updating = true;
    m_categories->clear();
    QHash<int, QTreeWidgetItem*> mains;
    for (const Category& c : refs.categories) {
        if (c.parentId != 0)
            continue;
        auto* item = new QTreeWidgetItem(m_categories, { QueueModel::displayText(c.name) });
        item->setData(0, Qt::UserRole, c.id);
        item->setData(0, Qt::UserRole + 1, foldForSearch(c.name + QLatin1Char(' ') + c.nameFr));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        mains.insert(c.id, item);
    }
    for (const Category& c : refs.categories) {
        QTreeWidgetItem* parent = mains.value(c.parentId);
        if (c.parentId == 0 || !parent)
            continue;
        auto* item = new QTreeWidgetItem(parent, { QueueModel::displayText(c.name) });
        item->setData(0, Qt::UserRole, c.id);
        item->setData(0, Qt::UserRole + 1, foldForSearch(c.name + QLatin1Char(' ') + c.nameFr));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        if (!c.active)
            item->setForeground(0, palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_updating = false;
}

void FilterPanel::filterCategoryTree(const QString& text)
{
    const QStringList words = foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto matches = [&](const QTreeWidgetItem* it) {
        const QString key = it->data(0, Qt::UserRole + 1).toString();
        for (const QString& w : words)
            if (!key.contains(w))
                return false;
        return true;
    };
    for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
        QTreeWidgetItem* main = m_categories->topLevelItem(i);
        const bool mainMatches = matches(main);
        bool anyChild = false;
        for (int j = 0; j < main->childCount(); ++j) {
            QTreeWidgetItem* sub = main->child(j);
            const bool show = mainMatches || matches(sub);
            sub->setHidden(!show);
            anyChild |= show;
        }
        main->setHidden(!mainMatches && !anyChild);
        // While searching, show the hits; otherwise keep the tree compact.
        main->setExpanded(!words.isEmpty() && anyChild && !mainMatches);
    }
}

void FilterPanel::setStatuses(const QList<Status>& statuses)
{
    const bool old = m_updating;
    m_updating = true;
    for (auto it = m_statusChecks.cbegin(); it != m_statusChecks.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key()));
    m_updating = old;
}

void FilterPanel::setFilter(const QueueFilter& f)
{
    m_updating = true;
    m_sortKey = f.sortKey;
    m_sortOrder = f.sortOrder;
    // Compared trimmed: the filter trims, and resetting the box mid-word would eat the space just typed.
    if (m_search->text().trimmed() != f.search.trimmed())
        m_search->setText(f.search);
    setStatuses(f.statuses);
    m_overdue->setChecked(f.overdueOnly);
    for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
        QTreeWidgetItem* main = m_categories->topLevelItem(i);
        const bool mainOn = f.categoryIds.contains(main->data(0, Qt::UserRole).toInt());
        main->setCheckState(0, mainOn ? Qt::Checked : Qt::Unchecked);
        if (!mainOn)
            for (int j = 0; j < main->childCount(); ++j)
                main->child(j)->setCheckState(0,
                    f.categoryIds.contains(main->child(j)->data(0, Qt::UserRole).toInt()) ? Qt::Checked
                                                                                          : Qt::Unchecked);
    }
    auto select = [](QComboBox* c, int value) {
        const int i = c->findData(value);
        c->setCurrentIndex(i >= 0 ? i : 0);
    };
    select(m_department, f.departmentIds.size() == 1 ? f.departmentIds.first() : -1);
    select(m_district, f.districtIds.size() == 1 ? f.districtIds.first() : -1);
    select(m_channel, f.channels.size() == 1 ? int(f.channels.first()) : -1);
    m_from->setDate(f.from.isValid() ? f.from : kNoDate);
    m_to->setDate(f.to.isValid() ? f.to : kNoDate);
    m_savedList->clearSelection();
    if (const SavedFilter* s = savedFilterMatching(f)) {
        for (int i = 0; i < m_saved.size(); ++i)
            if (m_saved.at(i).id == s->id)
                m_savedList->setCurrentRow(i);
    }
    m_updating = false;
}

QueueFilter FilterPanel::filter() const
{
    QueueFilter f;
    f.sortKey = m_sortKey;
    f.sortOrder = m_sortOrder;
    f.search = m_search->text().trimmed();
    for (auto it = m_statusChecks.cbegin(); it != m_statusChecks.cend(); ++it)
        if (it.value()->isChecked())
            f.statuses << it.key();
    f.overdueOnly = m_overdue->isChecked();
    for (int i = 0; i < m_categories->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* main = m_categories->topLevelItem(i);
        if (main->checkState(0) == Qt::Checked) {
            f.categoryIds << main->data(0, Qt::UserRole).toInt(); // stands for all its subcategories
            continue;
        }
        for (int j = 0; j < main->childCount(); ++j)
            if (main->child(j)->checkState(0) == Qt::Checked)
                f.categoryIds << main->child(j)->data(0, Qt::UserRole).toInt();
    }
    if (const int d = m_department->currentData().toInt(); d >= 0)
        f.departmentIds << d;
    if (const int d = m_district->currentData().toInt(); d >= 0)
        f.districtIds << d;
    if (const int c = m_channel->currentData().toInt(); c >= 0)
        f.channels << Channel(c);
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    return f;
}

void FilterPanel::emitEdited()
{
    m_searchTimer->stop();
    m_searchTimer->setInterval(kSearchDebounceMs);
    const QueueFilter f = filter();
    m_savedList->clearSelection();
    if (const SavedFilter* s = savedFilterMatching(f)) {
        for (int i = 0; i < m_saved.size(); ++i)
            if (m_saved.at(i).id == s->id)
                m_savedList->setCurrentRow(i);
    }
    Q_EMIT filterEdited(f);
}

void FilterPanel::setStatusCounts(const QMap<Status, qint64>& counts)
{
    const QLocale locale;
    for (auto it = m_statusCounts.cbegin(); it != m_statusCounts.cend(); ++it)
        it.value()->setText(locale.toString(counts.value(it.key(), 0)));
}

void FilterPanel::setSavedFilterCounts(const QHash<qint64, qint64>& counts)
{
    m_savedCounts = counts;
    for (int i = 0; i < m_savedList->count() && i < m_saved.size(); ++i) {
        const auto it = counts.constFind(m_saved.at(i).id);
        m_savedList->item(i)->setData(CountRole, it != counts.cend() ? QVariant(*it) : QVariant());
    }
}

bool FilterPanel::sameCriteria(const QueueFilter& a, const QueueFilter& b)
{
    QueueFilter x = a;
    QueueFilter y = b;
    x.sortKey = y.sortKey;
    x.sortOrder = y.sortOrder;
    x.search = x.search.trimmed();
    y.search = y.search.trimmed();
    return x == y;
}

const SavedFilter* FilterPanel::savedFilterMatching(const QueueFilter& f) const
{
    for (const SavedFilter& s : m_saved)
        if (sameCriteria(s.filter, f))
            return &s;
    return nullptr;
}

void FilterPanel::reloadSavedFilters()
{
    m_saved = m_store->savedFilters();
    const bool old = m_updating;
    m_updating = true;
    m_savedList->clear();
    for (const SavedFilter& s : std::as_const(m_saved)) {
        auto* item = new QListWidgetItem(QueueModel::displayText(s.name), m_savedList);
        const auto it = m_savedCounts.constFind(s.id);
        if (it != m_savedCounts.cend())
            item->setData(CountRole, *it);
    }
    m_updating = old;
    m_deleteSaved->setEnabled(false);
    m_savedList->setVisible(!m_saved.isEmpty());
    m_savedEmpty->setVisible(m_saved.isEmpty());
    Q_EMIT savedFiltersChanged();
}

void FilterPanel::applySavedFilter(int row)
{
    if (row < 0 || row >= m_saved.size() || m_updating)
        return;
    const QueueFilter f = m_saved.at(row).filter;
    setFilter(f);
    Q_EMIT filterEdited(f);
}

void FilterPanel::saveCurrentFilter()
{
    bool ok = false;
    const SavedFilter* existing = savedFilterMatching(filter());
    const QString name = QInputDialog::getText(this,
        tr("Save filter"),
        tr("Name of this filter:"),
        QLineEdit::Normal,
        existing ? existing->name : QString(),
        &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!m_store->saveFilter(name, filter(), &error)) {
        Q_EMIT failed(error);
        return;
    }
    reloadSavedFilters();
    setFilter(filter());
}

void FilterPanel::deleteSavedFilter()
{
    const int row = m_savedList->currentRow();
    if (row < 0 || row >= m_saved.size())
        return;
    QString error;
    if (!m_store->deleteFilter(m_saved.at(row).id, &error)) {
        Q_EMIT failed(error);
        return;
    }
    reloadSavedFilters();
}

void FilterPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool FilterPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* ke = static_cast<QKeyEvent*>(event);
        if (ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter || ke->key() == Qt::Key_Down) {
            if (m_searchTimer->isActive())
                emitEdited();
            Q_EMIT leaveRequested();
            return true;
        }
        if (ke->key() == Qt::Key_Escape) {
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                emitEdited();
            } else {
                Q_EMIT leaveRequested();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace meldpunt
