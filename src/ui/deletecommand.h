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
 */
template<typename Record>
class DeleteCommand final : public RecordCommand
{
public:
    /// @p record is the stored record, as find() returned it.
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
        if (!current || !m_dependents.capture(database(), entity, m_record.id, error))
            return false;
        if (!repository.remove(m_record.id, error))
            return false;
        m_record = *current;
        changes->append({entity, m_record.id, true});
        changes->append(m_dependents.touched());
        return true;
    }

    bool revert(QList<Change> *changes, Storage::StorageError *error) override
    {
        Record restored = m_record;
        if (!typename RecordKind<Record>::Repository(database()).insert(restored, error))
            return false;
        changes->append({RecordKind<Record>::entity(), restored.id, false});
        return m_dependents.restore(database(), changes, error);
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
