// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"

#include "core/savedcopy.h"

namespace Frise::Ui {

/**
 * A file attached to a source as a saved copy. The attach itself (storing
 * up to 200 MiB) is done off the UI thread by CopyAttacher; this command
 * is the undo step pushed once it committed: undo removes the copy from the
 * source, redo links the same stored bytes again. The bytes stay in the
 * database until no source links them and the window closes the database
 * (DatabaseSession collects them then).
 */
class AttachCopyCommand final : public RecordCommand
{
public:
    /// @p copy is already linked (the attach committed).
    AttachCopyCommand(DatabaseSession *session, const SavedCopy &copy, const QString &text);

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override;
    bool revert(QList<Change> *changes, Storage::StorageError *error) override;

private:
    SavedCopy m_copy;
    bool m_linked = true;
};

} // namespace Frise::Ui
