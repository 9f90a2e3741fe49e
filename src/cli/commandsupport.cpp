// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "timeline/timelineexporter.h"

namespace Frise::Cli {

QString CommonMessages::usage(const QString &command, const QString &reason)
{
    return tr("frise %1: %2 (see frise --help)").arg(command, reason);
}

QString CommonMessages::missingArgument(const QString &command)
{
    return tr("frise %1: missing argument (see frise --help)").arg(command);
}

QString CommonMessages::reversedRange(const QString &from, const QString &to)
{
    return tr("--from %1 is after --to %2").arg(from, to);
}

QString CommonMessages::unknownLanguage(const QString &value)
{
    return tr("--lang expects fr or en, not '%1'").arg(value);
}

QString CommonMessages::needsOutput()
{
    return tr("-o FILE is required");
}

QString CommonMessages::failed(const QString &command, const QString &reason)
{
    return tr("frise %1: %2").arg(command, reason);
}

QString CommonMessages::exported(const QString &path)
{
    return tr("Wrote %1.").arg(path);
}

int refuse(const QString &message)
{
    err() << message << Qt::endl;
    return Refused;
}

bool readLanguage(const Arguments &arguments, Language *language, QString *error)
{
    if (!arguments.has(QStringLiteral("--lang")))
        return true;
    const QString value = arguments.value(QStringLiteral("--lang"));
    if (value != QLatin1String("fr") && value != QLatin1String("en")) {
        *error = CommonMessages::unknownLanguage(value);
        return false;
    }
    languageFromCode(value, language);
    return true;
}

bool readPeriod(
    const Arguments &arguments, std::optional<qint64> *fromMinutes, std::optional<qint64> *toMinutes, QString *error)
{
    for (const auto &[option, isEnd] :
        {std::pair {QStringLiteral("--from"), false}, std::pair {QStringLiteral("--to"), true}}) {
        if (!arguments.has(option))
            continue;
        qint64 minutes = 0;
        QString problem;
        if (!Timeline::TimelineExporter::parseDate(arguments.value(option), isEnd, &minutes, &problem)) {
            *error = option + QStringLiteral(": ") + problem;
            return false;
        }
        *(isEnd ? toMinutes : fromMinutes) = minutes;
    }
    if (*fromMinutes && *toMinutes && **fromMinutes > **toMinutes) {
        *error = CommonMessages::reversedRange(
            arguments.value(QStringLiteral("--from")), arguments.value(QStringLiteral("--to")));
        return false;
    }
    return true;
}

} // namespace Frise::Cli
