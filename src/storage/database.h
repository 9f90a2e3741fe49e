// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups.h"
#include "core/ids.h"
#include "storageerror.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QSqlQuery;

namespace Frise::Storage {

class InstanceLock;
class SearchPartner;

/**
 * One open Frise database: a SQLite file (the embedded default), or a
 * PostgreSQL database shared by a newsroom (`postgresql://user@host:port/db`).
 *
 * Opening checks before it writes anything: a file that is not a Frise
 * database, or one written by a newer Frise, is refused untouched. An older
 * schema is migrated step by step, after a backup copy is written next to
 * the file with `VACUUM INTO`. The connection runs in WAL mode with
 * `synchronous=FULL` and foreign keys on; every write goes through write(),
 * one `BEGIN IMMEDIATE` transaction per user edit. A write that changes
 * events, disputes, actors or tags also renews the file's timeline revision
 * (see TimelineRows::revision()), so that cached timelines can tell they are stale.
 *
 * On PostgreSQL the schema lives in the database itself (a `frise_schema`
 * version table, each migration in one transaction); the password comes
 * from the URL, `PGPASSFILE` or libpq's usual mechanisms. Every write also
 * sends `NOTIFY frise_changes, 'entity:id'` in its transaction, and changes
 * made by other clients arrive through changed().
 *
 * A Database and its connection belong to the thread that opened it.
 */
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    /// Where the data lives; the SQL differs where the engines do.
    enum class Backend {
        SQLite,
        PostgreSQL,
    };

    struct OpenOptions
    {
        bool create = false; ///< create the file when it does not exist
        bool exclusive = false; ///< take the per-file instance lock (the GUI does)
        bool readOnly = false; ///< never write, not even migrations
        int targetVersion = -1; ///< migrate only up to this version (tests); -1 = current
        /// Rotating backups, written on exclusive (GUI) opens only; see Backups.
        BackupPolicy backups {};
    };

    /**
     * Opens (or creates) @p path, a SQLite file or a `postgresql://` URL;
     * nullptr with @p error set when it cannot. A PostgreSQL database must
     * exist; an empty one gets the Frise schema.
     */
    static std::unique_ptr<Database> open(const QString &path, const OpenOptions &options, StorageError *error);
    ~Database() override;

    /// True for `postgresql://` and `postgres://` locations.
    static bool isServerUrl(const QString &location);
    /**
     * @p location without its secrets, the only form that may be shown,
     * logged or remembered: a server URL loses the password of its user
     * part and its `password` / `sslpassword` parameters (however
     * percent-encoded, and also when the URL is malformed); a libpq
     * `key=value` string loses those keys. Other locations are returned as
     * they are. The password itself goes to the connection only.
     */
    static QString redacted(const QString &location);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }

    QSqlDatabase connection() const { return m_db; }
    /// The file path, or the server URL without its password (redacted()).
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    /**
     * The table or view sources are read from: `source`, or on PostgreSQL,
     * for a role that may not read the identity of confidential sources
     * (frise_reader), the view that blanks it (postgresSourceReaderView).
     */
    QString sourceTable() const;
    /// True when this connection reads sources through the view that hides confidential identities.
    bool hidesConfidentialSources() const { return m_hidesConfidential; }
    /// Who the audit log names for edits made through this connection.
    const QString &userName() const { return m_userName; }
    void setUserName(const QString &name) { m_userName = name; }
    /// Path of the backup written before the last migration, if any.
    const QString &migrationBackupPath() const { return m_migrationBackup; }
    /// Path of the rotating backup written on open, if one was due.
    const QString &openBackupPath() const { return m_openBackup; }
    /// Why the rotating backup on open failed; the open itself still succeeds.
    const StorageError &openBackupError() const { return m_openBackupError; }

    /**
     * Runs @p work inside one write transaction: `BEGIN IMMEDIATE`, then
     * COMMIT when @p work returns true, ROLLBACK otherwise. Nested calls join
     * the outer transaction. Returns whether the transaction committed.
     */
    bool write(const std::function<bool(StorageError *)> &work, StorageError *error);
    /**
     * write() without SQLite's foreign-key checks, which come back when it
     * returns: for a big import, whose importer maps every reference to a
     * row it wrote or found and refuses a dangling one. Inside another
     * transaction (where SQLite ignores the setting) and on PostgreSQL, the
     * checks stay.
     */
    bool writeWithoutForeignKeyChecks(const std::function<bool(StorageError *)> &work, StorageError *error);
    bool inTransaction() const { return m_transactionDepth > 0; }

    /**
     * Writes a consistent copy of the database to @p target (VACUUM INTO; SQLite only).
     * Setting @p cancel (from any thread) stops it with Code::Cancelled; @p target
     * may then hold a partial copy, for the caller to delete.
     */
    bool backupTo(const QString &target, StorageError *error, const std::atomic<bool> *cancel = nullptr);

    /**
     * Tells other clients that @p entity #@p id changed, when this
     * transaction commits (PostgreSQL NOTIFY; nothing on SQLite, where a file
     * has a single window).
     */
    bool notifyChange(const QString &entity, RowId id, StorageError *error);

    /// `INSERT INTO table (columns) VALUES (values)` that skips rows already present.
    QString insertIgnoringDuplicates(const QString &table, const QString &columns, const QString &values) const;

    /// Prepares @p sql on this connection; sets @p error on failure.
    bool prepare(QSqlQuery &query, const QString &sql, StorageError *error) const;
    /// Executes a prepared query; maps SQLite errors to StorageError codes.
    bool exec(QSqlQuery &query, StorageError *error) const;
    /// Prepares and executes a statement without bound values.
    bool exec(const QString &sql, StorageError *error) const;

    /// The StorageError for a failed query's error (disk full, busy, ...).
    StorageError errorFrom(const QSqlQuery &query) const;

    /// PostgreSQL: a second, read-only connection on a thread of its own
    /// (see SearchPartner), made on first use.
    SearchPartner &searchPartner() const;

Q_SIGNALS:
    /// Another client changed (inserted, updated or deleted) @p entity #@p id;
    /// ("dataset", 0) after an import: reload everything.
    void changed(const QString &entity, qint64 id);

private:
    friend class SearchPartner;

    Database() = default;
    /// PostgreSQL: a read-only clone of this connection (same server, user,
    /// password and rights), opened for the calling thread.
    std::unique_ptr<Database> readingClone(StorageError *error) const;
    static std::unique_ptr<Database> openPostgres(const QString &url, const OpenOptions &options, StorageError *error);
    bool configurePostgres(const OpenOptions &options, StorageError *error);
    bool migratePostgres(int targetVersion, StorageError *error);
    StorageError postgresErrorFrom(const QSqlError &sqlError) const;
    bool configure(bool isNew, const OpenOptions &options, StorageError *error);
    bool migrate(int targetVersion, StorageError *error);
    /// SQLite update hook: notes writes to the tables the timeline is drawn from.
    static void rowChanged(void *database, int operation, const char *schema, const char *table, long long rowId);
    /// Gives the timeline a new revision token (meta `timeline_revision`), in the open transaction.
    bool stampTimelineRevision(StorageError *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_userName;
    QString m_migrationBackup;
    QString m_openBackup;
    StorageError m_openBackupError;
    std::unique_ptr<InstanceLock> m_lock;
    bool m_readOnly = false;
    bool m_hidesConfidential = false;
    bool m_configured = false; ///< accepted and set up; only then is the WAL checkpointed on close
    int m_schemaVersion = 0;
    mutable std::unique_ptr<SearchPartner> m_searchPartner;
    int m_transactionDepth = 0;
    bool m_timelineTouched = false; ///< the open write transaction changed a timeline table
    Backend m_backend = Backend::SQLite;
};

} // namespace Frise::Storage
