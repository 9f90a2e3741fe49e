// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "instancelock.h"
#include "interrupt_p.h"

#include "postgresmigrations.h"
#include "rawstatement_p.h"
#include "searchpartner_p.h"
#include "sqlitemigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QtEndian>

#include <algorithm>

namespace Frise::Storage {

namespace {

/// libpq does not repeat the password in its messages; make sure of it.
QString withoutPassword(QString reason, const QString &password)
{
    if (password.size() >= 4)
        reason.replace(password, QStringLiteral("********"));
    return reason;
}

/// Tables whose rows make up the timeline (events, their lanes' records).
bool isTimelineTable(const char *table)
{
    for (const char *name : {"event", "dispute", "actor", "tag"}) {
        if (qstrcmp(table, name) == 0)
            return true;
    }
    return false;
}

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
    static QString cannotConnect(const QString &url, const QString &reason)
    {
        return tr("Cannot connect to %1: %2").arg(url, reason.trimmed());
    }
    static QString noDriver()
    {
        return tr("This installation of Frise cannot talk to PostgreSQL (the Qt PostgreSQL driver is missing).");
    }
    static QString badUrl(const QString &url)
    {
        return tr("%1 is not a valid address; write postgresql://user@host:port/database.").arg(url);
    }
    static QString foreignServer(const QString &url)
    {
        return tr("The database %1 already holds tables of another application; it was not modified.").arg(url);
    }
    static QString permissionDenied(const QString &reason)
    {
        return tr("You are not allowed to change this database; nothing was saved. (%1)").arg(reason.trimmed());
    }
    static QString serverGone()
    {
        return tr("The connection to the database server was lost; the change was not saved.");
    }
    static QString cancelled() { return tr("The backup was stopped before it was complete."); }
    static QString noServerBackup()
    {
        return tr("A PostgreSQL database is backed up on the server (pg_dump) or copied with frise copy.");
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

bool Database::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

namespace {

// libpq takes both as secrets; it decodes percent-escapes in parameter names.
bool isSecretKey(QStringView encodedKey)
{
    const QString key = QUrl::fromPercentEncoding(encodedKey.toUtf8()).trimmed();
    return key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0
        || key.compare(QLatin1String("sslpassword"), Qt::CaseInsensitive) == 0;
}

QString withoutSecretParameters(const QString &query)
{
    QStringList kept;
    for (const QString &item : query.split(u'&')) {
        if (!isSecretKey(QStringView(item).left(item.indexOf(u'='))))
            kept << item;
    }
    return kept.join(u'&');
}

} // namespace

QString Database::redacted(const QString &location)
{
    if (!isServerUrl(location)) {
        // A libpq connection string (host=db password=... dbname=newsroom) is not a
        // location Frise opens, but may come back in a message about one.
        static const QRegularExpression conninfo(
            QStringLiteral("(?:^|\\s+)(?:ssl)?password\\s*=\\s*(?:'(?:[^'\\\\]|\\\\.)*'?|\\S*)"),
            QRegularExpression::CaseInsensitiveOption);
        QString text = location;
        return text.remove(conninfo);
    }
    QUrl url(location, QUrl::StrictMode);
    if (url.isValid()) {
        url.setPassword(QString());
        if (url.hasQuery()) {
            const QString query = withoutSecretParameters(url.query(QUrl::FullyEncoded));
            url.setQuery(query.isEmpty() ? QString() : query, QUrl::StrictMode);
        }
        return url.toString();
    }
    // Malformed (several hosts, a password with a bare ? / # in it...): cut
    // the text itself, erring on the side of hiding too much. libpq ends the
    // user part at the last '@' before the database; a password may hold
    // any character, so everything from the first ':' of the user part to
    // the last '@' goes.
    const qsizetype start = location.indexOf(QLatin1String("://")) + 3;
    QString text = location;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= start) {
        const qsizetype colon = text.indexOf(u':', start);
        if (colon >= 0 && colon < at)
            text.remove(colon, at - colon);
    }
    const qsizetype question = text.indexOf(u'?', start);
    if (question >= 0) {
        const qsizetype hash = text.indexOf(u'#', question);
        const QString query = text.mid(question + 1, hash < 0 ? -1 : hash - question - 1);
        text = text.left(question) + (query.isEmpty() ? QString() : u'?' + withoutSecretParameters(query))
            + (hash < 0 ? QString() : text.mid(hash));
        if (text.endsWith(u'?'))
            text.chop(1);
    }
    return text;
}

std::unique_ptr<Database> Database::open(const QString &path, const OpenOptions &options, StorageError *error)
{
    if (isServerUrl(path))
        return openPostgres(path, options, error);
    auto fail = [error](StorageError::Code code, const QString &message) {
        *error = {code, message};
        return std::unique_ptr<Database>();
    };
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && !options.create)
        return fail(StorageError::Code::CannotOpen, Messages::missingFile(redacted(path)));
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
        db->m_lock = std::make_unique<InstanceLock>(db->m_path + QStringLiteral(".lock"));
        InstanceLock::Holder holder;
        switch (db->m_lock->tryLock(&holder)) {
        case InstanceLock::Result::Acquired:
            break;
        case InstanceLock::Result::HeldElsewhere:
            return fail(StorageError::Code::Locked, Messages::locked(path, holder.pid, holder.host));
        case InstanceLock::Result::Failed:
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
    if (!db->m_readOnly) {
        if (sqlite3 *handle = RawStatement::handleOf(db->m_db))
            sqlite3_update_hook(handle, &Database::rowChanged, db.get());
    }
    // Only the GUI's exclusive opens rotate backups: the CLI and tests open
    // files briefly and often.
    if (options.exclusive && !db->m_readOnly)
        Backups::rotate(*db, options.backups, &db->m_openBackup, &db->m_openBackupError);
    return db;
}

std::unique_ptr<Database> Database::openPostgres(
    const QString &location, const OpenOptions &options, StorageError *error)
{
    auto fail = [error](StorageError::Code code, const QString &message) {
        *error = {code, message};
        return std::unique_ptr<Database>();
    };
    const QUrl url(location, QUrl::StrictMode);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(u'/'))
        return fail(StorageError::Code::CannotOpen, Messages::badUrl(redacted(location)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(StorageError::Code::CannotOpen, Messages::noDriver());

    std::unique_ptr<Database> db(new Database);
    db->m_backend = Backend::PostgreSQL;
    // Never keep (or show) the password: it goes to libpq only.
    db->m_path = redacted(location);
    db->m_readOnly = options.readOnly;
    db->m_connectionName = QStringLiteral("frise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!url.host().isEmpty())
        db->m_db.setHostName(url.host());
    if (url.port() > 0)
        db->m_db.setPort(url.port());
    db->m_db.setDatabaseName(databaseName);
    if (!url.userName().isEmpty())
        db->m_db.setUserName(url.userName());
    // Without a password in the URL, libpq reads PGPASSWORD, PGPASSFILE or ~/.pgpass.
    QString password = url.password(QUrl::FullyDecoded);
    // Other libpq parameters (sslmode=require, connect_timeout=5...) pass through.
    QStringList connectOptions;
    const QUrlQuery query(url);
    bool hasTimeout = false;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        // ?password= as libpq reads it (the last one wins), but quoted by the
        // driver like the user part's: any character may be in it.
        if (key == QLatin1String("password")) {
            password = value;
            continue;
        }
        connectOptions << key + u'=' + value;
        hasTimeout = hasTimeout || key == QLatin1String("connect_timeout");
    }
    if (!password.isEmpty())
        db->m_db.setPassword(password);
    if (!hasTimeout)
        connectOptions << QStringLiteral("connect_timeout=10");
    connectOptions << QStringLiteral("application_name=frise");
    db->m_db.setConnectOptions(connectOptions.join(u';'));
    if (!db->m_db.open()) {
        return fail(StorageError::Code::CannotOpen,
            Messages::cannotConnect(db->m_path, withoutPassword(db->m_db.lastError().text(), password)));
    }
    if (!db->configurePostgres(options, error))
        return {};
    db->m_configured = true;
    return db;
}

std::unique_ptr<Database> Database::readingClone(StorageError *error) const
{
    std::unique_ptr<Database> clone(new Database);
    clone->m_backend = m_backend;
    clone->m_path = m_path;
    clone->m_userName = m_userName;
    clone->m_readOnly = true;
    clone->m_hidesConfidential = m_hidesConfidential;
    clone->m_schemaVersion = m_schemaVersion;
    clone->m_connectionName = QStringLiteral("frise-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // The clone may be made on another thread than this connection's.
    clone->m_db = QSqlDatabase::cloneDatabase(m_connectionName, clone->m_connectionName);
    // Named apart, so that administrators see what it is.
    QStringList options = clone->m_db.connectOptions().split(u';', Qt::SkipEmptyParts);
    options.removeIf([](const QString &option) { return option.startsWith(QLatin1String("application_name=")); });
    options << QStringLiteral("application_name=frise-search");
    clone->m_db.setConnectOptions(options.join(u';'));
    if (!clone->m_db.open()) {
        *error = {StorageError::Code::CannotOpen,
            Messages::cannotConnect(m_path, withoutPassword(clone->m_db.lastError().text(), clone->m_db.password()))};
        return {};
    }
    // It only ever reads; the server holds it to that.
    QSqlQuery query(clone->m_db);
    for (const char *sql :
        {"SET client_min_messages = warning", "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"}) {
        if (!query.exec(QLatin1String(sql))) {
            *error = clone->errorFrom(query);
            return {};
        }
    }
    clone->m_configured = true;
    return clone;
}

SearchPartner &Database::searchPartner() const
{
    if (!m_searchPartner)
        m_searchPartner = std::make_unique<SearchPartner>(*this);
    return *m_searchPartner;
}

bool Database::configurePostgres(const OpenOptions &options, StorageError *error)
{
    QSqlQuery query(m_db);
    auto run = [&](const QString &sql) {
        if (!query.exec(sql)) {
            *error = errorFrom(query);
            return false;
        }
        return true;
    };
    // The audit log names the database user: roles are the newsroom's accounts.
    if (!run(QStringLiteral("SELECT current_user")) || !query.next())
        return false;
    m_userName = query.value(0).toString();
    if (!run(QStringLiteral("SET client_min_messages = warning")))
        return false;
    if (m_readOnly && !run(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return false;
    if (!run(QStringLiteral("SELECT to_regclass('frise_schema') IS NOT NULL, "
                            "(SELECT count(*) FROM pg_tables WHERE schemaname = current_schema())"))
        || !query.next())
        return false;
    const bool hasSchema = query.value(0).toBool();
    const bool empty = query.value(1).toLongLong() == 0;
    if (!hasSchema && !empty) {
        *error = {StorageError::Code::ForeignFile, Messages::foreignServer(m_path)};
        return false;
    }
    if (hasSchema) {
        if (!run(QStringLiteral("SELECT coalesce(max(version), 0) FROM frise_schema")) || !query.next())
            return false;
        m_schemaVersion = query.value(0).toInt();
    }
    if (m_schemaVersion > postgresSchemaVersion()) {
        *error = {StorageError::Code::NewerSchema, Messages::newer(m_path, m_schemaVersion, postgresSchemaVersion())};
        return false;
    }
    const int target = options.targetVersion < 0 ? postgresSchemaVersion() : options.targetVersion;
    if (m_schemaVersion < target) {
        if (m_readOnly) {
            *error = {StorageError::Code::ReadOnly, Messages::readOnly(m_path)};
            return false;
        }
        if (!migratePostgres(target, error))
            return false;
    }
    // A role without write grants (frise_reader) gets a read-only window
    // rather than errors on every edit; the server enforces it regardless.
    if (!m_readOnly) {
        if (!run(QStringLiteral("SELECT has_table_privilege('event', 'INSERT')")) || !query.next())
            return false;
        m_readOnly = !query.value(0).toBool();
    }
    // frise_reader may not read the identity columns of source (schema step 7).
    if (!run(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL AND NOT has_column_privilege('source', "
                            "'outlet', 'SELECT')")
                .arg(QLatin1String(postgresSourceReaderView)))
        || !query.next())
        return false;
    m_hidesConfidential = query.value(0).toBool();
    if (QSqlDriver *driver = m_db.driver()) {
        driver->subscribeToNotification(QStringLiteral("frise_changes"));
        connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source != QSqlDriver::OtherSource)
                    return;
                const QString text = payload.toString();
                const qsizetype colon = text.lastIndexOf(u':');
                if (colon > 0)
                    Q_EMIT changed(text.left(colon), text.mid(colon + 1).toLongLong());
            });
    }
    return true;
}

bool Database::migratePostgres(int targetVersion, StorageError *error)
{
    const auto &steps = postgresMigrations();
    while (m_schemaVersion < targetVersion) {
        const int next = m_schemaVersion + 1;
        int reached = m_schemaVersion;
        const bool ok = write(
            [&](StorageError *stepError) {
                // Two clients opening an empty database at once: one migrates,
                // the other waits here and then finds the step done.
                QSqlQuery query(m_db);
                if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(sqliteApplicationId))) {
                    *stepError = errorFrom(query);
                    return false;
                }
                if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS frise_schema (version INTEGER PRIMARY KEY, "
                                         "applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"),
                        stepError))
                    return false;
                if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM frise_schema"))
                    || !query.next()) {
                    *stepError = errorFrom(query);
                    return false;
                }
                reached = query.value(0).toInt();
                if (reached >= next)
                    return true;
                for (const QString &sql : steps.at(m_schemaVersion)) {
                    if (!exec(sql, stepError))
                        return false;
                }
                reached = next;
                return exec(QStringLiteral("INSERT INTO frise_schema (version) VALUES (%1)").arg(next), stepError);
            },
            error);
        if (!ok)
            return false;
        m_schemaVersion = std::max(reached, next);
    }
    return true;
}

Database::~Database()
{
    // Its thread closes the clone first.
    m_searchPartner.reset();
    if (m_db.isValid()) {
        if (m_db.isOpen() && !m_readOnly && m_configured && !isPostgres()) {
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
            QString backup = QStringLiteral("%1.before-v%2-%3.backup").arg(m_path).arg(m_schemaVersion + 1).arg(stamp);
            // A second attempt in the same second (after a crash) must not collide with the first one's backup.
            for (int n = 2; QFileInfo::exists(backup); ++n)
                backup = QStringLiteral("%1.before-v%2-%3-%4.backup")
                             .arg(m_path)
                             .arg(m_schemaVersion + 1)
                             .arg(stamp)
                             .arg(n);
            // Written under another name and renamed once complete: a crash
            // during VACUUM INTO never leaves a half backup under the real name.
            // Half backups of earlier, interrupted attempts are of no use.
            const QFileInfo info(m_path);
            const QDir folder = info.absoluteDir();
            for (const QString &name :
                folder.entryList({info.fileName() + QStringLiteral(".before-v*.backup.partial")}, QDir::Files))
                QFile::remove(folder.filePath(name));
            const QString partial = backup + QStringLiteral(".partial");
            QFile::remove(partial);
            StorageError backupError;
            if (!backupTo(partial, &backupError) || !QFile::rename(partial, backup)) {
                QFile::remove(partial);
                if (!backupError)
                    backupError = {StorageError::Code::Other, QDir::toNativeSeparators(backup)};
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
    if (!isPostgres() && !QFileInfo::exists(m_path)) {
        *error = {StorageError::Code::CannotOpen, Messages::deleted(m_path)};
        return false;
    }
    if (!exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    m_transactionDepth = 1;
    m_timelineTouched = false;
    StorageError workError;
    bool ok = work(&workError);
    m_transactionDepth = 0;
    if (ok && m_timelineTouched)
        ok = stampTimelineRevision(&workError);
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

bool Database::writeWithoutForeignKeyChecks(const std::function<bool(StorageError *)> &work, StorageError *error)
{
    if (isPostgres() || m_transactionDepth > 0 || m_readOnly)
        return write(work, error);
    if (!exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    const bool ok = write(work, error);
    // Whether the work committed stays the answer: it did, or did not, whatever follows.
    StorageError restore;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"), &restore))
        qWarning("Foreign-key checks could not be turned back on: %s", qPrintable(restore.message));
    return ok;
}

void Database::rowChanged(void *database, int, const char *, const char *table, long long)
{
    if (isTimelineTable(table))
        static_cast<Database *>(database)->m_timelineTouched = true;
}

bool Database::stampTimelineRevision(StorageError *error)
{
    // A fresh random token, not a counter: a different file copied over this
    // one cannot carry the same revision by chance.
    QSqlQuery query;
    if (!prepare(
            query, QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('timeline_revision', ?)"), error))
        return false;
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return exec(query, error);
}

bool Database::notifyChange(const QString &entity, RowId id, StorageError *error)
{
    if (!isPostgres())
        return true;
    QSqlQuery query;
    if (!prepare(query, QStringLiteral("SELECT pg_notify('frise_changes', ?)"), error))
        return false;
    query.addBindValue(QString(entity + u':' + QString::number(id)));
    return exec(query, error);
}

QString Database::insertIgnoringDuplicates(const QString &table, const QString &columns, const QString &values) const
{
    if (isPostgres())
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING").arg(table, columns, values);
    return QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)").arg(table, columns, values);
}

bool Database::backupTo(const QString &target, StorageError *error, const std::atomic<bool> *cancel)
{
    if (isPostgres()) {
        *error = {StorageError::Code::Other, Messages::noServerBackup()};
        return false;
    }
    if (QFileInfo::exists(target)) {
        *error = {StorageError::Code::Other, QStringLiteral("%1 already exists").arg(target)};
        return false;
    }
    QSqlQuery query(m_db);
    if (!prepare(query, QStringLiteral("VACUUM INTO ?"), error))
        return false;
    query.addBindValue(target);
    const InterruptOnCancel interrupt(m_db, cancel);
    if (exec(query, error))
        return true;
    if (cancel && cancel->load())
        *error = {StorageError::Code::Cancelled, Messages::cancelled()};
    return false;
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

StorageError Database::postgresErrorFrom(const QSqlError &sqlError) const
{
    // SQLSTATE classes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    const QString state = sqlError.nativeErrorCode();
    if (state.startsWith(QLatin1String("23")))
        return {StorageError::Code::Invalid, sqlError.databaseText()};
    if (state == QLatin1String("42501"))
        return {StorageError::Code::ReadOnly, Messages::permissionDenied(sqlError.databaseText())};
    if (state == QLatin1String("25006"))
        return {StorageError::Code::ReadOnly, Messages::readOnly(m_path)};
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03"))
        return {StorageError::Code::Busy, Messages::busy()};
    if (state == QLatin1String("53100"))
        return {StorageError::Code::DiskFull, Messages::diskFull()};
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P"))
        || (state.isEmpty() && sqlError.type() == QSqlError::ConnectionError) || !m_db.isOpen())
        return {StorageError::Code::CannotOpen, Messages::serverGone()};
    return {StorageError::Code::Other, sqlError.text()};
}

StorageError Database::errorFrom(const QSqlQuery &query) const
{
    const QSqlError sqlError = query.lastError();
    if (isPostgres())
        return postgresErrorFrom(sqlError);
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

QString Database::sourceTable() const
{
    return m_hidesConfidential ? QString::fromLatin1(postgresSourceReaderView) : QStringLiteral("source");
}

} // namespace Frise::Storage
