// SPDX-License-Identifier: GPL-3.0-or-later
// SLA arithmetic: Easter, Belgian public holidays, working days and the due moment in city time.
#include "domain/calendar.h"

#include <QTest>

using namespace meldpunt;

class TestCalendar final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cityTimeZone();
    void easterSunday_data();
    void easterSunday();
    void holidays_data();
    void holidays();
    void holidayCountPerYear_data();
    void holidayCountPerYear();
    void workingDay_data();
    void workingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void dueAt_data();
    void dueAt();
    void dueAtIsEndOfCityDay();
};

void TestCalendar::cityTimeZone()
{
    const QTimeZone zone = WorkCalendar::cityTimeZone();
    QVERIFY(zone.isValid());
    QCOMPARE(zone.id(), QByteArray("Europe/Brussels"));
}

void TestCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
    QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
    QTest::newRow("2028") << 2028 << QDate(2028, 4, 16);
    QTest::newRow("2029") << 2029 << QDate(2029, 4, 1);
    QTest::newRow("2030") << 2030 << QDate(2030, 4, 21);
    // Extremes of the Gregorian range of Easter.
    QTest::newRow("2008 early") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2038 late") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2285 earliest") << 2285 << QDate(2285, 3, 22);
}

void TestCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    QCOMPARE(WorkCalendar::easterSunday(year), easter);
    QCOMPARE(easter.dayOfWeek(), 7);
}

void TestCalendar::holidays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    for (int year : { 2026, 2027 }) {
        const QList<QDate> fixed = { QDate(year, 1, 1),
            QDate(year, 5, 1),
            QDate(year, 7, 21),
            QDate(year, 8, 15),
            QDate(year, 11, 1),
            QDate(year, 11, 11),
            QDate(year, 12, 25) };
        for (const QDate& d : fixed)
            QTest::addRow("%s fixed", qPrintable(d.toString(Qt::ISODate))) << d << true;
    }
    QTest::newRow("2026 Easter Monday") << QDate(2026, 4, 6) << true;
    QTest::newRow("2026 Ascension") << QDate(2026, 5, 14) << true;
    QTest::newRow("2026 Whit Monday") << QDate(2026, 5, 25) << true;
    QTest::newRow("2027 Easter Monday") << QDate(2027, 3, 29) << true;
    QTest::newRow("2027 Ascension") << QDate(2027, 5, 6) << true;
    QTest::newRow("2027 Whit Monday") << QDate(2027, 5, 17) << true;
    // Days that look like holidays but are working days in Belgium.
    QTest::newRow("2026 Good Friday") << QDate(2026, 4, 3) << false;
    QTest::newRow("2027 Good Friday") << QDate(2027, 3, 26) << false;
    QTest::newRow("2026 day after Ascension") << QDate(2026, 5, 15) << false;
    QTest::newRow("2026 All Souls") << QDate(2026, 11, 2) << false;
    QTest::newRow("2026 Boxing Day") << QDate(2026, 12, 26) << false;
    QTest::newRow("2026 New Year's Eve") << QDate(2026, 12, 31) << false;
    QTest::newRow("2026 Flemish community day") << QDate(2026, 7, 11) << false;
    QTest::newRow("2027 Easter Monday 2026 date") << QDate(2027, 4, 6) << false;
    QTest::newRow("2026 Easter Monday 2027 date") << QDate(2026, 3, 29) << false;
}

void TestCalendar::holidays()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QCOMPARE(WorkCalendar::isPublicHoliday(date), holiday);
    if (holiday)
        QVERIFY(!WorkCalendar::isWorkingDay(date));
}

void TestCalendar::holidayCountPerYear_data()
{
    QTest::addColumn<int>("year");
    for (int y = 2024; y <= 2030; ++y)
        QTest::addRow("%d", y) << y;
}

void TestCalendar::holidayCountPerYear()
{
    QFETCH(int, year);
    int count = 0;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        count += WorkCalendar::isPublicHoliday(d) ? 1 : 0;
    QCOMPARE(count, 10);
}

void TestCalendar::workingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("Thursday") << QDate(2026, 4, 2) << true;
    QTest::newRow("Good Friday") << QDate(2026, 4, 3) << true;
    QTest::newRow("Saturday") << QDate(2026, 4, 4) << false;
    QTest::newRow("Easter Sunday") << QDate(2026, 4, 5) << false;
    QTest::newRow("Easter Monday") << QDate(2026, 4, 6) << false;
    QTest::newRow("Tuesday after Easter") << QDate(2026, 4, 7) << true;
    QTest::newRow("National Day on a Tuesday") << QDate(2026, 7, 21) << false;
    QTest::newRow("Assumption on a Saturday") << QDate(2026, 8, 15) << false;
}

void TestCalendar::workingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkCalendar::isWorkingDay(date), working);
}

void TestCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero days") << QDate(2026, 4, 2) << 0 << QDate(2026, 4, 2);
    QTest::newRow("Mon +1") << QDate(2026, 3, 2) << 1 << QDate(2026, 3, 3);
    QTest::newRow("Mon +4 same week") << QDate(2026, 3, 2) << 4 << QDate(2026, 3, 6);
    QTest::newRow("Fri +1 over weekend") << QDate(2026, 3, 6) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Sat +1") << QDate(2026, 3, 7) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Sun +1") << QDate(2026, 3, 8) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Mon +10 two weeks") << QDate(2026, 3, 2) << 10 << QDate(2026, 3, 16);
    // Easter 2026: Good Friday works, Easter Monday does not.
    QTest::newRow("Thu 2026-04-02 +1 Good Friday") << QDate(2026, 4, 2) << 1 << QDate(2026, 4, 3);
    QTest::newRow("Thu 2026-04-02 +2 skips Easter Monday") << QDate(2026, 4, 2) << 2 << QDate(2026, 4, 7);
    QTest::newRow("Fri 2026-04-03 +1 skips Easter Monday") << QDate(2026, 4, 3) << 1 << QDate(2026, 4, 7);
    QTest::newRow("Easter Monday 2026 +1") << QDate(2026, 4, 6) << 1 << QDate(2026, 4, 7);
    // Easter 2027 (28 March) and Ascension 2027 (Thursday 6 May).
    QTest::newRow("Fri 2027-03-26 +1 skips Easter Monday") << QDate(2027, 3, 26) << 1 << QDate(2027, 3, 30);
    QTest::newRow("Wed 2027-05-05 +1 skips Ascension") << QDate(2027, 5, 5) << 1 << QDate(2027, 5, 7);
    QTest::newRow("Wed 2027-05-05 +2 Ascension and weekend") << QDate(2027, 5, 5) << 2 << QDate(2027, 5, 10);
    QTest::newRow("Fri 2027-05-14 +1 skips Whit Monday") << QDate(2027, 5, 14) << 1 << QDate(2027, 5, 18);
    // 2026: Labour Day (Friday), Ascension (Thursday 14 May), Whit Monday (25 May).
    QTest::newRow("Thu 2026-04-30 +1 skips Labour Day and weekend") << QDate(2026, 4, 30) << 1 << QDate(2026, 5, 4);
    QTest::newRow("Wed 2026-05-13 +3 Ascension") << QDate(2026, 5, 13) << 3 << QDate(2026, 5, 19);
    QTest::newRow("Fri 2026-05-22 +1 Whit Monday") << QDate(2026, 5, 22) << 1 << QDate(2026, 5, 26);
    // Christmas and New Year: 25 Dec and 1 Jan are holidays, 26 and 31 Dec are not.
    QTest::newRow("Thu 2026-12-24 +1 skips Christmas and weekend") << QDate(2026, 12, 24) << 1 << QDate(2026, 12, 28);
    QTest::newRow("Thu 2026-12-24 +5 over New Year") << QDate(2026, 12, 24) << 5 << QDate(2027, 1, 4);
    QTest::newRow("Thu 2026-12-31 +1 skips New Year") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 4);
    QTest::newRow("Wed 2025-12-24 +2 Christmas Thursday") << QDate(2025, 12, 24) << 2 << QDate(2025, 12, 29);
    QTest::newRow("Wed 2025-12-31 +1 New Year Thursday") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 2);
    // 11 November 2026 is a Wednesday; 1 November a Sunday.
    QTest::newRow("Tue 2026-11-10 +1 Armistice") << QDate(2026, 11, 10) << 1 << QDate(2026, 11, 12);
    QTest::newRow("Fri 2026-10-30 +1 All Saints on Sunday") << QDate(2026, 10, 30) << 1 << QDate(2026, 11, 2);
    // A long SLA across the summer holidays of 2026 (21 July Tuesday, 15 August Saturday).
    QTest::newRow("Mon 2026-07-13 +20") << QDate(2026, 7, 13) << 20 << QDate(2026, 8, 11);
}

void TestCalendar::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    const QDate got = WorkCalendar::addWorkingDays(start, days);
    QCOMPARE(got, expected);
    if (days > 0)
        QVERIFY(WorkCalendar::isWorkingDay(got));
    // Counting the working days in (start, got] independently gives `days`.
    int counted = 0;
    for (QDate d = start.addDays(1); d <= got; d = d.addDays(1))
        counted += (d.dayOfWeek() < 6 && !WorkCalendar::isPublicHoliday(d)) ? 1 : 0;
    QCOMPARE(counted, days);
}

void TestCalendar::dueAt_data()
{
    QTest::addColumn<QDateTime>("received");
    QTest::addColumn<int>("sla");
    QTest::addColumn<QDate>("dueDay");
    const QTimeZone city("Europe/Brussels");
    QTest::newRow("Thu 2026-04-02 10:00 +2 → Tue 7 April")
        << QDateTime(QDate(2026, 4, 2), QTime(10, 0), city) << 2 << QDate(2026, 4, 7);
    QTest::newRow("Wed 2027-05-05 +1 → Fri 7 May")
        << QDateTime(QDate(2027, 5, 5), QTime(9, 0), city) << 1 << QDate(2027, 5, 7);
    // 23:30 UTC on 1 April is 01:30 on 2 April in Brussels (summer time): the city day counts.
    QTest::newRow("UTC evening is next city day")
        << QDateTime(QDate(2026, 4, 1), QTime(23, 30), Qt::UTC) << 1 << QDate(2026, 4, 3);
    QTest::newRow("city 23:59 stays same day")
        << QDateTime(QDate(2026, 4, 1), QTime(23, 59), city) << 1 << QDate(2026, 4, 2);
    QTest::newRow("winter UTC 23:30 Dec 31 → 1 Jan city")
        << QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC) << 1 << QDate(2027, 1, 4);
    QTest::newRow("SLA 0 on a working day is that day")
        << QDateTime(QDate(2026, 4, 2), QTime(8, 0), city) << 0 << QDate(2026, 4, 2);
    QTest::newRow("SLA 0 on Easter Sunday is Tuesday")
        << QDateTime(QDate(2026, 4, 5), QTime(8, 0), city) << 0 << QDate(2026, 4, 7);
    QTest::newRow("Saturday +1 → Monday") << QDateTime(QDate(2026, 3, 7), QTime(11, 0), city) << 1 << QDate(2026, 3, 9);
    QTest::newRow("Christmas Eve +3") << QDateTime(QDate(2026, 12, 24), QTime(16, 0), city) << 3 << QDate(2026, 12, 30);
    QTest::newRow("DST start Sunday 2026-03-29 +1 → Mon")
        << QDateTime(QDate(2026, 3, 29), QTime(3, 30), city) << 1 << QDate(2026, 3, 30);
    QTest::newRow("Fri 2026-10-23 +1 over the end of summer time")
        << QDateTime(QDate(2026, 10, 23), QTime(9, 0), city) << 1 << QDate(2026, 10, 26);
}

void TestCalendar::dueAt()
{
    QFETCH(QDateTime, received);
    QFETCH(int, sla);
    QFETCH(QDate, dueDay);
    const QDateTime due = WorkCalendar::dueAt(received, sla);
    QVERIFY(due.isValid());
    const QDateTime local = due.toTimeZone(QTimeZone("Europe/Brussels"));
    QCOMPARE(local.date(), dueDay);
    QCOMPARE(local.time(), QTime(23, 59, 59));
    QVERIFY(due > received);
}

void TestCalendar::dueAtIsEndOfCityDay()
{
    // In summer time 23:59:59 in Brussels is 21:59:59 UTC; in winter 22:59:59 UTC.
    const QDateTime summer = WorkCalendar::dueAt(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC), 1);
    QCOMPARE(summer.toUTC(), QDateTime(QDate(2026, 6, 2), QTime(21, 59, 59), Qt::UTC));
    const QDateTime winter = WorkCalendar::dueAt(QDateTime(QDate(2026, 1, 12), QTime(12, 0), Qt::UTC), 1);
    QCOMPARE(winter.toUTC(), QDateTime(QDate(2026, 1, 13), QTime(22, 59, 59), Qt::UTC));
    // The same instant expressed in another zone gives the same due moment.
    const QDateTime instant(QDate(2026, 4, 2), QTime(10, 0), QTimeZone("Europe/Brussels"));
    QCOMPARE(WorkCalendar::dueAt(instant.toTimeZone(QTimeZone("America/New_York")), 2).toSecsSinceEpoch(),
        WorkCalendar::dueAt(instant, 2).toSecsSinceEpoch());
}

QTEST_APPLESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
