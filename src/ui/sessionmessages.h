// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Frise::Storage {
struct StorageError;
}

namespace Frise::Ui {

/**
 * What the open database tells the user, in the UI language: storage
 * failures, why editing is off, how the automatic backup and a restore went.
 *
 * DatabaseSession decides when to say what; the words live here, so that
 * the session reads as policy, and the workers (DatabaseWorker) and dialogs
 * can word a storage error without reaching for the session.
 */
class SessionMessages final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::SessionMessages)

public:
    /// What to tell the user about @p error: what it means for their work, then storage's own words.
    static QString userMessage(const Storage::StorageError &error);
    static QString noDatabase();

    /// @name Why nothing can be edited (DatabaseSession::readOnlyReason())
    ///@{
    static QString connectionLost();
    /// Connected to a server as @p userName, a role that may only read.
    static QString readerRole(const QString &userName);
    static QString readOnlyFile();
    static QString stillLoading();
    /// The record lists could not be read, because of @p reason (a userMessage()).
    static QString listsUnreadable(const QString &reason);
    ///@}

    /// @name While the server is away, and when it is back (ReconnectBanner)
    ///@{
    /// An edit found the connection lost: it was not saved.
    static QString editNotSaved();
    /// The next attempt to reach the server is in @p seconds.
    static QString nextAttemptIn(int seconds);
    /// An attempt to reach the server is under way.
    static QString reconnecting();
    /// The connection is back and the view was re-read; @p writable: editing is on again.
    static QString reconnected(bool writable);
    ///@}

    /// The automatic backup failed, because of @p reason (a userMessage()).
    static QString backupFailed(const QString &reason);

    /// @name What a restore from backup did (DatabaseSession::restoreBackup())
    ///@{
    static QString restoreRefusedOnServer();
    static QString restoreRefusedReadOnly();
    /// Nothing was restored, because of @p reason.
    static QString restoreNotDone(const QString &reason);
    /// Nothing was restored: the current state could not be backed up first, because of @p reason.
    static QString restoreWithoutSafetyBackup(const QString &reason);
    /// Restored; the state before is in the backup made at @p safetyBackupTime.
    static QString restored(const QString &safetyBackupTime);
    /// The restored file did not open (@p reason); the previous state is back.
    static QString restoredFileUnopenable(const QString &reason);
    /// Neither the restored file nor the previous state opens (@p reason); the latter is in @p safetyBackup.
    static QString reopenFailed(const QString &reason, const QString &safetyBackup);
    ///@}
};

} // namespace Frise::Ui
