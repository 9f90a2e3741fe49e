// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alttext.h"
#include "timelinedata.h"

#include <QString>

namespace Frise::Timeline {

class TimelineLayout;

/// What an exported timeline shows around its lanes, as TimelineExporter draws it.
struct TimelinePicture
{
    Language language = Language::English;
    QString title; ///< the title drawn (empty: none)
    QString period; ///< the period the subtitle names ("2015 – 2024")
    int shownLanes = 0; ///< the layout's first lanes drawn; the others are counted as "not shown"
    QString credits; ///< the credits line drawn (confidential and, publish-safe, withheld outlets already left out)
    bool publishSafe = false; ///< marked in the footer
};

/**
 * Describes an exported timeline in words, from the very layout the
 * exporter paints: the same range, lanes, filter and titles, so the text
 * names nothing the image does not hold. The summary gives the period, the
 * number of events and lanes; the description lists the events in the
 * order they are drawn (by earliest start), each with its date at its own
 * precision, its title and its lanes, then the footer's notes.
 *
 * Cost: the first maxListed events' titles, plus a scan of the events
 * starting before the range's end only when the range starts after the
 * first event or some lanes are not shown (otherwise a binary search).
 */
class TimelineAltText final
{
public:
    /// Events listed one by one at most; the rest are counted ("… and 999,800 more events").
    static constexpr int maxListed = 200;

    static AltText describe(const TimelineLayout &layout, const TimelinePicture &picture);

    /**
     * The date of event @p index as the timeline knows it, never more
     * precise: "April 2023", "c. 2015", "between 2020 and 2022", and the
     * end of a span after a dash.
     */
    static QString dateText(const TimelineData &data, qsizetype index, Language language);
};

} // namespace Frise::Timeline
