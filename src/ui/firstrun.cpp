// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrun.h"

#include "io/sample.h"
#include "sessionmessages.h"
#include "storage/database.h"
#include "storage/datasetstore.h"

#include <QDir>
#include <QFile>
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
    Dataset sample;
    Io::IoError ioError;
    if (!Io::loadSample(&sample, &ioError)) {
        if (error)
            *error = ioError.toString();
        return false;
    }
    // Written to a temporary name first: a crash midway never leaves a
    // half-filled sample that would be opened next time.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    Storage::StorageError storageError;
    {
        Storage::Database::OpenOptions options;
        options.create = true;
        auto db = Storage::Database::open(partial, options, &storageError);
        Storage::DatasetStore::ImportOptions importOptions;
        importOptions.keepAudit = true;
        importOptions.auditNote = QStringLiteral("sample");
        if (!db || !Storage::DatasetStore(*db).import(sample, importOptions, {}, nullptr, &storageError)) {
            if (error)
                *error = SessionMessages::userMessage(storageError);
            QFile::remove(partial);
            return false;
        }
    }
    return QFile::rename(partial, target);
}

} // namespace Frise::Ui
