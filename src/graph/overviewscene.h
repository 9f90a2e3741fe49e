// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPoint>
#include <QPointF>
#include <QRgb>

#include <cmath>

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
        bool shown = true; ///< false for an edge the "as of" date drops (kept, so that indexes stay put)
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

} // namespace Frise::Graph
