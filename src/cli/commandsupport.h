// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What several commands share: their common messages, refusing with a
// message, and reading the --lang option.

#include "core/language.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

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
    static QString reversedRange(const QString &from, const QString &to);
};

/// Prints @p message on stderr and returns ExitCode Refused.
int refuse(const QString &message);

/// Reads `--lang fr|en` into @p language, left as it is when the option is absent.
bool readLanguage(const Arguments &arguments, Language *language, QString *error);

/// Reads `--from DATE` and `--to DATE` (each optional) as the minutes they bound, the whole of a
/// fuzzy date counted (the end's last minute for --to); false with @p error when a date is not
/// understood or the period is reversed.
bool readPeriod(
    const Arguments &arguments, std::optional<qint64> *fromMinutes, std::optional<qint64> *toMinutes, QString *error);

} // namespace Frise::Cli
