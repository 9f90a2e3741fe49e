// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <algorithm>

namespace Frise::Timeline {

TimeScale::TimeScale(qint64 fromMinutes, qint64 toMinutes, double widthPixels)
    : m_from(fromMinutes)
    , m_to(std::max(toMinutes, fromMinutes + 1))
    , m_width(std::max(widthPixels, 1.0))
    , m_pixelsPerMinute(m_width / double(m_to - m_from))
{ }

double TimeScale::toMinutes(double pixel) const
{
    return double(m_from) + pixel * double(m_to - m_from) / m_width;
}

double TimeScale::resolution() const
{
    return double(m_to - m_from) / m_width;
}

} // namespace Frise::Timeline
