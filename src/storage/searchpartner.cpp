// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpartner_p.h"

#include "database.h"

namespace Frise::Storage {

namespace {

/// A refused connection (the server's connection limit, say) is not asked
/// again at every search.
constexpr std::chrono::seconds restAfterFailedOpen {30};

} // namespace

SearchPartner::SearchPartner(const Database &main)
    : m_main(main)
    , m_thread([this] { loop(); })
{ }

SearchPartner::~SearchPartner()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

bool SearchPartner::available() const
{
    const std::lock_guard lock(m_mutex);
    return std::chrono::steady_clock::now() >= m_restingUntil;
}

std::future<bool> SearchPartner::start(std::function<bool(Database *)> work)
{
    std::packaged_task<bool()> task([this, work = std::move(work)] {
        if (!m_connection) {
            StorageError error;
            m_connection = m_main.readingClone(&error);
            if (!m_connection) {
                const std::lock_guard lock(m_mutex);
                m_restingUntil = std::chrono::steady_clock::now() + restAfterFailedOpen;
            }
        }
        const bool done = work(m_connection.get());
        if (!done)
            m_connection.reset();
        return done;
    });
    std::future<bool> result = task.get_future();
    {
        const std::lock_guard lock(m_mutex);
        m_tasks.push_back(std::move(task));
    }
    m_wake.notify_one();
    return result;
}

void SearchPartner::loop()
{
    for (;;) {
        std::packaged_task<bool()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_tasks.empty(); });
            if (m_tasks.empty())
                break;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
    // A connection belongs to the thread that opened it.
    m_connection.reset();
}

} // namespace Frise::Storage
