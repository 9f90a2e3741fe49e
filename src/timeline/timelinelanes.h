// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/dispute.h"
#include "core/era.h"
#include "core/statuschange.h"
#include "core/tag.h"
#include "storage/storageerror.h"
#include "storage/timelinerows.h"

namespace Frise::Storage {
class Database;
}

namespace Frise::Timeline {

/// What names the timeline's lanes, and the eras drawn over them (implicitly shared lists: cheap to copy to a thread).
struct TimelineLanes
{
    Storage::LaneRows rows;
    QList<Era> eras;
    QList<StatusChange> statusChanges; ///< drawn as the periods of their disputes' lanes

    /// The lanes and eras of records a window already holds.
    static TimelineLanes of(const QList<Dispute> &disputes, const QList<Actor> &actors, const QList<Tag> &tags,
        const QList<Era> &eras, const QList<StatusChange> &statusChanges);
    /// Reads the lanes (a few columns of each dispute, actor and tag), the eras and status changes from @p db.
    static TimelineLanes read(Storage::Database &db, Storage::StorageError *error);
};

} // namespace Frise::Timeline
