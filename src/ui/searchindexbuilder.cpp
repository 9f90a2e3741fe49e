// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindexbuilder.h"

#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/searchbacklog.h"

#include <QThread>

namespace Frise::Ui {

namespace {

constexpr int progressIntervalMs = 500;
constexpr int watchIntervalMs = 200;

} // namespace

SearchIndexBuilder::SearchIndexBuilder(QObject *parent)
    : DatabaseWorker(parent)
{
    useOwnThread();
    setProgressInterval(progressIntervalMs);
}

void SearchIndexBuilder::start(const QString &path, qint64 indexed, qint64 total)
{
    cancelAndWait();
    run(
        path, total,
        [path, indexed](Storage::Database &, Run &run) {
            run.done() = indexed;
            // The worker's connection is read-only; the build writes.
            Storage::StorageError error;
            auto db = Storage::Database::open(path, {}, &error);
            if (!db) {
                run.fail(error);
                return;
            }
            Storage::SearchBacklog backlog(*db);
            Storage::InstanceLock lock(Storage::SearchBacklog::buildLockPath(path));
            while (lock.tryLock() == Storage::InstanceLock::Result::HeldElsewhere) {
                const Storage::SearchIndexState state = backlog.state(&error);
                if (error || state.isComplete() || run.isCancelled())
                    break;
                run.done() = state.indexed;
                QThread::msleep(watchIntervalMs);
            }
            if (!error && !run.isCancelled()) {
                backlog.build(
                    [&run](qint64 done, qint64) {
                        run.done() = done;
                        return !run.isCancelled();
                    },
                    &error);
            }
            if (error && error.code != Storage::StorageError::Code::Cancelled)
                run.fail(error);
        },
        [this] { Q_EMIT finished(); });
}

void SearchIndexBuilder::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(Storage::SearchIndexState {done, total}.percent());
}

} // namespace Frise::Ui
