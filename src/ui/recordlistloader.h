// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordlists.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QTimer;

namespace Frise::Ui {

/**
 * Reads the RecordLists of a database in a worker thread over its own
 * read-only connection, so that a window opening a big database paints at
 * once and stays responsive while 100k actors and 200k claims are read.
 *
 * progress() comes a few times a second; finished() or failed() in the
 * caller's thread. A newer start() or cancel() abandons the running read:
 * its result is never delivered.
 */
class RecordListLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordListLoader)

public:
    explicit RecordListLoader(QObject *parent = nullptr);
    ~RecordListLoader() override;

    /// Reads from @p location, a file path or server URL as given to Storage::Database::open().
    void start(const QString &location);
    /// Abandons the running read, if any.
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

Q_SIGNALS:
    /// @p done of @p total lists read.
    void progress(int done, int total);
    void finished(const Frise::Ui::RecordLists &lists);
    void failed(const QString &message);

private:
    struct State;
    struct Result
    {
        RecordLists lists;
        QString message; ///< empty on success
    };
    void onFinished();

    std::shared_ptr<State> m_state;
    QFutureWatcher<Result> *m_watcher = nullptr;
    QTimer *m_progressTimer = nullptr;
};

} // namespace Frise::Ui
