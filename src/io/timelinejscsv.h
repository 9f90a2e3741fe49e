// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QByteArray>
#include <QStringList>

namespace Frise::Io {

/**
 * The TimelineJS Google-sheet template saved as CSV: columns Year, Month,
 * Day, Time, End Year, End Month, End Day, End Time, Display Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 * Type, Group, Background (matched by name, in any order, any case).
 *
 * Rows map like TimelineJsJson's slides: Type `title` gives the dataset
 * title, Type `era` an event tagged `era`, other rows events. Time is
 * `H:MM` or `H:MM:SS`, optionally followed by AM/PM. Media Thumbnail and
 * Background are dropped with a warning. A cell starting with `'` before a
 * formula character has that `'` removed (see CsvWriter).
 *
 * Export writes what TimelineJsJson writes, as rows: the title row (Type
 * `title`, Headline and Text from the dataset's title and description),
 * one `era` row per era, then one row per event; Media Caption and Media
 * Credit only beside a Media url, in the Text otherwise.
 */
class TimelineJsCsv
{
public:
    /// The template's column names, in template order.
    static QStringList columns();
    /// Whether @p header (a CSV first row) looks like the TimelineJS template.
    static bool looksLikeSheet(const QStringList &header);

    static void read(const QString &text, const QString &fileName, const ImportOptions &options, ImportResult *result);
    /// CRLF lines, formula cells neutralised, UTF-8 BOM when ExportOptions::csvByteOrderMark.
    static QByteArray write(const Dataset &dataset, const ExportOptions &options);
};

} // namespace Frise::Io
