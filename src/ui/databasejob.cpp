// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasejob.h"

namespace Frise::Ui {

DatabaseJob::DatabaseJob(QObject *parent)
    : DatabaseWorker(parent)
{ }

void DatabaseJob::start(const QString &location, Work work)
{
    run(
        location, 0,
        [work = std::move(work)](Storage::Database &db, Run &run) {
            const QString message = work(db, run.cancelFlag());
            if (!message.isEmpty())
                run.fail(message);
        },
        [this] { Q_EMIT succeeded(); });
}

} // namespace Frise::Ui
