// SPDX-License-Identifier: GPL-3.0-or-later
// The overview of a big graph drawn from raster tiles: panning draws only what
// it exposes and looks as a fresh drawing does; whatever changes the graph
// shows in the next frame; hover and selection still stand out at 100,000 nodes;
// labels of an overview stay few and apart; a new zoom is drawn on workers while
// the previous one stands in, and what they bring back for a graph that changed
// meanwhile is never shown; dragging a node draws again only the tiles it crosses;
// an "as of" change draws again, on the workers, only the tiles whose content
// changes, and a second one before they finish never shows the first's.
#include "generatedgraph.h"
#include "graph/graphlayout.h"
#include "graph/graphpainter.h"
#include "graph/graphstyle.h"
#include "graph/overviewtiles.h"

#include <QImage>
#include <QPainter>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>

#include <optional>

using namespace Frise;
using namespace Frise::Graph;

namespace {

constexpr QSize viewSize(1600, 1000);
constexpr qreal spacing = 40; // scene units between grid neighbours

// @p model's nodes on a grid, 400 a row.
Positions gridPositions(const GraphModel &model)
{
    Positions positions;
    for (int i = 0; i < model.nodeCount(); ++i)
        positions.insert(model.nodes()[i].key, QPointF(spacing * (i % 400), spacing * (i / 400)));
    return positions;
}

GraphPaintOptions viewOptions()
{
    GraphPaintOptions options;
    options.minLabelPixels = 12;
    options.nodeLabels = false; // labels would cover the pixels looked at
    return options;
}

// A frame as GraphView paints it: the visible scene rectangle with its top-left at @p topLeft, at @p zoom.
QImage frame(const GraphPainter &painter, QPointF topLeft, qreal zoom)
{
    QImage image(viewSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(zoom, zoom);
    p.translate(-topLeft);
    painter.paintScene(&p, QRectF(topLeft, QSizeF(viewSize) / zoom));
    return image;
}

QPoint pixelOf(QPointF scene, QPointF topLeft, qreal zoom)
{
    return ((scene - topLeft) * zoom).toPoint();
}

QColor actorColour(const GraphModel &model, int node)
{
    return GraphStyle::colourFor(model.nodes()[node].kind);
}

bool isFaded(QRgb pixel)
{
    return qRed(pixel) >= 200 && qGreen(pixel) >= 200 && qBlue(pixel) >= 200;
}

// @p nodes on gridPositions(), each joined to its right neighbour, and every third to the one below: short
// edges, drawn at an overview's zoom.
GraphModel meshGraph(int nodes)
{
    const GraphModel generated = FriseTest::generatedGraph(nodes);
    QList<GraphEdge> edges;
    const auto join = [&](int from, int to) {
        GraphEdge edge;
        edge.id = edges.size() + 1;
        edge.key = QLatin1Char('r') + QString::number(edge.id);
        edge.from = from;
        edge.to = to;
        edge.relationType = Relation::Type(from % 5);
        edges.append(edge);
    };
    for (int i = 0; i < nodes; ++i) {
        if (i % 400 != 399 && i + 1 < nodes)
            join(i, i + 1);
        if (i % 3 == 0 && i + 400 < nodes)
            join(i, i + 400);
    }
    return GraphModel::fromParts(generated.nodes(), edges);
}

// meshGraph() with the edges and nodes of a block of the grid (rows 10 to 19, columns 40 to 99) starting in
// 2020, the rest undated: an "as of" date before 2020 drops that block alone.
GraphModel datedMeshGraph(int nodes)
{
    const GraphModel mesh = meshGraph(nodes);
    const auto inBlock = [](int node) {
        const int row = node / 400;
        const int column = node % 400;
        return row >= 10 && row < 20 && column >= 40 && column < 100;
    };
    QList<GraphNode> list = mesh.nodes();
    QList<GraphEdge> edges = mesh.edges();
    const FuzzyDate start = FuzzyDate::fromYear(2020);
    for (GraphEdge &edge : edges) {
        if (inBlock(edge.from) || inBlock(edge.to))
            edge.start = start;
    }
    for (int i = 0; i < list.size(); ++i) {
        if (inBlock(i))
            list[i].startMinutes = start.earliestMinutes();
    }
    return GraphModel::fromParts(list, edges);
}

GraphPaintOptions asOf(int year, bool drop = true)
{
    GraphPaintOptions options = viewOptions();
    options.asOfMinutes = FuzzyDate::fromYear(year).earliestMinutes();
    options.dropInactive = drop;
    return options;
}

// The tiles of a frame of viewSize at @p topLeft and @p zoom whose pixels differ between @p a and @p b.
int changedTiles(const QImage &a, const QImage &b, QPointF topLeft, qreal zoom)
{
    int changed = 0;
    const QPoint origin = (-topLeft * zoom).toPoint();
    for (int row = -1; row * 256 + origin.y() < viewSize.height(); ++row) {
        for (int column = -1; column * 256 + origin.x() < viewSize.width(); ++column) {
            const QRect tile = QRect(origin + QPoint(column, row) * 256, QSize(256, 256)) & a.rect();
            if (!tile.isEmpty() && a.copy(tile) != b.copy(tile))
                ++changed;
        }
    }
    return changed;
}

// Keeps every thread the overview's tiles are drawn on busy until released: work asked meanwhile waits.
class PoolBlocker final
{
public:
    PoolBlocker()
    {
        m_threads = OverviewTiles::workerPool()->maxThreadCount();
        for (int k = 0; k < m_threads; ++k)
            OverviewTiles::workerPool()->start([this] { m_gate.acquire(); });
    }
    ~PoolBlocker() { release(); }
    void release()
    {
        m_gate.release(m_threads);
        m_threads = 0;
    }

private:
    QSemaphore m_gate;
    int m_threads = 0;
};

// Waits until the workers are done and what they handed back has been delivered.
void settleWorkers()
{
    OverviewTiles::workerPool()->waitForDone();
    for (int k = 0; k < 5; ++k)
        QCoreApplication::processEvents();
}

} // namespace

class TestOverviewTiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void panningDrawsOnlyWhatItExposes()
    {
        const GraphModel model = FriseTest::generatedGraph(20000);
        const Positions positions = gridPositions(model);
        const GraphPainter painter(model, positions, viewOptions());
        const qreal zoom = 0.2;
        const QPointF start(100.3, 50.7);
        frame(painter, start, zoom);
        const int whole = painter.overviewTilesRendered();
        QVERIFY(whole >= 28); // a 1,600 × 1,000 view holds at least 7 × 4 tiles of 256 pixels
        // A repaint where nothing moved draws no tile.
        frame(painter, start, zoom);
        QCOMPARE(painter.overviewTilesRendered(), whole);
        // A pan of 30 pixels right and 20 down: a column and a row of tiles at most.
        const QPointF panned = start + QPointF(30, 20) / zoom;
        const QImage shown = frame(painter, panned, zoom);
        QVERIFY(painter.overviewTilesRendered() - whole <= 8 + 6);
        // What it shows is what a fresh drawing at that place shows, pixel for pixel.
        const GraphPainter fresh(model, positions, viewOptions());
        QCOMPARE(shown, frame(fresh, panned, zoom));
        // Another zoom starts the tiles over: again what a fresh drawing shows.
        const QImage zoomed = frame(painter, panned, zoom * 1.25);
        QVERIFY(painter.overviewTilesRendered() >= 28);
        const GraphPainter freshAgain(model, positions, viewOptions());
        QCOMPARE(zoomed, frame(freshAgain, panned, zoom * 1.25));
    }

    void changesShowInTheNextFrame_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : {"moved", "positions", "added", "removed", "as-of"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void changesShowInTheNextFrame()
    {
        // The node in question sits alone below the grid, in sight: drawn or not, its pixel tells.
        QFETCH(QString, change);
        const GraphModel grid = FriseTest::generatedGraph(20000);
        QList<GraphNode> nodes = grid.nodes();
        GraphNode lone;
        lone.id = 900000;
        lone.key = GraphModel::actorKey(lone.id);
        lone.kind = Actor::Kind::Person;
        lone.involvement = 5;
        lone.startMinutes = 1000000;
        nodes.append(lone);
        const GraphModel withLone = GraphModel::fromParts(nodes, grid.edges());
        Positions positions = gridPositions(grid);
        const QPointF empty(2000, 2000 + 50 * spacing); // the grid ends at row 49
        const QPointF elsewhere = empty + QPointF(30 * spacing, 0);
        positions.insert(lone.key, empty);
        const qreal zoom = 0.2;
        const QPointF topLeft(0, 0);
        const bool adding = change == QLatin1String("added");
        GraphPainter painter(adding ? grid : withLone, positions, viewOptions());
        QImage before = frame(painter, topLeft, zoom);
        const QRgb background = qRgb(255, 255, 255);
        const QRgb colour = GraphStyle::colourFor(Actor::Kind::Person).rgb();
        QCOMPARE(before.pixel(pixelOf(empty, topLeft, zoom)), adding ? background : colour);
        QCOMPARE(before.pixel(pixelOf(elsewhere, topLeft, zoom)), background);

        if (change == QLatin1String("moved")) {
            painter.setPosition(painter.model().indexOf(lone.key), elsewhere);
        } else if (change == QLatin1String("positions")) {
            positions.insert(lone.key, elsewhere);
            painter.setPositions(positions);
        } else if (adding) {
            painter.setModel(withLone);
        } else if (change == QLatin1String("removed")) {
            painter.setModel(grid);
        } else if (change == QLatin1String("as-of")) {
            GraphPaintOptions options = viewOptions();
            options.asOfMinutes = 0; // before the lone node's start: dropped
            options.dropInactive = true;
            painter.setOptions(options);
        }
        const QImage after = frame(painter, topLeft, zoom);
        const bool moved = change == QLatin1String("moved") || change == QLatin1String("positions");
        QCOMPARE(after.pixel(pixelOf(empty, topLeft, zoom)), adding ? colour : background);
        QCOMPARE(after.pixel(pixelOf(elsewhere, topLeft, zoom)), moved ? colour : background);
    }

    void hoverAndSelectionStandOutAt100000Nodes()
    {
        const GraphModel model = FriseTest::generatedGraph(100000);
        const Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, viewOptions());
        const qreal zoom = 0.25;
        const QPointF topLeft(4000, 2000);
        const QRectF sight = QRectF(topLeft, QSizeF(viewSize) / zoom).adjusted(40, 40, -40, -40);
        // A node in sight with a neighbour in sight.
        int hovered = -1;
        int neighbour = -1;
        for (int i = 0; i < model.nodeCount() && hovered < 0; ++i) {
            if (!sight.contains(painter.position(i)))
                continue;
            for (int n : model.neighboursOf(i)) {
                if (sight.contains(painter.position(n))) {
                    hovered = i;
                    neighbour = n;
                    break;
                }
            }
        }
        QVERIFY(hovered >= 0);
        // Nodes in sight, neither the hovered one nor its neighbours.
        QList<int> others;
        for (int i = 0; i < model.nodeCount() && others.size() < 300; i += 37) {
            if (sight.contains(painter.position(i)) && i != hovered && !model.neighboursOf(hovered).contains(i))
                others.append(i);
        }
        QVERIFY(others.size() > 100);
        const auto fadedShare = [&](const QImage &image) {
            int faded = 0;
            for (int i : std::as_const(others))
                faded += isFaded(image.pixel(pixelOf(painter.position(i), topLeft, zoom)));
            return double(faded) / double(others.size());
        };

        const QImage plain = frame(painter, topLeft, zoom);
        const int tiles = painter.overviewTilesRendered();
        QCOMPARE(fadedShare(plain), 0.0);

        GraphPaintOptions options = viewOptions();
        options.hoveredNode = hovered;
        painter.setOptions(options);
        const QImage hovering = frame(painter, topLeft, zoom);
        QCOMPARE(painter.overviewTilesRendered(), tiles); // hover is drawn over the tiles
        QCOMPARE(hovering.pixel(pixelOf(painter.position(hovered), topLeft, zoom)), actorColour(model, hovered).rgb());
        QCOMPARE(
            hovering.pixel(pixelOf(painter.position(neighbour), topLeft, zoom)), actorColour(model, neighbour).rgb());
        QVERIFY2(fadedShare(hovering) > 0.9, qPrintable(QString::number(fadedShare(hovering))));

        options.hoveredNode = -1;
        options.selectedNode = others.first();
        painter.setOptions(options);
        const QImage selecting = frame(painter, topLeft, zoom);
        QCOMPARE(painter.overviewTilesRendered(), tiles);
        QCOMPARE(fadedShare(selecting), 0.0);
        // The selection ring, in the text colour, around the node (diagonally: clear of the grid's dots).
        const qreal r = std::max(GraphLayout::nodeRadius(model.nodes()[others.first()]) * zoom, 2.0) + 4;
        const QPoint centre = pixelOf(painter.position(others.first()), topLeft, zoom);
        const QPoint onRing = centre + QPointF(r / std::sqrt(2.0), -r / std::sqrt(2.0)).toPoint();
        const QRgb ring = selecting.pixel(onRing);
        QVERIFY2(qRed(ring) < 90 && qGreen(ring) < 90 && qBlue(ring) < 90,
            qPrintable(QColor::fromRgb(ring).name() + QLatin1String(" at the ring")));
        QVERIFY(plain.pixel(onRing) != ring);
    }

    void aNewZoomIsDrawnOnWorkers()
    {
        const GraphModel model = meshGraph(20000);
        const Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, viewOptions());
        QObject listener;
        int arrivals = 0;
        painter.setOverviewListener(&listener, [&arrivals] { ++arrivals; });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        // The first frame of a graph has nothing to show meanwhile: drawn at once.
        const QImage first = frame(painter, topLeft, zoom);
        QVERIFY(painter.overviewSharp());
        QCOMPARE(first, frame(GraphPainter(model, positions, viewOptions()), topLeft, zoom));

        // A zoom step with the workers held up: the old tiles stand in, scaled.
        const qreal zoomed = zoom * 1.2;
        PoolBlocker blocker;
        const QImage meanwhile = frame(painter, topLeft, zoomed);
        QVERIFY(!painter.overviewSharp());
        QCOMPARE(arrivals, 0);
        int inked = 0;
        for (int y = 0; y < meanwhile.height(); y += 7) {
            for (int x = 0; x < meanwhile.width(); x += 7)
                inked += meanwhile.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(inked > 1000, qPrintable(QString::number(inked))); // not a blank view

        blocker.release();
        settleWorkers();
        QVERIFY(arrivals > 0);
        QCOMPARE(painter.overviewResultsDiscarded(), 0);
        const QImage sharp = frame(painter, topLeft, zoomed);
        QVERIFY(painter.overviewSharp());
        QCOMPARE(sharp, frame(GraphPainter(model, positions, viewOptions()), topLeft, zoomed));
    }

    void aChangeBeforeTheWorkersFinishNeverShowsTheirTiles_data()
    {
        QTest::addColumn<QString>("change");
        for (const char *change : {"moved", "positions", "as-of"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void aChangeBeforeTheWorkersFinishNeverShowsTheirTiles()
    {
        QFETCH(QString, change);
        const GraphModel model = datedMeshGraph(20000);
        Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, viewOptions());
        QObject listener;
        painter.setOverviewListener(&listener, [] { });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        frame(painter, topLeft, zoom);
        const qreal zoomed = zoom * 1.2;
        // A node in sight at both zooms, moved far from where it was.
        const int node = 20 * 400 + 100;
        const QPointF elsewhere = painter.position(node) + QPointF(600, 300);

        PoolBlocker blocker;
        frame(painter, topLeft, zoomed); // asks the workers for the new zoom's tiles, drawn from the old graph
        QVERIFY(!painter.overviewSharp());
        GraphPaintOptions options = viewOptions();
        if (change == QLatin1String("moved")) {
            painter.setPosition(node, elsewhere);
            positions.insert(model.nodes()[node].key, elsewhere);
        } else if (change == QLatin1String("positions")) {
            positions.insert(model.nodes()[node].key, elsewhere);
            painter.setPositions(positions);
        } else {
            options = asOf(2010); // drops a block in sight
            painter.setOptions(options);
        }
        GraphPainter fresh(model, positions, options);
        const QImage expected = frame(fresh, topLeft, zoomed);
        // The frame after a move shows the changed graph; after an "as of" change the zoom is still being drawn
        // (the old zoom stands in). Every frame after the workers have handed back what they drew from the old
        // graph shows the changed one.
        if (change == QLatin1String("as-of")) {
            frame(painter, topLeft, zoomed);
            QVERIFY(!painter.overviewSharp());
        } else {
            QCOMPARE(frame(painter, topLeft, zoomed), expected);
        }
        blocker.release();
        settleWorkers();
        QCOMPARE(frame(painter, topLeft, zoomed), expected);
        if (change != QLatin1String("positions")) // the same tiles object: it saw them come back and dropped them
            QVERIFY(painter.overviewResultsDiscarded() > 0);
        QVERIFY(painter.overviewSharp());
    }

    void draggingDrawsAgainOnlyTheTilesItCrosses_data()
    {
        QTest::addColumn<bool>("onWorkers");
        QTest::newRow("in the frame") << false;
        QTest::newRow("on workers") << true;
    }

    void draggingDrawsAgainOnlyTheTilesItCrosses()
    {
        QFETCH(bool, onWorkers);
        const GraphModel model = meshGraph(20000);
        Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, viewOptions());
        QObject listener;
        if (onWorkers)
            painter.setOverviewListener(&listener, [] { });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        QImage before = frame(painter, topLeft, zoom);
        const int node = 20 * 400 + 100;
        QPointF at = painter.position(node);
        for (int step = 0; step < 6; ++step) {
            // A drag: small moves, each followed by a frame.
            const int drawn = painter.overviewTilesRendered();
            at += QPointF(35, 20);
            std::optional<PoolBlocker> blocker;
            if (onWorkers)
                blocker.emplace();
            painter.setPosition(node, at);
            positions.insert(model.nodes()[node].key, at);
            QImage after = frame(painter, topLeft, zoom);
            if (onWorkers) {
                // Drawn on the workers: until they are back the tiles stand as they were.
                QCOMPARE(after, before);
                QVERIFY(!painter.overviewSharp());
                QCOMPARE(painter.overviewTilesRendered(), drawn);
                blocker->release();
                settleWorkers();
                after = frame(painter, topLeft, zoom);
                QVERIFY(painter.overviewSharp());
            }
            const int redrawn = painter.overviewTilesRendered() - drawn;
            QCOMPARE(after, frame(GraphPainter(model, positions, viewOptions()), topLeft, zoom));
            // The tiles whose pixels changed were drawn again, and barely more.
            int changed = 0;
            const QPoint origin = (-topLeft * zoom).toPoint();
            for (int row = -1; row * 256 + origin.y() < viewSize.height(); ++row) {
                for (int column = -1; column * 256 + origin.x() < viewSize.width(); ++column) {
                    const QRect tile = QRect(origin + QPoint(column, row) * 256, QSize(256, 256)) & before.rect();
                    if (!tile.isEmpty() && before.copy(tile) != after.copy(tile))
                        ++changed;
                }
            }
            QVERIFY(changed >= 1);
            QVERIFY2(redrawn >= changed && redrawn <= changed + 2,
                qPrintable(QStringLiteral("%1 tiles changed, %2 drawn again").arg(changed).arg(redrawn)));
            before = after;
        }
    }

    void movesWhileTheWorkersDrawTheLastOnesEndOnTheFreshPicture()
    {
        const GraphModel model = meshGraph(20000);
        Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, viewOptions());
        QObject listener;
        painter.setOverviewListener(&listener, [] { });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        const QImage before = frame(painter, topLeft, zoom);
        const int node = 20 * 400 + 100;
        QPointF at = painter.position(node);
        {
            // Moves and frames while the workers are held up: each tile waits for its first drawing to be back.
            PoolBlocker blocker;
            for (int step = 0; step < 4; ++step) {
                at += QPointF(35, 20);
                painter.setPosition(node, at);
                positions.insert(model.nodes()[node].key, at);
                QCOMPARE(frame(painter, topLeft, zoom), before);
            }
        }
        // Then each frame sends what is still to draw, until the picture is the moved graph's.
        QImage shown;
        for (int round = 0; round < 10 && !painter.overviewSharp(); ++round) {
            settleWorkers();
            shown = frame(painter, topLeft, zoom);
        }
        QVERIFY(painter.overviewSharp());
        QCOMPARE(shown, frame(GraphPainter(model, positions, viewOptions()), topLeft, zoom));
        QVERIFY(shown != before);
    }

    void anAsOfChangeDrawsAgainOnlyTheTilesItChanges_data()
    {
        QTest::addColumn<bool>("onWorkers");
        QTest::newRow("in the frame") << false;
        QTest::newRow("on workers") << true;
    }

    void anAsOfChangeDrawsAgainOnlyTheTilesItChanges()
    {
        QFETCH(bool, onWorkers);
        const GraphModel model = datedMeshGraph(20000);
        const Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, asOf(2024));
        QObject listener;
        int arrivals = 0;
        if (onWorkers)
            painter.setOverviewListener(&listener, [&arrivals] { ++arrivals; });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        const QImage before = frame(painter, topLeft, zoom);
        const int whole = painter.overviewTilesRendered();
        QVERIFY(painter.overviewSharp());

        // 2010, then 2030 faded rather than dropped, then back to 2024 (nothing changes), then 2010 again.
        for (const GraphPaintOptions &options : {asOf(2010), asOf(2030, false), asOf(2024), asOf(2010)}) {
            const QImage shown = frame(painter, topLeft, zoom);
            const int drawn = painter.overviewTilesRendered();
            std::optional<PoolBlocker> blocker;
            if (onWorkers)
                blocker.emplace();
            painter.setOptions(options);
            const QImage expected = frame(GraphPainter(model, positions, options), topLeft, zoom);
            const int changed = changedTiles(shown, expected, topLeft, zoom);
            const QImage next = frame(painter, topLeft, zoom);
            if (onWorkers) {
                // Nothing drawn on this thread: the tiles as they were stand in until the workers' are back.
                QCOMPARE(painter.overviewTilesRendered(), drawn);
                QCOMPARE(next, shown);
                QCOMPARE(painter.overviewSharp(), changed == 0);
                blocker->release();
                settleWorkers();
            }
            const QImage after = onWorkers ? frame(painter, topLeft, zoom) : next;
            QVERIFY(painter.overviewSharp());
            QCOMPARE(after, expected);
            const int redrawn = painter.overviewTilesRendered() - drawn;
            QVERIFY2(redrawn >= changed && redrawn <= changed + 4 && (changed == 0 || redrawn < whole),
                qPrintable(
                    QStringLiteral("%1 tiles changed, %2 drawn again of %3").arg(changed).arg(redrawn).arg(whole)));
        }
        QVERIFY(before != frame(painter, topLeft, zoom)); // the block is gone
    }

    void aSecondAsOfChangeBeforeTheWorkersFinishNeverShowsTheFirst()
    {
        const GraphModel model = datedMeshGraph(20000);
        const Positions positions = gridPositions(model);
        GraphPainter painter(model, positions, asOf(2024));
        QObject listener;
        painter.setOverviewListener(&listener, [] { });
        const QPointF topLeft(100, 50);
        const qreal zoom = 0.2;
        const QImage before = frame(painter, topLeft, zoom);

        PoolBlocker blocker;
        painter.setOptions(asOf(2010)); // drops the block: its tiles asked of the (held up) workers
        QCOMPARE(frame(painter, topLeft, zoom), before);
        QVERIFY(!painter.overviewSharp());
        painter.setOptions(asOf(2010, false)); // faded instead: the first change's drawings are for nothing
        const GraphPaintOptions last = asOf(2010, false);
        const QImage expected = frame(GraphPainter(model, positions, last), topLeft, zoom);
        QVERIFY(expected != before);
        // Until the workers are back every frame shows the graph as it was before both changes, then as it is.
        QCOMPARE(frame(painter, topLeft, zoom), before);
        blocker.release();
        settleWorkers();
        QVERIFY(painter.overviewResultsDiscarded() > 0);
        QCOMPARE(frame(painter, topLeft, zoom), expected);
        QVERIFY(painter.overviewSharp());
    }

    void labelsOfAnOverview()
    {
        // Thousands of nodes in sight: a bounded number of labels, the selected node's first, none overlapping,
        // the same whichever painter places them.
        QList<GraphNode> named = FriseTest::generatedGraph(100000).nodes();
        for (GraphNode &node : named)
            node.label = BilingualText::both(
                QStringLiteral("Acteur n° %1").arg(node.id), QStringLiteral("Actor no. %1").arg(node.id));
        const GraphModel model = GraphModel::fromParts(named, FriseTest::generatedGraph(100000).edges());
        const Positions positions = gridPositions(model);
        GraphPaintOptions options = viewOptions();
        options.nodeLabels = true;
        const qreal zoom = 0.25;
        const QRectF visible(QPointF(4000, 2000), QSizeF(viewSize) / zoom);
        int selected = -1;
        for (int i = model.nodeCount() - 1; i >= 0 && selected < 0; --i) {
            if (visible.adjusted(100, 100, -100, -100).contains(positions.value(model.nodes()[i].key))
                && model.nodes()[i].involvement == 0)
                selected = i; // among the least involved: placed first only for being selected
        }
        QVERIFY(selected >= 0);
        options.selectedNode = selected;
        const GraphPainter painter(model, positions, options);
        const QList<PlacedLabel> labels = painter.placeLabels(zoom, visible);
        QVERIFY2(labels.size() > 20, qPrintable(QString::number(labels.size())));
        QVERIFY(labels.size() <= GraphPainter::overviewLabelLimit);
        QCOMPARE(labels.first().node, selected);
        for (qsizetype a = 0; a < labels.size(); ++a) {
            QVERIFY(visible.adjusted(-1000, -1000, 1000, 1000)
                    .contains(labels[a].rect.center())); // (a label may hang into sight)
            for (qsizetype b = a + 1; b < labels.size(); ++b)
                QVERIFY(!labels[a].rect.intersects(labels[b].rect));
        }
        // Placing again (widths now cached) gives the same labels.
        const QList<PlacedLabel> again = painter.placeLabels(zoom, visible);
        QCOMPARE(again.size(), labels.size());
        for (qsizetype k = 0; k < labels.size(); ++k) {
            QCOMPARE(again[k].node, labels[k].node);
            QCOMPARE(again[k].rect, labels[k].rect);
        }
    }
};

QTEST_MAIN(TestOverviewTiles)
#include "tst_overviewtiles.moc"
