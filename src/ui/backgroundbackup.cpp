// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundbackup.h"

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

using Storage::StorageError;

BackgroundBackup::BackgroundBackup(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

BackgroundBackup::~BackgroundBackup()
{
    cancelAndWait();
}

void BackgroundBackup::start(const QString &path, const Storage::BackupPolicy &policy)
{
    cancelAndWait();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &BackgroundBackup::onFinished);
    m_watcher->setFuture(QtConcurrent::run(&m_pool, [path, policy, cancel]() -> Result {
        Result result;
        if (cancel->load())
            return result; // cancelled before it started: nothing was written
        Storage::Database::OpenOptions options;
        options.readOnly = true;
        std::unique_ptr<Storage::Database> db = Storage::Database::open(path, options, &result.error);
        if (db)
            Storage::Backups::rotate(
                *db, policy, &result.written, &result.error, QDateTime::currentDateTimeUtc(), cancel.get());
        return result;
    }));
}

void BackgroundBackup::cancelAndWait()
{
    if (!m_watcher)
        return;
    *m_cancel = true;
    m_watcher->disconnect(this);
    m_watcher->waitForFinished();
    delete m_watcher;
    m_watcher = nullptr;
    m_cancel.reset();
}

void BackgroundBackup::onFinished()
{
    const Result result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
    if (result.error)
        Q_EMIT failed(result.error);
    else
        Q_EMIT finished(result.written);
}

} // namespace Frise::Ui
