// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelanes.h"

#include "storage/repositories.h"

namespace Frise::Timeline {

TimelineLanes TimelineLanes::of(const QList<Dispute> &disputes, const QList<Actor> &actors, const QList<Tag> &tags,
    const QList<Era> &eras, const QList<StatusChange> &statusChanges)
{
    TimelineLanes lanes;
    lanes.eras = eras;
    lanes.statusChanges = statusChanges;
    for (const Dispute &d : disputes)
        lanes.rows.disputes.append({d.id, d.uid, d.title.fr, d.title.en, d.colour});
    for (const Actor &a : actors)
        lanes.rows.actors.append({a.id, a.uid, a.name.fr, a.name.en, QString()});
    for (const Tag &t : tags)
        lanes.rows.tags.append({t.id, t.name, t.label.fr, t.label.en, QString()});
    return lanes;
}

TimelineLanes TimelineLanes::read(Storage::Database &db, Storage::StorageError *error)
{
    TimelineLanes lanes;
    lanes.rows = Storage::TimelineRows(db).lanes(error);
    if (!*error)
        lanes.eras = Storage::EraRepository(db).all(error);
    if (!*error)
        lanes.statusChanges = Storage::StatusChangeRepository(db).all(error);
    return lanes;
}

} // namespace Frise::Timeline
