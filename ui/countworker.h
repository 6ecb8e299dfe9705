// SPDX-License-Identifier: GPL-3.0-or-later
// Counts behind the queue (total, per status, per saved filter), computed off the GUI thread.
#pragma once

#include "store/reportstore.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace meldpunt {

/// Runs the slow count queries (50-200 ms on a million reports) on its own threads so that the
/// coordinator never waits; only the newest answer to each kind of question is delivered.
class CountWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountWorker)
public:
    explicit CountWorker(ReportStore* store, QObject* parent = nullptr);
    ~CountWorker() override;

    void requestCount(const QueueFilter& f);
    void requestStatusCounts(const QueueFilter& f);
    void requestSavedFilterCounts(const QList<SavedFilter>& filters);

    /// True while an answer that will still be delivered is outstanding.
    bool isBusy() const;
    /// Blocks until every running query has finished (shutdown, screenshots).
    void waitForDone();

Q_SIGNALS:
    /// The filter's total and how many of those are open and past due.
    void countReady(qint64 total, qint64 overdue);
    void statusCountsReady(const QMap<meldpunt::Status, qint64>& counts);
    void savedFilterCountsReady(const QHash<qint64, qint64>& counts);
    void failed(const QString& message);

private:
    ReportStore* m_store;
    // Our own pool, so that counting never takes every thread of the global one.
    QThreadPool m_pool;
    // The newest request of each kind, read by the tasks so that a superseded one skips its query.
    std::shared_ptr<std::atomic<quint64>> m_latestCount = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_latestStatus = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<std::atomic<quint64>> m_latestSaved = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_countSerial = 0;
    quint64 m_statusSerial = 0;
    quint64 m_savedSerial = 0;
    int m_pending = 0;
};

} // namespace meldpunt
