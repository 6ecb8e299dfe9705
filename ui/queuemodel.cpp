// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemodel.h"

#include "commands/reportcommands.h"
#include "domain/calendar.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace meldpunt {

namespace {

// Colours that read on both light and dark palettes; the delegate uses the same ones for its chips.
const QColor kOverdueRed(0xc6, 0x28, 0x28);
const QColor kMuted(0x80, 0x86, 0x8d);

/// Marks a change of the model as under way for as long as it lives.
class ChangeGuard final {
public:
    explicit ChangeGuard(bool* flag) : m_flag(flag), m_old(*flag) { *m_flag = true; }
    ~ChangeGuard() { *m_flag = m_old; }
    Q_DISABLE_COPY_MOVE(ChangeGuard)

private:
    bool* m_flag;
    bool m_old;
};

/// Longer text is cut for display: nobody reads 10,000 characters in a cell, and laying them out costs.
constexpr int kDisplayLimit = 400;

} // namespace

QueueModel::QueueModel(ReportStore* store, ReportCommands* commands, QObject* parent)
    : QAbstractTableModel(parent), m_store(store)
{
    if (commands) {
        connect(commands, &ReportCommands::reportsChanged, this, &QueueModel::onReportsChanged);
        connect(commands, &ReportCommands::reportCreated, this, &QueueModel::onReportCreated);
    }
}

void QueueModel::setFilter(const QueueFilter& f)
{
    const ChangeGuard guard(&m_changing);
    beginResetModel();
    m_filter = f;
    m_rows.clear();
    m_rowOfId.clear();
    m_stale.clear();
    m_cursor.reset();
    m_exhausted = false;
    m_lastError.clear();
    // The first page is read at once so that the view (and a test) sees rows right after the reset.
    const QList<QueueRow> page = loadPage();
    m_rows = page;
    reindexFrom(0);
    endResetModel();
    Q_EMIT filterChanged(m_filter);
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

void QueueModel::refresh()
{
    setFilter(m_filter);
}

qint64 QueueModel::reportId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int QueueModel::rowOf(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

const QueueRow* QueueModel::rowData(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool QueueModel::isStale(int row) const
{
    return m_stale.contains(reportId(row));
}

int QueueModel::ensureLoaded(qint64 id, int maxPages)
{
    for (int i = 0; i < maxPages && rowOf(id) < 0 && canFetchMore({}); ++i)
        fetchMore({});
    return rowOf(id);
}

QList<QueueRow> QueueModel::loadPage()
{
    if (m_exhausted)
        return {};
    QString error;
    QList<QueueRow> page = m_store->fetchQueue(m_filter, m_cursor, PageSize, &error);
    if (!error.isEmpty()) {
        m_lastError = error;
        m_exhausted = true; // a broken query would fail again on every scroll
        return {};
    }
    if (page.size() < PageSize)
        m_exhausted = true;
    // The cursor follows the rows as the database sorted them, not as later edits changed them.
    if (!page.isEmpty())
        m_cursor = ReportStore::cursorAfter(m_filter, page.constLast());
    // A report created during the session sits at the top already; do not show it twice.
    if (!m_rowOfId.isEmpty())
        page.removeIf([this](const QueueRow& r) { return m_rowOfId.contains(r.id); });
    return page;
}

void QueueModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).id, i);
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueModel::canFetchMore(const QModelIndex& parent) const
{
    // Listeners of our own signals (views, QAbstractItemModelTester) may ask for more at once; a page
    // inserted while another change is still being announced would be a change inside a change.
    return !parent.isValid() && !m_exhausted && !m_changing;
}

void QueueModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<QueueRow> page = loadPage();
    if (!m_lastError.isEmpty()) {
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    const ChangeGuard guard(&m_changing);
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(page);
    reindexFrom(first);
    endInsertRows();
}

bool QueueModel::isSortable(int column)
{
    return column == ReceivedColumn || column == DueColumn || column == PriorityColumn;
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    QueueFilter f = m_filter;
    f.sortKey = column == DueColumn ? QueueFilter::SortKey::Due
        : column == PriorityColumn  ? QueueFilter::SortKey::Priority
                                    : QueueFilter::SortKey::Received;
    f.sortOrder = order;
    if (f.sortKey == m_filter.sortKey && f.sortOrder == m_filter.sortOrder)
        return;
    setFilter(f);
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString QueueModel::displayText(const QString& text)
{
    QString out = text.size() > kDisplayLimit ? text.left(kDisplayLimit) + QChar(0x2026) : text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\r' || u == u'\t' || u == 0x2028 || u == 0x2029)
            c = QLatin1Char(' ');
        else if (u < 0x20)
            c = QChar(char16_t(0x2400 + u)); // the Control Pictures block: ␀ ␇ ␛ ...
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421)); // ␡
        else if ((u >= 0x80 && u < 0xa0) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069))
            c = QChar(QChar::ReplacementCharacter); // C1 controls and bidi overrides could disguise a cell
    }
    return out;
}

QueueModel::Overdue QueueModel::overdueOf(const QueueRow& r, qint64 now)
{
    if (!StatusRules::isOpen(r.status) || r.dueAt <= 0 || now <= r.dueAt)
        return Overdue::None;
    // "Three times overdue": as long past due again as twice the time it had.
    const qint64 period = std::max<qint64>(r.dueAt - r.receivedAt, 0);
    return now - r.dueAt >= 2 * period ? Overdue::Severe : Overdue::Overdue;
}

QString QueueModel::dueText(const QueueRow& r, qint64 now)
{
    if (!StatusRules::isOpen(r.status)) {
        if (r.resolvedAt > 0) {
            const int days = int(std::max<qint64>(r.resolvedAt - r.receivedAt, 0) / 86400);
            return days == 0 ? tr("done same day") : tr("done in %n d", nullptr, days);
        }
        return QStringLiteral("–");
    }
    if (r.dueAt <= 0)
        return {};
    const qint64 diff = now - r.dueAt;
    if (diff > 0) {
        if (diff >= 86400)
            return tr("%n d overdue", nullptr, int(diff / 86400));
        return tr("%n h overdue", nullptr, int(std::max<qint64>(diff / 3600, 1)));
    }
    const qint64 left = -diff;
    if (left >= 86400)
        return tr("due in %n d", nullptr, int(left / 86400));
    return tr("due in %n h", nullptr, int(std::max<qint64>(left / 3600, 1)));
}

QString QueueModel::receivedText(qint64 secs, qint64 now)
{
    const QTimeZone tz = WorkCalendar::cityTimeZone();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, tz);
    const QDate today = QDateTime::fromSecsSinceEpoch(now, tz).date();
    const QLocale locale;
    const QString time = locale.toString(at.time(), QStringLiteral("HH:mm"));
    if (at.date() == today)
        return tr("today %1").arg(time);
    if (at.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    if (at.date().year() == today.year())
        return locale.toString(at.date(), QStringLiteral("d MMM")) + QLatin1Char(' ') + time;
    return locale.toString(at.date(), QStringLiteral("d MMM yyyy"));
}

QVariant QueueModel::displayData(const QueueRow& r, int column) const
{
    const ReferenceData& refs = m_store->refs();
    switch (column) {
    case RefColumn: return r.ref;
    case ReceivedColumn: return receivedText(r.receivedAt, m_store->now());
    case DueColumn: return dueText(r, m_store->now());
    case CategoryColumn: return displayText(refs.categoryName(r.categoryId));
    case AddressColumn: return displayText(r.address);
    case DistrictColumn: return displayText(refs.districtName(r.districtId));
    case ChannelColumn: return Labels::label(r.channel);
    case StatusColumn: return StatusRules::label(r.status);
    case PriorityColumn: return Labels::label(r.priority);
    case DepartmentColumn: {
        if (r.departmentId != 0)
            return displayText(refs.departmentName(r.departmentId));
        const meldpunt::Category* cat = refs.category(r.categoryId);
        return cat && cat->departmentId ? displayText(refs.departmentName(cat->departmentId)) : QString();
    }
    case AssigneeColumn: return displayText(r.assignee);
    default: break;
    }
    return {};
}

QVariant QueueModel::toolTip(const QueueRow& r, int column, bool stale) const
{
    // Tool tips guess rich text from the content, so citizen text goes in escaped inside explicit markup.
    QString text;
    const QLocale locale;
    const QTimeZone tz = WorkCalendar::cityTimeZone();
    switch (column) {
    case ReceivedColumn:
        text = locale.toString(QDateTime::fromSecsSinceEpoch(r.receivedAt, tz), QLocale::LongFormat);
        break;
    case DueColumn:
        if (r.dueAt > 0)
            text = tr("Due %1").arg(locale.toString(QDateTime::fromSecsSinceEpoch(r.dueAt, tz), QLocale::LongFormat));
        if (overdueOf(r, m_store->now()) == Overdue::Severe)
            text += QLatin1Char('\n') + tr("More than three times its handling time: escalate.");
        break;
    case DepartmentColumn:
        if (r.departmentId == 0) {
            const QString suggested = displayData(r, DepartmentColumn).toString();
            text = suggested.isEmpty()
                ? tr("No department yet; choose one with D.")
                : tr("Suggested: %1. Press Enter to route it there, D to choose another.").arg(suggested);
        }
        break;
    case CategoryColumn:
    case AddressColumn:
    case AssigneeColumn: text = displayData(r, column).toString(); break;
    default: break;
    }
    if (stale)
        text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Changed: no longer matches the filter. It stays here until you refresh (F5).");
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& r = m_rows.at(index.row());
    const int column = index.column();
    const bool stale = m_stale.contains(r.id);
    switch (role) {
    case Qt::DisplayRole: return displayData(r, column);
    case Qt::ToolTipRole: return toolTip(r, column, stale);
    case Qt::ForegroundRole:
        if (stale)
            return QBrush(kMuted);
        if (column == DueColumn) {
            if (overdueOf(r, m_store->now()) != Overdue::None)
                return QBrush(kOverdueRed);
            if (!StatusRules::isOpen(r.status))
                return QBrush(kMuted);
        }
        if (column == DepartmentColumn && r.departmentId == 0)
            return QBrush(kMuted);
        return {};
    case Qt::FontRole: {
        if (column == DueColumn && !stale && overdueOf(r, m_store->now()) == Overdue::Severe) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if ((column == DepartmentColumn && r.departmentId == 0) || stale) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    case Qt::AccessibleTextRole: return displayData(r, column);
    case IdRole: return r.id;
    case StatusRole: return int(r.status);
    case PriorityRole: return int(r.priority);
    case OverdueRole: return int(overdueOf(r, m_store->now()));
    case StaleRole: return stale;
    case SuggestedRole: return column == DepartmentColumn && r.departmentId == 0;
    case RawTextRole:
        switch (column) {
        case AddressColumn: return r.address;
        case AssigneeColumn: return r.assignee;
        default: return displayData(r, column);
        }
    default: break;
    }
    return {};
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RefColumn: return tr("Ref");
        case ReceivedColumn: return tr("Received");
        case DueColumn: return tr("Due");
        case CategoryColumn: return tr("Category");
        case AddressColumn: return tr("Address");
        case DistrictColumn: return tr("District");
        case ChannelColumn: return tr("Channel");
        case StatusColumn: return tr("Status");
        case PriorityColumn: return tr("Priority");
        case DepartmentColumn: return tr("Department");
        case AssigneeColumn: return tr("Assignee");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole && isSortable(section))
        return tr("Click to sort by this column");
    return {};
}

bool QueueModel::stillMatches(const Report& r) const
{
    const qint64 now = m_store->now();
    if (!m_filter.matches(r, now, m_store->refs()))
        return false;
    if (m_filter.search.trimmed().isEmpty())
        return true;
    const std::optional<Citizen> c = r.citizenId ? m_store->citizen(r.citizenId) : std::nullopt;
    return m_filter.matchesSearch(r, c ? c->name : QString());
}

void QueueModel::onReportsChanged(const QList<qint64>& ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue; // not loaded: the next page or refresh reads it fresh
        const std::optional<Report> r = m_store->report(id);
        // The row stays where it is, greyed, when it no longer belongs here: rows must not
        // jump away under the coordinator's keyboard. The next refresh drops it.
        if (!r) {
            m_stale.insert(id);
        } else {
            m_rows[row] = static_cast<const QueueRow&>(*r);
            if (stillMatches(*r))
                m_stale.remove(id);
            else
                m_stale.insert(id);
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void QueueModel::onReportCreated(qint64 id)
{
    if (rowOf(id) >= 0)
        return;
    const std::optional<Report> r = m_store->report(id);
    if (!r || !stillMatches(*r))
        return;
    const ChangeGuard guard(&m_changing);
    beginInsertRows({}, 0, 0);
    m_rows.prepend(static_cast<const QueueRow&>(*r));
    reindexFrom(0);
    endInsertRows();
}

} // namespace meldpunt
