// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"
#include "recordkind.h"

namespace Frise::Ui {

/// Creates one record; undo deletes it, redo brings it back with the same id and uid.
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
        Record stored = m_record;
        if (!typename RecordKind<Record>::Repository(database()).insert(stored, error))
            return false;
        m_record.id = stored.id;
        m_record.uid = stored.uid;
        changes->append({RecordKind<Record>::entity(), stored.id, false});
        return true;
    }

    bool revert(QList<Change> *changes, Storage::StorageError *error) override
    {
        if (!typename RecordKind<Record>::Repository(database()).remove(m_record.id, error))
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
