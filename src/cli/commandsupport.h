// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What several commands share: their common messages, refusing with a
// message, and reading the --lang option.

#include "core/language.h"

#include <QCoreApplication>
#include <QString>

namespace Frise::Cli {

class Arguments;

/// Messages worded the same for every command (translation context Frise::Cli).
class CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    /// "frise COMMAND: REASON (see frise --help)".
    static QString usage(const QString &command, const QString &reason);
    static QString missingArgument(const QString &command);
    static QString unknownLanguage(const QString &value);
    static QString needsOutput();
    static QString failed(const QString &command, const QString &reason);
    static QString exported(const QString &path);
};

/// Prints @p message on stderr and returns ExitCode Refused.
int refuse(const QString &message);

/// Reads `--lang fr|en` into @p language, left as it is when the option is absent.
bool readLanguage(const Arguments &arguments, Language *language, QString *error);

} // namespace Frise::Cli
