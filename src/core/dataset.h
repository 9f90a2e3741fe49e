// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actor.h"
#include "actorrole.h"
#include "auditentry.h"
#include "claim.h"
#include "dispute.h"
#include "era.h"
#include "event.h"
#include "relation.h"
#include "savedcopy.h"
#include "source.h"
#include "statuschange.h"
#include "tag.h"

#include <QList>

namespace Frise {

/**
 * A self-contained set of records: what an import produces, what an export
 * or a backup consumes, and what the sample is.
 *
 * The ids inside a Dataset (Actor::id, Event::disputeIds, Claim::rebutsClaimId
 * ...) only have to be consistent within the Dataset: a parser numbers its
 * records 1, 2, 3...; storage maps them to database rows when it imports the
 * set, and fills them with database ids when it exports one. Tags and
 * actor roles are referenced by name.
 */
struct Dataset
{
    BilingualText title;
    BilingualText description; ///< the timeline's introduction (TimelineJS's title slide text)
    QList<Actor> actors;
    QList<Source> sources;
    QList<Tag> tags;
    QList<ActorRole> roles; ///< the role vocabulary's entries that carry labels or are in use
    QList<Dispute> disputes;
    QList<Event> events;
    QList<Claim> claims;
    QList<Relation> relations;
    QList<Era> eras;
    QList<StatusChange> statusChanges;
    QList<AuditEntry> audit;
    /// Saved copies of the sources, without their bytes (see SavedCopyReader).
    QList<SavedCopy> savedCopies;

    const Actor *actor(RowId id) const;
    const Source *source(RowId id) const;
    const Dispute *dispute(RowId id) const;
    const Claim *claim(RowId id) const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace Frise
