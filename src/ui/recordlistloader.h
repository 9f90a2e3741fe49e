// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"
#include "recordlists.h"

namespace Frise::Ui {

/**
 * Reads the RecordLists of a database in a worker thread over its own
 * read-only connection, so that a window opening a big database paints at
 * once and stays responsive while 100k actors and 200k claims are read.
 *
 * progress() comes a few times a second; finished() or failed() in the
 * caller's thread. A newer start() or cancel() abandons the running read:
 * its result is never delivered.
 */
class RecordListLoader final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListLoader)

public:
    explicit RecordListLoader(QObject *parent = nullptr);

    /// Reads from @p location, a file path or server URL as given to Storage::Database::open().
    void start(const QString &location);

Q_SIGNALS:
    /// @p done of @p total lists read.
    void progress(int done, int total);
    void finished(const Frise::Ui::RecordLists &lists);

protected:
    void reportProgress(qint64 done, qint64 total) override;
};

} // namespace Frise::Ui
