// SPDX-License-Identifier: GPL-3.0-or-later
#include "copycapturedcommand.h"

#include "storage/savedcopies.h"

namespace Frise::Ui {

CopyCapturedCommand::CopyCapturedCommand(
    DatabaseSession *session, const SavedCopy &copy, const QDateTime &captured, const QString &text)
    : RecordCommand(session, text)
    , m_copy(copy)
    , m_captured(captured)
{ }

bool CopyCapturedCommand::apply(QList<Change> *changes, Storage::StorageError *error)
{
    return set(m_captured, changes, error);
}

bool CopyCapturedCommand::revert(QList<Change> *changes, Storage::StorageError *error)
{
    return set(m_copy.captured, changes, error);
}

bool CopyCapturedCommand::set(const QDateTime &captured, QList<Change> *changes, Storage::StorageError *error)
{
    if (!Storage::SavedCopies(database()).setCaptured(m_copy.id, captured, error))
        return false;
    changes->append({QStringLiteral("source"), m_copy.sourceId, false});
    return true;
}

} // namespace Frise::Ui
