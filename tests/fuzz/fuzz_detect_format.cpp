// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection (what `frise import` and the import dialog use when no
// format is given) never crashes, gives a known format, looks at the start of
// the file only, and names a backup only when the file says so.

#include "io/importer.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>

using namespace Frise::Io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The first byte picks the file name: the extension weighs in the decision.
    static const char *const names[] = {"in.json", "in.csv", "in.tsv", "in.txt", "in.ics", "in", "IN.JSON", "in.xlsx",
        "in.jsonl", "in.csl.json", "in.jsonld"};
    if (size == 0)
        return 0;
    const QString name = QString::fromLatin1(names[data[0] % std::size(names)]);
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Format format = Importer::detectFormat(name, bytes);
    if (int(format) < int(Format::Unknown) || int(format) > int(Format::CslJson))
        std::abort(); // not a Format value
    if (isExportOnly(format) && formatFromFileName(name) != format)
        std::abort(); // iCalendar and the other export-only formats are only ever named so, never sniffed
    if (Importer::detectFormat(name, bytes) != format)
        std::abort(); // not deterministic
    // Only the first 64 KiB are read: what comes after cannot change the answer.
    if (bytes.size() > 65536) {
        QByteArray changed = bytes;
        changed[changed.size() - 1] = char(~changed.at(changed.size() - 1));
        if (Importer::detectFormat(name, changed) != format)
            std::abort();
    }
    // A backup is JSON that says so: its text holds the format's name, or
    // it opens with a key only a backup has (a big backup's "format" key
    // comes after its events).
    static const QByteArray backupFirstKeys[] = {"{\"actors\"", "{\"audit\"", "{\"claims\"", "{\"description\"",
        "{\"disputes\"", "{\"exportedAt\"", "{\"format\"", "{\"formatVersion\"", "{\"relations\"", "{\"roles\"",
        "{\"savedCopies\"", "{\"sources\"", "{\"statusChanges\"", "{\"tags\""};
    const QByteArray compact = bytes.left(65536 + 3).simplified().replace("{ ", "{");
    const bool opensLikeBackup = std::any_of(std::begin(backupFirstKeys), std::end(backupFirstKeys),
        [&](const QByteArray &key) { return compact.contains(key); });
    if (format == Format::Backup && !bytes.left(65536 + 3).contains("\"frise-backup\"") && !opensLikeBackup)
        std::abort();
    return 0;
}
