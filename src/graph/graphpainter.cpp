// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphpainter.h"

#include "graphstyle.h"
#include "overviewtiles.h"
#include "pixelcanvas.h"

#include "core/contrast.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QSet>
#include <QtMath>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Frise::Graph {

namespace {

constexpr qreal legendPadding = 10;
constexpr qreal legendRow = 18;
constexpr qreal legendSwatch = 26;
constexpr qreal pageMargin = 24;
constexpr int labelledNodeLimit = 300; // above this, only big nodes get a label
constexpr int labelledEdgeLimit = 80;
constexpr qreal overviewEdgeOpacity = 0.7;

QFont legendFont()
{
    QFont font = GraphPainter::labelFont();
    font.setPixelSize(10);
    return font;
}

QFont headingFont()
{
    QFont font = legendFont();
    font.setBold(true);
    return font;
}

QFont edgeFont()
{
    QFont font = GraphPainter::labelFont();
    font.setPixelSize(8);
    font.setItalic(true);
    return font;
}

QColor nodeColour(const GraphNode &node)
{
    if (node.type == GraphNode::Type::Dispute) {
        const QColor colour = QColor::fromString(node.colour);
        return colour.isValid() ? colour : QColor(0x55, 0x55, 0x55);
    }
    return GraphStyle::colourFor(node.kind);
}

NodeShape nodeShape(const GraphNode &node)
{
    return node.type == GraphNode::Type::Dispute ? NodeShape::Star : GraphStyle::shapeFor(node.kind);
}

QColor edgeColour(const GraphEdge &edge, const GraphModel &model)
{
    if (edge.type == GraphEdge::Type::DisputeParty)
        return nodeColour(model.nodes()[edge.from]).lighter(130);
    return GraphStyle::colourFor(edge.relationType);
}

QString elided(const QString &text, int maxChars)
{
    return text.size() <= maxChars ? text : text.left(maxChars - 1) + QChar(0x2026);
}

// A node's label, elided; a dispute hub also names the status it is in (as of the graph's date).
QString nodeText(const GraphNode &node, Language language)
{
    const QString label = elided(node.label.textOrFallback(language), 34);
    return node.status ? label + QStringLiteral(" · ") + disputeStatusName(*node.status, language) : label;
}

// Text with a halo of the background colour, readable over edges.
void drawHaloText(QPainter *painter, QPointF baselineCentre, const QString &text, const QFont &font,
    const QColor &colour, const QColor &halo)
{
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(text);
    QPainterPath path;
    path.addText(baselineCentre - QPointF(width / 2, 0), font, text);
    painter->save();
    QColor haloPen = halo;
    haloPen.setAlpha(230);
    // The halo grows with the text, so that big labels (zoomed out) keep clear of the edges too.
    const qreal haloWidth = std::max(3.0, font.pixelSize() / 3.0);
    painter->setPen(QPen(haloPen, haloWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(path);
    painter->restore();
}

// Device pixels per scene unit of the painter's current transform.
qreal deviceScale(const QPainter *painter)
{
    const QTransform t = painter->combinedTransform();
    return std::sqrt(t.m11() * t.m11() + t.m12() * t.m12());
}

struct EdgeGeometry
{
    QPainterPath path;
    QPointF middle;
    QPointF tip; // arrow tip, on the target's outline
    QPointF direction; // unit vector at the tip
};

EdgeGeometry edgeGeometry(QPointF from, QPointF to, qreal fromRadius, qreal toRadius, qreal bend)
{
    EdgeGeometry g;
    if (from == to) { // self-loop
        const qreal r = toRadius;
        QPainterPath loop;
        loop.addEllipse(QRectF(to.x() - r * 0.6, to.y() - 2.2 * r, 1.2 * r, 1.4 * r));
        g.path = loop;
        g.middle = to - QPointF(0, 2.2 * r);
        g.tip = to - QPointF(0, r);
        g.direction = QPointF(0, 1);
        return g;
    }
    const QPointF delta = to - from;
    const qreal length = std::hypot(delta.x(), delta.y());
    const QPointF unit = delta / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF control = (from + to) / 2 + normal * bend * 2;
    auto towards = [](QPointF a, QPointF b, qreal distance) {
        const QPointF d = b - a;
        const qreal l = std::hypot(d.x(), d.y());
        return l > 0 ? a + d * (distance / l) : a;
    };
    const QPointF start = towards(from, control, fromRadius + 1);
    g.tip = towards(to, control, toRadius + 1.5);
    const QPointF d = g.tip - control;
    const qreal dl = std::hypot(d.x(), d.y());
    g.direction = dl > 0 ? d / dl : unit;
    g.path.moveTo(start);
    g.path.quadTo(control, g.tip);
    g.middle = 0.25 * start + 0.5 * control + 0.25 * g.tip;
    return g;
}

void drawArrowHead(QPainter *painter, QPointF tip, QPointF direction, qreal size, const QColor &colour)
{
    const QPointF normal(-direction.y(), direction.x());
    QPolygonF head;
    head << tip << tip - direction * size + normal * size * 0.45 << tip - direction * size * 0.7
         << tip - direction * size - normal * size * 0.45;
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPolygon(head);
}

} // namespace

GraphPainter::GraphPainter(const GraphModel &model, const Positions &positions, const GraphPaintOptions &options)
    : m_options(options)
{
    setModel(model);
    setPositions(positions);
}

void GraphPainter::setModel(const GraphModel &model)
{
    m_model = model;
    m_unitWidths.clear();
    const int edges = m_model.edgeCount();
    m_fanCount = QList<int>(edges, 0);
    m_fanIndex = QList<int>(edges, 0);
    m_edgeStart.resize(edges);
    m_edgeEnd.resize(edges);
    for (int i = 0; i < edges; ++i) {
        m_edgeStart[i] = m_model.edges()[i].startMinutes();
        m_edgeEnd[i] = m_model.edges()[i].endMinutes();
    }
    QHash<QPair<int, int>, QList<int>> byPair;
    for (int i = 0; i < edges; ++i) {
        const GraphEdge &edge = m_model.edges()[i];
        byPair[qMakePair(std::min(edge.from, edge.to), std::max(edge.from, edge.to))].append(i);
    }
    for (const QList<int> &group : std::as_const(byPair)) {
        for (qsizetype k = 0; k < group.size(); ++k) {
            m_fanCount[group[k]] = int(group.size());
            m_fanIndex[group[k]] = int(k);
        }
    }
    m_radii.resize(m_model.nodeCount());
    for (int i = 0; i < m_model.nodeCount(); ++i)
        m_radii[i] = GraphLayout::nodeRadius(m_model.nodes()[i]);
    m_byInvolvement.resize(m_model.nodeCount());
    std::iota(m_byInvolvement.begin(), m_byInvolvement.end(), 0);
    std::stable_sort(m_byInvolvement.begin(), m_byInvolvement.end(),
        [this](int a, int b) { return m_model.nodes()[a].involvement > m_model.nodes()[b].involvement; });
    m_priority.resize(m_model.nodeCount());
    m_radiiByPriority.resize(m_model.nodeCount());
    for (int n = 0; n < m_model.nodeCount(); ++n) {
        m_priority[m_byInvolvement[n]] = n;
        m_radiiByPriority[n] = m_radii[m_byInvolvement[n]];
    }
    rebuildPoints();
}

void GraphPainter::setPositions(const Positions &positions)
{
    m_positions = positions;
    rebuildPoints();
}

void GraphPainter::setOptions(const GraphPaintOptions &options)
{
    // Hover, selection, labels and colours of text are drawn over the overview's tiles; these are in them.
    const bool restyled = options.asOfMinutes != m_options.asOfMinutes || options.dropInactive != m_options.dropInactive
        || options.fadedOpacity != m_options.fadedOpacity;
    m_options = options;
    if (!restyled || !m_tiles)
        return;
    // Which nodes and edges are shown, and their colours, change; not where they are: the tiles those meet
    // are drawn again (tiles a copy of this painter shares stay as they are for it).
    if (m_tiles.use_count() > 1 || !m_tiles->restyle(overviewScene()))
        m_tiles.reset();
}

void GraphPainter::setPosition(int index, QPointF position)
{
    if (index < 0 || index >= m_model.nodeCount())
        return;
    m_positions.insert(m_model.nodes()[index].key, position);
    m_points[index] = position;
    m_pointsByPriority[m_priority[index]] = position;
    // Tiles a copy of this painter shares stay as they are for it.
    if (m_tiles && m_tiles.use_count() == 1)
        m_tiles->moveDot(index, position);
    else
        m_tiles.reset();
}

void GraphPainter::setOverviewListener(QObject *context, std::function<void()> tilesArrived)
{
    m_listenerContext = context;
    m_tilesArrived = std::move(tilesArrived);
    m_tiles.reset();
}

void GraphPainter::rebuildPoints()
{
    m_tiles.reset();
    m_points.resize(m_model.nodeCount());
    for (int i = 0; i < m_model.nodeCount(); ++i)
        m_points[i] = m_positions.value(m_model.nodes()[i].key);
    m_pointsByPriority.resize(m_model.nodeCount());
    for (int n = 0; n < m_model.nodeCount(); ++n)
        m_pointsByPriority[n] = m_points[m_byInvolvement[n]];
}

QFont GraphPainter::labelFont()
{
    QFont font(QStringLiteral("Noto Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Pixel sizes are in the painter's units (scene points), so text keeps its
    // size relative to the drawing on every device (PNG at any DPI, PDF, SVG).
    font.setPixelSize(9);
    return font;
}

QPointF GraphPainter::position(int index) const
{
    if (index < 0 || index >= m_points.size())
        return {};
    return m_points[index];
}

bool GraphPainter::isNodeActive(int index) const
{
    if (!m_options.asOfMinutes)
        return true;
    const GraphNode &node = m_model.nodes()[index];
    return !node.hasStart() || node.startMinutes <= *m_options.asOfMinutes;
}

bool GraphPainter::isEdgeActive(int index) const
{
    const GraphEdge &edge = m_model.edges()[index];
    if (m_options.asOfMinutes && !edge.isActiveAt(*m_options.asOfMinutes))
        return false;
    return isNodeActive(edge.from) && isNodeActive(edge.to);
}

QRectF GraphPainter::sceneRect() const
{
    QRectF rect;
    const QFontMetricsF metrics(labelFont());
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        const GraphNode &node = m_model.nodes()[i];
        if (m_options.dropInactive && !isNodeActive(i))
            continue;
        const QPointF p = position(i);
        const qreal r = GraphLayout::nodeRadius(node) * 1.15;
        QRectF box(p.x() - r, p.y() - r, 2 * r, 2 * r);
        if (m_options.nodeLabels) {
            const qreal w = metrics.horizontalAdvance(nodeText(node, m_options.language));
            box |= QRectF(p.x() - w / 2 - 2, p.y() + r, w + 4, metrics.height() + 4);
        }
        rect = rect.isNull() ? box : rect | box;
    }
    return rect.adjusted(-8, -8, 8, 8);
}

int GraphPainter::nodeAt(QPointF scenePos, qreal slop) const
{
    for (int i = m_model.nodeCount() - 1; i >= 0; --i) {
        const QPointF d = position(i) - scenePos;
        const qreal r = m_radii[i] + slop;
        if (d.x() * d.x() + d.y() * d.y() <= r * r)
            return i;
    }
    return -1;
}

void GraphPainter::paintScene(QPainter *painter, const QRectF &visible) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const int hovered = m_options.hoveredNode;
    QSet<int> highlighted;
    if (hovered >= 0 && hovered < m_model.nodeCount()) {
        highlighted.insert(hovered);
        for (int n : m_model.neighboursOf(hovered))
            highlighted.insert(n);
    }
    auto nodeOpacity = [&](int i) {
        qreal opacity = isNodeActive(i) ? 1.0 : m_options.fadedOpacity;
        if (!highlighted.isEmpty() && !highlighted.contains(i))
            opacity = std::min(opacity, 0.25);
        return opacity;
    };

    // What is in sight. The margin covers the biggest node and a fanned edge's bend.
    const bool culled = !visible.isNull();
    const QRectF sight = visible.adjusted(-40, -40, 40, 40);
    QList<int> nodes;
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        if ((!m_options.dropInactive || isNodeActive(i)) && (!culled || sight.contains(m_points[i])))
            nodes.append(i);
    }
    const qreal scale = deviceScale(painter);
    if (culled && nodes.size() > detailedNodeLimit) {
        paintOverview(painter, highlighted, sight);
        // Labels in device pixels with the glyph cache and a plain halo box: a
        // text path with a stroked halo per label costs too much for a frame.
        const QTransform toDevice = painter->transform();
        painter->resetTransform();
        painter->setRenderHint(QPainter::TextAntialiasing);
        QFont font = labelFont();
        font.setPixelSize(std::max(1, int(std::lround(m_options.minLabelPixels))));
        QColor halo = m_options.haloColour;
        halo.setAlpha(200);
        for (const PlacedLabel &label : placeLabels(scale, visible)) {
            const QRectF box = toDevice.mapRect(label.rect);
            painter->setOpacity(nodeOpacity(label.node));
            font.setBold(label.node == m_options.selectedNode || label.node == hovered);
            painter->setFont(font);
            painter->fillRect(box.adjusted(-2, 0, 2, 0), halo);
            painter->setPen(m_options.textColour);
            painter->drawText(box.adjusted(-2, 0, 2, 0), Qt::AlignCenter | Qt::TextSingleLine,
                nodeText(m_model.nodes()[label.node], m_options.language));
        }
        painter->restore();
        return;
    }
    QList<int> edges;
    for (int i = 0; i < m_model.edgeCount(); ++i) {
        const GraphEdge &edge = m_model.edges()[i];
        if (m_options.dropInactive && !isEdgeActive(i))
            continue;
        if (culled && !QRectF(m_points[edge.from], m_points[edge.to]).normalized().intersects(sight)
            && !sight.contains(m_points[edge.from]))
            continue;
        edges.append(i);
    }

    const bool small = m_model.nodeCount() <= labelledNodeLimit;
    const bool drawEdgeLabels = m_options.edgeLabels && m_model.edgeCount() <= labelledEdgeLimit;
    const qreal edgeWidth = small ? 1.6 : 0.6;
    struct EdgeLabel
    {
        QPointF at;
        QString text;
        QColor colour;
        qreal opacity;
    };
    QList<EdgeLabel> edgeLabels;

    for (int i : std::as_const(edges)) {
        const GraphEdge &edge = m_model.edges()[i];
        const bool active = isEdgeActive(i);
        // Parallel edges (either direction) fan out so that each stays visible.
        const int count = m_fanCount[i];
        const int k = m_fanIndex[i];
        qreal opacity = active ? 1.0 : m_options.fadedOpacity;
        if (!highlighted.isEmpty() && !(edge.from == hovered || edge.to == hovered))
            opacity = std::min(opacity, 0.15);

        qreal bend = (k - (count - 1) / 2.0) * 14.0;
        if (edge.from > edge.to)
            bend = -bend; // same side convention whatever the direction
        const GraphNode &from = m_model.nodes()[edge.from];
        const GraphNode &to = m_model.nodes()[edge.to];
        const EdgeGeometry g = edgeGeometry(
            position(edge.from), position(edge.to), GraphLayout::nodeRadius(from), GraphLayout::nodeRadius(to), bend);
        const QColor colour = Contrast::readableOn(edgeColour(edge, m_model), m_options.haloColour,
            std::min(Contrast::graphicMinimum, Contrast::ratio(edgeColour(edge, m_model), QColor(Qt::white))));
        painter->setOpacity(opacity);
        const bool party = edge.type == GraphEdge::Type::DisputeParty;
        QPen pen(colour, party ? edgeWidth * 0.8 : edgeWidth,
            party ? Qt::DashDotLine : GraphStyle::penStyleFor(edge.relationType), Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(g.path);
        if (!party)
            drawArrowHead(painter, g.tip, g.direction, small ? 8.0 : 4.0, colour);
        if (drawEdgeLabels && !party)
            edgeLabels.append({g.middle, GraphStyle::label(edge.relationType, m_options.language),
                Contrast::readableOn(colour.darker(130), m_options.haloColour,
                    std::min(Contrast::textMinimum, Contrast::ratio(colour.darker(130), QColor(Qt::white)))),
                opacity});
    }

    for (int i : std::as_const(nodes)) {
        const GraphNode &node = m_model.nodes()[i];
        const QPointF p = m_points[i];
        const qreal r = GraphLayout::nodeRadius(node);
        const QColor fill = nodeColour(node);
        painter->setOpacity(nodeOpacity(i));
        const QPainterPath outline = GraphStyle::shapePath(nodeShape(node), p, r);
        painter->setPen(QPen(m_options.haloColour, small ? 2.5 : 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(outline);
        painter->setPen(QPen(fill.darker(140), small ? 1.2 : 0.6));
        painter->setBrush(fill);
        painter->drawPath(outline);
        if (i == m_options.selectedNode) {
            painter->setPen(QPen(m_options.textColour, std::max(3.0, 2.0 / std::max(scale, 0.01))));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(GraphStyle::shapePath(nodeShape(node), p, r + 4));
        }
    }

    const QList<PlacedLabel> nodeLabels = placeLabels(scale, visible);
    // Edge labels are the least important text: in a view, drawn only where they
    // are readable and clear of the node labels.
    QFont relationFont = edgeFont();
    QList<QRectF> taken;
    const bool levelOfDetail = m_options.minLabelPixels > 0 && scale > 0;
    if (levelOfDetail) {
        relationFont.setPixelSize(
            std::max(relationFont.pixelSize(), int(std::ceil(0.85 * m_options.minLabelPixels / scale))));
        for (const PlacedLabel &label : nodeLabels)
            taken.append(label.rect);
    }
    const QFontMetricsF relationMetrics(relationFont);
    for (const EdgeLabel &label : std::as_const(edgeLabels)) {
        if (levelOfDetail) {
            const qreal width = relationMetrics.horizontalAdvance(label.text);
            const QRectF box(
                label.at.x() - width / 2, label.at.y() + 3 - relationMetrics.ascent(), width, relationMetrics.height());
            if (std::any_of(taken.cbegin(), taken.cend(), [&box](const QRectF &r) { return r.intersects(box); }))
                continue;
            taken.append(box);
        }
        painter->setOpacity(label.opacity);
        drawHaloText(painter, label.at + QPointF(0, 3), label.text, relationFont, label.colour, m_options.haloColour);
    }

    QFont font = labelFont();
    for (const PlacedLabel &label : nodeLabels) {
        painter->setOpacity(nodeOpacity(label.node));
        const QString text = nodeText(m_model.nodes()[label.node], m_options.language);
        font.setPixelSize(int(label.pixelSize));
        font.setBold(label.node == m_options.selectedNode || label.node == hovered);
        drawHaloText(painter, label.baseline, text, font, m_options.textColour, m_options.haloColour);
    }
    painter->restore();
}

OverviewScene GraphPainter::overviewScene() const
{
    // Every node and edge as the overview draws them when nothing is hovered nor selected.
    OverviewScene scene;
    scene.dots.resize(m_model.nodeCount());
    std::vector<char> nodeActive(size_t(m_model.nodeCount()));
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        const GraphNode &node = m_model.nodes()[i];
        OverviewScene::Dot &dot = scene.dots[i];
        nodeActive[size_t(i)] = isNodeActive(i);
        dot.at = m_points[i];
        dot.side = m_radii[i] * 1.6;
        dot.shown = !m_options.dropInactive || nodeActive[size_t(i)];
        dot.colour
            = PixelCanvas::premultiplied(nodeColour(node).rgb(), nodeActive[size_t(i)] ? 1.0 : m_options.fadedOpacity);
    }
    QHash<int, QRgb> relationColours;
    scene.lines.reserve(m_model.edgeCount());
    for (int i = 0; i < m_model.edgeCount(); ++i) {
        const GraphEdge &edge = m_model.edges()[i];
        QRgb colour = 0;
        if (edge.type == GraphEdge::Type::Relation) {
            const auto known = relationColours.constFind(int(edge.relationType));
            colour = known != relationColours.cend()
                ? *known
                : *relationColours.insert(int(edge.relationType), edgeColour(edge, m_model).rgb());
        } else {
            colour = edgeColour(edge, m_model).rgb();
        }
        // Every edge, dropped ones hidden: an "as of" change keeps the lines' indexes (OverviewTiles::restyle()).
        // isEdgeActive(), from the edge's span worked out once.
        const bool active = (!m_options.asOfMinutes
                                || (*m_options.asOfMinutes >= m_edgeStart[i] && *m_options.asOfMinutes <= m_edgeEnd[i]))
            && nodeActive[size_t(edge.from)] && nodeActive[size_t(edge.to)];
        scene.lines.append({edge.from, edge.to,
            PixelCanvas::premultiplied(colour, active ? overviewEdgeOpacity : m_options.fadedOpacity),
            !m_options.dropInactive || active});
    }
    return scene;
}

OverviewTiles &GraphPainter::overviewTiles() const
{
    if (!m_tiles) {
        m_tiles = std::make_shared<OverviewTiles>(overviewScene());
        if (m_listenerContext)
            m_tiles->drawOnWorker(m_listenerContext, m_tilesArrived);
    }
    return *m_tiles;
}

int GraphPainter::overviewTilesRendered() const
{
    return m_tiles ? m_tiles->renderedTiles() : -1;
}

bool GraphPainter::overviewSharp() const
{
    return !m_tiles || m_tiles->isSharp();
}

int GraphPainter::overviewResultsDiscarded() const
{
    return m_tiles ? m_tiles->discardedResults() : 0;
}

void GraphPainter::paintOverview(QPainter *painter, const QSet<int> &highlighted, const QRectF &sight) const
{
    // Dots and plain lines: thousands of nodes in sight are a few pixels each,
    // where shapes, arrows and antialiasing cannot be seen. Most of it comes
    // from the tiles, in whole device pixels; what hover and selection
    // change is drawn over them, on the same pixels.
    const QTransform toDevice = painter->transform();
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing, false);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const qreal zoom = std::max(std::hypot(toDevice.m11(), toDevice.m12()), 1e-6);
    OverviewMapping mapping;
    mapping.scale = zoom * ratio;
    mapping.origin = QPoint(int(std::lround(toDevice.dx() * ratio)), int(std::lround(toDevice.dy() * ratio)));
    mapping.devicePixelRatio = ratio;
    const QRect viewport = painter->viewport();
    // What is in sight, within the device: the tiles are clipped to it, as items are culled in detail.
    const QRect logicalView = viewport & toDevice.mapRect(sight).toAlignedRect();
    if (logicalView.isEmpty()) {
        painter->restore();
        return;
    }
    if (logicalView != viewport)
        painter->setClipRect(logicalView);
    const QRect view(logicalView.topLeft() * ratio, logicalView.size() * ratio);
    // An edge across much of the view, among thousands, is haze: left out
    // unless its node is hovered or selected (zoomed in, every edge is drawn).
    const int longest = std::max(view.width(), view.height()) / 4;
    overviewTiles().paint(painter, mapping, view, longest, highlighted.isEmpty() ? 1.0 : m_options.fadedOpacity);

    // Over the tiles, in logical pixels that fall on the tiles' device pixels.
    const auto device = [&](int i) { return QPointF(mapping.map(m_points[i])) / ratio; };
    const int hovered = m_options.hoveredNode;
    const int selected = m_options.selectedNode;
    const bool hasHovered = hovered >= 0 && hovered < m_model.nodeCount();
    const bool hasSelected = selected >= 0 && selected < m_model.nodeCount();
    const QRectF inView = QRectF(logicalView).adjusted(-2, -2, 2, 2);
    // The edges of the hovered and selected nodes, bright (the selected one's faded when another is hovered).
    QHash<QPair<QRgb, int>, QList<QLineF>> lines; // by colour and (0 bright, 1 faded)
    QList<int> touched;
    if (hasHovered)
        touched.append(hovered);
    if (hasSelected && selected != hovered)
        touched.append(selected);
    for (int node : std::as_const(touched)) {
        for (int i : m_model.edgesOf(node)) {
            const GraphEdge &edge = m_model.edges()[i];
            if (m_options.dropInactive && !isEdgeActive(i))
                continue;
            if (node == selected && hasHovered && (edge.from == hovered || edge.to == hovered))
                continue; // drawn with the hovered node's
            const QLineF line(device(edge.from), device(edge.to));
            if (!inView.intersects(QRectF(line.p1(), line.p2()).normalized().adjusted(-1, -1, 1, 1)))
                continue;
            const bool faded = !isEdgeActive(i) || (hasHovered && edge.from != hovered && edge.to != hovered);
            lines[qMakePair(edgeColour(edge, m_model).rgb(), faded ? 1 : 0)].append(line);
        }
    }
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        painter->setOpacity(it.key().second ? m_options.fadedOpacity : overviewEdgeOpacity);
        painter->setPen(QPen(QColor::fromRgb(it.key().first), 0)); // cosmetic: one device pixel
        painter->drawLines(it.value());
    }
    // The hovered node's neighbourhood, bright over the faded tiles.
    QHash<QPair<QRgb, int>, QList<QRectF>> dots;
    for (int i : highlighted) {
        if (m_options.dropInactive && !isNodeActive(i))
            continue;
        if (!inView.contains(device(i)))
            continue;
        const int side = OverviewTiles::dotSide(m_radii[i] * 1.6, mapping.scale);
        const QPoint corner = mapping.map(m_points[i]) - QPoint(side / 2, side / 2);
        dots[qMakePair(nodeColour(m_model.nodes()[i]).rgb(), isNodeActive(i) ? 0 : 1)].append(
            QRectF(QPointF(corner) / ratio, QSizeF(side, side) / ratio));
    }
    painter->setPen(Qt::NoPen);
    for (auto it = dots.cbegin(); it != dots.cend(); ++it) {
        painter->setOpacity(it.key().second ? m_options.fadedOpacity : 1.0);
        painter->setBrush(QColor::fromRgb(it.key().first));
        painter->drawRects(it.value());
    }

    if (hasSelected) {
        painter->setOpacity(1.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(m_options.textColour, 3.0));
        painter->setBrush(Qt::NoBrush);
        const qreal r = std::max(GraphLayout::nodeRadius(m_model.nodes()[selected]) * zoom, 2.0) + 4;
        painter->drawEllipse(device(selected), r, r);
    }
    painter->restore();
}

QList<PlacedLabel> GraphPainter::placeLabels(qreal scale, const QRectF &visible) const
{
    QList<PlacedLabel> placed;
    if (!m_options.nodeLabels || m_model.nodeCount() == 0)
        return placed;
    const bool levelOfDetail = m_options.minLabelPixels > 0 && scale > 0;
    QFont font = labelFont();
    if (levelOfDetail)
        font.setPixelSize(std::max(font.pixelSize(), int(std::ceil(m_options.minLabelPixels / scale))));
    const QFontMetricsF metrics(font);
    const bool small = m_model.nodeCount() <= labelledNodeLimit;

    const int hovered = m_options.hoveredNode;
    QSet<int> highlighted;
    if (hovered >= 0 && hovered < m_model.nodeCount()) {
        highlighted.insert(hovered);
        for (int n : m_model.neighboursOf(hovered))
            highlighted.insert(n);
    }
    auto rank = [&](int i) {
        return i == m_options.selectedNode ? 0 : i == hovered ? 1 : highlighted.contains(i) ? 2 : 3;
    };
    // A label hangs below its node, up to 34 characters wide.
    const qreal reach = 34 * metrics.averageCharWidth();
    const QRectF sight = visible.adjusted(-reach, -metrics.height() - 40, reach, 40);
    const auto isCandidate = [&](int i) {
        return (!m_options.dropInactive || isNodeActive(i)) && (visible.isNull() || sight.contains(m_points[i]));
    };
    // A view places the most important labels first (selected, hovered, their
    // neighbours, then by involvement); an export in the model's order. The
    // candidates are found in one pass in the model's order (the points are
    // read in turn, not at random).
    QList<int> order;
    qsizetype candidates = 0;
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        if (!isCandidate(i))
            continue;
        // Exports keep their rule: every label in a small graph, only big nodes in a large one.
        if (!levelOfDetail && !small && m_radii[i] < 20 && i != m_options.selectedNode && !highlighted.contains(i))
            continue;
        ++candidates;
        if (!levelOfDetail || candidates <= detailedNodeLimit)
            order.append(i);
    }
    // Thousands of nodes in sight: the most important labels only, a frame stays short.
    const qsizetype maxLabels = levelOfDetail && candidates > detailedNodeLimit ? overviewLabelLimit : candidates;
    // Thousands: the first ranks, then the rest in order of involvement, walked only until the labels are placed.
    const bool lazy = maxLabels < candidates;
    if (levelOfDetail && !lazy) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const int ra = rank(a);
            const int rb = rank(b);
            return ra != rb ? ra < rb : m_priority[a] < m_priority[b];
        });
    } else if (lazy) {
        order.clear();
        for (int i : std::as_const(highlighted))
            order.append(i);
        if (m_options.selectedNode >= 0 && m_options.selectedNode < m_model.nodeCount())
            order.append(m_options.selectedNode);
        order.erase(std::remove_if(order.begin(), order.end(), [&](int i) { return !isCandidate(i); }), order.end());
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int ra = rank(a);
            const int rb = rank(b);
            return ra != rb ? ra < rb : m_priority[a] < m_priority[b];
        });
        order.erase(std::unique(order.begin(), order.end()), order.end());
    }

    // Labels already placed, by cells of a coarse grid: overlap tests stay local on big graphs.
    const qreal cell = std::max<qreal>(metrics.height() * 4, 1.0);
    QHash<QPair<qint64, qint64>, QList<int>> grid;
    auto cellsOf = [cell](const QRectF &r, auto &&visit) {
        for (qint64 x = qint64(std::floor(r.left() / cell)); x <= qint64(std::floor(r.right() / cell)); ++x)
            for (qint64 y = qint64(std::floor(r.top() / cell)); y <= qint64(std::floor(r.bottom() / cell)); ++y)
                visit(qMakePair(x, y));
    };
    auto isClear = [&](const QRectF &rect) {
        bool clear = true;
        cellsOf(rect, [&](const QPair<qint64, qint64> &key) {
            const auto it = grid.constFind(key);
            if (it == grid.cend())
                return;
            for (int k : *it)
                clear = clear && !placed[k].rect.intersects(rect);
        });
        return clear;
    };
    // Thousands of candidates: each label's width comes from a cache of
    // widths measured once at a reference size (text widths scale with the
    // size), so a frame shapes no text it does not draw.
    const bool overview = lazy;
    if (overview && (m_unitWidths.size() != m_model.nodeCount() || m_unitWidthsLanguage != m_options.language)) {
        m_unitWidths = QList<float>(m_model.nodeCount(), -1.0f);
        m_unitWidthsLanguage = m_options.language;
    }
    QFont reference = labelFont();
    reference.setPixelSize(referencePixels);
    const QFontMetricsF referenceMetrics(reference);
    const auto widthOf = [&](int i) -> qreal {
        if (!overview) {
            const QString text = nodeText(m_model.nodes()[i], m_options.language);
            return text.isEmpty() ? 0 : metrics.horizontalAdvance(text);
        }
        float &unit = m_unitWidths[i];
        if (unit < 0)
            unit = float(
                referenceMetrics.horizontalAdvance(nodeText(m_model.nodes()[i], m_options.language)) / referencePixels);
        return unit * font.pixelSize();
    };
    // Thousands of candidates in a view, most of them under labels already
    // placed: cells of a fine grid over the sight, marked once they lie wholly
    // inside a placed label, turn most of them down without a look at the labels.
    const qreal fine = std::max<qreal>(metrics.height() / 4, 1e-6);
    const bool useCovered = lazy && !visible.isNull();
    const int coveredColumns = useCovered ? int(std::ceil(sight.width() / fine)) + 1 : 0;
    const int coveredRows = useCovered ? int(std::ceil(sight.height() / fine)) + 1 : 0;
    std::vector<quint8> covered(size_t(coveredColumns) * size_t(coveredRows), 0);
    const auto isCovered = [&](QPointF at) {
        const qreal x = std::floor((at.x() - sight.left()) / fine);
        const qreal y = std::floor((at.y() - sight.top()) / fine);
        return x >= 0 && y >= 0 && x < coveredColumns && y < coveredRows
            && covered[size_t(y) * size_t(coveredColumns) + size_t(x)];
    };
    const auto cover = [&](const QRectF &rect) {
        // The cells wholly inside: a point in one is inside the label, never on its edge.
        const int left = std::max(0, int(std::ceil((rect.left() - sight.left()) / fine)) + 1);
        const int right = std::min(coveredColumns, int(std::floor((rect.right() - sight.left()) / fine)) - 1);
        const int top = std::max(0, int(std::ceil((rect.top() - sight.top()) / fine)) + 1);
        const int bottom = std::min(coveredRows, int(std::floor((rect.bottom() - sight.top()) / fine)) - 1);
        for (int y = top; y < bottom; ++y)
            std::fill_n(covered.begin() + qsizetype(y) * coveredColumns + left, std::max(0, right - left), 1);
    };
    const auto place = [&](int i) {
        const QPointF p = m_points[i];
        const qreal r = m_radii[i]; // (not the node itself: thousands of cache misses a frame)
        if (useCovered && isCovered(QPointF(p.x(), p.y() + r * 1.1)))
            return;
        // Where the label would start: already covered, no need to measure it (crowded big graphs).
        if (levelOfDetail && !isClear(QRectF(p.x() - 0.5, p.y() + r * 1.1, 1, metrics.height())))
            return;
        const qreal width = widthOf(i);
        if (width <= 0)
            return; // no text: nothing to draw, nothing to keep clear
        const QRectF rect(p.x() - width / 2, p.y() + r * 1.1, width, metrics.height());
        if (levelOfDetail) {
            if (!isClear(rect))
                return;
            cellsOf(rect, [&](const QPair<qint64, qint64> &key) { grid[key].append(int(placed.size())); });
            if (useCovered)
                cover(rect);
        }
        placed.append({i, rect, QPointF(p.x(), rect.top() + metrics.ascent() + 1), qreal(font.pixelSize())});
    };
    for (int i : std::as_const(order)) {
        if (placed.size() >= maxLabels)
            return placed;
        place(i);
    }
    if (lazy) {
        // (The first ranks come again: placed or turned down, they are turned down again, their place being taken.)
        // Read in turn, not at random: most are only looked at, out of sight or under a label. A crowded
        // view (the core of a big layout) turns nearly all down: the tries stop at overviewLabelTries.
        int tries = 0;
        for (int n = 0; n < m_model.nodeCount() && placed.size() < maxLabels && tries < overviewLabelTries; ++n) {
            const QPointF p = m_pointsByPriority[n];
            if (!sight.contains(p) || (useCovered && isCovered(QPointF(p.x(), p.y() + m_radiiByPriority[n] * 1.1))))
                continue;
            const int i = m_byInvolvement[n];
            if (!m_options.dropInactive || isNodeActive(i)) {
                ++tries;
                place(i);
            }
        }
    }
    return placed;
}

QRectF GraphPainter::nodesRect() const
{
    QRectF rect;
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        if (m_options.dropInactive && !isNodeActive(i))
            continue;
        const QPointF p = position(i);
        const qreal r = GraphLayout::nodeRadius(m_model.nodes()[i]) * 1.15;
        const QRectF box(p.x() - r, p.y() - r, 2 * r, 2 * r);
        rect = rect.isNull() ? box : rect | box;
    }
    return rect;
}

QList<qreal> GraphPainter::labelWidths(qreal pixelSize) const
{
    QList<qreal> widths(m_model.nodeCount(), 0.0);
    if (!m_options.nodeLabels)
        return widths;
    QFont font = labelFont();
    font.setPixelSize(std::max(1, int(std::ceil(pixelSize))));
    const QFontMetricsF metrics(font);
    for (int i = 0; i < m_model.nodeCount(); ++i) {
        if (!m_options.dropInactive || isNodeActive(i))
            widths[i] = metrics.horizontalAdvance(nodeText(m_model.nodes()[i], m_options.language));
    }
    return widths;
}

QSizeF GraphPainter::legendSize() const
{
    const QFontMetricsF metrics(legendFont());
    const QFontMetricsF headingMetrics(headingFont());
    QSet<Actor::Kind> kinds;
    QSet<Relation::Type> types;
    bool disputes = false;
    for (const GraphNode &node : m_model.nodes()) {
        if (node.type == GraphNode::Type::Dispute)
            disputes = true;
        else
            kinds.insert(node.kind);
    }
    for (const GraphEdge &edge : m_model.edges()) {
        if (edge.type == GraphEdge::Type::Relation)
            types.insert(edge.relationType);
    }
    qreal width = std::max(headingMetrics.horizontalAdvance(GraphStyle::actorsHeading(m_options.language)),
        headingMetrics.horizontalAdvance(GraphStyle::relationsHeading(m_options.language)));
    for (Actor::Kind kind : std::as_const(kinds))
        width = std::max(
            width, legendSwatch + 6 + metrics.horizontalAdvance(GraphStyle::label(kind, m_options.language)));
    for (Relation::Type type : std::as_const(types))
        width = std::max(
            width, legendSwatch + 6 + metrics.horizontalAdvance(GraphStyle::label(type, m_options.language)));
    if (disputes)
        width = std::max(
            width, legendSwatch + 6 + metrics.horizontalAdvance(GraphStyle::disputeLabel(m_options.language)));
    int rows = int(kinds.size() + types.size()) + (disputes ? 1 : 0);
    int headings = (kinds.isEmpty() && !disputes ? 0 : 1) + (types.isEmpty() ? 0 : 1);
    qreal height = rows * legendRow + headings * (legendRow + 4);
    if (m_options.asOfMinutes) {
        const QString asOf = GraphStyle::asOfLabel(m_options.language)
                                 .arg(localeFor(m_options.language)
                                         .toString(FuzzyDate::dateTimeFromMinutes(*m_options.asOfMinutes).date(),
                                             QLocale::LongFormat));
        width = std::max(width, headingMetrics.horizontalAdvance(asOf));
        height += legendRow + 6;
    }
    return QSizeF(width + 2 * legendPadding, height + 2 * legendPadding);
}

void GraphPainter::paintLegend(QPainter *painter, QPointF topLeft) const
{
    const QSizeF size = legendSize();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Contrast::readableOn(QColor(0xBD, 0xBD, 0xBD), m_options.haloColour, 1.6), 1));
    QColor boxFill = m_options.haloColour;
    boxFill.setAlpha(235);
    painter->setBrush(boxFill);
    painter->drawRoundedRect(QRectF(topLeft, size), 6, 6);

    QList<Actor::Kind> kinds;
    bool disputes = false;
    for (const GraphNode &node : m_model.nodes()) {
        if (node.type == GraphNode::Type::Dispute)
            disputes = true;
        else if (!kinds.contains(node.kind))
            kinds.append(node.kind);
    }
    std::sort(kinds.begin(), kinds.end());
    QList<Relation::Type> types;
    for (const GraphEdge &edge : m_model.edges()) {
        if (edge.type == GraphEdge::Type::Relation && !types.contains(edge.relationType))
            types.append(edge.relationType);
    }
    std::sort(types.begin(), types.end());

    const QFontMetricsF metrics(legendFont());
    qreal y = topLeft.y() + legendPadding;
    const qreal x = topLeft.x() + legendPadding;
    auto heading = [&](const QString &text) {
        painter->setFont(headingFont());
        painter->setPen(m_options.textColour);
        painter->drawText(QPointF(x, y + metrics.ascent() + 2), text);
        y += legendRow + 4;
    };
    auto rowText = [&](const QString &text) {
        painter->setFont(legendFont());
        painter->setPen(m_options.textColour);
        painter->drawText(QPointF(x + legendSwatch + 6, y + metrics.ascent()), text);
    };
    if (m_options.asOfMinutes) {
        heading(GraphStyle::asOfLabel(m_options.language)
                .arg(localeFor(m_options.language)
                        .toString(FuzzyDate::dateTimeFromMinutes(*m_options.asOfMinutes).date(), QLocale::LongFormat)));
        y += 2;
    }
    if (!kinds.isEmpty() || disputes) {
        heading(GraphStyle::actorsHeading(m_options.language));
        const QPointF iconCentre(x + legendSwatch / 2, 0);
        for (Actor::Kind kind : std::as_const(kinds)) {
            const QColor fill = GraphStyle::colourFor(kind);
            painter->setPen(QPen(fill.darker(140), 1));
            painter->setBrush(fill);
            painter->drawPath(GraphStyle::shapePath(
                GraphStyle::shapeFor(kind), QPointF(iconCentre.x(), y + metrics.height() / 2), 6.5));
            rowText(GraphStyle::label(kind, m_options.language));
            y += legendRow;
        }
        if (disputes) {
            painter->setPen(QPen(QColor(0x42, 0x42, 0x42), 1));
            painter->setBrush(QColor(0x75, 0x75, 0x75));
            painter->drawPath(
                GraphStyle::shapePath(NodeShape::Star, QPointF(iconCentre.x(), y + metrics.height() / 2), 6.5));
            rowText(GraphStyle::disputeLabel(m_options.language));
            y += legendRow;
        }
    }
    if (!types.isEmpty()) {
        heading(GraphStyle::relationsHeading(m_options.language));
        for (Relation::Type type : std::as_const(types)) {
            const QColor colour = Contrast::readableOn(GraphStyle::colourFor(type), m_options.haloColour,
                std::min(Contrast::graphicMinimum, Contrast::ratio(GraphStyle::colourFor(type), QColor(Qt::white))));
            const qreal lineY = y + metrics.height() / 2;
            painter->setPen(QPen(colour, 2, GraphStyle::penStyleFor(type), Qt::FlatCap));
            painter->drawLine(QPointF(x, lineY), QPointF(x + legendSwatch - 6, lineY));
            drawArrowHead(painter, QPointF(x + legendSwatch, lineY), QPointF(1, 0), 7, colour);
            rowText(GraphStyle::label(type, m_options.language));
            y += legendRow;
        }
    }
    painter->restore();
}

QSizeF GraphPainter::naturalPageSize(const QString &title) const
{
    const QRectF scene = sceneRect();
    const QSizeF legend = legendSize();
    QFont font = headingFont();
    font.setPixelSize(18);
    const qreal titleHeight = title.isEmpty() ? 0 : QFontMetricsF(font).height() + 12;
    return QSizeF(scene.width() + legend.width() + 3 * pageMargin,
        std::max(scene.height(), legend.height()) + titleHeight + 2 * pageMargin);
}

void GraphPainter::paintPage(QPainter *painter, const QRectF &page, const QString &title) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(page, Qt::white);
    QRectF area = page.adjusted(pageMargin, pageMargin, -pageMargin, -pageMargin);
    if (!title.isEmpty()) {
        QFont font = headingFont();
        font.setPixelSize(18);
        painter->setFont(font);
        painter->setPen(QColor(0x21, 0x21, 0x21));
        const qreal height = QFontMetricsF(font).height();
        painter->drawText(
            QRectF(area.left(), area.top(), area.width(), height), Qt::AlignLeft | Qt::AlignVCenter, title);
        area.setTop(area.top() + height + 12);
    }
    const QSizeF legend = legendSize();
    paintLegend(painter, QPointF(area.right() - legend.width(), area.top()));
    area.setRight(area.right() - legend.width() - pageMargin);

    const QRectF scene = sceneRect();
    if (scene.isValid() && area.isValid()) {
        const qreal scale = std::min({area.width() / scene.width(), area.height() / scene.height(), 2.0});
        painter->translate(area.center());
        painter->scale(scale, scale);
        painter->translate(-scene.center());
        paintScene(painter);
    }
    painter->restore();
}

} // namespace Frise::Graph
