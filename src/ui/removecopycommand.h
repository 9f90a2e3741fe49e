// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"

#include "core/savedcopy.h"

namespace Frise::Ui {

/**
 * Removes a saved copy from its source. The stored bytes stay until the
 * window closes the database, so undo links the same copy (same id, name,
 * capture date) again.
 */
class RemoveCopyCommand final : public RecordCommand
{
public:
    RemoveCopyCommand(DatabaseSession *session, const SavedCopy &copy, const QString &text);

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override;
    bool revert(QList<Change> *changes, Storage::StorageError *error) override;

private:
    SavedCopy m_copy;
};

} // namespace Frise::Ui
