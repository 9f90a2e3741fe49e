// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineloader.h"

#include "databasesession.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/timelinerows.h"
#include "timeline/timelinebuilder.h"
#include "timelinecache.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

using Storage::StorageError;
using Timeline::TimelineData;
using Timeline::TimelineLanes;

struct TimelineLoader::State
{
    std::atomic<bool> cancel {false};
    std::atomic<qint64> done {0};
    qint64 total = 0;
};

TimelineLoader::TimelineLoader(QObject *parent)
    : QObject(parent)
    , m_progressTimer(new QTimer(this))
    , m_cacheTimer(new QTimer(this))
    , m_cacheFolder(TimelineCache::defaultFolder())
{
    m_cacheTimer->setSingleShot(true);
    m_cacheTimer->setInterval(cacheDelayMs);
    connect(m_cacheTimer, &QTimer::timeout, this, &TimelineLoader::startCacheWrite);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_state)
            Q_EMIT progress(m_state->done.load(), m_state->total);
    });
}

TimelineLoader::~TimelineLoader()
{
    cancel();
    startCacheWrite(); // the application waits for its pool's tasks before it exits
}

void TimelineLoader::cancel()
{
    if (m_state)
        m_state->cancel = true;
    m_state.reset();
    if (m_watcher) {
        // The worker owns its copies and its connection: let it stop on its own.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    m_progressTimer->stop();
}

QByteArray TimelineLoader::revisionKey(Storage::Database &db, StorageError *error)
{
    const QByteArray revision = Storage::TimelineRows(db).revision(error);
    if (revision.isEmpty())
        return {};
    return revision + ";build=" + QByteArray::number(buildVersion);
}

void TimelineLoader::start(
    const QString &location, const std::optional<TimelineLanes> &givenLanes, qint64 expectedEvents)
{
    cancel();
    if (m_pendingWrite.location != location)
        startCacheWrite(); // another database: the last one's timeline is cached now
    m_location = location;
    auto state = std::make_shared<State>();
    state->total = expectedEvents;
    m_state = state;
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &TimelineLoader::onFinished);
    const TimelineCache cache(m_cacheFolder);
    m_watcher->setFuture(QtConcurrent::run([location, givenLanes, state, expectedEvents, cache]() -> Result {
        Storage::Database::OpenOptions options;
        options.readOnly = true;
        StorageError error;
        std::unique_ptr<Storage::Database> db = Storage::Database::open(location, options, &error);
        if (!db)
            return {nullptr, DatabaseSession::userMessage(error), {}, false};
        Result result;
        StorageError revisionError; // the cache is a shortcut: without it, build
        if (cache.isEnabled())
            result.revision = revisionKey(*db, &revisionError);
        if (auto cached = cache.read(location, result.revision)) {
            state->done = cached->count();
            result.data = std::move(cached);
            result.cached = true;
            return result;
        }
        const TimelineLanes lanes = givenLanes ? *givenLanes : TimelineLanes::read(*db, &error);
        if (error)
            return {nullptr, DatabaseSession::userMessage(error), {}, false};
        result.data
            = Timeline::TimelineBuilder::build(*db, lanes, expectedEvents, &error, &state->cancel, &state->done);
        // A write landed while the rows were read: the data belongs to no key.
        if (!result.revision.isEmpty() && revisionKey(*db, &revisionError) != result.revision)
            result.revision.clear();
        if (error)
            result.message = DatabaseSession::userMessage(error);
        return result;
    }));
    m_progressTimer->start();
    Q_EMIT progress(0, expectedEvents);
}

void TimelineLoader::onFinished()
{
    const Result result = m_watcher->result();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    const bool cancelled = !m_state || m_state->cancel;
    m_state.reset();
    m_progressTimer->stop();
    if (cancelled)
        return;
    if (!result.data) {
        Q_EMIT failed(result.message);
        return;
    }
    m_lastCached = result.cached;
    if (!result.cached && !result.revision.isEmpty()) {
        // Written a little later: a run of edits rebuilds the timeline after
        // each one, and only the last build needs to reach the disk.
        m_pendingWrite = {m_location, result.revision, result.data};
        m_cacheTimer->start();
    }
    Q_EMIT finished(result.data);
}

void TimelineLoader::startCacheWrite()
{
    m_cacheTimer->stop();
    if (!m_pendingWrite.data)
        return;
    m_cacheWrite = QtConcurrent::run([cache = TimelineCache(m_cacheFolder), pending = std::move(m_pendingWrite)] {
        cache.write(pending.location, pending.revision, *pending.data);
    });
    m_pendingWrite = {};
}

void TimelineLoader::waitForCacheWrite()
{
    startCacheWrite();
    m_cacheWrite.waitForFinished();
}

} // namespace Frise::Ui
