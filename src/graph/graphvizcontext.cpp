// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphvizcontext_p.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

namespace Frise::Graph {

QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

GVC_t *graphvizContext()
{
    static GVC_t *context = [] {
        agseterr(AGERR); // no warnings on stderr
        GVC_t *created = gvContext();
        // Lay out a two-node graph with each engine once so that their plugins
        // are loaded now, in the parent, not after a fork.
        for (const char *engine : {"neato", "sfdp"}) {
            char name[] = "warmup";
            Agraph_t *graph = agopen(name, Agdirected, nullptr);
            char a[] = "a";
            char b[] = "b";
            agedge(graph, agnode(graph, a, 1), agnode(graph, b, 1), nullptr, 1);
            if (gvLayout(created, graph, engine) == 0)
                gvFreeLayout(created, graph);
            agclose(graph);
        }
        return created;
    }();
    return context;
}

} // namespace Frise::Graph
