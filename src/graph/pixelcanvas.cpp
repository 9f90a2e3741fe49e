// SPDX-License-Identifier: GPL-3.0-or-later
#include "pixelcanvas.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace Frise::Graph {

namespace {

// Each channel of @p x times @p a / 255, two channels at a time (as Qt's raster engine does).
inline quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = (t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8;
    t &= 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = x + ((x >> 8) & 0xff00ff) + 0x800080;
    x &= 0xff00ff00;
    return x | t;
}

inline quint32 sourceOver(quint32 dst, quint32 src)
{
    return src + byteMul(dst, 255 - qAlpha(src));
}

// Nearest whole number, halves up: the same pixel whichever way a segment is walked.
inline int roundHalfUp(double v)
{
    return int(std::floor(v + 0.5));
}

// Narrows [*first, *last] (steps along the major axis) to where minor = minor0 + (step - major0) × slope
// rounds into [0, extent): one step of margin each side, the pixels themselves are still checked.
inline void clipToBand(int major0, int minor0, double slope, int extent, int *first, int *last)
{
    if (slope == 0)
        return;
    const double low = major0 + (-0.5 - minor0) / slope;
    const double high = major0 + (extent - 0.5 - minor0) / slope;
    const double from = std::min(low, high);
    const double to = std::max(low, high);
    if (from > *last + 1.0 || to < *first - 1.0) {
        *last = *first - 1; // nothing in the band
        return;
    }
    *first = std::max(*first, int(std::floor(from)) - 1);
    *last = std::min(*last, int(std::ceil(to)) + 1);
}

} // namespace

PixelCanvas::PixelCanvas(QImage *image)
{
    Q_ASSERT(image && image->format() == QImage::Format_ARGB32_Premultiplied);
    m_bits = image->bits();
    m_stride = image->bytesPerLine();
    m_width = image->width();
    m_height = image->height();
}

QRgb PixelCanvas::premultiplied(QRgb colour, qreal opacity)
{
    const int alpha = std::clamp(int(std::lround(opacity * qAlpha(colour))), 0, 255);
    return qPremultiply(qRgba(qRed(colour), qGreen(colour), qBlue(colour), alpha));
}

void PixelCanvas::blendPixel(int x, int y, QRgb colour)
{
    auto *pixel = reinterpret_cast<quint32 *>(m_bits + qsizetype(y) * m_stride) + x;
    *pixel = sourceOver(*pixel, colour);
}

void PixelCanvas::blendLine(QPoint a, QPoint b, QRgb colour)
{
    const int dx = b.x() - a.x();
    const int dy = b.y() - a.y();
    if (std::abs(dx) >= std::abs(dy)) {
        if (a.x() > b.x())
            std::swap(a, b);
        if (b.x() < 0 || a.x() >= m_width)
            return;
        const double slope = dx == 0 ? 0.0 : double(b.y() - a.y()) / double(b.x() - a.x());
        // Only the columns inside the image are walked, and of those only where the line is in its rows.
        int first = std::max(a.x(), 0);
        int last = std::min(b.x(), m_width - 1);
        clipToBand(a.x(), a.y(), slope, m_height, &first, &last);
        for (int x = first; x <= last; ++x) {
            const int y = a.y() + roundHalfUp(double(x - a.x()) * slope);
            if (y >= 0 && y < m_height)
                blendPixel(x, y, colour);
        }
        return;
    }
    if (a.y() > b.y())
        std::swap(a, b);
    if (b.y() < 0 || a.y() >= m_height)
        return;
    const double slope = double(b.x() - a.x()) / double(b.y() - a.y());
    int first = std::max(a.y(), 0);
    int last = std::min(b.y(), m_height - 1);
    clipToBand(a.y(), a.x(), slope, m_width, &first, &last);
    for (int y = first; y <= last; ++y) {
        const int x = a.x() + roundHalfUp(double(y - a.y()) * slope);
        if (x >= 0 && x < m_width)
            blendPixel(x, y, colour);
    }
}

void PixelCanvas::blendRect(const QRect &rect, QRgb colour)
{
    const QRect r = rect & QRect(0, 0, m_width, m_height);
    if (r.isEmpty())
        return;
    const bool opaque = qAlpha(colour) == 255;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        auto *line = reinterpret_cast<quint32 *>(m_bits + qsizetype(y) * m_stride);
        for (int x = r.left(); x <= r.right(); ++x)
            line[x] = opaque ? colour : sourceOver(line[x], colour);
    }
}

} // namespace Frise::Graph
