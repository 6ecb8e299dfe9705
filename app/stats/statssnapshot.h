// SPDX-License-Identifier: GPL-3.0-or-later
// The narrow, in-memory copy of the reports that the dashboard aggregates, loaded in one streaming pass.
#pragma once

#include "domain/report.h"
#include "stats/citydays.h"
#include "store/queuefilter.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

class QThreadPool;

namespace meldpunt {

class Database;

/// One report as the dashboard sees it: 40 bytes instead of a table row, so that a million fit in
/// 40 MB and every aggregate is recomputed from memory after a filter change.
struct StatsRow {
    enum Flag : quint8 {
        /// The report was open more than once (reopened); its open spans are in StatsSnapshot::spans().
        MultiSpan = 1,
    };
    quint32 received = 0; ///< UTC seconds
    /// The last resolution (UTC seconds) of a resolved or closed report; 0 for every other status.
    quint32 resolved = 0;
    quint32 due = 0;
    /// End of the report's one open span (it started at `received`); 0 while still open.
    /// Meaningless with MultiSpan.
    quint32 openEnd = 0;
    /// Slot of the citizen (StatsSnapshot::citizen()) when they consented to be contacted; else -1.
    /// Slots follow the citizens' names, so that sorting by slot sorts by name.
    qint32 citizen = -1;
    qint32 street = -1; ///< index into StatsSnapshot::streets(); -1 without a street
    quint16 category = 0; ///< slot (StatsSnapshot::categoryId); 0 stands for none
    quint16 department = 0; ///< slot; 0 stands for "no department"
    quint16 district = 0; ///< slot; 0 stands for "no district"
    quint8 channel = 0; ///< Channel
    quint8 status = 0; ///< Status
    quint8 flags = 0;
};

/// An open span of a report that was open more than once: [start, end), end 0 while open.
struct OpenSpan {
    qint32 row = 0;
    quint32 start = 0;
    quint32 end = 0;
};

/// One report of a consenting citizen, grouped per citizen for counting engaged citizens per topic.
struct CitizenReport {
    qint32 row = 0;
    quint16 category = 0; ///< category slot
    quint16 district = 0; ///< district slot
};

/// A citizen who consented to be contacted (the only ones the dashboard may name).
struct ConsentingCitizen {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
};

/// Everything the dashboard aggregates, read from the database once and then shared read-only
/// between the GUI and worker threads. Reloading builds a new snapshot; nothing here changes.
class StatsSnapshot final : public std::enable_shared_from_this<StatsSnapshot> {
    Q_DECLARE_TR_FUNCTIONS(StatsSnapshot)
public:
    /// Loads the reports that `scope` selects (its period and dimensions, through buildCondition(),
    /// e.g. one department in head mode; statuses, overdue and search are ignored) together with
    /// their status history, through the calling thread's connections. With `helper`, the status
    /// history is read on one of its threads (whose connection must stay valid: a pool whose
    /// threads never expire) while the reports are read on this one. Null with a translated reason
    /// in `error` on failure.
    static std::shared_ptr<const StatsSnapshot> load(
        Database* db, const QueueFilter& scope, QThreadPool* helper = nullptr, QString* error = nullptr);

    /// The slot of each id; 0 stands for NULL and unknown ids get a slot of their own.
    const std::vector<StatsRow>& rows() const { return m_rows; }
    /// Open spans of reports with StatsRow::MultiSpan, ordered by row then start.
    const std::vector<OpenSpan>& spans() const { return m_spans; }
    const QStringList& streets() const { return m_streets; }
    int citizenCount() const { return int(m_citizenIds.size()); }
    /// Name and contact of a consenting citizen, by slot.
    ConsentingCitizen citizen(int slot) const;
    /// The reports of citizen i are citizenReports()[citizenOffsets()[i] .. citizenOffsets()[i + 1]).
    const std::vector<qint32>& citizenOffsets() const { return m_citizenOffsets; }
    const std::vector<CitizenReport>& citizenReports() const { return m_citizenReports; }
    const ReferenceData& refs() const { return m_refs; }
    const QueueFilter& scope() const { return m_scope; }
    const CityDays& days() const { return m_days; }

    int categoryId(int slot) const { return m_categoryIds[size_t(slot)]; }
    int departmentId(int slot) const { return m_departmentIds[size_t(slot)]; }
    int districtId(int slot) const { return m_districtIds[size_t(slot)]; }
    int categorySlots() const { return int(m_categoryIds.size()); }
    int departmentSlots() const { return int(m_departmentIds.size()); }
    int districtSlots() const { return int(m_districtIds.size()); }

    /// Earliest reception in the snapshot (UTC seconds), 0 when empty.
    qint64 firstReceived() const { return m_firstReceived; }
    qint64 lastReceived() const { return m_lastReceived; }
    /// When the snapshot was read (UTC seconds).
    qint64 loadedAt() const { return m_loadedAt; }

private:
    void finish(qint64 latestMoment);

    std::vector<StatsRow> m_rows;
    std::vector<OpenSpan> m_spans;
    QStringList m_streets;
    // Names and contacts packed as "name\x1femail\x1fphone" runs: a hundred thousand citizens
    // take 5 MB instead of 25 MB as QStrings.
    std::vector<qint64> m_citizenIds;
    QByteArray m_contacts;
    std::vector<quint32> m_contactOffsets;
    std::vector<qint32> m_citizenOffsets;
    std::vector<CitizenReport> m_citizenReports;
    ReferenceData m_refs;
    QueueFilter m_scope;
    CityDays m_days;
    std::vector<int> m_categoryIds { 0 };
    std::vector<int> m_departmentIds { 0 };
    std::vector<int> m_districtIds { 0 };
    qint64 m_firstReceived = 0;
    qint64 m_lastReceived = 0;
    qint64 m_loadedAt = 0;
};

} // namespace meldpunt
