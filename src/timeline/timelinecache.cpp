// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecache.h"

#include "timelinesnapshot.h"

#include "storage/timelinerows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>

namespace Frise::Timeline {

namespace {

Q_LOGGING_CATEGORY(lcCache, "frise.timelinecache")

const QString suffix = QStringLiteral(".timeline");

} // namespace

TimelineCache::TimelineCache(QString folder)
    : m_folder(std::move(folder))
{ }

QByteArray TimelineCache::keyOf(Storage::Database &db, Storage::StorageError *error)
{
    const QByteArray revision = Storage::TimelineRows(db).revision(error);
    if (revision.isEmpty())
        return {};
    return revision + ";build=" + QByteArray::number(buildVersion);
}

QString TimelineCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/timelines");
}

QString TimelineCache::snapshotPath(const QString &location) const
{
    // Named after the database's canonical path: the same file opened by
    // another name finds its snapshot, and no path leaks into the name.
    const QFileInfo info(location);
    const QString canonical = info.canonicalFilePath();
    const QByteArray path = (canonical.isEmpty() ? info.absoluteFilePath() : canonical).toUtf8();
    const QByteArray name = QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex();
    return m_folder + u'/' + QString::fromLatin1(name) + suffix;
}

std::shared_ptr<const TimelineData> TimelineCache::read(
    const QString &location, const QByteArray &key, std::optional<LaneMode> onlyMode) const
{
    if (!isEnabled() || key.isEmpty())
        return nullptr;
    QFile file(snapshotPath(location));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QString why;
    std::optional<TimelineData> data = TimelineSnapshot::read(&file, key, &why, onlyMode);
    if (!data) {
        qCDebug(lcCache) << "not using" << file.fileName() << ":" << why;
        return nullptr;
    }
    qCDebug(lcCache) << "read" << file.fileName();
    return std::make_shared<const TimelineData>(std::move(*data));
}

bool TimelineCache::write(const QString &location, const QByteArray &key, const TimelineData &data) const
{
    if (!isEnabled() || key.isEmpty() || !QDir().mkpath(m_folder))
        return false;
    // A cache must never take the space the database needs for its next edit.
    const qint64 available = QStorageInfo(m_folder).bytesAvailable();
    if (available >= 0 && available < data.memoryUsage() + freeSpaceKept) {
        qCDebug(lcCache) << "not caching the timeline:" << available << "bytes free";
        return false;
    }
    QSaveFile file(snapshotPath(location));
    if (!file.open(QIODevice::WriteOnly) || !TimelineSnapshot::write(data, key, &file) || !file.commit()) {
        qCWarning(lcCache) << "could not write" << file.fileName() << ":" << file.errorString();
        return false;
    }
    qCDebug(lcCache) << "wrote" << file.fileName();
    prune();
    return true;
}

void TimelineCache::prune() const
{
    const QFileInfoList snapshots
        = QDir(m_folder).entryInfoList({u'*' + suffix}, QDir::Files, QDir::Time); // newest first
    for (qsizetype i = maxSnapshots; i < snapshots.size(); ++i)
        QFile::remove(snapshots[i].absoluteFilePath());
}

} // namespace Frise::Timeline
