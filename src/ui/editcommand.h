// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"
#include "recordkind.h"

#include <QCoreApplication>

namespace Frise::Ui {

/**
 * Replaces a record's stored content (@p before) by @p after. Each step
 * first checks the row still holds what the step expects, so an undo never
 * overwrites someone else's later change.
 */
template<typename Record>
class EditCommand final : public RecordCommand
{
public:
    EditCommand(DatabaseSession *session, const Record &before, const Record &after, const QString &text)
        : RecordCommand(session, text)
        , m_before(before)
        , m_after(after)
    { }

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override
    {
        return replace(m_before, &m_after, changes, error);
    }

    bool revert(QList<Change> *changes, Storage::StorageError *error) override
    {
        return replace(m_after, &m_before, changes, error);
    }

private:
    bool replace(const Record &expected, Record *target, QList<Change> *changes, Storage::StorageError *error)
    {
        typename RecordKind<Record>::Repository repository(database());
        const std::optional<Record> current = repository.find(expected.id, error);
        if (!current)
            return false;
        if (withVersion(*current, 0) != withVersion(expected, 0)) {
            *error = {Storage::StorageError::Code::Conflict, QString()};
            return false;
        }
        Record stored = withVersion(*target, current->version);
        if (!repository.update(stored, error))
            return false;
        // Keep what storage holds (normalised order of links...) so the way back compares equal.
        const std::optional<Record> reread = repository.find(expected.id, error);
        if (!reread)
            return false;
        *target = *reread;
        changes->append({RecordKind<Record>::entity(), expected.id, false});
        return true;
    }

    Record m_before;
    Record m_after;
};

using EditEventCommand = EditCommand<Event>;
using EditActorCommand = EditCommand<Actor>;
using EditClaimCommand = EditCommand<Claim>;
using EditDisputeCommand = EditCommand<Dispute>;
using EditSourceCommand = EditCommand<Source>;
using EditRelationCommand = EditCommand<Relation>;

} // namespace Frise::Ui
