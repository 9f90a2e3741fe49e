// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

namespace {

/// Runs crashwriter with @p args to its end (its own kill, or --stop-after); its output in @p output.
bool runWriter(const QStringList &args, QByteArray *output, QProcess::ExitStatus *status, QString *problem)
{
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(FRISE_CRASHWRITER), args);
    if (!writer.waitForStarted(60000)) {
        *problem = writer.errorString();
        return false;
    }
    // Generous: under a sanitizer on a busy machine a run may take long; it always ends by itself.
    if (!writer.waitForFinished(300000)) {
        writer.kill();
        writer.waitForFinished();
        *problem = QStringLiteral("crashwriter %1 did not end").arg(args.join(u' '));
        return false;
    }
    *output = writer.readAllStandardOutput();
    *status = writer.exitStatus();
    return true;
}

/**
 * How many file operations crashwriter makes (CrashVfs) for @p reports
 * edits (or batches with "import") on a copy of @p file, the open included.
 * 0 on failure.
 */
qint64 calibrate(const QString &file, const QStringList &mode, int reports, QString *problem)
{
    const QString copy = file + QStringLiteral(".calibration");
    QFile::remove(copy);
    if (!QFile::copy(file, copy)) {
        *problem = QStringLiteral("cannot copy %1").arg(file);
        return 0;
    }
    QByteArray output;
    QProcess::ExitStatus status = QProcess::NormalExit;
    const bool ran
        = runWriter(QStringList {copy} + mode + QStringList {QStringLiteral("--stop-after"), QString::number(reports)},
            &output, &status, problem);
    for (const QString &leftover : QStringList {copy, copy + QStringLiteral("-wal"), copy + QStringLiteral("-shm")})
        QFile::remove(leftover);
    if (!ran)
        return 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("operations "))
            return line.mid(11).toLongLong();
    }
    *problem = QStringLiteral("no operation count: %1").arg(QString::fromUtf8(output));
    return 0;
}

/// The kill point of @p round of @p rounds: in the round's own slice of [1, operations], at a random place in it.
qint64 killPoint(int round, int rounds, qint64 operations, QRandomGenerator &random)
{
    const qint64 slice = std::max<qint64>(1, operations / rounds);
    return 1 + qint64(round) * operations / rounds + qint64(random.bounded(quint64(slice)));
}

} // namespace

/**
 * A writer process killed at chosen moments loses nothing it reported as
 * committed. The moments are steps of SQLite's file work (CrashVfs: the
 * writer kills itself with SIGKILL just before its N-th write, truncate,
 * sync or delete), spread evenly over what a number of edits takes here:
 * the kills land during the open, inside transactions and between them,
 * whatever the machine's speed, and a seed replays a run exactly.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static quint32 seed()
    {
        const quint32 seed = qEnvironmentVariableIsSet("FRISE_CRASH_SEED")
            ? quint32(qEnvironmentVariableIntValue("FRISE_CRASH_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("random seed %u (set FRISE_CRASH_SEED to replay)", seed);
        return seed;
    }

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
        QRandomGenerator random(seed());

        constexpr int rounds = 60;
        constexpr int editsCovered = 40;
        QString problem;
        const qint64 operations = calibrate(file, {}, editsCovered, &problem);
        QVERIFY2(operations > rounds, qPrintable(QStringLiteral("%1 operations; %2").arg(operations).arg(problem)));
        qInfo("%d edits take %lld file operations", editsCovered, operations);

        QHash<QString, int> committed; // uid -> last reported version
        int killedAfterCommit = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 killAt = killPoint(round, rounds, operations, random);
            QByteArray output;
            QProcess::ExitStatus status = QProcess::NormalExit;
            QVERIFY2(
                runWriter({file, QStringLiteral("--kill-at"), QString::number(killAt)}, &output, &status, &problem),
                qPrintable(problem));
            QVERIFY2(status == QProcess::CrashExit,
                qPrintable(QStringLiteral("round %1: the writer stopped by itself: %2")
                        .arg(round)
                        .arg(QString::fromUtf8(output.right(300)))));

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
                QVERIFY2(version.isValid(),
                    qPrintable(
                        QStringLiteral("round %1 (kill at %2): %3 was lost").arg(round).arg(killAt).arg(it.key())));
                QVERIFY2(version.toInt() >= it.value(),
                    qPrintable(QStringLiteral("round %1 (kill at %2): update %3 of %4 was lost")
                            .arg(round)
                            .arg(killAt)
                            .arg(it.value())
                            .arg(it.key())));
            }
            if (round % 10 == 9 || round == rounds - 1) {
                StorageError error;
                const CheckReport report = Maintenance(*db).check(&error);
                QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
                QCOMPARE(rowCount(*db, QStringLiteral("sqlite_schema WHERE name = 'event_window'")), 1);
            }
        }
        qInfo("%d kills, %d after at least one commit, %lld edits reported", rounds, killedAfterCommit,
            qint64(committed.size()));
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
        QRandomGenerator random(seed());
        constexpr int batchSize = 300; // crashwriter's importBatchSize
        constexpr int rounds = 12;
        constexpr int batchesCovered = 3;
        QString problem;
        const qint64 operations = calibrate(file, {QStringLiteral("import")}, batchesCovered, &problem);
        QVERIFY2(operations > rounds, qPrintable(QStringLiteral("%1 operations; %2").arg(operations).arg(problem)));
        qInfo("%d batches take %lld file operations", batchesCovered, operations);

        QStringList reported;
        for (int round = 0; round < rounds; ++round) {
            const qint64 killAt = killPoint(round, rounds, operations, random);
            QByteArray output;
            QProcess::ExitStatus status = QProcess::NormalExit;
            QVERIFY2(runWriter({file, QStringLiteral("import"), QStringLiteral("--kill-at"), QString::number(killAt)},
                         &output, &status, &problem),
                qPrintable(problem));
            QVERIFY2(status == QProcess::CrashExit,
                qPrintable(QStringLiteral("round %1: the writer stopped by itself").arg(round)));
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
                QVERIFY2(it.value() == batchSize,
                    qPrintable(QStringLiteral("kill at %1: %2: %3 events").arg(killAt).arg(it.key()).arg(it.value())));
            for (const QString &batch : std::as_const(reported))
                QVERIFY2(batches.contains(batch), qPrintable(batch + QStringLiteral(" was lost")));
        }
        qInfo("%lld batches of %d reported", qint64(reported.size()), batchSize);
        QVERIFY(reported.size() >= rounds / 3);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
