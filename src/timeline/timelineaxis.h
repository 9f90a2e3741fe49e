// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"
#include "timescale.h"

#include <QString>

#include <vector>

namespace Frise::Timeline {

/// A tick of the time axis.
struct AxisTick
{
    qint64 minutes = 0;
    double x = 0; ///< pixel position in the scale
    QString label; ///< empty for minor ticks
    bool major = false;
    bool emphasised = false; ///< the tick opens a larger period (a year, a month)
};

/**
 * Adaptive time axis: picks tick steps from ten billion years down to minutes
 * so that labels stay at least a given distance apart, and labels them with
 * the content language's month names (QLocale French / English) and years
 * as FuzzyDate writes them ("500 av. J.-C.", "13,8 milliards av. J.-C.").
 *
 * Years are historical: year ticks fall on multiples of the step, and AD 1
 * takes the tick of the year 0 that does not exist (100 BCE, 1 CE, 100).
 */
class TimelineAxis
{
public:
    enum class Unit { Minute, Hour, Day, Week, Month, Year };
    struct Step
    {
        Unit unit = Unit::Year;
        qint64 count = 1; ///< up to ten billion years
        qint64 approxMinutes() const;
    };

    /// Computes the ticks of @p scale; major labels at least @p minLabelSpacing pixels apart.
    static TimelineAxis compute(const TimeScale &scale, Language language, double minLabelSpacing = 84.0);

    const std::vector<AxisTick> &ticks() const { return m_ticks; }
    Step majorStep() const { return m_major; }
    /// The coarser period around the start of the range ("avril 2023"), empty when a tick label gives the year.
    const QString &context() const { return m_context; }

    /// Label of @p minutes for a tick of @p step in @p language.
    static QString label(qint64 minutes, Step step, Language language, bool *emphasised = nullptr);
    /// Ticks of @p step in [from, to].
    static std::vector<qint64> tickTimes(qint64 from, qint64 to, Step step);

private:
    std::vector<AxisTick> m_ticks;
    Step m_major;
    QString m_context;
};

} // namespace Frise::Timeline
