// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Io {

/// File formats Frise reads and writes.
enum class Format {
    Unknown,
    TimelineJsJson, ///< "timelinejs-json"
    TimelineJsCsv, ///< "timelinejs-csv"
    Csv, ///< "csv"
    Backup, ///< "backup"
    Ics, ///< "ics"
};

QString formatCode(Format format);
Format formatFromCode(const QString &code);
/// The format a file name suggests (".json" -> backup unless it looks like TimelineJS, ".csv", ".ics").
Format formatFromFileName(const QString &fileName);

} // namespace Frise::Io
