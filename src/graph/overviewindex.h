// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overviewscene.h"

#include <QRectF>

#include <limits>
#include <span>
#include <vector>

namespace Frise::Graph {

/**
 * Where an OverviewScene's dots and lines lie, so that drawing one tile
 * looks only at what may cross it instead of walking every edge and node.
 *
 * Dots sit in a uniform grid of scene cells (about two dots a cell). Lines
 * sit in a stack of such grids whose cells double in size from one to the
 * next: a line goes to the first whose cell is as long as its bounding box,
 * into the at most 2 × 2 cells that box meets, so a long edge costs no more
 * than a short one. Each cell lists its items in increasing order. Built
 * once per scene; later moves of a few dots are the caller's to add (see
 * OverviewSnapshot::moved).
 */
class OverviewIndex final
{
public:
    OverviewIndex() = default;
    explicit OverviewIndex(const OverviewScene &scene);

    /**
     * Appends the lines and dots whose scene geometry, as built, may meet
     * @p rect: every one that does, and some that do not; in no particular
     * order, some more than once. Lines whose bounding box is longer than
     * @p longestLine on a side (scene units) may be left out.
     */
    void collect(const QRectF &rect, std::vector<int> *lines, std::vector<int> *dots,
        double longestLine = std::numeric_limits<double>::infinity()) const;

    /// The lines that end at dot @p dot.
    std::span<const int> linesOf(int dot) const;

    /// Bounds of the dots' positions when built.
    QRectF bounds() const { return m_bounds; }
    /// Number of line grids (tests, benchmarks).
    int lineLevels() const { return int(m_lineGrids.size()); }

private:
    /// Cells of one size over the scene's bounds; items of a cell in items[start[cell], start[cell + 1]).
    struct Grid
    {
        double cell = 1;
        int columns = 1;
        int rows = 1;
        std::vector<int> start;
        std::vector<int> items;

        int column(double x, double left) const;
        int row(double y, double top) const;
    };
    void collectFrom(const Grid &grid, const QRectF &rect, std::vector<int> *out) const;

    QRectF m_bounds;
    QPointF m_topLeft; ///< of m_bounds
    Grid m_dots;
    std::vector<Grid> m_lineGrids; ///< cells doubling in size from m_dots' cell
    std::vector<int> m_lineStart; ///< per dot, where its lines start in m_lineItems (one more entry at the end)
    std::vector<int> m_lineItems;
};

} // namespace Frise::Graph
