// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngencoder.h"

#include <QColorSpace>
#include <QCoreApplication>
#include <QIODevice>
#include <QImage>
#include <QScopeGuard>

#include <algorithm>
#include <initializer_list>
#include <new>
#include <system_error>
#include <thread>
#include <vector>

#include <zlib.h>

namespace Frise::Timeline {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Timeline::PngEncoder)
public:
    static QString emptyImage() { return tr("The image is empty."); }
    static QString noMemory() { return tr("Not enough memory to compress the image."); }
};

/// zlib's fastest level: the encoder's point is speed (`--smallest-file` goes through QImageWriter instead).
constexpr int level = 1;
/// PNG's "Up" row filter: each byte minus the byte above it.
constexpr uchar upFilter = 2;
/// Rows are filtered into batches of about this many bytes, then deflated: few zlib calls, all in the cache.
constexpr qsizetype batchBytes = 128 * 1024;
/// Below this many bytes of filtered rows per stripe, a thread costs more than it saves.
constexpr qsizetype minStripeBytes = 512 * 1024;

void putBigEndian(uchar *at, quint32 value)
{
    at[0] = uchar(value >> 24);
    at[1] = uchar(value >> 16);
    at[2] = uchar(value >> 8);
    at[3] = uchar(value);
}

QByteArray bigEndian(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    putBigEndian(reinterpret_cast<uchar *>(bytes.data()), value);
    return bytes;
}

/// Writes chunks (length, type, data, CRC-32 of type and data); the first failure sticks.
class ChunkWriter final
{
public:
    explicit ChunkWriter(QIODevice *device)
        : m_device(device)
    { }

    /// A chunk of type @p type whose data is @p parts one after the other.
    void write(const char (&type)[5], std::initializer_list<QByteArrayView> parts)
    {
        qsizetype length = 0;
        for (QByteArrayView part : parts)
            length += part.size();
        uchar head[8];
        putBigEndian(head, quint32(length));
        std::copy_n(type, 4, head + 4);
        uLong crc = crc32_z(0, head + 4, 4);
        put(QByteArrayView(head, 8));
        for (QByteArrayView part : parts) {
            if (part.isEmpty())
                continue; // zlib's crc32 of a null pointer is 0, not the sum so far
            crc = crc32_z(crc, reinterpret_cast<const Bytef *>(part.data()), size_t(part.size()));
            put(part);
        }
        uchar tail[4];
        putBigEndian(tail, quint32(crc));
        put(QByteArrayView(tail, 4));
    }

    void put(QByteArrayView bytes)
    {
        if (m_ok && m_device->write(bytes.data(), bytes.size()) != bytes.size())
            m_ok = false;
    }

    bool ok() const { return m_ok; }

private:
    QIODevice *m_device;
    bool m_ok = true;
};

/// @p data as a whole zlib stream (texts and ICC profiles), or empty when out of memory.
QByteArray zlibCompressed(QByteArrayView data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.data()),
            uLong(data.size()), level)
        != Z_OK)
        return {};
    out.truncate(qsizetype(size));
    return out;
}

/// A text chunk as Qt's PNG writer chooses it: iTXt when the text is not plain Latin-1, compressed from 40
/// characters. Returns the chunk's type in @p type; empty data when out of memory.
QByteArray textChunk(const QString &key, const QString &text, const char **type)
{
    const bool compressed = text.size() >= 40;
    const bool latin1 = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u <= 0xff && (u >= 0x20 || u == u'\n') && (u <= 0x7e || u >= 0xa0);
    });
    QByteArray data = key.left(79).toLatin1();
    data.append('\0');
    if (latin1) {
        *type = compressed ? "zTXt" : "tEXt";
        if (!compressed)
            return data.append(text.toLatin1());
        const QByteArray deflated = zlibCompressed(text.toLatin1());
        return deflated.isEmpty() ? QByteArray() : data.append('\0').append(deflated);
    }
    *type = "iTXt";
    // Compression flag and method, then an empty language tag and translated keyword.
    data.append(compressed ? '\1' : '\0').append('\0').append('\0').append('\0');
    if (!compressed)
        return data.append(text.toUtf8());
    const QByteArray deflated = zlibCompressed(text.toUtf8());
    return deflated.isEmpty() ? QByteArray() : data.append(deflated);
}

/// Bytes of a row of 0xAARRGGBB words as PNG orders them: R, G, B (and A).
void unpackRow(const QRgb *in, int width, bool alpha, uchar *out)
{
    if (alpha) {
        for (int x = 0; x < width; ++x, out += 4) {
            const QRgb p = in[x];
            out[0] = uchar(qRed(p));
            out[1] = uchar(qGreen(p));
            out[2] = uchar(qBlue(p));
            out[3] = uchar(qAlpha(p));
        }
    } else {
        for (int x = 0; x < width; ++x, out += 3) {
            const QRgb p = in[x];
            out[0] = uchar(qRed(p));
            out[1] = uchar(qGreen(p));
            out[2] = uchar(qBlue(p));
        }
    }
}

/// Rows [begin, end) of the image, filtered and deflated as a piece of one zlib stream (raw deflate, no header).
struct Stripe
{
    int begin = 0;
    int end = 0;
    QByteArray deflated;
    uLong adler = 1; ///< Adler-32 of the filtered rows (1 is the sum of nothing)
    qint64 rawBytes = 0; ///< filtered bytes, for combining the sums
    bool ok = false;
};

class StripeCompressor final
{
public:
    StripeCompressor(const QImage &image, bool alpha)
        : m_image(image)
        , m_alpha(alpha)
        , m_pixelBytes(qsizetype(image.width()) * (alpha ? 4 : 3))
    { }

    /// Compresses @p stripe; the @p last stripe ends the deflate stream, the others a byte-aligned block.
    /// Leaves it not ok when memory runs out (on another thread, an exception would end the program).
    void compress(Stripe *stripe, bool last) const noexcept
    {
        try {
            compressOrThrow(stripe, last);
        } catch (const std::bad_alloc &) {
            stripe->ok = false;
        }
    }

private:
    void compressOrThrow(Stripe *stripe, bool last) const
    {
        z_stream z {};
        if (deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return;
        const auto endStream = qScopeGuard([&z] { deflateEnd(&z); });
        const qsizetype rowBytes = 1 + m_pixelBytes;
        stripe->rawBytes = rowBytes * (stripe->end - stripe->begin);
        // deflateBound() holds the whole stripe; a sync flush adds a few bytes. pump() grows it if ever needed.
        stripe->deflated.resize(qsizetype(deflateBound(&z, uLong(stripe->rawBytes))) + 64);
        z.next_out = reinterpret_cast<Bytef *>(stripe->deflated.data());
        z.avail_out = uInt(stripe->deflated.size());

        // The row above the stripe's first, unfiltered (zeros above the image: "Up" is then no filter at all).
        std::vector<uchar> above(size_t(m_pixelBytes), 0);
        std::vector<uchar> row(static_cast<size_t>(m_pixelBytes));
        if (stripe->begin > 0)
            unpackRow(line(stripe->begin - 1), m_image.width(), m_alpha, above.data());
        const qsizetype rowsPerBatch = std::max<qsizetype>(1, batchBytes / rowBytes);
        std::vector<uchar> batch(size_t(rowsPerBatch * rowBytes));
        for (int y = stripe->begin; y < stripe->end;) {
            uchar *out = batch.data();
            for (qsizetype n = 0; n < rowsPerBatch && y < stripe->end; ++n, ++y) {
                unpackRow(line(y), m_image.width(), m_alpha, row.data());
                *out++ = upFilter;
                const uchar *r = row.data();
                const uchar *a = above.data();
                for (qsizetype i = 0; i < m_pixelBytes; ++i)
                    out[i] = uchar(r[i] - a[i]);
                out += m_pixelBytes;
                row.swap(above);
            }
            const auto length = uInt(out - batch.data());
            stripe->adler = adler32(stripe->adler, batch.data(), length);
            z.next_in = batch.data();
            z.avail_in = length;
            const int flush = y < stripe->end ? Z_NO_FLUSH : last ? Z_FINISH : Z_SYNC_FLUSH;
            if (!pump(&z, flush, &stripe->deflated))
                return;
        }
        stripe->deflated.truncate(qsizetype(z.total_out));
        stripe->ok = true;
    }

    const QRgb *line(int y) const { return reinterpret_cast<const QRgb *>(m_image.constScanLine(y)); }

    /// Deflates all of @p z's input with @p flush, growing @p out when it fills; false on a zlib error.
    static bool pump(z_stream *z, int flush, QByteArray *out)
    {
        for (;;) {
            const int result = deflate(z, flush);
            if (result == Z_STREAM_ERROR)
                return false;
            if (flush == Z_FINISH ? result == Z_STREAM_END : z->avail_in == 0 && z->avail_out != 0)
                return true;
            if (z->avail_out == 0) {
                const qsizetype used = qsizetype(z->total_out);
                out->resize(out->size() + out->size() / 2 + 4096);
                z->next_out = reinterpret_cast<Bytef *>(out->data()) + used;
                z->avail_out = uInt(out->size() - used);
            }
        }
    }

    const QImage &m_image;
    const bool m_alpha;
    const qsizetype m_pixelBytes;
};

} // namespace

int PngEncoder::stripesFor(int width, int height)
{
    const qsizetype bytes = qsizetype(height) * (1 + qsizetype(width) * 4);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    return int(std::clamp<qsizetype>(std::min<qsizetype>(bytes / minStripeBytes, cores), 1, 8));
}

bool PngEncoder::write(const QImage &source, QIODevice *device, QString *error, int stripes)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (source.isNull())
        return fail(Messages::emptyImage());
    const bool alpha = source.hasAlphaChannel();
    const QImage::Format format = alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    const QImage image = source.format() == format ? source : source.convertToFormat(format);
    if (image.isNull())
        return fail(Messages::noMemory());

    const int count = std::clamp(stripes > 0 ? stripes : stripesFor(image.width(), image.height()), 1, image.height());
    std::vector<Stripe> parts(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        parts[size_t(i)].begin = int(qint64(image.height()) * i / count);
        parts[size_t(i)].end = int(qint64(image.height()) * (i + 1) / count);
    }
    const StripeCompressor compressor(image, alpha);
    std::vector<std::thread> threads;
    for (int i = 1; i < count; ++i) {
        Stripe *part = &parts[size_t(i)];
        const bool last = i == count - 1;
        try {
            threads.emplace_back([&compressor, part, last] { compressor.compress(part, last); });
        } catch (const std::system_error &) { // no thread to be had: this one does it
            compressor.compress(part, last);
        }
    }
    compressor.compress(&parts[0], count == 1);
    for (std::thread &thread : threads)
        thread.join();
    if (!std::all_of(parts.cbegin(), parts.cend(), [](const Stripe &part) { return part.ok; }))
        return fail(Messages::noMemory());

    ChunkWriter chunks(device);
    chunks.put("\x89PNG\r\n\x1a\n");
    uchar header[13];
    putBigEndian(header, quint32(image.width()));
    putBigEndian(header + 4, quint32(image.height()));
    header[8] = 8; // bits per sample
    header[9] = alpha ? 6 : 2; // RGBA : RGB
    header[10] = header[11] = header[12] = 0; // deflate, adaptive filtering, no interlace
    chunks.write("IHDR", {QByteArrayView(header, 13)});
    if (image.colorSpace().isValid()) {
        QByteArray name = image.colorSpace().description().left(79).toLatin1();
        if (name.isEmpty())
            name = QByteArrayLiteral("Custom");
        const QByteArray profile = zlibCompressed(image.colorSpace().iccProfile());
        if (profile.isEmpty())
            return fail(Messages::noMemory());
        chunks.write("iCCP", {name, QByteArrayView("\0\0", 2), profile});
    }
    if (image.dotsPerMeterX() > 0 || image.dotsPerMeterY() > 0) {
        const char metre = 1;
        chunks.write("pHYs",
            {bigEndian(quint32(image.dotsPerMeterX())), bigEndian(quint32(image.dotsPerMeterY())),
                QByteArrayView(&metre, 1)});
    }
    const QStringList keys = image.textKeys();
    for (const QString &key : keys) {
        if (key.isEmpty())
            continue;
        const char *type = nullptr;
        const QByteArray text = textChunk(key, image.text(key), &type);
        if (text.isEmpty())
            return fail(Messages::noMemory());
        char name[5] = {};
        std::copy_n(type, 4, name);
        chunks.write(name, {text});
    }

    // One zlib stream over the stripes: its header (deflate, 32 KiB window, fastest), the pieces, the sum.
    uLong adler = parts[0].adler;
    for (size_t i = 1; i < parts.size(); ++i)
        adler = adler32_combine(adler, parts[i].adler, z_off_t(parts[i].rawBytes));
    for (size_t i = 0; i < parts.size(); ++i) {
        const QByteArrayView head = i == 0 ? QByteArrayView("\x78\x01", 2) : QByteArrayView();
        const QByteArray tail = i + 1 == parts.size() ? bigEndian(quint32(adler)) : QByteArray();
        chunks.write("IDAT", {head, parts[i].deflated, tail});
    }
    chunks.write("IEND", {});
    if (!chunks.ok())
        return fail(device->errorString());
    return true;
}

} // namespace Frise::Timeline
