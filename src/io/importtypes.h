// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats.h"
#include "ioerror.h"

#include "core/dataset.h"
#include "core/language.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Frise::Io {

/// The order of day, month and year in dates like `04/05/2023`.
enum class DateOrder {
    Auto, ///< decided from the file (see GenericCsvReader::detectDateOrder)
    Dmy, ///< "dmy": 04/05/2023 is 4 May (French, British)
    Mdy, ///< "mdy": 04/05/2023 is April 5 (US)
    Ymd, ///< "ymd": 2023/05/04, 2023-05-04
};

QString dateOrderCode(DateOrder order);
/// Parses "auto", "dmy", "mdy", "ymd"; false when unknown.
bool dateOrderFromCode(const QString &code, DateOrder *order);

/// Event fields a generic CSV column can fill.
enum class CsvField {
    Ignore, ///< "ignore"
    Date, ///< "date": start date
    End, ///< "end": end date of a span
    Title, ///< "title"
    Text, ///< "text"
    Actors, ///< "actors": comma-separated names, created or reused by name
    Tags, ///< "tags": comma-separated tag names
    Dispute, ///< "dispute": dispute title, created or reused
    Source, ///< "source": the outlet or title of the source
    Url, ///< "url": the source's address
    Grade, ///< "grade": the source's grade, "B2" (reliability A-F, credibility 1-6)
};

QString csvFieldCode(CsvField field);
bool csvFieldFromCode(const QString &code, CsvField *field);

/// Column header (compared trimmed and case-insensitively) -> field.
using ColumnMapping = QHash<QString, CsvField>;

/**
 * Parses a `--map` value: `COLUMN=field,COLUMN=field` (columns as in the
 * header; fields as csvFieldCode()). False and @p error when malformed.
 */
bool parseColumnMapping(const QString &text, ColumnMapping *mapping, QString *error);

/// Called now and then with the work done so far, out of @p total (same unit).
using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

/// Takes a part of what is read (see ImportOptions::parts); false stops the reading.
using PartCallback = std::function<bool(Dataset &&part)>;

/// How to read a file.
struct ImportOptions
{
    Format format = Format::Unknown; ///< Unknown: from the extension and the content
    ColumnMapping mapping; ///< generic CSV: empty means automatic mapping by header names
    DateOrder dateOrder = DateOrder::Auto; ///< generic CSV
    Language language = Language::English; ///< the language the file's texts are written in
    ProgressCallback progress; ///< optional
    const std::atomic_bool *cancel = nullptr; ///< optional; set to true to stop
    /**
     * Optional: a reader that can (the TimelineJS sheet) hands its records
     * out as it reads, about partEvents events at a time, in the shape
     * DatasetStream describes, instead of keeping them; what remains at
     * the end, with the title, is the result's dataset, and the warnings
     * come in the result as usual. A false from the callback stops the
     * reading (the result is cancelled). When the result is an error,
     * the parts handed out must be dropped.
     */
    PartCallback parts;
    qsizetype partEvents = 4096;
};

/// What an import produced.
struct ImportResult
{
    Dataset dataset; ///< ids numbered from 1, consistent within the set
    QStringList warnings; ///< "line:column: …" (JSON, TimelineJS sheet) or "file:line: …" — the import still succeeded
    IoError error; ///< set when the import failed (the dataset is then empty)
    bool cancelled = false;
    Format format = Format::Unknown; ///< the format actually read
    // Generic CSV details, for the preview:
    QChar delimiter;
    DateOrder dateOrder = DateOrder::Auto; ///< the order used (never Auto after a CSV import)
    QString dateOrderReason; ///< why that order was chosen, translated
    ColumnMapping mapping; ///< the mapping used
    QStringList header; ///< the CSV header row

    bool ok() const { return error.isNull() && !cancelled; }
};

/// The shape of a generic CSV export.
enum class CsvDialect {
    Standard, ///< "standard": `,`-separated, canonical dates (2023-04-25), BOM per ExportOptions::csvByteOrderMark
    ExcelFr, ///< "excel-fr": what Excel and LibreOffice open in a French locale: `;`, dd/mm/yyyy dates, always a BOM
};

QString csvDialectCode(CsvDialect dialect);
/// Parses "standard", "excel-fr"; false when unknown.
bool csvDialectFromCode(const QString &code, CsvDialect *dialect);

/// How to write a file.
struct ExportOptions
{
    Format format = Format::Unknown; ///< Unknown: from the extension
    Language language = Language::English; ///< one language at a time (not for backups)
    /**
     * Leave out everything not fit for publication: internal notes (events,
     * claims), unverified and disputed claims, and the audit log (which
     * holds old values of notes). See publishSafeCopy().
     */
    bool publishSafe = false;
    bool csvByteOrderMark = true; ///< sheet CSV: UTF-8 BOM so Excel reads accents
    CsvDialect csvDialect = CsvDialect::Standard; ///< generic CSV only
    /**
     * CSL-JSON: only the sources a record of the dataset cites (events,
     * relations, claims, status changes). A publish-safe export sets it, so
     * that a source cited only by a claim it leaves out is left out too.
     */
    bool onlyCitedSources = false;
    /// ClaimReview: the newsroom publishing the fact-checks (each review's author); empty: no author.
    QString publisher;
    /**
     * ClaimReview: the web page the reviews are published on; each review's
     * url is this page with the anchor `#claim-UID`. Empty: the anchor alone,
     * which resolves against the page the JSON-LD is embedded in.
     */
    QString publisherUrl;
    /// ClaimReview: the reviews' datePublished; invalid: the day of the export (UTC).
    QDate reviewDate;
    /// Backups: reads the bytes of the dataset's saved copies, written beside the file (BackupCopies).
    SavedCopyReader savedCopies;
};

} // namespace Frise::Io
