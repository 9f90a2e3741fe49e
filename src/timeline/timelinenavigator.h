// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"

#include <functional>

namespace Frise::Timeline {

/**
 * Where the keyboard takes the selection on the timeline: to the previous
 * or next event of a lane by date, to the event nearest in time in the lane
 * above or below, to a lane's first or last event. Worked out on the
 * TimelineData's lane indexes (binary search, then a scan past filtered-out
 * events), so it reaches events outside the visible range too.
 */
class TimelineNavigator final
{
public:
    enum class Step {
        Previous, ///< earlier event of the lane
        Next, ///< later event of the lane
        LaneAbove, ///< nearest in time in the previous lane that shows an event
        LaneBelow, ///< nearest in time in the next lane that shows an event
        First, ///< first event of the lane
        Last, ///< last event of the lane
    };

    /// An event in one of its lanes (an event may sit in several).
    struct Position
    {
        RowId id = 0;
        int lane = -1; ///< lane index in the data for the mode
        bool operator==(const Position &) const = default;
    };

    /// @p shown tells whether a data index passes the filter (null: all do). @p data must outlive the navigator.
    TimelineNavigator(const TimelineData &data, LaneMode mode, std::function<bool(quint32)> shown = {});

    /// Where @p step leads from @p from; @p from itself when nothing lies that way.
    Position step(Position from, Step step) const;
    /// The shown event nearest @p minutes in @p lane (id 0 when the lane shows none).
    Position nearest(int lane, double minutes) const;
    /// @p from with a lane that holds its event: its own when it does, else the event's first lane.
    Position normalised(Position from) const;

private:
    bool isShown(quint32 index) const { return !m_shown || m_shown(index); }
    /// Position of data index @p index in @p lane's part of the lane index, -1 when not there.
    qint64 slotOf(int lane, quint32 index) const;
    Position at(int lane, size_t slot) const;

    const TimelineData &m_data;
    LaneMode m_mode;
    std::function<bool(quint32)> m_shown;
};

} // namespace Frise::Timeline
