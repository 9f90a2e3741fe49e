// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioerror.h"

#include "core/dataset.h"

#include <atomic>

namespace Frise::Io {

/**
 * The saved copies of a JSON backup: files beside it, in a folder named
 * after it (`news.json` keeps them in `news.copies/`), one file per
 * content named by its SHA-256 (docs/backup-format.md). The JSON lists
 * which source has which copy; the folder holds the bytes once.
 */
class BackupCopies
{
public:
    /// The copies folder of the backup @p backupPath.
    static QString folderFor(const QString &backupPath);

    /**
     * Writes the bytes of every copy @p dataset lists into the folder of
     * @p backupPath, read through @p reader and checked against their hash;
     * a file already there with the right bytes is kept. Each file goes
     * through QSaveFile. False with @p error when one cannot be read or
     * written, or on cancel (@p error then empty).
     */
    static bool write(const Dataset &dataset, const QString &backupPath, const SavedCopyReader &reader, IoError *error,
        const std::atomic<bool> *cancel = nullptr);

    /**
     * Checks that the folder of @p backupPath holds a file of the right
     * size for every copy @p dataset lists; the first missing one is named
     * in @p error.
     */
    static bool checkPresent(const Dataset &dataset, const QString &backupPath, IoError *error);

    /// Reads copies from the folder of @p backupPath (the hash is checked by whoever stores them).
    static SavedCopyReader reader(const QString &backupPath);
};

} // namespace Frise::Io
