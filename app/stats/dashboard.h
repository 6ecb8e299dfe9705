// SPDX-License-Identifier: GPL-3.0-or-later
// The department heads' dashboard as numbers: volumes, lead times, SLA, backlog, year over year, hotspots, engaged
// citizens.
#pragma once

#include "stats/statssnapshot.h"
#include "store/queuefilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <memory>

class QThreadPool;

namespace meldpunt {

/// What the dashboard shows: a period and dimensions, and how to present them.
struct DashboardQuery {
    enum class Granularity { Day, Week, Month };
    enum class DayBasis { Calendar, Working };

    /// Period (from/to, received in city time) and dimensions (departments, categories, districts,
    /// channels) with the queue's meaning. Statuses, "overdue only" and the text search do not
    /// apply to the dashboard and are ignored. An invalid `from` means the first report, an invalid
    /// `to` the day of `now`.
    QueueFilter filter;
    Granularity granularity = Granularity::Month;
    DayBasis basis = DayBasis::Calendar;
    /// The moment that counts as "now" (UTC seconds): open/overdue today, ages, the end of the backlog.
    qint64 now = 0;
    int topStreets = 20;
    /// A citizen is engaged in a topic with at least this many reports in it.
    int engagedMinReports = 3;
};

/// Lead-time statistics of one group of resolved reports, in (calendar or working) days.
struct LeadStats {
    /// Upper bounds of the histogram bins in days; the last bin is everything above the last bound.
    static constexpr std::array<double, 11> kBinBounds { 1, 2, 3, 5, 7, 10, 14, 21, 30, 60, 90 };
    static constexpr int kBins = int(kBinBounds.size()) + 1;

    qint64 count = 0;
    double mean = 0;
    double median = 0; ///< the 50th percentile
    double p90 = 0; ///< linear interpolation between order statistics (as numpy's default)
    std::array<qint64, kBins> histogram {};
};

/// SLA outcome counts. Resolved reports are compared with their due moment and with three times
/// their SLA period; reports still open are on time or overdue at `now`. Rejected and duplicate
/// reports do not count.
struct SlaCounts {
    qint64 withinDue = 0;
    qint64 within3x = 0; ///< late, but within three times the SLA period
    qint64 beyond3x = 0;
    qint64 openOnTime = 0;
    qint64 openOverdue = 0;
    qint64 resolved() const { return withinDue + within3x + beyond3x; }
    /// Share of resolved reports resolved by their deadline, in percent (0 when none).
    double withinDuePercent() const { return resolved() ? 100.0 * double(withinDue) / double(resolved()) : 0; }
};

/// Ages of open reports (days since reception at the end of the reference day).
struct OpenAge {
    /// Upper bounds (inclusive) of the age bins in calendar days; the last bin is everything older.
    static constexpr std::array<int, 6> kBinBounds { 2, 7, 14, 30, 90, 365 };
    static constexpr int kBins = int(kBinBounds.size()) + 1;
    qint64 count = 0;
    double meanDays = 0;
    std::array<qint64, kBins> bins {};
};

struct VolumeBucket {
    QDate first; ///< first day of the bucket inside the period
    QDate last; ///< last day, inclusive
    qint64 count = 0;
    /// The same span a year earlier: 364 days back for days and weeks (same weekdays), the same
    /// dates a year back for months.
    qint64 lastYear = 0;
    QList<qint64> byMainCategory; ///< aligned with DashboardData::mainCategories
};

struct Count {
    int id = 0; ///< category, department (0: none), channel (Channel value) or district (0: none)
    qint64 count = 0;
};

struct GroupLead {
    int id = 0; ///< department or main category id
    LeadStats lead;
};

struct GroupSla {
    int id = 0; ///< department id (0: none) or main category id
    SlaCounts sla;
};

struct BacklogPoint {
    QDate day;
    qint64 open = 0; ///< open at the end of the day
    qint64 overdue = 0; ///< of which past their due moment
};

struct YearOverYear {
    QDate previousFrom; ///< the comparison period: the current one a year earlier
    QDate previousTo;
    qint64 volume = 0;
    qint64 previousVolume = 0;
    LeadStats lead;
    LeadStats previousLead;
    /// (current − previous) / previous × 100; NaN when the previous value is zero.
    static double change(double current, double previous);
};

struct StreetCount {
    QString street;
    qint64 reports = 0;
    qint64 open = 0; ///< still open at `now`
    qint64 overdue = 0; ///< open and past due at `now`
};

/// A consenting citizen in a topic; DashboardData::citizen() gives the id, name and contact.
/// Only the slot is kept, because a period of years has a hundred thousand of them and names are
/// needed only for the rows someone looks at.
struct EngagedCitizen {
    int slot = 0; ///< StatsSnapshot citizen slot
    qint64 reports = 0;
};

/// Citizens who consented to be contacted, with at least N reports in one topic.
struct EngagedTopic {
    enum class Kind { Category, District };
    Kind kind = Kind::Category;
    int id = 0; ///< main category or district id
    QList<EngagedCitizen> citizens; ///< most reports first, then by name
};

/// Every number on the dashboard for one query.
struct DashboardData {
    QDate from; ///< the effective period (inclusive)
    QDate to;
    qint64 now = 0;
    DashboardQuery::Granularity granularity = DashboardQuery::Granularity::Month;
    DashboardQuery::DayBasis basis = DashboardQuery::DayBasis::Calendar;

    qint64 received = 0; ///< reports received in the period
    QList<int> mainCategories; ///< main category ids in the order of VolumeBucket::byMainCategory
    QList<VolumeBucket> volume;

    QList<Count> byMainCategory; ///< counts: most first
    QList<Count> byCategory; ///< leaf categories
    QList<Count> byDepartment;
    QList<Count> byChannel;
    QList<Count> byDistrict;

    LeadStats lead; ///< all resolved reports received in the period
    QList<GroupLead> leadByDepartment; ///< departments with resolved reports, by median
    QList<GroupLead> leadByCategory; ///< main categories

    SlaCounts sla;
    QList<GroupSla> slaByDepartment;
    QList<GroupSla> slaByCategory; ///< main categories

    QList<BacklogPoint> backlog; ///< each day of the period up to `now`
    OpenAge openAge; ///< reports open at the end of the backlog's last day

    YearOverYear yoy;
    QList<StreetCount> topStreets;
    QList<EngagedTopic> engaged; ///< categories first, then districts; topics without engaged citizens left out

    /// The snapshot the numbers come from; it resolves engaged citizens to names.
    std::shared_ptr<const StatsSnapshot> source;
    ConsentingCitizen citizen(const EngagedCitizen& e) const
    {
        return source ? source->citizen(e.slot) : ConsentingCitizen();
    }

    bool isEmpty() const { return received == 0 && backlog.isEmpty(); }
};

/// Computes DashboardData from a snapshot: two passes over the rows in memory (split over the
/// helper pool's threads when given) and exact percentiles by selection, so that everything is
/// recomputed within the 300 ms budget for a million reports.
class Dashboard final {
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
public:
    static DashboardData compute(
        const StatsSnapshot& snapshot, const DashboardQuery& query, QThreadPool* helper = nullptr);

    /// The effective period of a query over a snapshot.
    static void period(const StatsSnapshot& snapshot, const DashboardQuery& query, QDate* from, QDate* to);
};

} // namespace meldpunt
