// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewindex.h"

#include <algorithm>
#include <cmath>

namespace Frise::Graph {

namespace {

// Cell of coordinate @p v, clamped into [0, count): out-of-bounds and non-finite values land in an edge cell.
int cellOf(double v, double origin, double cell, int count)
{
    const double c = std::floor((v - origin) / cell);
    if (!(c >= 0))
        return 0;
    return c >= count ? count - 1 : int(c);
}

// Counting sort of @p count items into @p cells cells (an item in each cell cellsOf() adds): items of a cell
// stay in increasing order.
template<typename CellsOf>
void fill(std::vector<int> &start, std::vector<int> &items, int cells, int count, CellsOf &&cellsOf)
{
    start.assign(size_t(cells) + 1, 0);
    for (int i = 0; i < count; ++i)
        cellsOf(i, [&](int cell) { ++start[size_t(cell) + 1]; });
    for (size_t c = 1; c < start.size(); ++c)
        start[c] += start[c - 1];
    items.resize(size_t(start.back()));
    std::vector<int> next(start.begin(), start.end() - 1);
    for (int i = 0; i < count; ++i)
        cellsOf(i, [&](int cell) { items[size_t(next[size_t(cell)]++)] = i; });
}

bool isFinite(QPointF p)
{
    return std::isfinite(p.x()) && std::isfinite(p.y());
}

} // namespace

int OverviewIndex::Grid::column(double x, double left) const
{
    return cellOf(x, left, cell, columns);
}

int OverviewIndex::Grid::row(double y, double top) const
{
    return cellOf(y, top, cell, rows);
}

OverviewIndex::OverviewIndex(const OverviewScene &scene)
{
    const qsizetype dotCount = scene.dots.size();
    double left = 0, top = 0, right = 0, bottom = 0;
    bool any = false;
    for (const OverviewScene::Dot &dot : scene.dots) {
        if (!isFinite(dot.at))
            continue;
        left = any ? std::min(left, dot.at.x()) : dot.at.x();
        right = any ? std::max(right, dot.at.x()) : dot.at.x();
        top = any ? std::min(top, dot.at.y()) : dot.at.y();
        bottom = any ? std::max(bottom, dot.at.y()) : dot.at.y();
        any = true;
    }
    m_topLeft = QPointF(left, top);
    m_bounds = QRectF(m_topLeft, QPointF(right, bottom));
    const double width = right - left;
    const double height = bottom - top;
    // About two dots a cell, and never more cells a side than dots (a scene on one line).
    const double perCell = std::max(1.0, double(dotCount) / 2.0);
    double cell = std::sqrt(width * height / perCell);
    cell = std::max({cell, width / double(dotCount + 1), height / double(dotCount + 1)});
    if (!(cell > 0))
        cell = 1;
    const auto gridOf = [&](double side) {
        Grid grid;
        grid.cell = side;
        grid.columns = int(std::floor(width / side)) + 1;
        grid.rows = int(std::floor(height / side)) + 1;
        return grid;
    };

    m_dots = gridOf(cell);
    fill(m_dots.start, m_dots.items, m_dots.columns * m_dots.rows, int(dotCount), [&](int i, auto &&add) {
        const QPointF at = scene.dots[i].at;
        add(m_dots.row(at.y(), top) * m_dots.columns + m_dots.column(at.x(), left));
    });

    // Line grids until one cell holds the whole scene.
    for (double side = cell;; side *= 2) {
        m_lineGrids.push_back(gridOf(side));
        if (m_lineGrids.back().columns <= 2 && m_lineGrids.back().rows <= 2)
            break;
    }
    const qsizetype lineCount = scene.lines.size();
    std::vector<int> levelOf(size_t(lineCount), 0);
    for (qsizetype i = 0; i < lineCount; ++i) {
        const QPointF a = scene.dots[scene.lines[i].from].at;
        const QPointF b = scene.dots[scene.lines[i].to].at;
        const double span = std::max(std::abs(a.x() - b.x()), std::abs(a.y() - b.y()));
        int level = 0;
        while (level + 1 < int(m_lineGrids.size()) && !(span <= m_lineGrids[size_t(level)].cell))
            ++level;
        levelOf[size_t(i)] = level;
    }
    for (size_t level = 0; level < m_lineGrids.size(); ++level) {
        Grid &grid = m_lineGrids[level];
        fill(grid.start, grid.items, grid.columns * grid.rows, int(lineCount), [&](int i, auto &&add) {
            if (levelOf[size_t(i)] != int(level))
                return;
            const QPointF a = scene.dots[scene.lines[i].from].at;
            const QPointF b = scene.dots[scene.lines[i].to].at;
            const int c0 = grid.column(std::min(a.x(), b.x()), left);
            const int c1 = grid.column(std::max(a.x(), b.x()), left);
            const int r0 = grid.row(std::min(a.y(), b.y()), top);
            const int r1 = grid.row(std::max(a.y(), b.y()), top);
            for (int r = r0; r <= r1; ++r) {
                for (int c = c0; c <= c1; ++c)
                    add(r * grid.columns + c);
            }
        });
    }

    // Each dot's lines, for moves.
    m_lineStart.assign(size_t(dotCount) + 1, 0);
    for (const OverviewScene::Line &line : scene.lines) {
        ++m_lineStart[size_t(line.from) + 1];
        if (line.to != line.from)
            ++m_lineStart[size_t(line.to) + 1];
    }
    for (size_t d = 1; d < m_lineStart.size(); ++d)
        m_lineStart[d] += m_lineStart[d - 1];
    m_lineItems.resize(size_t(m_lineStart.back()));
    std::vector<int> next(m_lineStart.begin(), m_lineStart.end() - 1);
    for (qsizetype i = 0; i < lineCount; ++i) {
        const OverviewScene::Line &line = scene.lines[i];
        m_lineItems[size_t(next[size_t(line.from)]++)] = int(i);
        if (line.to != line.from)
            m_lineItems[size_t(next[size_t(line.to)]++)] = int(i);
    }
}

void OverviewIndex::collectFrom(const Grid &grid, const QRectF &rect, std::vector<int> *out) const
{
    if (grid.items.empty())
        return;
    const int c0 = grid.column(rect.left(), m_topLeft.x());
    const int c1 = grid.column(rect.right(), m_topLeft.x());
    const int r0 = grid.row(rect.top(), m_topLeft.y());
    const int r1 = grid.row(rect.bottom(), m_topLeft.y());
    for (int r = r0; r <= r1; ++r) {
        // A row's cells are contiguous, and so are their items.
        const int first = grid.start[size_t(r * grid.columns + c0)];
        const int last = grid.start[size_t(r * grid.columns + c1 + 1)];
        out->insert(out->end(), grid.items.begin() + first, grid.items.begin() + last);
    }
}

void OverviewIndex::collect(
    const QRectF &rect, std::vector<int> *lines, std::vector<int> *dots, double longestLine) const
{
    if (dots)
        collectFrom(m_dots, rect, dots);
    if (!lines)
        return;
    for (size_t level = 0; level < m_lineGrids.size(); ++level) {
        // The lines of a grid past the first did not fit the grid before: longer than its cell, half this one's.
        if (level > 0 && m_lineGrids[level - 1].cell > longestLine)
            break;
        collectFrom(m_lineGrids[level], rect, lines);
    }
}

std::span<const int> OverviewIndex::linesOf(int dot) const
{
    if (dot < 0 || size_t(dot) + 1 >= m_lineStart.size())
        return {};
    return std::span<const int>(m_lineItems)
        .subspan(size_t(m_lineStart[size_t(dot)]), size_t(m_lineStart[size_t(dot) + 1] - m_lineStart[size_t(dot)]));
}

} // namespace Frise::Graph
