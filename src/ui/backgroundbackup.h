// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"
#include "storage/backups.h"

namespace Frise::Ui {

/**
 * The rotating backup written when the GUI opens a database file
 * (Storage::Backups::rotate), run in a thread of its own over its own
 * read-only connection: copying a big file takes seconds, and the window
 * must paint and answer meanwhile. The copy is a consistent snapshot
 * (SQLite WAL lets it read while the window writes).
 *
 * cancelAndWait() stops a running backup and returns once the worker is
 * gone: the half-written `.partial` file is deleted, no backup is left that
 * looks complete. A cancelled backup is written again on the next open.
 * failed() says, in words for the user, why a backup could not be written
 * (never after cancelAndWait()).
 */
class BackgroundBackup final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundBackup)

public:
    /// The destructor cancels and waits for a running backup.
    explicit BackgroundBackup(QObject *parent = nullptr);

    /// Starts the rotation for the file @p path with @p policy (cancelling a running one first, and waiting for it).
    void start(const QString &path, const Storage::BackupPolicy &policy);

Q_SIGNALS:
    /// The rotation is done; @p written is the new backup (empty when none was due).
    void finished(const QString &written);
};

} // namespace Frise::Ui
