// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

class QThreadPool;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace Frise::Storage {
class Database;
struct StorageError;
} // namespace Frise::Storage

namespace Frise::Ui {

/**
 * The base of the objects that run one long piece of work on a database off
 * the UI thread (RecordListLoader, TimelineLoader, DatabaseJob,
 * BackgroundBackup): progress, cancel, a read-only connection of its own,
 * and the result delivered in the object's thread.
 *
 * run() opens a read-only connection to the database in the worker thread
 * (a Database belongs to the thread that opened it, and the window's own
 * stays free for edits) and calls the work with it and the run's Run, which
 * carries the cancel flag and the progress counter. The work's result comes
 * back through the callback given to run(), called in the thread this
 * object lives in (the UI thread), never in the worker's. A failure (the
 * database does not open, or the work calls Run::fail()) comes as failed()
 * instead, in words for the user.
 *
 * A newer run(), cancel() or the object's end abandons the running work:
 * its flag is set, the work stops at its next check and the worker ends on
 * its own, with its own connection, and neither its result nor failed()
 * ever arrives. cancelAndWait() also waits until the worker is done (a
 * backup must remove its partial file before the database closes).
 *
 * Why a base class with a member template, not a class template: the users
 * are QObjects with typed signals, and moc does not handle class templates;
 * as a base, the mechanics (flag, watcher connected before the future,
 * dropped results, progress timer) and cancel(), isRunning() and failed()
 * are written once and inherited. Only run() needs the result type: it
 * keeps the result in a slot shared with the worker and hands it to the
 * callback, so the rest is plain code in the .cpp.
 */
class DatabaseWorker : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseWorker)

public:
    /// What the work of one run shares with the object that started it. Thread-safe where the work needs it.
    class Run final
    {
    public:
        explicit Run(qint64 total)
            : m_total(total)
        { }
        Q_DISABLE_COPY_MOVE(Run)

        /// Set when the run is abandoned: the work stops at its next safe point, before committing anything.
        const std::atomic<bool> &cancelFlag() const { return m_cancel; }
        bool isCancelled() const { return m_cancel.load(); }
        /// How much is done, of total(): the work counts, progress is reported from it.
        std::atomic<qint64> &done() { return m_done; }
        qint64 total() const { return m_total; }
        /// Ends the run as a failure: failed(@p message) comes instead of the result. Called by the work only.
        void fail(const QString &message);
        /// The same in the words SessionMessages::userMessage() has for @p error.
        void fail(const Storage::StorageError &error);

    private:
        friend class DatabaseWorker;
        std::atomic<bool> m_cancel {false};
        std::atomic<qint64> m_done {0};
        const qint64 m_total;
        // Written by the work, read once its worker is done (the future's end orders them).
        bool m_failed = false;
        QString m_message;
    };

    /// Abandons the running work, if any; waits for it when it runs in a thread of its own (useOwnThread()).
    ~DatabaseWorker() override;

    /// Abandons the running work, if any: nothing more comes for it, and its worker ends on its own.
    void cancel();
    /// Abandons the running work, if any, and returns once its worker has ended.
    void cancelAndWait();
    bool isRunning() const { return m_run != nullptr; }

Q_SIGNALS:
    /// The work failed; @p message says why, for the user. Never comes for abandoned work.
    void failed(const QString &message);

protected:
    explicit DatabaseWorker(QObject *parent = nullptr);

    /// Calls reportProgress() every @p ms while work runs, and once as it starts; 0 (the default): never.
    void setProgressInterval(int ms);
    /// How far the running work is (Run::done() of Run::total()); called in this object's thread.
    virtual void reportProgress(qint64 done, qint64 total);
    /// Runs the work in a thread of its own rather than the shared pool, whose few threads long work must not hold.
    void useOwnThread();
    /// Opens the worker's connection for writing (an attach), not read-only; its writes are its own transactions.
    void useWritableConnection() { m_writable = true; }

    /**
     * Abandons the running work, then runs @p work, a callable
     * `Result(Storage::Database &db, Run &run)` (Result may be void), on a
     * worker over its own read-only connection to @p location (a file or
     * server URL, as for Storage::Database::open()). Unless it failed or was
     * abandoned, @p deliver gets the result (nothing for void) in this
     * object's thread. @p total is the progress total. The work must hold
     * copies, never this object: an abandoned worker may outlive it.
     */
    template<typename Work, typename Deliver>
    void run(const QString &location, qint64 total, Work work, Deliver deliver);

private:
    void start(const QString &location, qint64 total, std::function<void(Storage::Database &, Run &)> work,
        std::function<void()> deliver);
    void onFinished();
    /// Lets go of the running work, if any (its result can no longer arrive), without cancelling it.
    void forgetRun();

    std::shared_ptr<Run> m_run; ///< of the running work; null when none
    std::function<void()> m_deliver;
    QFutureWatcher<void> *m_watcher = nullptr;
    QTimer *m_progressTimer = nullptr; ///< null without progress
    QThreadPool *m_ownPool = nullptr; ///< null: the global pool
    bool m_writable = false;
};

template<typename Work, typename Deliver>
void DatabaseWorker::run(const QString &location, qint64 total, Work work, Deliver deliver)
{
    using Result = std::invoke_result_t<Work &, Storage::Database &, Run &>;
    if constexpr (std::is_void_v<Result>) {
        start(location, total, std::move(work), std::move(deliver));
    } else {
        // Filled in by the worker; read here once it is done.
        auto slot = std::make_shared<std::optional<Result>>();
        start(
            location, total,
            [slot, work = std::move(work)](Storage::Database &db, Run &run) mutable { slot->emplace(work(db, run)); },
            [slot, deliver = std::move(deliver)]() mutable {
                if (slot->has_value())
                    deliver(std::move(**slot));
            });
    }
}

} // namespace Frise::Ui
