// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizversion.h"

#include "graphvizcontext_p.h"

#include <graphviz/gvc.h>

namespace Frise::Graph {

QString graphvizVersion()
{
    QMutexLocker locker(&graphvizMutex());
    return QString::fromUtf8(gvcVersion(graphvizContext()));
}

} // namespace Frise::Graph
