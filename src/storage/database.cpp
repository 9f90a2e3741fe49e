// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "sqlitemigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::Database)
public:
    static QString missingFile(const QString &path) { return tr("%1 does not exist.").arg(path); }
    static QString missingFolder(const QString &path)
    {
        return tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(path));
    }
    static QString notSqlite(const QString &path) { return tr("%1 is not a database file.").arg(path); }
    static QString foreign(const QString &path)
    {
        return tr("%1 is a database of another application, not a Frise file; it was not modified.").arg(path);
    }
    static QString newer(const QString &path, int fileVersion, int ourVersion)
    {
        return tr("%1 was written by a newer version of Frise (schema %2; this version knows up to %3). "
                  "It was not modified; update Frise to open it.")
            .arg(path)
            .arg(fileVersion)
            .arg(ourVersion);
    }
    static QString locked(const QString &path, qint64 pid, const QString &host)
    {
        return tr("%1 is already open in another Frise window (process %2 on %3). Close it there first.")
            .arg(path)
            .arg(pid)
            .arg(host);
    }
    static QString cannotLock(const QString &path)
    {
        return tr("Cannot create the lock file next to %1; is the folder writable?").arg(path);
    }
    static QString cannotOpen(const QString &path, const QString &reason)
    {
        return tr("Cannot open %1: %2").arg(path, reason);
    }
    static QString readOnly(const QString &path) { return tr("%1 is read-only; changes cannot be saved.").arg(path); }
    static QString deleted(const QString &path)
    {
        return tr("%1 was deleted or moved while open; the change was not saved. "
                  "Save a backup copy elsewhere to keep what is still open.")
            .arg(path);
    }
    static QString diskFull() { return tr("The disk is full; the change was not saved."); }
    static QString busy() { return tr("The database is busy with another writer; try again."); }
    static QString corrupt(const QString &path)
    {
        return tr("%1 is damaged. Restore it from a backup (File → Restore from backup).").arg(path);
    }
    static QString backupFailed(const QString &reason)
    {
        return tr("Could not write a backup before upgrading the database, so it was not upgraded: %1").arg(reason);
    }
};

constexpr int busyTimeoutMs = 5000;

struct FileHeader
{
    bool isSqlite = false;
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

// The SQLite header (first 100 bytes) tells a foreign file apart without
// opening it, so nothing is written to a file we will refuse.
FileHeader readHeader(const QString &path)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return header;
    const QByteArray bytes = file.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    header.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return header;
}

QString systemUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
}

} // namespace

std::unique_ptr<Database> Database::open(const QString &path, const OpenOptions &options, StorageError *error)
{
    auto fail = [error](StorageError::Code code, const QString &message) {
        *error = {code, message};
        return std::unique_ptr<Database>();
    };
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !options.create)
        return fail(StorageError::Code::CannotOpen, Messages::missingFile(path));
    if (!info.absoluteDir().exists())
        return fail(StorageError::Code::CannotOpen, Messages::missingFolder(info.absolutePath()));

    bool isNew = !exists || info.size() == 0;
    if (!isNew) {
        const FileHeader header = readHeader(path);
        if (!header.isSqlite)
            return fail(StorageError::Code::ForeignFile, Messages::notSqlite(path));
        if (header.applicationId != quint32(sqliteApplicationId) && header.applicationId != 0)
            return fail(StorageError::Code::ForeignFile, Messages::foreign(path));
        if (int(header.userVersion) > sqliteSchemaVersion())
            return fail(
                StorageError::Code::NewerSchema, Messages::newer(path, int(header.userVersion), sqliteSchemaVersion()));
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = info.absoluteFilePath();
    db->m_userName = systemUserName();
    // WAL needs the folder writable too (for the -wal and -shm files).
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool writable = folderWritable && (!exists || info.isWritable());
    db->m_readOnly = options.readOnly || !writable;
    if (isNew && db->m_readOnly)
        return fail(StorageError::Code::ReadOnly, Messages::readOnly(path));

    if (options.exclusive && !db->m_readOnly) {
        db->m_lock = std::make_unique<QLockFile>(db->m_path + QStringLiteral(".lock"));
        // A lock left by a crashed process is detected by QLockFile (dead
        // PID on this host) and taken over; a live one is refused.
        db->m_lock->setStaleLockTime(0);
        if (!db->m_lock->tryLock(100)) {
            if (db->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString app;
                db->m_lock->getLockInfo(&pid, &host, &app);
                return fail(StorageError::Code::Locked, Messages::locked(path, pid, host));
            }
            return fail(StorageError::Code::CannotOpen, Messages::cannotLock(path));
        }
    }

    db->m_connectionName = QStringLiteral("frise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(db->m_path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (db->m_readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // On read-only media SQLite cannot create the -shm file a WAL database
    // needs. With no WAL left over the file is complete, and nothing can
    // change it there: it is read as immutable.
    const QString walPath = db->m_path + QStringLiteral("-wal");
    if (db->m_readOnly && exists && !folderWritable && !QFileInfo::exists(walPath)
        && !QFileInfo::exists(db->m_path + QStringLiteral("-shm"))) {
        QUrl url = QUrl::fromLocalFile(db->m_path);
        url.setQuery(QStringLiteral("immutable=1"));
        db->m_db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db->m_db.setConnectOptions(connectOptions);
    if (!db->m_db.open())
        return fail(StorageError::Code::CannotOpen, Messages::cannotOpen(path, db->m_db.lastError().text()));
    if (!db->configure(isNew, options, error))
        return {};
    db->m_configured = true;
    // Only the GUI's exclusive opens rotate backups: the CLI and tests open
    // files briefly and often.
    if (options.exclusive && !db->m_readOnly)
        Backups::rotate(*db, options.backups, &db->m_openBackup, &db->m_openBackupError);
    return db;
}

Database::~Database()
{
    if (m_db.isValid()) {
        if (m_db.isOpen() && !m_readOnly && m_configured) {
            // Fold the WAL back so the file is self-contained when closed
            // (never for a refused file: that would write to it).
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::configure(bool isNew, const OpenOptions &options, StorageError *error)
{
    QSqlQuery query(m_db);
    auto pragma = [&](const QString &sql) {
        if (!query.exec(sql)) {
            *error = errorFrom(query);
            return false;
        }
        return true;
    };
    // Everything is checked read-only first: a refused file is never written.
    if (!pragma(QStringLiteral("PRAGMA application_id")) || !query.next())
        return false;
    const int appId = query.value(0).toInt();
    if (!pragma(QStringLiteral("PRAGMA user_version")) || !query.next())
        return false;
    const int version = query.value(0).toInt();
    if (!pragma(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        if (error->code == StorageError::Code::Other)
            error->code = StorageError::Code::ForeignFile;
        return false;
    }
    const bool empty = query.value(0).toInt() == 0;
    if (appId != sqliteApplicationId && !(appId == 0 && empty)) {
        *error = {StorageError::Code::ForeignFile, Messages::foreign(m_path)};
        return false;
    }
    if (version > sqliteSchemaVersion()) {
        *error = {StorageError::Code::NewerSchema, Messages::newer(m_path, version, sqliteSchemaVersion())};
        return false;
    }
    m_schemaVersion = version;
    isNew = isNew || empty;

    // A 64 MiB page cache keeps big imports and the full-text index in memory.
    if (!pragma(QStringLiteral("PRAGMA foreign_keys = ON")) || !pragma(QStringLiteral("PRAGMA cache_size = -65536")))
        return false;
    if (!m_readOnly) {
        if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL"))
            || !pragma(QStringLiteral("PRAGMA synchronous = FULL")))
            return false;
    }
    const int target = options.targetVersion < 0 ? sqliteSchemaVersion() : options.targetVersion;
    if (m_schemaVersion < target) {
        if (m_readOnly) {
            *error = {StorageError::Code::ReadOnly, Messages::readOnly(m_path)};
            return false;
        }
        if (isNew) {
            if (!pragma(QStringLiteral("PRAGMA application_id = %1").arg(sqliteApplicationId)))
                return false;
        } else {
            const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString backup
                = QStringLiteral("%1.before-v%2-%3.backup").arg(m_path).arg(m_schemaVersion + 1).arg(stamp);
            StorageError backupError;
            if (!backupTo(backup, &backupError)) {
                *error = {backupError.code, Messages::backupFailed(backupError.message)};
                return false;
            }
            m_migrationBackup = backup;
        }
        if (!migrate(target, error))
            return false;
    }
    return true;
}

bool Database::migrate(int targetVersion, StorageError *error)
{
    const auto &steps = sqliteMigrations();
    while (m_schemaVersion < targetVersion) {
        const QStringList &step = steps.at(m_schemaVersion);
        const int next = m_schemaVersion + 1;
        const bool ok = write(
            [&](StorageError *stepError) {
                for (const QString &sql : step) {
                    if (!exec(sql, stepError))
                        return false;
                }
                // user_version lives in the header page: setting it inside the
                // transaction makes the step atomic.
                return exec(QStringLiteral("PRAGMA user_version = %1").arg(next), stepError);
            },
            error);
        if (!ok)
            return false;
        m_schemaVersion = next;
    }
    return true;
}

bool Database::write(const std::function<bool(StorageError *)> &work, StorageError *error)
{
    if (m_readOnly) {
        *error = {StorageError::Code::ReadOnly, Messages::readOnly(m_path)};
        return false;
    }
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const bool ok = work(error);
        --m_transactionDepth;
        return ok;
    }
    // SQLite would go on writing to the unlinked file, and every change
    // would vanish when the window closes.
    if (!QFileInfo::exists(m_path)) {
        *error = {StorageError::Code::CannotOpen, Messages::deleted(m_path)};
        return false;
    }
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_transactionDepth = 1;
    StorageError workError;
    bool ok = work(&workError);
    m_transactionDepth = 0;
    if (ok) {
        ok = exec(QStringLiteral("COMMIT"), &workError);
        if (ok)
            return true;
    }
    StorageError ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    *error = workError.isError() ? workError : StorageError {StorageError::Code::Other, QString()};
    return false;
}

bool Database::backupTo(const QString &target, StorageError *error)
{
    if (QFileInfo::exists(target)) {
        *error = {StorageError::Code::Other, QStringLiteral("%1 already exists").arg(target)};
        return false;
    }
    QSqlQuery query(m_db);
    if (!prepare(query, QStringLiteral("VACUUM INTO ?"), error))
        return false;
    query.addBindValue(target);
    return exec(query, error);
}

bool Database::prepare(QSqlQuery &query, const QString &sql, StorageError *error) const
{
    query = QSqlQuery(m_db);
    if (!query.prepare(sql)) {
        *error = errorFrom(query);
        if (error->message.isEmpty())
            error->message = query.lastError().text();
        return false;
    }
    return true;
}

bool Database::exec(QSqlQuery &query, StorageError *error) const
{
    if (!query.exec()) {
        *error = errorFrom(query);
        return false;
    }
    return true;
}

bool Database::exec(const QString &sql, StorageError *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        *error = errorFrom(query);
        return false;
    }
    return true;
}

StorageError Database::errorFrom(const QSqlQuery &query) const
{
    const QSqlError sqlError = query.lastError();
    // SQLite primary result codes (the low byte of extended codes).
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return {StorageError::Code::Busy, Messages::busy()};
    case 8: // SQLITE_READONLY
        return {StorageError::Code::ReadOnly, Messages::readOnly(m_path)};
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return {StorageError::Code::Corrupt, Messages::corrupt(m_path)};
    case 13: // SQLITE_FULL
        return {StorageError::Code::DiskFull, Messages::diskFull()};
    case 19: // SQLITE_CONSTRAINT
        return {StorageError::Code::Invalid, sqlError.databaseText()};
    default:
        return {StorageError::Code::Other, sqlError.text()};
    }
}

} // namespace Frise::Storage
