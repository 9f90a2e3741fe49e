// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

Q_DECLARE_METATYPE(Frise::Storage::StorageError::Code)

class TestBackups : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static bool addActor(Database &db, const QString &name)
    {
        Actor actor;
        actor.name = BilingualText::both(name, name);
        StorageError error;
        return ActorRepository(db).insert(actor, &error);
    }

    static QStringList actorNames(const QString &file)
    {
        QString message;
        Database::OpenOptions options;
        options.readOnly = true;
        auto db = openDatabase(file, &message, options);
        if (!db)
            return {QStringLiteral("cannot open: ") + message};
        StorageError error;
        QStringList names;
        for (const Actor &actor : ActorRepository(*db).all(&error))
            names.append(actor.name.en);
        names.sort();
        return names;
    }

    // A closed database holding the actors @p names.
    QString makeDatabase(const QString &name, const QStringList &names)
    {
        const QString file = path(name);
        QString message;
        auto db = openDatabase(file, &message);
        if (!db)
            return {};
        for (const QString &actor : names) {
            if (!addActor(*db, actor))
                return {};
        }
        return file;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rotateOnOpen_data()
    {
        QTest::addColumn<QList<int>>("agesInHours"); // existing backups
        QTest::addColumn<int>("keep");
        QTest::addColumn<bool>("expectNew");
        QTest::addColumn<int>("expectCount");

        QTest::newRow("first open") << QList<int> {} << 7 << true << 1;
        QTest::newRow("newest is fresh") << QList<int> {1, 30} << 7 << false << 2;
        QTest::newRow("newest is 11 h old") << QList<int> {11} << 7 << false << 1;
        QTest::newRow("newest is 13 h old") << QList<int> {13} << 7 << true << 2;
        QTest::newRow("prunes to 7") << QList<int> {13, 14, 15, 16, 17, 18, 19, 20, 21} << 7 << true << 7;
        QTest::newRow("keep 3") << QList<int> {20, 30, 40, 50} << 3 << true << 3;
        QTest::newRow("prunes without a new one") << QList<int> {2, 30, 40, 50} << 2 << false << 2;
        QTest::newRow("turned off") << QList<int> {} << 0 << false << 0;
    }

    void rotateOnOpen()
    {
        QFETCH(QList<int>, agesInHours);
        QFETCH(int, keep);
        QFETCH(bool, expectNew);
        QFETCH(int, expectCount);

        const QString file = makeDatabase(QStringLiteral("rotate-%1.frise").arg(QTest::currentDataTag()),
            {QStringLiteral("Reddit"), QStringLiteral("OpenAI")});
        QVERIFY(!file.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            QString message;
            Database::OpenOptions plain;
            auto db = openDatabase(file, &message, plain);
            QVERIFY2(db, qPrintable(message));
            for (int age : agesInHours) {
                StorageError error;
                QVERIFY2(
                    Backups::writeBackup(*db, nullptr, &error, now.addSecs(-3600 * age)), qPrintable(error.message));
            }
        }
        const QList<BackupInfo> before = Backups::listBackups(file);
        QCOMPARE(before.size(), agesInHours.size());

        Database::OpenOptions options;
        options.exclusive = true;
        options.backups.keep = keep;
        QString message;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QVERIFY2(!db->openBackupError().isError(), qPrintable(db->openBackupError().message));
        QCOMPARE(!db->openBackupPath().isEmpty(), expectNew);

        const QList<BackupInfo> after = Backups::listBackups(file);
        QCOMPARE(after.size(), expectCount);
        for (qsizetype i = 1; i < after.size(); ++i)
            QVERIFY(after.at(i - 1).created >= after.at(i).created);
        if (expectNew) {
            QCOMPARE(after.first().path, db->openBackupPath());
            QVERIFY(qAbs(after.first().created.secsTo(now)) < 120);
            QCOMPARE(
                actorNames(after.first().path), (QStringList {QStringLiteral("OpenAI"), QStringLiteral("Reddit")}));
        }
        // The survivors are the newest of the old ones.
        const qsizetype oldKept = after.size() - (expectNew ? 1 : 0);
        for (qsizetype i = 0; i < oldKept; ++i)
            QCOMPARE(after.at(after.size() - oldKept + i).path, before.at(i).path);
        for (qsizetype i = oldKept; i < before.size(); ++i)
            QVERIFY2(!QFileInfo::exists(before.at(i).path), qPrintable(before.at(i).path));
    }

    // The GUI writes its automatic backup in a worker, over a read-only
    // connection of its own, and stops it when the app quits.
    void rotateFromReadOnlyConnection_data()
    {
        QTest::addColumn<bool>("cancel");
        QTest::newRow("complete") << false;
        QTest::newRow("cancelled") << true;
    }

    void rotateFromReadOnlyConnection()
    {
        QFETCH(bool, cancel);
        const QString file = makeDatabase(QStringLiteral("worker-%1.frise").arg(QTest::currentDataTag()),
            {QStringLiteral("Reddit"), QStringLiteral("OpenAI")});
        QVERIFY(!file.isEmpty());
        Database::OpenOptions options;
        options.readOnly = true;
        QString message;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(Backups::isDue(file, BackupPolicy {}));

        const std::atomic<bool> stop {cancel};
        QString written;
        StorageError error;
        const bool ok = Backups::rotate(*db, BackupPolicy {}, &written, &error, QDateTime::currentDateTimeUtc(), &stop);
        QCOMPARE(ok, !cancel);
        if (cancel) {
            QCOMPARE(error.code, StorageError::Code::Cancelled);
            QVERIFY(written.isEmpty());
            QVERIFY(Backups::listBackups(file).isEmpty());
            QVERIFY(Backups::isDue(file, BackupPolicy {}));
        } else {
            QVERIFY2(!error, qPrintable(error.message));
            QVERIFY2(Backups::verify(written, &error), qPrintable(error.message));
            QCOMPARE(actorNames(written), (QStringList {QStringLiteral("OpenAI"), QStringLiteral("Reddit")}));
            QVERIFY(!Backups::isDue(file, BackupPolicy {}));
        }
        // Never a half-written copy left behind.
        QCOMPARE(QDir(Backups::folderFor(file)).entryList({QStringLiteral("*.partial")}, QDir::Files), QStringList());
    }

    void readOnlyAndSharedOpensDoNotBackUp_data()
    {
        QTest::addColumn<bool>("exclusive");
        QTest::addColumn<bool>("readOnly");
        QTest::newRow("shared") << false << false;
        QTest::newRow("read-only") << false << true;
    }

    void readOnlyAndSharedOpensDoNotBackUp()
    {
        QFETCH(bool, exclusive);
        QFETCH(bool, readOnly);
        const QString file
            = makeDatabase(QStringLiteral("nobackup-%1.frise").arg(QTest::currentDataTag()), {QStringLiteral("X")});
        QVERIFY(!file.isEmpty());
        Database::OpenOptions options;
        options.exclusive = exclusive;
        options.readOnly = readOnly;
        QString message;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(db->openBackupPath().isEmpty());
        QVERIFY(!QFileInfo::exists(Backups::folderFor(file)));
    }

    void foreignFilesInTheFolderSurvive()
    {
        const QString file = makeDatabase(QStringLiteral("foreign.frise"), {QStringLiteral("X")});
        QVERIFY(!file.isEmpty());
        QDir().mkpath(Backups::folderFor(file));
        const QDir folder(Backups::folderFor(file));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("mine.frise")), "keep me"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("notes.txt")), "keep me"));
        QVERIFY(writeFile(folder.filePath(QStringLiteral("20200101T000000Z.frise.partial")), "half"));
        {
            QString message;
            auto db = openDatabase(file, &message, {});
            QVERIFY(db);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            StorageError error;
            for (int i = 0; i < 3; ++i)
                QVERIFY(Backups::writeBackup(*db, nullptr, &error, now.addDays(-i - 1)));
            QString written;
            QVERIFY2(Backups::rotate(*db, {1, 3600}, &written, &error, now), qPrintable(error.message));
            QVERIFY(!written.isEmpty());
        }
        QCOMPARE(Backups::listBackups(file).size(), 1);
        QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("mine.frise"))));
        QVERIFY(QFileInfo::exists(folder.filePath(QStringLiteral("notes.txt"))));
        QVERIFY(!QFileInfo::exists(folder.filePath(QStringLiteral("20200101T000000Z.frise.partial"))));
    }

    void sameSecondBackups()
    {
        const QString file = makeDatabase(QStringLiteral("same-second.frise"), {QStringLiteral("X")});
        QString message;
        auto db = openDatabase(file, &message, {});
        QVERIFY(db);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList written;
        for (int i = 0; i < 3; ++i) {
            QString path;
            StorageError error;
            QVERIFY2(Backups::writeBackup(*db, &path, &error, now), qPrintable(error.message));
            written.prepend(path);
        }
        QCOMPARE(written.removeDuplicates(), 0);
        const QList<BackupInfo> listed = Backups::listBackups(file);
        QCOMPARE(listed.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(listed.at(i).path, written.at(i));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<StorageError::Code>("code");
        QTest::newRow("good") << QStringLiteral("good") << true << StorageError::Code::None;
        QTest::newRow("missing") << QStringLiteral("missing") << false << StorageError::Code::NotFound;
        QTest::newRow("text file") << QStringLiteral("text") << false << StorageError::Code::ForeignFile;
        QTest::newRow("other application") << QStringLiteral("foreign") << false << StorageError::Code::ForeignFile;
        QTest::newRow("damaged pages") << QStringLiteral("damaged") << false << StorageError::Code::Corrupt;
    }

    void verify()
    {
        QFETCH(QString, kind);
        QFETCH(bool, ok);
        QFETCH(StorageError::Code, code);
        const QString file = path(QStringLiteral("verify-%1.frise").arg(kind));
        if (kind == QLatin1String("good") || kind == QLatin1String("damaged")) {
            QStringList names;
            for (int i = 0; i < 400; ++i)
                names.append(QStringLiteral("Actor number %1 with a long enough name").arg(i));
            const QString source = makeDatabase(QStringLiteral("verify-source-%1.frise").arg(kind), names);
            QVERIFY(!source.isEmpty());
            QString message;
            auto db = openDatabase(source, &message, {});
            QVERIFY(db);
            StorageError error;
            QVERIFY(db->backupTo(file, &error));
            if (kind == QLatin1String("damaged")) {
                QByteArray bytes = fileBytes(file);
                QVERIFY(bytes.size() > 8 * 4096);
                // Scribble over the middle pages, keep the header page intact.
                for (qsizetype i = 4096 + 200; i < bytes.size() - 4096; i += 3)
                    bytes[i] = char(0xA5);
                QVERIFY(writeFile(file, bytes));
            }
        } else if (kind == QLatin1String("text")) {
            QVERIFY(writeFile(file, "not a database at all, just some text that is long enough to look like one"));
        } else if (kind == QLatin1String("foreign")) {
            RawConnection raw(file);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        StorageError error;
        QCOMPARE(Backups::verify(file, &error), ok);
        QCOMPARE(error.code, code);
        if (!ok)
            QVERIFY(!error.message.isEmpty());
    }

    void restore()
    {
        const QString file = makeDatabase(QStringLiteral("restore.frise"), {QStringLiteral("Getty")});
        QVERIFY(!file.isEmpty());
        QString backup;
        {
            QString message;
            auto db = openDatabase(file, &message, {});
            QVERIFY(db);
            StorageError error;
            QVERIFY(Backups::writeBackup(*db, &backup, &error));
            QVERIFY(addActor(*db, QStringLiteral("Stability AI")));
        }
        QCOMPARE(actorNames(file), (QStringList {QStringLiteral("Getty"), QStringLiteral("Stability AI")}));

        StorageError error;
        QString keptAs;
        QVERIFY2(Backups::restoreBackup(backup, file, &error, &keptAs), qPrintable(error.message));
        QCOMPARE(actorNames(file), QStringList {QStringLiteral("Getty")});
        QVERIFY(QFileInfo::exists(keptAs));
        QCOMPARE(actorNames(keptAs), (QStringList {QStringLiteral("Getty"), QStringLiteral("Stability AI")}));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".restoring")));
        QVERIFY(QFileInfo::exists(backup)); // the backup itself stays

        // The restored file is a normal, writable Frise database.
        QString message;
        Database::OpenOptions options;
        options.exclusive = true;
        auto db = openDatabase(file, &message, options);
        QVERIFY2(db, qPrintable(message));
        QVERIFY(addActor(*db, QStringLiteral("Universal")));
    }

    void restoreToANewFile()
    {
        const QString file = makeDatabase(QStringLiteral("restore-src.frise"), {QStringLiteral("X")});
        QString backup;
        {
            QString message;
            auto db = openDatabase(file, &message, {});
            StorageError error;
            QVERIFY(Backups::writeBackup(*db, &backup, &error));
        }
        const QString target = path(QStringLiteral("restored-copy.frise"));
        StorageError error;
        QString keptAs;
        QVERIFY2(Backups::restoreBackup(backup, target, &error, &keptAs), qPrintable(error.message));
        QVERIFY(keptAs.isEmpty());
        QCOMPARE(actorNames(target), QStringList {QStringLiteral("X")});
    }

    void restoreRefused_data()
    {
        QTest::addColumn<QString>("why");
        QTest::addColumn<StorageError::Code>("code");
        QTest::newRow("target open in a window") << QStringLiteral("open") << StorageError::Code::Locked;
        QTest::newRow("damaged backup") << QStringLiteral("damaged") << StorageError::Code::ForeignFile;
        QTest::newRow("missing backup") << QStringLiteral("missing") << StorageError::Code::NotFound;
    }

    void restoreRefused()
    {
        QFETCH(QString, why);
        QFETCH(StorageError::Code, code);
        const QString file = makeDatabase(QStringLiteral("refused-%1.frise").arg(why), {QStringLiteral("Live")});
        QVERIFY(!file.isEmpty());
        QString backup;
        {
            QString message;
            auto db = openDatabase(file, &message, {});
            StorageError error;
            QVERIFY(Backups::writeBackup(*db, &backup, &error));
        }
        if (why == QLatin1String("damaged"))
            QVERIFY(writeFile(backup, QByteArray(8192, 'x')));
        else if (why == QLatin1String("missing"))
            QVERIFY(QFile::remove(backup));
        std::unique_ptr<Database> open;
        if (why == QLatin1String("open")) {
            QString message;
            Database::OpenOptions options;
            options.exclusive = true;
            open = openDatabase(file, &message, options);
            QVERIFY2(open, qPrintable(message));
            QVERIFY(addActor(*open, QStringLiteral("Edited while open")));
        }
        const QByteArray before = fileBytes(file);
        StorageError error;
        QVERIFY(!Backups::restoreBackup(backup, file, &error));
        QCOMPARE(error.code, code);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(fileBytes(file), before);
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".restoring")));
        open.reset();
        QVERIFY(actorNames(file).contains(QStringLiteral("Live")));
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
