// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The commands of the command-line contract, one function each; arguments
// come without the command name. Each returns an ExitCode.

#include "storage/database.h"

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace Frise::Cli {

int newCommand(const QStringList &args);
int sampleCommand(const QStringList &args);
int checkCommand(const QStringList &args);
int statsCommand(const QStringList &args);
int searchCommand(const QStringList &args);
int importCommand(const QStringList &args);
int exportCommand(const QStringList &args);
int exportTimelineCommand(const QStringList &args);
int exportGraphCommand(const QStringList &args);
int exportWebCommand(const QStringList &args);
int copyCommand(const QStringList &args);
int attachCommand(const QStringList &args);
int evidenceCommand(const QStringList &args);
int buildSearchIndexCommand(const QStringList &args);

QTextStream &out();
QTextStream &err();

/// Opens the database named on the command line; prints why not and sets
/// @p exitCode when it cannot.
std::unique_ptr<Storage::Database> openForCommand(
    const QString &command, const QString &location, const Storage::Database::OpenOptions &options, int *exitCode);

} // namespace Frise::Cli
