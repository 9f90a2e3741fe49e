// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetstore.h"
#include "storageerror.h"

#include <QString>

#include <functional>

namespace Frise::Storage {

class Database;

/// How far the full-text index covers the rows (see SearchBacklog).
struct SearchIndexState
{
    qint64 indexed = 0; ///< rows of the backlog indexed so far
    qint64 total = 0; ///< rows the backlog held when it was left; 0: nothing left
    bool isComplete() const { return indexed >= total; }
    /// Whole percents indexed, 100 only once complete.
    int percent() const;
};

/**
 * Full-text indexing left for after an import (SQLite only). A big import
 * commits its rows, links and time index at once and leaves the new rows'
 * full-text indexing to build(), which indexes them a slice per
 * transaction, over its own connection.
 *
 * The marker is kept in the database, in the import's transaction: `meta`
 * rows `fts_backlog_first_T`, `fts_backlog_next_T` and `fts_backlog_last_T` for each
 * table T whose rows [next, last] are not indexed yet. Meanwhile T's
 * full-text triggers carry a WHEN clause that skips those rows (an FTS5
 * 'delete' of a row never indexed would damage the index); build() reads
 * their current text. A table done keeps its rows with next past last
 * (its triggers run again), and the last slice removes the marker and
 * restores the triggers. A crash or a quit keeps the marker, so the next open resumes:
 * the index is never silently incomplete.
 *
 * PostgreSQL keeps its search vectors in stored generated columns, computed
 * with each row: there is nothing to defer there.
 */
class SearchBacklog final
{
public:
    explicit SearchBacklog(Database &db);

    /// Imports of at least this many records defer their full-text index.
    static constexpr qint64 defaultThreshold = 50000;
    /// Rows indexed per transaction by build(): short enough for editors
    /// waiting on the write lock (about 0.3 s each).
    static constexpr qint64 defaultSliceRows = 50000;

    /// Inside the import's transaction: rows [@p first, @p last] of @p table
    /// are left out of its full-text index, for build(). False, with nothing
    /// changed, when @p table already has a backlog.
    bool defer(const QString &table, qint64 first, qint64 last, StorageError *error);

    /// True when some table has a backlog (SQLite; always false on PostgreSQL).
    bool isPending(StorageError *error) const;
    SearchIndexState state(StorageError *error) const;
    /// The tables with rows still to index, e.g. "event".
    QStringList pendingTables(StorageError *error) const;

    /// Indexes up to @p rows rows of the backlog in one write transaction.
    bool buildSlice(qint64 rows, StorageError *error);
    /// Indexes the whole backlog, slice by slice, reporting rows indexed of the
    /// backlog's total; a false from @p progress stops it (Code::Cancelled)
    /// between slices, the marker kept. Once the index is complete, if this
    /// call indexed anything, its segments are merged (mergeSegments()).
    bool build(const ProgressCallback &progress, StorageError *error, qint64 sliceRows = defaultSliceRows);

    /// Pages of merged index written per write transaction by mergeSegments():
    /// a tenth of a second or so, so that editors wait little for the lock.
    static constexpr int defaultMergePages = 1000;
    /// Merges each full-text index's segments into one, a step per write
    /// transaction, while @p keepGoing says so (else Code::Cancelled, the
    /// index whole and complete either way). A build leaves a dozen segments,
    /// and a lookup by rowid seeks in each: at 1M events, a search filtered
    /// by a dispute took 40-57 ms before the merge and 23 ms after.
    bool mergeSegments(
        const std::function<bool()> &keepGoing, StorageError *error, int pagesPerStep = defaultMergePages);

    /// The lock file a build holds (InstanceLock), beside the database file.
    static QString buildLockPath(const QString &databasePath);
    /// True while some process holds the build lock of @p databasePath.
    static bool isBuildRunning(const QString &databasePath);

    /// The WHEN clause of a full-text trigger of @p table while it has a
    /// backlog; @p id is `new.id` or `old.id`.
    static QString triggerGuard(const QString &table, const QString &id);

private:
    struct Range
    {
        QString table;
        qint64 first = 0;
        qint64 next = 0;
        qint64 last = 0;
    };
    QList<Range> ranges(StorageError *error) const;
    bool setMeta(const QString &key, qint64 value, StorageError *error);
    /// Drops and recreates @p table's full-text triggers, guarded or plain.
    bool guardTriggers(const QString &table, bool guarded, StorageError *error);
    bool indexSlice(const Range &range, qint64 rows, StorageError *error);

    Database &m_db;
};

} // namespace Frise::Storage
