// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QHash>
#include <QList>
#include <QString>

#include <limits>

namespace Frise::Graph {

/// A node of the relationship graph: an actor, or a dispute shown as a hub.
struct GraphNode
{
    enum class Type {
        Actor, ///< an Actor of the dataset
        Dispute, ///< an optional hub linking a dispute to its parties
    };

    Type type = Type::Actor;
    RowId id = 0; ///< Actor::id or Dispute::id
    QString key; ///< unique in the graph and stable: "a<id>" for actors, "d<id>" for disputes
    BilingualText label;
    Actor::Kind kind = Actor::Kind::Other; ///< actors only
    QString colour; ///< disputes only: "#rrggbb", may be empty
    std::optional<Dispute::Status> status; ///< disputes only: its current status, or the one it had as of asOf()'s date
    QList<StatusChange> statusChanges; ///< disputes only: its history, which asOf() reads
    int involvement = 0; ///< events + relations (+ disputes) it takes part in
    /// First minute it is known to be involved (min over its events, relations); min() when unknown.
    qint64 startMinutes = std::numeric_limits<qint64>::min();

    bool hasStart() const { return startMinutes != std::numeric_limits<qint64>::min(); }
    friend bool operator==(const GraphNode &, const GraphNode &) = default;
};

/// A directed edge: a relation between two actors, or a dispute hub to one of its parties.
struct GraphEdge
{
    enum class Type {
        Relation, ///< a Relation of the dataset
        DisputeParty, ///< dispute hub -> party actor
    };

    Type type = Type::Relation;
    RowId id = 0; ///< Relation::id (0 for dispute party edges)
    QString key; ///< unique: "r<id>", or "d<dispute>-a<actor>"
    int from = -1; ///< index into GraphModel::nodes()
    int to = -1;
    Relation::Type relationType = Relation::Type::PartnersWith; ///< relations only
    FuzzyDate start; ///< null when unknown (active since always)
    FuzzyDate end; ///< null while active

    /// Whether the edge holds at @p minutes: the same rule as Relation::isActiveAt().
    bool isActiveAt(qint64 minutes) const;
    /// Earliest minute of start, min() when there is no start.
    qint64 startMinutes() const;
    /// Latest minute of end, max() when there is no end.
    qint64 endMinutes() const;

    friend bool operator==(const GraphEdge &, const GraphEdge &) = default;
};

/// How many events name an actor or a dispute, and the first one's earliest minute.
struct EventCount
{
    int events = 0;
    qint64 firstMinute = 0;
};

/// What GraphModel::fromDataset() puts in the graph.
struct GraphModelOptions
{
    bool includeDisputes = false; ///< add a hub node per dispute, linked to its parties
    bool includeIsolatedActors = true; ///< keep actors without any relation (or dispute)
    /**
     * Events counted by the database, by actor and by dispute id: when either
     * is given, nodes are sized and dated from them instead of the dataset's
     * events (a database too big to list them).
     */
    QHash<RowId, EventCount> actorEvents;
    QHash<RowId, EventCount> disputeEvents;
};

/**
 * The relationship graph of a Dataset: actors as nodes, relations as
 * directed dated edges, optionally disputes as hubs. A plain value built in
 * one pass; views and exporters read it, nothing writes back to the dataset.
 *
 * Relations pointing at unknown actors are skipped (counted in skippedRelations()).
 */
class GraphModel final
{
public:
    GraphModel() = default;

    static GraphModel fromDataset(const Dataset &dataset, const GraphModelOptions &options = {});

    const QList<GraphNode> &nodes() const { return m_nodes; }
    const QList<GraphEdge> &edges() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    int edgeCount() const { return int(m_edges.size()); }
    /// Index of the node with @p key, -1 when none.
    int indexOf(const QString &key) const { return m_index.value(key, -1); }
    /// Index of the node of actor @p actorId, -1 when none.
    int indexOfActor(RowId actorId) const { return indexOf(actorKey(actorId)); }
    /// Indexes of the edges touching node @p node.
    QList<int> edgesOf(int node) const;
    /// Indexes of the nodes linked to @p node by an edge (either direction), without duplicates.
    QList<int> neighboursOf(int node) const;
    int skippedRelations() const { return m_skippedRelations; }

    /**
     * The graph as it stood at @p minutes: edges not yet started or already
     * ended are dropped, and so are nodes whose first known involvement is
     * later; a dispute shows the status it had then (none when its history
     * starts later). Indexes change; keys do not.
     */
    GraphModel asOf(qint64 minutes) const;

    /// Earliest and latest minute of any dated node or edge (for a time slider); false when nothing is dated.
    bool timeSpan(qint64 *first, qint64 *last) const;

    static QString actorKey(RowId id) { return QLatin1Char('a') + QString::number(id); }
    static QString disputeKey(RowId id) { return QLatin1Char('d') + QString::number(id); }

    /**
     * The part of the graph within @p hops edges of @p centres (either
     * direction), with the edges between the nodes kept. At most @p maxNodes
     * nodes: when a ring of neighbours would pass it, that ring keeps its most
     * involved nodes and the walk stops there. Indexes change; keys do not.
     */
    GraphModel neighbourhood(const QList<int> &centres, int hops, int maxNodes) const;

    /// Index of the most involved node (a default centre for neighbourhood()), -1 when empty.
    int mostInvolvedNode() const;

    /// Builds a model from parts (tests, generated benchmarks). Edges must index @p nodes.
    static GraphModel fromParts(QList<GraphNode> nodes, QList<GraphEdge> edges);

private:
    void rebuildIndex();
    /// The model of @p keep's nodes (in that order) and the edges between them.
    GraphModel subgraph(const QList<int> &keep) const;

    QList<GraphNode> m_nodes;
    QList<GraphEdge> m_edges;
    QHash<QString, int> m_index;
    QList<QList<int>> m_edgesOfNode; ///< per node, the edges touching it: keeps neighbour walks local on big graphs
    int m_skippedRelations = 0;
};

} // namespace Frise::Graph
