// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverreconnector.h"

#include "storage/database.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Frise::Ui {

namespace {

// Runs in a worker thread: connects, checks the schema, disconnects (as ConnectDialog's test does).
Storage::StorageError probe(const QString &location)
{
    Storage::StorageError error;
    std::unique_ptr<Storage::Database> db = Storage::Database::open(location, {}, &error);
    return db ? Storage::StorageError {} : error;
}

} // namespace

ServerReconnector::ServerReconnector(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    // Precise: a coarse timer may round the delay up, and the banner counts it down.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ServerReconnector::attempt);
}

// An attempt still running finishes on its own within connect_timeout; its result goes nowhere.
ServerReconnector::~ServerReconnector() = default;

void ServerReconnector::start(const QString &location)
{
    stop();
    m_location = location;
    m_lastFailure.clear();
    m_policy.reset();
    m_active = true;
    schedule();
}

void ServerReconnector::stop()
{
    ++m_generation;
    m_timer->stop();
    m_active = false;
    m_attempting = false;
}

void ServerReconnector::retryNow()
{
    if (!m_active || m_attempting)
        return;
    m_timer->stop();
    attempt();
}

void ServerReconnector::attemptFailed(const QString &reason)
{
    m_lastFailure = reason;
    m_attempting = false;
    m_active = true;
    schedule();
}

int ServerReconnector::msUntilNextAttempt() const
{
    return m_active && !m_attempting && m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void ServerReconnector::schedule()
{
    const int delay = int(m_policy.nextDelay().count());
    m_timer->start(delay);
    Q_EMIT attemptScheduled(delay);
}

void ServerReconnector::attempt()
{
    m_attempting = true;
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Storage::StorageError>(this);
    connect(watcher, &QFutureWatcher<Storage::StorageError>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // stopped or restarted meanwhile
        const Storage::StorageError error = watcher->result();
        if (error) {
            attemptFailed(error.message);
            return;
        }
        m_attempting = false;
        m_active = false;
        Q_EMIT serverAnswered();
    });
    Q_EMIT attemptStarted();
    watcher->setFuture(QtConcurrent::run(probe, m_location));
}

} // namespace Frise::Ui
