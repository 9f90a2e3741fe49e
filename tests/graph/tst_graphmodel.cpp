// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedgraph.h"
#include "graph/graphmodel.h"
#include "graph/graphstyle.h"
#include "sampledataset.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Graph;

class TestGraphModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data()
    {
        QTest::addColumn<bool>("disputes");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("edges");
        QTest::newRow("actors only") << false << 7 << 8;
        QTest::newRow("with dispute hubs") << true << 10 << 13; // 3 hubs, 5 parties
    }

    void counts()
    {
        QFETCH(bool, disputes);
        QFETCH(int, nodes);
        QFETCH(int, edges);
        GraphModelOptions options;
        options.includeDisputes = disputes;
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset(), options);
        QCOMPARE(model.nodeCount(), nodes);
        QCOMPARE(model.edgeCount(), edges);
        QCOMPARE(model.skippedRelations(), 0);
        for (const GraphEdge &edge : model.edges()) {
            QVERIFY(edge.from >= 0 && edge.from < model.nodeCount());
            QVERIFY(edge.to >= 0 && edge.to < model.nodeCount());
        }
    }

    void nodesCarryKindAndInvolvement()
    {
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        const int twitter = model.indexOfActor(4);
        QVERIFY(twitter >= 0);
        QCOMPARE(model.nodes()[twitter].kind, Actor::Kind::Platform);
        QCOMPARE(model.nodes()[twitter].involvement, 5); // 3 relations + 2 events
        QCOMPARE(model.nodes()[model.indexOfActor(1)].involvement, 4);
        QCOMPARE(model.nodes()[model.indexOfActor(1)].startMinutes, FriseTest::minutesAt(2015, 12, 1));
        const QList<int> neighbours = model.neighboursOf(model.indexOfActor(2)); // OpenAI
        QCOMPARE(neighbours.size(), 3); // Musk, Microsoft, Reddit (Musk once despite two edges)
    }

    void edgesAreDirectedAndDated()
    {
        const GraphModel model = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        const GraphEdge &sues = model.edges()[4];
        QCOMPARE(sues.relationType, Relation::Type::Sues);
        QCOMPARE(model.nodes()[sues.from].key, QStringLiteral("a6"));
        QCOMPARE(model.nodes()[sues.to].key, QStringLiteral("a7"));
        QCOMPARE(sues.start.toIsoText(), QStringLiteral("2023-01"));
        QVERIFY(sues.end.isNull());
    }

    void danglingRelationsAreSkipped()
    {
        Dataset data = FriseTest::sampleGraphDataset();
        Relation broken;
        broken.id = 99;
        broken.fromActorId = 1;
        broken.toActorId = 404;
        data.relations.append(broken);
        const GraphModel model = GraphModel::fromDataset(data);
        QCOMPARE(model.edgeCount(), 8);
        QCOMPARE(model.skippedRelations(), 1);
    }

    void isolatedActorsCanBeLeftOut()
    {
        Dataset data = FriseTest::sampleGraphDataset();
        Actor loner;
        loner.id = 50;
        loner.name = BilingualText::both(QStringLiteral("Seul"), QStringLiteral("Alone"));
        data.actors.append(loner);
        GraphModelOptions options;
        QCOMPARE(GraphModel::fromDataset(data, options).nodeCount(), 8);
        options.includeIsolatedActors = false;
        const GraphModel model = GraphModel::fromDataset(data, options);
        QCOMPARE(model.nodeCount(), 7);
        QCOMPARE(model.edgeCount(), 8);
        QCOMPARE(model.indexOfActor(50), -1);
        for (const GraphEdge &edge : model.edges())
            QVERIFY(edge.from >= 0 && edge.to >= 0);
    }

    void asOf_data()
    {
        QTest::addColumn<qint64>("when");
        QTest::addColumn<QStringList>("edges");
        QTest::newRow("2014: only the Twitter-Microsoft partnership")
            << FriseTest::minutesAt(2014, 6, 1) << QStringList {QStringLiteral("r7")};
        QTest::newRow("2016: cofounded started")
            << FriseTest::minutesAt(2016, 1, 1) << QStringList {QStringLiteral("r1"), QStringLiteral("r7")};
        QTest::newRow("2020") << FriseTest::minutesAt(2020, 1,
            1) << QStringList {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r7")};
        QTest::newRow("2023-04-25: last day of the partnership")
            << FriseTest::minutesAt(2023, 4, 25) + 600
            << QStringList {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4"),
                   QStringLiteral("r5"), QStringLiteral("r7"), QStringLiteral("r8")};
        QTest::newRow("2023-06: partnership ended, Reddit licence not yet")
            << FriseTest::minutesAt(2023, 6, 1)
            << QStringList {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"), QStringLiteral("r4"),
                   QStringLiteral("r5"), QStringLiteral("r8")};
        QTest::newRow("2025") << FriseTest::minutesAt(2025, 1, 1)
                              << QStringList {QStringLiteral("r1"), QStringLiteral("r2"), QStringLiteral("r3"),
                                     QStringLiteral("r4"), QStringLiteral("r5"), QStringLiteral("r6"),
                                     QStringLiteral("r8")};
    }

    void asOf()
    {
        QFETCH(qint64, when);
        QFETCH(QStringList, edges);
        const Dataset data = FriseTest::sampleGraphDataset();
        const GraphModel full = GraphModel::fromDataset(data);
        const GraphModel model = full.asOf(when);
        QStringList keys;
        for (const GraphEdge &edge : model.edges()) {
            keys.append(edge.key);
            // Consistent with the domain's own rule, and endpoints remapped.
            QVERIFY(data.relations[edge.id - 1].isActiveAt(when));
            QCOMPARE(model.nodes()[edge.from].key, full.nodes()[full.indexOf(model.nodes()[edge.from].key)].key);
        }
        QCOMPARE(keys, edges);
        for (const GraphNode &node : model.nodes())
            QVERIFY(!node.hasStart() || node.startMinutes <= when);
    }

    void asOfDropsActorsNotYetInvolved()
    {
        const GraphModel model
            = GraphModel::fromDataset(FriseTest::sampleGraphDataset()).asOf(FriseTest::minutesAt(2014, 1, 1));
        QCOMPARE(model.indexOfActor(1), -1); // Musk's first relation is 2015
        QVERIFY(model.indexOfActor(4) >= 0); // Twitter, partnering since 2013
    }

    // A dispute hub shows the status it had at the graph's date: the latest change certainly made by then.
    void asOfShowsEachDisputeInItsStatusThen()
    {
        Dataset data = FriseTest::sampleGraphDataset();
        const RowId dispute = data.disputes.first().id;
        data.disputes.first().status = Dispute::Status::Ruled; // what storage derives from the history below
        auto change = [dispute](RowId id, std::optional<Dispute::Status> from, Dispute::Status to, const char *date) {
            StatusChange c;
            c.id = id;
            c.disputeId = dispute;
            c.from = from;
            c.to = to;
            c.date = FuzzyDate::fromIsoText(QString::fromLatin1(date));
            return c;
        };
        data.statusChanges = {change(1, Dispute::Status::Brewing, Dispute::Status::Filed, "2023-06"),
            change(2, Dispute::Status::Filed, Dispute::Status::Ruled, "2025-11-04")};
        GraphModelOptions options;
        options.includeDisputes = true;
        const GraphModel full = GraphModel::fromDataset(data, options);
        const auto statusAt = [&](qint64 minutes) {
            const GraphModel model = full.asOf(minutes);
            const int hub = model.indexOf(GraphModel::disputeKey(dispute));
            return hub >= 0 ? model.nodes()[hub].status : std::optional<Dispute::Status>();
        };
        QCOMPARE(full.nodes()[full.indexOf(GraphModel::disputeKey(dispute))].status, Dispute::Status::Ruled);
        QCOMPARE(statusAt(FriseTest::minutesAt(2025, 12, 1)), Dispute::Status::Ruled);
        QCOMPARE(statusAt(FriseTest::minutesAt(2024, 1, 1)), Dispute::Status::Filed);
        // Mid-June 2023: "June 2023" may not have happened yet, so the status it left.
        QCOMPARE(statusAt(FriseTest::minutesAt(2023, 6, 15)), Dispute::Status::Brewing);
    }

    void timeSpan()
    {
        qint64 first = 0;
        qint64 last = 0;
        QVERIFY(GraphModel::fromDataset(FriseTest::sampleGraphDataset()).timeSpan(&first, &last));
        QCOMPARE(first, FriseTest::minutesAt(2013, 1, 1));
        QCOMPARE(last, FriseTest::minutesAt(2024, 5, 1));
        QVERIFY(!GraphModel().timeSpan(&first, &last));
    }

    void eventCountsInsteadOfEvents()
    {
        // A database too big to list its events gives counts: the nodes come out the same.
        Dataset data = FriseTest::sampleGraphDataset();
        GraphModelOptions listed;
        listed.includeDisputes = true;
        const GraphModel fromEvents = GraphModel::fromDataset(data, listed);
        GraphModelOptions counted = listed;
        for (const Event &event : std::as_const(data.events)) {
            auto count = [&event](QHash<RowId, EventCount> &counts, RowId id) {
                EventCount &c = counts[id];
                c.firstMinute
                    = c.events == 0 ? event.earliestMinutes() : std::min(c.firstMinute, event.earliestMinutes());
                ++c.events;
            };
            QSet<RowId> seen;
            for (const EventActor &named : event.actors)
                if (!seen.contains(named.actorId)) {
                    seen.insert(named.actorId);
                    count(counted.actorEvents, named.actorId);
                }
            for (RowId dispute : event.disputeIds)
                count(counted.disputeEvents, dispute);
        }
        data.events.clear();
        const GraphModel fromCounts = GraphModel::fromDataset(data, counted);
        QCOMPARE(fromCounts.nodeCount(), fromEvents.nodeCount());
        for (int i = 0; i < fromEvents.nodeCount(); ++i) {
            const GraphNode &expected = fromEvents.nodes()[i];
            const GraphNode &actual = fromCounts.nodes()[fromCounts.indexOf(expected.key)];
            QCOMPARE(actual.involvement, expected.involvement);
            QCOMPARE(actual.startMinutes, expected.startMinutes);
        }
        QCOMPARE(fromCounts.edgeCount(), fromEvents.edgeCount());
    }

    void neighbourhood_data()
    {
        QTest::addColumn<int>("hops");
        QTest::addColumn<QStringList>("keys");
        // Twitter / X: Microsoft and Musk by relations, the dispute hub by its parties; then OpenAI, Reddit...
        QTest::newRow("1 hop") << 1 << QStringList {"a1", "a3", "a4", "d1"};
        QTest::newRow("2 hops") << 2 << QStringList {"a1", "a2", "a3", "a4", "d1"};
        QTest::newRow("3 hops") << 3 << QStringList {"a1", "a2", "a3", "a4", "a5", "d1"};
        QTest::newRow("4 hops") << 4 << QStringList {"a1", "a2", "a3", "a4", "a5", "d1", "d3"};
    }

    void neighbourhood()
    {
        QFETCH(int, hops);
        QFETCH(QStringList, keys);
        GraphModelOptions options;
        options.includeDisputes = true;
        const GraphModel whole = GraphModel::fromDataset(FriseTest::sampleGraphDataset(), options);
        QCOMPARE(whole.nodes()[whole.mostInvolvedNode()].key, QStringLiteral("a4"));
        const GraphModel part = whole.neighbourhood({whole.indexOf(QStringLiteral("a4"))}, hops, 100);
        QStringList shown;
        for (const GraphNode &node : part.nodes())
            shown.append(node.key);
        shown.sort();
        QCOMPARE(shown, keys);
        // Every edge of the whole graph between two shown nodes, and only those, in the same order.
        QStringList expected;
        for (const GraphEdge &edge : whole.edges())
            if (keys.contains(whole.nodes()[edge.from].key) && keys.contains(whole.nodes()[edge.to].key))
                expected.append(edge.key);
        QHash<QString, int> wholeEdge;
        for (int i = 0; i < whole.edgeCount(); ++i)
            wholeEdge.insert(whole.edges()[i].key, i);
        QStringList edges;
        for (const GraphEdge &edge : part.edges()) {
            edges.append(edge.key);
            const GraphEdge &original = whole.edges()[wholeEdge.value(edge.key)];
            QCOMPARE(part.nodes()[edge.from].key, whole.nodes()[original.from].key);
            QCOMPARE(part.nodes()[edge.to].key, whole.nodes()[original.to].key);
        }
        QCOMPARE(edges, expected);
    }

    void neighbourhoodMatchesABreadthFirstWalk()
    {
        const GraphModel whole = FriseTest::generatedGraph(600);
        for (int hops : {1, 2, 3}) {
            QSet<int> reached {17};
            QSet<int> ring {17};
            for (int hop = 0; hop < hops; ++hop) {
                QSet<int> next;
                for (int node : std::as_const(ring))
                    for (int n : whole.neighboursOf(node))
                        if (!reached.contains(n))
                            next.insert(n);
                reached.unite(next);
                ring = next;
            }
            const GraphModel part = whole.neighbourhood({17}, hops, 100000);
            QCOMPARE(part.nodeCount(), int(reached.size()));
            int between = 0;
            for (const GraphEdge &edge : whole.edges())
                between += reached.contains(edge.from) && reached.contains(edge.to);
            QCOMPARE(part.edgeCount(), between);
            for (const GraphNode &node : part.nodes())
                QVERIFY(reached.contains(whole.indexOf(node.key)));
        }
    }

    void neighbourhoodKeepsTheMostInvolvedWhenCapped()
    {
        const GraphModel whole = FriseTest::generatedGraph(3000);
        const GraphModel part = whole.neighbourhood({0}, 6, 40);
        QCOMPARE(part.nodeCount(), 40);
        // Distances from the centre, breadth first.
        QHash<int, int> distance {{0, 0}};
        QList<int> queue {0};
        for (qsizetype i = 0; i < queue.size(); ++i) {
            for (int n : whole.neighboursOf(queue[i])) {
                if (!distance.contains(n)) {
                    distance.insert(n, distance.value(queue[i]) + 1);
                    queue.append(n);
                }
            }
        }
        int cut = 0;
        for (const GraphNode &node : part.nodes())
            cut = std::max(cut, distance.value(whole.indexOf(node.key), 1000));
        QVERIFY(cut < 1000);
        // Nearer rings whole; the ring cut short keeps its most involved nodes.
        int leastKept = std::numeric_limits<int>::max();
        int mostDropped = -1;
        for (auto it = distance.cbegin(); it != distance.cend(); ++it) {
            const bool kept = part.indexOf(whole.nodes()[it.key()].key) >= 0;
            if (it.value() < cut)
                QVERIFY2(kept, qPrintable(whole.nodes()[it.key()].key));
            else if (it.value() == cut)
                (kept ? leastKept : mostDropped) = kept ? std::min(leastKept, whole.nodes()[it.key()].involvement)
                                                        : std::max(mostDropped, whole.nodes()[it.key()].involvement);
            else
                QVERIFY(!kept);
        }
        QVERIFY(mostDropped >= 0); // the cap did cut a ring
        QVERIFY(leastKept >= mostDropped);
    }

    void neighboursOfAfterFiltering()
    {
        // Adjacency is rebuilt with the indexes: asOf() and neighbourhood() answer neighboursOf() correctly.
        const GraphModel whole = GraphModel::fromDataset(FriseTest::sampleGraphDataset());
        const GraphModel then = whole.asOf(FriseTest::minutesAt(2016, 1, 1));
        const int musk = then.indexOfActor(1);
        QVERIFY(musk >= 0);
        const QList<int> neighbours = then.neighboursOf(musk);
        QCOMPARE(neighbours.size(), 1);
        QCOMPARE(then.nodes()[neighbours.first()].key, QStringLiteral("a2"));
        QCOMPARE(then.edgesOf(musk).size(), 1);
    }

    void labelsInBothLanguages_data()
    {
        QTest::addColumn<Relation::Type>("type");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("french");
        QTest::newRow("sues") << Relation::Type::Sues << QStringLiteral("sues")
                              << QStringLiteral("poursuit en justice");
        QTest::newRow("invests") << Relation::Type::InvestsIn << QStringLiteral("invests in")
                                 << QStringLiteral("investit dans");
        QTest::newRow("threatens") << Relation::Type::ThreatensToSue << QStringLiteral("threatens to sue")
                                   << QStringLiteral("menace de poursuivre");
    }

    void labelsInBothLanguages()
    {
        QFETCH(Relation::Type, type);
        QFETCH(QString, english);
        QFETCH(QString, french);
        QCOMPARE(GraphStyle::label(type, Language::English), english);
        QCOMPARE(GraphStyle::label(type, Language::French), french);
        QCOMPARE(GraphStyle::name(type), english); // no translator installed
        for (Relation::Type t : allRelationTypes())
            QVERIFY(!GraphStyle::label(t, Language::French).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGraphModel)
#include "tst_graphmodel.moc"
