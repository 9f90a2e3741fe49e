// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <algorithm>

namespace Frise::Timeline {

TimeScale::TimeScale(double fromMinutes, double toMinutes, double widthPixels)
    : m_origin(fromMinutes)
    // At least a minute wide: a scale never divides by zero.
    , m_end(std::max(toMinutes, fromMinutes + 1))
    , m_width(std::max(widthPixels, 1.0))
    , m_pixelsPerMinute(m_width / (m_end - m_origin))
{ }

double TimeScale::toMinutes(double pixel) const
{
    return m_origin + pixel / m_pixelsPerMinute;
}

double TimeScale::resolution() const
{
    return (m_end - m_origin) / m_width;
}

} // namespace Frise::Timeline
