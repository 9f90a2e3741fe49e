// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/dispute.h"
#include "core/tag.h"
#include "storage/storageerror.h"
#include "timeline/timelinedata.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace Frise::Storage {
class Database;
}

namespace Frise::Ui {

/// The records timeline lanes are made of (implicitly shared lists: cheap to copy to a thread).
struct TimelineLanes
{
    QList<Dispute> disputes;
    QList<Actor> actors;
    QList<Tag> tags;

    /// Reads the lanes' records from @p db (for a window whose record lists are still loading).
    static TimelineLanes read(Storage::Database &db, Storage::StorageError *error);
};

/**
 * Builds the timeline's TimelineData from storage's compact event stream
 * (Storage::TimelineRows), never from Event records: about 60 bytes an
 * event, so a million events fit in ~100 MB and load in about a second.
 *
 * start() reads in a worker thread over its own read-only connection to the
 * database (a Database belongs to the thread that opened it), reports
 * progress() a few times a second and delivers finished() in the caller's
 * thread. A newer start() or cancel() abandons the running load: its result
 * is never delivered.
 */
class TimelineLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineLoader)

public:
    explicit TimelineLoader(QObject *parent = nullptr);
    ~TimelineLoader() override;

    /**
     * Loads in the background from @p location (a file path or server URL,
     * as given to Storage::Database::open()); @p expectedEvents sizes the
     * arrays and the progress. Without @p lanes the worker reads them too.
     */
    void start(const QString &location, const std::optional<TimelineLanes> &lanes, qint64 expectedEvents);
    /// Abandons the running load, if any.
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

    /**
     * Builds the data now, on the calling thread's @p db. Returns null when
     * cancelled (@p cancel set) or on error (@p error set). @p done counts
     * the events read so far.
     */
    static std::shared_ptr<const Timeline::TimelineData> build(Storage::Database &db, const TimelineLanes &lanes,
        qint64 expectedEvents, Storage::StorageError *error, const std::atomic<bool> *cancel = nullptr,
        std::atomic<qint64> *done = nullptr);

Q_SIGNALS:
    /// @p done of about @p total events read.
    void progress(qint64 done, qint64 total);
    void finished(std::shared_ptr<const Frise::Timeline::TimelineData> data);
    void failed(const QString &message);

private:
    struct State;
    struct Result
    {
        std::shared_ptr<const Timeline::TimelineData> data;
        QString message;
    };
    void onFinished();

    std::shared_ptr<State> m_state;
    QFutureWatcher<Result> *m_watcher = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace Frise::Ui
