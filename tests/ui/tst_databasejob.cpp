// SPDX-License-Identifier: GPL-3.0-or-later
// Long work on a worker thread over its own connection: results come back
// to the caller's thread, failures say why, and a cancelled job is silent
// and sees its cancel flag before doing what cannot be undone.
#include "backgroundwork.h"
#include "storage/database.h"
#include "ui/databasejob.h"
#include "ui/databasesession.h"
#include "ui/exportdatadialog.h"
#include "uitestdata.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Frise;

class TestDatabaseJob : public QObject
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
        m_path = m_dir.filePath(QStringLiteral("job.frise"));
        QVERIFY(UiTestData::fill(m_path).drop);
    }

    void result_data()
    {
        QTest::addColumn<QString>("returned");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("done") << QString() << true;
        QTest::newRow("failed") << QStringLiteral("the disk is full") << false;
    }

    void result()
    {
        QFETCH(QString, returned);
        QFETCH(bool, succeeds);
        Ui::DatabaseJob job;
        QSignalSpy succeeded(&job, &Ui::DatabaseJob::succeeded);
        QSignalSpy failed(&job, &Ui::DatabaseJob::failed);
        std::atomic<Qt::HANDLE> workerThread {nullptr};
        std::atomic<bool> readOnly {false};
        job.start(m_path, [&, returned](Storage::Database &db, const std::atomic<bool> &) {
            workerThread = QThread::currentThreadId();
            readOnly = db.isReadOnly();
            return returned;
        });
        QVERIFY(job.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(succeeded.count() + failed.count(), 1, 30000);
        QVERIFY(!job.isRunning());
        QCOMPARE(succeeded.count(), succeeds ? 1 : 0);
        if (!succeeds)
            QCOMPARE(failed.at(0).at(0).toString(), returned);
        QVERIFY(workerThread.load() != QThread::currentThreadId());
        QVERIFY(readOnly.load());
    }

    void unopenableDatabaseFails()
    {
        Ui::DatabaseJob job;
        QSignalSpy failed(&job, &Ui::DatabaseJob::failed);
        bool ran = false;
        job.start(
            m_dir.filePath(QStringLiteral("missing/none.frise")), [&](Storage::Database &, const std::atomic<bool> &) {
                ran = true;
                return QString();
            });
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QVERIFY(!ran);
    }

    void cancelledJobIsSilentAndSeesTheFlag()
    {
        QSemaphore started;
        QSemaphore release;
        QSemaphore ended;
        std::atomic<bool> sawCancel {false};
        {
            Ui::DatabaseJob job;
            QSignalSpy succeeded(&job, &Ui::DatabaseJob::succeeded);
            QSignalSpy failed(&job, &Ui::DatabaseJob::failed);
            job.start(m_path, [&](Storage::Database &, const std::atomic<bool> &cancel) {
                started.release();
                release.acquire();
                sawCancel = cancel.load();
                ended.release();
                return QString();
            });
            QVERIFY(started.tryAcquire(1, 60000));
            job.cancel();
            QVERIFY(!job.isRunning());
            release.release();
            QVERIFY(ended.tryAcquire(1, 60000));
            QVERIFY(UiTestData::settleBackgroundWork());
            QCOMPARE(succeeded.count(), 0);
            QCOMPARE(failed.count(), 0);
        }
        QVERIFY(sawCancel.load());
    }

    void exportDialogWritesInTheBackground()
    {
        Ui::DatabaseSession session;
        QString message;
        QVERIFY2(session.open(m_path, false, &message), qPrintable(message));
        Ui::ExportDataDialog dialog(&session);
        const QString out = m_dir.filePath(QStringLiteral("background.json"));
        dialog.setFormat(Io::Format::Backup);
        dialog.setOutputPath(out);
        dialog.accept();
        QVERIFY(dialog.isExporting());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(!dialog.isExporting());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject backup = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(backup.value(QStringLiteral("format")).toString(), QStringLiteral("frise-backup"));
    }

    void exportDialogCancelStopsTheExport()
    {
        // That a cancelled worker writes nothing is checked above (the flag) and in tst_importer (the file);
        // here: Cancel during an export abandons it, and the dialog never reports it as done.
        Ui::DatabaseSession session;
        QString message;
        QVERIFY2(session.open(m_path, false, &message), qPrintable(message));
        Ui::ExportDataDialog dialog(&session);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.setFormat(Io::Format::Backup);
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("cancelled.json")));
        dialog.accept();
        QVERIFY(dialog.isExporting());
        dialog.reject();
        QVERIFY(!dialog.isExporting());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(UiTestData::settleBackgroundWork()); // the abandoned export has ended and said all it could
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestDatabaseJob)
#include "tst_databasejob.moc"
