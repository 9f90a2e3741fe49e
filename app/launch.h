// SPDX-License-Identifier: GPL-3.0-or-later
// What the two executables share: `frise` (commands, and the window's launcher) and `frise-gui` (the window).
#pragma once

#include "core/uilanguage.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace Frise::App {

inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Frise"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("frise.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("frise"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRISE_VERSION));
}

inline bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

/// Says on stderr, in the user's language, that the window has no display to open on; returns the exit code
/// (Frise::Cli::CannotRun). Qt must not be started yet.
inline int refuseWithoutDisplay(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    UiLanguage language;
    language.apply(UiLanguage::systemLanguage());
    const QString message = QCoreApplication::translate(
        "Frise::Cli", "frise: no display (DISPLAY/WAYLAND_DISPLAY unset); see frise --help for commands");
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 2;
}

/// The arguments after the program's name.
inline QStringList argumentsOf(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    return args;
}

// `frise --db DB` (or `--db=DB`) is the GUI on DB, a file or a postgresql:// URL,
// like `frise DB`: takes the option out of @p args and returns DB.
inline QString takeDatabaseOption(QStringList *args)
{
    if (args->isEmpty())
        return {};
    const QString first = args->constFirst();
    if (first == QLatin1String("--db") && args->size() >= 2) {
        const QString location = args->at(1);
        args->remove(0, 2);
        return location;
    }
    if (first.startsWith(QLatin1String("--db="))) {
        args->removeFirst();
        return first.mid(5);
    }
    return {};
}

} // namespace Frise::App
