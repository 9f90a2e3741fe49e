// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlistloader.h"

#include "databasesession.h"
#include "storage/database.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

struct RecordListLoader::State
{
    std::atomic<bool> cancel {false};
    std::atomic<int> done {0};
};

RecordListLoader::RecordListLoader(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
{
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_state)
            Q_EMIT progress(m_state->done.load(), RecordLists::listCount);
    });
}

RecordListLoader::~RecordListLoader()
{
    cancel();
}

void RecordListLoader::cancel()
{
    if (m_state)
        m_state->cancel = true;
    m_state.reset();
    if (m_watcher) {
        // The worker owns its connection and its lists: let it stop on its own.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_progressTimer->stop();
}

void RecordListLoader::start(const QString &location)
{
    cancel();
    auto state = std::make_shared<State>();
    m_state = state;
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &RecordListLoader::onFinished);
    m_watcher->setFuture(QtConcurrent::run([location, state]() -> Result {
        Storage::Database::OpenOptions options;
        options.readOnly = true;
        Storage::StorageError error;
        std::unique_ptr<Storage::Database> db = Storage::Database::open(location, options, &error);
        if (!db)
            return {{}, DatabaseSession::userMessage(error)};
        Result result;
        if (!RecordLists::read(*db, &result.lists, &error, &state->cancel, &state->done) && error)
            result.message = DatabaseSession::userMessage(error);
        return result;
    }));
    m_progressTimer->start();
    Q_EMIT progress(0, RecordLists::listCount);
}

void RecordListLoader::onFinished()
{
    const Result result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    const bool cancelled = !m_state || m_state->cancel;
    m_state.reset();
    m_progressTimer->stop();
    if (cancelled)
        return;
    if (result.message.isEmpty())
        Q_EMIT finished(result.lists);
    else
        Q_EMIT failed(result.message);
}

} // namespace Frise::Ui
