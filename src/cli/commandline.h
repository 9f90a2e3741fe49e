// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Frise::Cli {

/// Exit codes of the command-line contract (SPEC.md).
enum ExitCode {
    Done = 0, ///< the command did its job
    Refused = 1, ///< bad input, conflict, failed check
    CannotRun = 2, ///< cannot open or run
};

/// True when @p args (without the program name) name a command-line job
/// rather than the GUI: a subcommand, --version or --help.
bool isCommand(const QStringList &args);

/// True when the command draws (export-timeline, export-graph): it needs a
/// QGuiApplication (fonts), which runs on the offscreen platform without a display.
bool needsGui(const QStringList &args);

/// The file `frise import` reads when given @p args (without the program
/// name), or empty when they are not a valid import.
QString importInput(const QStringList &args);

/// Runs the command in @p args (without the program name); returns an ExitCode.
/// Expects a Q(Core|Gui)Application to exist.
int run(const QStringList &args);

} // namespace Frise::Cli
