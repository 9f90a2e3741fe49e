// SPDX-License-Identifier: GPL-3.0-or-later
#include "openingrange.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Frise::Timeline {

namespace {

// Most of the events, leaving out the outliers that would stretch the view.
constexpr double openingShare = 0.8;
// A little room on each side, so that the first and last markers are not on the edge.
constexpr double marginShare = 0.04;
// Never zoomed in below a day: with the fuzzy dates of the newsroom, finer says nothing at first sight.
constexpr qint64 minSpan = 1440;
constexpr int maxSteps = 12;
// Readable: at most this share of the events in view counted in clusters rather than labelled.
constexpr double maxClusteredShare = 0.2;
constexpr int openingTitleBudget = 4000;

} // namespace

std::optional<std::pair<qint64, qint64>> OpeningRange::densestWindow(const TimelineData &data, double share)
{
    const auto &starts = data.laneIndex(LaneMode::None).starts;
    const size_t n = starts.size();
    if (n == 0)
        return std::nullopt;
    const size_t k = std::clamp(size_t(std::ceil(double(n) * share)), size_t(1), n);
    // Starts are sorted: the smallest window holding k of them is the smallest starts[i + k - 1] - starts[i].
    size_t best = 0;
    for (size_t i = 1; i + k <= n; ++i) {
        if (starts[i + k - 1] - starts[i] < starts[best + k - 1] - starts[best])
            best = i;
    }
    return std::make_pair(starts[best], starts[best + k - 1]);
}

qint64 OpeningRange::densestStart(const TimelineData &data, qint64 span, qint64 from, qint64 to)
{
    const auto &starts = data.laneIndex(LaneMode::None).starts;
    auto first = std::lower_bound(starts.begin(), starts.end(), from);
    const auto last = std::upper_bound(starts.begin(), starts.end(), to);
    if (first == last)
        return from;
    // Windows starting at each start: the one reaching the furthest index holds the most.
    auto bestFirst = first;
    auto bestEnd = first;
    auto end = first;
    for (auto it = first; it != last; ++it) {
        while (end != last && *end <= *it + span)
            ++end;
        if (end - it > bestEnd - bestFirst) {
            bestFirst = it;
            bestEnd = end;
        }
    }
    // Centred on what it holds, within the bounds.
    const qint64 middle = *bestFirst + (*(bestEnd - 1) - *bestFirst) / 2;
    return std::clamp(middle - span / 2, from, std::max(from, to - span));
}

bool OpeningRange::readable(const TimelineLayout &layout)
{
    qint64 clustered = 0;
    // The lanes on screen (the layout's bin window) decide: those below are seen by scrolling.
    for (const LayoutLane &lane : layout.lanes()) {
        if (lane.binned && lane.aggregated)
            return false;
    }
    for (const LayoutCluster &cluster : layout.clusters())
        clustered += cluster.count;
    const qint64 placed = layout.placedCount();
    return placed == 0 || double(clustered) <= maxClusteredShare * double(placed);
}

std::optional<std::pair<double, double>> OpeningRange::choose(
    const TimelineData &data, const TitleProvider *titles, LayoutOptions options)
{
    const auto window = densestWindow(data, openingShare);
    if (!window)
        return std::nullopt;
    qint64 from = window->first;
    qint64 to = std::max(window->second, from + minSpan);
    // Labels measured as an export would (a view spreads them over frames): the check is about what fits.
    // Bounded all the same, titles being read from the database: beyond, markers count as labelled.
    options.titleBudget = std::max(options.titleBudget, openingTitleBudget);
    TimelineLayout layout;
    layout.setData(&data, titles);
    auto padded = [](qint64 a, qint64 b) {
        const double pad = std::max(double(b - a) * marginShare, 60.0);
        return std::make_pair(double(a) - pad, double(b) + pad);
    };
    // Every step down to a day is scored, the best kept (the widest on a tie): stopping at the first
    // readable one would zoom a handful of events far in for a single label that did not fit.
    std::pair<qint64, qint64> best {from, to};
    double bestScore = -std::numeric_limits<double>::infinity();
    for (int step = 0; step < maxSteps; ++step) {
        const auto [lo, hi] = padded(from, to);
        options.from = lo;
        options.to = hi;
        layout.compute(options);
        const double value = score(layout);
        if (value > bestScore) {
            bestScore = value;
            best = {from, to};
        }
        const qint64 span = to - from;
        if (span / 2 < minSpan)
            break;
        // Half the span, where the starts are densest within the current window.
        const qint64 half = span / 2;
        const qint64 start = densestStart(data, half, from, to);
        from = start;
        to = start + half;
    }
    return padded(best.first, best.second);
}

double OpeningRange::score(const TimelineLayout &layout)
{
    // Events a reader can read, less those hidden in counts (all of a histogram lane's), on screen.
    double labelled = 0;
    double hidden = 0;
    for (const LayoutLane &lane : layout.lanes()) {
        if (!lane.binned)
            continue;
        if (lane.aggregated) {
            hidden += lane.count;
            continue;
        }
        for (size_t k = lane.itemBegin; k < lane.itemEnd; ++k)
            labelled += layout.items()[k].labelRect.isEmpty() ? 0 : 1;
        for (size_t k = lane.clusterBegin; k < lane.clusterEnd; ++k)
            hidden += layout.clusters()[k].count;
    }
    return labelled - hidden;
}

} // namespace Frise::Timeline
