// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedgraph.h"
#include "graph/graphlayout.h"
#include "graph/graphvizversion.h"
#include "graph/layoutcache.h"
#include "sampledataset.h"

#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Frise;
using namespace Frise::Graph;

namespace {

void verifyPositions(const GraphModel &model, const Positions &positions)
{
    QCOMPARE(positions.size(), model.nodeCount());
    QSet<QPair<qint64, qint64>> seen;
    for (const GraphNode &node : model.nodes()) {
        QVERIFY2(positions.contains(node.key), qPrintable(node.key));
        const QPointF p = positions.value(node.key);
        QVERIFY2(std::isfinite(p.x()) && std::isfinite(p.y()), qPrintable(node.key));
        const auto cell = qMakePair(qint64(std::llround(p.x() * 10)), qint64(std::llround(p.y() * 10)));
        QVERIFY2(!seen.contains(cell), qPrintable(QStringLiteral("%1 coincides with another node").arg(node.key)));
        seen.insert(cell);
    }
}

} // namespace

class TestGraphLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphvizIsThere() { QVERIFY(!graphvizVersion().isEmpty()); }

    void engineChoice_data()
    {
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("engine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("small auto") << 50 << int(LayoutOptions::Engine::Auto) << QStringLiteral("neato");
        QTest::newRow("large auto") << 400 << int(LayoutOptions::Engine::Auto) << QStringLiteral("sfdp");
        QTest::newRow("small forced sfdp") << 50 << int(LayoutOptions::Engine::Sfdp) << QStringLiteral("sfdp");
        QTest::newRow("large forced neato") << 400 << int(LayoutOptions::Engine::Neato) << QStringLiteral("neato");
    }

    void engineChoice()
    {
        QFETCH(int, nodes);
        QFETCH(int, engine);
        QFETCH(QString, expected);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine(engine);
        QCOMPARE(GraphLayout::engineFor(FriseTest::generatedGraph(nodes), options), expected);
    }

    void positionsFiniteAndDistinct_data()
    {
        QTest::addColumn<bool>("disputes");
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("isolate");
        QTest::addColumn<int>("generatedNodes");
        QTest::newRow("sample neato, child process") << false << int(LayoutOptions::Engine::Neato) << true << 0;
        QTest::newRow("sample neato, in process") << false << int(LayoutOptions::Engine::Neato) << false << 0;
        QTest::newRow("sample with hubs, sfdp") << true << int(LayoutOptions::Engine::Sfdp) << true << 0;
        QTest::newRow("500 nodes auto") << false << int(LayoutOptions::Engine::Auto) << true << 500;
        QTest::newRow("3000 nodes sfdp in process") << false << int(LayoutOptions::Engine::Sfdp) << false << 3000;
    }

    void positionsFiniteAndDistinct()
    {
        QFETCH(bool, disputes);
        QFETCH(int, engine);
        QFETCH(bool, isolate);
        QFETCH(int, generatedNodes);
        GraphModelOptions modelOptions;
        modelOptions.includeDisputes = disputes;
        const GraphModel model = generatedNodes > 0
            ? FriseTest::generatedGraph(generatedNodes)
            : GraphModel::fromDataset(FriseTest::sampleGraphDataset(), modelOptions);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine(engine);
        options.isolate = isolate;
        QList<int> progress;
        const LayoutResult result = GraphLayout::run(model, options, {}, [&progress](int p) { progress.append(p); });
        QVERIFY2(result.isValid(), qPrintable(result.error));
        QVERIFY(!result.cancelled);
        verifyPositions(model, result.positions);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    void identicalPointsAreSeparated_data()
    {
        QTest::addColumn<QList<QPointF>>("points");
        QTest::addColumn<QList<bool>>("pinned");
        const QPointF here(10, 10);
        QTest::newRow("two on one point") << QList<QPointF> {here, here} << QList<bool> {false, false};
        QTest::newRow("a pinned one keeps its place")
            << QList<QPointF> {here, here, here} << QList<bool> {false, true, false};
        QTest::newRow("within a hundredth of a point")
            << QList<QPointF> {here, here + QPointF(0.001, -0.002)} << QList<bool> {false, false};
        // Forty on one point: the spiral must not land a node on another one's new place.
        QTest::newRow("forty") << QList<QPointF>(40, here) << QList<bool>(40, false);
        QTest::newRow("apart already") << QList<QPointF> {here, QPointF(200, 10)} << QList<bool> {false, false};
    }

    void identicalPointsAreSeparated()
    {
        // What Graphviz may hand back (prism overlap removal is off for huge
        // graphs): nodes on one point. Each still gets a place of its own.
        QFETCH(QList<QPointF>, points);
        QFETCH(QList<bool>, pinned);
        QList<QPointF> placed = points;
        GraphLayout::separateCoincident(placed, pinned);
        QCOMPARE(placed.size(), points.size());
        // A hundredth of a point is the same place.
        const auto cell = [](QPointF p, int perPoint) {
            return qMakePair(qint64(std::llround(p.x() * perPoint)), qint64(std::llround(p.y() * perPoint)));
        };
        QSet<QPair<qint64, qint64>> seen;
        for (qsizetype i = 0; i < placed.size(); ++i) {
            const QPointF p = placed.at(i);
            QVERIFY2(!seen.contains(cell(p, 10)), qPrintable(QStringLiteral("node %1 coincides with another").arg(i)));
            seen.insert(cell(p, 10));
            // Pinned nodes and nodes alone in their place stay; the others stay near.
            const bool alone = std::count_if(points.cbegin(), points.cend(), [&](QPointF q) {
                return cell(q, 100) == cell(points.at(i), 100);
            }) == 1;
            if (pinned.at(i) || (alone && !pinned.contains(true)))
                QCOMPARE(p, points.at(i));
            else
                QVERIFY2(QLineF(p, points.at(i)).length() < 100, qPrintable(QString::number(i)));
        }
    }

    void unlinkedNodesLandApart()
    {
        // Two nodes with nothing to tell them apart, laid out for real.
        QList<GraphNode> nodes(2);
        nodes[0].key = QStringLiteral("a1");
        nodes[1].key = QStringLiteral("a2");
        const GraphModel model = GraphModel::fromParts(nodes, {});
        for (const LayoutOptions::Engine engine : {LayoutOptions::Engine::Neato, LayoutOptions::Engine::Sfdp}) {
            LayoutOptions options;
            options.engine = engine;
            const LayoutResult result = GraphLayout::run(model, options);
            QVERIFY2(result.isValid(), qPrintable(result.error));
            verifyPositions(model, result.positions);
        }
    }

    void pinnedNodesStayPut_data()
    {
        QTest::addColumn<int>("engine");
        QTest::addColumn<bool>("isolate");
        QTest::newRow("neato") << int(LayoutOptions::Engine::Neato) << true;
        QTest::newRow("neato in process") << int(LayoutOptions::Engine::Neato) << false;
        QTest::newRow("sfdp") << int(LayoutOptions::Engine::Sfdp) << true;
    }

    void pinnedNodesStayPut()
    {
        QFETCH(int, engine);
        QFETCH(bool, isolate);
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        LayoutOptions options;
        options.engine = LayoutOptions::Engine(engine);
        options.isolate = isolate;
        const QPointF musk(-420.5, 130.25);
        const QPointF getty(380, -260);
        options.pinned.insert(GraphModel::actorKey(1), musk);
        options.pinned.insert(GraphModel::actorKey(6), getty);
        options.pinned.insert(QStringLiteral("a404"), QPointF(1, 1)); // not in the graph: ignored
        const LayoutResult result = GraphLayout::run(model, options);
        QVERIFY2(result.isValid(), qPrintable(result.error));
        verifyPositions(model, result.positions);
        const QPointF gotMusk = result.positions.value(GraphModel::actorKey(1));
        const QPointF gotGetty = result.positions.value(GraphModel::actorKey(6));
        QVERIFY2(QLineF(gotMusk, musk).length() < 1.0,
            qPrintable(QStringLiteral("Musk at %1,%2").arg(gotMusk.x()).arg(gotMusk.y())));
        QVERIFY2(QLineF(gotGetty, getty).length() < 1.0,
            qPrintable(QStringLiteral("Getty at %1,%2").arg(gotGetty.x()).arg(gotGetty.y())));
        QVERIFY(!result.positions.contains(QStringLiteral("a404")));
    }

    void sameInputSamePicture()
    {
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        QCOMPARE(GraphLayout::run(model).positions, GraphLayout::run(model).positions);
    }

    void cancelStopsARunningLayout()
    {
        // A layout of this size runs for seconds and sends back 640 kB read
        // in 64 kB chunks, with a cancel check before each read: a check
        // that says "cancelled" from its second call on is always heard
        // before the result is complete, however fast the machine. (How
        // quickly a cancel takes effect is measured by tests/bench/bench_graph.)
        const GraphModel model = FriseTest::generatedGraph(40000);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine::Sfdp;
        options.isolate = true; // the forked child is what a cancel kills
        int checks = 0;
        const LayoutResult result = GraphLayout::run(model, options, [&checks] { return ++checks >= 2; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.isValid());
        QVERIFY(result.positions.isEmpty());
        QCOMPARE(checks, 2);
    }

    void cancelAsyncStopsTheLayout()
    {
        const GraphModel model = FriseTest::generatedGraph(40000);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine::Sfdp;
        options.isolate = true; // the forked child is what a cancel kills
        QFuture<LayoutResult> future = GraphLayout::runAsync(model, options);
        QFutureWatcher<LayoutResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<LayoutResult>::progressValueChanged);
        watcher.setFuture(future);
        // Past 5 %, the child process is laying out (a run of several seconds).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                     [](const QList<QVariant> &args) { return args.at(0).toInt() > 5; }),
            60000);
        QVERIFY2(!future.isFinished(), "the layout ended before it could be cancelled");
        future.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 60000);
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        // Graphviz is still usable afterwards.
        QVERIFY(GraphLayout::run(FriseTest::generatedGraph(20)).isValid());
    }

    void asyncDeliversResult()
    {
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        QFuture<LayoutResult> future = GraphLayout::runAsync(model);
        future.waitForFinished();
        QCOMPARE(future.resultCount(), 1);
        verifyPositions(model, future.result().positions);
    }

    void layoutKeyFollowsStructure()
    {
        const Dataset data = FriseTest::sampleGraphDataset();
        const GraphModel model = GraphModel::fromDataset(data);
        const QString key = GraphLayout::layoutKey(model, {});
        QCOMPARE(GraphLayout::layoutKey(GraphModel::fromDataset(data), {}), key);
        Dataset renamed = data;
        renamed.actors[0].name.en = QStringLiteral("Someone else");
        QCOMPARE(GraphLayout::layoutKey(GraphModel::fromDataset(renamed), {}), key);
        Dataset more = data;
        more.relations.removeLast();
        QVERIFY(GraphLayout::layoutKey(GraphModel::fromDataset(more), {}) != key);
        LayoutOptions sfdp;
        sfdp.engine = LayoutOptions::Engine::Sfdp;
        QVERIFY(GraphLayout::layoutKey(model, sfdp) != key);
    }

    void memoryCache()
    {
        MemoryLayoutCache cache;
        QVERIFY(!cache.load(QStringLiteral("k")).has_value());
        CachedLayout layout;
        layout.positions.insert(QStringLiteral("a1"), QPointF(1, 2));
        layout.pinned.insert(QStringLiteral("a1"));
        QVERIFY(cache.save(QStringLiteral("k"), layout));
        QCOMPARE(cache.load(QStringLiteral("k")).value(), layout);
        QCOMPARE(cache.size(), 1);
        cache.clear();
        QVERIFY(!cache.load(QStringLiteral("k")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
