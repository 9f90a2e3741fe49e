// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizversion.h"

#include <graphviz/gvc.h>

namespace Frise::Graph {

QString graphvizVersion()
{
    GVC_t *context = gvContext();
    const QString version = QString::fromUtf8(gvcVersion(context));
    gvFreeContext(context);
    return version;
}

} // namespace Frise::Graph
