// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "civildate.h"
#include "language.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Frise {

/**
 * A date known only as precisely as the sources say.
 *
 * A FuzzyDate is one point (a year, a month, a day or a minute), or a range
 * "between A and B" when the sources only bound it, optionally marked
 * "circa". It keeps the wording it came from ("plus tôt cette semaine") and
 * the reference date that wording was resolved against (usually the
 * source's publication date).
 *
 * It never invents precision: a year-only date covers its whole year, and
 * sorting and drawing use earliest() and latest(), the first and last
 * minute the date can mean. A circa date widens that extent by one whole
 * calendar unit of its precision on each side (circa 2015 covers 2014 to
 * 2016, circa April 2023 March to May; a circa time, one hour each side).
 * Null dates sort before every valid date.
 *
 * Times are UTC minutes; minutes since the Unix epoch are the storage and
 * sort key (int64, so centuries before and after 1970 work).
 *
 * Years are historical, in the proleptic Gregorian calendar (as QDate and
 * TimelineJS count them): there is no year 0, year -1 is 1 BCE. Years run
 * from minimumYear() to maximumYear(), 17 billion years each side of year 1
 * (the age of the universe is 13.8 billion years): every minute of that span
 * is exact in a double (2^53 minutes is 17.1 billion years), which the
 * timeline's scale and JSON numbers use. Month, day and time precision need
 * a year of at most four digits (-9999 to 9999); deeper years have year
 * precision only.
 */
class FuzzyDate
{
public:
    enum class Precision {
        Year, ///< "2023"
        Month, ///< "2023-04"
        Day, ///< "2023-04-25"
        Minute, ///< "2023-04-25T10:00" (UTC)
    };

    /// One endpoint of a FuzzyDate. Fields finer than the precision are 0.
    struct Point
    {
        qint64 year = 0; ///< historical: -1 is 1 BCE, never 0 in a valid point
        int month = 0; ///< 1-12, or 0 below Month precision
        int day = 0; ///< 1-31, or 0 below Day precision
        int minuteOfDay = -1; ///< 0-1439, or -1 below Minute precision

        Precision precision() const;
        bool isValid() const;
        friend bool operator==(const Point &, const Point &) = default;
    };

    FuzzyDate() = default; ///< a null date

    /// The years a date can name; outside them a date is refused, never clamped.
    static constexpr qint64 minimumYear() { return -Q_INT64_C(17000000000); }
    static constexpr qint64 maximumYear() { return Q_INT64_C(17000000000); }
    /// Month, day and time precision exist for the years -maximumDetailedYear() to maximumDetailedYear().
    static constexpr qint64 maximumDetailedYear() { return 9999; }

    static FuzzyDate fromYear(qint64 year);
    static FuzzyDate fromMonth(qint64 year, int month);
    static FuzzyDate fromDay(QDate date);
    static FuzzyDate fromMinute(const QDateTime &dateTime); ///< converted to UTC
    static FuzzyDate fromPoint(const Point &point);
    /// "Between @p from and @p to": the start of @p from to the end of @p to.
    static FuzzyDate between(const FuzzyDate &from, const FuzzyDate &to);
    /**
     * The date of @p precision that holds the minute @p minutes (since the
     * epoch), e.g. to name a time on an axis; year precision for years
     * beyond maximumDetailedYear(). Null outside the supported years.
     */
    static FuzzyDate containing(qint64 minutes, Precision precision);

    /**
     * Parses the canonical text written by toIsoText(): `2023`, `2023-04`,
     * `2023-04-25`, `2023-04-25T10:00`, a leading `~` for circa, and
     * `A/B` for a range. Years before 1 take a `-` (`-0044` is 44 BCE,
     * `-0044-03-15`); years beyond four digits are written with their sign
     * and only as years (`-13800000000`, `+20000`). Unlike ISO 8601, which
     * counts astronomically (`-0043` for 44 BCE), the numbering is historical,
     * as TimelineJS's. Returns a null date and sets @p error (with the
     * 0-based column of the problem in @p errorColumn) on bad text.
     */
    static FuzzyDate fromIsoText(const QString &text, QString *error = nullptr, int *errorColumn = nullptr);

    bool isNull() const { return m_start.year == 0 && !m_start.isValid(); }
    bool isValid() const { return m_start.isValid() && (!m_isRange || m_end.isValid()); }

    /// Precision of the (start) point.
    Precision precision() const { return m_start.precision(); }
    bool isCirca() const { return m_circa; }
    void setCirca(bool circa) { m_circa = circa; }
    bool isRange() const { return m_isRange; }
    const Point &start() const { return m_start; }
    /// The end of a range; the start point when not a range.
    const Point &end() const { return m_isRange ? m_end : m_start; }

    /// The text this date was written as in its source, if any.
    const QString &wording() const { return m_wording; }
    void setWording(const QString &wording) { m_wording = wording; }
    /// The date a relative wording was resolved against (invalid when none).
    QDate referenceDate() const { return m_reference; }
    void setReferenceDate(QDate date) { m_reference = date; }

    /// Minutes since 1970-01-01T00:00Z of the first minute this date can mean (within ±2^53).
    qint64 earliestMinutes() const;
    /// Minutes since the epoch of the last minute this date can mean (inclusive).
    qint64 latestMinutes() const;
    /// As a QDateTime; invalid when the date is null or beyond the years a QDateTime holds.
    QDateTime earliest() const;
    QDateTime latest() const;
    /// Stable sort key: earliest minute; ties are broken by operator<.
    qint64 sortKey() const { return earliestMinutes(); }

    /// Canonical text: `~2023-04/2023-06`. Empty for a null date.
    QString toIsoText() const;
    /// Human text in @p language: "avril 2023", "vers 2015", "April 2023", "c. 2015", "44 av. J.-C.".
    QString toDisplayString(Language language) const;
    /**
     * A year as toDisplayString() writes it: "2023"; "44 av. J.-C." / "44 BCE"
     * before year 1; grouped digits beyond four ("12 000 av. J.-C.",
     * "12,000 BCE", "20 000 apr. J.-C.", "20,000 CE"); whole
     * millions and billions in words when that is exact ("13,8 milliards
     * av. J.-C." / "13.8 billion BCE").
     */
    static QString yearDisplayString(qint64 year, Language language);

    friend bool operator==(const FuzzyDate &, const FuzzyDate &) = default;
    /**
     * Orders by earliest minute, then latest minute, then finer precision
     * first, then plain before circa, then by canonical text; null dates
     * first. Wording and reference date do not take part.
     */
    friend bool operator<(const FuzzyDate &a, const FuzzyDate &b);

    static qint64 minutesFromDateTime(const QDateTime &dateTime);
    /// Invalid beyond the years a QDateTime holds (about 292 million years each side).
    static QDateTime dateTimeFromMinutes(qint64 minutes);

private:
    Point m_start;
    Point m_end;
    bool m_isRange = false;
    bool m_circa = false;
    QString m_wording;
    QDate m_reference;
};

} // namespace Frise
