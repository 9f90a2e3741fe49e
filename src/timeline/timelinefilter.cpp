// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinefilter.h"

#include <algorithm>

namespace Frise::Timeline {

namespace {

constexpr quint32 noLane = std::numeric_limits<quint32>::max();

// The lane of @p mode named @p key; noLane when no lane has it (then nothing passes).
quint32 findLane(const TimelineData &data, LaneMode mode, const QString &key)
{
    const int named = data.laneCount(mode) - 1; // the last lane gathers events with none
    for (int lane = 0; lane < named; ++lane) {
        if (data.lane(mode, lane).key == key)
            return quint32(lane);
    }
    return noLane;
}

} // namespace

bool TimelineFilter::isEmpty() const
{
    return disputeKey.isEmpty() && actorKey.isEmpty() && tag.isEmpty()
        && fromMinutes == std::numeric_limits<qint64>::min() && toMinutes == std::numeric_limits<qint64>::max();
}

std::vector<quint8> TimelineFilter::apply(const TimelineData &data) const
{
    struct Required
    {
        LaneMode mode;
        quint32 lane;
    };
    std::vector<Required> required;
    for (const auto &[mode, key] :
        {std::pair {LaneMode::Dispute, &disputeKey}, {LaneMode::Actor, &actorKey}, {LaneMode::Tag, &tag}}) {
        if (!key->isEmpty())
            required.push_back({mode, findLane(data, mode, *key)});
    }
    std::vector<quint8> keep(size_t(data.count()), 0);
    if (std::any_of(required.begin(), required.end(), [](const Required &r) { return r.lane == noLane; }))
        return keep;
    for (qsizetype i = 0; i < data.count(); ++i) {
        if (data.startEarliest(i) > toMinutes || data.latest(i) < fromMinutes)
            continue;
        keep[size_t(i)] = std::all_of(required.begin(), required.end(), [&](const Required &r) {
            const std::span<const quint32> lanes = data.lanesOf(r.mode, i);
            return std::find(lanes.begin(), lanes.end(), r.lane) != lanes.end();
        });
    }
    return keep;
}

} // namespace Frise::Timeline
