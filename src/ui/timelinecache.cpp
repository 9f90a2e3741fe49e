// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecache.h"

#include "timeline/timelinesnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>

namespace Frise::Ui {

namespace {

Q_LOGGING_CATEGORY(lcCache, "frise.timelinecache")

const QString suffix = QStringLiteral(".timeline");

} // namespace

TimelineCache::TimelineCache(QString folder)
    : m_folder(std::move(folder))
{ }

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

std::shared_ptr<const Timeline::TimelineData> TimelineCache::read(const QString &location, const QByteArray &key) const
{
    if (!isEnabled() || key.isEmpty())
        return nullptr;
    QFile file(snapshotPath(location));
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    QString why;
    std::optional<Timeline::TimelineData> data = Timeline::TimelineSnapshot::read(&file, key, &why);
    if (!data) {
        qCDebug(lcCache) << "not using" << file.fileName() << ":" << why;
        return nullptr;
    }
    return std::make_shared<const Timeline::TimelineData>(std::move(*data));
}

bool TimelineCache::write(const QString &location, const QByteArray &key, const Timeline::TimelineData &data) const
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
    if (!file.open(QIODevice::WriteOnly) || !Timeline::TimelineSnapshot::write(data, key, &file) || !file.commit()) {
        qCWarning(lcCache) << "could not write" << file.fileName() << ":" << file.errorString();
        return false;
    }
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

} // namespace Frise::Ui
