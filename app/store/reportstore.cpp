// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/reportstore.h"

#include "domain/calendar.h"
#include "domain/textfold.h"
#include "geo/geoshape.h"
#include "store/database.h"
#include "store/writetransaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace meldpunt {

namespace {

const QString kQueueColumns = QStringLiteral(
    "r.id, r.ref, r.received_at, r.due_at, r.category_id, r.address, r.district_id, r.channel, r.status, "
    "r.priority, r.department_id, r.assignee, r.citizen_id, r.resolved_at");

void readQueueRow(const QSqlQuery& q, QueueRow* row, int offset = 0)
{
    row->id = q.value(offset + 0).toLongLong();
    row->ref = q.value(offset + 1).toString();
    row->receivedAt = q.value(offset + 2).toLongLong();
    row->dueAt = q.value(offset + 3).toLongLong();
    row->categoryId = q.value(offset + 4).toInt();
    row->address = q.value(offset + 5).toString();
    row->districtId = q.value(offset + 6).toInt();
    Labels::fromKey(q.value(offset + 7).toString(), &row->channel);
    StatusRules::fromKey(q.value(offset + 8).toString(), &row->status);
    row->priority = Priority(std::clamp(q.value(offset + 9).toInt(), 0, 3));
    row->departmentId = q.value(offset + 10).toInt();
    row->assignee = q.value(offset + 11).toString();
    row->citizenId = q.value(offset + 12).toLongLong();
    row->resolvedAt = q.value(offset + 13).toLongLong();
}

QString sortExpression(QueueFilter::SortKey key)
{
    switch (key) {
    case QueueFilter::SortKey::Due: return QStringLiteral("r.due_at");
    case QueueFilter::SortKey::Priority: return QStringLiteral("r.priority");
    case QueueFilter::SortKey::Received: break;
    }
    return QStringLiteral("r.received_at");
}

QVariant nullable(qint64 v)
{
    return v == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

QVariant nullableInt(int v)
{
    return v == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(v);
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

ReportStore::ReportStore(Database* db) : m_db(db) {}

qint64 ReportStore::now() const
{
    return m_nowOverride ? m_nowOverride : QDateTime::currentSecsSinceEpoch();
}

QString ReportStore::translateSqlError(const QString& what, const QString& sqlError) const
{
    if (sqlError.contains(QLatin1String("locked"), Qt::CaseInsensitive)
        || sqlError.contains(QLatin1String("busy"), Qt::CaseInsensitive))
        return tr("%1: the database is locked by another program. Nothing was saved; try again in a moment.").arg(what);
    if (sqlError.contains(QLatin1String("readonly"), Qt::CaseInsensitive)
        || sqlError.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return tr("%1: the database is read-only. Nothing was saved.").arg(what);
    return tr("%1: the database refused the change (%2). Nothing was saved.").arg(what, sqlError);
}

ReferenceData ReportStore::loadReferenceData(QString* error) const
{
    ReferenceData refs;
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, code, name, name_fr, email, active FROM department ORDER BY name"))) {
        if (error)
            *error = q.lastError().text();
        return refs;
    }
    while (q.next()) {
        Department d;
        d.id = q.value(0).toInt();
        d.code = q.value(1).toString();
        d.name = q.value(2).toString();
        d.nameFr = q.value(3).toString();
        d.email = q.value(4).toString();
        d.active = q.value(5).toBool();
        refs.departments << d;
    }
    q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), code, name, name_fr, coalesce(department_id, 0), "
                          "sla_days, active FROM category ORDER BY parent_id IS NOT NULL, name"));
    while (q.next()) {
        Category c;
        c.id = q.value(0).toInt();
        c.parentId = q.value(1).toInt();
        c.code = q.value(2).toString();
        c.name = q.value(3).toString();
        c.nameFr = q.value(4).toString();
        c.departmentId = q.value(5).toInt();
        c.slaDays = q.value(6).toInt();
        c.active = q.value(7).toBool();
        refs.categories << c;
    }
    q.exec(QStringLiteral("SELECT id, code, name, polygon FROM district ORDER BY name"));
    while (q.next()) {
        District d;
        d.id = q.value(0).toInt();
        d.code = q.value(1).toString();
        d.name = q.value(2).toString();
        // Polygons with holes and multipolygons (imported municipalities) become one fill-rule polygon.
        d.polygon = GeoShape::fromStoredText(q.value(3).toString()).flattened();
        refs.districts << d;
    }
    refs.reindex();
    return refs;
}

const ReferenceData& ReportStore::refs() const
{
    if (!m_refs)
        m_refs = loadReferenceData();
    return *m_refs;
}

void ReportStore::reloadReferenceData()
{
    m_refs = loadReferenceData();
}

QList<QueueRow> ReportStore::fetchQueue(
    const QueueFilter& f, const std::optional<QueueCursor>& after, int limit, QString* error) const
{
    const bool desc = f.sortOrder == Qt::DescendingOrder;
    const QString dir = desc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString fts = QueueFilter::ftsQuery(f.search);
    QString sql;
    QVariantList binds;
    if (!fts.isEmpty() && f.sortKey == QueueFilter::SortKey::Received) {
        // A common word matches most of the city: materialising every match and sorting it would take
        // hundreds of milliseconds. Walking the full-text index in rowid order streams the newest first and
        // stops at the page size. Search results are therefore in order of arrival (report id), which is
        // the order of reception for every report this desk received itself.
        QueueFilter rest = f;
        rest.search.clear();
        const SqlCondition c = buildCondition(rest, now(), refs());
        // Streaming stops early only when matches are dense. With the to-do view (a few thousand open
        // reports) and a word that is not everywhere, it is cheaper to walk the open reports by their
        // status index and check each against the word's matches. Both plans order by id.
        bool openOnly = !f.statuses.isEmpty();
        for (Status st : f.statuses)
            openOnly = openOnly && StatusRules::isOpen(st);
        bool viaStatus = false;
        if (openOnly) {
            constexpr int kDenseMatches = 100000;
            QSqlQuery probe(m_db->connection());
            probe.prepare(
                QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM report_fts WHERE report_fts MATCH ? LIMIT ?)"));
            probe.addBindValue(fts);
            probe.addBindValue(kDenseMatches);
            viaStatus = probe.exec() && probe.next() && probe.value(0).toInt() < kDenseMatches;
        }
        const QString key = viaStatus ? QStringLiteral("r.id") : QStringLiteral("f.rowid");
        if (viaStatus)
            sql = QStringLiteral("SELECT %1 FROM report r INDEXED BY report_status WHERE r.id IN "
                                 "(SELECT rowid FROM report_fts WHERE report_fts MATCH ?) AND %2")
                      .arg(kQueueColumns, c.where);
        else
            sql = QStringLiteral(
                "SELECT %1 FROM report_fts f JOIN report r ON r.id = f.rowid WHERE report_fts MATCH ? AND %2")
                      .arg(kQueueColumns, c.where);
        binds << fts << c.binds;
        if (after) {
            sql += QStringLiteral(" AND %1 %2 ?").arg(key, desc ? QStringLiteral("<") : QStringLiteral(">"));
            binds << after->id;
        }
        sql += QStringLiteral(" ORDER BY %1 %2 LIMIT ?").arg(key, dir);
    } else {
        const SqlCondition c = buildCondition(f, now(), refs());
        const QString expr = sortExpression(f.sortKey);
        sql = QStringLiteral("SELECT %1 FROM report r WHERE %2").arg(kQueueColumns, c.where);
        binds = c.binds;
        if (after) {
            sql += QStringLiteral(" AND (%1, r.id) %2 (?, ?)")
                       .arg(expr, desc ? QStringLiteral("<") : QStringLiteral(">"));
            binds << after->sortValue << after->id;
        }
        sql += QStringLiteral(" ORDER BY %1 %2, r.id %2 LIMIT ?").arg(expr, dir);
    }
    binds << limit;

    QList<QueueRow> rows;
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = translateSqlError(tr("Loading the queue"), q.lastError().text());
        return rows;
    }
    rows.reserve(limit);
    while (q.next()) {
        QueueRow row;
        readQueueRow(q, &row);
        rows << row;
    }
    return rows;
}

QueueCursor ReportStore::cursorAfter(const QueueFilter& f, const QueueRow& last)
{
    switch (f.sortKey) {
    case QueueFilter::SortKey::Due: return { last.dueAt, last.id };
    case QueueFilter::SortKey::Priority: return { qint64(last.priority), last.id };
    case QueueFilter::SortKey::Received: break;
    }
    return { last.receivedAt, last.id };
}

qint64 ReportStore::count(const QueueFilter& f, QString* error) const
{
    const SqlCondition c = buildCondition(f, now(), refs());
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM report r WHERE ") + c.where);
    for (const QVariant& v : c.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = translateSqlError(tr("Counting reports"), q.lastError().text());
        return -1;
    }
    return q.value(0).toLongLong();
}

QMap<Status, qint64> ReportStore::statusCounts(const QueueFilter& f, QString* error) const
{
    QMap<Status, qint64> out;
    const SqlCondition c = buildCondition(f, now(), refs(), true);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT r.status, count(*) FROM report r WHERE %1 GROUP BY r.status").arg(c.where));
    for (const QVariant& v : c.binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = translateSqlError(tr("Counting reports"), q.lastError().text());
        return out;
    }
    while (q.next()) {
        Status s;
        if (StatusRules::fromKey(q.value(0).toString(), &s))
            out.insert(s, q.value(1).toLongLong());
    }
    return out;
}

namespace {
const QString kReportColumns = QStringLiteral(
    ", r.uuid, r.description, coalesce(r.street, ''), coalesce(r.house_number, ''), r.lat, r.lon, r.reply_channel, "
    "r.closed_at, r.duplicate_of, r.version, r.updated_at, r.updated_by");

Report readReport(const QSqlQuery& q)
{
    Report r;
    readQueueRow(q, &r);
    r.uuid = q.value(14).toString();
    r.description = q.value(15).toString();
    r.street = q.value(16).toString();
    r.houseNumber = q.value(17).toString();
    r.hasLocation = !q.value(18).isNull() && !q.value(19).isNull();
    r.lat = q.value(18).toDouble();
    r.lon = q.value(19).toDouble();
    Labels::fromKey(q.value(20).toString(), &r.replyChannel);
    r.closedAt = q.value(21).toLongLong();
    r.duplicateOf = q.value(22).toLongLong();
    r.version = q.value(23).toInt();
    r.updatedAt = q.value(24).toLongLong();
    r.updatedBy = q.value(25).toString();
    return r;
}
} // namespace

std::optional<Report> ReportStore::report(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1%2 FROM report r WHERE r.id = ?").arg(kQueueColumns, kReportColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readReport(q);
}

std::optional<Report> ReportStore::reportByRef(const QString& ref) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1%2 FROM report r WHERE r.ref = ?").arg(kQueueColumns, kReportColumns));
    q.addBindValue(ref.trimmed().toUpper());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readReport(q);
}

namespace {
const QString kCitizenColumns = QStringLiteral(
    "id, uuid, name, coalesce(address, ''), coalesce(postcode, ''), coalesce(municipality, ''), coalesce(email, ''), "
    "coalesce(phone, ''), reply_channel, consent, anonymized_at IS NOT NULL");

Citizen readCitizen(const QSqlQuery& q)
{
    Citizen c;
    c.id = q.value(0).toLongLong();
    c.uuid = q.value(1).toString();
    c.name = q.value(2).toString();
    c.address = q.value(3).toString();
    c.postcode = q.value(4).toString();
    c.municipality = q.value(5).toString();
    c.email = q.value(6).toString();
    c.phone = q.value(7).toString();
    Labels::fromKey(q.value(8).toString(), &c.replyChannel);
    c.consent = q.value(9).toBool();
    c.anonymized = q.value(10).toBool();
    return c;
}

QString citizenSearchKey(const Citizen& c)
{
    return meldpunt::citizenSearchKey(c.name, c.email, c.phone);
}
} // namespace

std::optional<Citizen> ReportStore::citizen(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM citizen WHERE id = ?").arg(kCitizenColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readCitizen(q);
}

QList<QueueRow> ReportStore::reportsOfCitizen(qint64 citizenId, qint64 excludeId, int limit) const
{
    QList<QueueRow> rows;
    if (citizenId == 0)
        return rows;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM report r WHERE r.citizen_id = ? AND r.id != ? "
                             "ORDER BY r.received_at DESC LIMIT ?")
                  .arg(kQueueColumns));
    q.addBindValue(citizenId);
    q.addBindValue(excludeId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next()) {
            QueueRow row;
            readQueueRow(q, &row);
            rows << row;
        }
    }
    return rows;
}

QList<ReportEvent> ReportStore::history(qint64 reportId) const
{
    QList<ReportEvent> out;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT id, at, actor, kind, payload FROM report_event WHERE report_id = ? ORDER BY at, id"));
    q.addBindValue(reportId);
    if (q.exec()) {
        while (q.next()) {
            ReportEvent e;
            e.id = q.value(0).toLongLong();
            e.reportId = reportId;
            e.at = q.value(1).toLongLong();
            e.actor = q.value(2).toString();
            e.kind = q.value(3).toString();
            e.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            out << e;
        }
    }
    return out;
}

QList<Citizen> ReportStore::followers(qint64 reportId) const
{
    QList<Citizen> out;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral(
        "SELECT %1 FROM citizen WHERE id IN (SELECT citizen_id FROM report_follower WHERE report_id = ?) "
        "ORDER BY name")
                  .arg(kCitizenColumns));
    q.addBindValue(reportId);
    if (q.exec())
        while (q.next())
            out << readCitizen(q);
    return out;
}

QList<NearbyReport> ReportStore::duplicateCandidates(qint64 reportId, double meters, int weeks) const
{
    QList<NearbyReport> out;
    const std::optional<Report> r = report(reportId);
    if (!r || !r->hasLocation)
        return out;
    const double dLat = meters / 111320.0;
    const double dLon = meters / (111320.0 * std::max(0.01, std::cos(r->lat * M_PI / 180.0)));
    const qint64 window = qint64(weeks) * 7 * 24 * 3600;
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT %1, r.lat, r.lon FROM report r WHERE r.lat BETWEEN ? AND ? AND r.lon BETWEEN ? AND ? "
                       "AND r.category_id = ? AND r.id != ? AND r.received_at BETWEEN ? AND ? "
                       "ORDER BY r.received_at DESC")
            .arg(kQueueColumns));
    q.addBindValue(r->lat - dLat);
    q.addBindValue(r->lat + dLat);
    q.addBindValue(r->lon - dLon);
    q.addBindValue(r->lon + dLon);
    q.addBindValue(r->categoryId);
    q.addBindValue(reportId);
    q.addBindValue(r->receivedAt - window);
    q.addBindValue(r->receivedAt + window);
    if (!q.exec())
        return out;
    while (q.next()) {
        NearbyReport n;
        readQueueRow(q, &n.row);
        n.distanceMeters = distanceMeters(r->lat, r->lon, q.value(14).toDouble(), q.value(15).toDouble());
        if (n.distanceMeters <= meters)
            out << n;
    }
    std::stable_sort(out.begin(), out.end(), [](const NearbyReport& a, const NearbyReport& b) {
        return a.distanceMeters < b.distanceMeters;
    });
    return out;
}

std::optional<ReportState> ReportStore::state(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("SELECT category_id, coalesce(department_id, 0), priority, status, coalesce(assignee, ''), "
                       "due_at, coalesce(resolved_at, 0), coalesce(closed_at, 0), coalesce(duplicate_of, 0) "
                       "FROM report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    ReportState s;
    s.id = id;
    s.categoryId = q.value(0).toInt();
    s.departmentId = q.value(1).toInt();
    s.priority = Priority(std::clamp(q.value(2).toInt(), 0, 3));
    StatusRules::fromKey(q.value(3).toString(), &s.status);
    s.assignee = q.value(4).toString();
    s.dueAt = q.value(5).toLongLong();
    s.resolvedAt = q.value(6).toLongLong();
    s.closedAt = q.value(7).toLongLong();
    s.duplicateOf = q.value(8).toLongLong();
    return s;
}

namespace {

bool writeState(QSqlDatabase& db, const ReportState& s, qint64 now, const QString& actor, QString* error)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE report SET category_id = ?, department_id = ?, priority = ?, status = ?, assignee = ?, "
                       "due_at = ?, resolved_at = ?, closed_at = ?, duplicate_of = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE id = ?"));
    q.addBindValue(s.categoryId);
    q.addBindValue(nullableInt(s.departmentId));
    q.addBindValue(int(s.priority));
    q.addBindValue(StatusRules::key(s.status));
    q.addBindValue(s.assignee.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.assignee));
    q.addBindValue(s.dueAt);
    q.addBindValue(nullable(s.resolvedAt));
    q.addBindValue(nullable(s.closedAt));
    q.addBindValue(nullable(s.duplicateOf));
    q.addBindValue(now);
    q.addBindValue(actor);
    q.addBindValue(s.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool writeEvent(QSqlDatabase& db, qint64 reportId, qint64 at, const QString& actor, const QString& kind,
    const QJsonObject& payload, QString* error, qint64* eventId = nullptr)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO report_event (report_id, at, actor, kind, payload) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(at);
    q.addBindValue(actor);
    q.addBindValue(kind);
    q.addBindValue(json(payload));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (eventId)
        *eventId = q.lastInsertId().toLongLong();
    return true;
}

QJsonObject fromTo(const QJsonValue& from, const QJsonValue& to)
{
    return QJsonObject { { QStringLiteral("from"), from }, { QStringLiteral("to"), to } };
}

} // namespace

ChangeResult ReportStore::apply(const QList<qint64>& ids, const TriageChange& change)
{
    ChangeResult result;
    const QString what
        = ids.size() == 1 ? tr("Changing the report") : tr("Changing %n reports", nullptr, int(ids.size()));
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.ok()) {
        result.error = translateSqlError(what, tx.error());
        return result;
    }
    const qint64 t = now();
    QStringList refused;
    for (qint64 id : ids) {
        const std::optional<ReportState> before = state(id);
        if (!before) {
            result.error = tr("%1: report %2 no longer exists.").arg(what).arg(id);
            return result;
        }
        ReportState after = *before;
        QList<QPair<QString, QJsonObject>> events;
        if (change.categoryId && *change.categoryId != before->categoryId) {
            const Category* cat = refs().category(*change.categoryId);
            if (!cat || cat->parentId == 0) {
                result.error = tr("%1: choose a subcategory, not a main category.").arg(what);
                return result;
            }
            QSqlQuery rq(db);
            rq.prepare(QStringLiteral("SELECT received_at FROM report WHERE id = ?"));
            rq.addBindValue(id);
            if (rq.exec() && rq.next()) {
                const QDateTime received = QDateTime::fromSecsSinceEpoch(rq.value(0).toLongLong(), Qt::UTC);
                after.dueAt = WorkCalendar::dueAt(received, cat->slaDays).toSecsSinceEpoch();
            }
            after.categoryId = cat->id;
            events << qMakePair(QStringLiteral("category"), fromTo(before->categoryId, cat->id));
        }
        if (change.departmentId && *change.departmentId != before->departmentId) {
            if (*change.departmentId != 0 && !refs().department(*change.departmentId)) {
                result.error = tr("%1: unknown department.").arg(what);
                return result;
            }
            after.departmentId = *change.departmentId;
            events << qMakePair(QStringLiteral("routed"), fromTo(before->departmentId, after.departmentId));
        }
        if (change.departmentId && change.assignWhenRouted && after.departmentId != 0
            && (before->status == Status::New || before->status == Status::Triaged))
            after.status = Status::Assigned;
        if (change.status && *change.status != before->status) {
            if (!StatusRules::canTransition(before->status, *change.status)) {
                QSqlQuery rq(db);
                rq.prepare(QStringLiteral("SELECT ref FROM report WHERE id = ?"));
                rq.addBindValue(id);
                const QString ref = rq.exec() && rq.next() ? rq.value(0).toString() : QString::number(id);
                refused << QStringLiteral("%1: %2").arg(ref, StatusRules::refusal(before->status, *change.status));
                continue;
            }
            if (*change.status == Status::Duplicate) {
                result.error = tr("%1: use “mark as duplicate” to say which report it duplicates.").arg(what);
                return result;
            }
            after.status = *change.status;
        }
        if (after.status != before->status) {
            if (after.status == Status::Resolved)
                after.resolvedAt = t;
            if (after.status == Status::Closed) {
                after.closedAt = t;
                if (after.resolvedAt == 0)
                    after.resolvedAt = t;
            }
            if (StatusRules::isOpen(after.status)) {
                after.resolvedAt = 0;
                after.closedAt = 0;
            }
            if (before->status == Status::Duplicate)
                after.duplicateOf = 0;
            events << qMakePair(
                QStringLiteral("status"), fromTo(StatusRules::key(before->status), StatusRules::key(after.status)));
        }
        if (change.priority && *change.priority != before->priority) {
            after.priority = *change.priority;
            events << qMakePair(QStringLiteral("priority"), fromTo(int(before->priority), int(after.priority)));
        }
        if (change.assignee && *change.assignee != before->assignee) {
            after.assignee = change.assignee->trimmed();
            events << qMakePair(QStringLiteral("assignee"), fromTo(before->assignee, after.assignee));
        }
        if (events.isEmpty())
            continue;
        QString err;
        if (!writeState(db, after, t, m_actor, &err)) {
            result.error = translateSqlError(what, err);
            return result;
        }
        for (const auto& e : std::as_const(events)) {
            if (!writeEvent(db, id, t, m_actor, e.first, e.second, &err)) {
                result.error = translateSqlError(what, err);
                return result;
            }
        }
        if (before->status == Status::Duplicate && after.status != Status::Duplicate && before->duplicateOf != 0) {
            // No longer a duplicate: its citizen stops following the original (as unmarkDuplicate does).
            QSqlQuery fq(db);
            fq.prepare(QStringLiteral("DELETE FROM report_follower WHERE report_id = ? AND via_report_id = ?"));
            fq.addBindValue(before->duplicateOf);
            fq.addBindValue(id);
            if (!fq.exec()
                || !writeEvent(db,
                    before->duplicateOf,
                    t,
                    m_actor,
                    QStringLiteral("unmerged"),
                    QJsonObject { { QStringLiteral("from_id"), id } },
                    &err)) {
                result.error = translateSqlError(what, err.isEmpty() ? fq.lastError().text() : err);
                return result;
            }
        }
        result.before << *before;
    }
    if (!refused.isEmpty()) {
        result.error = tr("Nothing was changed. %1").arg(refused.join(QLatin1Char('\n')));
        result.before.clear();
        return result;
    }
    if (!tx.commit()) {
        result.error = translateSqlError(what, tx.error());
        result.before.clear();
        return result;
    }
    result.ok = true;
    return result;
}

ChangeResult ReportStore::restore(const QList<ReportState>& states)
{
    ChangeResult result;
    const QString what = tr("Undoing the change");
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.ok()) {
        result.error = translateSqlError(what, tx.error());
        return result;
    }
    const qint64 t = now();
    for (const ReportState& s : states) {
        const std::optional<ReportState> current = state(s.id);
        if (!current) {
            result.error = tr("%1: report %2 no longer exists.").arg(what).arg(s.id);
            return result;
        }
        QString err;
        QJsonObject payload;
        if (current->status != s.status)
            payload.insert(
                QStringLiteral("status"), fromTo(StatusRules::key(current->status), StatusRules::key(s.status)));
        if (current->departmentId != s.departmentId)
            payload.insert(QStringLiteral("department_id"), fromTo(current->departmentId, s.departmentId));
        if (current->categoryId != s.categoryId)
            payload.insert(QStringLiteral("category_id"), fromTo(current->categoryId, s.categoryId));
        if (current->priority != s.priority)
            payload.insert(QStringLiteral("priority"), fromTo(int(current->priority), int(s.priority)));
        if (current->assignee != s.assignee)
            payload.insert(QStringLiteral("assignee"), fromTo(current->assignee, s.assignee));
        if (!writeState(db, s, t, m_actor, &err)
            || !writeEvent(db, s.id, t, m_actor, QStringLiteral("reverted"), payload, &err)) {
            result.error = translateSqlError(what, err);
            return result;
        }
        if (s.status == Status::Duplicate && s.duplicateOf != 0 && current->status != Status::Duplicate) {
            // Back to being a duplicate: its citizen follows the original again.
            QSqlQuery fq(db);
            fq.prepare(
                QStringLiteral("INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) "
                               "SELECT o.id, d.citizen_id, d.id FROM report d, report o WHERE d.id = ? AND o.id = ? "
                               "AND d.citizen_id IS NOT NULL AND d.citizen_id IS NOT o.citizen_id"));
            fq.addBindValue(s.id);
            fq.addBindValue(s.duplicateOf);
            if (!fq.exec()) {
                result.error = translateSqlError(what, fq.lastError().text());
                return result;
            }
        }
        result.before << *current;
    }
    if (!tx.commit()) {
        result.error = translateSqlError(what, tx.error());
        result.before.clear();
        return result;
    }
    result.ok = true;
    return result;
}

ChangeResult ReportStore::markDuplicate(qint64 duplicateId, qint64 originalId)
{
    ChangeResult result;
    const QString what = tr("Marking as duplicate");
    const std::optional<Report> dup = report(duplicateId);
    const std::optional<Report> orig = report(originalId);
    if (!dup || !orig) {
        result.error = tr("%1: the report does not exist.").arg(what);
        return result;
    }
    if (duplicateId == originalId) {
        result.error = tr("%1: a report cannot duplicate itself.").arg(what);
        return result;
    }
    if (orig->status == Status::Duplicate) {
        const std::optional<Report> root = report(orig->duplicateOf);
        result.error = tr("%1: %2 is itself a duplicate of %3; merge into %3 instead.")
                           .arg(what, orig->ref, root ? root->ref : QString());
        return result;
    }
    if (!StatusRules::canTransition(dup->status, Status::Duplicate)) {
        result.error = QStringLiteral("%1: %2").arg(what, StatusRules::refusal(dup->status, Status::Duplicate));
        return result;
    }
    {
        // Its own duplicates would point at a duplicate: the chain the check above refuses for the original.
        QSqlQuery dq(m_db->connection());
        dq.prepare(QStringLiteral("SELECT ref FROM report WHERE duplicate_of = ? LIMIT 1"));
        dq.addBindValue(duplicateId);
        if (dq.exec() && dq.next()) {
            result.error = tr("%1: %2 has duplicates of its own (%3); mark %4 as a duplicate of %2 instead, "
                              "or undo those merges first.")
                               .arg(what, dup->ref, dq.value(0).toString(), orig->ref);
            return result;
        }
    }
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.ok()) {
        result.error = translateSqlError(what, tx.error());
        return result;
    }
    const qint64 t = now();
    const ReportState before = *state(duplicateId);
    ReportState after = before;
    after.status = Status::Duplicate;
    after.duplicateOf = originalId;
    QString err;
    bool ok = writeState(db, after, t, m_actor, &err);
    // The duplicate's citizen and its followers now hear about the original.
    QSqlQuery q(db);
    if (ok && dup->citizenId != 0 && dup->citizenId != orig->citizenId) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) VALUES (?, ?, ?)"));
        q.addBindValue(originalId);
        q.addBindValue(dup->citizenId);
        q.addBindValue(duplicateId);
        ok = q.exec();
        if (!ok)
            err = q.lastError().text();
    }
    if (ok) {
        q.prepare(
            QStringLiteral("INSERT OR IGNORE INTO report_follower (report_id, citizen_id, via_report_id) "
                           "SELECT ?, citizen_id, ? FROM report_follower WHERE report_id = ? AND citizen_id != ?"));
        q.addBindValue(originalId);
        q.addBindValue(duplicateId);
        q.addBindValue(duplicateId);
        q.addBindValue(orig->citizenId);
        ok = q.exec();
        if (!ok)
            err = q.lastError().text();
    }
    ok = ok
        && writeEvent(db,
            duplicateId,
            t,
            m_actor,
            QStringLiteral("merged"),
            QJsonObject { { QStringLiteral("into"), orig->ref },
                { QStringLiteral("into_id"), originalId },
                { QStringLiteral("from_status"), StatusRules::key(dup->status) } },
            &err)
        && writeEvent(db,
            originalId,
            t,
            m_actor,
            QStringLiteral("merged_in"),
            QJsonObject { { QStringLiteral("from"), dup->ref },
                { QStringLiteral("from_id"), duplicateId },
                { QStringLiteral("citizen_id"), dup->citizenId } },
            &err);
    if (!ok || !tx.commit()) {
        result.error = translateSqlError(what, ok ? tx.error() : err);
        return result;
    }
    result.ok = true;
    result.before << before;
    return result;
}

ChangeResult ReportStore::unmarkDuplicate(const ReportState& before, qint64 originalId)
{
    ChangeResult result;
    const QString what = tr("Undoing the merge");
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.ok()) {
        result.error = translateSqlError(what, tx.error());
        return result;
    }
    const qint64 t = now();
    QString err;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM report_follower WHERE report_id = ? AND via_report_id = ?"));
    q.addBindValue(originalId);
    q.addBindValue(before.id);
    bool ok = q.exec();
    if (!ok)
        err = q.lastError().text();
    ok = ok && writeState(db, before, t, m_actor, &err)
        && writeEvent(db,
            before.id,
            t,
            m_actor,
            QStringLiteral("reverted"),
            QJsonObject { { QStringLiteral("unmerged_from_id"), originalId },
                { QStringLiteral("status"), fromTo(QStringLiteral("duplicate"), StatusRules::key(before.status)) } },
            &err)
        && writeEvent(db,
            originalId,
            t,
            m_actor,
            QStringLiteral("unmerged"),
            QJsonObject { { QStringLiteral("from_id"), before.id } },
            &err);
    if (!ok || !tx.commit()) {
        result.error = translateSqlError(what, ok ? tx.error() : err);
        return result;
    }
    result.ok = true;
    return result;
}

qint64 ReportStore::addNote(qint64 reportId, const QString& text, QString* error)
{
    const QString what = tr("Adding the note");
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("%1: the note is empty.").arg(what);
        return 0;
    }
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    QString err = tx.error();
    qint64 eventId = 0;
    if (tx.ok()
        && writeEvent(db,
            reportId,
            now(),
            m_actor,
            QStringLiteral("note"),
            QJsonObject { { QStringLiteral("text"), text } },
            &err,
            &eventId)
        && tx.commit())
        return eventId;
    if (error)
        *error = translateSqlError(what, err.isEmpty() ? tx.error() : err);
    return 0;
}

bool ReportStore::retractNote(qint64 reportId, qint64 eventId, QString* error)
{
    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    QString err = tx.error();
    if (tx.ok()
        && writeEvent(db,
            reportId,
            now(),
            m_actor,
            QStringLiteral("note_retracted"),
            QJsonObject { { QStringLiteral("event_id"), eventId } },
            &err)
        && tx.commit())
        return true;
    if (error)
        *error = translateSqlError(tr("Removing the note"), err.isEmpty() ? tx.error() : err);
    return false;
}

qint64 ReportStore::createReport(const NewReport& n, QString* error)
{
    const QString what = tr("Saving the report");
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return qint64(0);
    };
    const Category* cat = refs().category(n.categoryId);
    if (!cat || cat->parentId == 0)
        return fail(tr("%1: choose a category (main › sub).").arg(what));
    if (n.lat.has_value() != n.lon.has_value())
        return fail(tr("%1: a location needs both latitude and longitude.").arg(what));
    if (n.lat
        && (!std::isfinite(*n.lat) || *n.lat < -90 || *n.lat > 90 || !std::isfinite(*n.lon) || *n.lon < -180
            || *n.lon > 180))
        return fail(tr("%1: the coordinates %2, %3 are out of range (latitude −90…90, longitude −180…180).")
                        .arg(what)
                        .arg(*n.lat)
                        .arg(*n.lon));
    if (n.description.trimmed().isEmpty() && n.address.trimmed().isEmpty())
        return fail(tr("%1: describe the problem or give an address.").arg(what));

    QSqlDatabase db = m_db->connection();
    WriteTransaction tx(db);
    if (!tx.ok())
        return fail(translateSqlError(what, tx.error()));
    const qint64 t = now();
    const QDateTime received = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    const int year = received.toTimeZone(WorkCalendar::cityTimeZone()).date().year();
    const QString prefix = QStringLiteral("M-%1-").arg(year);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ref FROM report WHERE ref >= ? AND ref < ? ORDER BY ref DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(QStringLiteral("M-%1.").arg(year));
    qint64 number = 1;
    if (q.exec() && q.next())
        number = q.value(0).toString().mid(prefix.size()).toLongLong() + 1;
    const QString ref = prefix + QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0'));
    const qint64 due = WorkCalendar::dueAt(received, cat->slaDays).toSecsSinceEpoch();
    int district = n.districtId;
    if (district == 0 && n.lat)
        district = refs().districtAt(*n.lat, *n.lon);

    q.prepare(QStringLiteral(
        "INSERT INTO report (uuid, ref, received_at, channel, category_id, description, address, street, house_number, "
        "district_id, lat, lon, citizen_id, reply_channel, status, priority, department_id, due_at, version, revision, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', ?, NULL, ?, 1, 0, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(ref);
    q.addBindValue(t);
    q.addBindValue(Labels::key(n.channel));
    q.addBindValue(cat->id);
    // The columns are NOT NULL; an untouched field of the form arrives as a null QString.
    q.addBindValue(n.description.isNull() ? QStringLiteral("") : n.description);
    q.addBindValue(n.address.isNull() ? QStringLiteral("") : n.address);
    q.addBindValue(n.street.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(n.street));
    q.addBindValue(n.houseNumber.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(n.houseNumber));
    q.addBindValue(nullableInt(district));
    q.addBindValue(n.lat ? QVariant(*n.lat) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(n.lon ? QVariant(*n.lon) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(nullable(n.citizenId));
    q.addBindValue(Labels::key(n.citizenId ? n.replyChannel : ReplyChannel::None));
    q.addBindValue(int(n.priority));
    q.addBindValue(due);
    q.addBindValue(t);
    q.addBindValue(m_actor);
    if (!q.exec())
        return fail(translateSqlError(what, q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    QString err;
    if (!writeEvent(db,
            id,
            t,
            m_actor,
            QStringLiteral("created"),
            QJsonObject { { QStringLiteral("channel"), Labels::key(n.channel) }, { QStringLiteral("ref"), ref } },
            &err))
        return fail(translateSqlError(what, err));
    if (!tx.commit())
        return fail(translateSqlError(what, tx.error()));
    return id;
}

QList<AddressHit> ReportStore::searchAddresses(const QString& text, int limit) const
{
    QList<AddressHit> out;
    const QString key = foldForSearch(text).trimmed();
    if (key.isEmpty())
        return out;
    auto run = [&](const QString& where, const QVariantList& binds) {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral(
            "SELECT id, street, house_number, postcode, municipality, lat, lon, coalesce(district_id, 0) "
            "FROM address WHERE %1 LIMIT ?")
                      .arg(where));
        for (const QVariant& v : binds)
            q.addBindValue(v);
        q.addBindValue(limit * 5);
        if (!q.exec())
            return;
        while (q.next() && out.size() < limit * 5) {
            AddressHit a;
            a.id = q.value(0).toLongLong();
            if (std::any_of(out.cbegin(), out.cend(), [&](const AddressHit& h) { return h.id == a.id; }))
                continue;
            a.street = q.value(1).toString();
            a.houseNumber = q.value(2).toString();
            a.postcode = q.value(3).toString();
            a.municipality = q.value(4).toString();
            a.lat = q.value(5).toDouble();
            a.lon = q.value(6).toDouble();
            a.districtId = q.value(7).toInt();
            out << a;
        }
    };
    // A prefix of "street number" first (uses the index), then anywhere in the name.
    run(QStringLiteral("search_key >= ? AND search_key < ?"), { key, key + QChar(0xFFFF) });
    if (out.size() < limit) {
        QString escaped = key;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        run(QStringLiteral("search_key LIKE ? ESCAPE '\\'"), { QLatin1Char('%') + escaped + QLatin1Char('%') });
    }
    const auto numberOf
        = [](const QString& s) { return s.section(QRegularExpression(QStringLiteral("[^0-9]")), 0, 0).toInt(); };
    std::stable_sort(out.begin(), out.end(), [&](const AddressHit& a, const AddressHit& b) {
        const bool aPrefix = foldForSearch(a.street + QLatin1Char(' ') + a.houseNumber).startsWith(key);
        const bool bPrefix = foldForSearch(b.street + QLatin1Char(' ') + b.houseNumber).startsWith(key);
        if (aPrefix != bPrefix)
            return aPrefix;
        if (a.street != b.street)
            return a.street.localeAwareCompare(b.street) < 0;
        const int na = numberOf(a.houseNumber);
        const int nb = numberOf(b.houseNumber);
        if (na != nb)
            return na < nb;
        return a.houseNumber < b.houseNumber;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QList<Citizen> ReportStore::searchCitizens(const QString& text, int limit) const
{
    QList<Citizen> out;
    QString key = foldForSearch(text).trimmed();
    if (key.size() < 2)
        return out;
    key.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    // A phone number as the caller reads it out ("0470 12 34 56", "+32 470 ...") against the stored digits.
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if (digits.startsWith(QLatin1String("00")))
        digits = digits.mid(2);
    else if (digits.startsWith(QLatin1Char('0')))
        digits = digits.mid(1);
    const bool byPhone = digits.size() >= 6;
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT %1 FROM citizen WHERE anonymized_at IS NULL AND (search_key LIKE ? ESCAPE '\\'%2) "
                             "ORDER BY name LIMIT ?")
                  .arg(kCitizenColumns, byPhone ? QStringLiteral(" OR search_key LIKE ?") : QString()));
    q.addBindValue(QLatin1Char('%') + key + QLatin1Char('%'));
    if (byPhone)
        q.addBindValue(QLatin1Char('%') + digits + QLatin1Char('%'));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out << readCitizen(q);
    return out;
}

qint64 ReportStore::createCitizen(const Citizen& c, QString* error)
{
    if (c.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("The citizen needs a name.");
        return 0;
    }
    if (c.replyChannel == ReplyChannel::Email && !c.email.contains(QLatin1Char('@'))) {
        if (error)
            *error = tr("To answer by e-mail, give a valid e-mail address.");
        return 0;
    }
    if (c.replyChannel == ReplyChannel::Sms && c.phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 8) {
        if (error)
            *error = tr("To answer by SMS, give a mobile phone number.");
        return 0;
    }
    if (c.replyChannel == ReplyChannel::Phone && c.phone.count(QRegularExpression(QStringLiteral("[0-9]"))) < 8) {
        if (error)
            *error = tr("To answer by phone, give a phone number.");
        return 0;
    }
    if (c.replyChannel == ReplyChannel::Letter && c.address.trimmed().isEmpty()) {
        if (error)
            *error = tr("To answer by letter, give a postal address.");
        return 0;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(
        QStringLiteral("INSERT INTO citizen (uuid, name, address, postcode, municipality, email, phone, reply_channel, "
                       "consent, created_at, search_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(c.name.trimmed());
    q.addBindValue(c.address);
    q.addBindValue(c.postcode);
    q.addBindValue(c.municipality);
    q.addBindValue(c.email.trimmed());
    q.addBindValue(c.phone.trimmed());
    q.addBindValue(Labels::key(c.replyChannel));
    q.addBindValue(c.consent ? 1 : 0);
    q.addBindValue(now());
    q.addBindValue(citizenSearchKey(c));
    if (!q.exec()) {
        if (error)
            *error = translateSqlError(tr("Saving the citizen"), q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QPair<QString, int> ReportStore::userRole(const QString& login) const
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT role, coalesce(department_id, 0) FROM user WHERE login = ? AND active = 1"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), q.value(1).toInt() };
}

QList<SavedFilter> ReportStore::savedFilters() const
{
    QList<SavedFilter> out;
    QSqlQuery q(m_db->connection());
    if (q.exec(QStringLiteral("SELECT id, name, definition FROM saved_filter ORDER BY name"))) {
        while (q.next()) {
            SavedFilter s;
            s.id = q.value(0).toLongLong();
            s.name = q.value(1).toString();
            s.filter = QueueFilter::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object());
            out << s;
        }
    }
    return out;
}

bool ReportStore::saveFilter(const QString& name, const QueueFilter& f, QString* error)
{
    if (name.trimmed().isEmpty()) {
        if (error)
            *error = tr("Give the filter a name.");
        return false;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO saved_filter (name, definition) VALUES (?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET definition = excluded.definition"));
    q.addBindValue(name.trimmed());
    q.addBindValue(json(f.toJson()));
    if (!q.exec()) {
        if (error)
            *error = translateSqlError(tr("Saving the filter"), q.lastError().text());
        return false;
    }
    return true;
}

bool ReportStore::deleteFilter(qint64 id, QString* error)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("DELETE FROM saved_filter WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = translateSqlError(tr("Deleting the filter"), q.lastError().text());
        return false;
    }
    return true;
}

} // namespace meldpunt
