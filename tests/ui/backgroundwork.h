// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Waiting for the UI's background workers in tests, instead of sleeping.

#include <QCoreApplication>
#include <QThreadPool>

namespace UiTestData {

/**
 * Waits (up to @p deadlineMs) until Qt's global thread pool has no task
 * left, then delivers every event those tasks posted to this thread. The
 * workers of DatabaseJob, RecordListLoader, TimelineLoader, the dialogs and
 * GraphLayout::runAsync() run there; BackgroundBackup has its own pool and
 * its cancelAndWait() already waits. Afterwards, whatever a cancelled worker
 * could still have sent has arrived, so "nothing arrived" is a fact rather
 * than a guess made after a sleep. False when the pool did not drain in time.
 */
inline bool settleBackgroundWork(int deadlineMs = 60000)
{
    if (!QThreadPool::globalInstance()->waitForDone(deadlineMs))
        return false;
    // A delivered result may post more (a watcher's deleteLater, a queued
    // signal to another object): a few rounds take those in too.
    for (int round = 0; round < 3; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    return true;
}

} // namespace UiTestData
