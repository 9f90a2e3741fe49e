// SPDX-License-Identifier: GPL-3.0-or-later
// CSV: decoding, record reading and generic-CSV import never crash, and
// what CsvWriter writes CsvReader reads back unchanged.

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/importer.h"

#include <cstdint>
#include <cstdlib>

using namespace Frise::Io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions importOptions;
    importOptions.format = Format::Csv;
    Importer::importData(bytes, QStringLiteral("fuzz.csv"), importOptions);

    QString text;
    IoError error;
    if (!CsvReader::decode(bytes, &text, &error))
        return 0;
    CsvReader reader(text);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(&row))
        rows.append(row);
    if (reader.hasError() && (reader.error().line < 1 || reader.error().column < 1))
        std::abort();

    // Property: writing the records and reading them back gives the same records
    // (for text that survives UTF-8 at all: lone UTF-16 surrogates do not).
    if (QString::fromUtf8(text.toUtf8()) != text)
        return 0;
    CsvWriter::Options options;
    options.neutraliseFormulas = false;
    CsvWriter writer(options);
    QList<QStringList> kept;
    for (const QStringList &r : std::as_const(rows)) {
        if (r.size() == 1 && r.first().isEmpty())
            continue; // a lone empty field is written as a blank line, which readers skip
        writer.writeRow(r);
        kept.append(r);
    }
    CsvReader again(QString::fromUtf8(writer.data()), u',');
    QList<QStringList> reread;
    while (again.readRow(&row))
        reread.append(row);
    if (again.hasError() || reread != kept)
        std::abort();

    return 0;
}
