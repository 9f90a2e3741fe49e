// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"

#include <atomic>
#include <functional>

namespace Frise::Ui {

/**
 * Runs one long piece of work on the database (a whole-database export) on
 * a worker thread over its own read-only connection, so the window keeps
 * responding and the user can cancel.
 *
 * The work gets the connection and a cancel flag it should look at before
 * anything it cannot undo (committing a file). cancel() sets the flag and
 * abandons the job: neither succeeded() nor failed() comes for it, and the
 * worker ends on its own.
 */
class DatabaseJob final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseJob)

public:
    /// Returns an empty string when done, else what went wrong (translated).
    using Work = std::function<QString(Storage::Database &db, const std::atomic<bool> &cancel)>;

    explicit DatabaseJob(QObject *parent = nullptr);

    /// Opens @p location (a file or server URL, as for Storage::Database::open()) read-only and runs @p work.
    void start(const QString &location, Work work);

Q_SIGNALS:
    void succeeded();
};

} // namespace Frise::Ui
