// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Frise::Graph {

/// Version of the Graphviz library Frise lays graphs out with.
QString graphvizVersion();

} // namespace Frise::Graph
