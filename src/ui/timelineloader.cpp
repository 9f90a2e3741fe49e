// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineloader.h"

#include "storage/database.h"
#include "storage/repositories.h"
#include "timeline/timelinebuilder.h"
#include "timeline/timelinecache.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

using Storage::StorageError;
using Timeline::TimelineCache;
using Timeline::TimelineData;
using Timeline::TimelineLanes;

TimelineLoader::TimelineLoader(QObject *parent)
    : DatabaseWorker(parent)
    , m_cacheTimer(new QTimer(this))
    , m_cacheFolder(TimelineCache::defaultFolder())
{
    m_cacheTimer->setSingleShot(true);
    m_cacheTimer->setInterval(cacheDelayMs);
    connect(m_cacheTimer, &QTimer::timeout, this, &TimelineLoader::startCacheWrite);
    setProgressInterval(100);
}

TimelineLoader::~TimelineLoader()
{
    cancel();
    startCacheWrite(); // the application waits for its pool's tasks before it exits
}

void TimelineLoader::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(done, total);
}

void TimelineLoader::start(
    const QString &location, const std::optional<TimelineLanes> &givenLanes, qint64 expectedEvents)
{
    if (m_pendingWrite.location != location)
        startCacheWrite(); // another database: the last one's timeline is cached now
    const TimelineCache cache(m_cacheFolder);
    run(
        location, expectedEvents,
        [location, givenLanes, expectedEvents, cache](Storage::Database &db, Run &run) {
            Built built;
            StorageError revisionError; // the cache is a shortcut: without it, build
            if (cache.isEnabled())
                built.revision = TimelineCache::keyOf(db, &revisionError);
            if (auto cached = cache.read(location, built.revision)) {
                run.done() = cached->count();
                built.data = std::move(cached);
                built.cached = true;
                return built;
            }
            StorageError error;
            const TimelineLanes lanes = givenLanes ? *givenLanes : TimelineLanes::read(db, &error);
            if (error) {
                run.fail(error);
                return built;
            }
            built.data
                = Timeline::TimelineBuilder::build(db, lanes, expectedEvents, &error, &run.cancelFlag(), &run.done());
            // A write landed while the rows were read: the data belongs to no key.
            if (!built.revision.isEmpty() && TimelineCache::keyOf(db, &revisionError) != built.revision)
                built.revision.clear();
            if (!built.data)
                run.fail(error);
            return built;
        },
        [this, location](const Built &built) { onBuilt(location, built); });
}

void TimelineLoader::onBuilt(const QString &location, const Built &built)
{
    m_lastCached = built.cached;
    if (!built.cached && !built.revision.isEmpty()) {
        // Written a little later: a run of edits rebuilds the timeline after
        // each one, and only the last build needs to reach the disk.
        m_pendingWrite = {location, built.revision, built.data};
        m_cacheTimer->start();
    }
    Q_EMIT finished(built.data);
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
