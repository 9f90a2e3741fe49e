// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/dispute.h"
#include "core/tag.h"
#include "storage/storageerror.h"
#include "storage/timelinerows.h"

namespace Frise::Storage {
class Database;
}

namespace Frise::Timeline {

/// What names the timeline's lanes (implicitly shared lists: cheap to copy to a thread).
struct TimelineLanes
{
    Storage::LaneRows rows;

    /// The lanes of records a window already holds.
    static TimelineLanes of(const QList<Dispute> &disputes, const QList<Actor> &actors, const QList<Tag> &tags);
    /// Reads the lanes from @p db (a few columns of each dispute, actor and tag).
    static TimelineLanes read(Storage::Database &db, Storage::StorageError *error);
};

} // namespace Frise::Timeline
