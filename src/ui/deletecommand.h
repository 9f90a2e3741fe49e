// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dependentsnapshot.h"
#include "recordcommand.h"
#include "recordkind.h"

namespace Frise::Ui {

/**
 * Deletes one record. It keeps the whole record with its links, and the
 * records the delete changes (see DependentSnapshot); undo re-inserts it with
 * the same id, so sources, links and relations come back.
 *
 * The delete is versioned: it fails with Conflict, deleting nothing, when the
 * stored record is no longer the version given (the one the user saw), so a
 * stale view never erases a colleague's newer edit; ConflictResolver turns
 * that into the conflict dialog. Redo after undo expects the version the undo
 * stored.
 */
template<typename Record>
class DeleteCommand final : public RecordCommand
{
public:
    /// @p record is the record as the user saw it; its version is the one the delete expects.
    DeleteCommand(DatabaseSession *session, const Record &record, const QString &text)
        : RecordCommand(session, text)
        , m_record(record)
    { }

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override
    {
        const QString entity = RecordKind<Record>::entity();
        typename RecordKind<Record>::Repository repository(database());
        const std::optional<Record> current = repository.find(m_record.id, error);
        if (!current)
            return false;
        if (current->version != m_record.version) { // checked early: no snapshot for nothing
            *error = {Storage::StorageError::Code::Conflict, QString()};
            return false;
        }
        if (!m_dependents.capture(database(), entity, m_record.id, error))
            return false;
        if (!repository.remove(m_record.id, m_record.version, error))
            return false;
        m_record = *current;
        changes->append({entity, m_record.id, true});
        changes->append(m_dependents.touched());
        return true;
    }

    bool revert(QList<Change> *changes, Storage::StorageError *error) override
    {
        typename RecordKind<Record>::Repository repository(database());
        Record restored = m_record;
        if (!repository.insert(restored, error))
            return false;
        changes->append({RecordKind<Record>::entity(), restored.id, false});
        if (!m_dependents.restore(database(), changes, error))
            return false;
        // Redo deletes exactly what the undo stored, and nothing a colleague saved over it since.
        const std::optional<Record> reread = repository.find(restored.id, error);
        if (!reread)
            return false;
        m_record = *reread;
        return true;
    }

private:
    Record m_record;
    DependentSnapshot m_dependents;
};

using DeleteEventCommand = DeleteCommand<Event>;
using DeleteActorCommand = DeleteCommand<Actor>;
using DeleteClaimCommand = DeleteCommand<Claim>;
using DeleteDisputeCommand = DeleteCommand<Dispute>;
using DeleteSourceCommand = DeleteCommand<Source>;
using DeleteRelationCommand = DeleteCommand<Relation>;

} // namespace Frise::Ui
