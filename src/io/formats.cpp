// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats.h"

namespace Frise::Io {

namespace {
struct FormatName
{
    Format format;
    const char *code;
};
constexpr FormatName formatNames[] = {
    {Format::TimelineJsJson, "timelinejs-json"},
    {Format::TimelineJsCsv, "timelinejs-csv"},
    {Format::Csv, "csv"},
    {Format::Backup, "backup"},
    {Format::Ics, "ics"},
    {Format::ClaimReview, "claimreview"},
    {Format::Ftm, "ftm"},
    {Format::CslJson, "csl-json"},
};
} // namespace

QString formatCode(Format format)
{
    for (const auto &entry : formatNames) {
        if (entry.format == format)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

Format formatFromCode(const QString &code)
{
    for (const auto &entry : formatNames) {
        if (code == QLatin1String(entry.code))
            return entry.format;
    }
    return Format::Unknown;
}

Format formatFromFileName(const QString &fileName)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".timeline.json")) || lower.endsWith(QLatin1String(".tljs.json")))
        return Format::TimelineJsJson;
    if (lower.endsWith(QLatin1String(".csl.json")))
        return Format::CslJson;
    if (lower.endsWith(QLatin1String(".ftm.json")) || lower.endsWith(QLatin1String(".jsonl")))
        return Format::Ftm;
    if (lower.endsWith(QLatin1String(".jsonld")))
        return Format::ClaimReview;
    if (lower.endsWith(QLatin1String(".json")))
        return Format::Backup;
    if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv")))
        return Format::Csv;
    if (lower.endsWith(QLatin1String(".ics")))
        return Format::Ics;
    return Format::Unknown;
}

bool isExportOnly(Format format)
{
    return format == Format::Ics || format == Format::ClaimReview || format == Format::Ftm || format == Format::CslJson;
}

} // namespace Frise::Io
