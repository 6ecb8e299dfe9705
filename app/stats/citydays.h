// SPDX-License-Identifier: GPL-3.0-or-later
// City-time days as a lookup table: which local day a UTC moment falls on, and where it lies in calendar or working
// days.
#pragma once

#include <QDate>
#include <QList>

#include <algorithm>

#include <vector>

namespace meldpunt {

/// A precomputed run of city-time (Europe/Brussels) days, so that a million reports can be put on
/// their local day and measured in calendar or working days without any per-row time-zone math.
/// Day i of the table is `firstDate().addDays(i)`; its start is the local midnight as UTC seconds,
/// so days around a daylight-saving change are 23 or 25 hours long.
class CityDays final {
public:
    CityDays() = default;
    /// Builds the table from `first` to `last` inclusive (both valid, first <= last).
    CityDays(QDate first, QDate last);

    bool isEmpty() const { return m_start.size() < 2; }
    QDate firstDate() const { return m_first; }
    int dayCount() const { return int(m_start.size()) - 1; }
    QDate date(int day) const { return m_first.addDays(day); }
    /// Day index of a date; may fall outside [0, dayCount()).
    int indexOf(QDate d) const { return int(m_first.daysTo(d)); }

    /// UTC seconds of the local midnight that starts day `day` (0 <= day <= dayCount()).
    qint64 start(int day) const { return m_start[size_t(day)]; }

    /// The day a UTC moment falls on, clamped to the table.
    int dayOf(qint64 secs) const
    {
        const qint64 base = m_start.front();
        const int last = dayCount() - 1;
        if (secs < base)
            return 0;
        int d = int((secs - base) / 86400);
        if (d > last)
            d = last;
        // A guess from whole days is off by at most one around DST changes: nudge it.
        while (d > 0 && m_start[size_t(d)] > secs)
            --d;
        while (d < last && m_start[size_t(d) + 1] <= secs)
            ++d;
        return d;
    }

    bool isWorkingDay(int day) const { return m_working[size_t(day)] != 0; }
    /// Working days of the table strictly before day `day` (0 <= day <= dayCount()).
    int workingDaysBefore(int day) const { return m_workBefore[size_t(day)]; }
    /// The day index of the `n`-th working day (0-based) of the table, or dayCount() when beyond it.
    int nthWorkingDay(int n) const
    {
        return n < 0 ? 0 : (size_t(n) < m_workDays.size() ? m_workDays[size_t(n)] : dayCount());
    }

    /// Calendar days from one moment to a later one by the city's wall clock: noon to noon the next
    /// day is 1.0 even across a DST change, when only 23 or 25 hours passed.
    double calendarDays(qint64 from, qint64 to) const
    {
        const int a = dayOf(from);
        const int b = dayOf(to);
        // Whole days and fractions apart, so that equal times of day give an exact whole number.
        return double(b - a) + (fraction(b, to) - fraction(a, from));
    }
    /// Working days from one moment to a later one: only time on working days counts.
    double workingDays(qint64 from, qint64 to) const
    {
        const int a = dayOf(from);
        const int b = dayOf(to);
        const double fb = m_working[size_t(b)] ? fraction(b, to) : 0.0;
        const double fa = m_working[size_t(a)] ? fraction(a, from) : 0.0;
        return double(m_workBefore[size_t(b)] - m_workBefore[size_t(a)]) + (fb - fa);
    }

private:
    /// The wall-clock time of day as a fraction of 24 hours: on the day the clocks change, noon
    /// is still 0.5 although 11 or 13 hours have passed since midnight.
    double fraction(int d, qint64 secs) const
    {
        qint64 wall = secs - m_start[size_t(d)];
        if (m_shiftAt[size_t(d)] != 0 && secs >= m_shiftAt[size_t(d)])
            wall += m_shift[size_t(d)];
        return double(std::clamp<qint64>(wall, 0, 86399)) / 86400.0;
    }

    QDate m_first;
    std::vector<qint64> m_start; ///< dayCount() + 1 entries: the last is the end of the last day
    std::vector<unsigned char> m_working;
    std::vector<int> m_workBefore; ///< dayCount() + 1 entries
    std::vector<int> m_workDays;
    std::vector<qint64> m_shiftAt; ///< the UTC moment the clocks change that day, 0 when they don't
    std::vector<int> m_shift; ///< seconds the wall clock jumps then (+3600 in spring, −3600 in autumn)
};

} // namespace meldpunt
