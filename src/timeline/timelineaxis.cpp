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
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QDate dateOf(qint64 minutes)
{
    return QDate(1970, 1, 1).addDays(floorDiv(minutes, minutesPerDay));
}

qint64 minutesOf(QDate date)
{
    return QDate(1970, 1, 1).daysTo(date) * minutesPerDay;
}

int floorTo(int value, int step)
{
    return int(floorDiv(value, step) * step);
}

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
    if (to < from)
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
        QDate d = dateOf(from);
        if (step.unit == Unit::Week)
            d = d.addDays(1 - d.dayOfWeek());
        else if (step.count > 1)
            d = d.addDays(-(d.day() - 1) % step.count);
        const int stepDays = step.unit == Unit::Week ? 7 * step.count : step.count;
        for (qint64 t = minutesOf(d); t <= to; d = d.addDays(stepDays), t = minutesOf(d)) {
            // Keep day ticks aligned on the month: restart at the 1st.
            if (step.unit == Unit::Day && step.count > 1 && d.day() > 1 && d.day() + step.count - 1 > d.daysInMonth()) {
                d = QDate(d.year(), d.month(), 1).addMonths(1).addDays(-stepDays);
                continue;
            }
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    case Unit::Month: {
        const QDate d = dateOf(from);
        int index = floorTo(d.year() * 12 + d.month() - 1, step.count);
        for (;; index += step.count) {
            const QDate m(int(floorDiv(index, 12)), index - int(floorDiv(index, 12)) * 12 + 1, 1);
            const qint64 t = minutesOf(m);
            if (t > to)
                break;
            if (t >= from)
                times.push_back(t);
        }
        break;
    }
    case Unit::Year: {
        int year = floorTo(dateOf(from).year(), step.count);
        for (;; year += step.count) {
            if (year == 0) // no year 0 in QDate: 1 BC is year -1
                continue;
            const qint64 t = minutesOf(QDate(year, 1, 1));
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
    const QDate d = dateOf(minutes);
    const int minuteOfDay = int(minutes - minutesOf(d));
    bool emph = false;
    QString text;
    switch (step.unit) {
    case Unit::Year:
        text = QString::number(d.year());
        emph = step.count < 10 ? d.year() % 10 == 0 : d.year() % (step.count * 5) == 0;
        break;
    case Unit::Month:
        if (d.month() == 1) {
            text = QString::number(d.year());
            emph = true;
        } else {
            text = locale.monthName(d.month(), QLocale::ShortFormat);
        }
        break;
    case Unit::Day:
    case Unit::Week:
        if (d.day() == 1 && d.month() == 1) {
            text = QString::number(d.year());
            emph = true;
        } else {
            text = QString::number(d.day()) % QLatin1Char(' ') % locale.monthName(d.month(), QLocale::ShortFormat);
            emph = d.day() == 1;
        }
        break;
    case Unit::Hour:
    case Unit::Minute:
        if (minuteOfDay == 0) {
            text = QString::number(d.day()) % QLatin1Char(' ') % locale.monthName(d.month(), QLocale::ShortFormat);
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
    const bool yearShown = std::any_of(axis.m_ticks.begin(), axis.m_ticks.end(),
        [](const AxisTick &t) { return t.major && t.label == QString::number(dateOf(t.minutes).year()); });
    if (yearShown)
        return axis;
    const QLocale locale = localeFor(language);
    const QDate d = dateOf(from);
    switch (axis.m_major.unit) {
    case Unit::Minute:
    case Unit::Hour:
        axis.m_context = locale.toString(d, QLocale::LongFormat);
        break;
    case Unit::Day:
    case Unit::Week:
        axis.m_context
            = locale.monthName(d.month(), QLocale::LongFormat) % QLatin1Char(' ') % QString::number(d.year());
        break;
    case Unit::Month:
        axis.m_context = QString::number(d.year());
        break;
    case Unit::Year:
        break;
    }
    return axis;
}

} // namespace Frise::Timeline
