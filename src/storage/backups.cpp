// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "database.h"
#include "interrupt_p.h"
#include "sqlitemigrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::Backups)
public:
    static QString cancelled() { return tr("The backup was stopped before it was complete."); }
    static QString cannotCreateFolder(const QString &path)
    {
        return tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(path));
    }
    static QString cannotRead(const QString &path, const QString &reason)
    {
        return tr("Cannot read the backup %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
    static QString notFrise(const QString &path)
    {
        return tr("%1 is not a Frise backup.").arg(QDir::toNativeSeparators(path));
    }
    static QString damaged(const QString &path, const QString &detail)
    {
        return tr("The backup %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), detail);
    }
    static QString targetOpen(const QString &path)
    {
        return tr("%1 is open in a Frise window; close it before restoring a backup.")
            .arg(QDir::toNativeSeparators(path));
    }
    static QString missing() { return tr("the file does not exist"); }
    static QString cannotWrite(const QString &path, const QString &reason)
    {
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
    }
};

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

const QRegularExpression &backupName()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.frise$"));
    return re;
}

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

int sequenceOf(const QString &path)
{
    return backupName().match(QFileInfo(path).fileName()).captured(2).toInt();
}

QString stampOf(const QDateTime &when)
{
    return when.toUTC().toString(stampFormat);
}

StorageError writeError(const QString &path, const QString &reason)
{
    return {StorageError::Code::Other, Messages::cannotWrite(path, reason)};
}

} // namespace

QString Backups::folderFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.fileName() + QStringLiteral(".backups"));
}

QList<BackupInfo> Backups::listBackups(const QString &databasePath)
{
    QList<BackupInfo> backups;
    const QDir dir(folderFor(databasePath));
    const QFileInfoList entries = dir.entryInfoList({QStringLiteral("*.frise")}, QDir::Files);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = backupName().match(entry.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), stampFormat);
        created.setTimeZone(QTimeZone::UTC);
        if (!created.isValid())
            continue;
        backups.append({entry.absoluteFilePath(), created, entry.size()});
    }
    // Newest first; the -N suffix orders backups written in the same second.
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.created != b.created)
            return a.created > b.created;
        return sequenceOf(a.path) > sequenceOf(b.path);
    });
    return backups;
}

bool Backups::writeBackup(
    Database &db, QString *written, StorageError *error, const QDateTime &now, const std::atomic<bool> *cancel)
{
    // Checked around the copy too: a small one ends before SQLite polls the flag.
    auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        *error = {StorageError::Code::Cancelled, Messages::cancelled()};
        return true;
    };
    if (cancelled())
        return false;
    const QString folder = folderFor(db.path());
    if (!QDir().mkpath(folder)) {
        *error = {StorageError::Code::ReadOnly, Messages::cannotCreateFolder(folder)};
        return false;
    }
    const QDir dir(folder);
    const QString stamp = stampOf(now);
    QString path = dir.filePath(stamp + QStringLiteral(".frise"));
    for (int n = 1; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.frise").arg(stamp).arg(n));
    // Written under a name listBackups() ignores, and renamed once verified:
    // a crash mid-way never leaves a half backup that looks like a good one.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!db.backupTo(partial, error, cancel) || !verify(partial, error, cancel) || cancelled()) {
        QFile::remove(partial);
        return false;
    }
    if (!renameOver(partial, path)) {
        *error = writeError(path, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(partial);
        return false;
    }
    if (written)
        *written = path;
    return true;
}

bool Backups::isDue(const QString &databasePath, const BackupPolicy &policy, const QDateTime &now)
{
    if (policy.keep <= 0)
        return false;
    const QList<BackupInfo> backups = listBackups(databasePath);
    return backups.isEmpty() || backups.first().created.secsTo(now) >= policy.intervalSeconds
        || backups.first().created > now; // a clock set back must not stop backups for good
}

bool Backups::rotate(Database &db, const BackupPolicy &policy, QString *written, StorageError *error,
    const QDateTime &now, const std::atomic<bool> *cancel)
{
    if (written)
        written->clear();
    if (policy.keep <= 0)
        return true;
    // Leftovers of a backup interrupted by a crash.
    const QDir dir(folderFor(db.path()));
    for (const QString &name : dir.entryList({QStringLiteral("*.frise.partial")}, QDir::Files))
        QFile::remove(dir.filePath(name));
    if (isDue(db.path(), policy, now)) {
        QString path;
        if (!writeBackup(db, &path, error, now, cancel))
            return false;
        if (written)
            *written = path;
    }
    const QList<BackupInfo> backups = listBackups(db.path());
    for (qsizetype i = policy.keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i).path);
    return true;
}

bool Backups::verify(const QString &path, StorageError *error, const std::atomic<bool> *cancel)
{
    if (!QFileInfo(path).isFile()) {
        *error = {StorageError::Code::NotFound, Messages::cannotRead(path, Messages::missing())};
        return false;
    }
    // immutable=1: no locks, no -wal/-shm files created next to the backup.
    const QString connectionName = QStringLiteral("frise-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = {StorageError::Code::CannotOpen, Messages::cannotRead(path, db.lastError().text())};
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
                || query.value(0).toInt() != sqliteApplicationId) {
                *error = {StorageError::Code::ForeignFile, Messages::notFrise(path)};
            } else if (const InterruptOnCancel interrupt(db, cancel);
                !query.exec(QStringLiteral("PRAGMA quick_check"))) {
                if (cancel && cancel->load())
                    *error = {StorageError::Code::Cancelled, Messages::cancelled()};
                else
                    *error = {StorageError::Code::Corrupt, Messages::damaged(path, query.lastError().text())};
            } else {
                QStringList problems;
                while (query.next())
                    problems.append(query.value(0).toString());
                if (problems == QStringList {QStringLiteral("ok")})
                    ok = true;
                else
                    *error
                        = {StorageError::Code::Corrupt, Messages::damaged(path, problems.join(QStringLiteral("; ")))};
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

namespace {

bool syncedCopy(const QString &from, const QString &to, StorageError *error)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = {StorageError::Code::CannotOpen, Messages::cannotRead(from, in.errorString())};
        return false;
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = {StorageError::Code::ReadOnly, Messages::cannotWrite(to, out.errorString())};
        return false;
    }
    QByteArray buffer;
    while (!(buffer = in.read(1 << 20)).isEmpty()) {
        if (out.write(buffer) != buffer.size()) {
            *error = {StorageError::Code::DiskFull, Messages::cannotWrite(to, out.errorString())};
            return false;
        }
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        *error = {StorageError::Code::DiskFull, Messages::cannotWrite(to, out.errorString())};
        return false;
    }
    return true;
}

} // namespace

bool Backups::restoreBackup(const QString &backup, const QString &target, StorageError *error, QString *keptAs)
{
    if (keptAs)
        keptAs->clear();
    if (!verify(backup, error))
        return false;
    const QString targetPath = QFileInfo(target).absoluteFilePath();
    // The same lock the GUI holds while the file is open.
    QLockFile lock(targetPath + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(100)) {
        *error = {StorageError::Code::Locked, Messages::targetOpen(targetPath)};
        return false;
    }
    const QString temp = targetPath + QStringLiteral(".restoring");
    QFile::remove(temp);
    if (!syncedCopy(backup, temp, error)) {
        QFile::remove(temp);
        return false;
    }
    QString aside;
    if (QFileInfo::exists(targetPath)) {
        // The old WAL must not be replayed into the restored file: it goes
        // aside with the file it belongs to (WAL first, so that a crash in
        // between leaves the target consistent as of its last checkpoint).
        aside = targetPath + QStringLiteral(".before-restore-") + stampOf(QDateTime::currentDateTimeUtc());
        const QString wal = targetPath + QStringLiteral("-wal");
        if (QFileInfo::exists(wal) && !renameOver(wal, aside + QStringLiteral("-wal"))) {
            QFile::remove(temp);
            *error = writeError(wal, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        QFile::remove(targetPath + QStringLiteral("-shm"));
        if (!renameOver(targetPath, aside)) {
            QFile::remove(temp);
            *error = writeError(targetPath, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (keptAs)
            *keptAs = aside;
    }
    if (!renameOver(temp, targetPath)) {
        *error = writeError(targetPath, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(temp);
        // Never leave the user without a file: the old one goes back.
        if (!aside.isEmpty() && renameOver(aside, targetPath)) {
            renameOver(aside + QStringLiteral("-wal"), targetPath + QStringLiteral("-wal"));
            if (keptAs)
                keptAs->clear();
        }
        return false;
    }
    // Make the renames durable.
    const int dirFd
        = ::open(QFile::encodeName(QFileInfo(targetPath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace Frise::Storage
