// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/dashboard.h"

#include "domain/calendar.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace meldpunt {

namespace {

constexpr int kChannels = 6;
constexpr int kStatusResolved = int(Status::Resolved);
constexpr int kStatusClosed = int(Status::Closed);

/// Everything a pass needs, shared read-only by the threads.
struct Context {
    const StatsSnapshot* snap = nullptr;
    const CityDays* days = nullptr;
    int nDays = 0;
    qint64 now = 0;
    int nowDay = 0;
    int fromDay = 0;
    int toDay = 0;
    int refDay = 0; ///< the backlog's last day: the period's end, but never after today
    qint64 periodStart = 0;
    qint64 periodEnd = 0;
    qint64 prevStart = 0;
    qint64 prevEnd = 0;
    bool working = false;
    std::vector<unsigned char> catMask;
    std::vector<unsigned char> deptMask;
    std::vector<unsigned char> distMask;
    std::array<unsigned char, kChannels> chanMask {};
    std::vector<int> mainOfSlot; ///< category slot → index in DashboardData::mainCategories
    int nMain = 0;
    bool openStatus[9] {};
    /// Per row: selected and received in the period (rows of consenting citizens only). Each
    /// thread writes its own rows.
    unsigned char* counted = nullptr;

    bool selected(const StatsRow& r) const
    {
        return catMask[r.category] && deptMask[r.department] && distMask[r.district] && chanMask[r.channel];
    }
    double leadDays(qint64 received, qint64 resolved) const
    {
        return working ? days->workingDays(received, resolved) : days->calendarDays(received, resolved);
    }
};

/// What one thread accumulates over its share of the rows.
struct Partial {
    std::vector<qint64> dayCount; ///< received per day, every day of the table
    std::vector<qint64> dayMain; ///< received per (period day, main category)
    std::vector<qint64> openDiff; ///< +1 where an open span starts, −1 where it ends (day after)
    std::vector<qint64> overdueDiff;
    std::vector<qint64> byCategory;
    std::vector<qint64> byDepartment;
    std::array<qint64, kChannels> byChannel {};
    std::vector<qint64> byDistrict;
    std::vector<std::vector<double>> leadByDepartment;
    std::vector<std::vector<double>> leadByMain;
    std::vector<double> previousLead;
    std::vector<std::array<qint64, 5>> slaByDepartment;
    std::vector<std::array<qint64, 5>> slaByMain;
    OpenAge age;
    qint64 ageDaysSum = 0;
    std::vector<qint64> streetReports;
    std::vector<qint64> streetOpen;
    std::vector<qint64> streetOverdue;

    void init(const Context& c)
    {
        const StatsSnapshot& s = *c.snap;
        dayCount.assign(size_t(c.nDays), 0);
        dayMain.assign(size_t(c.toDay - c.fromDay + 1) * size_t(c.nMain), 0);
        openDiff.assign(size_t(c.nDays) + 1, 0);
        overdueDiff.assign(size_t(c.nDays) + 1, 0);
        byCategory.assign(size_t(s.categorySlots()), 0);
        byDepartment.assign(size_t(s.departmentSlots()), 0);
        byDistrict.assign(size_t(s.districtSlots()), 0);
        leadByDepartment.assign(size_t(s.departmentSlots()), {});
        leadByMain.assign(size_t(c.nMain), {});
        slaByDepartment.assign(size_t(s.departmentSlots()), {});
        slaByMain.assign(size_t(c.nMain), {});
        streetReports.assign(size_t(s.streets().size()), 0);
        streetOpen.assign(size_t(s.streets().size()), 0);
        streetOverdue.assign(size_t(s.streets().size()), 0);
    }
};

void addSpan(Partial& p, int startDay, int endDay, int dueDay)
{
    if (endDay <= startDay)
        return; // closed the same day it opened: never open at a day's end
    ++p.openDiff[size_t(startDay)];
    --p.openDiff[size_t(endDay)];
    const int overdueFrom = std::max(startDay, dueDay);
    if (overdueFrom < endDay) {
        ++p.overdueDiff[size_t(overdueFrom)];
        --p.overdueDiff[size_t(endDay)];
    }
}

void addAge(const Context& c, Partial& p, int receivedDay)
{
    const int age = c.refDay - receivedDay;
    int bin = 0;
    while (bin < int(OpenAge::kBinBounds.size()) && age > OpenAge::kBinBounds[size_t(bin)])
        ++bin;
    ++p.age.bins[size_t(bin)];
    ++p.age.count;
    p.ageDaysSum += age;
}

void scanRows(const Context& c, Partial& p, size_t begin, size_t end)
{
    const CityDays& days = *c.days;
    const std::vector<StatsRow>& rows = c.snap->rows();
    const int nDays = c.nDays;
    for (size_t i = begin; i < end; ++i) {
        const StatsRow& r = rows[i];
        if (!c.selected(r))
            continue;
        const int recvDay = days.dayOf(r.received);
        ++p.dayCount[size_t(recvDay)];
        const int dueDay = days.dayOf(r.due);
        if (!(r.flags & StatsRow::MultiSpan)) {
            const int endDay = r.openEnd ? days.dayOf(r.openEnd) : nDays;
            addSpan(p, recvDay, endDay, dueDay);
            if (recvDay <= c.refDay && c.refDay < endDay)
                addAge(c, p, recvDay);
        }
        const bool inPeriod = r.received >= c.periodStart && r.received < c.periodEnd;
        const bool inPrevious = r.received >= c.prevStart && r.received < c.prevEnd;
        if (!inPeriod && !inPrevious)
            continue;
        const bool resolved = (r.status == kStatusResolved || r.status == kStatusClosed) && r.resolved != 0;
        double lead = 0;
        if (resolved)
            lead = std::max(0.0, c.leadDays(r.received, r.resolved));
        if (inPrevious && resolved)
            p.previousLead.push_back(lead);
        if (!inPeriod)
            continue;

        const int main = c.mainOfSlot[r.category];
        ++p.dayMain[size_t(recvDay - c.fromDay) * size_t(c.nMain) + size_t(main)];
        ++p.byCategory[r.category];
        ++p.byDepartment[r.department];
        ++p.byChannel[r.channel % kChannels];
        ++p.byDistrict[r.district];
        const bool open = c.openStatus[r.status % 9];
        int outcome = -1;
        if (resolved) {
            p.leadByDepartment[r.department].push_back(lead);
            p.leadByMain[size_t(main)].push_back(lead);
            if (r.resolved <= r.due) {
                outcome = 0;
            } else {
                // Three times the SLA period, counted in working days from the reception day like
                // the due date itself: end of the (3n)-th working day after reception.
                const int n = days.workingDaysBefore(dueDay + 1) - days.workingDaysBefore(recvDay + 1);
                const int limitDay
                    = n > 0 ? days.nthWorkingDay(days.workingDaysBefore(recvDay + 1) + 3 * n - 1) : recvDay;
                outcome = days.dayOf(r.resolved) <= limitDay ? 1 : 2;
            }
        } else if (open) {
            outcome = c.now <= qint64(r.due) ? 3 : 4;
        }
        if (outcome >= 0) {
            ++p.slaByDepartment[r.department][size_t(outcome)];
            ++p.slaByMain[size_t(main)][size_t(outcome)];
        }
        if (r.street >= 0) {
            ++p.streetReports[size_t(r.street)];
            if (open) {
                ++p.streetOpen[size_t(r.street)];
                if (qint64(r.due) < c.now)
                    ++p.streetOverdue[size_t(r.street)];
            }
        }
        if (r.citizen >= 0)
            c.counted[i] = 1;
    }
}

/// Reports with more than one open span (reopened): their spans instead of received → openEnd.
void scanSpans(const Context& c, Partial& p)
{
    const CityDays& days = *c.days;
    const std::vector<StatsRow>& rows = c.snap->rows();
    int lastAgedRow = -1;
    for (const OpenSpan& s : c.snap->spans()) {
        const StatsRow& r = rows[size_t(s.row)];
        if (!c.selected(r))
            continue;
        const int startDay = days.dayOf(s.start);
        const int endDay = s.end ? days.dayOf(s.end) : c.nDays;
        addSpan(p, startDay, endDay, days.dayOf(r.due));
        if (startDay <= c.refDay && c.refDay < endDay && lastAgedRow != s.row) {
            addAge(c, p, days.dayOf(r.received));
            lastAgedRow = s.row;
        }
    }
}

template<typename V>
void addInto(V& a, const V& b)
{
    for (size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
}

void merge(Partial& a, Partial& b)
{
    addInto(a.dayCount, b.dayCount);
    addInto(a.dayMain, b.dayMain);
    addInto(a.openDiff, b.openDiff);
    addInto(a.overdueDiff, b.overdueDiff);
    addInto(a.byCategory, b.byCategory);
    addInto(a.byDepartment, b.byDepartment);
    addInto(a.byChannel, b.byChannel);
    addInto(a.byDistrict, b.byDistrict);
    for (size_t i = 0; i < a.leadByDepartment.size(); ++i)
        a.leadByDepartment[i].insert(
            a.leadByDepartment[i].end(), b.leadByDepartment[i].begin(), b.leadByDepartment[i].end());
    for (size_t i = 0; i < a.leadByMain.size(); ++i)
        a.leadByMain[i].insert(a.leadByMain[i].end(), b.leadByMain[i].begin(), b.leadByMain[i].end());
    a.previousLead.insert(a.previousLead.end(), b.previousLead.begin(), b.previousLead.end());
    for (size_t i = 0; i < a.slaByDepartment.size(); ++i)
        addInto(a.slaByDepartment[i], b.slaByDepartment[i]);
    for (size_t i = 0; i < a.slaByMain.size(); ++i)
        addInto(a.slaByMain[i], b.slaByMain[i]);
    a.age.count += b.age.count;
    addInto(a.age.bins, b.age.bins);
    a.ageDaysSum += b.ageDaysSum;
    addInto(a.streetReports, b.streetReports);
    addInto(a.streetOpen, b.streetOpen);
    addInto(a.streetOverdue, b.streetOverdue);
}

/// Exact order statistics of non-negative doubles by radix selection: a histogram of the top 16
/// bits of each value (which order like the values), then only the few buckets holding the wanted
/// ranks are gathered and sorted. Two linear passes instead of a selection over every value, and a
/// group's histograms add up, so the overall figures need no concatenated copy of all values.
class LeadSelector {
public:
    static constexpr int kBuckets = 1 << 16;

    explicit LeadSelector(QList<const std::vector<double>*> parts) : m_parts(std::move(parts)), m_histogram(kBuckets, 0)
    {
        // Bin bounds are whole days: a value's bin follows from its whole days alone.
        static const std::array<quint8, 92> binOfDay = [] {
            std::array<quint8, 92> t {};
            for (int d = 0; d < int(t.size()); ++d) {
                int bin = 0;
                while (bin < int(LeadStats::kBinBounds.size()) && d >= LeadStats::kBinBounds[size_t(bin)])
                    ++bin;
                t[size_t(d)] = quint8(bin);
            }
            return t;
        }();
        for (const std::vector<double>* v : std::as_const(m_parts)) {
            for (double x : *v) {
                ++m_histogram[bucket(x)];
                ++m_bins[binOfDay[size_t(std::min(x, 91.0))]];
                m_sum += x;
            }
            m_count += v->size();
        }
    }

    LeadStats stats() const
    {
        LeadStats s;
        s.count = qint64(m_count);
        if (m_count == 0)
            return s;
        s.mean = m_sum / double(m_count);
        s.histogram = m_bins;
        // Linear interpolation between order statistics (numpy's default).
        const double h50 = double(m_count - 1) * 0.5;
        const double h90 = double(m_count - 1) * 0.9;
        const size_t k50 = size_t(std::floor(h50));
        const size_t k90 = size_t(std::floor(h90));
        const size_t last = m_count - 1;
        const std::array<size_t, 4> ranks { k50, std::min(k50 + 1, last), k90, std::min(k90 + 1, last) };
        const std::array<double, 4> x = select(ranks);
        s.median = x[0] + (h50 - double(k50)) * (x[1] - x[0]);
        s.p90 = x[2] + (h90 - double(k90)) * (x[3] - x[2]);
        return s;
    }

    /// Merges another selector's counts (a group into the whole).
    void add(const LeadSelector& other)
    {
        for (int i = 0; i < kBuckets; ++i)
            m_histogram[size_t(i)] += other.m_histogram[size_t(i)];
        for (size_t i = 0; i < m_bins.size(); ++i)
            m_bins[i] += other.m_bins[i];
        m_parts << other.m_parts;
        m_count += other.m_count;
        m_sum += other.m_sum;
    }

private:
    static quint32 bucket(double x)
    {
        quint64 bits;
        std::memcpy(&bits, &x, sizeof bits);
        return quint32(bits >> 48);
    }

    std::array<double, 4> select(const std::array<size_t, 4>& ranks) const
    {
        // Which bucket holds each rank, and where in it.
        std::array<quint32, 4> bucketOf {};
        std::array<size_t, 4> within {};
        size_t before = 0;
        size_t r = 0;
        for (int b = 0; b < kBuckets && r < ranks.size(); ++b) {
            const size_t n = m_histogram[size_t(b)];
            while (r < ranks.size() && ranks[r] < before + n) {
                bucketOf[r] = quint32(b);
                within[r] = ranks[r] - before;
                ++r;
            }
            before += n;
        }
        // Gather the (at most four) buckets in one pass and sort each; they are small.
        std::array<std::vector<double>, 4> gathered;
        std::array<int, 4> slot {};
        std::array<quint32, 4> wanted {};
        int distinct = 0;
        for (size_t i = 0; i < ranks.size(); ++i) {
            int j = 0;
            while (j < distinct && wanted[size_t(j)] != bucketOf[i])
                ++j;
            if (j == distinct)
                wanted[size_t(distinct++)] = bucketOf[i];
            slot[i] = j;
        }
        for (const std::vector<double>* v : m_parts) {
            for (double x : *v) {
                const quint32 b = bucket(x);
                for (int j = 0; j < distinct; ++j) {
                    if (b == wanted[size_t(j)]) {
                        gathered[size_t(j)].push_back(x);
                        break;
                    }
                }
            }
        }
        for (int j = 0; j < distinct; ++j)
            std::sort(gathered[size_t(j)].begin(), gathered[size_t(j)].end());
        std::array<double, 4> out {};
        for (size_t i = 0; i < ranks.size(); ++i)
            out[i] = gathered[size_t(slot[i])][within[i]];
        return out;
    }

    QList<const std::vector<double>*> m_parts;
    std::vector<quint32> m_histogram;
    std::array<qint64, LeadStats::kBins> m_bins {};
    size_t m_count = 0;
    double m_sum = 0;
};

LeadStats leadStats(const std::vector<double>& v)
{
    return LeadSelector({ &v }).stats();
}

QList<Count> counts(const std::vector<qint64>& bySlot, const std::function<int(int)>& idOf)
{
    QList<Count> out;
    QHash<int, qint64> merged; // unknown ids may share an id with NULL (0)
    for (size_t i = 0; i < bySlot.size(); ++i)
        if (bySlot[i])
            merged[idOf(int(i))] += bySlot[i];
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        out << Count { it.key(), it.value() };
    std::sort(out.begin(), out.end(), [](const Count& a, const Count& b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
    return out;
}

int clampDay(const CityDays& days, QDate d)
{
    return std::clamp(days.indexOf(d), 0, days.dayCount() - 1);
}

} // namespace

double YearOverYear::change(double current, double previous)
{
    if (previous == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return (current - previous) / previous * 100.0;
}

void Dashboard::period(const StatsSnapshot& snapshot, const DashboardQuery& query, QDate* from, QDate* to)
{
    const QTimeZone zone = WorkCalendar::cityTimeZone();
    const qint64 now = query.now ? query.now : QDateTime::currentSecsSinceEpoch();
    QDate f = query.filter.from;
    QDate t = query.filter.to;
    if (!t.isValid())
        t = QDateTime::fromSecsSinceEpoch(now, zone).date();
    if (!f.isValid())
        f = snapshot.firstReceived() > 0 ? QDateTime::fromSecsSinceEpoch(snapshot.firstReceived(), zone).date() : t;
    if (t < f)
        t = f;
    const CityDays& days = snapshot.days();
    if (!days.isEmpty()) {
        f = days.date(clampDay(days, f));
        t = days.date(clampDay(days, t));
    }
    *from = f;
    *to = t;
}

DashboardData Dashboard::compute(const StatsSnapshot& snapshot, const DashboardQuery& query, QThreadPool* helper)
{
    DashboardData data;
    data.granularity = query.granularity;
    data.basis = query.basis;
    data.now = query.now ? query.now : QDateTime::currentSecsSinceEpoch();
    const CityDays& days = snapshot.days();
    if (days.isEmpty())
        return data;
    period(snapshot, query, &data.from, &data.to);
    const ReferenceData& refs = snapshot.refs();

    Context c;
    c.snap = &snapshot;
    c.days = &days;
    c.nDays = days.dayCount();
    c.now = data.now;
    c.nowDay = days.dayOf(c.now);
    c.fromDay = days.indexOf(data.from);
    c.toDay = days.indexOf(data.to);
    c.refDay = std::min(c.toDay, c.nowDay);
    c.periodStart = days.start(c.fromDay);
    c.periodEnd = days.start(c.toDay + 1);
    data.yoy.previousFrom = data.from.addYears(-1);
    data.yoy.previousTo = data.to.addYears(-1);
    const int prevFromDay = clampDay(days, data.yoy.previousFrom);
    const int prevToDay = clampDay(days, data.yoy.previousTo);
    c.prevStart = days.start(prevFromDay);
    c.prevEnd = days.start(prevToDay + 1);
    if (days.indexOf(data.yoy.previousTo) < 0)
        c.prevEnd = c.prevStart; // entirely before the table, hence before every report
    c.working = query.basis == DashboardQuery::DayBasis::Working;
    for (Status s : StatusRules::all())
        c.openStatus[int(s)] = StatusRules::isOpen(s);

    // The filter's dimensions as lookup tables over the snapshot's slots, with the queue's meaning.
    const QueueFilter& f = query.filter;
    QSet<int> cats;
    for (int id : f.categoryIds) {
        cats.insert(id);
        const QList<int> subs = refs.subcategoriesOf(id);
        for (int sub : subs)
            cats.insert(sub);
    }
    c.catMask.resize(size_t(snapshot.categorySlots()));
    for (int s = 0; s < snapshot.categorySlots(); ++s)
        c.catMask[size_t(s)] = f.categoryIds.isEmpty() || (s != 0 && cats.contains(snapshot.categoryId(s)));
    c.deptMask.resize(size_t(snapshot.departmentSlots()));
    for (int s = 0; s < snapshot.departmentSlots(); ++s)
        c.deptMask[size_t(s)] = f.departmentIds.isEmpty() || f.departmentIds.contains(snapshot.departmentId(s));
    c.distMask.resize(size_t(snapshot.districtSlots()));
    for (int s = 0; s < snapshot.districtSlots(); ++s)
        c.distMask[size_t(s)] = f.districtIds.isEmpty() || (s != 0 && f.districtIds.contains(snapshot.districtId(s)));
    for (int ch = 0; ch < kChannels; ++ch)
        c.chanMask[size_t(ch)] = f.channels.isEmpty() || f.channels.contains(Channel(ch));

    // Main categories: the reference data's, then any unknown to it.
    QHash<int, int> mainIndex;
    for (const Category& cat : refs.categories) {
        if (cat.parentId == 0) {
            mainIndex.insert(cat.id, int(data.mainCategories.size()));
            data.mainCategories << cat.id;
        }
    }
    c.mainOfSlot.resize(size_t(snapshot.categorySlots()));
    for (int s = 0; s < snapshot.categorySlots(); ++s) {
        const int id = snapshot.categoryId(s);
        const Category* cat = refs.category(id);
        const int main = cat && cat->parentId != 0 ? cat->parentId : id;
        auto it = mainIndex.constFind(main);
        if (it == mainIndex.cend()) {
            it = mainIndex.insert(main, int(data.mainCategories.size()));
            data.mainCategories << main;
        }
        c.mainOfSlot[size_t(s)] = it.value();
    }
    c.nMain = int(data.mainCategories.size());

    // Pass 1: the rows, in two halves when a helper thread is there.
    const size_t n = snapshot.rows().size();
    std::vector<unsigned char> counted(n, 0);
    c.counted = counted.data();
    Partial total;
    total.init(c);
    if (helper && n > 50000) {
        Partial second;
        second.init(c);
        const size_t half = n / 2;
        QFuture<void> other = QtConcurrent::run(helper, [&c, &second, half, n] { scanRows(c, second, half, n); });
        scanRows(c, total, 0, half);
        scanSpans(c, total);
        other.waitForFinished();
        merge(total, second);
    } else {
        scanRows(c, total, 0, n);
        scanSpans(c, total);
    }

    // Pass 2: the small tables that the charts show.
    std::vector<qint64> prefix(size_t(c.nDays) + 1, 0); // received before day i
    for (int d = 0; d < c.nDays; ++d)
        prefix[size_t(d) + 1] = prefix[size_t(d)] + total.dayCount[size_t(d)];
    auto receivedIn = [&](QDate a, QDate b) -> qint64 {
        const int i = std::max(days.indexOf(a), 0);
        const int j = std::min(days.indexOf(b), c.nDays - 1);
        return j < i ? 0 : prefix[size_t(j) + 1] - prefix[size_t(i)];
    };
    data.received = receivedIn(data.from, data.to);

    QDate bucketStart = data.from;
    while (bucketStart <= data.to) {
        QDate bucketEnd = bucketStart;
        if (query.granularity == DashboardQuery::Granularity::Week)
            bucketEnd = bucketStart.addDays(7 - bucketStart.dayOfWeek());
        else if (query.granularity == DashboardQuery::Granularity::Month)
            bucketEnd = QDate(bucketStart.year(), bucketStart.month(), bucketStart.daysInMonth());
        bucketEnd = std::min(bucketEnd, data.to);
        VolumeBucket b;
        b.first = bucketStart;
        b.last = bucketEnd;
        b.count = receivedIn(bucketStart, bucketEnd);
        if (query.granularity == DashboardQuery::Granularity::Month)
            b.lastYear = receivedIn(bucketStart.addYears(-1), bucketEnd.addYears(-1));
        else
            b.lastYear = receivedIn(bucketStart.addDays(-364), bucketEnd.addDays(-364));
        b.byMainCategory.resize(c.nMain);
        for (int d = days.indexOf(bucketStart); d <= days.indexOf(bucketEnd); ++d)
            for (int m = 0; m < c.nMain; ++m)
                b.byMainCategory[m] += total.dayMain[size_t(d - c.fromDay) * size_t(c.nMain) + size_t(m)];
        data.volume << b;
        bucketStart = bucketEnd.addDays(1);
    }

    {
        std::vector<qint64> byMain(size_t(c.nMain), 0);
        for (size_t s = 0; s < total.byCategory.size(); ++s)
            byMain[size_t(c.mainOfSlot[s])] += total.byCategory[s];
        data.byMainCategory = counts(byMain, [&](int i) { return data.mainCategories.at(i); });
    }
    data.byCategory = counts(total.byCategory, [&](int s) { return snapshot.categoryId(s); });
    data.byDepartment = counts(total.byDepartment, [&](int s) { return snapshot.departmentId(s); });
    data.byDistrict = counts(total.byDistrict, [&](int s) { return snapshot.districtId(s); });
    {
        std::vector<qint64> ch(total.byChannel.begin(), total.byChannel.end());
        data.byChannel = counts(ch, [](int i) { return i; });
    }

    // Lead times: per group, and overall from the groups' histograms added up.
    {
        LeadSelector overall({});
        for (size_t d = 0; d < total.leadByDepartment.size(); ++d) {
            if (total.leadByDepartment[d].empty())
                continue;
            const LeadSelector group({ &total.leadByDepartment[d] });
            data.leadByDepartment << GroupLead { snapshot.departmentId(int(d)), group.stats() };
            overall.add(group);
        }
        data.lead = overall.stats();
    }
    for (size_t m = 0; m < total.leadByMain.size(); ++m)
        if (!total.leadByMain[m].empty())
            data.leadByCategory << GroupLead { data.mainCategories.at(int(m)), leadStats(total.leadByMain[m]) };
    auto slowestFirst = [](const GroupLead& a, const GroupLead& b) {
        return a.lead.median != b.lead.median ? a.lead.median > b.lead.median : a.id < b.id;
    };
    std::sort(data.leadByDepartment.begin(), data.leadByDepartment.end(), slowestFirst);
    std::sort(data.leadByCategory.begin(), data.leadByCategory.end(), slowestFirst);

    for (size_t s = 0; s < total.slaByDepartment.size(); ++s) {
        const auto& a = total.slaByDepartment[s];
        SlaCounts sc { a[0], a[1], a[2], a[3], a[4] };
        data.sla.withinDue += sc.withinDue;
        data.sla.within3x += sc.within3x;
        data.sla.beyond3x += sc.beyond3x;
        data.sla.openOnTime += sc.openOnTime;
        data.sla.openOverdue += sc.openOverdue;
        if (sc.resolved() + sc.openOnTime + sc.openOverdue > 0)
            data.slaByDepartment << GroupSla { snapshot.departmentId(int(s)), sc };
    }
    for (size_t m = 0; m < total.slaByMain.size(); ++m) {
        const auto& a = total.slaByMain[m];
        const SlaCounts sc { a[0], a[1], a[2], a[3], a[4] };
        if (sc.resolved() + sc.openOnTime + sc.openOverdue > 0)
            data.slaByCategory << GroupSla { data.mainCategories.at(int(m)), sc };
    }

    // Backlog: running sums of the span starts and ends up to each day.
    {
        qint64 open = 0;
        qint64 overdue = 0;
        for (int d = 0; d <= c.refDay; ++d) {
            open += total.openDiff[size_t(d)];
            overdue += total.overdueDiff[size_t(d)];
            if (d >= c.fromDay)
                data.backlog << BacklogPoint { days.date(d), open, overdue };
        }
    }
    data.openAge = total.age;
    data.openAge.meanDays = total.age.count ? double(total.ageDaysSum) / double(total.age.count) : 0;

    data.yoy.volume = data.received;
    data.yoy.previousVolume = c.prevEnd > c.prevStart ? receivedIn(days.date(prevFromDay), days.date(prevToDay)) : 0;
    data.yoy.lead = data.lead;
    data.yoy.previousLead = leadStats(total.previousLead);

    {
        std::vector<int> order;
        for (size_t i = 0; i < total.streetReports.size(); ++i)
            if (total.streetReports[i])
                order.push_back(int(i));
        const QStringList& streets = snapshot.streets();
        auto more = [&](int a, int b) {
            if (total.streetReports[size_t(a)] != total.streetReports[size_t(b)])
                return total.streetReports[size_t(a)] > total.streetReports[size_t(b)];
            return streets.at(a) < streets.at(b);
        };
        const size_t top = std::min(order.size(), size_t(std::max(query.topStreets, 0)));
        std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(), more);
        for (size_t i = 0; i < top; ++i) {
            const int s = order[i];
            data.topStreets << StreetCount { streets.at(s),
                total.streetReports[size_t(s)],
                total.streetOpen[size_t(s)],
                total.streetOverdue[size_t(s)] };
        }
    }

    {
        // Per citizen, the topics of their counted reports; a citizen has few reports and topics.
        const std::vector<qint32>& offsets = snapshot.citizenOffsets();
        const std::vector<CitizenReport>& reports = snapshot.citizenReports();
        const int nDistricts = snapshot.districtSlots();
        std::vector<qint32> perTopic(size_t(c.nMain + nDistricts), 0); // main categories, then district slots
        std::vector<QList<EngagedCitizen>> engaged(perTopic.size());
        std::vector<int> touched;
        for (int z = 0; z + 1 < int(offsets.size()); ++z) {
            for (qint32 k = offsets[size_t(z)]; k < offsets[size_t(z) + 1]; ++k) {
                const CitizenReport& cr = reports[size_t(k)];
                if (!counted[size_t(cr.row)])
                    continue;
                const int ofReport[2] = { c.mainOfSlot[cr.category], cr.district ? c.nMain + cr.district : -1 };
                for (int t : ofReport) {
                    if (t >= 0 && perTopic[size_t(t)]++ == 0)
                        touched.push_back(t);
                }
            }
            for (int t : touched) {
                if (perTopic[size_t(t)] >= query.engagedMinReports)
                    engaged[size_t(t)] << EngagedCitizen { z, perTopic[size_t(t)] };
                perTopic[size_t(t)] = 0;
            }
            touched.clear();
        }
        auto add = [&](int t, EngagedTopic::Kind kind, int id) {
            QList<EngagedCitizen>& list = engaged[size_t(t)];
            if (list.isEmpty())
                return;
            // Slots follow the names: most reports first, then by name, without comparing strings.
            std::sort(list.begin(), list.end(), [](const EngagedCitizen& a, const EngagedCitizen& b) {
                return a.reports != b.reports ? a.reports > b.reports : a.slot < b.slot;
            });
            data.engaged << EngagedTopic { kind, id, std::move(list) };
        };
        for (int m = 0; m < c.nMain; ++m)
            add(m, EngagedTopic::Kind::Category, data.mainCategories.at(m));
        // Districts in the reference data's order (by name), then any unknown to it.
        std::vector<int> districtSlots;
        for (const District& d : refs.districts)
            for (int sl = 1; sl < nDistricts; ++sl)
                if (snapshot.districtId(sl) == d.id)
                    districtSlots.push_back(sl);
        for (int sl = 1; sl < nDistricts; ++sl)
            if (std::find(districtSlots.begin(), districtSlots.end(), sl) == districtSlots.end())
                districtSlots.push_back(sl);
        for (int sl : districtSlots)
            add(c.nMain + sl, EngagedTopic::Kind::District, snapshot.districtId(sl));
    }
    data.source = snapshot.weak_from_this().lock();
    return data;
}

} // namespace meldpunt
