// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineloader.h"

#include "databasesession.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "storage/timelinerows.h"
#include "timelinecache.h"

#include <QHash>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

namespace Frise::Ui {

using Storage::StorageError;
using Timeline::LaneMode;
using Timeline::TimelineData;

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

TimelineLanes TimelineLanes::of(const QList<Dispute> &disputes, const QList<Actor> &actors, const QList<Tag> &tags)
{
    TimelineLanes lanes;
    for (const Dispute &d : disputes)
        lanes.rows.disputes.append({d.id, d.uid, d.title.fr, d.title.en, d.colour});
    for (const Actor &a : actors)
        lanes.rows.actors.append({a.id, a.uid, a.name.fr, a.name.en, QString()});
    for (const Tag &t : tags)
        lanes.rows.tags.append({t.id, t.name, t.label.fr, t.label.en, QString()});
    return lanes;
}

TimelineLanes TimelineLanes::read(Storage::Database &db, StorageError *error)
{
    return {Storage::TimelineRows(db).lanes(error)};
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
        result.data = build(*db, lanes, expectedEvents, &error, &state->cancel, &state->done);
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

std::shared_ptr<const TimelineData> TimelineLoader::build(Storage::Database &db, const TimelineLanes &lanes,
    qint64 expectedEvents, StorageError *error, const std::atomic<bool> *cancel, std::atomic<qint64> *done)
{
    auto data = std::make_shared<TimelineData>();
    // Lanes as TimelineData::fromDataset() makes them, so that both look alike.
    auto either = [](const QString &first, const QString &second) { return first.isEmpty() ? second : first; };
    QHash<RowId, int> disputeLane;
    QHash<RowId, int> actorLane;
    QHash<RowId, int> tagLane;
    for (const Storage::LaneRow &d : lanes.rows.disputes) {
        disputeLane.insert(d.id,
            data->addLane(LaneMode::Dispute,
                {Timeline::laneKey(d.id, d.key), either(d.labelFr, d.labelEn), either(d.labelEn, d.labelFr),
                    QColor::isValidColorName(d.colour) ? QColor::fromString(d.colour) : QColor()}));
    }
    actorLane.reserve(lanes.rows.actors.size());
    for (const Storage::LaneRow &a : lanes.rows.actors) {
        actorLane.insert(a.id,
            data->addLane(LaneMode::Actor,
                {Timeline::laneKey(a.id, a.key), either(a.labelFr, a.labelEn), either(a.labelEn, a.labelFr),
                    QColor()}));
    }
    for (const Storage::LaneRow &t : lanes.rows.tags) {
        // A tag without a label is named by its name, not by its other label.
        const QString fr = t.labelFr.isEmpty() ? t.key : t.labelFr;
        const QString en = t.labelEn.isEmpty() ? t.key : t.labelEn;
        tagLane.insert(t.id, data->addLane(LaneMode::Tag, {t.key, fr, en, QColor()}));
    }
    data->reserve(std::max<qint64>(expectedEvents, 0));

    std::vector<int> disputes;
    std::vector<int> actors;
    std::vector<int> tags;
    qint64 count = 0;
    const bool complete = Storage::TimelineRows(db).forEach(
        [&](const Storage::TimelineRow &row) {
            if ((++count & 4095) == 0) {
                if (done)
                    done->store(count, std::memory_order_relaxed);
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return false;
            }
            if (!row.start.isValid())
                return true;
            disputes.clear();
            actors.clear();
            tags.clear();
            for (RowId id : row.disputeIds)
                disputes.push_back(disputeLane.value(id, -1));
            for (RowId id : row.actorIds) {
                const int lane = actorLane.value(id, -1);
                if (std::find(actors.begin(), actors.end(), lane) == actors.end())
                    actors.push_back(lane);
            }
            for (RowId id : row.tagIds)
                tags.push_back(tagLane.value(id, -1));
            Timeline::TimelineEventRecord record = Timeline::TimelineEventRecord::fromDates(row.id, row.start, row.end);
            record.importance = row.importance;
            data->append(record, disputes, actors, tags);
            return true;
        },
        error);
    if (!complete)
        return nullptr;
    if (done)
        done->store(count);
    data->finish();
    data->addDisputeEras();
    return data;
}

} // namespace Frise::Ui
