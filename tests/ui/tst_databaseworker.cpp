// SPDX-License-Identifier: GPL-3.0-or-later
// The base of the background workers: the work runs on a worker thread over
// its own read-only connection, its result comes back in the caller's
// thread, a failure arrives as a message, and abandoned work is silent.
// Nothing here depends on how fast the machine is: every wait has a
// generous deadline, and "nothing arrived" is checked once the worker is
// known to be done and every event it posted has been delivered.
#include "storage/database.h"
#include "ui/databaseworker.h"
#include "ui/sessionmessages.h"
#include "uitestdata.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Frise;

namespace {

constexpr int timeoutMs = 30000;

/// run() and the settings made public, progress kept.
class Worker final : public Ui::DatabaseWorker
{
public:
    Worker()
        : DatabaseWorker(nullptr)
    { }
    using DatabaseWorker::run;
    using DatabaseWorker::setProgressInterval;
    using DatabaseWorker::useOwnThread;

    QList<QPair<qint64, qint64>> progress;

protected:
    void reportProgress(qint64 done, qint64 total) override { progress.append({done, total}); }
};

/// What a work saw of its thread and connection.
struct Seen
{
    Qt::HANDLE thread = nullptr;
    bool readOnly = false;
    int value = 0;
};

/// Once every worker of the shared pool is done, delivers what they posted: whatever was to arrive has.
void settle()
{
    QVERIFY(QThreadPool::globalInstance()->waitForDone(timeoutMs));
    QCoreApplication::sendPostedEvents();
}

} // namespace

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("worker.frise"));
        QVERIFY(UiTestData::fill(m_path).drop);
    }

    void resultArrivesInTheCallersThread()
    {
        Worker worker;
        QSignalSpy failed(&worker, &Ui::DatabaseWorker::failed);
        std::optional<Seen> seen;
        Qt::HANDLE deliveredIn = nullptr;
        worker.run(
            m_path, 0,
            [](Storage::Database &db, Ui::DatabaseWorker::Run &) {
                return Seen {QThread::currentThreadId(), db.isReadOnly(), 42};
            },
            [&](const Seen &result) {
                seen = result;
                deliveredIn = QThread::currentThreadId();
            });
        QVERIFY(worker.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(seen.has_value(), timeoutMs);
        QVERIFY(!worker.isRunning());
        QCOMPARE(seen->value, 42);
        QVERIFY(seen->readOnly);
        QVERIFY(seen->thread != QThread::currentThreadId());
        QCOMPARE(deliveredIn, QThread::currentThreadId());
        QCOMPARE(failed.count(), 0);
    }

    void voidWorkDelivers()
    {
        Worker worker;
        bool delivered = false;
        worker.run(m_path, 0, [](Storage::Database &, Ui::DatabaseWorker::Run &) {}, [&] { delivered = true; });
        QTRY_VERIFY_WITH_TIMEOUT(delivered, timeoutMs);
    }

    void failureMessageIsDelivered_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("expected");
        const Storage::StorageError diskFull {Storage::StorageError::Code::DiskFull, QStringLiteral("no space")};
        QTest::newRow("the work says why") << m_path << 0 << QStringLiteral("The export could not be written.");
        QTest::newRow("the work gives a storage error") << m_path << 1 << Ui::SessionMessages::userMessage(diskFull);

        const QString missing = m_dir.filePath(QStringLiteral("missing/none.frise"));
        Storage::Database::OpenOptions options;
        options.readOnly = true;
        Storage::StorageError openError;
        QVERIFY(!Storage::Database::open(missing, options, &openError));
        QTest::newRow("the database does not open") << missing << 2 << Ui::SessionMessages::userMessage(openError);
    }

    void failureMessageIsDelivered()
    {
        QFETCH(QString, location);
        QFETCH(int, how);
        QFETCH(QString, expected);
        Worker worker;
        QSignalSpy failed(&worker, &Ui::DatabaseWorker::failed);
        Qt::HANDLE failedIn = nullptr;
        connect(&worker, &Ui::DatabaseWorker::failed, this, [&] { failedIn = QThread::currentThreadId(); });
        std::atomic<bool> ran {false};
        bool delivered = false;
        worker.run(
            location, 0,
            [&ran, how](Storage::Database &, Ui::DatabaseWorker::Run &run) {
                ran = true;
                if (how == 0)
                    run.fail(QStringLiteral("The export could not be written."));
                else
                    run.fail(Storage::StorageError {Storage::StorageError::Code::DiskFull, QStringLiteral("no space")});
                return 1;
            },
            [&](int) { delivered = true; });
        QVERIFY(failed.wait(timeoutMs));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), expected);
        QCOMPARE(failedIn, QThread::currentThreadId());
        QCOMPARE(ran.load(), how != 2);
        QVERIFY(!worker.isRunning());
        settle();
        QVERIFY(!delivered);
    }

    void cancelDropsTheResult_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("cancel()") << QStringLiteral("cancel");
        QTest::newRow("a newer run") << QStringLiteral("newer");
        QTest::newRow("the worker goes") << QStringLiteral("destroy");
    }

    void cancelDropsTheResult()
    {
        QFETCH(QString, how);
        QSemaphore started;
        QSemaphore release;
        std::atomic<bool> sawCancel {false};
        QList<int> delivered;
        int failures = 0;
        auto worker = std::make_unique<Worker>();
        connect(worker.get(), &Ui::DatabaseWorker::failed, this, [&] { ++failures; });
        worker->run(
            m_path, 0,
            [&](Storage::Database &, Ui::DatabaseWorker::Run &run) {
                started.release();
                release.acquire();
                sawCancel = run.isCancelled();
                run.fail(QStringLiteral("never shown")); // a failure is dropped too
                return 1;
            },
            [&](int value) { delivered.append(value); });
        QVERIFY(started.tryAcquire(1, timeoutMs));
        if (how == QLatin1String("cancel")) {
            worker->cancel();
        } else if (how == QLatin1String("newer")) {
            worker->run(
                m_path, 0, [](Storage::Database &, Ui::DatabaseWorker::Run &) { return 2; },
                [&](int value) { delivered.append(value); });
        } else {
            worker.reset();
        }
        QVERIFY(!worker || worker->isRunning() == (how == QLatin1String("newer")));
        release.release();
        if (how == QLatin1String("newer"))
            QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty(), timeoutMs);
        settle();
        QVERIFY(sawCancel.load());
        QCOMPARE(delivered, how == QLatin1String("newer") ? QList<int> {2} : QList<int> {});
        QCOMPARE(failures, 0);
    }

    void cancelAndWaitReturnsOnceTheWorkerIsDone_data()
    {
        QTest::addColumn<bool>("ownThread");
        QTest::newRow("shared pool") << false;
        QTest::newRow("own thread") << true;
    }

    void cancelAndWaitReturnsOnceTheWorkerIsDone()
    {
        QFETCH(bool, ownThread);
        Worker worker;
        if (ownThread)
            worker.useOwnThread();
        QSignalSpy failed(&worker, &Ui::DatabaseWorker::failed);
        QSemaphore started;
        std::atomic<bool> ended {false};
        bool delivered = false;
        worker.run(
            m_path, 0,
            [&](Storage::Database &, Ui::DatabaseWorker::Run &run) {
                started.release();
                while (!run.isCancelled())
                    QThread::msleep(1);
                ended = true;
            },
            [&] { delivered = true; });
        QVERIFY(started.tryAcquire(1, timeoutMs));
        worker.cancelAndWait();
        QVERIFY(ended.load());
        QVERIFY(!worker.isRunning());
        settle();
        QVERIFY(!delivered);
        QCOMPARE(failed.count(), 0);
    }

    void progressIsReported()
    {
        Worker worker;
        worker.setProgressInterval(10);
        QSemaphore counted;
        QSemaphore release;
        bool delivered = false;
        worker.run(
            m_path, 7,
            [&](Storage::Database &, Ui::DatabaseWorker::Run &run) {
                run.done() = 3;
                counted.release();
                release.acquire();
                run.done() = 7;
            },
            [&] { delivered = true; });
        // At once, then from the work's counter.
        QCOMPARE(worker.progress.value(0), (QPair<qint64, qint64>(0, 7)));
        QVERIFY(counted.tryAcquire(1, timeoutMs));
        QTRY_VERIFY_WITH_TIMEOUT(worker.progress.contains(QPair<qint64, qint64>(3, 7)), timeoutMs);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(delivered, timeoutMs);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "tst_databaseworker.moc"
