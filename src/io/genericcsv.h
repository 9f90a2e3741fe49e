// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QStringList>

namespace Frise::Io {

/**
 * Any spreadsheet of events saved as CSV, read through a column mapping.
 *
 * Columns are mapped to fields (CsvField) by ImportOptions::mapping, or,
 * when it is empty, by their header names in French or English (see
 * autoMapping()). A date column and a title column are required. Each row
 * becomes an event in ImportOptions::language; actors, tags, the dispute
 * and the source are created once per name and reused.
 *
 * Dates may be canonical (`2023`, `2023-04`, `2023-04-25`,
 * `2023-04-25T10:00`, `~2015`, `2023-04/2023-06`), `mm/yyyy`, or three
 * numbers separated by `/`, `.` or `-` in the file's date order, optionally
 * followed by a time `HH:MM` (read as UTC). Two-digit years are 19xx from 70
 * up, 20xx below. detectDateOrder() states how the order is chosen when not
 * given.
 */
class GenericCsv
{
public:
    /**
     * Maps header names (case, accents and punctuation ignored) to fields:
     * date/start/début/date de début/quand → date; end/fin/date de fin →
     * end; title/titre/headline/événement/event → title; text/texte/
     * description/résumé/summary → text; actors/acteurs/parties/qui →
     * actors; tags/étiquettes/mots-clés/keywords → tags; dispute/litige/
     * conflit/affaire/group/groupe → dispute; source/média/outlet → source;
     * url/lien/link → url. Unknown headers are ignored. Keys are the
     * case-folded header names.
     */
    static ColumnMapping autoMapping(const QStringList &header);

    /**
     * The date order for @p cells (the date column's cells), and in
     * @p reason why. The rule, in order:
     * 1. every cell is canonical (`yyyy-mm-dd`, `yyyy-mm`, `yyyy`…) → ymd;
     * 2. a cell `a/b/c` (a not a 4-digit year) with a > 12 → dmy;
     * 3. else one with b > 12 → mdy;
     * 4. else the file is `;`-separated (French Excel) or its language is
     *    French → dmy; otherwise → mdy.
     */
    static DateOrder detectDateOrder(const QStringList &cells, QChar delimiter, Language language, QString *reason);

    /// Parses one date cell; a null date and @p error when it is not a date.
    static FuzzyDate parseDate(const QString &cell, DateOrder order, QString *error);

    static void read(const QString &text, const QString &fileName, const ImportOptions &options, ImportResult *result);

    /**
     * A CSV that read() maps back automatically: columns date, end, title,
     * text, actors, tags, dispute, source, url; names in
     * ExportOptions::language; formula cells neutralised; CRLF. The
     * standard dialect is `,`-separated with canonical dates and a UTF-8 BOM
     * when ExportOptions::csvByteOrderMark; CsvDialect::ExcelFr is
     * `;`-separated with a BOM and excelFrDate() dates, which a French
     * Excel or LibreOffice opens in columns and read() takes back day first.
     */
    static QByteArray write(const Dataset &dataset, const ExportOptions &options);
    /**
     * @p date as a French spreadsheet writes it: `25/04/2023`,
     * `25/04/2023 10:00`, `04/2023`, `2023`; circa dates, ranges and years
     * outside 1000–9999 in canonical text (`~2015`, `2023-04/2023-06`).
     */
    static QString excelFrDate(const FuzzyDate &date);
};

} // namespace Frise::Io
