// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/era.h"
#include "core/event.h"
#include "core/relation.h"
#include "core/savedcopy.h"
#include "core/statuschange.h"
#include "recordcommand.h"

namespace Frise::Ui {

/**
 * The records a delete changes besides the deleted one: events that cite a
 * deleted actor or dispute lose the link (ON DELETE CASCADE), relations of a
 * deleted actor disappear, claims lose their claimant or rebutted claim, eras
 * their dispute, status changes of a deleted dispute disappear, saved
 * copies of a deleted source are unlinked.
 * Captured before the delete, restored after the undo re-inserts the record.
 */
class DependentSnapshot final
{
public:
    /// Reads what deleting @p entity #@p id will change.
    bool capture(Storage::Database &db, const QString &entity, RowId id, Storage::StorageError *error);
    /// Writes the captured records back (inside the caller's transaction).
    bool restore(Storage::Database &db, QList<RecordCommand::Change> *changes, Storage::StorageError *error) const;
    /// The records the delete touches, for change notifications.
    QList<RecordCommand::Change> touched() const;

private:
    QList<Event> m_events;
    QList<Claim> m_claims;
    QList<Actor> m_actors;
    QList<Dispute> m_disputes;
    QList<Relation> m_relations; ///< deleted with their actor: re-inserted
    QList<Era> m_eras;
    QList<StatusChange> m_statusChanges; ///< deleted with their dispute: re-inserted
    QList<SavedCopy> m_savedCopies; ///< unlinked with their source: linked again
};

} // namespace Frise::Ui
