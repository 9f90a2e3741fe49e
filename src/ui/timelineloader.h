// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseworker.h"
#include "storage/storageerror.h"
#include "timeline/timelinedata.h"
#include "timeline/timelinelanes.h"

#include <QFuture>

#include <memory>
#include <optional>

class QTimer;

namespace Frise::Ui {

/**
 * Loads the timeline's TimelineData off the UI thread, built by
 * Timeline::TimelineBuilder from storage's compact event stream.
 *
 * start() reads in a worker thread over its own read-only connection to the
 * database (a Database belongs to the thread that opened it), reports
 * progress() a few times a second and delivers finished() or failed() in
 * the caller's thread. A newer start() or cancel() abandons the running
 * load: its result is never delivered.
 *
 * On SQLite, a timeline built this way is also written to a Timeline::TimelineCache
 * (on a worker, cacheDelayMs after delivery, or at once when the loader
 * goes or moves to another database), and the next start() on the same,
 * unchanged database reads it from there: a fraction of a second instead of
 * seconds at a million events.
 */
class TimelineLoader final : public DatabaseWorker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineLoader)

public:
    /// How long a built timeline waits before it is cached (a newer build replaces it).
    static constexpr int cacheDelayMs = 10000;

    explicit TimelineLoader(QObject *parent = nullptr);
    ~TimelineLoader() override;

    /**
     * Loads in the background from @p location (a file path or server URL,
     * as given to Storage::Database::open()); @p expectedEvents sizes the
     * arrays and the progress. Without @p lanes the worker reads them too.
     */
    void start(const QString &location, const std::optional<Timeline::TimelineLanes> &lanes, qint64 expectedEvents);
    /// Where timelines are cached (Timeline::TimelineCache::defaultFolder() unless set); empty: no cache.
    void setCacheFolder(const QString &folder) { m_cacheFolder = folder; }
    const QString &cacheFolder() const { return m_cacheFolder; }
    /// Caches the last built timeline now and waits until it is written (tests, benchmarks).
    void waitForCacheWrite();
    /// Whether the last timeline delivered by finished() came from the cache.
    bool lastCameFromCache() const { return m_lastCached; }

Q_SIGNALS:
    /// @p done of about @p total events read.
    void progress(qint64 done, qint64 total);
    void finished(std::shared_ptr<const Frise::Timeline::TimelineData> data);

protected:
    void reportProgress(qint64 done, qint64 total) override;

private:
    struct Built
    {
        std::shared_ptr<const Timeline::TimelineData> data;
        QByteArray revision; ///< what the data was built from; empty: not cacheable
        bool cached = false;
    };
    void onBuilt(const QString &location, const Built &built);
    void startCacheWrite();

    QTimer *m_cacheTimer = nullptr;
    QString m_cacheFolder;
    struct PendingWrite
    {
        QString location;
        QByteArray revision;
        std::shared_ptr<const Timeline::TimelineData> data;
    };
    PendingWrite m_pendingWrite; ///< built, not yet handed to the cache
    QFuture<void> m_cacheWrite;
    bool m_lastCached = false;
};

} // namespace Frise::Ui
