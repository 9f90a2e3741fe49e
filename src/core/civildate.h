// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Frise {

/**
 * A day of the proleptic Gregorian calendar with a 64-bit year, and the
 * arithmetic between days and minutes since 1970-01-01T00:00Z.
 *
 * Years are historical, as in QDate and TimelineJS: there is no year 0,
 * year -1 is 1 BCE and is followed by year 1. QDate stops at years that fit
 * an int and QDateTime at about 292 million years; this arithmetic reaches
 * the deep years FuzzyDate allows (and far beyond: it stays exact while
 * |year| <= maximumArithmeticYear).
 *
 * The conversions are Howard Hinnant's days_from_civil / civil_from_days
 * (chrono-Compatible Low-Level Date Algorithms), on astronomical years
 * (1 BCE = 0) internally.
 */
struct CivilDate
{
    qint64 year = 1; ///< historical, never 0
    int month = 1; ///< 1-12
    int day = 1; ///< 1-31
    int minuteOfDay = 0; ///< 0-1439

    /// Years up to this magnitude convert to minutes without overflowing a qint64 (with room for sums).
    static constexpr qint64 maximumArithmeticYear = Q_INT64_C(1000000000000);
    static constexpr qint64 minutesPerDay = 1440;

    static constexpr qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

    /// Astronomical year (1 BCE = 0, 2 BCE = -1) of a historical year.
    static constexpr qint64 astronomical(qint64 year) { return year < 0 ? year + 1 : year; }
    /// Historical year of an astronomical year.
    static constexpr qint64 historical(qint64 year) { return year <= 0 ? year - 1 : year; }
    /// @p year moved by @p count years, skipping the year 0 that does not exist.
    static constexpr qint64 addYears(qint64 year, qint64 count) { return historical(astronomical(year) + count); }

    static constexpr bool isLeapYear(qint64 year)
    {
        const qint64 a = astronomical(year);
        return (a % 4 == 0 && a % 100 != 0) || a % 400 == 0;
    }
    static constexpr int daysInMonth(qint64 year, int month)
    {
        constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
    }
    static constexpr bool isValid(qint64 year, int month, int day)
    {
        return year != 0 && year >= -maximumArithmeticYear && year <= maximumArithmeticYear && month >= 1 && month <= 12
            && day >= 1 && day <= daysInMonth(year, month);
    }

    /// Days from 1970-01-01 to the given (valid) day; negative before.
    static constexpr qint64 daysFromCivil(qint64 year, int month, int day)
    {
        const qint64 y = astronomical(year) - (month <= 2 ? 1 : 0);
        const qint64 era = floorDiv(y, 400);
        const qint64 yearOfEra = y - era * 400; // [0, 399]
        const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1; // [0, 365]
        const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear; // [0, 146096]
        return era * 146097 + dayOfEra - 719468;
    }
    /// Minutes since the epoch of the first minute of the given (valid) day.
    static constexpr qint64 minutesFromCivil(qint64 year, int month, int day)
    {
        return daysFromCivil(year, month, day) * minutesPerDay;
    }
    /// First minute of January 1st of @p year (non-zero, |year| <= maximumArithmeticYear).
    static constexpr qint64 minutesOfYear(qint64 year) { return minutesFromCivil(year, 1, 1); }

    /// The day (and minute) holding @p minutes since the epoch.
    static constexpr CivilDate fromMinutes(qint64 minutes)
    {
        const qint64 days = floorDiv(minutes, minutesPerDay);
        CivilDate d = fromDays(days);
        d.minuteOfDay = int(minutes - days * minutesPerDay);
        return d;
    }
    static constexpr CivilDate fromDays(qint64 days)
    {
        const qint64 z = days + 719468;
        const qint64 era = floorDiv(z, 146097);
        const qint64 dayOfEra = z - era * 146097; // [0, 146096]
        const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // [0, 365]
        const qint64 mp = (5 * dayOfYear + 2) / 153; // [0, 11], March first
        CivilDate d;
        d.day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
        d.month = int(mp < 10 ? mp + 3 : mp - 9);
        d.year = historical(yearOfEra + era * 400 + (d.month <= 2 ? 1 : 0));
        return d;
    }
    /// ISO weekday, 1 = Monday (1970-01-01 was a Thursday).
    static constexpr int dayOfWeek(qint64 days) { return int(days - floorDiv(days + 3, 7) * 7 + 3) + 1; }

    /// Minutes since the epoch of this day and minute.
    constexpr qint64 minutes() const { return minutesFromCivil(year, month, day) + minuteOfDay; }
    friend constexpr bool operator==(const CivilDate &, const CivilDate &) = default;
};

// The arithmetic agrees with QDate's proleptic Gregorian calendar and its year numbering.
static_assert(CivilDate::daysFromCivil(1970, 1, 1) == 0);
static_assert(CivilDate::daysFromCivil(1, 1, 1) == -719162); // QDate(1, 1, 1).toJulianDay() - 2440588
static_assert(CivilDate::daysFromCivil(-1, 12, 31) == -719163);
static_assert(CivilDate::daysFromCivil(-1, 1, 1) == -719528); // 1 BCE is a leap year (astronomical 0)
static_assert(CivilDate::fromDays(-719163) == CivilDate {-1, 12, 31, 0});
static_assert(CivilDate::fromDays(-719162) == CivilDate {1, 1, 1, 0});
static_assert(CivilDate::dayOfWeek(0) == 4 && CivilDate::dayOfWeek(-1) == 3 && CivilDate::dayOfWeek(4) == 1);
static_assert(CivilDate::fromMinutes(CivilDate::minutesOfYear(-CivilDate::maximumArithmeticYear)).year
    == -CivilDate::maximumArithmeticYear);

} // namespace Frise
