// SPDX-License-Identifier: GPL-3.0-or-later
// Real-world faults: a full disk, a read-only filesystem, the file deleted
// while open, a process killed during a large import. The full disk is a tiny tmpfs mounted by
// this test in its own mount namespace (needs root); when that is not
// possible the test fails and says why, it never passes silently.
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>

#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestFaults : public QObject
{
    Q_OBJECT

private:
    static QString checkProblems(Database &db)
    {
        StorageError error;
        const CheckReport report = Maintenance(db).check(&error);
        if (error)
            return error.message;
        return report.problems.join(QStringLiteral("; "));
    }

    static QSet<QString> eventUids(Database &db)
    {
        StorageError error;
        QSet<QString> uids;
        for (const Event &event : EventRepository(db).all(&error))
            uids.insert(event.uid);
        return uids;
    }

    // Mounts a tmpfs of @p size at @p where, visible only in this process's
    // own mount namespace; an empty string on success, else why not.
    QString mountTinyFilesystem(const QString &where, const QString &size)
    {
        if (::geteuid() != 0)
            return QStringLiteral("not running as root");
        if (!m_privateNamespace) {
            if (::unshare(CLONE_NEWNS) != 0)
                return QStringLiteral("unshare(CLONE_NEWNS): ") + QString::fromLocal8Bit(std::strerror(errno));
            // Nothing mounted from now on may propagate back to the host. In a
            // chroot "/" is no mount point (EINVAL): then the mount holding
            // @p where, the nearest ancestor that is one, is made private.
            QString dir = QFileInfo(where).absoluteFilePath();
            bool isPrivate = ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
            while (!isPrivate && errno == EINVAL && dir.size() > 1) {
                dir = QFileInfo(dir).absolutePath();
                isPrivate
                    = ::mount(nullptr, QFile::encodeName(dir).constData(), nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
            }
            if (!isPrivate)
                return QStringLiteral("making the mounts private: ") + QString::fromLocal8Bit(std::strerror(errno));
            m_privateNamespace = true;
        }
        const QByteArray options = "size=" + size.toLatin1() + ",mode=0700";
        if (::mount("frise-test-tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, options.constData()) != 0)
            return QStringLiteral("mount tmpfs: ") + QString::fromLocal8Bit(std::strerror(errno));
        return {};
    }

    // Writes to @p path until the filesystem refuses; the number of bytes written.
    static qint64 fillFilesystem(const QString &path)
    {
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return -1;
        qint64 total = 0;
        for (qint64 chunk : {qint64(64 * 1024), qint64(4096), qint64(512), qint64(1)}) {
            const QByteArray bytes(chunk, 'f');
            while (filler.write(bytes) == chunk)
                total += chunk;
        }
        filler.close();
        return total;
    }

    QTemporaryDir m_dir;
    bool m_privateNamespace = false;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void diskFull_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("committedBefore");
        QTest::addColumn<bool>("fill"); // a filler file takes the free space first
        QTest::newRow("1 MiB, filled by the database") << QStringLiteral("1m") << 0 << false;
        QTest::newRow("4 MiB, 20 events, then a filler") << QStringLiteral("4m") << 20 << true;
        QTest::newRow("8 MiB, 100 events, then a filler") << QStringLiteral("8m") << 100 << true;
    }

    void diskFull()
    {
        QFETCH(QString, size);
        QFETCH(int, committedBefore);
        QFETCH(bool, fill);
        const QString mountPoint = m_dir.filePath(QStringLiteral("tiny-%1").arg(size));
        QVERIFY(QDir().mkpath(mountPoint));
        const QString why = mountTinyFilesystem(mountPoint, size);
        if (!why.isEmpty()) {
            const QString message = QStringLiteral(
                "FAILED: cannot mount a tmpfs in a private mount namespace (%1); the disk-full test needs root "
                "and permission to create mount namespaces in the build root.")
                                        .arg(why);
            QFAIL(qPrintable(message));
        }
        const auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(mountPoint).constData(), MNT_DETACH); });
        const QString file = QDir(mountPoint).filePath(QStringLiteral("full.frise"));

        QSet<QString> committed;
        {
            QString message;
            Database::OpenOptions options;
            options.create = true;
            options.exclusive = true;
            options.backups.keep = 0; // no room for backups on this disk
            auto db = openDatabase(file, &message, options);
            QVERIFY2(db, qPrintable(message));
            EventRepository events(*db);
            for (int i = 0; i < committedBefore; ++i) {
                Event event = makeEvent(QStringLiteral("Avant %1").arg(i));
                event.notes = QString(500, u'n');
                event.uid = QStringLiteral("before-%1").arg(i);
                StorageError error;
                QVERIFY2(events.insert(event, &error), qPrintable(error.message));
                committed.insert(event.uid);
            }

            const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
            if (fill)
                QVERIFY(fillFilesystem(filler) >= 0);

            int failures = 0;
            StorageError firstFailure;
            const QString longText(3000, u'x');
            for (int i = 0; i < 2000 && failures < 5; ++i) {
                Event event = makeEvent(QStringLiteral("Plein %1 ").arg(i) + longText);
                event.uid = QStringLiteral("full-%1").arg(i);
                event.notes = longText;
                StorageError error;
                if (events.insert(event, &error)) {
                    committed.insert(event.uid);
                } else {
                    if (!failures)
                        firstFailure = error;
                    ++failures;
                    QCOMPARE(error.code, StorageError::Code::DiskFull);
                    QVERIFY(error.message.contains(QLatin1String("disk is full")));
                }
            }
            QVERIFY2(failures > 0, "the full disk never refused a write");
            qInfo("disk full after %lld committed events: %s", qlonglong(committed.size()),
                qPrintable(firstFailure.message));
            QVERIFY(!db->inTransaction());

            // Space freed: the same connection carries on.
            if (fill) {
                QVERIFY(QFile::remove(filler));
            } else {
                // No filler to delete: the filesystem grows instead.
                const QByteArray remount = "size=" + QByteArray::number(16 << 20);
                QVERIFY(::mount(nullptr, QFile::encodeName(mountPoint).constData(), nullptr, MS_REMOUNT,
                            remount.constData())
                    == 0);
            }
            Event after = makeEvent(QStringLiteral("Après"));
            after.uid = QStringLiteral("after-freeing");
            StorageError error;
            QVERIFY2(events.insert(after, &error), qPrintable(error.message));
            committed.insert(after.uid);
            QCOMPARE(eventUids(*db), committed);
        }
        QString message;
        auto db = openDatabase(file, &message, {});
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(checkProblems(*db), QString());
        QCOMPARE(eventUids(*db), committed);
    }

    void readOnlyFilesystem()
    {
        // As root, file modes are not enforced: a read-only bind mount is.
        const QString source = m_dir.filePath(QStringLiteral("ro-source"));
        const QString mountPoint = m_dir.filePath(QStringLiteral("ro-mount"));
        QVERIFY(QDir().mkpath(source) && QDir().mkpath(mountPoint));
        QSet<QString> committed;
        {
            QString message;
            auto db = openDatabase(QDir(source).filePath(QStringLiteral("ro.frise")), &message);
            QVERIFY2(db, qPrintable(message));
            Event event = makeEvent(QStringLiteral("Lecture seule"));
            StorageError error;
            QVERIFY(EventRepository(*db).insert(event, &error));
            committed.insert(event.uid);
        }
        const QString why = mountTinyFilesystem(mountPoint, QStringLiteral("1m")); // sets up the namespace
        if (!why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("FAILED: cannot create a private mount namespace (%1)").arg(why)));
        const QByteArray mp = QFile::encodeName(mountPoint);
        QVERIFY(::umount2(mp.constData(), 0) == 0);
        QVERIFY(::mount(QFile::encodeName(source).constData(), mp.constData(), nullptr, MS_BIND, nullptr) == 0);
        const auto unmount = qScopeGuard([&] { ::umount2(mp.constData(), MNT_DETACH); });
        QVERIFY(::mount(nullptr, mp.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0);

        const QString file = QDir(mountPoint).filePath(QStringLiteral("ro.frise"));
        Database::OpenOptions options;
        options.exclusive = true;
        QString message;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(db->isReadOnly());
        QCOMPARE(eventUids(*db), committed);
        StorageError error;
        Event refused = makeEvent(QStringLiteral("Refusé"));
        QVERIFY(!EventRepository(*db).insert(refused, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QVERIFY(error.message.contains(QLatin1String("read-only")));

        // A new file cannot be created there either.
        Database::OpenOptions create;
        create.create = true;
        StorageError createError;
        QVERIFY(!Database::open(QDir(mountPoint).filePath(QStringLiteral("new.frise")), create, &createError));
        QCOMPARE(createError.code, StorageError::Code::ReadOnly);
        db.reset();

        auto writable = openDatabase(QDir(source).filePath(QStringLiteral("ro.frise")), &message);
        QVERIFY2(writable, qPrintable(message));
        QCOMPARE(checkProblems(*writable), QString());
        QCOMPARE(eventUids(*writable), committed);
    }

    void deletedWhileOpen_data()
    {
        QTest::addColumn<bool>("alsoWal");
        QTest::newRow("file only") << false;
        QTest::newRow("file, WAL and shm") << true;
    }

    void deletedWhileOpen()
    {
        QFETCH(bool, alsoWal);
        const QString file = m_dir.filePath(QStringLiteral("deleted-%1.frise").arg(alsoWal));
        Database::OpenOptions options;
        options.create = true;
        options.exclusive = true;
        QString message;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        EventRepository events(*db);
        Event kept = makeEvent(QStringLiteral("Conservé"));
        StorageError error;
        QVERIFY(events.insert(kept, &error));

        QVERIFY(QFile::remove(file));
        if (alsoWal) {
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
        }
        Event lost = makeEvent(QStringLiteral("Perdu"));
        QVERIFY(!events.insert(lost, &error));
        QCOMPARE(error.code, StorageError::Code::CannotOpen);
        QVERIFY2(error.message.contains(QLatin1String("deleted or moved")), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(file)); // no empty file recreated behind the user's back

        // What the connection still holds can be saved elsewhere.
        const QString rescue = m_dir.filePath(QStringLiteral("rescued-%1.frise").arg(alsoWal));
        QVERIFY2(db->backupTo(rescue, &error), qPrintable(error.message));
        db.reset();
        auto copy = openDatabase(rescue, &message, {});
        QVERIFY2(copy, qPrintable(message));
        QCOMPARE(checkProblems(*copy), QString());
        QCOMPARE(eventUids(*copy), QSet<QString> {kept.uid});
    }

    void killedDuringImport_data()
    {
        QTest::addColumn<int>("killAtPercent"); // -1: let it finish
        QTest::newRow("killed at 10 %") << 10;
        QTest::newRow("killed at 50 %") << 50;
        QTest::newRow("killed at 95 %") << 95;
        QTest::newRow("not killed") << -1;
    }

    void killedDuringImport()
    {
        QFETCH(int, killAtPercent);
        constexpr int total = 20000;
        const QString file = m_dir.filePath(QStringLiteral("import-%1.frise").arg(killAtPercent));
        {
            // Some data committed before the import, which must survive.
            QString message;
            auto db = openDatabase(file, &message);
            QVERIFY2(db, qPrintable(message));
            Event event = makeEvent(QStringLiteral("Déjà là"));
            event.uid = QStringLiteral("already-there");
            StorageError error;
            QVERIFY(EventRepository(*db).insert(event, &error));
        }

        QProcess helper;
        helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        helper.start(QStringLiteral(FRISE_FAULTHELPER), {file, QString::number(total)});
        QVERIFY2(helper.waitForStarted(), qPrintable(helper.errorString()));
        bool killed = false;
        bool done = false;
        QByteArray pending;
        while (!done && !killed && helper.waitForReadyRead(60000)) {
            pending += helper.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line == "done") {
                    done = true;
                } else if (line.startsWith("progress ") && killAtPercent >= 0 && !killed) {
                    const qint64 count = line.split(' ').value(1).toLongLong();
                    if (count * 100 >= qint64(total) * killAtPercent) {
                        helper.kill(); // SIGKILL
                        killed = true;
                        break;
                    }
                }
            }
        }
        helper.waitForFinished(60000);
        QVERIFY2(killed || done, "the import neither finished nor reached the kill point");
        if (killed)
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        else
            QCOMPARE(helper.exitCode(), 0);

        QString message;
        Database::OpenOptions options;
        options.exclusive = true; // takes over the killed helper's stale lock
        options.backups.keep = 0;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QCOMPARE(checkProblems(*db), QString());
        const QSet<QString> uids = eventUids(*db);
        QVERIFY(uids.contains(QStringLiteral("already-there")));
        const qsizetype imported = uids.size() - 1;
        QVERIFY2(imported == 0 || imported == total, qPrintable(QString::number(imported)));
        if (done)
            QCOMPARE(imported, qsizetype(total));
        else if (killAtPercent <= 50)
            QCOMPARE(imported, qsizetype(0)); // killed long before the COMMIT
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
