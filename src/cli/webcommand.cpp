// SPDX-License-Identifier: GPL-3.0-or-later
// export-web: the interactive web page (Io::WebPage).
#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"

#include "io/webpage.h"
#include "storage/datasetstore.h"
#include "timeline/timelineexporter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Frise::Cli {

namespace {

class Messages : public CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString notHtml() { return tr("the output must end in .html or .htm"); }
};

} // namespace

int exportWebCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export-web");
    const Arguments arguments(args,
        {QStringLiteral("-o"), QStringLiteral("--lang"), QStringLiteral("--from"), QStringLiteral("--to")},
        {QStringLiteral("--include-unverified")});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(command));
    if (!arguments.has(QStringLiteral("-o")))
        return refuse(Messages::usage(command, Messages::needsOutput()));
    const QString output = arguments.value(QStringLiteral("-o"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        return refuse(Messages::usage(command, Messages::notHtml()));

    Io::WebPageOptions options;
    QString problem;
    if (!readLanguage(arguments, &options.language, &problem))
        return refuse(Messages::usage(command, problem));
    if (!readPeriod(arguments, &options.fromMinutes, &options.toMinutes, &problem))
        return refuse(Messages::usage(command, problem));
    options.includeUnverified = arguments.has(QStringLiteral("--include-unverified"));

    int code = Done;
    Storage::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto db = openForCommand(command, arguments.positional(0), openOptions, &code);
    if (!db)
        return code;
    Dataset dataset;
    Storage::StorageError error;
    if (!Storage::DatasetStore(*db).exportAll(&dataset, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    Io::IoError ioError;
    if (!Io::WebPage::writeFile(dataset, output, options, &ioError)) {
        err() << Messages::failed(command, ioError.toString()) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::exported(output) << Qt::endl;
    return Done;
}

} // namespace Frise::Cli
