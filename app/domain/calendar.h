// SPDX-License-Identifier: GPL-3.0-or-later
// Working days in Belgium: weekends and public holidays, used for SLA due dates.
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace meldpunt {

/// Belgian working-day arithmetic; the SLA due date of a report comes from here.
class WorkCalendar final {
public:
    /// The city's time zone (Europe/Brussels); working days are counted in it.
    static QTimeZone cityTimeZone();
    static QDate easterSunday(int year);
    /// New Year, Easter Monday, Labour Day, Ascension, Whit Monday, National Day,
    /// Assumption, All Saints, Armistice, Christmas.
    static bool isPublicHoliday(QDate d);
    static bool isWorkingDay(QDate d);
    /// The date `days` working days after `start` (start itself not counted).
    static QDate addWorkingDays(QDate start, int days);
    /// SLA due moment: end of the working day `slaDays` working days after reception (city time).
    static QDateTime dueAt(const QDateTime& received, int slaDays);
};

} // namespace meldpunt
