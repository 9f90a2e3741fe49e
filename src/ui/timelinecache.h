// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinedata.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Frise::Ui {

/**
 * Timelines of databases this user opened, kept as TimelineSnapshot files
 * in the user's cache folder (one per database file, the most recent few),
 * so that reopening a big database shows its timeline at once instead of
 * rebuilding it from storage.
 *
 * A snapshot is used only under the key it was written with, the
 * database's Storage::TimelineRows::revision(): any change to the timeline's
 * records makes it stale. Files are written whole (QSaveFile) and checked on
 * reading; a missing, stale or damaged one simply means a rebuild.
 * Thread-safe: each call works on its own files.
 */
class TimelineCache final
{
public:
    /// Snapshots kept at most; older ones are deleted when a new one is written.
    static constexpr int maxSnapshots = 4;
    /// Free disk space a snapshot leaves at least, or it is not written.
    static constexpr qint64 freeSpaceKept = qint64(1) << 30;

    /// @p folder holds the snapshots; empty disables the cache.
    explicit TimelineCache(QString folder);
    /// The "timelines" folder in the user's cache location.
    static QString defaultFolder();

    bool isEnabled() const { return !m_folder.isEmpty(); }
    /// The snapshot file of the database at @p location.
    QString snapshotPath(const QString &location) const;
    /// The timeline of @p location cached under @p key, or null.
    std::shared_ptr<const Timeline::TimelineData> read(const QString &location, const QByteArray &key) const;
    /// Stores @p data as the timeline of @p location under @p key; false when it cannot.
    bool write(const QString &location, const QByteArray &key, const Timeline::TimelineData &data) const;

private:
    void prune() const;

    QString m_folder;
};

} // namespace Frise::Ui
