// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("crash.frise"));
        {
            QString message;
            auto db = openDatabase(file, &message);
            QVERIFY2(db, qPrintable(message));
        }

        const quint32 seed = qEnvironmentVariableIsSet("FRISE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("FRISE_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set FRISE_CRASH_SEED to replay)", seed);
        QRandomGenerator random(seed);

        constexpr int rounds = 60;
        QHash<QString, int> committed; // uid -> last reported version
        int killedAfterCommit = 0;
        QElapsedTimer timer;
        timer.start();
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.setProgram(QStringLiteral(FRISE_CRASHWRITER));
            writer.setArguments({file});
            writer.start();
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Most rounds time the kill from the end of the open, so that it
            // lands among the edits; the others from the start of the process.
            QByteArray output;
            if (round % 4 != 0) {
                while (!output.contains("opened\n") && writer.waitForReadyRead(10000))
                    output += writer.readAllStandardOutput();
                QVERIFY2(output.contains("opened\n"), writer.readAllStandardError().constData());
            }
            const int delay = 5 + int(random.bounded(76));
            QThread::msleep(delay);
            const bool stillRunning = writer.state() == QProcess::Running && !writer.waitForFinished(0);
            if (stillRunning)
                QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            QVERIFY2(stillRunning && writer.exitStatus() == QProcess::CrashExit,
                qPrintable(QStringLiteral("round %1: the writer stopped by itself (exit %2): %3")
                        .arg(round)
                        .arg(writer.exitCode())
                        .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));

            // Only whole lines were reported: a line cut by the kill was not flushed.
            int reportedThisRound = 0;
            for (const QByteArray &line : output.split('\n')) {
                const QList<QByteArray> words = line.split(' ');
                if (words.value(0) == "committed" && words.size() == 2) {
                    committed.insert(QString::fromLatin1(words.at(1)), 1);
                    ++reportedThisRound;
                } else if (words.value(0) == "updated" && words.size() == 3) {
                    committed.insert(QString::fromLatin1(words.at(1)), words.at(2).toInt());
                    ++reportedThisRound;
                }
            }
            if (reportedThisRound)
                ++killedAfterCommit;

            QString message;
            auto db = openDatabase(file, &message, {});
            QVERIFY2(db, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(message)));
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
                const QVariant version
                    = scalar(*db, QStringLiteral("SELECT version FROM event WHERE uid = ?"), {it.key()});
                QVERIFY2(
                    version.isValid(), qPrintable(QStringLiteral("round %1: %2 was lost").arg(round).arg(it.key())));
                QVERIFY2(version.toInt() >= it.value(),
                    qPrintable(
                        QStringLiteral("round %1: update %2 of %3 was lost").arg(round).arg(it.value()).arg(it.key())));
            }
            if (round % 10 == 9 || round == rounds - 1) {
                StorageError error;
                const CheckReport report = Maintenance(*db).check(&error);
                QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
                QCOMPARE(rowCount(*db, QStringLiteral("sqlite_schema WHERE name = 'event_window'")), 1);
            }
        }
        qInfo("%d kills, %d after at least one commit, %lld edits reported, %lld ms", rounds, killedAfterCommit,
            qint64(committed.size()), timer.elapsed());
        // The kills must have landed while edits were being made, not only during startup.
        QVERIFY2(killedAfterCommit >= rounds / 4, qPrintable(QString::number(killedAfterCommit)));
    }

    void killedImportIsAllOrNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("import.frise"));
        {
            QString message;
            auto db = openDatabase(file, &message);
            QVERIFY2(db, qPrintable(message));
        }
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("random seed %u", seed);
        QRandomGenerator random(seed);
        constexpr int batchSize = 300; // crashwriter's importBatchSize
        constexpr int rounds = 12;
        QStringList reported;
        for (int round = 0; round < rounds; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(FRISE_CRASHWRITER), {file, QStringLiteral("import")});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            QByteArray output;
            while (!output.contains("opened\n") && writer.waitForReadyRead(10000))
                output += writer.readAllStandardOutput();
            QVERIFY2(output.contains("opened\n"), writer.readAllStandardError().constData());
            // A batch takes about 100 ms, so the kills are spread wider here;
            // every third round also waits for a first batch, so that some
            // kills land after a reported commit whatever the machine's speed.
            if (round % 3 == 2) {
                while (!output.contains("imported ") && writer.waitForReadyRead(10000))
                    output += writer.readAllStandardOutput();
            }
            QThread::msleep(5 + random.bounded(250));
            QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
            QVERIFY(writer.waitForFinished(10000));
            output += writer.readAllStandardOutput();
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("imported "))
                    reported.append(QString::fromLatin1(line.mid(9)));
            }

            QString message;
            auto db = openDatabase(file, &message, {});
            QVERIFY2(db, qPrintable(message));
            QCOMPARE(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            // Every batch in the file is whole; every reported batch is there.
            QSqlQuery query(db->connection());
            QHash<QString, int> batches;
            QVERIFY(query.exec(QStringLiteral("SELECT uid FROM event")));
            while (query.next()) {
                const QString uid = query.value(0).toString();
                batches[uid.left(uid.lastIndexOf(u'-'))] += 1;
            }
            for (auto it = batches.cbegin(); it != batches.cend(); ++it)
                QVERIFY2(
                    it.value() == batchSize, qPrintable(QStringLiteral("%1: %2 events").arg(it.key()).arg(it.value())));
            for (const QString &batch : std::as_const(reported))
                QVERIFY2(batches.contains(batch), qPrintable(batch + QStringLiteral(" was lost")));
        }
        qInfo("%lld batches of %d reported", qint64(reported.size()), batchSize);
        QVERIFY(reported.size() >= rounds / 3);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
