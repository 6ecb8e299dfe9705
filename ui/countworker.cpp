// SPDX-License-Identifier: GPL-3.0-or-later
#include "countworker.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QtConcurrent/QtConcurrentRun>

namespace meldpunt {

namespace {

template<typename T>
struct Answer {
    T value {};
    QString error;
};

/// A store for the calling worker thread: the same database through that thread's own connection,
/// with the GUI's idea of "now" so that "overdue" means the same on both sides.
ReportStore workerStore(Database* db, qint64 now)
{
    ReportStore s(db);
    s.setNowForTesting(now);
    return s;
}

/// Closes the worker thread's connection when a task ends. A connection may only be closed by its own
/// thread; left open, it would be closed later by the GUI thread (a warning) or, worse, found by a new
/// thread that happens to get the same thread id. Opening one costs a millisecond; a count costs a hundred.
class ThreadConnectionScope final {
public:
    explicit ThreadConnectionScope(Database* db) : m_db(db) {}
    ~ThreadConnectionScope()
    {
        QString name;
        {
            QSqlDatabase c = m_db->connection();
            name = c.connectionName();
            c.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    Q_DISABLE_COPY_MOVE(ThreadConnectionScope)

private:
    Database* m_db;
};

} // namespace

CountWorker::CountWorker(ReportStore* store, QObject* parent) : QObject(parent), m_store(store)
{
    m_pool.setMaxThreadCount(2);
}

CountWorker::~CountWorker()
{
    m_pool.waitForDone();
}

bool CountWorker::isBusy() const
{
    return m_pending > 0;
}

void CountWorker::waitForDone()
{
    m_pool.waitForDone();
    // The answers are queued to this thread; deliver them now.
    QCoreApplication::processEvents();
}

void CountWorker::requestCount(const QueueFilter& f)
{
    const quint64 serial = ++m_countSerial;
    m_latestCount->store(serial);
    Database* db = m_store->database();
    const qint64 now = m_store->now();
    ++m_pending;
    QtConcurrent::run(&m_pool, [db, now, f, latest = m_latestCount, serial] {
        Answer<QPair<qint64, qint64>> a;
        if (latest->load() != serial)
            return a; // superseded while it waited for a thread: not worth a query
        ThreadConnectionScope scope(db);
        ReportStore s = workerStore(db, now);
        a.value.first = s.count(f, &a.error);
        if (a.value.first > 0 && !f.overdueOnly) {
            QueueFilter overdue = f;
            overdue.overdueOnly = true;
            a.value.second = s.count(overdue, &a.error);
        } else {
            a.value.second = f.overdueOnly ? a.value.first : 0;
        }
        return a;
    }).then(this, [this, serial](const Answer<QPair<qint64, qint64>>& a) {
        --m_pending;
        if (serial != m_countSerial)
            return; // the filter changed meanwhile: a newer answer is on its way
        if (a.value.first < 0 || a.value.second < 0)
            Q_EMIT failed(a.error);
        else
            Q_EMIT countReady(a.value.first, a.value.second);
    });
}

void CountWorker::requestStatusCounts(const QueueFilter& f)
{
    const quint64 serial = ++m_statusSerial;
    m_latestStatus->store(serial);
    Database* db = m_store->database();
    const qint64 now = m_store->now();
    ++m_pending;
    QtConcurrent::run(&m_pool, [db, now, f, latest = m_latestStatus, serial] {
        Answer<QMap<Status, qint64>> a;
        if (latest->load() != serial)
            return a;
        ThreadConnectionScope scope(db);
        a.value = workerStore(db, now).statusCounts(f, &a.error);
        return a;
    }).then(this, [this, serial](const Answer<QMap<Status, qint64>>& a) {
        --m_pending;
        if (serial != m_statusSerial)
            return;
        if (!a.error.isEmpty())
            Q_EMIT failed(a.error);
        else
            Q_EMIT statusCountsReady(a.value);
    });
}

void CountWorker::requestSavedFilterCounts(const QList<SavedFilter>& filters)
{
    const quint64 serial = ++m_savedSerial;
    m_latestSaved->store(serial);
    Database* db = m_store->database();
    const qint64 now = m_store->now();
    ++m_pending;
    QtConcurrent::run(&m_pool, [db, now, filters, latest = m_latestSaved, serial] {
        Answer<QHash<qint64, qint64>> a;
        if (latest->load() != serial)
            return a;
        ThreadConnectionScope scope(db);
        ReportStore s = workerStore(db, now);
        for (const SavedFilter& sf : filters) {
            QString error;
            const qint64 n = s.count(sf.filter, &error);
            if (n >= 0)
                a.value.insert(sf.id, n);
            else if (a.error.isEmpty())
                a.error = error;
        }
        return a;
    }).then(this, [this, serial](const Answer<QHash<qint64, qint64>>& a) {
        --m_pending;
        if (serial != m_savedSerial)
            return;
        if (!a.error.isEmpty())
            Q_EMIT failed(a.error);
        Q_EMIT savedFilterCountsReady(a.value);
    });
}

} // namespace meldpunt
