// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Frise::Timeline {

/**
 * Maps time (minutes since the epoch) to pixels and back for a visible range.
 * Doubles keep sub-pixel precision from centuries down to minutes.
 */
class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(qint64 fromMinutes, qint64 toMinutes, double widthPixels);

    /// Inline: a layout converts a few times per event in view.
    double toPixel(qint64 minutes) const { return double(minutes - m_from) * m_pixelsPerMinute; }
    double toMinutes(double pixel) const;
    qint64 from() const { return m_from; }
    qint64 to() const { return m_to; }
    double width() const { return m_width; }
    /// Minutes per pixel.
    double resolution() const;

private:
    qint64 m_from = 0;
    qint64 m_to = 1;
    double m_width = 1.0;
    double m_pixelsPerMinute = 1.0;
};

} // namespace Frise::Timeline
