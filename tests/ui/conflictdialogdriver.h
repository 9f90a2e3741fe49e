// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answers the modal conflict dialogs a test provokes, from the event loop.

#include "ui/conflictdialog.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace UiTestData {

/// Runs a handler on each ConflictDialog that opens while it lives (with its 0-based number).
class ConflictDialogDriver final : public QObject
{
public:
    using Handler = std::function<void(Frise::Ui::ConflictDialog *, int)>;

    explicit ConflictDialogDriver(Handler handle)
        : m_handle(std::move(handle))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<Frise::Ui::ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog == m_last)
                return;
            m_last = dialog;
            m_handle(dialog, m_seen++);
        });
        m_timer.start();
    }

    int seen() const { return m_seen; }

private:
    Handler m_handle;
    QTimer m_timer;
    QPointer<Frise::Ui::ConflictDialog> m_last;
    int m_seen = 0;
};

} // namespace UiTestData
