// SPDX-License-Identifier: GPL-3.0-or-later
// Backup restore never crashes, and every backup it accepts round-trips
// losslessly (read -> write -> read gives the same dataset).

#include "io/backupjson.h"

#include <cstdint>
#include <cstdlib>

using namespace Frise::Io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Frise::Dataset dataset;
    IoError error;
    if (!BackupJson::read(bytes, &dataset, &error))
        return 0;
    Frise::Dataset again;
    if (!BackupJson::read(BackupJson::write(dataset), &again, &error) || !(again == dataset))
        std::abort();
    return 0;
}
