// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphmodel.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QPointF>

#include <functional>

namespace Frise::Graph {

/// Node positions by GraphNode::key, in points, y growing downwards (Qt's convention).
using Positions = QHash<QString, QPointF>;

/// How GraphLayout places the nodes.
struct LayoutOptions
{
    enum class Engine {
        Auto, ///< neato below sfdpThreshold nodes, sfdp from there on
        Neato, ///< stress majorisation: the nicest for small graphs, slow past a few hundred nodes
        Sfdp, ///< multilevel force-directed: scales to tens of thousands of nodes
    };

    Engine engine = Engine::Auto;
    int sfdpThreshold = 300;
    /// Nodes held where the user dropped them (Graphviz `pin=true`, `pos="x,y!"`); keys absent from the graph are
    /// ignored.
    Positions pinned;
    /**
     * Run Graphviz in a forked child process (Unix only). Graphviz has no
     * way to interrupt gvLayout(), so this is what makes cancel() stop a
     * running layout at once: the child is killed. Without it (or off Unix)
     * the layout runs in the calling thread and a cancelled result is only
     * discarded when Graphviz returns. AddressSanitizer builds default to
     * false: their allocator is not fork-safe (a child forked while another
     * thread allocates can hang inside it, as seen in the UI tests), which
     * glibc's is.
     */
#ifdef __SANITIZE_ADDRESS__
    bool isolate = false;
#else
    bool isolate = true;
#endif
    int seed = 1; ///< random start, fixed so the same graph always gets the same picture
};

/// What a layout produced.
struct LayoutResult
{
    Positions positions; ///< every node, finite, no two equal; empty when cancelled or failed
    bool cancelled = false;
    QString error; ///< translated, empty on success
    QString engine; ///< "neato" or "sfdp"
    qint64 elapsedMs = 0;

    bool isValid() const { return !cancelled && error.isEmpty(); }
};

/**
 * Lays a GraphModel out with Graphviz (libgvc + libcgraph).
 *
 * Graphviz keeps global state and is not thread-safe, so every use of it in
 * this process is serialised by one mutex (see graphvizMutex()). With
 * LayoutOptions::isolate, the layout itself runs in a forked child, which
 * also makes cancellation immediate and keeps a Graphviz crash from taking
 * the application down.
 *
 * Graphviz reports no progress while it works; the progress given here is
 * an estimate from the elapsed time and the graph size, reaching 100 when
 * the result is in.
 */
class GraphLayout final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Graph::GraphLayout)

public:
    using CancelCheck = std::function<bool()>;
    using ProgressCallback = std::function<void(int percent)>;

    /// Runs the layout in the calling thread; @p isCancelled is polled about every 20 ms.
    static LayoutResult run(const GraphModel &model, const LayoutOptions &options = {},
        const CancelCheck &isCancelled = {}, const ProgressCallback &progress = {});

    /**
     * Runs the layout on Qt's global thread pool. The future reports progress
     * (0-100); QFuture::cancel() kills an isolated layout right away, and a
     * cancelled future carries no result.
     */
    static QFuture<LayoutResult> runAsync(const GraphModel &model, const LayoutOptions &options = {});

    /// "neato" or "sfdp", as chosen for @p model.
    static QString engineFor(const GraphModel &model, const LayoutOptions &options);

    /**
     * A key naming this layout for a LayoutCache: the engine, the nodes and
     * the edge endpoints. Dates and labels do not take part, so an "as of"
     * change or a translation keeps the picture.
     */
    static QString layoutKey(const GraphModel &model, const LayoutOptions &options);

    /**
     * The last step of run(): moves each node that shares its place (to
     * 1/100 pt) with an earlier or a pinned one along a spiral around that
     * place until it has one of its own. Pinned nodes (@p pinned true at
     * the same index) never move; the others make way.
     */
    static void separateCoincident(QList<QPointF> &points, const QList<bool> &pinned);

    /// Drawn radius of a node, in points (grows with involvement).
    static qreal nodeRadius(const GraphNode &node);
};

} // namespace Frise::Graph
