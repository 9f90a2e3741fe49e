// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "overviewindex.h"
#include "overviewscene.h"

#include <QImage>
#include <QList>
#include <QPoint>
#include <QRegion>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace Frise::Graph {

/// The overview's content as tiles are drawn from it: never changed once shared (a worker may be drawing from it).
struct OverviewSnapshot
{
    OverviewScene scene;
    std::shared_ptr<const OverviewIndex> index; ///< where the scene's items were when it was built
    std::vector<int> moved; ///< dots moved since the index was built, sorted
    std::vector<int> movedLines; ///< their lines, sorted: looked at for every tile, wherever they are now
};

/// What a set of tiles is drawn at: tiles of another key are not reused.
struct OverviewRasterKey
{
    qreal scale = 0; ///< device pixels per scene unit
    int longest = 0; ///< edges longer than this (device pixels, |dx| + |dy|) are left out
    qreal devicePixelRatio = 1;

    bool operator==(const OverviewRasterKey &) const = default;
};

/**
 * Draws tiles of a big graph's overview (dots and plain lines, written by
 * PixelCanvas) from an OverviewSnapshot. Pure: it keeps nothing, so a worker
 * thread may call it on a snapshot the UI thread no longer changes. Tile
 * (column, row) covers the zoomed pixels [column × tileSize, +tileSize) ×
 * [row × tileSize, +tileSize), a zoomed pixel being round(scene × scale).
 */
class OverviewRaster final
{
public:
    static constexpr int tileSize = 256;
    /// Largest dot, in device pixels: thousands of nodes in sight are markers, and bigger squares only
    /// hide their neighbours and edges (and cost a frame: 80,000 squares of 40 pixels overlap 50 times).
    static constexpr int maxDotSide = 6;

    /// How the items of a tile are found; both draw the same pixels.
    enum class Method {
        Scan, ///< one pass over every item for the whole set (the cheaper for most of the scene at once)
        Index, ///< per tile, only the items the snapshot's index places near it
        Auto, ///< Scan when the tiles cover much of the scene, Index otherwise
    };

    /// Side in device pixels of a dot @p side scene units wide at @p scale.
    static int dotSide(qreal side, qreal scale) { return std::clamp(int(std::lround(side * scale)), 2, maxDotSide); }

    /// Whether the line from @p a to @p b (zoomed pixels) is drawn at all: not under its nodes' dots, not
    /// longer than @p longest (haze).
    static bool drawsLine(QPoint a, QPoint b, int longest)
    {
        const int dx = std::abs(b.x() - a.x());
        const int dy = std::abs(b.y() - a.y());
        return !(dx < 2 && dy < 2) && dx + dy <= longest;
    }

    /// Tile column (or row) of zoomed pixel @p v.
    static int tileOf(int v) { return int(std::floor(double(v) / tileSize)); }

    /**
     * Draws @p tiles (premultiplied ARGB, transparent where nothing is) in
     * their order. Stops early, returning fewer images, when @p cancelled
     * (asked between tiles) says so. Index needs the snapshot's index.
     */
    static QList<QImage> draw(const OverviewSnapshot &snapshot, const OverviewRasterKey &key,
        const QList<QPoint> &tiles, Method method = Method::Auto, const std::function<bool()> &cancelled = {});

    /// A part of a held tile to draw again.
    struct Part
    {
        QPoint tile; ///< column and row
        QRegion area; ///< zoomed pixels, clipped to the tile
        QImage *image = nullptr; ///< the tile's pixels, changed in place
    };

    /**
     * Draws again each part's area of its tile: cleared, then every item that may touch it blended in the
     * scene's order, clipped to it. The same pixels as the whole tile drawn afresh, for a fraction of the
     * work when a drag changed a few thin bands. Needs the index.
     */
    static void redraw(const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QList<Part> &parts);

    /// The method Auto picks for @p tileCount tiles.
    static Method choose(const OverviewSnapshot &snapshot, const OverviewRasterKey &key, qsizetype tileCount);

private:
    struct Scratch;
    static QList<QImage> scan(
        const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QList<QPoint> &tiles);
    /// Draws into @p image, whose top-left pixel is zoomed pixel @p origin, what the index finds near it.
    static void indexed(
        const OverviewSnapshot &snapshot, const OverviewRasterKey &key, QPoint origin, QImage *image, Scratch *scratch);
    /// Finds, in the scene's order, the items that may touch @p area (zoomed pixels): into @p scratch.
    static void collectNear(
        const OverviewSnapshot &snapshot, const OverviewRasterKey &key, const QRect &area, Scratch *scratch);
    /// Draws the items collected into @p image, whose top-left pixel is zoomed pixel @p origin.
    static void drawCollected(const OverviewSnapshot &snapshot, const OverviewRasterKey &key, QPoint origin,
        QImage *image, const Scratch &scratch);
};

} // namespace Frise::Graph
