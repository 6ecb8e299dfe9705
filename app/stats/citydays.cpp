// SPDX-License-Identifier: GPL-3.0-or-later
#include "stats/citydays.h"

#include "domain/calendar.h"

namespace meldpunt {

CityDays::CityDays(QDate first, QDate last) : m_first(first)
{
    if (!first.isValid() || !last.isValid() || last < first)
        return;
    const QTimeZone zone = WorkCalendar::cityTimeZone();
    const qint64 n = first.daysTo(last) + 1;
    m_start.reserve(size_t(n) + 1);
    m_working.reserve(size_t(n));
    m_workBefore.reserve(size_t(n));
    int worked = 0;
    for (qint64 i = 0; i <= n; ++i) {
        const QDate d = first.addDays(i);
        m_start.push_back(d.startOfDay(zone).toSecsSinceEpoch());
        m_workBefore.push_back(worked);
        if (i == n)
            break;
        const bool working = WorkCalendar::isWorkingDay(d);
        m_working.push_back(working ? 1 : 0);
        const QDateTime midnight = d.startOfDay(zone);
        const QDateTime next = d.addDays(1).startOfDay(zone);
        const int before = zone.offsetFromUtc(midnight);
        const int after = zone.offsetFromUtc(next);
        qint64 shiftAt = 0;
        if (before != after) {
            const QTimeZone::OffsetData t = zone.nextTransition(midnight);
            shiftAt = t.atUtc.isValid() ? t.atUtc.toSecsSinceEpoch() : 0;
        }
        m_shiftAt.push_back(shiftAt);
        m_shift.push_back(after - before);
        if (working) {
            m_workDays.push_back(int(i));
            ++worked;
        }
    }
}

} // namespace meldpunt
