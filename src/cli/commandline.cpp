// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands.h"

#include <QCoreApplication>

namespace Frise::Cli {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString usage()
    {
        return tr("Usage: frise [DB]                  open the GUI (the sample on first run)\n"
                  "       frise --db DB             the same, DB given as an option (a file or a postgresql:// URL)\n"
                  "       frise --version | --help\n"
                  "       frise new DB                create an empty database\n"
                  "       frise sample DB             write the bundled bilingual sample to DB\n"
                  "       frise check DB              integrity, schema and saved copies report\n"
                  "       frise stats DB [--json]     counts of events, actors, disputes, claims, sources, relations\n"
                  "       frise search DB QUERY [--limit N] [--json]\n"
                  "       frise import DB FILE [--format F] [--map COLUMN=field,...] [--date-order dmy|mdy|ymd] "
                  "[--lang fr|en] [--dry-run] [--wait-index]\n"
                  "       frise export DB -o FILE [--format F] [--lang fr|en] [--publish-safe] "
                  "[--csv-dialect standard|excel-fr]\n"
                  "                             F: backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, "
                  "ftm, csl-json\n"
                  "                             claimreview: [--publisher NAME] [--publisher-url URL]\n"
                  "       frise export-timeline DB -o FILE.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]\n"
                  "                             [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi "
                  "N] [--publish-safe] [--smallest-file] [--no-alt-text]\n"
                  "       frise export-graph DB -o FILE.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang "
                  "fr|en] [--no-alt-text]\n"
                  "                             images come with FILE.alt.txt, their text alternative (summary, blank "
                  "line, description)\n"
                  "       frise export-web DB -o FILE.html [--lang fr|en] [--from DATE] [--to DATE] "
                  "[--include-unverified]\n"
                  "                             one self-contained interactive page, publish-safe\n"
                  "       frise copy SRC DST          SQLite <-> PostgreSQL, lossless\n"
                  "       frise attach DB SOURCE-UID FILE   keep FILE as a saved copy of the source (prints its "
                  "SHA-256)\n"
                  "       frise evidence DB SOURCE-UID -o DIR   write the source's saved copies and a manifest to DIR\n"
                  "       frise build-search-index DB finish a search index left by a big import (import starts it)\n"
                  "DB is a SQLite file path or a postgresql:// URL. Exit codes: 0 done, 1 refused, 2 cannot open or "
                  "run.\n");
    }
    static QString notAvailable(const QString &command) { return tr("frise: '%1' is not available yet").arg(command); }
    static QString unknownCommand(const QString &command)
    {
        return tr("frise: unknown command '%1' (see frise --help)").arg(command);
    }
};

struct CommandEntry
{
    const char *name;
    int (*run)(const QStringList &args);
    bool drawing;
};

const CommandEntry commands[] = {
    {"new", &newCommand, false},
    {"sample", &sampleCommand, false},
    {"check", &checkCommand, false},
    {"stats", &statsCommand, false},
    {"search", &searchCommand, false},
    {"import", &importCommand, false},
    {"export", &exportCommand, false},
    {"export-timeline", &exportTimelineCommand, true},
    {"export-graph", &exportGraphCommand, true},
    {"export-web", &exportWebCommand, false},
    {"copy", &copyCommand, false},
    {"attach", &attachCommand, false},
    {"evidence", &evidenceCommand, false},
    {"build-search-index", &buildSearchIndexCommand, false},
};

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &entry : commands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

} // namespace

bool isCommand(const QStringList &args)
{
    return !args.isEmpty() && (args.at(0).startsWith(u'-') || findCommand(args.at(0)));
}

bool needsGui(const QStringList &args)
{
    const CommandEntry *entry = args.isEmpty() ? nullptr : findCommand(args.at(0));
    return entry && entry->drawing;
}

int run(const QStringList &args)
{
    if (args.isEmpty() || args.at(0) == QLatin1String("--help") || args.at(0) == QLatin1String("-h")) {
        out() << Messages::usage();
        out().flush();
        return Done;
    }
    const QString &command = args.at(0);
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out() << "frise " << QCoreApplication::applicationVersion() << Qt::endl;
        return Done;
    }
    const CommandEntry *entry = findCommand(command);
    if (!entry) {
        err() << Messages::unknownCommand(command) << Qt::endl;
        return CannotRun;
    }
    if (!entry->run) {
        err() << Messages::notAvailable(command) << Qt::endl;
        return CannotRun;
    }
    const int code = entry->run(args.mid(1));
    out().flush();
    err().flush();
    return code;
}

} // namespace Frise::Cli
