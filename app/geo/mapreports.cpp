// SPDX-License-Identifier: GPL-3.0-or-later
#include "geo/mapreports.h"

#include "geo/webmercator.h"
#include "store/database.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace meldpunt {

MapStatusGroup mapStatusGroup(Status s)
{
    switch (s) {
    case Status::New:
    case Status::Triaged: return MapStatusGroup::ToDo;
    case Status::Assigned:
    case Status::InProgress:
    case Status::OnHold: return MapStatusGroup::InWork;
    case Status::Resolved:
    case Status::Closed:
    case Status::Rejected:
    case Status::Duplicate: break;
    }
    return MapStatusGroup::Done;
}

qint64 MapReportSet::indexOf(qint64 id) const
{
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        return -1;
    return it - ids.begin();
}

namespace {

bool bindAll(sqlite3_stmt* st, const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds.at(i);
        const int idx = i + 1;
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Bool: rc = sqlite3_bind_int(st, idx, v.toInt()); break;
        case QMetaType::LongLong:
        case QMetaType::ULongLong: rc = sqlite3_bind_int64(st, idx, v.toLongLong()); break;
        case QMetaType::Double:
        case QMetaType::Float: rc = sqlite3_bind_double(st, idx, v.toDouble()); break;
        case QMetaType::QByteArray: {
            const QByteArray b = v.toByteArray();
            rc = sqlite3_bind_blob(st, idx, b.constData(), int(b.size()), SQLITE_TRANSIENT);
            break;
        }
        default:
            if (v.isNull()) {
                rc = sqlite3_bind_null(st, idx);
            } else {
                const QByteArray s = v.toString().toUtf8();
                rc = sqlite3_bind_text(st, idx, s.constData(), int(s.size()), SQLITE_TRANSIENT);
            }
        }
        if (rc != SQLITE_OK)
            return false;
    }
    return true;
}

/// Status keys as stored, so rows are parsed without building a QString each.
struct StatusKeys {
    QList<QByteArray> keys;
    QList<Status> statuses;
    StatusKeys()
    {
        for (Status s : StatusRules::all()) {
            keys << StatusRules::key(s).toLatin1();
            statuses << s;
        }
    }
    bool find(const unsigned char* text, int bytes, Status* out) const
    {
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys[i].size() == bytes && std::memcmp(keys[i].constData(), text, size_t(bytes)) == 0) {
                *out = statuses[i];
                return true;
            }
        }
        return false;
    }
};

} // namespace

std::shared_ptr<MapReportSet> MapReportLoader::load(const Database* db, const QueueFilter& filter, qint64 now,
    const ReferenceData& refs, const std::atomic<bool>* cancelled, const ClusterOptions& options)
{
    auto set = std::make_shared<MapReportSet>();
    set->filter = filter;
    set->now = now;
    QElapsedTimer timer;
    timer.start();
    sqlite3* h = db ? db->handle() : nullptr;
    if (!h) {
        set->error = tr("The map cannot read the database: it is not open.");
        return set;
    }
    const SqlCondition c = buildCondition(filter, now, refs);
    const QByteArray sql
        = "SELECT r.id, r.lat, r.lon, r.status, r.due_at, coalesce(r.district_id, 0) FROM report r WHERE "
        + c.where.toUtf8();
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr) != SQLITE_OK) {
        set->error = tr("The map could not read the reports: %1").arg(QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_finalize(st);
        return set;
    }
    if (!bindAll(st, c.binds)) {
        set->error = tr("The map could not read the reports: %1").arg(QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_finalize(st);
        return set;
    }

    // Districts by bounding box first: reports without a district get one from their position.
    struct DistrictBox {
        int id;
        QRectF box;
        const QPolygonF* polygon;
    };
    std::vector<DistrictBox> boxes;
    for (const District& d : refs.districts)
        if (!d.polygon.isEmpty())
            boxes.push_back({ d.id, d.polygon.boundingRect(), &d.polygon });

    static const StatusKeys keys;
    int rc;
    std::size_t rows = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        if ((++rows & 0xFFFF) == 0 && cancelled && cancelled->load(std::memory_order_relaxed)) {
            sqlite3_finalize(st);
            return set;
        }
        Status s = Status::New;
        keys.find(sqlite3_column_text(st, 3), sqlite3_column_bytes(st, 3), &s);
        int district = sqlite3_column_int(st, 5);
        const bool located = sqlite3_column_type(st, 1) != SQLITE_NULL && sqlite3_column_type(st, 2) != SQLITE_NULL;
        if (!located) {
            ++set->withoutLocation;
            ++set->districtCounts[district];
            continue;
        }
        const double lat = sqlite3_column_double(st, 1);
        const double lon = sqlite3_column_double(st, 2);
        if (district == 0) {
            for (const DistrictBox& b : boxes) {
                if (b.box.contains(lon, lat) && b.polygon->containsPoint(QPointF(lon, lat), Qt::OddEvenFill)) {
                    district = b.id;
                    break;
                }
            }
        }
        ++set->districtCounts[district];
        const QPointF w = WebMercator::project(lat, lon);
        set->ids.push_back(sqlite3_column_int64(st, 0));
        set->x.push_back(w.x());
        set->y.push_back(w.y());
        set->status.push_back(std::uint8_t(s));
        set->overdue.push_back(StatusRules::isOpen(s) && sqlite3_column_int64(st, 4) < now ? 1 : 0);
        set->district.push_back(district);
    }
    if (rc != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(h));
        sqlite3_finalize(st);
        auto failed = std::make_shared<MapReportSet>();
        failed->filter = filter;
        failed->error = tr("The map could not read the reports: %1").arg(why);
        return failed;
    }
    sqlite3_finalize(st);
    set->loadMs = timer.nsecsElapsed() / 1e6;
    finish(set.get(), options, cancelled);
    return set;
}

void MapReportLoader::finish(MapReportSet* set, const ClusterOptions& options, const std::atomic<bool>* cancelled)
{
    QElapsedTimer timer;
    timer.start();
    const std::size_t n = set->ids.size();
    // Ids in order make selectReport() a binary search; a plain scan already returns them so.
    if (!std::is_sorted(set->ids.begin(), set->ids.end())) {
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        std::sort(
            order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return set->ids[a] < set->ids[b]; });
        auto apply = [&](auto& v) {
            std::remove_reference_t<decltype(v)> out(n);
            for (std::size_t i = 0; i < n; ++i)
                out[i] = v[order[i]];
            v.swap(out);
        };
        apply(set->ids);
        apply(set->x);
        apply(set->y);
        apply(set->status);
        apply(set->overdue);
        apply(set->district);
    }
    std::vector<ClusterInput> input(n);
    double minX = 1, minY = 1, maxX = 0, maxY = 0;
    set->statusCounts.fill(0);
    set->overdueCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (set->status[i] < set->statusCounts.size())
            ++set->statusCounts[set->status[i]];
        set->overdueCount += set->overdue[i];
        input[i] = { set->x[i], set->y[i], std::uint8_t(mapStatusGroup(Status(set->status[i]))), set->overdue[i] != 0 };
        minX = std::min(minX, set->x[i]);
        maxX = std::max(maxX, set->x[i]);
        minY = std::min(minY, set->y[i]);
        maxY = std::max(maxY, set->y[i]);
    }
    set->worldBounds = n ? QRectF(QPointF(minX, minY), QPointF(maxX, maxY)) : QRectF();
    set->clusters.build(input, options, cancelled);
    set->buildMs = timer.nsecsElapsed() / 1e6;
}

QList<MapReportBrief> MapReportLookup::briefs(const Database* db, const QList<qint64>& ids, const ReferenceData& refs)
{
    QList<MapReportBrief> out;
    sqlite3* h = db ? db->handle() : nullptr;
    if (!h || ids.isEmpty())
        return out;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h,
            "SELECT id, ref, category_id, address, status, received_at, due_at, lat, lon FROM report WHERE id = ?",
            -1,
            &st,
            nullptr)
        != SQLITE_OK)
        return out;
    static const StatusKeys keys;
    for (qint64 id : ids) {
        sqlite3_reset(st);
        sqlite3_bind_int64(st, 1, id);
        if (sqlite3_step(st) != SQLITE_ROW)
            continue;
        MapReportBrief b;
        b.id = id;
        b.ref = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
        b.category = refs.categoryName(sqlite3_column_int(st, 2));
        b.address = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 3)));
        keys.find(sqlite3_column_text(st, 4), sqlite3_column_bytes(st, 4), &b.status);
        b.receivedAt = sqlite3_column_int64(st, 5);
        b.dueAt = sqlite3_column_int64(st, 6);
        b.hasLocation = sqlite3_column_type(st, 7) != SQLITE_NULL && sqlite3_column_type(st, 8) != SQLITE_NULL;
        b.lat = sqlite3_column_double(st, 7);
        b.lon = sqlite3_column_double(st, 8);
        out << b;
    }
    sqlite3_finalize(st);
    return out;
}

MapReportFeed::MapReportFeed(const Database* db, ReferenceData refs, QObject* parent)
    : QObject(parent), m_db(db), m_refs(std::move(refs))
{
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<MapReportSet>>::finished, this, &MapReportFeed::onFinished);
}

MapReportFeed::~MapReportFeed()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void MapReportFeed::setFilter(const QueueFilter& filter)
{
    m_filter = filter;
    reload();
}

void MapReportFeed::reload()
{
    if (m_running) {
        // The running load answers an older question: stop it and ask again when it returns.
        m_pending = true;
        if (m_cancel)
            m_cancel->store(true);
        return;
    }
    start();
}

void MapReportFeed::start()
{
    m_pending = false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    const Database* db = m_db;
    const QueueFilter filter = m_filter;
    const ReferenceData refs = m_refs;
    const auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(
        [db, filter, now, refs, cancel] { return MapReportLoader::load(db, filter, now, refs, cancel.get()); }));
    Q_EMIT loadingChanged(true);
}

void MapReportFeed::onFinished()
{
    m_running = false;
    const std::shared_ptr<MapReportSet> result = m_watcher.result();
    if (m_pending) {
        start();
        return;
    }
    if (result)
        m_current = result;
    Q_EMIT loadingChanged(false);
    Q_EMIT loaded();
}

} // namespace meldpunt
