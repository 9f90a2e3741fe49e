// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachcopycommand.h"

#include "storage/savedcopies.h"

namespace Frise::Ui {

AttachCopyCommand::AttachCopyCommand(DatabaseSession *session, const SavedCopy &copy, const QString &text)
    : RecordCommand(session, text)
    , m_copy(copy)
{ }

bool AttachCopyCommand::apply(QList<Change> *changes, Storage::StorageError *error)
{
    if (!m_linked && !Storage::SavedCopies(database()).link(&m_copy, error))
        return false;
    m_linked = true;
    changes->append({QStringLiteral("source"), m_copy.sourceId, false});
    return true;
}

bool AttachCopyCommand::revert(QList<Change> *changes, Storage::StorageError *error)
{
    if (!Storage::SavedCopies(database()).unlink(m_copy.id, error))
        return false;
    m_linked = false;
    changes->append({QStringLiteral("source"), m_copy.sourceId, false});
    return true;
}

} // namespace Frise::Ui
