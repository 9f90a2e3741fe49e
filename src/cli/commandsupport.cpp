// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include "arguments.h"
#include "commandline.h"
#include "commands.h"

namespace Frise::Cli {

QString CommonMessages::usage(const QString &command, const QString &reason)
{
    return tr("frise %1: %2 (see frise --help)").arg(command, reason);
}

QString CommonMessages::missingArgument(const QString &command)
{
    return tr("frise %1: missing argument (see frise --help)").arg(command);
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

} // namespace Frise::Cli
