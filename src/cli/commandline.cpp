// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace Frise::Cli {

namespace {

const QStringList knownCommands = {
    QStringLiteral("new"),
    QStringLiteral("sample"),
    QStringLiteral("check"),
    QStringLiteral("stats"),
    QStringLiteral("search"),
    QStringLiteral("import"),
    QStringLiteral("export"),
    QStringLiteral("export-timeline"),
    QStringLiteral("export-graph"),
    QStringLiteral("copy"),
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString usage()
    {
        return tr("Usage: frise [DB]                  open the GUI (the sample on first run)\n"
                  "       frise --version | --help\n"
                  "       frise new DB                create an empty database\n"
                  "       frise sample DB             write the bundled bilingual sample to DB\n"
                  "       frise check DB              integrity and schema report\n"
                  "       frise stats DB [--json]     counts of events, actors, disputes, claims, sources, relations\n"
                  "       frise search DB QUERY [--limit N] [--json]\n"
                  "       frise import DB FILE [--format F] [--map COLUMN=field,...] [--date-order dmy|mdy|ymd] "
                  "[--lang fr|en]\n"
                  "       frise export DB -o FILE [--format F] [--lang fr|en] [--publish-safe]\n"
                  "       frise export-timeline DB -o FILE.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]\n"
                  "                             [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi "
                  "N] [--publish-safe]\n"
                  "       frise export-graph DB -o FILE.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang "
                  "fr|en]\n"
                  "       frise copy SRC DST          SQLite <-> PostgreSQL, lossless\n"
                  "DB is a SQLite file path or a postgresql:// URL. Exit codes: 0 done, 1 refused, 2 cannot open or "
                  "run.\n");
    }
    static QString notAvailable(const QString &command) { return tr("frise: '%1' is not available yet").arg(command); }
    static QString missingArgument(const QString &command)
    {
        return tr("frise %1: missing argument (see frise --help)").arg(command);
    }
    static QString cannotCreate(const QString &path, const QString &reason)
    {
        return tr("frise new: cannot create %1: %2").arg(path, reason);
    }
    static QString alreadyExists(const QString &path)
    {
        return tr("frise new: %1 already exists; not touched").arg(path);
    }
    static QString unknownCommand(const QString &command)
    {
        return tr("frise: unknown command '%1' (see frise --help)").arg(command);
    }
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int newDatabase(const QStringList &args)
{
    if (args.size() < 2) {
        err() << Cli::missingArgument(args.at(0)) << Qt::endl;
        return Refused;
    }
    const QString path = args.at(1);
    if (QFileInfo::exists(path)) {
        err() << Cli::alreadyExists(path) << Qt::endl;
        return Refused;
    }
    QString error;
    if (!Storage::createEmptyDatabase(path, &error)) {
        err() << Cli::cannotCreate(path, error) << Qt::endl;
        return CannotRun;
    }
    return Done;
}

} // namespace

bool isCommand(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.at(0);
    return first.startsWith(u'-') || knownCommands.contains(first);
}

bool needsGui(const QStringList &args)
{
    return !args.isEmpty()
        && (args.at(0) == QLatin1String("export-timeline") || args.at(0) == QLatin1String("export-graph"));
}

int run(const QStringList &args)
{
    if (args.isEmpty() || args.at(0) == QLatin1String("--help") || args.at(0) == QLatin1String("-h")) {
        out() << Cli::usage();
        return Done;
    }
    const QString &command = args.at(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "frise " << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    if (command == QLatin1String("new"))
        return newDatabase(args);
    if (knownCommands.contains(command)) {
        err() << Cli::notAvailable(command) << Qt::endl;
        return CannotRun;
    }
    err() << Cli::unknownCommand(command) << Qt::endl;
    return CannotRun;
}

} // namespace Frise::Cli
