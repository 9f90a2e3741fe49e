// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "backupcopies.h"
#include "backupjson.h"
#include "claimreviewwriter.h"
#include "csljsonwriter.h"
#include "ftmwriter.h"
#include "genericcsv.h"
#include "icsexport.h"
#include "publishsafe.h"
#include "timelinejscsv.h"
#include "timelinejsjson.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Frise::Io {

namespace {
class ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
public:
    static QString unknownFormat() { return tr("unknown export format"); }
    static QString formats()
    {
        return tr("backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm or csl-json");
    }
    static QString cannotWrite(const QString &why) { return tr("cannot write the file: %1").arg(why); }
};
} // namespace

QByteArray Exporter::exportData(const Dataset &dataset, const ExportOptions &options)
{
    if (options.publishSafe) {
        ExportOptions rest = options;
        rest.publishSafe = false;
        rest.onlyCitedSources = true;
        return exportData(publishSafeCopy(dataset), rest);
    }
    switch (options.format) {
    case Format::Backup:
        return BackupJson::write(dataset);
    // The publication formats never carry a confidential identity nor a dead link.
    case Format::TimelineJsJson:
        return TimelineJsJson::write(citableCopy(dataset), options);
    case Format::TimelineJsCsv:
        return TimelineJsCsv::write(citableCopy(dataset), options);
    case Format::Csv:
        return GenericCsv::write(citableCopy(dataset), options);
    case Format::Ics:
        return IcsExport::write(citableCopy(dataset), options);
    // These three leave out confidential sources and dead links themselves; ClaimReview is publish-safe always.
    case Format::ClaimReview:
        return ClaimReviewWriter::write(
            dataset, {options.language, options.publisher, options.publisherUrl, options.reviewDate});
    case Format::Ftm:
        return FtmWriter::write(dataset, options.language);
    case Format::CslJson:
        return CslJsonWriter::write(
            dataset, options.onlyCitedSources ? CslJsonWriter::Scope::CitedSources : CslJsonWriter::Scope::AllSources);
    case Format::Unknown:
        break;
    }
    return {};
}

bool Exporter::exportFile(const Dataset &dataset, const QString &path, const ExportOptions &options, IoError *error,
    const std::atomic<bool> *cancel)
{
    ExportOptions effective = options;
    if (effective.format == Format::Unknown)
        effective.format = formatFromFileName(path);
    error->file = path;
    if (effective.format == Format::Unknown) {
        error->message = ExporterText::unknownFormat();
        error->expected = ExporterText::formats();
        return false;
    }
    // The copies first: a backup file never names copies that are not beside it.
    if (effective.format == Format::Backup && !BackupCopies::write(dataset, path, effective.savedCopies, error, cancel))
        return false;
    const QByteArray data = exportData(dataset, effective);
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    if (cancel && cancel->load()) {
        file.cancelWriting();
        *error = {};
        return false;
    }
    if (!written || !file.commit()) {
        error->message = ExporterText::cannotWrite(file.errorString());
        return false;
    }
    *error = {};
    return true;
}

} // namespace Frise::Io
