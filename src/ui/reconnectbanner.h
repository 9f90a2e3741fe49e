// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QTimer;

namespace Frise::Ui {

class DatabaseSession;
class MessageBar;

/**
 * Keeps the window's message bar telling the truth while the database
 * server is away: that nothing can be saved (and that the last change was
 * not, when an edit found the loss), when the next attempt to reconnect is
 * due, with a "Retry Now" button; then, briefly, that the connection is back
 * and the view was refreshed.
 *
 * Another message shown meanwhile (an export that failed) is left in place
 * until it is closed; then the banner comes back.
 */
class ReconnectBanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconnectBanner)

public:
    ReconnectBanner(DatabaseSession *session, MessageBar *bar, QObject *parent = nullptr);
    ~ReconnectBanner() override;

    /// "Retry Now": an attempt at once instead of waiting.
    QAction *retryAction() const { return m_retry; }
    /// Re-reads the texts in the current UI language.
    void retranslate();

private:
    void refresh();

    DatabaseSession *m_session = nullptr;
    MessageBar *m_bar = nullptr;
    QAction *m_retry = nullptr;
    /// Counts the seconds down to the next attempt.
    QTimer *m_tick = nullptr;
    QString m_shown;
};

} // namespace Frise::Ui
