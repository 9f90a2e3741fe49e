// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseworker.h"

#include "sessionmessages.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

void DatabaseWorker::Run::fail(const QString &message)
{
    m_failed = true;
    m_message = message;
}

void DatabaseWorker::Run::fail(const Storage::StorageError &error)
{
    fail(SessionMessages::userMessage(error));
}

DatabaseWorker::DatabaseWorker(QObject *parent)
    : QObject(parent)
{ }

DatabaseWorker::~DatabaseWorker()
{
    if (m_ownPool)
        cancelAndWait(); // its thread goes with this object
    else
        cancel();
}

void DatabaseWorker::setProgressInterval(int ms)
{
    if (ms <= 0) {
        delete m_progressTimer;
        m_progressTimer = nullptr;
        return;
    }
    if (!m_progressTimer) {
        m_progressTimer = new QTimer(this);
        connect(m_progressTimer, &QTimer::timeout, this, [this] {
            if (m_run)
                reportProgress(m_run->done().load(), m_run->total());
        });
    }
    m_progressTimer->setInterval(ms);
}

void DatabaseWorker::reportProgress(qint64, qint64)
{ }

void DatabaseWorker::useOwnThread()
{
    if (m_ownPool)
        return;
    m_ownPool = new QThreadPool(this);
    m_ownPool->setMaxThreadCount(1);
}

void DatabaseWorker::cancel()
{
    if (m_run)
        m_run->m_cancel = true;
    forgetRun();
}

void DatabaseWorker::forgetRun()
{
    m_run.reset();
    m_deliver = nullptr;
    if (m_watcher) {
        // The worker owns its connection and its copy of the work: a running one stops on its own.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_progressTimer)
        m_progressTimer->stop();
}

void DatabaseWorker::cancelAndWait()
{
    if (!m_watcher)
        return;
    QFuture<void> future = m_watcher->future();
    cancel();
    // A worker not started yet is run here, sees its flag and returns at once.
    future.waitForFinished();
}

void DatabaseWorker::start(const QString &location, qint64 total, std::function<void(Storage::Database &, Run &)> work,
    std::function<void()> deliver)
{
    Q_ASSERT(QThread::currentThread() == thread());
    cancel();
    auto run = std::make_shared<Run>(total);
    m_run = run;
    m_deliver = std::move(deliver);
    m_watcher = new QFutureWatcher<void>(this);
    // Connected before the future is set, or a worker that ends at once would be missed.
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DatabaseWorker::onFinished);
    QThreadPool *pool = m_ownPool ? m_ownPool : QThreadPool::globalInstance();
    m_watcher->setFuture(QtConcurrent::run(pool, [location, run, writable = m_writable, work = std::move(work)] {
        if (run->isCancelled())
            return; // abandoned before it started: nothing opened, nothing written
        Storage::Database::OpenOptions options;
        options.readOnly = !writable;
        Storage::StorageError error;
        const std::unique_ptr<Storage::Database> db = Storage::Database::open(location, options, &error);
        if (!db) {
            run->fail(error);
            return;
        }
        work(*db, *run);
    }));
    if (m_progressTimer) {
        m_progressTimer->start();
        reportProgress(0, total);
    }
}

void DatabaseWorker::onFinished()
{
    // Forgotten before anything is emitted: a slot may start the next run.
    const std::shared_ptr<Run> run = m_run;
    const std::function<void()> deliver = m_deliver;
    forgetRun();
    if (!run || run->isCancelled())
        return;
    if (run->m_failed)
        Q_EMIT failed(run->m_message);
    else if (deliver)
        deliver();
}

} // namespace Frise::Ui
