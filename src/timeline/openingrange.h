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
 * and halves the span around its densest part, down to a day; each step is
 * laid out and scored (score()), and the best step wins. Each step is a
 * binary search and a linear scan over the sorted starts, plus one layout of
 * a visible window: cheap even at a million events.
 */
class OpeningRange
{
public:
    /// The smallest [from, to] (minutes) holding at least @p share of the events' starts, or nullopt when none.
    static std::optional<std::pair<qint64, qint64>> densestWindow(const TimelineData &data, double share);
    /// The start of the window of @p span minutes within [@p from, @p to] holding the most starts.
    static qint64 densestStart(const TimelineData &data, qint64 span, qint64 from, qint64 to);
    /// Whether a layout labels enough of what it shows: no histogram lane, few events in clusters.
    static bool readable(const TimelineLayout &layout);
    /// How readable a layout is: events labelled on screen less events counted in clusters or histograms.
    static double score(const TimelineLayout &layout);
    /**
     * The range to open @p data on (minutes, with a margin), laid out with @p options (width, lanes,
     * language; from and to are ignored), or nullopt for empty data.
     */
    static std::optional<std::pair<double, double>> choose(
        const TimelineData &data, const TitleProvider *titles, LayoutOptions options);
};

} // namespace Frise::Timeline
