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
    ClaimReview, ///< "claimreview": schema.org ClaimReview JSON-LD (export only)
    Ftm, ///< "ftm": FollowTheMoney entities as JSON lines (export only)
    CslJson, ///< "csl-json": the sources as CSL-JSON (export only)
};

QString formatCode(Format format);
Format formatFromCode(const QString &code);
/**
 * The format a file name suggests: ".json" -> backup unless it looks like
 * TimelineJS (".timeline.json"), CSL-JSON (".csl.json") or FollowTheMoney
 * (".ftm.json"); ".jsonl" -> FollowTheMoney; ".jsonld" -> ClaimReview;
 * ".csv", ".ics".
 */
Format formatFromFileName(const QString &fileName);
/// Formats Frise writes but never reads (ICS, ClaimReview, FollowTheMoney, CSL-JSON).
bool isExportOnly(Format format);

} // namespace Frise::Io
