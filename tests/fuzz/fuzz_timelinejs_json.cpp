// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS JSON import never crashes; what it accepts exports and reads back.

#include "io/exporter.h"
#include "io/importer.h"

#include <cstdint>
#include <cstdlib>

using namespace Frise::Io;

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
    if (!again.ok() || again.dataset.events.size() != result.dataset.events.size())
        std::abort();
    return 0;
}
