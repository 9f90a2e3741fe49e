// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <atomic>

#include <sqlite3.h>

namespace Frise::Storage {

/**
 * While alive, makes the statement running on a SQLite connection stop with
 * SQLITE_INTERRUPT soon after @p cancel is set, from any thread: how a long
 * `VACUUM INTO` or `quick_check` in a worker is stopped when the app quits.
 * Does nothing for other drivers or without a flag.
 */
class InterruptOnCancel final
{
    Q_DISABLE_COPY_MOVE(InterruptOnCancel)
public:
    InterruptOnCancel(const QSqlDatabase &db, const std::atomic<bool> *cancel)
    {
        if (!cancel)
            return;
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return;
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
        // Called every few thousand virtual machine steps: well under a millisecond apart.
        sqlite3_progress_handler(m_handle, 4096, &InterruptOnCancel::poll, const_cast<std::atomic<bool> *>(cancel));
    }
    ~InterruptOnCancel()
    {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    }

private:
    static int poll(void *cancel) { return static_cast<std::atomic<bool> *>(cancel)->load() ? 1 : 0; }

    sqlite3 *m_handle = nullptr;
};

} // namespace Frise::Storage
