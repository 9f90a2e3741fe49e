// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample.h"

#include "backupjson.h"

#include <QCoreApplication>
#include <QFile>

namespace Frise::Io {

bool loadSample(Dataset *dataset, IoError *error)
{
    QFile file(QStringLiteral(":/sample/sample.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        error->file = file.fileName();
        error->message
            = QCoreApplication::translate("Frise::Io::Sample", "The bundled sample is missing from this build.");
        return false;
    }
    if (!BackupJson::read(file.readAll(), dataset, error)) {
        error->file = QStringLiteral("resources/sample/sample.json");
        return false;
    }
    return true;
}

} // namespace Frise::Io
