// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRect>

#include <cmath>

class QPainter;

namespace Frise::Graph {

/// What the overview of a big graph draws, flattened for OverviewTiles: colours final, opacity included.
struct OverviewScene
{
    struct Dot
    {
        QPointF at; ///< scene coordinates
        qreal side = 0; ///< scene units; at least 2 device pixels are drawn
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

private:
    void render(const QList<QPoint> &missing);

    OverviewScene m_scene;
    qreal m_scale = 0;
    qreal m_devicePixelRatio = 1;
    int m_longest = 0;
    QHash<QPoint, QImage> m_tiles; ///< by tile column and row, at m_scale
    int m_rendered = 0;
};

} // namespace Frise::Graph
