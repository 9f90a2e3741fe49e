// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS JSON import never crashes; what it accepts exports and reads
// back to the same events and eras: same dates, precisions and titles.

#include "io/exporter.h"
#include "io/importer.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Frise;
using namespace Frise::Io;

namespace {

[[noreturn]] void mismatch(const char *what, qsizetype index, const QString &first, const QString &again)
{
    std::fprintf(stderr, "round trip changed %s %lld: \"%s\" -> \"%s\"\n", what, static_cast<long long>(index),
        qPrintable(first), qPrintable(again));
    std::abort();
}

// Dates as the timeline draws them: canonical text (precision included) and extent. Wording is left out: the
// exporter may write a display_date where the file had none.
void compareDates(const char *what, qsizetype index, const FuzzyDate &first, const FuzzyDate &again)
{
    if (first.toIsoText() != again.toIsoText() || first.precision() != again.precision()
        || first.earliestMinutes() != again.earliestMinutes() || first.latestMinutes() != again.latestMinutes())
        mismatch(what, index, first.toIsoText(), again.toIsoText());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.format = Format::TimelineJsJson;
    const ImportResult result = Importer::importData(bytes, QStringLiteral("fuzz.json"), options);
    if (!result.ok())
        return 0;
    ExportOptions exportOptions;
    exportOptions.format = Format::TimelineJsJson;
    const QByteArray written = Exporter::exportData(result.dataset, exportOptions);
    const ImportResult again = Importer::importData(written, QStringLiteral("again.json"), options);
    if (!again.ok()) {
        std::fprintf(stderr, "the export does not read back: %s\n", qPrintable(again.error.toString()));
        std::abort();
    }
    const Dataset &a = result.dataset;
    const Dataset &b = again.dataset;
    if (a.events.size() != b.events.size())
        mismatch("the number of events", 0, QString::number(a.events.size()), QString::number(b.events.size()));
    if (a.eras.size() != b.eras.size())
        mismatch("the number of eras", 0, QString::number(a.eras.size()), QString::number(b.eras.size()));
    if (a.title.en != b.title.en)
        mismatch("the title", 0, a.title.en, b.title.en);
    if (a.description.en != b.description.en)
        mismatch("the description", 0, a.description.en, b.description.en);
    for (qsizetype i = 0; i < a.events.size(); ++i) {
        const Event &x = a.events.at(i);
        const Event &y = b.events.at(i);
        if (x.title.en != y.title.en)
            mismatch("the title of event", i, x.title.en, y.title.en);
        // A source without a url travels in the text (TimelineJS stops on a
        // media object without one): the text then comes back with it appended.
        const bool creditInText = std::any_of(x.sourceIds.cbegin(), x.sourceIds.cend(), [&a](RowId id) {
            const Source *source = a.source(id);
            return source && source->url.isEmpty();
        });
        if (creditInText ? !y.text.en.startsWith(x.text.en) : x.text.en != y.text.en)
            mismatch("the text of event", i, x.text.en, y.text.en);
        compareDates("the start of event", i, x.start, y.start);
        compareDates("the end of event", i, x.end, y.end);
    }
    for (qsizetype i = 0; i < a.eras.size(); ++i) {
        const Era &x = a.eras.at(i);
        const Era &y = b.eras.at(i);
        if (x.title.en != y.title.en)
            mismatch("the title of era", i, x.title.en, y.title.en);
        compareDates("the start of era", i, x.start, y.start);
        compareDates("the end of era", i, x.end, y.end);
    }
    return 0;
}
