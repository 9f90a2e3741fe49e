// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinenavigator.h"

#include <algorithm>
#include <cmath>

namespace Frise::Timeline {

TimelineNavigator::TimelineNavigator(const TimelineData &data, LaneMode mode, std::function<bool(quint32)> shown)
    : m_data(data)
    , m_mode(mode)
    , m_shown(std::move(shown))
{ }

qint64 TimelineNavigator::slotOf(int lane, quint32 index) const
{
    const TimelineData::LaneIndex &lanes = m_data.laneIndex(m_mode);
    if (lane < 0 || size_t(lane) + 1 >= lanes.offsets.size())
        return -1;
    const auto begin = lanes.starts.begin() + lanes.offsets[size_t(lane)];
    const auto end = lanes.starts.begin() + lanes.offsets[size_t(lane) + 1];
    const qint64 start = m_data.startEarliest(index);
    // Events starting at the same minute sit side by side: look through them.
    for (auto it = std::lower_bound(begin, end, start); it != end && *it == start; ++it) {
        const size_t slot = size_t(it - lanes.starts.begin());
        if (lanes.events[slot] == index)
            return qint64(slot);
    }
    return -1;
}

TimelineNavigator::Position TimelineNavigator::at(int lane, size_t slot) const
{
    return {m_data.id(qsizetype(m_data.laneIndex(m_mode).events[slot])), lane};
}

TimelineNavigator::Position TimelineNavigator::normalised(Position from) const
{
    const qsizetype index = m_data.indexOf(from.id);
    if (index < 0)
        return {};
    if (slotOf(from.lane, quint32(index)) >= 0)
        return from;
    // An event of no lane goes to the trailing "Other" lane.
    const std::span<const quint32> lanes = m_data.lanesOf(m_mode, index);
    const int first = lanes.empty() ? m_data.laneCount(m_mode) - 1 : int(lanes.front());
    return {from.id, slotOf(first, quint32(index)) >= 0 ? first : -1};
}

TimelineNavigator::Position TimelineNavigator::nearest(int lane, double minutes) const
{
    const TimelineData::LaneIndex &lanes = m_data.laneIndex(m_mode);
    if (lane < 0 || size_t(lane) + 1 >= lanes.offsets.size())
        return {};
    const size_t begin = lanes.offsets[size_t(lane)];
    const size_t end = lanes.offsets[size_t(lane) + 1];
    const qint64 target = qint64(std::llround(minutes));
    const size_t split = size_t(
        std::lower_bound(lanes.starts.begin() + begin, lanes.starts.begin() + end, target) - lanes.starts.begin());
    // The closest shown event on each side of the split, then the nearer of the two.
    size_t after = split;
    while (after < end && !isShown(lanes.events[after]))
        ++after;
    size_t before = split;
    while (before > begin && !isShown(lanes.events[before - 1]))
        --before;
    const bool hasAfter = after < end;
    const bool hasBefore = before > begin;
    if (!hasAfter && !hasBefore)
        return {};
    if (!hasBefore)
        return at(lane, after);
    if (!hasAfter)
        return at(lane, before - 1);
    const double afterGap = double(lanes.starts[after]) - minutes;
    const double beforeGap = minutes - double(lanes.starts[before - 1]);
    return beforeGap <= afterGap ? at(lane, before - 1) : at(lane, after);
}

TimelineNavigator::Position TimelineNavigator::step(Position from, Step step) const
{
    const TimelineData::LaneIndex &lanes = m_data.laneIndex(m_mode);
    from = normalised(from);
    const qsizetype index = m_data.indexOf(from.id);
    if (index < 0 || from.lane < 0)
        return from;
    const size_t begin = lanes.offsets[size_t(from.lane)];
    const size_t end = lanes.offsets[size_t(from.lane) + 1];
    const size_t slot = size_t(slotOf(from.lane, quint32(index)));
    switch (step) {
    case Step::Previous:
        for (size_t k = slot; k > begin; --k) {
            if (isShown(lanes.events[k - 1]))
                return at(from.lane, k - 1);
        }
        return from;
    case Step::Next:
        for (size_t k = slot + 1; k < end; ++k) {
            if (isShown(lanes.events[k]))
                return at(from.lane, k);
        }
        return from;
    case Step::First:
        for (size_t k = begin; k < end; ++k) {
            if (isShown(lanes.events[k]))
                return at(from.lane, k);
        }
        return from;
    case Step::Last:
        for (size_t k = end; k > begin; --k) {
            if (isShown(lanes.events[k - 1]))
                return at(from.lane, k - 1);
        }
        return from;
    case Step::LaneAbove:
    case Step::LaneBelow: {
        const int direction = step == Step::LaneAbove ? -1 : 1;
        // Nearest by time: the middle of what the event's start can mean.
        const double when = (double(m_data.startEarliest(index)) + double(m_data.startLatest(index))) / 2;
        for (int lane = from.lane + direction; lane >= 0 && lane < m_data.laneCount(m_mode); lane += direction) {
            const Position found = nearest(lane, when);
            if (found.id)
                return found;
        }
        return from;
    }
    }
    return from;
}

} // namespace Frise::Timeline
