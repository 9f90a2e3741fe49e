// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedgraph.h"
#include "graph/graphlayout.h"
#include "graph/graphvizversion.h"
#include "graph/layoutcache.h"
#include "sampledataset.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

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

    void identicalPointsAreSeparated()
    {
        // Two nodes with nothing to tell them apart still land apart.
        QList<GraphNode> nodes(2);
        nodes[0].key = QStringLiteral("a1");
        nodes[1].key = QStringLiteral("a2");
        const GraphModel model = GraphModel::fromParts(nodes, {});
        LayoutOptions options;
        options.pinned.insert(QStringLiteral("a1"), QPointF(10, 10));
        options.pinned.insert(QStringLiteral("a2"), QPointF(200, 10));
        const LayoutResult result = GraphLayout::run(model, options);
        QVERIFY(result.isValid());
        verifyPositions(model, result.positions);
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
        const GraphModel model = FriseTest::generatedGraph(40000);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine::Sfdp;
        QElapsedTimer timer;
        timer.start();
        const LayoutResult result = GraphLayout::run(model, options, [&timer] { return timer.elapsed() > 200; });
        const qint64 elapsed = timer.elapsed();
        QVERIFY(result.cancelled);
        QVERIFY(!result.isValid());
        QVERIFY(result.positions.isEmpty());
        QVERIFY2(elapsed < 1200, qPrintable(QStringLiteral("cancel took until %1 ms").arg(elapsed)));
    }

    void cancelAsyncReturnsPromptly()
    {
        const GraphModel model = FriseTest::generatedGraph(40000);
        LayoutOptions options;
        options.engine = LayoutOptions::Engine::Sfdp;
        QFuture<LayoutResult> future = GraphLayout::runAsync(model, options);
        QFutureWatcher<LayoutResult> watcher;
        QSignalSpy progress(&watcher, &QFutureWatcher<LayoutResult>::progressValueChanged);
        watcher.setFuture(future);
        QTest::qWait(250);
        QVERIFY(future.isRunning());
        QElapsedTimer timer;
        timer.start();
        future.cancel();
        QVERIFY(timer.elapsed() < 50); // cancel() itself never blocks
        future.waitForFinished();
        const qint64 elapsed = timer.elapsed();
        QVERIFY(future.isCanceled());
        QCOMPARE(future.resultCount(), 0);
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("layout ran %1 ms after cancel").arg(elapsed)));
        QTest::qWait(20);
        QVERIFY(progress.size() > 0);
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
