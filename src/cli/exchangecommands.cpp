// SPDX-License-Identifier: GPL-3.0-or-later
// sample, import, export: datasets in and out of a database.
#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"
#include "importpipeline.h"
#include "searchindexcommands.h"

#include "io/backupcopies.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/sample.h"
#include "storage/datasetstore.h"
#include "storage/savedcopies.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace Frise::Cli {

namespace {

class Messages : public CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString unknownFormat(const QString &value) { return tr("unknown format '%1'").arg(value); }
    static QString unknownDateOrder(const QString &value)
    {
        return tr("--date-order expects dmy, mdy or ymd, not '%1'").arg(value);
    }
    static QString imported(qint64 inserted, qint64 reused)
    {
        return tr("Imported %1 records (%2 already present, kept as they were).").arg(inserted).arg(reused);
    }
    static QString warnings(qsizetype count)
    {
        return tr("%n warning(s), listed above: what they name was skipped.", nullptr, int(count));
    }
    static QString unknownCsvDialect(const QString &value)
    {
        return tr("--csv-dialect expects standard or excel-fr, not '%1'").arg(value);
    }
    static QString csvDialectNeedsCsv() { return tr("--csv-dialect applies to --format csv only"); }
    static QString publisherNeedsClaimReview(const QString &option)
    {
        return tr("%1 applies to --format claimreview only").arg(option);
    }
    static QString badPublisherUrl(const QString &value)
    {
        return tr("--publisher-url expects an http:// or https:// address, not '%1'").arg(value);
    }
    static QString dryRunHeader(const QString &file, const QString &format)
    {
        return tr("Dry run: %1 (%2) would import:").arg(file, format);
    }
    static QString dryRunCount(const QString &kind, qint64 count) { return tr("  %1: %2").arg(kind).arg(count); }
    static QString dryRunWarnings(qint64 count) { return tr("  warnings: %1").arg(count); }
    static QString dryRunNothingChanged(const QString &db) { return tr("Nothing was changed in %1.").arg(db); }
    static QString sampleWritten(const QString &path) { return tr("Wrote the bilingual sample to %1.").arg(path); }
    static QString notEmpty(const QString &path)
    {
        return tr("%1 already holds data; the sample goes into a new or empty database").arg(path);
    }
};

// How `frise import` stores what it read.
Storage::DatasetStore::ImportOptions storeOptions(Io::Format format, const QString &file)
{
    Storage::DatasetStore::ImportOptions importOptions;
    importOptions.keepAudit = format == Io::Format::Backup;
    importOptions.auditNote = QFileInfo(file).fileName();
    if (format == Io::Format::Backup)
        importOptions.savedCopies = Io::BackupCopies::reader(file);
    // Read through Io::DatasetBuilder, which gives each record a uid of its own.
    importOptions.uidsUnique
        = format == Io::Format::TimelineJsCsv || format == Io::Format::TimelineJsJson || format == Io::Format::Csv;
    // Test hook: a lower size from which the search index is built after the commit.
    bool deferSet = false;
    const qint64 deferFrom = qEnvironmentVariable("FRISE_SEARCH_DEFER_FROM").toLongLong(&deferSet);
    if (deferSet && deferFrom > 0)
        importOptions.deferSearchIndexFrom = deferFrom;
    return importOptions;
}

int reportImported(Storage::Database &db, const Storage::ImportSummary &summary, qsizetype warnings, bool waitIndex)
{
    err() << Messages::imported(summary.inserted, summary.reused) << Qt::endl;
    if (warnings > 0)
        err() << Messages::warnings(warnings) << Qt::endl;
    return completeSearchIndex(db, waitIndex);
}

// `frise import` reading and writing at once (ImportPipeline), with the
// messages, their order and the exit codes of the import that reads first.
int importThroughPipeline(
    ImportPipeline &pipeline, const QString &command, const QString &file, const QString &location, bool waitIndex)
{
    pipeline.start();
    Storage::StorageError error;
    auto db = Storage::Database::open(location, {}, &error);
    // A bad file; not a reading stopped because the writing failed first.
    const auto readFailed = [&] {
        const Io::ImportResult &result = pipeline.readResult();
        if (result.error.isNull())
            return false;
        err() << result.error.toString() << Qt::endl;
        return true;
    };
    const auto printWarnings = [&] {
        for (const QString &warning : pipeline.readResult().warnings)
            err() << file << u':' << warning << Qt::endl;
    };
    if (!db) {
        pipeline.discard();
        if (readFailed())
            return Refused;
        printWarnings();
        // As openForCommand() says it.
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    Storage::ImportSummary summary;
    const bool ok = pipeline.write(*db, storeOptions(Io::Format::TimelineJsCsv, file), &summary, &error);
    if (readFailed())
        return Refused;
    printWarnings();
    if (!ok) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return error.code == Storage::StorageError::Code::Invalid ? Refused : CannotRun;
    }
    return reportImported(*db, summary, pipeline.readResult().warnings.size(), waitIndex);
}

} // namespace

int sampleCommand(const QStringList &args)
{
    const QString command = QStringLiteral("sample");
    const Arguments arguments(args, {}, {});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(command));
    Dataset sample;
    Io::IoError ioError;
    if (!Io::loadSample(&sample, &ioError)) {
        err() << Messages::failed(command, ioError.toString()) << Qt::endl;
        return CannotRun;
    }
    int code = Done;
    Storage::Database::OpenOptions options;
    options.create = true;
    auto db = openForCommand(command, arguments.positional(0), options, &code);
    if (!db)
        return code;
    Storage::DatasetStore store(*db);
    Storage::StorageError error;
    Dataset existing;
    if (!store.exportAll(&existing, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    if (!existing.events.isEmpty() || !existing.actors.isEmpty())
        return refuse(
            Messages::failed(command, Messages::notEmpty(Storage::Database::redacted(arguments.positional(0)))));
    Storage::DatasetStore::ImportOptions importOptions;
    importOptions.keepAudit = true;
    importOptions.auditNote = QStringLiteral("sample");
    if (!store.import(sample, importOptions, {}, nullptr, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return error.code == Storage::StorageError::Code::Invalid ? Refused : CannotRun;
    }
    err() << Messages::sampleWritten(Storage::Database::redacted(arguments.positional(0))) << Qt::endl;
    return Done;
}

namespace {

// `frise import`'s arguments (after the command name).
Arguments importArguments(const QStringList &args)
{
    return Arguments(args,
        {QStringLiteral("--format"), QStringLiteral("--map"), QStringLiteral("--date-order"), QStringLiteral("--lang")},
        {QStringLiteral("--dry-run"), QStringLiteral("--wait-index")});
}

} // namespace

QString importInput(const QStringList &args)
{
    if (args.isEmpty() || args.constFirst() != QLatin1String("import"))
        return {};
    const Arguments arguments = importArguments(args.mid(1));
    return arguments.isValid() && arguments.positionals().size() == 2 ? arguments.positional(1) : QString();
}

int importCommand(const QStringList &args)
{
    const QString command = QStringLiteral("import");
    const Arguments arguments = importArguments(args);
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 2)
        return refuse(Messages::missingArgument(command));
    Io::ImportOptions options;
    QString problem;
    if (arguments.has(QStringLiteral("--format"))) {
        options.format = Io::formatFromCode(arguments.value(QStringLiteral("--format")));
        if (options.format == Io::Format::Unknown || Io::isExportOnly(options.format))
            return refuse(
                Messages::usage(command, Messages::unknownFormat(arguments.value(QStringLiteral("--format")))));
    }
    if (arguments.has(QStringLiteral("--map"))
        && !Io::parseColumnMapping(arguments.value(QStringLiteral("--map")), &options.mapping, &problem))
        return refuse(Messages::usage(command, problem));
    if (arguments.has(QStringLiteral("--date-order"))
        && !Io::dateOrderFromCode(arguments.value(QStringLiteral("--date-order")), &options.dateOrder))
        return refuse(
            Messages::usage(command, Messages::unknownDateOrder(arguments.value(QStringLiteral("--date-order")))));
    if (!readLanguage(arguments, &options.language, &problem))
        return refuse(Messages::usage(command, problem));

    const QString file = arguments.positional(1);
    if (!QFileInfo(file).isReadable()) {
        err() << Messages::failed(command, QCoreApplication::translate("Frise::Cli", "cannot read %1").arg(file))
              << Qt::endl;
        return CannotRun;
    }
    const bool dryRun = arguments.has(QStringLiteral("--dry-run"));
    const bool waitIndex = arguments.has(QStringLiteral("--wait-index"));
    if (!dryRun) {
        if (const auto pipeline = ImportPipeline::forFile(file, options, arguments.positional(0)))
            return importThroughPipeline(*pipeline, command, file, arguments.positional(0), waitIndex);
    }
    // Parse everything before touching the database: a bad file changes nothing.
    const Io::ImportResult result = Io::Importer::importFile(file, options);
    if (!result.ok()) {
        err() << result.error.toString() << Qt::endl;
        return Refused;
    }
    for (const QString &warning : result.warnings)
        err() << file << u':' << warning << Qt::endl;
    int code = Done;
    Storage::Database::OpenOptions dbOptions;
    // A dry run still opens the database, to fail as the import would when it
    // cannot; read-only: no migration, no backup, not a byte changed.
    dbOptions.readOnly = dryRun;
    auto db = openForCommand(command, arguments.positional(0), dbOptions, &code);
    if (!db)
        return code;
    if (dryRun) {
        const Dataset &d = result.dataset;
        out() << Messages::dryRunHeader(file, Io::formatCode(result.format)) << Qt::endl;
        // The kinds named as `frise stats --json` names them, plus what stats does not count.
        const std::pair<const char *, qint64> counts[] = {{"events", d.events.size()}, {"actors", d.actors.size()},
            {"disputes", d.disputes.size()}, {"claims", d.claims.size()}, {"sources", d.sources.size()},
            {"relations", d.relations.size()}, {"eras", d.eras.size()}, {"tags", d.tags.size()}};
        for (const auto &[kind, count] : counts)
            out() << Messages::dryRunCount(QString::fromLatin1(kind), count) << Qt::endl;
        out() << Messages::dryRunWarnings(result.warnings.size()) << Qt::endl;
        err() << Messages::dryRunNothingChanged(Storage::Database::redacted(arguments.positional(0))) << Qt::endl;
        return Done;
    }
    Storage::ImportSummary summary;
    Storage::StorageError error;
    if (!Storage::DatasetStore(*db).import(result.dataset, storeOptions(result.format, file), {}, &summary, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return error.code == Storage::StorageError::Code::Invalid ? Refused : CannotRun;
    }
    return reportImported(*db, summary, result.warnings.size(), waitIndex);
}

int exportCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export");
    const Arguments arguments(args,
        {QStringLiteral("-o"), QStringLiteral("--format"), QStringLiteral("--lang"), QStringLiteral("--csv-dialect"),
            QStringLiteral("--publisher"), QStringLiteral("--publisher-url")},
        {QStringLiteral("--publish-safe")});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(command));
    if (!arguments.has(QStringLiteral("-o")))
        return refuse(Messages::usage(command, Messages::needsOutput()));
    const QString output = arguments.value(QStringLiteral("-o"));
    Io::ExportOptions options;
    QString problem;
    options.format = arguments.has(QStringLiteral("--format"))
        ? Io::formatFromCode(arguments.value(QStringLiteral("--format")))
        : Io::formatFromFileName(output);
    if (options.format == Io::Format::Unknown)
        return refuse(Messages::usage(
            command, Messages::unknownFormat(arguments.value(QStringLiteral("--format"), QFileInfo(output).suffix()))));
    if (!readLanguage(arguments, &options.language, &problem))
        return refuse(Messages::usage(command, problem));
    options.publishSafe = arguments.has(QStringLiteral("--publish-safe"));
    if (arguments.has(QStringLiteral("--csv-dialect"))) {
        const QString dialect = arguments.value(QStringLiteral("--csv-dialect"));
        if (!Io::csvDialectFromCode(dialect, &options.csvDialect))
            return refuse(Messages::usage(command, Messages::unknownCsvDialect(dialect)));
        if (options.format != Io::Format::Csv)
            return refuse(Messages::usage(command, Messages::csvDialectNeedsCsv()));
    }
    for (const QString &option : {QStringLiteral("--publisher"), QStringLiteral("--publisher-url")}) {
        if (arguments.has(option) && options.format != Io::Format::ClaimReview)
            return refuse(Messages::usage(command, Messages::publisherNeedsClaimReview(option)));
    }
    options.publisher = arguments.value(QStringLiteral("--publisher")).trimmed();
    options.publisherUrl = arguments.value(QStringLiteral("--publisher-url")).trimmed();
    if (!options.publisherUrl.isEmpty()) {
        const QUrl url(options.publisherUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return refuse(Messages::usage(command, Messages::badPublisherUrl(options.publisherUrl)));
    }

    int code = Done;
    Storage::Database::OpenOptions dbOptions;
    dbOptions.readOnly = true;
    auto db = openForCommand(command, arguments.positional(0), dbOptions, &code);
    if (!db)
        return code;
    Dataset dataset;
    Storage::StorageError error;
    if (!Storage::DatasetStore(*db).exportAll(&dataset, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    options.savedCopies = Storage::SavedCopies(*db).reader();
    Io::IoError ioError;
    if (!Io::Exporter::exportFile(dataset, output, options, &ioError)) {
        err() << Messages::failed(command, ioError.toString()) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::exported(output) << Qt::endl;
    return Done;
}

} // namespace Frise::Cli
