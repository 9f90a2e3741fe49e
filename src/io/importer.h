// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

namespace Frise::Io {

/**
 * Reads any supported file into a Dataset, without touching the database:
 * the caller previews the result, then stores it in one transaction.
 *
 * The format is ImportOptions::format, or else guessed: `.json` files are
 * a backup when they say `"format": "frise-backup"`, TimelineJS otherwise;
 * `.csv`/`.tsv`/`.txt` files are a TimelineJS sheet when the header has
 * Year and Headline columns, a generic CSV otherwise; other extensions are
 * sniffed the same way from the content.
 */
class Importer
{
public:
    /// The format of @p data, named @p fileName (Unknown when it cannot tell).
    static Format detectFormat(const QString &fileName, const QByteArray &data);

    /**
     * The largest file importFile() reads: 512 MiB. An import is read whole
     * and becomes a Dataset before anything is stored (all-or-nothing, with a
     * preview), which takes about 13 times the file's size at its peak
     * (3.9 GB for a 300 MB TimelineJS sheet or JSON file of 1-1.7 million
     * events); a larger file is refused before it is read, never half read.
     */
    static constexpr qint64 maximumFileSize() { return qint64(512) * 1024 * 1024; }

    /// Reads @p path; refused with a message when it is larger than maximumFileSize().
    static ImportResult importFile(const QString &path, const ImportOptions &options = {});
    /// As importFile(), from bytes already read; @p fileName is used in messages.
    static ImportResult importData(const QByteArray &data, const QString &fileName, const ImportOptions &options = {});
};

} // namespace Frise::Io
