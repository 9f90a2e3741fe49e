// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alttext.h"

#include <QString>

namespace Frise::Graph {

class GraphPainter;

/**
 * Describes an exported graph image in words, from the painter that draws
 * it (same model, same "as of" date, same nodes and edges dropped), in the
 * painter's language: the summary counts actors, disputes and relations and
 * names the most connected; the description lists the nodes drawn, then
 * the edges ("Getty Images sues Stability AI (from February 2023)").
 */
class GraphAltText final
{
public:
    /// Nodes and edges listed one by one at most; the rest are counted.
    static constexpr int maxListed = 300;
    /// Most connected nodes the summary names.
    static constexpr int mostConnected = 3;

    static AltText describe(const GraphPainter &painter, const QString &title);
};

} // namespace Frise::Graph
