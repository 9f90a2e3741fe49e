// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace Frise::Ui {

/**
 * How long to wait before each attempt to reach a server that went away:
 * exponential backoff (1 s, 2 s, 4 s … by default) capped, so a server
 * back after a minute is found within the cap, and a server down for the
 * night is not hammered.
 */
class ReconnectPolicy final
{
public:
    using Delay = std::chrono::milliseconds;

    explicit ReconnectPolicy(Delay first = std::chrono::seconds(1), Delay cap = std::chrono::seconds(30));

    /// The wait before the next attempt; each call doubles the following one, up to the cap.
    Delay nextDelay();
    /// Starts again from the first delay (after a success, or a new loss).
    void reset();
    /// How many delays were handed out since the last reset(): the failed attempts so far.
    int attempts() const { return m_attempts; }

    Delay first() const { return m_first; }
    Delay cap() const { return m_cap; }

private:
    Delay m_first;
    Delay m_cap;
    Delay m_next;
    int m_attempts = 0;
};

} // namespace Frise::Ui
