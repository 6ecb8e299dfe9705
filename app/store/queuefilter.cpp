// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/queuefilter.h"

#include "domain/calendar.h"
#include "domain/textfold.h"
#include "geo/areasql.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace meldpunt {

namespace {

/// Splits text into words the way FTS5's unicode61 tokenizer does: letters and digits, folded.
QStringList words(const QString& text)
{
    QStringList out;
    const QString folded = foldForSearch(text);
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

QStringList placeholders(qsizetype n)
{
    return QStringList(n, QStringLiteral("?"));
}

/// "column IN (...)" where 0 stands for NULL (no department, no district), as QueueFilter::matches reads it.
QString idCondition(const QString& column, const QList<int>& ids, QVariantList* binds)
{
    QStringList alts;
    QList<int> real;
    for (int id : ids) {
        if (id == 0)
            alts << column + QStringLiteral(" IS NULL");
        else
            real << id;
    }
    if (!real.isEmpty()) {
        alts << QStringLiteral("%1 IN (%2)").arg(column, placeholders(real.size()).join(QLatin1Char(',')));
        for (int id : real)
            *binds << id;
    }
    return QLatin1Char('(') + alts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QList<int> expandCategories(const QList<int>& ids, const ReferenceData& refs)
{
    QList<int> out;
    for (int id : ids) {
        out << id;
        out << refs.subcategoriesOf(id);
    }
    return out;
}

QJsonArray intArray(const QList<int>& ids)
{
    QJsonArray a;
    for (int id : ids)
        a.append(id);
    return a;
}

QList<int> intList(const QJsonValue& v)
{
    QList<int> out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& x : a)
        out << x.toInt();
    return out;
}

} // namespace

QueueFilter QueueFilter::toDo()
{
    QueueFilter f;
    f.statuses = { Status::New, Status::Triaged };
    return f;
}

QJsonObject QueueFilter::toJson() const
{
    QJsonObject o;
    QJsonArray st;
    for (Status s : statuses)
        st.append(StatusRules::key(s));
    QJsonArray ch;
    for (Channel c : channels)
        ch.append(Labels::key(c));
    o.insert(QStringLiteral("statuses"), st);
    o.insert(QStringLiteral("categories"), intArray(categoryIds));
    o.insert(QStringLiteral("departments"), intArray(departmentIds));
    o.insert(QStringLiteral("districts"), intArray(districtIds));
    o.insert(QStringLiteral("channels"), ch);
    o.insert(QStringLiteral("overdue"), overdueOnly);
    if (from.isValid())
        o.insert(QStringLiteral("from"), from.toString(Qt::ISODate));
    if (to.isValid())
        o.insert(QStringLiteral("to"), to.toString(Qt::ISODate));
    if (!search.isEmpty())
        o.insert(QStringLiteral("search"), search);
    if (!area.isEmpty()) {
        QJsonArray a;
        for (const QPointF& p : area)
            a.append(QJsonArray { p.x(), p.y() });
        o.insert(QStringLiteral("area"), a);
    }
    o.insert(QStringLiteral("sort"), int(sortKey));
    o.insert(QStringLiteral("order"), sortOrder == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    return o;
}

QueueFilter QueueFilter::fromJson(const QJsonObject& o)
{
    QueueFilter f;
    const QJsonArray st = o.value(QStringLiteral("statuses")).toArray();
    for (const QJsonValue& v : st) {
        Status s;
        if (StatusRules::fromKey(v.toString(), &s))
            f.statuses << s;
    }
    const QJsonArray ch = o.value(QStringLiteral("channels")).toArray();
    for (const QJsonValue& v : ch) {
        Channel c;
        if (Labels::fromKey(v.toString(), &c))
            f.channels << c;
    }
    f.categoryIds = intList(o.value(QStringLiteral("categories")));
    f.departmentIds = intList(o.value(QStringLiteral("departments")));
    f.districtIds = intList(o.value(QStringLiteral("districts")));
    f.overdueOnly = o.value(QStringLiteral("overdue")).toBool();
    f.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.search = o.value(QStringLiteral("search")).toString();
    const QJsonArray area = o.value(QStringLiteral("area")).toArray();
    for (const QJsonValue& v : area) {
        const QJsonArray xy = v.toArray();
        if (xy.size() == 2)
            f.area << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }
    const int sort = o.value(QStringLiteral("sort")).toInt();
    if (sort >= int(SortKey::Received) && sort <= int(SortKey::Priority))
        f.sortKey = SortKey(sort);
    f.sortOrder = o.value(QStringLiteral("order")).toString() == QLatin1String("asc") ? Qt::AscendingOrder
                                                                                      : Qt::DescendingOrder;
    return f;
}

bool QueueFilter::operator==(const QueueFilter& other) const
{
    return toJson() == other.toJson();
}

QString QueueFilter::refPrefix(const QString& search)
{
    static const QRegularExpression ref(QStringLiteral("^\\s*[Mm]-(\\d{4})(-\\d*)?\\s*$"));
    const QRegularExpressionMatch m = ref.match(search);
    return m.hasMatch() ? search.trimmed().toUpper() : QString();
}

QString QueueFilter::ftsQuery(const QString& search)
{
    if (!refPrefix(search).isEmpty())
        return {};
    QStringList parts;
    const QStringList ws = words(search);
    for (const QString& w : ws)
        parts << QLatin1Char('"') + w + QStringLiteral("\"*");
    return parts.join(QLatin1Char(' '));
}

qint64 startOfCityDay(QDate d)
{
    return d.startOfDay(WorkCalendar::cityTimeZone()).toSecsSinceEpoch();
}

SqlCondition buildCondition(const QueueFilter& f, qint64 now, const ReferenceData& refs, bool ignoreStatuses)
{
    SqlCondition c;
    QStringList parts;
    if (!ignoreStatuses && !f.statuses.isEmpty()) {
        parts << QStringLiteral("r.status IN (%1)").arg(placeholders(f.statuses.size()).join(QLatin1Char(',')));
        for (Status s : f.statuses)
            c.binds << StatusRules::key(s);
    }
    if (!f.categoryIds.isEmpty()) {
        const QList<int> ids = expandCategories(f.categoryIds, refs);
        parts << QStringLiteral("r.category_id IN (%1)").arg(placeholders(ids.size()).join(QLatin1Char(',')));
        for (int id : ids)
            c.binds << id;
    }
    if (!f.departmentIds.isEmpty())
        parts << idCondition(QStringLiteral("r.department_id"), f.departmentIds, &c.binds);
    if (!f.districtIds.isEmpty())
        parts << idCondition(QStringLiteral("r.district_id"), f.districtIds, &c.binds);
    if (!f.channels.isEmpty()) {
        parts << QStringLiteral("r.channel IN (%1)").arg(placeholders(f.channels.size()).join(QLatin1Char(',')));
        for (Channel ch : f.channels)
            c.binds << Labels::key(ch);
    }
    if (f.overdueOnly) {
        QStringList open;
        for (Status s : StatusRules::all())
            if (StatusRules::isOpen(s))
                open << QLatin1Char('\'') + StatusRules::key(s) + QLatin1Char('\'');
        parts << QStringLiteral("r.status IN (%1) AND r.due_at < ?").arg(open.join(QLatin1Char(',')));
        c.binds << now;
    }
    if (f.from.isValid()) {
        parts << QStringLiteral("r.received_at >= ?");
        c.binds << startOfCityDay(f.from);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("r.received_at < ?");
        c.binds << startOfCityDay(f.to.addDays(1));
    }
    if (!f.area.isEmpty()) {
        // The bounding box narrows by the lat/lon index; the function decides exactly.
        const QRectF b = f.area.boundingRect();
        parts << QStringLiteral(
            "r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ? AND meldpunt_in_area(r.lon, r.lat, ?)");
        c.binds << b.top() << b.bottom() << b.left() << b.right() << encodeArea(f.area);
    }
    const QString ref = QueueFilter::refPrefix(f.search);
    if (!ref.isEmpty()) {
        parts << QStringLiteral("r.ref >= ? AND r.ref < ?");
        c.binds << ref << ref + QChar(0xFFFF);
    }
    const QString fts = QueueFilter::ftsQuery(f.search);
    if (!fts.isEmpty()) {
        parts << QStringLiteral("r.id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)");
        c.binds << fts;
    }
    c.where = parts.isEmpty() ? QStringLiteral("1") : parts.join(QStringLiteral(" AND "));
    return c;
}

bool QueueFilter::matches(const Report& r, qint64 now, const ReferenceData& refs) const
{
    if (!statuses.isEmpty() && !statuses.contains(r.status))
        return false;
    if (!categoryIds.isEmpty() && !expandCategories(categoryIds, refs).contains(r.categoryId))
        return false;
    if (!departmentIds.isEmpty() && !departmentIds.contains(r.departmentId))
        return false;
    if (!districtIds.isEmpty() && !districtIds.contains(r.districtId))
        return false;
    if (!channels.isEmpty() && !channels.contains(r.channel))
        return false;
    if (overdueOnly && !(StatusRules::isOpen(r.status) && r.dueAt < now))
        return false;
    if (from.isValid() && r.receivedAt < startOfCityDay(from))
        return false;
    if (to.isValid() && r.receivedAt >= startOfCityDay(to.addDays(1)))
        return false;
    if (!area.isEmpty() && (!r.hasLocation || !areaContains(area, r.lon, r.lat)))
        return false;
    return true;
}

bool QueueFilter::matchesSearch(const Report& r, const QString& citizenName) const
{
    if (const QString ref = refPrefix(search); !ref.isEmpty())
        return r.ref.startsWith(ref);
    const QStringList wanted = words(search);
    if (wanted.isEmpty())
        return true;
    QStringList have = words(r.ref);
    have << words(r.description) << words(r.address) << words(citizenName);
    for (const QString& w : wanted) {
        bool found = false;
        for (const QString& h : std::as_const(have)) {
            if (h.startsWith(w)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace meldpunt
