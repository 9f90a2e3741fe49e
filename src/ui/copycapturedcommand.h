// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"

#include "core/savedcopy.h"

namespace Frise::Ui {

/// Changes when a saved copy was captured (by default its file's modification time).
class CopyCapturedCommand final : public RecordCommand
{
public:
    CopyCapturedCommand(
        DatabaseSession *session, const SavedCopy &copy, const QDateTime &captured, const QString &text);

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override;
    bool revert(QList<Change> *changes, Storage::StorageError *error) override;

private:
    bool set(const QDateTime &captured, QList<Change> *changes, Storage::StorageError *error);

    SavedCopy m_copy;
    QDateTime m_captured;
};

} // namespace Frise::Ui
