// SPDX-License-Identifier: GPL-3.0-or-later
// Random sparse graphs for layout tests and benchmarks.
#pragma once

#include "graph/graphmodel.h"

#include <QRandomGenerator>

namespace FriseTest {

// A random sparse graph of @p nodes actors (about 1.5 edges per node).
inline Frise::Graph::GraphModel generatedGraph(int nodes, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<Frise::Graph::GraphNode> list;
    for (int i = 0; i < nodes; ++i) {
        Frise::Graph::GraphNode node;
        node.id = i + 1;
        node.key = Frise::Graph::GraphModel::actorKey(node.id);
        node.kind = Frise::Actor::Kind(i % 7);
        node.involvement = int(random.bounded(6));
        list.append(node);
    }
    QList<Frise::Graph::GraphEdge> edges;
    for (int i = 1; i < nodes; ++i) {
        Frise::Graph::GraphEdge edge;
        edge.id = i;
        edge.key = QLatin1Char('r') + QString::number(i);
        edge.from = i;
        edge.to = int(random.bounded(i)); // a tree keeps it connected
        edges.append(edge);
        if (i % 2 == 0) {
            edge.key += QLatin1Char('b');
            edge.to = int(random.bounded(nodes));
            if (edge.to != edge.from)
                edges.append(edge);
        }
    }
    return Frise::Graph::GraphModel::fromParts(list, edges);
}

} // namespace FriseTest
