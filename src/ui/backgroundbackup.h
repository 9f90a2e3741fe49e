// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/backups.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Frise::Ui {

/**
 * The rotating backup written when the GUI opens a database file
 * (Storage::Backups::rotate), run in a worker thread over its own read-only
 * connection: copying a big file takes seconds, and the window must paint
 * and answer meanwhile. The copy is a consistent snapshot (SQLite WAL lets
 * it read while the window writes).
 *
 * cancelAndWait() stops a running backup and returns once the worker is
 * gone: the half-written `.partial` file is deleted, no backup is left that
 * looks complete. A cancelled backup is written again on the next open.
 */
class BackgroundBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundBackup)

public:
    explicit BackgroundBackup(QObject *parent = nullptr);
    /// Cancels and waits for a running backup.
    ~BackgroundBackup() override;

    /// Starts the rotation for the file @p path with @p policy (cancelling a running one first).
    void start(const QString &path, const Storage::BackupPolicy &policy);
    /// Stops the running backup, if any, and waits until its worker has cleaned up.
    void cancelAndWait();
    bool isRunning() const { return m_watcher != nullptr; }

Q_SIGNALS:
    /// The rotation is done; @p written is the new backup (empty when none was due).
    void finished(const QString &written);
    /// The backup could not be written (not emitted after cancelAndWait()).
    void failed(const Storage::StorageError &error);

private:
    struct Result
    {
        QString written;
        Storage::StorageError error;
    };
    void onFinished();

    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result> *m_watcher = nullptr;
    /// Its own thread: a backup of several seconds must not hold one of the shared pool's few threads.
    QThreadPool m_pool;
};

} // namespace Frise::Ui
