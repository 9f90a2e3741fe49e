// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/instancelock.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/sqlitemigrations.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

Q_DECLARE_METATYPE(Frise::Storage::StorageError::Code)

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A Frise database file with one actor in it, closed.
    QString makeFriseFile(const QString &name)
    {
        const QString file = path(name);
        QString message;
        auto db = openDatabase(file, &message);
        if (!db)
            return {};
        Actor actor;
        actor.name = BilingualText::both(QStringLiteral("Société"), QStringLiteral("Company"));
        StorageError error;
        if (!ActorRepository(*db).insert(actor, &error))
            return {};
        return file;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void pragmas_data()
    {
        QTest::addColumn<bool>("reopen");
        QTest::newRow("created") << false;
        QTest::newRow("reopened") << true;
    }

    void pragmas()
    {
        QFETCH(bool, reopen);
        const QString file = path(QStringLiteral("pragmas-%1.frise").arg(reopen));
        QString message;
        auto db = openDatabase(file, &message);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(QFileInfo::exists(file));
        if (reopen) {
            db.reset();
            db = openDatabase(file, &message, {});
            QVERIFY2(db, qPrintable(message));
        }
        QCOMPARE(db->schemaVersion(), sqliteSchemaVersion());
        QVERIFY(!db->isReadOnly());
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")).toInt(), 2);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA application_id")).toInt(), sqliteApplicationId);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA user_version")).toInt(), sqliteSchemaVersion());
        QVERIFY(scalar(*db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
    }

    void cannotOpen_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("mentioned");
        QTest::newRow("missing file") << QStringLiteral("absent.frise") << false << QStringLiteral("absent.frise");
        QTest::newRow("missing folder") << QStringLiteral("no-such-folder/x.frise") << true
                                        << QStringLiteral("no-such-folder");
        QTest::newRow("missing folder, no create")
            << QStringLiteral("no-such-folder/x.frise") << false << QStringLiteral("x.frise");
    }

    void cannotOpen()
    {
        QFETCH(QString, relative);
        QFETCH(bool, create);
        QFETCH(QString, mentioned);
        Database::OpenOptions options;
        options.create = create;
        StorageError error;
        auto db = Database::open(path(relative), options, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, StorageError::Code::CannotOpen);
        QVERIFY2(error.message.contains(mentioned), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(path(relative)));
    }

    void refusedUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<StorageError::Code>("expected");
        QTest::newRow("text file") << QStringLiteral("text") << StorageError::Code::ForeignFile;
        QTest::newRow("short binary") << QStringLiteral("short") << StorageError::Code::ForeignFile;
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign") << StorageError::Code::ForeignFile;
        QTest::newRow("foreign sqlite, WAL") << QStringLiteral("foreignwal") << StorageError::Code::ForeignFile;
        QTest::newRow("other application_id") << QStringLiteral("otherapp") << StorageError::Code::ForeignFile;
        QTest::newRow("newer schema") << QStringLiteral("newer") << StorageError::Code::NewerSchema;
    }

    void refusedUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(StorageError::Code, expected);
        QString file = path(kind + QStringLiteral(".frise"));
        if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(file, "These are meeting notes, not a database.\n"));
        } else if (kind == QLatin1String("short")) {
            QVERIFY(writeFile(file, QByteArray("SQLite format 3\0", 16)));
        } else if (kind.startsWith(QLatin1String("foreign")) || kind == QLatin1String("otherapp")) {
            RawConnection raw(file);
            QVERIFY(raw.isOpen());
            if (kind == QLatin1String("foreignwal"))
                QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")),
                qPrintable(raw.lastError()));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO invoices (total) VALUES (12.5)")));
            if (kind == QLatin1String("otherapp"))
                QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = 1234")));
        } else {
            file = makeFriseFile(kind + QStringLiteral(".frise"));
            QVERIFY(!file.isEmpty());
            RawConnection raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileBytes(file);
        QVERIFY(!before.isEmpty());

        // However it is opened (create only applies to a missing file).
        for (int variant = 0; variant < 4; ++variant) {
            Database::OpenOptions options;
            options.exclusive = variant & 1;
            options.create = variant & 2;
            StorageError error;
            auto db = Database::open(file, options, &error);
            QVERIFY(!db);
            QCOMPARE(error.code, expected);
            QVERIFY(!error.message.isEmpty());
            QVERIFY2(error.message.contains(QFileInfo(file).fileName()), qPrintable(error.message));
        }
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
        if (kind == QLatin1String("newer"))
            QVERIFY(QDir(m_dir.path()).entryList({kind + QStringLiteral(".frise.before-*")}).isEmpty());
    }

    void newerSchemaStillInWal()
    {
        // Another connection (a newer Frise) has raised user_version and
        // the change is still in the WAL: only the connection sees it.
        const QString file = makeFriseFile(QStringLiteral("newer-wal.frise"));
        QVERIFY(!file.isEmpty());
        RawConnection raw(file);
        QVERIFY(raw.isOpen());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 99")));
        const QByteArray before = fileBytes(file);
        StorageError error;
        auto db = Database::open(file, {}, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, StorageError::Code::NewerSchema);
        // Refusing must not checkpoint the WAL into the file either.
        QCOMPARE(fileBytes(file), before);
    }

    void corruptFile_data()
    {
        QTest::addColumn<int>("offset");
        QTest::newRow("schema page") << 100;
        QTest::newRow("header") << 16;
    }

    void corruptFile()
    {
        QFETCH(int, offset);
        const QString file = makeFriseFile(QStringLiteral("corrupt-%1.frise").arg(offset));
        QVERIFY(!file.isEmpty());
        QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 4096);
        for (int i = offset; i < 4096; ++i)
            bytes[i] = char(0xA5 ^ (i * 7));
        QVERIFY(writeFile(file, bytes));
        StorageError error;
        auto db = Database::open(file, {}, &error);
        if (db) {
            // Opened: the damage must then show in the check.
            const CheckReport report = Maintenance(*db).check(&error);
            QVERIFY(!report.isOk() || error.isError());
        } else {
            QVERIFY2(error.code == StorageError::Code::Corrupt || error.code == StorageError::Code::ForeignFile,
                qPrintable(error.message));
            QVERIFY(!error.message.isEmpty());
        }
        db.reset();
        QCOMPARE(fileBytes(file), bytes);
    }

    void readOnly()
    {
        const QString file = makeFriseFile(QStringLiteral("readonly.frise"));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileBytes(file);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));

        Database::OpenOptions options;
        if (QFileInfo(file).isWritable()) {
            // Running as root: permission bits do not stop root, so the file
            // is still writable for this process. The read-only option is the
            // same code path the app takes when the file is not writable.
            qInfo("0444 does not make the file read-only for this user (root); using OpenOptions::readOnly");
            options.readOnly = true;
        }
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        QVERIFY(db->isReadOnly());

        ActorRepository actors(*db);
        QCOMPARE(actors.count(&error), 1);
        Actor actor;
        actor.name = BilingualText::both(QStringLiteral("Nouvelle"), QStringLiteral("New"));
        error = {};
        QVERIFY(!actors.insert(actor, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QVERIFY(!error.message.isEmpty());

        Actor stored = actors.all(&error).value(0);
        stored.name.fr = QStringLiteral("Changée");
        error = {};
        QVERIFY(!actors.update(stored, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        error = {};
        QVERIFY(!actors.removeAnyVersion(stored.id, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        error = {};
        QVERIFY(!db->write([](StorageError *) { return true; }, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        db.reset();
        QCOMPARE(fileBytes(file), before);
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    }

    void readOnlyNeedsExistingFile()
    {
        Database::OpenOptions options;
        options.create = true;
        options.readOnly = true;
        StorageError error;
        auto db = Database::open(path(QStringLiteral("ro-new.frise")), options, &error);
        QVERIFY(!db);
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
    }

    void secondInstanceLocked()
    {
        const QString file = path(QStringLiteral("locked.frise"));
        Database::OpenOptions options;
        options.create = true;
        options.exclusive = true;
        StorageError error;
        auto first = Database::open(file, options, &error);
        QVERIFY2(first, qPrintable(error.message));
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".lock")));

        auto second = Database::open(file, options, &error);
        QVERIFY(!second);
        QCOMPARE(error.code, StorageError::Code::Locked);
        QVERIFY2(
            error.message.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("locked.frise")));

        // Closing releases the lock.
        first.reset();
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".lock")));
        error = {};
        second = Database::open(file, options, &error);
        QVERIFY2(second, qPrintable(error.message));
    }

    void staleLockTakenOver()
    {
        const QString file = makeFriseFile(QStringLiteral("stale.frise"));
        QVERIFY(!file.isEmpty());
        const QString lockPath = file + QStringLiteral(".lock");

        // A lock file as QLockFile writes it, but naming a process that
        // cannot exist (above Linux's largest pid_max, 2^22).
        QByteArray content;
        {
            QLockFile model(path(QStringLiteral("model.lock")));
            QVERIFY(model.tryLock());
            content = fileBytes(path(QStringLiteral("model.lock")));
            model.unlock();
        }
        QVERIFY(!content.isEmpty());
        const qsizetype newline = content.indexOf('\n');
        QVERIFY(newline > 0);
        QCOMPARE(content.left(newline).toLongLong(), QCoreApplication::applicationPid());
        content = QByteArray::number(qint64(0x3fffff00)) + content.mid(newline);
        QVERIFY(writeFile(lockPath, content));

        Database::OpenOptions options;
        options.exclusive = true;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        const QByteArray now = fileBytes(lockPath);
        QCOMPARE(now.left(now.indexOf('\n')).toLongLong(), QCoreApplication::applicationPid());
    }

    void lockNamingALiveProcessIsNotHeld()
    {
        // The lock file of a killed Frise whose pid now belongs to another
        // live Frise (here: ourselves): no kernel lock, so it is taken over.
        const QString file = makeFriseFile(QStringLiteral("reused.frise"));
        QVERIFY(!file.isEmpty());
        const QByteArray content = QByteArray::number(QCoreApplication::applicationPid()) + '\n'
            + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
        QVERIFY(writeFile(file + QStringLiteral(".lock"), content));
        Database::OpenOptions options;
        options.exclusive = true;
        StorageError error;
        auto db = Database::open(file, options, &error);
        QVERIFY2(db, qPrintable(error.message));
    }

    void lockHeldByAnotherProcessUntilItIsKilled()
    {
        const QString lockPath = path(QStringLiteral("other.frise.lock"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child only takes the lock, says so, and waits to be killed.
            InstanceLock lock(lockPath);
            const char byte = lock.tryLock() == InstanceLock::Result::Acquired ? '1' : '0';
            (void)!::write(ready[1], &byte, 1);
            for (;;)
                ::pause();
        }
        ::close(ready[1]);
        char byte = 0;
        QCOMPARE(::read(ready[0], &byte, 1), ssize_t(1));
        ::close(ready[0]);
        QCOMPARE(byte, '1');

        InstanceLock lock(lockPath);
        InstanceLock::Holder holder;
        QCOMPARE(lock.tryLock(&holder), InstanceLock::Result::HeldElsewhere);
        QCOMPARE(holder.pid, qint64(child));
        QCOMPARE(holder.host, QSysInfo::machineHostName());

        QCOMPARE(::kill(child, SIGKILL), 0);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(lock.tryLock(&holder), InstanceLock::Result::Acquired);
        QCOMPARE(fileBytes(lockPath).left(fileBytes(lockPath).indexOf('\n')).toLongLong(),
            QCoreApplication::applicationPid());
        lock.unlock();
        QVERIFY(!QFileInfo::exists(lockPath));
    }

    void writeRollsBack()
    {
        QString message;
        auto db = openDatabase(path(QStringLiteral("rollback.frise")), &message);
        QVERIFY2(db, qPrintable(message));
        ActorRepository actors(*db);
        StorageError error;
        const bool ok = db->write(
            [&](StorageError *e) {
                Actor actor;
                actor.name = BilingualText::both(QStringLiteral("Fantôme"), QStringLiteral("Ghost"));
                if (!actors.insert(actor, e))
                    return false;
                if (actors.count(e) != 1 || rowCount(*db, QStringLiteral("audit")) != 1)
                    return false;
                *e = {StorageError::Code::Invalid, QStringLiteral("second step failed")};
                return false;
            },
            &error);
        QVERIFY(!ok);
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(error.message, QStringLiteral("second step failed"));
        QVERIFY(!db->inTransaction());
        QCOMPARE(actors.count(&error), 0);
        QCOMPARE(rowCount(*db, QStringLiteral("audit")), 0);

        // A failure without an error still reports one, and the connection stays usable.
        error = {};
        QVERIFY(!db->write([](StorageError *) { return false; }, &error));
        QVERIFY(error.isError());
        Actor actor;
        actor.name = BilingualText::both(QStringLiteral("Réel"), QStringLiteral("Real"));
        error = {};
        QVERIFY2(actors.insert(actor, &error), qPrintable(error.message));
        QCOMPARE(actors.count(&error), 1);
    }

    void nestedWriteJoins_data()
    {
        QTest::addColumn<bool>("outerCommits");
        QTest::newRow("outer commits") << true;
        QTest::newRow("outer rolls back") << false;
    }

    void nestedWriteJoins()
    {
        QFETCH(bool, outerCommits);
        QString message;
        auto db = openDatabase(path(QStringLiteral("nested-%1.frise").arg(outerCommits)), &message);
        QVERIFY2(db, qPrintable(message));
        ActorRepository actors(*db);
        bool innerOk = false;
        bool innerSawTransaction = false;
        StorageError error;
        const bool ok = db->write(
            [&](StorageError *e) {
                innerOk = db->write(
                    [&](StorageError *innerError) {
                        innerSawTransaction = db->inTransaction();
                        Actor actor;
                        actor.name = BilingualText::both(QStringLiteral("Intérieur"), QStringLiteral("Inner"));
                        return actors.insert(actor, innerError);
                    },
                    e);
                // Still inside the outer transaction after the inner call.
                if (!db->inTransaction())
                    return false;
                return innerOk && outerCommits;
            },
            &error);
        QVERIFY(innerOk);
        QVERIFY(innerSawTransaction);
        QCOMPARE(ok, outerCommits);
        QVERIFY(!db->inTransaction());
        QCOMPARE(actors.count(&error), outerCommits ? 1 : 0);
        QCOMPARE(rowCount(*db, QStringLiteral("audit")), outerCommits ? 1 : 0);
    }

    void backupTo()
    {
        const QString file = makeFriseFile(QStringLiteral("backup-source.frise"));
        QVERIFY(!file.isEmpty());
        QString message;
        auto db = openDatabase(file, &message, {});
        QVERIFY2(db, qPrintable(message));
        const QString target = path(QStringLiteral("copy.frise"));
        StorageError error;
        QVERIFY2(db->backupTo(target, &error), qPrintable(error.message));
        // Never overwrites.
        QVERIFY(!db->backupTo(target, &error));
        db.reset();
        auto copy = openDatabase(target, &message, {});
        QVERIFY2(copy, qPrintable(message));
        QCOMPARE(ActorRepository(*copy).count(&error), 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
