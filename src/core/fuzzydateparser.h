// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"

#include <QDate>
#include <QString>

namespace Frise {

/**
 * Reads a date as a journalist types it or as a source words it, in French
 * or English, into a FuzzyDate that keeps the wording (trimmed) and, for
 * relative wording, the reference date it was resolved against.
 *
 * Understood (case and accents optional, "’" and "'" alike):
 * - canonical text: `2023`, `2023-04`, `2023-04-25`, `2023-04-25T10:00`,
 *   `~2015`, `2023-06-12/2023-06-14`; `2015-2017` is a range of years;
 * - numeric dates: `25/04/2023`, `04/25/2023`, `25-04-2023`, `25.04.2023`,
 *   `04/2023` (month), `2023/04/25`; `25/04` takes its year from the
 *   reference date (see below);
 * - words: `25 avril 2023`, `le 1er avril 2023`, `mardi 25 avril 2023`,
 *   `avril 2023`, `en avril 2023`, `April 25, 2023`, `April 25th 2023`,
 *   `25 April 2023`, `Apr. 2023`, `in 2023`; month abbreviations (`janv.`,
 *   `fév`, `Sept`) are accepted; a month without a day or a year is not a
 *   date ("Mars rachète…" is not March);
 * - a time after a day: `25/04/2023 10:30`, `25 avril 2023 à 10h30`,
 *   `10h`, `April 25, 2023 at 3:15 pm`, `2023-04-25T10:00` (times are UTC);
 * - circa: `vers 2015`, `environ 2015`, `c. 2015`, `ca. 2015`,
 *   `circa 2015`, `about 2015`, `around 2015`, `~2015`;
 * - ranges: `entre avril et juin 2023`, `between April and June 2023`,
 *   `du 12 au 14 juin 2023`, `from 12 to 14 June 2023`,
 *   `d’avril à juin 2023`, `25/04/2023 - 27/04/2023`; the first end borrows
 *   the month and year it lacks from the second (the year before when
 *   that would put it after the second end: `entre décembre et février 2024`);
 * - years before AD 1 (historical: no year 0, 1 BC is followed by AD 1)
 *   and deep time: `44 av. J.-C.`, `44 av J.-C.`, `44 avant Jésus-Christ`,
 *   `44 AEC`, `44 BC`, `44 B.C.`, `44 BCE`, `-44`, `-0044-03-15`,
 *   `15 mars 44 av. J.-C.`, `March 15, 44 BC`, `-13800000000`,
 *   `13800000000 BC`; `44 apr. J.-C.`, `44 AD`; a range's end gives its era
 *   to a start written without one (`entre 500 et 400 av. J.-C.`, `from 44
 *   to 40 BC`); years beyond FuzzyDate::minimumYear()/maximumYear() are
 *   refused ("year out of supported range"), and so is a month or a day
 *   beyond four-digit years;
 * - relative wording, resolved against referenceDate() (the source's
 *   publication date); without a reference date it is an error:
 *   `aujourd’hui`/`today`, `hier`/`yesterday`, `avant-hier`, `demain`/
 *   `tomorrow`, `après-demain`, `ce matin`, `hier soir`/`last night`…;
 *   weeks run Monday to Sunday (ISO 8601, as in France and the UK):
 *   `cette semaine`/`this week` is the reference week (a range),
 *   `la semaine dernière`/`last week` and `la semaine prochaine`/`next week`
 *   the week before and after, `plus tôt cette semaine`/`earlier this week`
 *   runs from the Monday of the reference week to the day before the
 *   reference date (just the reference date when that is a Monday),
 *   `plus tard cette semaine`/`later this week` from the day after to the
 *   Sunday; `à compter de`/`à partir de`/`dès`/`from` + `la semaine
 *   prochaine`/`next week` is the Monday of next week, day precision (the
 *   wording says when something starts, not a span); `le mois dernier`/
 *   `last month`, `ce mois-ci`/`this month`, `le mois prochain`/`next
 *   month`, `l’année dernière`/`l’an dernier`/`last year`, `cette année`/
 *   `this year`, `l’année prochaine`/`next year`; `lundi dernier`/`last
 *   Monday` (the latest Monday before the reference date), `lundi
 *   prochain`/`next Monday`; `il y a 3 jours`/`3 days ago`; a day and month
 *   without a year (`25 avril`, `25/04`) is the occurrence nearest to the
 *   reference date.
 *
 * Numeric dates follow dateOrder(). The rule: a field of four digits
 * written first is always a year and the date is read year-month-day
 * (ISO 8601; no convention writes year-day-month), whatever the order.
 * Otherwise the configured order decides, even when a field above 12 would
 * make another order possible: `04/25/2023` read day-month-year is an error
 * ("25 is not a month"), never silently swapped, because a source that
 * writes month first does so in every date and a silent swap would misread
 * its ambiguous ones. With YearMonthDay, dates whose year comes last are
 * refused. Two-digit years are refused (the century would be a guess).
 * A weekday written with a date must match it.
 */
class FuzzyDateParser
{
public:
    /// Field order of numeric dates whose year is not written first.
    enum class DateOrder {
        DayMonthYear, ///< 25/04/2023 (French, British)
        MonthDayYear, ///< 04/25/2023 (American)
        YearMonthDay, ///< 2023/04/25 only
    };

    /// Outcome of a parse.
    struct Result
    {
        FuzzyDate date; ///< null on error
        int length = 0; ///< characters of the input the date used (from the start of the input)
        QString error; ///< empty on success
        int errorColumn = -1; ///< 0-based column of the problem, -1 on success
        bool isValid() const { return date.isValid(); }
    };

    FuzzyDateParser() = default;
    explicit FuzzyDateParser(DateOrder order, QDate referenceDate = {})
        : m_order(order)
        , m_reference(referenceDate)
    { }

    DateOrder dateOrder() const { return m_order; }
    void setDateOrder(DateOrder order) { m_order = order; }
    /// The date relative wording is resolved against; invalid means none (relative text is then an error).
    QDate referenceDate() const { return m_reference; }
    void setReferenceDate(QDate date) { m_reference = date; }

    /// Parses the whole of @p text (surrounding spaces allowed) as one date.
    Result parse(const QString &text) const;
    /// Convenience: parse(@p text).date, with the error and its column.
    FuzzyDate parseDate(const QString &text, QString *error = nullptr, int *errorColumn = nullptr) const;

    /**
     * Finds the longest date at the start of @p line (leading spaces
     * allowed) that ends at a word boundary, e.g. "25 avril 2023" in
     * "25 avril 2023 Microsoft retire…". Result::length is the number of
     * characters used, leading spaces included, trailing ones not. When the
     * line does not start with a date, the result is invalid, with length 0
     * and an error.
     */
    Result parseLeading(const QString &line) const;

    /// "dmy", "mdy", "ymd".
    static QString dateOrderCode(DateOrder order);
    /// Parses "dmy"/"mdy"/"ymd" (case-insensitive); false when unknown.
    static bool dateOrderFromCode(const QString &code, DateOrder *order);

private:
    Result run(const QString &text, bool wholeText) const;

    DateOrder m_order = DateOrder::DayMonthYear;
    QDate m_reference;
};

} // namespace Frise
