// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS sheet CSV import never crashes; what it accepts exports and
// reads back to the same dataset.

#include "io/exporter.h"
#include "io/importer.h"

#include <cstdint>
#include <cstdlib>

using namespace Frise::Io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.format = Format::TimelineJsCsv;
    const ImportResult result = Importer::importData(bytes, QStringLiteral("fuzz.csv"), options);
    if (!result.ok())
        return 0;
    ExportOptions exportOptions;
    exportOptions.format = Format::TimelineJsCsv;
    const QByteArray written = Exporter::exportData(result.dataset, exportOptions);
    const ImportResult again = Importer::importData(written, QStringLiteral("again.csv"), options);
    if (!again.ok() || again.dataset.events.size() != result.dataset.events.size())
        std::abort();
    return 0;
}
