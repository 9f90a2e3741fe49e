// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Storage {

/// What went wrong in storage, in words a journalist can act on.
struct StorageError
{
    enum class Code {
        None,
        CannotOpen, ///< missing folder, permission denied, not a database
        Locked, ///< another Frise instance has the file open
        ReadOnly, ///< the file or folder cannot be written
        NewerSchema, ///< written by a newer Frise; refused, untouched
        ForeignFile, ///< a SQLite file that is not a Frise database
        Corrupt, ///< integrity check failed
        DiskFull,
        Busy, ///< another writer held the database too long
        Conflict, ///< someone else changed the record meanwhile
        NotFound,
        Invalid, ///< the data breaks a rule (missing title, dangling reference)
        Cancelled, ///< stopped on request (a background backup at quit)
        Other,
    };

    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }
};

} // namespace Frise::Storage
