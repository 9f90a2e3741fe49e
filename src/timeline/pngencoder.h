// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QIODevice;
class QImage;

namespace Frise::Timeline {

/**
 * Writes a QImage as a PNG file quickly, for exports where the time to the
 * file matters more than its last kilobytes. QImageWriter (libpng) tries the
 * five row filters on every row and keeps the one that looks best, and most
 * of its time went there even at zlib's fastest level; this encoder gives
 * every row the "Up" filter (the difference with the row above, which turns
 * a timeline's flat bands and vertical grid lines into runs of zeros) and
 * deflates at zlib's fastest level, the image cut into horizontal stripes
 * compressed on separate threads and joined into one zlib stream (each
 * stripe but the last ends on a byte boundary with a sync flush; the
 * stripes' Adler-32 sums are combined).
 *
 * It writes what QImageWriter writes for such an image: 8-bit RGB, or RGBA
 * when the image has an alpha channel (straight, not premultiplied); the
 * resolution (pHYs) when the image has one; the colour space as an ICC
 * profile (iCCP) when it has one; and the image's texts (QImage::text()):
 * tEXt for Latin-1, iTXt (UTF-8) otherwise, compressed from 40 characters.
 */
class PngEncoder final
{
public:
    /**
     * Encodes @p image into @p device; false with @p error set when it cannot (nothing useful written
     * then). @p stripes: how many stripes to compress at once, 0 for stripesFor() (tests force more).
     */
    static bool write(const QImage &image, QIODevice *device, QString *error = nullptr, int stripes = 0);

    /// How many stripes write() compresses at once (one per core, for images big enough to gain from it).
    static int stripesFor(int width, int height);
};

} // namespace Frise::Timeline
