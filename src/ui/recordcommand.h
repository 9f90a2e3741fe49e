// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "storage/storageerror.h"

#include <QList>
#include <QUndoCommand>

namespace Frise::Storage {
class Database;
}

namespace Frise::Ui {

class DatabaseSession;

/**
 * Base of Frise's undo commands: one user edit, written in one transaction.
 *
 * DatabaseSession::push() calls applyNow() before the command reaches the
 * stack, so a failed edit never lands on it. When a later undo or redo fails
 * (disk full, someone else changed the record), nothing was written, the
 * user is told, and the command marks itself obsolete so QUndoStack drops it
 * rather than keeping a step that no longer matches the database.
 */
class RecordCommand : public QUndoCommand
{
public:
    /// A record a command touched, announced once the transaction committed.
    struct Change
    {
        QString entity;
        RowId id = 0;
        bool removed = false;
    };

    RecordCommand(DatabaseSession *session, const QString &text);
    ~RecordCommand() override;

    /// Applies the edit now; false (error reported) when it could not be written.
    bool applyNow();

    void redo() final;
    void undo() final;

protected:
    /// Does the edit inside the open transaction; lists what it touched.
    virtual bool apply(QList<Change> *changes, Storage::StorageError *error) = 0;
    /// Takes the edit back inside the open transaction.
    virtual bool revert(QList<Change> *changes, Storage::StorageError *error) = 0;

    Storage::Database &database() const;
    DatabaseSession *session() const { return m_session; }

private:
    bool run(bool forward);

    DatabaseSession *m_session = nullptr;
    bool m_appliedByPush = false;
};

} // namespace Frise::Ui
