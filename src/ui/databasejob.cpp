// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasejob.h"

#include "databasesession.h"
#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

DatabaseJob::DatabaseJob(QObject *parent)
    : QObject(parent)
{ }

DatabaseJob::~DatabaseJob()
{
    cancel();
}

void DatabaseJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    m_cancel.reset();
    if (m_watcher) {
        // The worker owns its connection and its copy of the work: it stops on its own.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}

void DatabaseJob::start(const QString &location, Work work)
{
    cancel();
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelFlag;
    m_watcher = new QFutureWatcher<QString>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &DatabaseJob::onFinished);
    m_watcher->setFuture(QtConcurrent::run([location, work = std::move(work), cancelFlag]() -> QString {
        Storage::Database::OpenOptions options;
        options.readOnly = true;
        Storage::StorageError error;
        std::unique_ptr<Storage::Database> db = Storage::Database::open(location, options, &error);
        if (!db)
            return DatabaseSession::userMessage(error);
        return work(*db, *cancelFlag);
    }));
}

void DatabaseJob::onFinished()
{
    const QString message = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    const bool cancelled = !m_cancel || *m_cancel;
    m_cancel.reset();
    if (cancelled)
        return;
    if (message.isEmpty())
        Q_EMIT succeeded();
    else
        Q_EMIT failed(message);
}

} // namespace Frise::Ui
