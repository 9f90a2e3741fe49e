// SPDX-License-Identifier: GPL-3.0-or-later
#include "removecopycommand.h"

#include "storage/savedcopies.h"

namespace Frise::Ui {

RemoveCopyCommand::RemoveCopyCommand(DatabaseSession *session, const SavedCopy &copy, const QString &text)
    : RecordCommand(session, text)
    , m_copy(copy)
{ }

bool RemoveCopyCommand::apply(QList<Change> *changes, Storage::StorageError *error)
{
    if (!Storage::SavedCopies(database()).unlink(m_copy.id, error))
        return false;
    changes->append({QStringLiteral("source"), m_copy.sourceId, false});
    return true;
}

bool RemoveCopyCommand::revert(QList<Change> *changes, Storage::StorageError *error)
{
    if (!Storage::SavedCopies(database()).link(&m_copy, error))
        return false;
    changes->append({QStringLiteral("source"), m_copy.sourceId, false});
    return true;
}

} // namespace Frise::Ui
