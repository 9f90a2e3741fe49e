// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "backupcopies.h"
#include "backupjson.h"
#include "csvreader.h"
#include "genericcsv.h"
#include "timelinejscsv.h"
#include "timelinejsjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <string_view>

namespace Frise::Io {

namespace {

class ImporterText
{
    Q_DECLARE_TR_FUNCTIONS(Importer)
public:
    static QString cannotOpen(const QString &why) { return tr("cannot open the file: %1").arg(why); }
    static QString empty() { return tr("the file is empty"); }
    static QString unknownFormat() { return tr("unknown file format"); }
    static QString formats() { return tr("a Frise backup, TimelineJS JSON, a TimelineJS sheet or a CSV file"); }
    static QString noIcsImport() { return tr("iCalendar files cannot be imported"); }
    static QString exportOnly() { return tr("ClaimReview, FollowTheMoney and CSL-JSON files are exports only"); }
    static QString tooLarge(qint64 size, qint64 limit)
    {
        return tr("the file is too large to import: %1 MiB, Frise reads up to %2 MiB at once")
            .arg(size / (1024 * 1024))
            .arg(limit / (1024 * 1024));
    }
    static QString smallerFile() { return tr("a smaller file: split it, or import it in parts"); }
};

QByteArray withoutUtf8Bom(const QByteArray &data)
{
    return data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
}

bool looksLikeJson(const QByteArray &data)
{
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' || c == '[';
    }
    return false;
}

// The name of a JSON object's first key, if @p data starts with one (no
// escapes: the keys looked for have none).
QByteArrayView firstKey(QByteArrayView data)
{
    const auto skipSpace = [&](qsizetype at) {
        while (at < data.size() && (data[at] == ' ' || data[at] == '\t' || data[at] == '\r' || data[at] == '\n'))
            ++at;
        return at;
    };
    qsizetype at = skipSpace(0);
    if (at >= data.size() || data[at] != '{')
        return {};
    at = skipSpace(at + 1);
    if (at >= data.size() || data[at] != '"')
        return {};
    const qsizetype end = data.indexOf('"', at + 1);
    if (end < 0 || data.sliced(at + 1, end - at - 1).contains('\\'))
        return {};
    return data.sliced(at + 1, end - at - 1);
}

// A backup's keys are written in alphabetical order, so in a big one the
// "format" key comes after the events, far past the part read to decide.
// Its first key then tells: TimelineJS JSON has only events, eras, title
// and scale at the top.
bool startsLikeBackup(QByteArrayView data)
{
    static constexpr std::string_view backupOnly[]
        = {"actors", "audit", "claims", "description", "disputes", "exportedAt", "format", "formatVersion", "relations",
            "roles", "savedCopies", "sources", "statusChanges", "tags"};
    const QByteArrayView key = firstKey(data);
    return std::any_of(std::begin(backupOnly), std::end(backupOnly),
        [&](std::string_view name) { return key == QByteArrayView(name.data(), qsizetype(name.size())); });
}

} // namespace

Format Importer::detectFormat(const QString &fileName, const QByteArray &data)
{
    const QByteArray bytes = withoutUtf8Bom(data.left(65536));
    const Format byName = formatFromFileName(fileName);
    // Formats Frise only writes are refused by name, with a message that says so, never sniffed.
    if (isExportOnly(byName))
        return byName;
    // A .json name with content that does not even start like JSON is broken JSON all the same: the JSON
    // reader says where. Which one follows the same rule as for good JSON (fuzz_detect_format found a
    // broken .json taken for a backup that never said so).
    if (looksLikeJson(bytes) || byName == Format::Backup || byName == Format::TimelineJsJson) {
        if (bytes.contains("\"frise-backup\"") || startsLikeBackup(bytes))
            return Format::Backup;
        return Format::TimelineJsJson;
    }
    QString text;
    IoError error;
    if (!CsvReader::decode(data.left(65536), &text, &error))
        return Format::Csv; // not text: the CSV reader says where
    CsvReader reader(text);
    QStringList header;
    if (reader.readRow(&header) && TimelineJsCsv::looksLikeSheet(header))
        return Format::TimelineJsCsv;
    return Format::Csv;
}

ImportResult Importer::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.error.file = path;
        result.error.message = ImporterText::cannotOpen(file.errorString());
        return result;
    }
    if (file.size() > maximumFileSize()) {
        ImportResult result;
        result.error.file = path;
        result.error.message = ImporterText::tooLarge(file.size(), maximumFileSize());
        result.error.expected = ImporterText::smallerFile();
        return result;
    }
    ImportResult result = importData(file.readAll(), path, options);
    // A backup's saved copies are files beside it: refused now, before any preview, when one is not there.
    if (result.ok() && result.format == Format::Backup
        && !BackupCopies::checkPresent(result.dataset, path, &result.error))
        result.dataset = {};
    return result;
}

ImportResult Importer::importData(const QByteArray &data, const QString &fileName, const ImportOptions &options)
{
    ImportResult result;
    result.error.file = fileName;
    // Not data.trimmed(): that would copy the whole file once more.
    if (std::all_of(data.cbegin(), data.cend(), [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); })) {
        result.error.line = 1;
        result.error.column = 1;
        result.error.message = ImporterText::empty();
        result.error.expected = ImporterText::formats();
        return result;
    }
    const Format format = options.format != Format::Unknown ? options.format : detectFormat(fileName, data);
    result.format = format;
    switch (format) {
    case Format::Backup:
        BackupJson::read(withoutUtf8Bom(data), &result.dataset, &result.error);
        break;
    case Format::TimelineJsJson:
        TimelineJsJson::read(withoutUtf8Bom(data), options, &result);
        break;
    case Format::TimelineJsCsv:
    case Format::Csv: {
        QString text;
        QString warning;
        if (!CsvReader::decode(data, &text, &result.error, &warning))
            break;
        if (!warning.isEmpty())
            result.warnings.append(warning);
        if (format == Format::Csv)
            GenericCsv::read(text, fileName, options, &result);
        else
            TimelineJsCsv::read(text, fileName, options, &result);
        break;
    }
    case Format::Ics:
        result.error.message = ImporterText::noIcsImport();
        result.error.expected = ImporterText::formats();
        break;
    case Format::ClaimReview:
    case Format::Ftm:
    case Format::CslJson:
        result.error.message = ImporterText::exportOnly();
        result.error.expected = ImporterText::formats();
        break;
    case Format::Unknown:
        result.error.message = ImporterText::unknownFormat();
        result.error.expected = ImporterText::formats();
        break;
    }
    result.error.file = result.error.isNull() ? QString() : fileName;
    if (!result.ok())
        result.dataset = {};
    return result;
}

} // namespace Frise::Io
