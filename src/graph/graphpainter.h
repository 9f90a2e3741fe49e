// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"
#include "graphmodel.h"

#include <QFont>
#include <QRectF>

#include <optional>

class QPainter;

namespace Frise::Graph {

/// What GraphPainter shows and how.
struct GraphPaintOptions
{
    Language language = Language::English; ///< of node labels and the legend
    std::optional<qint64> asOfMinutes; ///< relations inactive then (and actors not yet involved) are faded or dropped
    bool dropInactive = false; ///< drop rather than fade what the "as of" date excludes
    qreal fadedOpacity = 0.12;
    int hoveredNode = -1; ///< its neighbourhood stays bright, the rest fades
    int selectedNode = -1; ///< drawn with a strong outline
    bool nodeLabels = true;
    bool edgeLabels = true; ///< relation type at each edge's middle (small graphs only)
};

/**
 * Paints a laid-out GraphModel with QPainter, in scene coordinates (points,
 * as GraphLayout gives them): the view and the PNG/SVG/PDF exports share it,
 * so what is exported is what is seen. Needs a QGuiApplication (fonts).
 */
class GraphPainter final
{
public:
    GraphPainter() = default;
    GraphPainter(const GraphModel &model, const Positions &positions, const GraphPaintOptions &options = {});

    void setModel(const GraphModel &model) { m_model = model; }
    void setPositions(const Positions &positions) { m_positions = positions; }
    void setOptions(const GraphPaintOptions &options) { m_options = options; }
    const GraphModel &model() const { return m_model; }
    const Positions &positions() const { return m_positions; }
    const GraphPaintOptions &options() const { return m_options; }

    /// Position of node @p index; a null point when unplaced.
    QPointF position(int index) const;
    /// Bounds of everything paintScene() draws.
    QRectF sceneRect() const;
    /// The node under @p scenePos (topmost), -1 when none; @p slop widens the hit area (scene units).
    int nodeAt(QPointF scenePos, qreal slop = 2.0) const;

    /// Draws edges, nodes and labels in scene coordinates (set the painter's transform first).
    void paintScene(QPainter *painter) const;

    /// Size of the legend box paintLegend() draws.
    QSizeF legendSize() const;
    /// Draws the legend (kinds and relation types present, the "as of" date) with its top-left at @p topLeft.
    void paintLegend(QPainter *painter, QPointF topLeft) const;

    /// Whole picture for export: white page, @p title on top, the graph scaled to fit, the legend on the right.
    void paintPage(QPainter *painter, const QRectF &page, const QString &title) const;
    /// Natural page size for paintPage() (scene at 1:1 plus legend and title), in points.
    QSizeF naturalPageSize(const QString &title) const;

    static QFont labelFont();

private:
    bool isNodeActive(int index) const;
    bool isEdgeActive(int index) const;

    GraphModel m_model;
    Positions m_positions;
    GraphPaintOptions m_options;
};

} // namespace Frise::Graph
