// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconnectpolicy.h"

#include <algorithm>

namespace Frise::Ui {

ReconnectPolicy::ReconnectPolicy(Delay first, Delay cap)
    : m_first(std::max(first, Delay(1)))
    , m_cap(std::max(cap, m_first))
    , m_next(m_first)
{ }

ReconnectPolicy::Delay ReconnectPolicy::nextDelay()
{
    const Delay delay = m_next;
    ++m_attempts;
    // Doubling a capped value cannot overflow: the cap bounds it first.
    m_next = std::min(m_next * 2, m_cap);
    return delay;
}

void ReconnectPolicy::reset()
{
    m_next = m_first;
    m_attempts = 0;
}

} // namespace Frise::Ui
