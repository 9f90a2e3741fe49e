// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyattacher.h"

#include "storage/savedcopies.h"

#include <QFileInfo>

#include <algorithm>

namespace Frise::Ui {

CopyAttacher::CopyAttacher(QObject *parent)
    : DatabaseWorker(parent)
{
    useWritableConnection();
    // Hashing 200 MiB would hold a thread of the shared pool for seconds.
    useOwnThread();
    setProgressInterval(100);
}

void CopyAttacher::attach(const QString &location, RowId sourceId, const QStringList &paths, qint64 maximumSize)
{
    qint64 total = 0;
    for (const QString &path : paths)
        total += 2 * std::min(QFileInfo(path).size(), maximumSize); // read twice: hash, then store
    auto stopFlag = std::make_shared<std::atomic<bool>>(false);
    m_stop = stopFlag;
    run(
        location, total,
        [sourceId, paths, maximumSize, stopFlag](Storage::Database &db, Run &run) {
            Outcome outcome;
            Storage::SavedCopies copies(db);
            qint64 before = 0;
            for (const QString &path : paths) {
                Storage::SavedCopies::AttachOptions options;
                options.maximumSize = maximumSize;
                options.progress = [&](qint64 done, qint64) {
                    run.done() = before + done;
                    return !stopFlag->load() && !run.isCancelled();
                };
                Storage::StorageError error;
                const auto attached = copies.attachFile(sourceId, path, options, &error);
                before += 2 * std::min(QFileInfo(path).size(), maximumSize);
                if (!attached) {
                    outcome.cancelled = error.code == Storage::StorageError::Code::Cancelled;
                    if (!outcome.cancelled)
                        outcome.problem = error.message;
                    break;
                }
                if (attached->alreadyLinked)
                    outcome.alreadyAttached.append(attached->copy.fileName);
                else
                    outcome.attached.append(attached->copy);
            }
            return outcome;
        },
        [this](Outcome outcome) { Q_EMIT finished(outcome); });
}

void CopyAttacher::stop()
{
    if (m_stop)
        m_stop->store(true);
}

void CopyAttacher::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(done, total);
}

} // namespace Frise::Ui
