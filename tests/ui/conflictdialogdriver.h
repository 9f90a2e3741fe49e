// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Answers the modal conflict dialogs a test provokes, from the event loop.

#include "ui/conflictdialog.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <functional>

namespace UiTestData {

/**
 * Runs a handler on each ConflictDialog that opens while it lives (with its
 * 0-based number); the test then checks seen().
 *
 * A modal dialog left open would block the test until ctest kills it, so
 * the driver never lets one stay: a ConflictDialog the handler did not close
 * (a failed QCOMPARE inside it returns early) is cancelled, and any other
 * modal dialog (an error box instead of the expected conflict) is closed. In
 * both cases the test fails, naming what happened.
 */
class ConflictDialogDriver final : public QObject
{
public:
    using Handler = std::function<void(Frise::Ui::ConflictDialog *, int)>;

    explicit ConflictDialogDriver(Handler handle)
        : m_handle(std::move(handle))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this, &ConflictDialogDriver::poll);
        m_timer.start();
    }

    int seen() const { return m_seen; }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        auto *dialog = qobject_cast<Frise::Ui::ConflictDialog *>(modal);
        if (!dialog) {
            const QString what = QStringLiteral("%1 \"%2\"")
                                     .arg(QString::fromLatin1(modal->metaObject()->className()), modal->windowTitle());
            modal->close();
            if (auto *other = qobject_cast<QDialog *>(modal))
                other->reject();
            QTest::qFail(qPrintable(QStringLiteral("a modal %1 opened instead of a conflict dialog").arg(what)),
                __FILE__, __LINE__);
            return;
        }
        if (dialog == m_last) {
            // Handled once already and still open: the handler did not resolve it.
            static_cast<QDialog *>(dialog)->reject(); // public in QDialog
            QTest::qFail("the conflict dialog was left open by the test's handler", __FILE__, __LINE__);
            return;
        }
        m_last = dialog;
        m_handle(dialog, m_seen++);
        if (dialog->isVisible()) {
            static_cast<QDialog *>(dialog)->reject(); // public in QDialog
            QTest::qFail("the test's handler did not resolve the conflict dialog", __FILE__, __LINE__);
        }
    }

    Handler m_handle;
    QTimer m_timer;
    QPointer<Frise::Ui::ConflictDialog> m_last;
    int m_seen = 0;
};

} // namespace UiTestData
