// SPDX-License-Identifier: GPL-3.0-or-later
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
