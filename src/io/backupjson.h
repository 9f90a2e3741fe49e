// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioerror.h"

#include "core/dataset.h"

#include <QByteArray>
#include <QDateTime>

namespace Frise::Io {

/**
 * The full JSON backup, format version 1 (docs/backup-format.md): every
 * record of a Dataset, references by uid.
 *
 * Reading numbers each array's records 1, 2, 3... in file order and
 * resolves uids to those ids; unknown keys, wrong types, bad codes and
 * dangling references are errors naming their path (`events[3].titel`).
 * Record versions are not part of the format: they read back as 1.
 */
class BackupJson
{
public:
    /// 2 added eras and the description, 3 status changes, 4 the role vocabulary, 5 saved copies (their
    /// bytes in files beside the backup, see BackupCopies) and the archived URLs, dead-link mark, grade and
    /// confidential flag of sources; older files still read.
    static constexpr int formatVersion = 5;

    /// The backup text of @p dataset (indented JSON, UTF-8).
    static QByteArray write(const Dataset &dataset, const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

    /**
     * Reads a backup. False and @p error (line and column for syntax
     * errors; the record's path in the message otherwise) on failure.
     */
    static bool read(const QByteArray &data, Dataset *dataset, IoError *error);
};

} // namespace Frise::Io
