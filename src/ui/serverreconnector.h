// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconnectpolicy.h"

#include <QObject>
#include <QString>

class QTimer;

namespace Frise::Ui {

/**
 * Tries to reach a database server again after the connection was lost, as
 * ReconnectPolicy paces it, until it answers or stop() is called.
 *
 * Each attempt opens and closes a connection in a worker thread: a server
 * that does not answer costs that thread libpq's connect_timeout, never the
 * window. serverAnswered() then asks the owner to open its own connection
 * (in its thread); if that fails too, attemptFailed() resumes the waiting.
 * A result that arrives after stop() or a newer start() is dropped.
 */
class ServerReconnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerReconnector)

public:
    explicit ServerReconnector(QObject *parent = nullptr);
    ~ServerReconnector() override;

    /// Replaces the pacing (tests use short delays); takes effect at the next start().
    void setPolicy(const ReconnectPolicy &policy) { m_policy = policy; }
    const ReconnectPolicy &policy() const { return m_policy; }

    /// Starts trying to reach @p location (a URL as given to Storage::Database::open()), after the first delay.
    void start(const QString &location);
    /// Stops trying; an attempt under way is abandoned.
    void stop();
    /// Attempts at once instead of waiting; nothing when stopped or while an attempt is under way.
    void retryNow();
    /// The server answered but could not be used after all (@p reason): waits and tries again.
    void attemptFailed(const QString &reason);

    /// True between start() and stop() or serverAnswered().
    bool isActive() const { return m_active; }
    /// True while an attempt is under way.
    bool isAttempting() const { return m_attempting; }
    /// Milliseconds until the next attempt; -1 while attempting or inactive.
    int msUntilNextAttempt() const;
    /// Why the last attempt failed, in storage's words; empty before the first failure.
    QString lastFailure() const { return m_lastFailure; }

Q_SIGNALS:
    void attemptStarted();
    /// The next attempt is due in @p delayMs.
    void attemptScheduled(int delayMs);
    /// The server accepted a connection: the owner may open its own now.
    void serverAnswered();

private:
    void attempt();
    void schedule();

    ReconnectPolicy m_policy;
    QString m_location;
    QString m_lastFailure;
    QTimer *m_timer = nullptr;
    /// Tells a current attempt's result from an abandoned one's.
    int m_generation = 0;
    bool m_active = false;
    bool m_attempting = false;
};

} // namespace Frise::Ui
