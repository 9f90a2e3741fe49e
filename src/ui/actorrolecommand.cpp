// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrolecommand.h"

#include "recordtype.h"

#include "storage/repositories.h"

namespace Frise::Ui {

ActorRoleCommand::ActorRoleCommand(DatabaseSession *session, const QList<Edit> &edits, const QString &text)
    : RecordCommand(session, text)
    , m_edits(edits)
{ }

bool ActorRoleCommand::apply(QList<Change> *changes, Storage::StorageError *error)
{
    Storage::ActorRoleRepository roles(database());
    for (const Edit &edit : std::as_const(m_edits))
        if (!roles.setLabel(edit.name, edit.after, error))
            return false;
    // The vocabulary is read again whole: one change stands for all.
    changes->append({RecordNames::actorRole, 0, false});
    return true;
}

bool ActorRoleCommand::revert(QList<Change> *changes, Storage::StorageError *error)
{
    Storage::ActorRoleRepository roles(database());
    for (const Edit &edit : std::as_const(m_edits)) {
        bool removed = false;
        if (edit.before ? !roles.setLabel(edit.name, *edit.before, error)
                        : !roles.removeUnused(edit.name, &removed, error))
            return false;
    }
    changes->append({RecordNames::actorRole, 0, false});
    return true;
}

} // namespace Frise::Ui
