// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"
#include "timelinedata.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Frise::Storage {
class Database;
}

namespace Frise::Timeline {

/**
 * Timelines of databases this user opened, kept as TimelineSnapshot files
 * in the user's cache folder (one per database file, the most recent few),
 * so that reopening a big database shows its timeline at once instead of
 * rebuilding it from storage. The window (Ui::TimelineLoader) and
 * `frise export-timeline` share the files: what one built, the other reads.
 *
 * A snapshot is used only under the key it was written with, keyOf() the
 * database (its Storage::TimelineRows::revision() and buildVersion): any
 * change to the timeline's records makes it stale. Files are written whole (QSaveFile) and checked on
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

    /// How TimelineBuilder::build() makes a timeline: raise it when that changes, so that cached ones are rebuilt.
    static constexpr int buildVersion = 1;
    /// The key @p db's timeline is cached under: its revision and buildVersion; empty when it has none.
    static QByteArray keyOf(Storage::Database &db, Storage::StorageError *error);

    /// @p folder holds the snapshots; empty disables the cache.
    explicit TimelineCache(QString folder);
    /// The "timelines" folder in the user's cache location.
    static QString defaultFolder();

    bool isEnabled() const { return !m_folder.isEmpty(); }
    /// The snapshot file of the database at @p location.
    QString snapshotPath(const QString &location) const;
    /// The timeline of @p location cached under @p key, or null; with @p onlyMode, with that lane mode's lanes
    /// only (TimelineSnapshot::read()).
    std::shared_ptr<const TimelineData> read(
        const QString &location, const QByteArray &key, std::optional<LaneMode> onlyMode = std::nullopt) const;
    /// Stores @p data as the timeline of @p location under @p key; false when it cannot.
    bool write(const QString &location, const QByteArray &key, const TimelineData &data) const;

private:
    void prune() const;

    QString m_folder;
};

} // namespace Frise::Timeline
