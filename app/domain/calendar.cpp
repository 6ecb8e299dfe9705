// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/calendar.h"

#include <QTime>
#include <QTimeZone>

namespace meldpunt {

QDate WorkCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QTimeZone WorkCalendar::cityTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z("Europe/Brussels");
        return z.isValid() ? z : QTimeZone::systemTimeZone();
    }();
    return zone;
}

bool WorkCalendar::isPublicHoliday(QDate d)
{
    const int m = d.month();
    const int day = d.day();
    if ((m == 1 && day == 1) || (m == 5 && day == 1) || (m == 7 && day == 21) || (m == 8 && day == 15)
        || (m == 11 && day == 1) || (m == 11 && day == 11) || (m == 12 && day == 25))
        return true;
    const QDate easter = easterSunday(d.year());
    return d == easter.addDays(1) || d == easter.addDays(39) || d == easter.addDays(50);
}

bool WorkCalendar::isWorkingDay(QDate d)
{
    return d.dayOfWeek() < 6 && !isPublicHoliday(d);
}

QDate WorkCalendar::addWorkingDays(QDate start, int days)
{
    QDate d = start;
    while (days > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --days;
    }
    return d;
}

QDateTime WorkCalendar::dueAt(const QDateTime& received, int slaDays)
{
    const QDateTime local = received.toTimeZone(cityTimeZone());
    QDate day = local.date();
    // A report received outside working days starts counting from the next working day.
    if (slaDays == 0 && !isWorkingDay(day))
        day = addWorkingDays(day, 1);
    const QDate due = addWorkingDays(day, slaDays);
    return QDateTime(due, QTime(23, 59, 59), cityTimeZone());
}

} // namespace meldpunt
