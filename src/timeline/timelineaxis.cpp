// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaxis.h"

#include "core/fuzzydate.h"

#include <QDate>
#include <QLocale>

#include <cmath>
#include <optional>

namespace Frise::Timeline {

namespace {

constexpr qint64 minutesPerDay = 1440;

using Unit = TimelineAxis::Unit;
using Step = TimelineAxis::Step;

const Step steps[] = {
    {Unit::Minute, 1},
    {Unit::Minute, 5},
    {Unit::Minute, 15},
    {Unit::Minute, 30},
    {Unit::Hour, 1},
    {Unit::Hour, 3},
    {Unit::Hour, 6},
    {Unit::Hour, 12},
    {Unit::Day, 1},
    {Unit::Day, 2},
    {Unit::Week, 1},
    {Unit::Month, 1},
    {Unit::Month, 3},
    {Unit::Month, 6},
    {Unit::Year, 1},
    {Unit::Year, 2},
    {Unit::Year, 5},
    {Unit::Year, 10},
    {Unit::Year, 20},
    {Unit::Year, 50},
    {Unit::Year, 100},
    {Unit::Year, 200},
    {Unit::Year, 500},
    {Unit::Year, 1000},
    {Unit::Year, 2000},
    {Unit::Year, 5000},
    {Unit::Year, 10000},
    {Unit::Year, 20000},
    {Unit::Year, 50000},
    {Unit::Year, 100000},
    {Unit::Year, 200000},
    {Unit::Year, 500000},
    {Unit::Year, 1000000},
    {Unit::Year, 2000000},
    {Unit::Year, 5000000},
    {Unit::Year, 10000000},
    {Unit::Year, 20000000},
    {Unit::Year, 50000000},
    {Unit::Year, 100000000},
    {Unit::Year, 200000000},
    {Unit::Year, 500000000},
    {Unit::Year, 1000000000},
    {Unit::Year, 2000000000},
    {Unit::Year, 5000000000},
    {Unit::Year, 10000000000},
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return CivilDate::floorDiv(a, b);
}

// Days and minutes through CivilDate, not QDate: it has no year 0 to skip
// and reaches deep time.
CivilDate dateOf(qint64 minutes)
{
    return CivilDate::fromMinutes(minutes);
}

qint64 dayOf(qint64 minutes)
{
    return floorDiv(minutes, minutesPerDay);
}

qint64 floorTo(qint64 value, qint64 step)
{
    return floorDiv(value, step) * step;
}

// Month index on astronomical years, so that months run on across year 0.
qint64 monthIndex(const CivilDate &d)
{
    return CivilDate::astronomical(d.year) * 12 + d.month - 1;
}

qint64 minutesOfMonthIndex(qint64 index)
{
    const qint64 year = floorDiv(index, 12);
    return CivilDate::minutesFromCivil(CivilDate::historical(year), int(index - year * 12) + 1, 1);
}

// Ticks are computed for minutes within this bound only (far beyond the
// supported years), so that no year or minute computed from them overflows.
constexpr qint64 tickLimit = CivilDate::maximumArithmeticYear / 2 * 525960;

} // namespace

qint64 TimelineAxis::Step::approxMinutes() const
{
    switch (unit) {
    case Unit::Minute:
        return count;
    case Unit::Hour:
        return 60LL * count;
    case Unit::Day:
        return minutesPerDay * count;
    case Unit::Week:
        return 7 * minutesPerDay * count;
    case Unit::Month:
        return 43830LL * count;
    case Unit::Year:
        return 525960LL * count;
    }
    return 1;
}

std::vector<qint64> TimelineAxis::tickTimes(qint64 from, qint64 to, Step step)
{
    std::vector<qint64> times;
    if (to < from || from < -tickLimit || to > tickLimit)
        return times;
    // Guard against absurd tick counts whatever the step.
    if ((to - from) / std::max<qint64>(step.approxMinutes(), 1) > 20000)
        return times;
    switch (step.unit) {
    case Unit::Minute:
    case Unit::Hour: {
        const qint64 s = step.approxMinutes();
        for (qint64 t = floorDiv(from, s) * s; t <= to; t += s) {
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    case Unit::Day:
    case Unit::Week: {
        qint64 day = dayOf(from);
        if (step.unit == Unit::Week)
            day -= CivilDate::dayOfWeek(day) - 1;
        else if (step.count > 1)
            day -= (CivilDate::fromDays(day).day - 1) % step.count;
        const qint64 stepDays = step.unit == Unit::Week ? 7 * step.count : step.count;
        for (qint64 t = day * minutesPerDay; t <= to; day += stepDays, t = day * minutesPerDay) {
            // Keep day ticks aligned on the month: restart at the 1st.
            const CivilDate d = CivilDate::fromDays(day);
            if (step.unit == Unit::Day && step.count > 1 && d.day > 1
                && d.day + step.count - 1 > CivilDate::daysInMonth(d.year, d.month)) {
                day = dayOf(minutesOfMonthIndex(monthIndex(d) + 1)) - stepDays;
                continue;
            }
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    case Unit::Month: {
        for (qint64 index = floorTo(monthIndex(dateOf(from)), step.count);; index += step.count) {
            const qint64 t = minutesOfMonthIndex(index);
            if (t > to)
                break;
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    case Unit::Year: {
        // Historical multiples of the step: 200 BCE, 100 BCE, AD 1, AD 100.
        // There is no year 0 (1 BCE is followed by AD 1): AD 1 takes its
        // tick, which keeps the ticks evenly spaced but for one year.
        for (qint64 year = floorTo(dateOf(from).year, step.count);; year += step.count) {
            if (year == 0 && step.count == 1)
                continue;
            const qint64 t = CivilDate::minutesOfYear(year == 0 ? 1 : year);
            if (t > to)
                break;
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    }
    return times;
}

QString TimelineAxis::label(qint64 minutes, Step step, Language language, bool *emphasised)
{
    const QLocale locale = localeFor(language);
    const CivilDate d = dateOf(minutes);
    const int minuteOfDay = d.minuteOfDay;
    const QString yearText = FuzzyDate::yearDisplayString(d.year, language);
    bool emph = false;
    QString text;
    switch (step.unit) {
    case Unit::Year:
        // AD 1 in the place of year 0 marks the change of era, and says so.
        if (d.year == 1 && step.count > 1)
            text = language == Language::French ? QStringLiteral("1 apr. J.-C.") : QStringLiteral("1 CE");
        else
            text = yearText;
        emph = step.count < 10 ? d.year % 10 == 0 : d.year % (step.count * 5) == 0;
        break;
    case Unit::Month:
        if (d.month == 1) {
            text = yearText;
            emph = true;
        } else {
            text = locale.monthName(d.month, QLocale::ShortFormat);
        }
        break;
    case Unit::Day:
    case Unit::Week:
        if (d.day == 1 && d.month == 1) {
            text = yearText;
            emph = true;
        } else {
            text = QString::number(d.day) % QLatin1Char(' ') % locale.monthName(d.month, QLocale::ShortFormat);
            emph = d.day == 1;
        }
        break;
    case Unit::Hour:
    case Unit::Minute:
        if (minuteOfDay == 0) {
            text = QString::number(d.day) % QLatin1Char(' ') % locale.monthName(d.month, QLocale::ShortFormat);
            emph = true;
        } else {
            text = QStringLiteral("%1:%2")
                       .arg(minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                       .arg(minuteOfDay % 60, 2, 10, QLatin1Char('0'));
        }
        break;
    }
    if (emphasised)
        *emphasised = emph;
    return text;
}

TimelineAxis TimelineAxis::compute(const TimeScale &scale, Language language, double minLabelSpacing)
{
    TimelineAxis axis;
    const double res = scale.resolution();
    size_t major = std::size(steps) - 1;
    for (size_t i = 0; i < std::size(steps); ++i) {
        if (double(steps[i].approxMinutes()) / res >= minLabelSpacing) {
            major = i;
            break;
        }
    }
    axis.m_major = steps[major];
    // Minor ticks: the finest step still at least 8 px apart and dividing the major one.
    std::optional<Step> minor;
    for (size_t i = major; i-- > 0;) {
        if (double(steps[i].approxMinutes()) / res < 8.0)
            break;
        const Step &s = steps[i];
        const Step &m = steps[major];
        const bool divides = (s.unit == m.unit && m.count % s.count == 0)
            || (s.unit != m.unit && s.unit != Unit::Week && m.unit != Unit::Week && int(s.unit) < int(m.unit))
            || (s.unit == Unit::Day && s.count == 1);
        if (divides)
            minor = s;
    }
    const qint64 from = scale.from();
    const qint64 to = scale.to();
    if (minor) {
        for (qint64 t : tickTimes(from, to, *minor))
            axis.m_ticks.push_back({t, scale.toPixel(t), QString(), false, false});
    }
    for (qint64 t : tickTimes(from, to, axis.m_major)) {
        AxisTick tick {t, scale.toPixel(t), QString(), true, false};
        tick.label = label(t, axis.m_major, language, &tick.emphasised);
        axis.m_ticks.push_back(tick);
    }
    std::stable_sort(axis.m_ticks.begin(), axis.m_ticks.end(),
        [](const AxisTick &a, const AxisTick &b) { return a.minutes < b.minutes; });
    // Remove minor ticks under major ones.
    std::vector<AxisTick> unique;
    for (const AxisTick &t : axis.m_ticks) {
        if (!unique.empty() && unique.back().minutes == t.minutes) {
            if (t.major)
                unique.back() = t;
            continue;
        }
        unique.push_back(t);
    }
    axis.m_ticks.swap(unique);

    // The context gives the year unless a tick label does: an emphasised "1 avr." or midnight tick
    // names a month or a day, not the year, and without the context no year would show at all.
    const bool yearShown = std::any_of(axis.m_ticks.begin(), axis.m_ticks.end(), [language](const AxisTick &t) {
        return t.major && t.label == FuzzyDate::yearDisplayString(dateOf(t.minutes).year, language);
    });
    if (yearShown)
        return axis;
    const QLocale locale = localeFor(language);
    const CivilDate d = dateOf(from);
    const QString yearText = FuzzyDate::yearDisplayString(d.year, language);
    switch (axis.m_major.unit) {
    case Unit::Minute:
    case Unit::Hour:
        // QLocale's long date with its weekday, but it writes no era: before AD 1, FuzzyDate's wording.
        axis.m_context = d.year >= 1 && d.year <= 9999
            ? locale.toString(QDate(int(d.year), d.month, d.day), QLocale::LongFormat)
            : FuzzyDate::containing(from, FuzzyDate::Precision::Day).toDisplayString(language);
        break;
    case Unit::Day:
    case Unit::Week:
        axis.m_context = locale.monthName(d.month, QLocale::LongFormat) % QLatin1Char(' ') % yearText;
        break;
    case Unit::Month:
        axis.m_context = yearText;
        break;
    case Unit::Year:
        break;
    }
    return axis;
}

} // namespace Frise::Timeline
