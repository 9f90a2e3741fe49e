// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/event.h"
#include "core/relation.h"
#include "core/source.h"
#include "core/tag.h"
#include "recordkind.h"
#include "recordlists.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/searchindex.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace Frise::Ui {

class BackgroundBackup;
class SearchIndexBuilder;
class RecordCommand;
class RecordListLoader;
class ServerReconnector;

/**
 * The open database as the views see it: the only way the UI reads and
 * writes records. Owns the Database (opened with the per-file instance
 * lock), the undo stack whose commands write through it, and small caches
 * of the records pickers and the navigator list (disputes, actors, tags,
 * sources, claims, relations).
 *
 * Every change made through push() or by undo/redo is announced with
 * recordChanged() / recordRemoved(); opening or closing a file with reset().
 * Storage failures are turned into messages for the user (errorOccurred()),
 * worded by SessionMessages.
 *
 * A big database opens without waiting for its records: open() returns once
 * the connection is up, and the cached lists are read in the background
 * (isLoading(), loadProgress(), then recordsLoaded()). Until they arrive the
 * lists are empty and the session is read-only, so no editor works on
 * missing data. The automatic backup of a big file is written in the
 * background too (isBackingUp(), backupFinished() / backupFailed()); closing
 * stops it cleanly. Small databases do both at once, as before.
 *
 * On a shared PostgreSQL database, other clients' changes (Database::changed)
 * are announced the same way, within a few milliseconds of their commit;
 * isApplyingRemoteChange() tells the slots apart from local edits. A lost
 * server turns the session read-only (connectionLost()) so no edit is
 * attempted half-way, and a ServerReconnector tries to reach it again with
 * backoff. Once it answers, the session opens a new connection (LISTEN
 * included), keeps the undo stack (its commands carry the versions they
 * expect, so a colleague's change meanwhile is caught as a conflict),
 * re-reads every list and emits reset() with isRefreshingAfterReconnect()
 * true, since the notifications sent while away were lost; then
 * reconnected().
 */
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    /// Above these sizes open() leaves the work to a worker thread.
    struct BackgroundLimits
    {
        qint64 listRecords = 20000; ///< disputes, actors, sources, claims and relations together
        qint64 backupBytes = 32 * 1024 * 1024; ///< database file size for the automatic backup
        /// events: the timeline is built by a worker, and the graph is given no events (too many to list)
        qint64 timelineEvents = 20000;
    };
    /// Changes the limits (tests set 0 to exercise the background paths on small files).
    void setBackgroundLimits(const BackgroundLimits &limits) { m_limits = limits; }
    const BackgroundLimits &backgroundLimits() const { return m_limits; }

    /// Opens @p path, a file (created when @p create) or a `postgresql://` URL, replacing the open database,
    /// with the GUI's options (instance lock, backup policy); false with @p message (and @p error) on failure.
    bool open(const QString &path, bool create, QString *message, Storage::StorageError *error = nullptr);
    /**
     * Opens @p location (a file or a `postgresql://` URL, whose password is
     * used for the connection only) with @p options; false with @p message and
     * @p error on failure.
     */
    bool open(const QString &location, const Storage::Database::OpenOptions &options, QString *message,
        Storage::StorageError *error = nullptr);
    /// Closes the database and clears the undo stack; stops a background load or backup (nothing half-written stays).
    void close();

    /// What a restore from backup did.
    struct RestoreResult
    {
        bool restored = false; ///< the file now holds the backup's content
        QString message; ///< for the message bar: success, or why nothing changed
        QString safetyBackup; ///< backup of the state before the restore (restoring it undoes the restore)
    };
    /**
     * Replaces the open database file by the backup @p backup: checks the
     * backup, writes a backup of the current state, closes, restores and
     * reopens. On any failure the previous file is open again, unchanged
     * (nothing is written when the backup does not pass its check). Refused
     * on PostgreSQL and read-only files.
     */
    RestoreResult restoreBackup(const QString &backup);
    /// Why the automatic backup on the last open failed; empty when it did not (or is still being written).
    QString openBackupProblem() const;
    /// True while the automatic backup of the open file is written in the background.
    bool isBackingUp() const;
    /// True while the record lists are read in the background (the session is read-only meanwhile).
    bool isLoading() const { return m_loading; }
    /// Reloads every cache and emits reset(), after a bulk write (an import) that bypassed push(); keeps the undo
    /// stack.
    void reload();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const;
    /// The location as given to open() (a server URL keeps its password), for a second connection.
    QString location() const { return m_db ? m_location : QString(); }
    /// True when nothing can be written: a read-only file, a reader role, a lost server connection, or the
    /// records still loading.
    bool isReadOnly() const;
    /// True from the loss of the connection to the PostgreSQL server until it is back (or the next open()).
    bool isConnectionLost() const { return m_connectionLost; }
    /// True when the loss was found by an edit, which was therefore not saved (until the connection is back).
    bool lostDuringEdit() const { return m_lostDuringEdit; }
    /// Tries to reach the server again while the connection is lost (its pace, "Retry now").
    ServerReconnector *reconnector() const { return m_reconnector; }
    /// True while reset() announces the refresh after a reconnect: views keep their selection and unsaved typing.
    bool isRefreshingAfterReconnect() const { return m_refreshingAfterReconnect; }
    /// True while recordChanged()/recordRemoved() announce another client's change.
    bool isApplyingRemoteChange() const { return m_applyingRemote; }
    /// Why the session is read-only, in words for the message bar; empty when it is writable.
    QString readOnlyReason() const;
    int schemaVersion() const;
    /// The open database, for the storage APIs; nullptr when closed.
    Storage::Database *database() const { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Applies @p command now (one transaction) and keeps it for undo; on failure
    /// reports the error, deletes the command and returns false.
    bool push(RecordCommand *command);
    /**
     * Like push(), and tells why it failed in @p error. A version conflict is
     * not reported to the user here: the caller resolves it (ConflictResolver).
     */
    bool push(RecordCommand *command, Storage::StorageError *error);

    /// The stored record, or nullopt (missing, or no database).
    template<typename Record>
    std::optional<Record> find(RowId id) const
    {
        if (!m_db || id == 0)
            return std::nullopt;
        Storage::StorageError error;
        typename RecordKind<Record>::Repository repository(*m_db);
        return repository.find(id, &error);
    }
    /**
     * Every event, read now (nothing is cached). Costly on big databases:
     * the views use Storage::TimelineRows (compact rows, titles by id)
     * instead, and nothing calls this on open; eventListLoads() counts calls.
     */
    QList<Event> events() const;
    /// How many times events() read the whole event table.
    int eventListLoads() const { return m_eventListLoads; }

    const QList<Dispute> &disputes() const { return m_lists.disputes; }
    const QList<Actor> &actors() const { return m_lists.actors; }
    const QList<Tag> &tags() const { return m_lists.tags; }
    /// The actor role vocabulary, ordered by name.
    const QList<ActorRole> &roles() const { return m_lists.roles; }
    const QList<Source> &sources() const { return m_lists.sources; }
    const QList<Claim> &claims() const { return m_lists.claims; }
    const QList<Relation> &relations() const { return m_lists.relations; }
    const QList<Era> &eras() const { return m_lists.eras; }
    /// Every dispute's status changes, in id order (StatusHistory sorts them by date).
    const QList<StatusChange> &statusChanges() const { return m_lists.statusChanges; }

    /// Name of a cached record in @p language ("#id" when unknown).
    QString actorName(RowId id, Language language) const;
    QString disputeTitle(RowId id, Language language) const;
    QString sourceLabel(RowId id) const;
    QString claimLabel(RowId id, Language language) const;
    /// "Filed, June 2025": where @p change took its dispute, and when.
    QString statusChangeLabel(const StatusChange &change, Language language) const;

    Storage::Counts counts(QString *message) const;
    QList<Storage::SearchHit> search(const Storage::SearchQuery &query, QString *message) const;
    /// How much of the search index is built, in whole percents: below 100
    /// while the rows of a big import are still being indexed (search may
    /// then miss some), meanwhile built in the background.
    int searchIndexPercent() const { return m_searchIndexPercent; }

    /// Reports a failure to the user (errorOccurred()); a lost server also makes the session read-only.
    void reportError(const Storage::StorageError &error);
    /// Checks the server is still there (PostgreSQL; true for a file); a lost connection is reported.
    bool checkConnection();
    /// Called by commands after they committed: refreshes caches, emits the signals.
    void notifyChanged(const QString &entity, RowId id);
    void notifyRemoved(const QString &entity, RowId id);

Q_SIGNALS:
    void recordChanged(const QString &entity, Frise::RowId id);
    void recordRemoved(const QString &entity, Frise::RowId id);
    /// A database was opened or closed: everything must be reloaded.
    void reset();
    /// @p done of @p total record lists read in the background.
    void loadProgress(int done, int total);
    /// The record lists read in the background arrived (or failed: then the session stays read-only).
    void recordsLoaded();
    /// The automatic backup written in the background is complete (@p written is empty when none was due).
    void backupFinished(const QString &written);
    /// The automatic backup written in the background failed, in words for the message bar.
    void backupFailed(const QString &message);
    /// searchIndexPercent() changed.
    void searchIndexProgress(int percent);
    void errorOccurred(const QString &message);
    /// The server connection was lost: the session is read-only until it is back.
    void connectionLost(const QString &message);
    /// The connection is back and everything was re-read (reset() came just before); editing is on again
    /// unless the role may only read.
    void reconnected();

private:
    /// Deletes saved-copy bytes no source links any more (their undo steps are gone).
    void collectUnusedCopies();
    /// Brings the cached record @p entity #@p id in line with the database (events: the tags they create), as its
    /// RecordType says.
    void refreshCache(const QString &entity, RowId id);
    QList<RowId> disputesFollowing(const QString &entity, RowId id) const;
    void refreshDerivedStatus(QList<RowId> disputes);
    /// Reads the record lists, at once or (big databases) in the background.
    void loadLists();
    void setLists(const RecordLists &lists);
    void onListsLoaded(const RecordLists &lists);
    void onListsFailed(const QString &message);
    void startBackup(const Storage::BackupPolicy &policy);
    /// Starts building the search index a big import (or a build a crash stopped) left, if any.
    void resumeSearchIndex();
    void setSearchIndexPercent(int percent);
    void onRemoteChange(const QString &entity, qint64 id);
    void applyRemoteChanges();
    void markConnectionLost();
    /// Opens a new connection once the reconnector found the server again.
    void reopenAfterLoss();
    /// Takes @p db as the open database: connects its notifications and the periodic server check.
    void adopt(std::unique_ptr<Storage::Database> db);

    std::unique_ptr<Storage::Database> m_db;
    QString m_location;
    /// The options of the last open(), for the reconnect.
    Storage::Database::OpenOptions m_openOptions;
    mutable int m_eventListLoads = 0;
    QUndoStack *m_undoStack = nullptr;
    RecordLists m_lists;
    /// Other clients' changes not yet applied (a burst is applied once).
    QList<QPair<QString, RowId>> m_remoteQueue;
    QTimer *m_remoteTimer = nullptr;
    QTimer *m_connectionTimer = nullptr;
    RecordListLoader *m_listLoader = nullptr;
    ServerReconnector *m_reconnector = nullptr;
    BackgroundBackup *m_backup = nullptr;
    SearchIndexBuilder *m_searchIndex = nullptr;
    int m_searchIndexPercent = 100;
    BackgroundLimits m_limits;
    QString m_listsProblem;
    QString m_backupProblem;
    bool m_loading = false;
    bool m_applyingRemote = false;
    bool m_connectionLost = false;
    bool m_lostDuringEdit = false;
    bool m_pushing = false;
    bool m_refreshingAfterReconnect = false;
    bool m_deferConflictReport = false;
    Storage::StorageError m_lastError;
};

} // namespace Frise::Ui
