// SPDX-License-Identifier: GPL-3.0-or-later
// Every query and change on reports: the queue, the detail pane, triage, intake. Widgets ask this class.
#pragma once

#include "domain/report.h"
#include "store/queuefilter.h"

#include <QCoreApplication>
#include <QMap>
#include <optional>

namespace meldpunt {

class Database;

/// Where the next page of the queue starts (keyset pagination: the last row's sort value and id).
struct QueueCursor {
    qint64 sortValue = 0;
    qint64 id = 0;
};

/// The mutable triage fields of one report, as they were before a change (what undo restores).
struct ReportState {
    qint64 id = 0;
    int categoryId = 0;
    int departmentId = 0;
    Priority priority = Priority::Normal;
    Status status = Status::New;
    QString assignee;
    qint64 dueAt = 0;
    qint64 resolvedAt = 0;
    qint64 closedAt = 0;
    qint64 duplicateOf = 0;
};

/// One triage change applied to one or more reports; unset fields stay as they are.
struct TriageChange {
    std::optional<int> departmentId; ///< 0 clears the department
    std::optional<int> categoryId; ///< also recomputes the due date from the category's SLA
    std::optional<Priority> priority;
    std::optional<Status> status; ///< checked against the transition table
    std::optional<QString> assignee;
    /// With a department: move new/triaged reports to "assigned" (routing).
    bool assignWhenRouted = false;
};

/// The outcome of a change: on failure nothing was written and `error` says why (translated).
struct ChangeResult {
    bool ok = false;
    QString error;
    QList<ReportState> before;
};

/// A report to create from the intake form.
struct NewReport {
    Channel channel = Channel::Phone;
    int categoryId = 0;
    QString description;
    QString address;
    QString street;
    QString houseNumber;
    int districtId = 0;
    std::optional<double> lat;
    std::optional<double> lon;
    qint64 citizenId = 0; ///< 0: anonymous
    ReplyChannel replyChannel = ReplyChannel::None;
    Priority priority = Priority::Normal;
};

struct SavedFilter {
    qint64 id = 0;
    QString name;
    QueueFilter filter;
};

class ReportStore final {
    Q_DECLARE_TR_FUNCTIONS(ReportStore)
public:
    explicit ReportStore(Database* db);

    Database* database() const { return m_db; }
    /// Seconds since the epoch used as "now" (overridable for tests).
    qint64 now() const;
    void setNowForTesting(qint64 secs) { m_nowOverride = secs; }
    void setActor(const QString& login) { m_actor = login; }
    QString actor() const { return m_actor; }

    ReferenceData loadReferenceData(QString* error = nullptr) const;
    const ReferenceData& refs() const;
    void reloadReferenceData();

    // The queue.
    QList<QueueRow> fetchQueue(
        const QueueFilter& f, const std::optional<QueueCursor>& after, int limit, QString* error = nullptr) const;
    static QueueCursor cursorAfter(const QueueFilter& f, const QueueRow& last);
    qint64 count(const QueueFilter& f, QString* error = nullptr) const;
    /// Count per status under the filter's other conditions.
    QMap<Status, qint64> statusCounts(const QueueFilter& f, QString* error = nullptr) const;

    // The detail pane.
    std::optional<Report> report(qint64 id) const;
    std::optional<Report> reportByRef(const QString& ref) const;
    std::optional<Citizen> citizen(qint64 id) const;
    QList<QueueRow> reportsOfCitizen(qint64 citizenId, qint64 excludeId, int limit = 50) const;
    QList<ReportEvent> history(qint64 reportId) const;
    QList<Citizen> followers(qint64 reportId) const;
    /// Open or recent reports of the same category within `meters`, received within `weeks` before or after.
    QList<NearbyReport> duplicateCandidates(qint64 reportId, double meters = 50, int weeks = 12) const;

    // Triage. Every change writes report_event rows in the same transaction.
    ChangeResult apply(const QList<qint64>& ids, const TriageChange& change);
    /// Puts reports back as they were (undo); written to the history as a revert.
    ChangeResult restore(const QList<ReportState>& states);
    /// Marks `duplicateId` as a duplicate of `originalId`; the duplicate's citizen follows the original.
    ChangeResult markDuplicate(qint64 duplicateId, qint64 originalId);
    ChangeResult unmarkDuplicate(const ReportState& before, qint64 originalId);
    /// Adds an internal note; returns the event id (0 on failure, with `error`).
    qint64 addNote(qint64 reportId, const QString& text, QString* error = nullptr);
    bool retractNote(qint64 reportId, qint64 eventId, QString* error = nullptr);

    // Intake.
    qint64 createReport(const NewReport& r, QString* error = nullptr);
    QList<AddressHit> searchAddresses(const QString& text, int limit = 20) const;
    QList<Citizen> searchCitizens(const QString& text, int limit = 20) const;
    qint64 createCitizen(const Citizen& c, QString* error = nullptr);

    // Saved filters.
    /// The role ("coordinator", "head", "clerk", "admin") and department of a login in the user table;
    /// empty role when the login is not there.
    QPair<QString, int> userRole(const QString& login) const;

    QList<SavedFilter> savedFilters() const;
    bool saveFilter(const QString& name, const QueueFilter& f, QString* error = nullptr);
    bool deleteFilter(qint64 id, QString* error = nullptr);

private:
    std::optional<ReportState> state(qint64 id) const;
    QString translateSqlError(const QString& what, const QString& sqlError) const;

    Database* m_db;
    mutable std::optional<ReferenceData> m_refs;
    qint64 m_nowOverride = 0;
    QString m_actor = QStringLiteral("coordinator");
};

} // namespace meldpunt
