// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnectbanner.h"

#include "databasesession.h"
#include "messagebar.h"
#include "serverreconnector.h"
#include "sessionmessages.h"

#include <QAction>
#include <QStringList>
#include <QTimer>

#include <algorithm>

namespace Frise::Ui {

ReconnectBanner::ReconnectBanner(DatabaseSession *session, MessageBar *bar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_bar(bar)
    , m_retry(new QAction(this))
    , m_tick(new QTimer(this))
{
    m_retry->setObjectName(QStringLiteral("actionRetryConnection"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &ReconnectBanner::refresh);
    connect(m_retry, &QAction::triggered, this, [this] { m_session->reconnector()->retryNow(); });
    connect(m_session, &DatabaseSession::connectionLost, this, [this] {
        m_shown.clear();
        m_bar->hide(); // the loss takes the bar over, whatever it said before
        m_tick->start();
        refresh();
    });
    ServerReconnector *reconnector = m_session->reconnector();
    connect(reconnector, &ServerReconnector::attemptStarted, this, &ReconnectBanner::refresh);
    connect(reconnector, &ServerReconnector::attemptScheduled, this, &ReconnectBanner::refresh);
    connect(m_session, &DatabaseSession::reset, this, [this] {
        // Another database opened, or this one closed, while the server was away: the banner has nothing to say.
        if (!m_session->isConnectionLost() && !m_shown.isEmpty() && m_bar->text() == m_shown)
            m_bar->hide();
        m_shown.clear();
    });
    connect(m_session, &DatabaseSession::reconnected, this, [this] {
        m_tick->stop();
        m_shown.clear();
        m_bar->showMessage(SessionMessages::reconnected(!m_session->isReadOnly()), MessageBar::Kind::Information);
    });
    retranslate();
}

ReconnectBanner::~ReconnectBanner() = default;

void ReconnectBanner::retranslate()
{
    m_retry->setText(tr("Retry &Now"));
    m_retry->setToolTip(tr("Try to reach the database server now instead of waiting"));
    refresh();
}

void ReconnectBanner::refresh()
{
    if (!m_session->isConnectionLost()) {
        m_tick->stop();
        return;
    }
    // Leave another message (and the refusals of edits, which say what the banner says) until it is closed.
    if (!m_bar->isHidden() && m_bar->text() != m_shown && m_bar->text() != m_session->readOnlyReason())
        return;
    const ServerReconnector *reconnector = m_session->reconnector();
    QStringList parts;
    if (m_session->lostDuringEdit())
        parts << SessionMessages::editNotSaved();
    parts << m_session->readOnlyReason();
    const int ms = reconnector->msUntilNextAttempt();
    if (ms >= 0)
        parts << SessionMessages::nextAttemptIn(std::max(1, (ms + 999) / 1000));
    else
        parts << SessionMessages::reconnecting();
    m_retry->setEnabled(ms >= 0);
    m_shown = parts.join(QLatin1Char(' '));
    m_bar->showMessage(m_shown, MessageBar::Kind::Error, m_retry);
}

} // namespace Frise::Ui
