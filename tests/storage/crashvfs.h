// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the crash helpers (crashwriter, faulthelper): a kill at a chosen step
// of SQLite's file work rather than after a chosen sleep, so that a test
// picks its crash moments by progress and replays them exactly.

#include <QtGlobal>

namespace Frise::CrashVfs {

/**
 * Makes a shim over SQLite's default VFS the default, for every connection
 * opened afterwards in this process (Qt's QSQLITE driver included: it uses
 * the same libsqlite3). The shim counts the operations that change files —
 * xWrite, xTruncate, xSync and xDelete — and, when @p killAt is positive,
 * kills the process with SIGKILL just before operation number @p killAt
 * (1-based): the files are left exactly as a crash at that step leaves them.
 * False when SQLite refused the VFS.
 */
bool install(qint64 killAt);

/// File-changing operations counted so far.
qint64 operations();

} // namespace Frise::CrashVfs
