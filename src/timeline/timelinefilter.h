// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"

#include <QString>

#include <limits>
#include <vector>

namespace Frise::Timeline {

/**
 * What the timeline shows when the journalist narrows it: the events of a
 * dispute, involving an actor, carrying a tag and overlapping a period; each
 * criterion only when set. Worked out on the compact TimelineData, so that
 * narrowing a million events needs no database query.
 */
struct TimelineFilter
{
    QString disputeKey; ///< the dispute's lane key (see laneKey() in timelinedata.h)
    QString actorKey; ///< the actor's lane key
    QString tag; ///< a tag name
    qint64 fromMinutes = std::numeric_limits<qint64>::min();
    qint64 toMinutes = std::numeric_limits<qint64>::max();

    bool isEmpty() const;
    /// One flag per event of @p data, in data order: 1 when the event passes.
    std::vector<quint8> apply(const TimelineData &data) const;

    bool operator==(const TimelineFilter &) const = default;
};

} // namespace Frise::Timeline
