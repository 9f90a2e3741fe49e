// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinelayout.h"

#include <optional>
#include <utility>

namespace Frise::Timeline {

/**
 * Where a timeline opens: on the period that holds most events, at a zoom
 * where their labels fit, rather than on the whole span (where a few
 * outliers decades apart squeeze everything into a few pixels).
 *
 * It starts from the smallest window holding most of the events (by start)
 * and, while a layout of it leaves too many events unlabelled (counted in
 * clusters or histograms), halves the span around its densest part (when
 * no step is readable, the one that labels the most events wins). Each
 * step is a binary search and a linear scan over the sorted starts, plus
 * one layout of a visible window: cheap even at a million events.
 */
class OpeningRange
{
public:
    /// The smallest [from, to] (minutes) holding at least @p share of the events' starts, or nullopt when none.
    static std::optional<std::pair<qint64, qint64>> densestWindow(const TimelineData &data, double share);
    /// The start of the window of @p span minutes within [@p from, @p to] holding the most starts.
    static qint64 densestStart(const TimelineData &data, qint64 span, qint64 from, qint64 to);
    /// Whether a layout labels (or draws) enough of what it shows: no histogram lane, few events in clusters.
    static bool readable(const TimelineLayout &layout);
    /**
     * The range to open @p data on (minutes, with a margin), laid out with @p options (width, lanes,
     * language; from and to are ignored), or nullopt for empty data.
     */
    static std::optional<std::pair<double, double>> choose(
        const TimelineData &data, const TitleProvider *titles, LayoutOptions options);
};

} // namespace Frise::Timeline
