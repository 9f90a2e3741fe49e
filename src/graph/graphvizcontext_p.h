// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>

struct GVC_s;

namespace Frise::Graph {

/// Serialises every use of Graphviz in the process: its globals are not thread-safe.
QMutex &graphvizMutex();

/**
 * The process-wide Graphviz context, created on first use with the neato
 * and sfdp plugins already loaded (so a forked child never has to dlopen()).
 * Call with graphvizMutex() held.
 */
GVC_s *graphvizContext();

} // namespace Frise::Graph
