// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace Frise {

/**
 * A file kept for a source as evidence (a saved page, a PDF, a screenshot,
 * a WARC/WACZ archive). The bytes are stored once per content, addressed
 * by their SHA-256; this is one source's link to them, with what the file
 * was called and when it was captured.
 */
struct SavedCopy
{
    RowId id = 0;
    RowId sourceId = 0; ///< the source it belongs to
    QString sha256; ///< 64 lowercase hex digits of the content's SHA-256
    QString fileName; ///< the original file name, without folders
    QString mediaType; ///< "application/pdf", "image/png", ...
    qint64 size = 0; ///< bytes
    QDateTime captured; ///< when the copy was taken (UTC); by default the file's modification time

    /// The largest file kept as a saved copy: 200 MiB.
    static constexpr qint64 maximumSize() { return qint64(200) * 1024 * 1024; }
    /// True for 64 lowercase hex digits.
    static bool isHash(const QString &text);

    friend bool operator==(const SavedCopy &, const SavedCopy &) = default;
};

/// Takes the next piece of a saved copy's bytes; returns false to stop.
using ChunkSink = std::function<bool(const QByteArray &chunk)>;
/**
 * Streams the bytes of the saved copy with hash @p sha256 into @p sink, in
 * pieces; false with @p error (in words) when they cannot be read. How a
 * backup or a copy between databases hands the bytes to the database that
 * receives them, without holding a whole file in memory.
 */
using SavedCopyReader = std::function<bool(const QString &sha256, const ChunkSink &sink, QString *error)>;

} // namespace Frise
