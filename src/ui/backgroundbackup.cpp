// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundbackup.h"

namespace Frise::Ui {

BackgroundBackup::BackgroundBackup(QObject *parent)
    : DatabaseWorker(parent)
{
    useOwnThread();
}

void BackgroundBackup::start(const QString &path, const Storage::BackupPolicy &policy)
{
    cancelAndWait();
    run(
        path, 0,
        [policy](Storage::Database &db, Run &run) {
            QString written;
            Storage::StorageError error;
            Storage::Backups::rotate(db, policy, &written, &error, QDateTime::currentDateTimeUtc(), &run.cancelFlag());
            if (error)
                run.fail(error);
            return written;
        },
        [this](const QString &written) { Q_EMIT finished(written); });
}

} // namespace Frise::Ui
