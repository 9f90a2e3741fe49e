// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmessages.h"

#include "storage/storageerror.h"

#include <QDir>

namespace Frise::Ui {

using Storage::StorageError;

QString SessionMessages::userMessage(const StorageError &error)
{
    QString what;
    switch (error.code) {
    case StorageError::Code::Locked:
        what = tr("The database is open in another Frise window.");
        break;
    case StorageError::Code::ReadOnly:
        what = tr("The database cannot be written (read-only file or folder); your change was not saved.");
        break;
    case StorageError::Code::DiskFull:
        what = tr("The disk is full; your change was not saved. Free some space and try again.");
        break;
    case StorageError::Code::Busy:
        what = tr("The database is busy with another writer; your change was not saved. Try again.");
        break;
    case StorageError::Code::Conflict:
        what = tr("This record was changed elsewhere meanwhile; your change was not saved.");
        break;
    default:
        break;
    }
    if (error.message.isEmpty())
        return what.isEmpty() ? tr("Unexpected database error.") : what;
    if (what.isEmpty() || error.message.contains(what))
        return error.message;
    return what + QLatin1Char(' ') + error.message;
}

QString SessionMessages::noDatabase()
{
    return tr("No database is open.");
}

QString SessionMessages::connectionLost()
{
    return tr("The connection to the database server was lost: nothing can be saved until it is back, so editing "
              "is off. You can still browse and export what is loaded.");
}

QString SessionMessages::editNotSaved()
{
    return tr("Your last change was not saved.");
}

QString SessionMessages::nextAttemptIn(int seconds)
{
    //: %1 is a number of seconds
    return tr("Next attempt to reconnect in %1 s.").arg(seconds);
}

QString SessionMessages::reconnecting()
{
    return tr("Trying to reconnect…");
}

QString SessionMessages::reconnected(bool writable)
{
    return writable ? tr("Reconnected; the view was refreshed and you can edit again.")
                    : tr("Reconnected; the view was refreshed.");
}

QString SessionMessages::readerRole(const QString &userName)
{
    return tr("You are connected as %1, a user who may read this database but not change it: you can browse, "
              "search and export, not edit.")
        .arg(userName);
}

QString SessionMessages::readOnlyFile()
{
    return tr("This database is read-only: you can browse and search it, not edit it.");
}

QString SessionMessages::stillLoading()
{
    return tr("The database’s records are still being read: editing starts as soon as they are loaded.");
}

QString SessionMessages::listsUnreadable(const QString &reason)
{
    return tr("The database’s records could not be read, so editing is off: %1").arg(reason);
}

QString SessionMessages::backupFailed(const QString &reason)
{
    return tr("The automatic backup could not be written: %1").arg(reason);
}

QString SessionMessages::restoreRefusedOnServer()
{
    return tr("A database on a server is not restored from Frise backups; ask its administrator.");
}

QString SessionMessages::restoreRefusedReadOnly()
{
    return tr("This database is read-only: it cannot be replaced by a backup.");
}

QString SessionMessages::restoreNotDone(const QString &reason)
{
    return tr("The backup was not restored, your database is unchanged: %1").arg(reason);
}

QString SessionMessages::restoreWithoutSafetyBackup(const QString &reason)
{
    return tr("The backup was not restored, your database is unchanged: the current state could not be backed up "
              "first (%1).")
        .arg(reason);
}

QString SessionMessages::restored(const QString &safetyBackupTime)
{
    return tr("Restored the backup. The database as it was before is kept as a backup of %1: restore it to undo.")
        .arg(safetyBackupTime);
}

QString SessionMessages::restoredFileUnopenable(const QString &reason)
{
    return tr("The backup was restored but could not be opened (%1); your database was put back as it was.")
        .arg(reason);
}

QString SessionMessages::reopenFailed(const QString &reason, const QString &safetyBackup)
{
    return tr("Your database could not be opened again (%1). The state before the restore is in the backup %2.")
        .arg(reason, QDir::toNativeSeparators(safetyBackup));
}

} // namespace Frise::Ui
