// SPDX-License-Identifier: GPL-3.0-or-later
// attach, evidence: a source's saved copies from scripts.
#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"

#include "io/evidencefolder.h"
#include "storage/repositories.h"
#include "storage/savedcopies.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Frise::Cli {

namespace {

class Messages : public CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString unknownSource(const QString &command, const QString &uid)
    {
        return tr("frise %1: no source with uid '%2'").arg(command, uid);
    }
    static QString attached(const QString &file, const QString &uid)
    {
        return tr("%1 attached to source %2").arg(file, uid);
    }
    static QString alreadyAttached(const QString &file, const QString &uid)
    {
        return tr("%1 was already attached to source %2; nothing changed").arg(file, uid);
    }
    static QString extracted(qsizetype count, const QString &folder)
    {
        return tr("%n saved copies written to %1", nullptr, int(count)).arg(QDir::toNativeSeparators(folder));
    }
    static QString unsafeName(const QString &name) { return tr("cannot make a safe file name of '%1'").arg(name); }
};

int storageExitCode(const Storage::StorageError &error)
{
    switch (error.code) {
    case Storage::StorageError::Code::Invalid:
    case Storage::StorageError::Code::NotFound:
    case Storage::StorageError::Code::CannotOpen: // the file to attach, not the database: that is opened first
    case Storage::StorageError::Code::Corrupt:
        return Refused;
    default:
        return CannotRun;
    }
}

} // namespace

int attachCommand(const QStringList &args)
{
    const QString command = QStringLiteral("attach");
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 3)
        return refuse(Messages::missingArgument(command));
    int code = Done;
    auto db = openForCommand(command, arguments.positional(0), {}, &code);
    if (!db)
        return code;
    Storage::SavedCopies copies(*db);
    Storage::StorageError error;
    const QString uid = arguments.positional(1);
    const RowId source = copies.sourceWithUid(uid, &error);
    if (error.isError()) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    if (!source)
        return refuse(Messages::unknownSource(command, uid));
    const QString file = arguments.positional(2);
    const auto attached = copies.attachFile(source, file, {}, &error);
    if (!attached) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return storageExitCode(error);
    }
    out() << attached->copy.sha256 << Qt::endl;
    err() << (attached->alreadyLinked ? Messages::alreadyAttached(file, uid) : Messages::attached(file, uid))
          << Qt::endl;
    return Done;
}

int evidenceCommand(const QStringList &args)
{
    const QString command = QStringLiteral("evidence");
    const Arguments arguments(args, {QStringLiteral("-o")}, {});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 2)
        return refuse(Messages::missingArgument(command));
    if (!arguments.has(QStringLiteral("-o")))
        return refuse(Messages::usage(command, Messages::needsOutput()));
    int code = Done;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = openForCommand(command, arguments.positional(0), options, &code);
    if (!db)
        return code;
    Storage::SavedCopies copies(*db);
    Storage::StorageError error;
    const QString uid = arguments.positional(1);
    const RowId sourceId = copies.sourceWithUid(uid, &error);
    if (!sourceId && !error.isError())
        return refuse(Messages::unknownSource(command, uid));
    const std::optional<Source> source
        = sourceId ? Storage::SourceRepository(*db).find(sourceId, &error) : std::nullopt;
    const QList<SavedCopy> list = source ? copies.forSource(sourceId, &error) : QList<SavedCopy>();
    if (error.isError()) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    Io::EvidenceFolder folder(arguments.value(QStringLiteral("-o")));
    Io::IoError ioError;
    if (!folder.prepare(&ioError)) {
        err() << Messages::failed(command, ioError.message) << Qt::endl;
        return CannotRun;
    }
    const QString manifestPath = folder.reserve(Io::EvidenceFolder::manifestName());
    QList<Io::EvidenceFolder::Entry> entries;
    for (const SavedCopy &copy : list) {
        const QString path = folder.reserve(copy.fileName);
        if (path.isEmpty())
            return refuse(Messages::failed(command, Messages::unsafeName(copy.fileName)));
        if (!copies.extractTo(copy.sha256, path, &error)) {
            err() << Messages::failed(command, error.message) << Qt::endl;
            return storageExitCode(error);
        }
        entries.append({QFileInfo(path).fileName(), copy});
    }
    QSaveFile manifest(manifestPath);
    const QByteArray json = Io::EvidenceFolder::manifest(*source, entries);
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(json) != json.size() || !manifest.commit()) {
        err() << Messages::failed(command, manifest.errorString()) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::extracted(entries.size(), QFileInfo(manifestPath).absolutePath()) << Qt::endl;
    return Done;
}

} // namespace Frise::Cli
