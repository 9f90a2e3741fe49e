// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace Frise::Storage {

class Database;

/**
 * A second, read-only connection to a PostgreSQL database, on a thread of
 * its own: a search reads one table there while the calling thread reads
 * the others, so that a two-core machine runs both at once (issue #21's
 * search latency). Most of a search is the server testing rows one by one,
 * and one statement runs on one core.
 *
 * The connection is a clone of the main one (the password stays in memory,
 * as the main connection's does), opened on first use and named
 * `frise-search` for the server's administrators. After an error it is
 * dropped and opened again by the next search; after a failed open it is
 * not tried again for a while, the caller reading everything itself.
 */
class SearchPartner final
{
public:
    /// @p main: the connection to clone; it must outlive this object.
    explicit SearchPartner(const Database &main);
    ~SearchPartner();
    SearchPartner(const SearchPartner &) = delete;
    SearchPartner &operator=(const SearchPartner &) = delete;

    /// Whether start() may be worth calling (no recent failure to connect).
    bool available() const;

    /**
     * Runs @p work on the partner's thread with its connection (nullptr
     * when it cannot be opened); the future holds what @p work returned.
     * When @p work returns false, the connection is closed (a lost server
     * is reconnected to next time).
     */
    std::future<bool> start(std::function<bool(Database *)> work);

private:
    void loop();

    const Database &m_main;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<bool()>> m_tasks;
    bool m_stopping = false;
    /// Until when a failed open keeps the partner unused.
    std::chrono::steady_clock::time_point m_restingUntil;
    std::unique_ptr<Database> m_connection; ///< on m_thread only
    std::thread m_thread; ///< last: started once the members above exist
};

} // namespace Frise::Storage
