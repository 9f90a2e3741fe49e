// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What import and search do about a search index left to build after a big
// import (Storage::SearchBacklog).

#include "storage/database.h"

namespace Frise::Cli {

/// Starts `frise build-search-index LOCATION` as a detached process, its
/// output discarded; says so on stderr.
bool startSearchIndexBuild(const QString &location);
/// After an import: with @p wait, builds what is left of the search index
/// here (or waits for the process building it), printing its progress;
/// otherwise starts a background build unless one runs. An ExitCode.
int completeSearchIndex(Storage::Database &db, bool wait);
/// On stderr, how much of the search index is built when it is incomplete;
/// starts a build when none runs (a crash or a quit stopped the last one).
void noteSearchIndexState(Storage::Database &db);

} // namespace Frise::Cli
