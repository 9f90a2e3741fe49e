// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storageerror.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace Frise::Storage {

class Database;

/// When rotating backups are written and how many are kept.
struct BackupPolicy
{
    int keep = 7; ///< newest backups kept; 0 turns rotation off
    qint64 intervalSeconds = 12 * 3600; ///< a new backup when the newest is older than this
};

/// One backup file of a database.
struct BackupInfo
{
    QString path;
    QDateTime created; ///< UTC, from the file name
    qint64 size = 0;
};

/**
 * Rotating backups of a database file, in the folder `<file>.backups/` next
 * to it, one `<yyyyMMddTHHmmssZ>.frise` file per backup (UTC).
 *
 * Each backup is a consistent copy written with `VACUUM INTO` and verified
 * with `PRAGMA quick_check`; a copy that fails the check is deleted. Only
 * files named like backups are ever deleted from the folder.
 */
class Backups final
{
    Q_DISABLE_COPY_MOVE(Backups)

public:
    /// The backup folder of the database file @p databasePath.
    static QString folderFor(const QString &databasePath);

    /// Backups of @p databasePath, newest first.
    static QList<BackupInfo> listBackups(const QString &databasePath);

    /**
     * Writes a backup of @p db when the newest one is older than the policy's
     * interval (or there is none), then deletes all but the newest
     * `policy.keep`. @p written receives the new backup's path (empty when
     * none was due). @p now is the current time (tests pass another one).
     * Setting @p cancel (from any thread) stops the backup with
     * Code::Cancelled and leaves no file of it behind.
     */
    static bool rotate(Database &db, const BackupPolicy &policy, QString *written, StorageError *error,
        const QDateTime &now = QDateTime::currentDateTimeUtc(), const std::atomic<bool> *cancel = nullptr);

    /// Whether rotate() would write a backup of the file @p databasePath at @p now.
    static bool isDue(const QString &databasePath, const BackupPolicy &policy,
        const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Writes a verified backup of @p db now, whatever the age of the newest; @p cancel as for rotate().
    static bool writeBackup(Database &db, QString *written, StorageError *error,
        const QDateTime &now = QDateTime::currentDateTimeUtc(), const std::atomic<bool> *cancel = nullptr);

    /// Checks that @p path is a Frise database that passes `PRAGMA quick_check`; setting @p cancel stops the check.
    static bool verify(const QString &path, StorageError *error, const std::atomic<bool> *cancel = nullptr);

    /**
     * Replaces @p target by a copy of @p backup. The backup is verified
     * first; the copy goes through a temporary file in the target's folder,
     * synced, then renamed over the target. The file being replaced is kept
     * as `<target>.before-restore-<timestamp>` (with its WAL, if any).
     * Refused (Code::Locked) while a Frise window has @p target open.
     * @p keptAs receives the path of the replaced file (empty if none).
     */
    static bool restoreBackup(
        const QString &backup, const QString &target, StorageError *error, QString *keptAs = nullptr);

private:
    Backups() = delete;
};

} // namespace Frise::Storage
