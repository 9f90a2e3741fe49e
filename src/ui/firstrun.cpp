// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include "databasesession.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Frise::Ui {

QString sampleDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/sample.frise");
}

bool ensureSampleDatabase(QString *path, QString *error)
{
    const QString target = sampleDatabasePath();
    *path = target;
    if (QFileInfo::exists(target))
        return true;
    QDir().mkpath(QFileInfo(target).absolutePath());
    Storage::Database::OpenOptions options;
    options.create = true;
    Storage::StorageError storageError;
    // For now an empty database; the bundled bilingual sample is written here once it exists.
    if (!Storage::Database::open(target, options, &storageError)) {
        if (error)
            *error = DatabaseSession::userMessage(storageError);
        return false;
    }
    return true;
}

} // namespace Frise::Ui
