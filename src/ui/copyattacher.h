// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"

#include "core/savedcopy.h"

#include <QStringList>

#include <atomic>
#include <memory>

namespace Frise::Ui {

/**
 * Attaches files to a source as saved copies off the UI thread: hashing
 * and storing up to 200 MiB each, over a writable connection of its own,
 * with progress over the bytes and a cancel that stops between chunks
 * (the file being stored is rolled back; files done before it stay
 * attached and are reported, so that each gets its undo step).
 */
class CopyAttacher final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyAttacher)

public:
    /// What one run did.
    struct Outcome
    {
        QList<SavedCopy> attached; ///< newly linked copies, in order
        QStringList alreadyAttached; ///< file names the source already had
        QString problem; ///< why the run stopped early (translated); empty when it did not
        bool cancelled = false;
    };

    explicit CopyAttacher(QObject *parent = nullptr);

    /**
     * Attaches @p paths to source @p sourceId of the database at @p location
     * (DatabaseSession::location()). Files larger than @p maximumSize are
     * refused with a message (tests lower it).
     */
    void attach(const QString &location, RowId sourceId, const QStringList &paths,
        qint64 maximumSize = SavedCopy::maximumSize());
    /// Stops the running attach at its next chunk; finished() still comes, with what was done.
    void stop();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const Frise::Ui::CopyAttacher::Outcome &outcome);

protected:
    void reportProgress(qint64 done, qint64 total) override;

private:
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace Frise::Ui
