// SPDX-License-Identifier: GPL-3.0-or-later
// copy: a whole database from SQLite to PostgreSQL and back.
#include "arguments.h"
#include "commandline.h"
#include "commands.h"

#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/savedcopies.h"

#include <QCoreApplication>

namespace Frise::Cli {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString usage() { return tr("frise copy: write frise copy SRC DST (see frise --help)"); }
    static QString badArguments(const QString &reason) { return tr("frise copy: %1 (see frise --help)").arg(reason); }
    static QString sameDatabase() { return tr("frise copy: SRC and DST are the same database"); }
    static QString notEmpty(const QString &location)
    {
        return tr("frise copy: %1 already holds records; copy into a new, empty database").arg(location);
    }
    static QString failed(const QString &reason) { return tr("frise copy: %1").arg(reason); }
    static QString done(qint64 records, qsizetype auditRows, const QString &from, const QString &to)
    {
        return tr("Copied %1 records and %2 audit entries from %3 to %4.").arg(records).arg(auditRows).arg(from, to);
    }
};

} // namespace

int copyCommand(const QStringList &args)
{
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid()) {
        err() << Messages::badArguments(arguments.error()) << Qt::endl;
        return Refused;
    }
    if (arguments.positionals().size() != 2) {
        err() << Messages::usage() << Qt::endl;
        return Refused;
    }
    const QString from = arguments.positional(0);
    const QString to = arguments.positional(1);
    if (from == to) {
        err() << Messages::sameDatabase() << Qt::endl;
        return Refused;
    }
    int code = Done;
    Storage::Database::OpenOptions readOptions;
    readOptions.readOnly = true;
    auto source = openForCommand(QStringLiteral("copy"), from, readOptions, &code);
    if (!source)
        return code;
    Storage::Database::OpenOptions writeOptions;
    writeOptions.create = true;
    auto target = openForCommand(QStringLiteral("copy"), to, writeOptions, &code);
    if (!target)
        return code;

    // A copy never merges: ids and audit rows are kept as they are.
    Storage::StorageError error;
    const Storage::Counts counts = Storage::Maintenance(*target).counts(&error);
    if (error.isError()) {
        err() << Messages::failed(error.message) << Qt::endl;
        return CannotRun;
    }
    if (counts.events || counts.actors || counts.disputes || counts.claims || counts.sources || counts.relations) {
        err() << Messages::notEmpty(target->path()) << Qt::endl;
        return Refused;
    }
    Dataset dataset;
    if (!Storage::DatasetStore(*source).exportAll(&dataset, &error)) {
        err() << Messages::failed(error.message) << Qt::endl;
        return CannotRun;
    }
    Storage::DatasetStore::ImportOptions options;
    options.matchActorsByName = false;
    options.keepAudit = true;
    options.keepIds = true;
    options.recordImport = false;
    // Saved copies go across chunk by chunk, straight from one database to the other.
    options.savedCopies = Storage::SavedCopies(*source).reader();
    Storage::ImportSummary summary;
    if (!Storage::DatasetStore(*target).import(dataset, options, {}, &summary, &error)) {
        err() << Messages::failed(error.message) << Qt::endl;
        return error.code == Storage::StorageError::Code::Invalid ? Refused : CannotRun;
    }
    out() << Messages::done(summary.inserted, dataset.audit.size(), source->path(), target->path()) << Qt::endl;
    return Done;
}

} // namespace Frise::Cli
