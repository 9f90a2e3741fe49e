// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRect>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

class QPainter;

namespace Frise::Graph {

/// What the overview of a big graph draws, flattened for OverviewTiles: colours final, opacity included.
struct OverviewScene
{
    struct Dot
    {
        QPointF at; ///< scene coordinates
        qreal side = 0; ///< scene units; drawn 2 to OverviewTiles::maxDotSide device pixels wide
        QRgb colour = 0; ///< premultiplied
        bool shown = true; ///< false for a node the "as of" date drops
    };
    struct Line
    {
        int from = -1; ///< indexes into dots
        int to = -1;
        QRgb colour = 0; ///< premultiplied
    };
    QList<Dot> dots; ///< one per node, in the model's order
    QList<Line> lines; ///< the edges drawn
};

/// Scene to device pixels for OverviewTiles: a point lands at round(scene × scale) + origin.
struct OverviewMapping
{
    qreal scale = 1; ///< device pixels per scene unit (zoom × device pixel ratio)
    QPoint origin; ///< device pixel of the scene's origin, rounded
    qreal devicePixelRatio = 1;

    QPoint zoomed(QPointF scene) const
    {
        return QPoint(int(std::lround(scene.x() * scale)), int(std::lround(scene.y() * scale)));
    }
    QPoint map(QPointF scene) const { return zoomed(scene) + origin; }
};

/**
 * The dense overview of a big graph (dots and plain lines), drawn once per
 * zoom into raster tiles of tileSize device pixels. A frame blits the tiles
 * in sight and draws only those it lacks: panning draws the newly exposed
 * strips, a repaint (hover, selection) none. The tiles hold what does not
 * change with hover and selection; GraphPainter draws those over them. A
 * different zoom, or edge length rule (view size), starts the tiles over;
 * anything else that changes them (model, positions, "as of") makes
 * GraphPainter drop the whole object.
 */
class OverviewTiles final
{
public:
    static constexpr int tileSize = 256;
    /// Largest dot, in device pixels: thousands of nodes in sight are markers, and bigger squares only
    /// hide their neighbours and edges (and cost a frame: 80,000 squares of 40 pixels overlap 50 times).
    static constexpr int maxDotSide = 6;

    /// Side in device pixels of a dot @p side scene units wide at @p scale.
    static int dotSide(qreal side, qreal scale) { return std::clamp(int(std::lround(side * scale)), 2, maxDotSide); }

    explicit OverviewTiles(OverviewScene scene);

    /**
     * Draws the tiles covering @p view (device pixels) with @p opacity; @p painter draws in
     * logical pixels with no transform. Edges longer than @p longestEdge device pixels are left
     * out (haze in an overview), and those under their nodes' dots.
     */
    void paint(QPainter *painter, const OverviewMapping &mapping, const QRect &view, int longestEdge, qreal opacity);

    /// Tiles drawn since this raster was made or last started over (tests: what a pan costs).
    int renderedTiles() const { return m_rendered; }
    /// Tiles held now.
    int heldTiles() const { return int(m_tiles.size()); }

    /// Tiles drawn ahead of a pan per frame, at most: the strip it exposes next is then mostly ready.
    static constexpr int prefetchPerFrame = 2;

private:
    void render(const QList<QPoint> &missing);
    /// Draws up to prefetchPerFrame missing tiles next to @p needed on the side the view moves to.
    void prefetch(const QRect &needed, QPoint motion);

    OverviewScene m_scene;
    qreal m_scale = 0;
    qreal m_devicePixelRatio = 1;
    int m_longest = 0;
    QHash<QPoint, QImage> m_tiles; ///< by tile column and row, at m_scale
    std::vector<QPoint> m_zoomed; ///< per dot, its zoomed pixel at m_scale (made on the first render)
    std::optional<QPoint> m_lastOrigin; ///< the origin of the previous frame: which way the view moves
    int m_rendered = 0;
};

} // namespace Frise::Graph
