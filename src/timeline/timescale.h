// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cmath>

namespace Frise::Timeline {

/**
 * Maps time (minutes since the epoch) to pixels and back for a visible range.
 * Doubles keep sub-pixel precision from centuries down to minutes; the range
 * may start and end between whole minutes (a view zoomed to an hour, where
 * a minute is tens of pixels, scrolls smoothly).
 */
class TimeScale
{
public:
    TimeScale() = default;
    TimeScale(double fromMinutes, double toMinutes, double widthPixels);

    /// Inline: a layout converts a few times per event in view.
    double toPixel(qint64 minutes) const { return (double(minutes) - m_origin) * m_pixelsPerMinute; }
    double toPixel(double minutes) const { return (minutes - m_origin) * m_pixelsPerMinute; }
    double toMinutes(double pixel) const;
    /// The whole minutes the range touches: [floor(start), ceil(end)].
    qint64 from() const { return qint64(std::floor(m_origin)); }
    qint64 to() const { return qint64(std::ceil(m_end)); }
    /// The exact range, at pixels 0 and width().
    double origin() const { return m_origin; }
    double end() const { return m_end; }
    double width() const { return m_width; }
    /// Minutes per pixel.
    double resolution() const;

private:
    double m_origin = 0;
    double m_end = 1;
    double m_width = 1.0;
    double m_pixelsPerMinute = 1.0;
};

} // namespace Frise::Timeline
