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
 * title (Headline) and description (Text), Type `era` an Era (which needs
 * an End Year), other rows events (which need a Headline or a Text; a
 * faulty end is skipped with a warning, the event kept). Years
 * may be negative (BCE); a year outside FuzzyDate's range is refused with
 * "year out of supported range". Time is `H:MM` or `H:MM:SS`, optionally
 * followed by AM/PM. Media Thumbnail and Background (and an era's Text,
 * Media and Group) are dropped with one warning per column, columns not in
 * the template are named once; errors and warnings give the line and
 * column of the cell. A cell starting with `'` before a formula character
 * has that `'` removed (see CsvWriter).
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
