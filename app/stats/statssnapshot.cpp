// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/statssnapshot.h"

#include "domain/calendar.h"
#include "store/database.h"
#include "store/reportstore.h"

#include <QDateTime>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstring>
#include <limits>

namespace meldpunt {

namespace {

quint32 toU32(qint64 v)
{
    return quint32(std::clamp<qint64>(v, 0, std::numeric_limits<quint32>::max()));
}

struct Bytes {
    const char* data = nullptr;
    int size = 0;
    bool operator==(const char* key) const
    {
        const size_t n = std::strlen(key);
        return size_t(size) == n && std::memcmp(data, key, n) == 0;
    }
};

Bytes columnBytes(sqlite3_stmt* st, int col)
{
    Bytes b;
    b.data = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    b.size = b.data ? sqlite3_column_bytes(st, col) : 0;
    return b;
}

/// Status keys as stored, by enum value; parsed by hand because a million QString
/// conversions would cost more than the whole aggregation.
constexpr const char* kStatusKeys[]
    = { "new", "triaged", "assigned", "in_progress", "on_hold", "resolved", "closed", "rejected", "duplicate" };
constexpr const char* kChannelKeys[] = { "web", "email", "phone", "whatsapp", "counter", "app" };

int statusOf(Bytes b)
{
    for (int i = 0; i < int(std::size(kStatusKeys)); ++i)
        if (b == kStatusKeys[i])
            return i;
    return -1;
}

int channelOf(Bytes b)
{
    for (int i = 0; i < int(std::size(kChannelKeys)); ++i)
        if (b == kChannelKeys[i])
            return i;
    return 0;
}

bool isOpenStatus(int s)
{
    return s >= 0 && StatusRules::isOpen(Status(s));
}

/// The string value of `"key": "value"` in compact or spaced JSON, searched from `from`;
/// an empty Bytes when absent. Enough for our own payloads, whose values here are status keys.
Bytes jsonString(Bytes json, const char* key, int from = 0, int* end = nullptr)
{
    const int klen = int(std::strlen(key));
    const char* p = json.data;
    const int n = json.size;
    for (int i = from; i + klen + 2 <= n; ++i) {
        if (p[i] != '"' || std::memcmp(p + i + 1, key, size_t(klen)) != 0 || p[i + klen + 1] != '"')
            continue;
        int j = i + klen + 2;
        while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\n' || p[j] == '\r'))
            ++j;
        if (j >= n || p[j] != ':')
            continue; // the key's text appeared as a value
        ++j;
        while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\n' || p[j] == '\r'))
            ++j;
        if (j < n && p[j] == '{') {
            if (end)
                *end = j; // an object: the caller searches inside it
            return Bytes { p + j, 0 };
        }
        if (j >= n || p[j] != '"')
            return {};
        const int start = j + 1;
        int k = start;
        while (k < n && p[k] != '"')
            ++k;
        if (end)
            *end = k;
        return Bytes { p + start, k - start };
    }
    return {};
}

/// Maps the file into memory for the duration of a full scan: SQLite then reads pages in place
/// instead of copying each into its cache. Put back as it was afterwards, since the connection is
/// the thread's and shared with other work.
class ScanMapping {
public:
    explicit ScanMapping(sqlite3* h) : m_h(h)
    {
        sqlite3_exec(m_h, "PRAGMA mmap_size = 2147483648", nullptr, nullptr, nullptr);
    }
    ~ScanMapping() { sqlite3_exec(m_h, "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr); }
    Q_DISABLE_COPY_MOVE(ScanMapping)

private:
    sqlite3* m_h;
};

/// A change of a report between open and not open, from its history.
struct Transition {
    qint64 reportId = 0;
    quint32 at = 0;
    bool opens = false;
};

/// Reads the status history: kind 'status' ({"from","to"}), 'reverted' (undo: {"status":{"from","to"}})
/// and 'merged' (to duplicate, {"from_status"}). Keeps only the changes between open and not open,
/// the only ones the backlog and lead times depend on.
bool readTransitions(Database* db, std::vector<Transition>* out, QString* error)
{
    sqlite3* h = db->handle();
    if (!h) {
        *error = QStringLiteral("no database connection");
        return false;
    }
    const ScanMapping mapping(h);
    sqlite3_stmt* st = nullptr;
    const char* sql = "SELECT report_id, at, kind, payload FROM report_event "
                      "WHERE kind IN ('status', 'reverted', 'merged') ORDER BY id";
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(h));
        return false;
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const Bytes kind = columnBytes(st, 2);
        const Bytes payload = columnBytes(st, 3);
        int from = -1;
        int to = -1;
        if (kind == "status") {
            from = statusOf(jsonString(payload, "from"));
            to = statusOf(jsonString(payload, "to"));
        } else if (kind == "reverted") {
            int objectAt = -1;
            jsonString(payload, "status", 0, &objectAt);
            if (objectAt < 0)
                continue; // an undo that did not touch the status
            from = statusOf(jsonString(payload, "from", objectAt));
            to = statusOf(jsonString(payload, "to", objectAt));
        } else if (kind == "merged") {
            const Bytes f = jsonString(payload, "from_status");
            from = f.data ? statusOf(f) : int(Status::New);
            to = int(Status::Duplicate);
        }
        if (to < 0)
            continue;
        const bool opens = isOpenStatus(to);
        // An unknown "from" might be either; keep the event and let the walk decide.
        if (from >= 0 && isOpenStatus(from) == opens)
            continue;
        // Read in id order; a stable sort by report and time then keeps events of the same second
        // in the order they were written.
        out->push_back(Transition { sqlite3_column_int64(st, 0), toU32(sqlite3_column_int64(st, 1)), opens });
    }
    if (rc != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(h));
    sqlite3_finalize(st);
    // The scan filled this connection's page cache with history nobody reads again; a worker's
    // connection stays open, so give the memory back now.
    sqlite3_db_release_memory(h);
    return rc == SQLITE_DONE;
}

/// Maps ids to dense slots; slot 0 is NULL.
class SlotMap {
public:
    explicit SlotMap(std::vector<int>* ids) : m_ids(ids) {}
    quint16 slot(qint64 id)
    {
        if (id == 0)
            return 0;
        if (id > 0 && id < qint64(m_direct.size()) && m_direct[size_t(id)])
            return m_direct[size_t(id)];
        if (m_ids->size() >= 0xFFFF)
            return 0; // more distinct ids than a dashboard can show; counted as "none"
        const quint16 s = quint16(m_ids->size());
        m_ids->push_back(int(id));
        if (id > 0 && id < 100000) {
            if (qint64(m_direct.size()) <= id)
                m_direct.resize(size_t(id) + 1, 0);
            m_direct[size_t(id)] = s;
        }
        return s;
    }

private:
    std::vector<int>* m_ids;
    std::vector<quint16> m_direct;
};

} // namespace

std::shared_ptr<const StatsSnapshot> StatsSnapshot::load(
    Database* db, const QueueFilter& scope, QThreadPool* helper, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = tr("Cannot read the reports for the dashboard: %1").arg(why);
        return std::shared_ptr<const StatsSnapshot>();
    };
    if (!db || !db->isOpen())
        return fail(tr("no database is open"));

    auto snap = std::make_shared<StatsSnapshot>();
    snap->m_loadedAt = QDateTime::currentSecsSinceEpoch();
    snap->m_scope = scope;
    snap->m_scope.statuses.clear();
    snap->m_scope.overdueOnly = false;
    snap->m_scope.search.clear();

    QString why;
    snap->m_refs = ReportStore(db).loadReferenceData(&why);
    if (!why.isEmpty())
        return fail(why);

    // The history is independent of the report rows until the join: read it in parallel.
    std::vector<Transition> transitions;
    QString eventError;
    bool eventsOk = true;
    QFuture<void> events;
    if (helper) {
        events = QtConcurrent::run(helper,
            [db, &transitions, &eventError, &eventsOk] { eventsOk = readTransitions(db, &transitions, &eventError); });
    }

    sqlite3* h = db->handle();
    if (!h) {
        events.waitForFinished();
        return fail(tr("no database connection"));
    }

    // Citizens who consented: the only ones the dashboard may count as engaged and name. Ids are
    // usually dense, so their slots live in a vector rather than a hash.
    std::vector<qint32> citizenSlotDense;
    QHash<qint64, qint32> citizenSlotSparse;
    {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h,
                "SELECT id, name, coalesce(email, ''), coalesce(phone, '') FROM citizen "
                "WHERE consent = 1 AND anonymized_at IS NULL ORDER BY name, id",
                -1,
                &st,
                nullptr)
            != SQLITE_OK) {
            events.waitForFinished();
            return fail(QString::fromUtf8(sqlite3_errmsg(h)));
        }
        while (sqlite3_step(st) == SQLITE_ROW) {
            const qint64 id = sqlite3_column_int64(st, 0);
            const qint32 slot = qint32(snap->m_citizenIds.size());
            snap->m_citizenIds.push_back(id);
            snap->m_contactOffsets.push_back(quint32(snap->m_contacts.size()));
            for (int col = 1; col <= 3; ++col) {
                const Bytes b = columnBytes(st, col);
                if (col > 1)
                    snap->m_contacts.append('\x1f');
                snap->m_contacts.append(b.data, b.size);
            }
            if (id > 0 && id < 50'000'000) {
                if (citizenSlotDense.size() <= size_t(id))
                    citizenSlotDense.resize(size_t(id) * 2 + 1024, -1);
                citizenSlotDense[size_t(id)] = slot;
            } else {
                citizenSlotSparse.insert(id, slot);
            }
        }
        snap->m_contactOffsets.push_back(quint32(snap->m_contacts.size()));
        sqlite3_finalize(st);
    }
    auto citizenSlot = [&](qint64 id) -> qint32 {
        if (id > 0 && size_t(id) < citizenSlotDense.size())
            return citizenSlotDense[size_t(id)];
        return citizenSlotSparse.value(id, -1);
    };

    const SqlCondition cond = buildCondition(snap->m_scope, snap->m_loadedAt, snap->m_refs);
    const QByteArray sql = QStringLiteral(
        "SELECT r.id, r.received_at, coalesce(r.resolved_at, 0), r.due_at, r.status, r.category_id, "
        "coalesce(r.department_id, 0), coalesce(r.district_id, 0), r.channel, r.street, coalesce(r.citizen_id, 0), "
        "coalesce(r.closed_at, 0), r.updated_at FROM report r WHERE %1")
                               .arg(cond.where)
                               .toUtf8();
    const ScanMapping mapping(h);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        events.waitForFinished();
        return fail(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    for (int i = 0; i < cond.binds.size(); ++i) {
        const QVariant& v = cond.binds.at(i);
        if (v.typeId() == QMetaType::QString) {
            const QByteArray u = v.toString().toUtf8();
            sqlite3_bind_text(st, i + 1, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        } else if (v.typeId() == QMetaType::Double) {
            sqlite3_bind_double(st, i + 1, v.toDouble());
        } else {
            sqlite3_bind_int64(st, i + 1, v.toLongLong());
        }
    }

    SlotMap categories(&snap->m_categoryIds);
    SlotMap departments(&snap->m_departmentIds);
    SlotMap districts(&snap->m_districtIds);
    // Known ids first, so that slots follow the reference data and every department has one.
    for (const Category& c : snap->m_refs.categories)
        categories.slot(c.id);
    for (const Department& d : snap->m_refs.departments)
        departments.slot(d.id);
    for (const District& d : snap->m_refs.districts)
        districts.slot(d.id);

    QHash<QByteArray, int> streetIndex;
    // Needed only to read the history; 32-bit times keep the peak small.
    std::vector<qint64> ids;
    std::vector<quint32> closedAt;
    std::vector<quint32> updatedAt;
    std::vector<quint32> resolvedAt;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = 0;
    qint64 latest = snap->m_loadedAt;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        StatsRow r;
        ids.push_back(sqlite3_column_int64(st, 0));
        const qint64 received = sqlite3_column_int64(st, 1);
        r.received = toU32(received);
        resolvedAt.push_back(toU32(sqlite3_column_int64(st, 2)));
        r.due = toU32(sqlite3_column_int64(st, 3));
        const int status = statusOf(columnBytes(st, 4));
        r.status = quint8(status < 0 ? int(Status::New) : status);
        r.category = categories.slot(sqlite3_column_int64(st, 5));
        r.department = departments.slot(sqlite3_column_int64(st, 6));
        r.district = districts.slot(sqlite3_column_int64(st, 7));
        r.channel = quint8(channelOf(columnBytes(st, 8)));
        const Bytes street = columnBytes(st, 9);
        if (street.size > 0) {
            const QByteArray key = QByteArray::fromRawData(street.data, street.size);
            auto it = streetIndex.constFind(key);
            if (it == streetIndex.constEnd()) {
                it = streetIndex.insert(QByteArray(street.data, street.size), int(snap->m_streets.size()));
                snap->m_streets << QString::fromUtf8(street.data, street.size);
            }
            r.street = it.value();
        }
        const qint64 citizen = sqlite3_column_int64(st, 10);
        if (citizen != 0)
            r.citizen = citizenSlot(citizen);
        closedAt.push_back(toU32(sqlite3_column_int64(st, 11)));
        updatedAt.push_back(toU32(sqlite3_column_int64(st, 12)));
        first = std::min(first, received);
        last = std::max(last, received);
        latest = std::max({ latest, received, qint64(r.due), qint64(resolvedAt.back()), qint64(closedAt.back()) });
        snap->m_rows.push_back(r);
    }
    if (rc != SQLITE_DONE) {
        const QString e = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        events.waitForFinished();
        return fail(e);
    }
    sqlite3_finalize(st);
    sqlite3_db_release_memory(h);

    if (helper)
        events.waitForFinished();
    else
        eventsOk = readTransitions(db, &transitions, &eventError);
    if (!eventsOk)
        return fail(eventError);

    // Join the history to the rows. Ids are usually dense, so a vector beats a hash by far.
    const qint64 maxId = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end());
    std::vector<int> rowOfId;
    QHash<qint64, int> rowOfIdSparse;
    const bool dense = maxId < qint64(ids.size()) * 4 + 1024;
    if (dense) {
        rowOfId.assign(size_t(maxId) + 1, -1);
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] >= 0)
                rowOfId[size_t(ids[i])] = int(i);
    } else {
        for (size_t i = 0; i < ids.size(); ++i)
            rowOfIdSparse.insert(ids[i], int(i));
    }
    auto rowOf = [&](qint64 id) {
        if (dense)
            return id >= 0 && id <= maxId ? rowOfId[size_t(id)] : -1;
        return rowOfIdSparse.value(id, -1);
    };
    // Reuse reportId as the row index; drop events of reports outside the scope.
    size_t kept = 0;
    for (const Transition& t : transitions) {
        const int row = rowOf(t.reportId);
        if (row < 0)
            continue;
        Transition u = t;
        u.reportId = row;
        transitions[kept++] = u;
    }
    transitions.resize(kept);
    std::stable_sort(transitions.begin(), transitions.end(), [](const Transition& a, const Transition& b) {
        return a.reportId != b.reportId ? a.reportId < b.reportId : a.at < b.at;
    });

    // Walk each report's history into open spans. Where the history is missing or disagrees with
    // the current status (imported data, older versions), the report row has the last word.
    std::vector<OpenSpan> local;
    size_t ti = 0;
    for (size_t i = 0; i < snap->m_rows.size(); ++i) {
        StatsRow& r = snap->m_rows[i];
        const qint64 received = r.received;
        local.clear();
        bool open = true;
        qint64 start = received;
        qint64 lastEnd = received;
        for (; ti < transitions.size() && transitions[ti].reportId == qint64(i); ++ti) {
            const Transition& t = transitions[ti];
            const qint64 at = std::max(qint64(t.at), received);
            if (t.opens && !open) {
                open = true;
                start = at;
            } else if (!t.opens && open) {
                local.push_back(OpenSpan { int(i), toU32(start), toU32(at) });
                lastEnd = at;
                open = false;
            }
        }
        const Status status = Status(r.status);
        const bool openNow = StatusRules::isOpen(status);
        const qint64 resolved = resolvedAt[i] > 0 ? qint64(resolvedAt[i]) : qint64(closedAt[i]);
        if (open && !openNow) {
            qint64 end = status == Status::Resolved || status == Status::Closed ? resolved : 0;
            if (end <= 0)
                end = qint64(updatedAt[i]);
            end = std::max(end, start);
            local.push_back(OpenSpan { int(i), toU32(start), toU32(end) });
            lastEnd = end;
            open = false;
        } else if (!open && openNow) {
            open = true;
            start = std::max(lastEnd, qint64(updatedAt[i]));
        }
        if (open)
            local.push_back(OpenSpan { int(i), toU32(start), 0 });
        if (status == Status::Resolved || status == Status::Closed)
            r.resolved = toU32(resolved > 0 ? resolved : lastEnd);
        if (local.size() == 1 && local.front().start == r.received) {
            r.openEnd = local.front().end;
        } else {
            r.flags |= StatsRow::MultiSpan;
            snap->m_spans.insert(snap->m_spans.end(), local.begin(), local.end());
        }
    }

    snap->m_firstReceived = snap->m_rows.empty() ? 0 : first;
    snap->m_lastReceived = last;
    snap->finish(latest);
    {
        // Free the history and the join tables before handing back: they are as large as the snapshot.
        std::vector<Transition>().swap(transitions);
        std::vector<qint64>().swap(ids);
        std::vector<quint32>().swap(closedAt);
        std::vector<quint32>().swap(updatedAt);
        std::vector<quint32>().swap(resolvedAt);
        std::vector<int>().swap(rowOfId);
    }
#ifdef __GLIBC__
    // glibc keeps freed arenas of worker threads mapped; the peak of a load would otherwise stay
    // resident for as long as the application runs.
    malloc_trim(0);
#endif
    return snap;
}

ConsentingCitizen StatsSnapshot::citizen(int slot) const
{
    ConsentingCitizen c;
    if (slot < 0 || size_t(slot) >= m_citizenIds.size())
        return c;
    c.id = m_citizenIds[size_t(slot)];
    const QByteArray run = m_contacts.mid(
        m_contactOffsets[size_t(slot)], m_contactOffsets[size_t(slot) + 1] - m_contactOffsets[size_t(slot)]);
    const QList<QByteArray> fields = run.split('\x1f');
    c.name = QString::fromUtf8(fields.value(0));
    c.email = QString::fromUtf8(fields.value(1));
    c.phone = QString::fromUtf8(fields.value(2));
    return c;
}

void StatsSnapshot::finish(qint64 latestMoment)
{
    // Reports per consenting citizen, so that counting engaged citizens needs no sort or hash.
    m_citizenOffsets.assign(m_citizenIds.size() + 1, 0);
    for (const StatsRow& r : m_rows)
        if (r.citizen >= 0)
            ++m_citizenOffsets[size_t(r.citizen) + 1];
    for (size_t i = 1; i < m_citizenOffsets.size(); ++i)
        m_citizenOffsets[i] += m_citizenOffsets[i - 1];
    m_citizenReports.resize(size_t(m_citizenOffsets.back()));
    std::vector<qint32> next(m_citizenOffsets.begin(), m_citizenOffsets.end() - 1);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const StatsRow& r = m_rows[i];
        if (r.citizen >= 0)
            m_citizenReports[size_t(next[size_t(r.citizen)]++)] = CitizenReport { qint32(i), r.category, r.district };
    }

    const QTimeZone zone = WorkCalendar::cityTimeZone();
    const QDate today = QDateTime::fromSecsSinceEpoch(m_loadedAt, zone).date();
    QDate first = m_firstReceived > 0 ? QDateTime::fromSecsSinceEpoch(m_firstReceived, zone).date() : today;
    first = std::min(first, today);
    QDate last = QDateTime::fromSecsSinceEpoch(latestMoment, zone).date();
    last = std::max(last, today);
    // A year before the first report for last year's comparison; three years after the last moment
    // for deadlines at three times a long SLA and a "now" that a test moves ahead.
    m_days = CityDays(QDate(first.year() - 1, 1, 1), QDate(last.year() + 3, 12, 31));
}

} // namespace meldpunt
