// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistloader.h"

#include "storage/storageerror.h"

namespace Frise::Ui {

RecordListLoader::RecordListLoader(QObject *parent)
    : DatabaseWorker(parent)
{
    setProgressInterval(100);
}

void RecordListLoader::start(const QString &location)
{
    run(
        location, RecordLists::listCount,
        [](Storage::Database &db, Run &run) {
            RecordLists lists;
            Storage::StorageError error;
            if (!RecordLists::read(db, &lists, &error, &run.cancelFlag(), &run.done()) && error)
                run.fail(error);
            return lists;
        },
        [this](const RecordLists &lists) { Q_EMIT finished(lists); });
}

void RecordListLoader::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(int(done), int(total));
}

} // namespace Frise::Ui
