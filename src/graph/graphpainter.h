// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"
#include "graphmodel.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QObject;
class QPainter;

namespace Frise::Graph {

class OverviewTiles;
struct OverviewScene;

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
    /**
     * Node labels are at least this many device pixels tall whatever the
     * zoom, and those that would then overlap a more important one are left
     * out (level of detail). 0 (exports) keeps them at their scene size, all drawn.
     */
    qreal minLabelPixels = 0;
    QColor textColour = QColor(0x21, 0x21, 0x21); ///< labels, legend text, selection ring
    QColor haloColour = QColor(0xff, 0xff, 0xff); ///< halo behind labels, node outlines, legend box
};

/// A node label as paintScene() places it.
struct PlacedLabel
{
    int node = -1;
    QRectF rect; ///< scene coordinates
    QPointF baseline; ///< centre of the text's baseline, scene coordinates
    qreal pixelSize = 0; ///< font size in scene units
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

    void setModel(const GraphModel &model);
    void setPositions(const Positions &positions);
    /// Moves node @p index alone (a drag): cheaper than setPositions() on big graphs (only the overview's
    /// tiles its edges cross are drawn again).
    void setPosition(int index, QPointF position);
    /**
     * Has the overview's tiles for a new zoom drawn on worker threads, the
     * previous zoom's tiles shown scaled meanwhile, and @p tilesArrived called
     * in @p context's thread when some in sight are back (a view repaints).
     * Without it (exports, benchmarks of the drawing) a frame draws them.
     */
    void setOverviewListener(QObject *context, std::function<void()> tilesArrived);
    void setOptions(const GraphPaintOptions &options);
    const GraphModel &model() const { return m_model; }
    const Positions &positions() const { return m_positions; }
    const GraphPaintOptions &options() const { return m_options; }

    /// Whether paintScene() draws node @p index (or edge @p index) at all: false only for what "as of" drops.
    bool drawsNode(int index) const { return !m_options.dropInactive || isNodeActive(index); }
    bool drawsEdge(int index) const { return !m_options.dropInactive || isEdgeActive(index); }

    /// Position of node @p index; a null point when unplaced.
    QPointF position(int index) const;
    /// Bounds of everything paintScene() draws.
    QRectF sceneRect() const;
    /// The node under @p scenePos (topmost), -1 when none; @p slop widens the hit area (scene units).
    int nodeAt(QPointF scenePos, qreal slop = 2.0) const;

    /**
     * Draws edges, nodes and labels in scene coordinates (set the painter's
     * transform first). A view passes the scene rectangle it shows as
     * @p visible: what lies outside is skipped, and when more than
     * detailedNodeLimit nodes are in sight they are drawn as plain dots and
     * the edges as plain lines (too small to tell shapes and arrows apart,
     * and a frame stays short). Exports pass nothing and get every detail.
     *
     * Those dots and lines are drawn once per zoom into raster tiles
     * (OverviewTiles), kept until the model or positions change: panning
     * draws only the newly exposed tiles, hover and selection are drawn over
     * them, a drag (setPosition()) and the "as of" options draw again only
     * what they change. Copies of a painter share the tiles while they agree
     * on all that.
     */
    void paintScene(QPainter *painter, const QRectF &visible = QRectF()) const;

    /**
     * The node labels paintScene() draws when the scene is scaled by @p scale
     * (device pixels per scene unit), most important first: the selected and
     * hovered nodes, then by involvement. Only nodes inside @p visible when it is not null.
     */
    QList<PlacedLabel> placeLabels(qreal scale, const QRectF &visible = QRectF()) const;

    /// Tiles of the overview drawn since they were made or last started over (-1: none made); for tests.
    int overviewTilesRendered() const;
    /// Whether the last frame of the overview showed every tile at its zoom (true when there is no overview).
    bool overviewSharp() const;
    /// Results of the overview's workers dropped because the zoom or scene had changed meanwhile; for tests.
    int overviewResultsDiscarded() const;

    /// Above this many nodes in sight, paintScene() draws dots and plain lines.
    static constexpr int detailedNodeLimit = 3000;
    /// Above detailedNodeLimit nodes in sight, at most this many labels are placed (the most important).
    static constexpr int overviewLabelLimit = 150;
    /// Above detailedNodeLimit nodes in sight, the candidates tried for a label at most (then the placing stops).
    static constexpr int overviewLabelTries = 20 * overviewLabelLimit;
    /// The dots and lines the overview of a big graph draws into its tiles (benchmarks draw them directly).
    OverviewScene overviewScene() const;
    /// Bounds of the nodes alone, without their labels.
    QRectF nodesRect() const;
    /// Width of each node's label at @p pixelSize (0 for a node drawn without one).
    QList<qreal> labelWidths(qreal pixelSize) const;

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
    void rebuildPoints();
    void paintOverview(QPainter *painter, const QSet<int> &highlighted, const QRectF &sight) const;
    /// The overview's tiles, made when first needed.
    OverviewTiles &overviewTiles() const;

    GraphModel m_model;
    Positions m_positions;
    GraphPaintOptions m_options;
    // Derived from the model and positions, so that a frame of a big graph does no hashing:
    QList<QPointF> m_points; ///< per node index, its position
    QList<int> m_fanCount; ///< per edge, how many edges join the same two nodes
    QList<int> m_fanIndex; ///< per edge, its rank among them (parallel edges fan out)
    /// Per edge, GraphEdge::startMinutes() and endMinutes(): an "as of" change looks at every edge, and
    /// working them out from the fuzzy dates each time was most of its cost.
    QList<qint64> m_edgeStart;
    QList<qint64> m_edgeEnd;
    QList<int> m_byInvolvement; ///< node indexes, most involved first (label priority)
    QList<int> m_priority; ///< per node, its place in m_byInvolvement
    QList<qreal> m_radii; ///< per node, GraphLayout::nodeRadius()
    // The same in m_byInvolvement's order: label placement reads them in turn.
    QList<QPointF> m_pointsByPriority;
    QList<qreal> m_radiiByPriority;
    static constexpr int referencePixels = 64; ///< the font size m_unitWidths were measured at
    mutable QList<float> m_unitWidths; ///< per node, its label's width per pixel of font size; < 0 until measured
    mutable Language m_unitWidthsLanguage = Language::English;
    /// The overview's raster; reset (not cleared: copies may share it) by whatever changes what it holds.
    mutable std::shared_ptr<OverviewTiles> m_tiles;
    QObject *m_listenerContext = nullptr; ///< see setOverviewListener()
    std::function<void()> m_tilesArrived;
};

} // namespace Frise::Graph
