// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstream.h"

#include <QElapsedTimer>

namespace Frise {

DatasetStream::DatasetStream(qsizetype capacity)
    : m_capacity(qMax(capacity, qsizetype(1)))
{ }

bool DatasetStream::push(Dataset &&part)
{
    std::deque<Dataset> written; // freed here, once the lock is released
    QMutexLocker locker(&m_mutex);
    while (!m_abandoned && qsizetype(m_parts.size()) >= m_capacity)
        m_changed.wait(&m_mutex);
    if (m_abandoned)
        return false;
    m_parts.push_back(std::move(part));
    written.swap(m_written);
    m_changed.wakeAll();
    locker.unlock();
    return true;
}

void DatasetStream::recycle(Dataset &&part)
{
    QMutexLocker locker(&m_mutex);
    m_written.push_back(std::move(part));
}

void DatasetStream::finish()
{
    QMutexLocker locker(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

void DatasetStream::fail()
{
    QMutexLocker locker(&m_mutex);
    m_failed = true;
    m_parts.clear();
    m_changed.wakeAll();
}

DatasetStream::Next DatasetStream::next(Dataset *part)
{
    QMutexLocker locker(&m_mutex);
    QElapsedTimer waited;
    waited.start();
    while (!m_failed && m_parts.empty() && !m_finished)
        m_changed.wait(&m_mutex);
    m_waitedNs += waited.nsecsElapsed();
    if (m_failed)
        return Next::Failed;
    if (m_parts.empty())
        return Next::End;
    *part = std::move(m_parts.front());
    m_parts.pop_front();
    m_changed.wakeAll();
    return Next::Part;
}

void DatasetStream::abandon()
{
    QMutexLocker locker(&m_mutex);
    m_abandoned = true;
    m_parts.clear();
    m_changed.wakeAll();
}

double DatasetStream::secondsWaited() const
{
    QMutexLocker locker(&m_mutex);
    return m_waitedNs / 1e9;
}

} // namespace Frise
