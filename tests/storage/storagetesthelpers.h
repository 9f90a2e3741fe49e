// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the storage tests: opening databases, reading raw
// files, and a raw QSQLITE connection for checks the repositories do not offer.

#include "core/event.h"
#include "storage/database.h"

#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace Frise::StorageTest {

/**
 * Whether this run tests the PostgreSQL backend: the `_pg` variants of the
 * storage tests set FRISE_TEST_BACKEND=postgresql, and tests/pg/with-postgres.sh
 * gives the cluster in FRISE_TEST_PG_URL.
 */
inline bool testingPostgres()
{
    return qEnvironmentVariable("FRISE_TEST_BACKEND") == QLatin1String("postgresql");
}

/**
 * Why a PostgreSQL test does not run here, for QSKIP, or nullptr when it
 * must run. Only a missing FRISE_TEST_PG_URL is a reason, and that happens
 * only outside `tools/dev test`: its tests/pg/with-postgres.sh always sets
 * the variable, to the cluster or to why the cluster did not start, and then
 * createPostgresDatabase() fails the test with that reason.
 */
inline const char *postgresSkipReason()
{
    return qEnvironmentVariableIsEmpty("FRISE_TEST_PG_URL")
        ? "FRISE_TEST_PG_URL is not set: run through tests/pg/with-postgres.sh (tools/dev test does)"
        : nullptr;
}

/**
 * A new, empty database on the test cluster (CREATE DATABASE), as a
 * postgresql:// URL; empty with @p message set when the cluster is not there
 * (the tests then fail: a missing server is an error, not a skip).
 */
inline QString createPostgresDatabase(QString *message)
{
    const QString base = qEnvironmentVariable("FRISE_TEST_PG_URL");
    if (!base.startsWith(QLatin1String("postgresql://"))) {
        *message = base.isEmpty() ? QStringLiteral("FRISE_TEST_PG_URL is not set; run the tests through "
                                                   "tests/pg/with-postgres.sh (tools/dev test does)")
                                  : QStringLiteral("no PostgreSQL test server: ") + base;
        return {};
    }
    const QUrl url(base);
    const QString name = QStringLiteral("frise_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    const QString connection = QStringLiteral("admin-") + name;
    bool ok = false;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(url.host());
        admin.setPort(url.port(5432));
        admin.setUserName(url.userName());
        admin.setPassword(url.password());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            *message = QStringLiteral("cannot connect to %1: %2").arg(base, admin.lastError().text());
        } else {
            QSqlQuery query(admin);
            ok = query.exec(QStringLiteral("CREATE DATABASE ") + name);
            if (!ok)
                *message = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok)
        return {};
    QUrl result = url;
    result.setPath(u'/' + name);
    return result.toString();
}

/**
 * The location the tests open for @p path: the path itself, or under
 * FRISE_TEST_BACKEND=postgresql a fresh database on the test cluster, the
 * same one each time the same path is asked for.
 */
inline QString testLocation(const QString &path, QString *message)
{
    if (!testingPostgres() || Storage::Database::isServerUrl(path))
        return path;
    static QHash<QString, QString> databases;
    auto it = databases.find(path);
    if (it == databases.end()) {
        const QString url = createPostgresDatabase(message);
        if (url.isEmpty())
            return {};
        it = databases.insert(path, url);
    }
    return it.value();
}

/// Opens (creating by default) @p path; nullptr and @p message set on failure.
inline std::unique_ptr<Storage::Database> openDatabase(
    const QString &path, QString *message, Storage::Database::OpenOptions options = {true})
{
    const QString location = testLocation(path, message);
    if (location.isEmpty())
        return {};
    Storage::StorageError error;
    auto db = Storage::Database::open(location, options, &error);
    if (!db && message)
        *message = error.message;
    return db;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// A plain QSQLITE connection to a file, closed and removed on destruction.
class RawConnection final
{
    Q_DISABLE_COPY_MOVE(RawConnection)

public:
    explicit RawConnection(const QString &path, bool readOnly = false)
        : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    /// Runs @p sql; false (and lastError() set) on failure.
    bool exec(const QString &sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text();
            return false;
        }
        return true;
    }
    /// First column of the first row of @p sql, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(database());
        if (!query.prepare(sql)) {
            m_lastError = query.lastError().text();
            return {};
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    const QString &lastError() const { return m_lastError; }

private:
    QString m_name;
    QString m_lastError;
    bool m_open = false;
};

/// First column of the first row of @p sql on an open Frise database.
inline QVariant scalar(Storage::Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    if (!query.prepare(sql))
        return {};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

inline qint64 rowCount(Storage::Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

/// A valid event with a French title on @p isoDate.
inline Event makeEvent(const QString &titleFr, const QString &isoDate = QStringLiteral("2023-04-25"))
{
    Event event;
    event.title = BilingualText::original(Language::French, titleFr);
    event.start = FuzzyDate::fromIsoText(isoDate);
    return event;
}

} // namespace Frise::StorageTest
