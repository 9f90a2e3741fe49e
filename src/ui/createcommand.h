// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"
#include "recordkind.h"

namespace Frise::Ui {

/**
 * Creates one record; undo deletes it, redo brings it back with the same id
 * and uid. Undo deletes only the record as this command stored it: when
 * someone else changed it meanwhile, it fails with Conflict and keeps theirs.
 */
template<typename Record>
class CreateCommand final : public RecordCommand
{
public:
    CreateCommand(DatabaseSession *session, const Record &record, const QString &text)
        : RecordCommand(session, text)
        , m_record(record)
    { }

    /// Id of the created record (0 before the first apply).
    RowId createdId() const { return m_record.id; }

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override
    {
        typename RecordKind<Record>::Repository repository(database());
        Record stored = m_record;
        if (!repository.insert(stored, error))
            return false;
        // Keep what storage holds (normalised links...) so undo compares it equal.
        const std::optional<Record> reread = repository.find(stored.id, error);
        if (!reread)
            return false;
        m_record = *reread;
        changes->append({RecordKind<Record>::entity(), stored.id, false});
        return true;
    }

    bool revert(QList<Change> *changes, Storage::StorageError *error) override
    {
        typename RecordKind<Record>::Repository repository(database());
        const std::optional<Record> current = repository.find(m_record.id, error);
        if (!current)
            return false;
        if (withVersion(*current, 0) != withVersion(m_record, 0)) {
            *error = {Storage::StorageError::Code::Conflict, QString()};
            return false;
        }
        if (!repository.remove(m_record.id, current->version, error))
            return false;
        changes->append({RecordKind<Record>::entity(), m_record.id, true});
        return true;
    }

private:
    Record m_record;
};

using CreateEventCommand = CreateCommand<Event>;
using CreateActorCommand = CreateCommand<Actor>;
using CreateClaimCommand = CreateCommand<Claim>;
using CreateDisputeCommand = CreateCommand<Dispute>;
using CreateSourceCommand = CreateCommand<Source>;
using CreateRelationCommand = CreateCommand<Relation>;

} // namespace Frise::Ui
