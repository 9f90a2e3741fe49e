// SPDX-License-Identifier: GPL-3.0-or-later
// The pacing of attempts to reach a lost server (ReconnectPolicy) and the
// reconnector that follows it. A database file stands for the server here:
// missing, it "does not answer"; created, it does. The real server stopped
// and started again is tests/ui/tst_reconnect.cpp.
#include "storage/database.h"
#include "ui/reconnectpolicy.h"
#include "ui/serverreconnector.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace std::chrono_literals;
using Ui::ReconnectPolicy;

class TestServerReconnector : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Creates a Frise database at @p path: the "server" answers from now on.
    static bool bringUp(const QString &path)
    {
        Storage::Database::OpenOptions options;
        options.create = true;
        Storage::StorageError error;
        return Storage::Database::open(path, options, &error) != nullptr;
    }

    QString missing(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void policyDelays_data()
    {
        QTest::addColumn<int>("firstMs");
        QTest::addColumn<int>("capMs");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("default: 1 s doubling to 30 s")
            << 1000 << 30000 << QList<int> {1000, 2000, 4000, 8000, 16000, 30000, 30000};
        QTest::newRow("cap reached exactly") << 100 << 400 << QList<int> {100, 200, 400, 400};
        QTest::newRow("cap below the first delay") << 500 << 100 << QList<int> {500, 500, 500};
        QTest::newRow("zero first delay still waits") << 0 << 4 << QList<int> {1, 2, 4, 4};
    }

    void policyDelays()
    {
        QFETCH(int, firstMs);
        QFETCH(int, capMs);
        QFETCH(QList<int>, expected);
        ReconnectPolicy policy {std::chrono::milliseconds(firstMs), std::chrono::milliseconds(capMs)};
        QList<int> delays;
        for (qsizetype i = 0; i < expected.size(); ++i)
            delays << int(policy.nextDelay().count());
        QCOMPARE(delays, expected);
        QCOMPARE(policy.attempts(), int(expected.size()));
        // A new loss starts again from the first delay.
        policy.reset();
        QCOMPARE(policy.attempts(), 0);
        QCOMPARE(int(policy.nextDelay().count()), expected.constFirst());
    }

    void defaultPolicyIsOneToThirtySeconds()
    {
        const ReconnectPolicy policy;
        QCOMPARE(qint64(policy.first().count()), qint64(1000));
        QCOMPARE(qint64(policy.cap().count()), qint64(30000));
        Ui::ServerReconnector reconnector;
        QCOMPARE(qint64(reconnector.policy().first().count()), qint64(1000));
        QCOMPARE(qint64(reconnector.policy().cap().count()), qint64(30000));
    }

    void retriesWithBackoffUntilAnswered()
    {
        const QString path = missing("backoff.frise");
        Ui::ServerReconnector reconnector;
        reconnector.setPolicy(ReconnectPolicy(30ms, 120ms));
        QSignalSpy scheduled(&reconnector, &Ui::ServerReconnector::attemptScheduled);
        QSignalSpy started(&reconnector, &Ui::ServerReconnector::attemptStarted);
        QSignalSpy answered(&reconnector, &Ui::ServerReconnector::serverAnswered);
        reconnector.start(path);
        QVERIFY(reconnector.isActive());
        QVERIFY(!reconnector.isAttempting());
        QCOMPARE(scheduled.size(), 1);
        QVERIFY(reconnector.msUntilNextAttempt() >= 0 && reconnector.msUntilNextAttempt() <= 30);
        QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 5, 20000);
        QVERIFY(answered.isEmpty());
        QVERIFY(started.size() >= 4);
        QVERIFY2(!reconnector.lastFailure().isEmpty(), "a failed attempt says why");
        QList<int> delays;
        for (qsizetype i = 0; i < 5; ++i)
            delays << scheduled.at(i).at(0).toInt();
        QCOMPARE(delays, (QList<int> {30, 60, 120, 120, 120}));

        QVERIFY(bringUp(path));
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
        QVERIFY(!reconnector.isActive());
        QCOMPARE(reconnector.msUntilNextAttempt(), -1);
        // Nothing more once answered.
        const qsizetype attempts = started.size();
        QTest::qWait(300);
        QCOMPARE(started.size(), attempts);
        QCOMPARE(answered.size(), 1);
    }

    void retryNowDoesNotWait()
    {
        const QString path = missing("now.frise");
        Ui::ServerReconnector reconnector;
        reconnector.setPolicy(ReconnectPolicy(60s, 60s));
        QSignalSpy started(&reconnector, &Ui::ServerReconnector::attemptStarted);
        QSignalSpy answered(&reconnector, &Ui::ServerReconnector::serverAnswered);
        reconnector.retryNow(); // not started: nothing to retry
        QCOMPARE(started.size(), 0);
        reconnector.start(path);
        QVERIFY(reconnector.msUntilNextAttempt() > 50000);
        QVERIFY(bringUp(path));
        reconnector.retryNow();
        QCOMPARE(started.size(), 1);
        QVERIFY(reconnector.isAttempting());
        QCOMPARE(reconnector.msUntilNextAttempt(), -1);
        reconnector.retryNow(); // one attempt at a time
        QCOMPARE(started.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
    }

    void failedReopenWaitsAgain()
    {
        const QString path = missing("reopen.frise");
        QVERIFY(bringUp(path));
        Ui::ServerReconnector reconnector;
        reconnector.setPolicy(ReconnectPolicy(10ms, 10s));
        QSignalSpy scheduled(&reconnector, &Ui::ServerReconnector::attemptScheduled);
        QSignalSpy answered(&reconnector, &Ui::ServerReconnector::serverAnswered);
        reconnector.start(path);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 1, 20000);
        // The owner's own open failed after all: back to waiting, with the next (doubled) delay.
        reconnector.attemptFailed(QStringLiteral("refused"));
        QVERIFY(reconnector.isActive());
        QCOMPARE(reconnector.lastFailure(), QStringLiteral("refused"));
        QCOMPARE(scheduled.size(), 2);
        QCOMPARE(scheduled.at(1).at(0).toInt(), 20);
        QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 20000);
    }

    void stopDropsTheAttemptUnderWay()
    {
        const QString path = missing("stop.frise");
        QVERIFY(bringUp(path));
        Ui::ServerReconnector reconnector;
        reconnector.setPolicy(ReconnectPolicy(60s, 60s));
        QSignalSpy answered(&reconnector, &Ui::ServerReconnector::serverAnswered);
        reconnector.start(path);
        reconnector.retryNow();
        reconnector.stop();
        QVERIFY(!reconnector.isActive());
        QVERIFY(!reconnector.isAttempting());
        QTest::qWait(500);
        QCOMPARE(answered.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerReconnector)
#include "tst_serverreconnector.moc"
