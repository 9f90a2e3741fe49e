// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QRect>

namespace Frise::Graph {

/**
 * One-pixel lines and filled squares blended (source over) straight into a
 * QImage::Format_ARGB32_Premultiplied image, clipped to it. The overview of
 * a big graph draws 150,000 lines of a few pixels each: QPainter's cost per
 * call (state, clipping, span functions) is then most of the work, while
 * writing the pixels themselves costs a few nanoseconds each.
 */
class PixelCanvas final
{
public:
    /// Draws into @p image, which must be Format_ARGB32_Premultiplied and outlive the canvas.
    explicit PixelCanvas(QImage *image);

    /// A premultiplied colour for blending: @p colour at @p opacity (0 to 1).
    static QRgb premultiplied(QRgb colour, qreal opacity);

    /// The pixels of the segment from @p a to @p b (both ends included), one per step of the longer axis.
    void blendLine(QPoint a, QPoint b, QRgb premultipliedColour);
    /// Fills @p rect.
    void blendRect(const QRect &rect, QRgb premultipliedColour);

private:
    void blendPixel(int x, int y, QRgb colour);

    uchar *m_bits = nullptr;
    qsizetype m_stride = 0;
    int m_width = 0;
    int m_height = 0;
};

} // namespace Frise::Graph
