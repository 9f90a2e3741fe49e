// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QByteArray>

#include <atomic>

namespace Frise::Io {

/**
 * Writes a Dataset in any supported format. Files are written through
 * QSaveFile, so a failed or interrupted export never leaves a half-written
 * file. With ExportOptions::publishSafe the dataset first goes through
 * publishSafeCopy().
 */
class Exporter
{
public:
    /// The bytes of @p dataset in @p options.format (which must be set).
    static QByteArray exportData(const Dataset &dataset, const ExportOptions &options);
    /**
     * Writes @p path; the format comes from the extension when @p options has
     * none. When @p cancel is set by the time the bytes are ready, nothing
     * is written and false is returned with an empty @p error.
     */
    static bool exportFile(const Dataset &dataset, const QString &path, const ExportOptions &options, IoError *error,
        const std::atomic<bool> *cancel = nullptr);
};

} // namespace Frise::Io
