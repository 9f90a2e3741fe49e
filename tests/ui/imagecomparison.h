// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pixel comparison of a rendered image with its reference, for the reference-image tests.

#include <QColor>
#include <QImage>
#include <QRect>

#include <algorithm>
#include <cstdlib>

namespace RefImages {

/**
 * How far a rendering may stray from its reference: a pixel "differs" when one
 * of its channels (R, G, B, A) is more than @c channel apart, and the images
 * match while at most @c fraction of the pixels differ.
 */
struct Tolerance
{
    // Repeated runs differ by at most 6 in a channel, on at most 14 pixels of
    // the main window (a race between its loaders); a word moved by two pixels
    // changes a few hundred by far more.
    int channel = 16;
    double fraction = 0.0002;
};

/// The differences between an actual and an expected image.
class ImageComparison final
{
public:
    ImageComparison(const QImage &actual, const QImage &expected)
        : m_sizesMatch(actual.size() == expected.size())
    {
        if (!m_sizesMatch)
            return;
        const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
        const QImage e = expected.convertToFormat(QImage::Format_ARGB32);
        m_pixels = qsizetype(a.width()) * a.height();
        // The diff image: the expected image faded to grey, differences in red, brighter when larger.
        m_diff = QImage(a.size(), QImage::Format_RGB32);
        for (int y = 0; y < a.height(); ++y) {
            const auto *lineA = reinterpret_cast<const QRgb *>(a.constScanLine(y));
            const auto *lineE = reinterpret_cast<const QRgb *>(e.constScanLine(y));
            auto *out = reinterpret_cast<QRgb *>(m_diff.scanLine(y));
            for (int x = 0; x < a.width(); ++x) {
                const int d = std::max(
                    {std::abs(qRed(lineA[x]) - qRed(lineE[x])), std::abs(qGreen(lineA[x]) - qGreen(lineE[x])),
                        std::abs(qBlue(lineA[x]) - qBlue(lineE[x])), std::abs(qAlpha(lineA[x]) - qAlpha(lineE[x]))});
                m_largest = std::max(m_largest, d);
                m_histogram[d] += 1;
                if (d > 0) {
                    m_bounds |= QRect(x, y, 1, 1);
                    out[x] = qRgb(128 + d / 2, 0, 0);
                } else {
                    const int grey = 192 + qGray(lineE[x]) / 4;
                    out[x] = qRgb(grey, grey, grey);
                }
            }
        }
    }

    bool sizesMatch() const { return m_sizesMatch; }
    /// Pixels with a channel more than @p channelTolerance apart.
    qsizetype differingPixels(int channelTolerance) const
    {
        qsizetype count = 0;
        for (int d = channelTolerance + 1; d < 256; ++d)
            count += m_histogram[d];
        return count;
    }
    /// The largest channel difference of any pixel.
    int largestDifference() const { return m_largest; }
    qsizetype pixelCount() const { return m_pixels; }
    /// The smallest rectangle holding every pixel that differs at all.
    QRect differenceBounds() const { return m_bounds; }

    bool matches(const Tolerance &tolerance) const
    {
        return m_sizesMatch && double(differingPixels(tolerance.channel)) <= tolerance.fraction * double(m_pixels);
    }
    /// Where the images differ, for a reviewer (null when the sizes differ).
    const QImage &diffImage() const { return m_diff; }

private:
    bool m_sizesMatch = false;
    qsizetype m_pixels = 0;
    int m_largest = 0;
    QRect m_bounds;
    qsizetype m_histogram[256] = {};
    QImage m_diff;
};

} // namespace RefImages
