// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphmodel.h"

#include "core/statushistory.h"

#include <QSet>

#include <algorithm>

namespace Frise::Graph {

namespace {
constexpr qint64 noStart = std::numeric_limits<qint64>::min();

void widenStart(GraphNode &node, qint64 minutes)
{
    if (node.startMinutes == noStart || minutes < node.startMinutes)
        node.startMinutes = minutes;
}
} // namespace

bool GraphEdge::isActiveAt(qint64 minutes) const
{
    if (start.isValid() && minutes < start.earliestMinutes())
        return false;
    if (end.isValid() && minutes > end.latestMinutes())
        return false;
    return true;
}

qint64 GraphEdge::startMinutes() const
{
    return start.isValid() ? start.earliestMinutes() : noStart;
}

qint64 GraphEdge::endMinutes() const
{
    return end.isValid() ? end.latestMinutes() : std::numeric_limits<qint64>::max();
}

GraphModel GraphModel::fromDataset(const Dataset &dataset, const GraphModelOptions &options)
{
    GraphModel model;
    model.m_nodes.reserve(dataset.actors.size() + (options.includeDisputes ? dataset.disputes.size() : 0));
    for (const Actor &actor : dataset.actors) {
        GraphNode node;
        node.type = GraphNode::Type::Actor;
        node.id = actor.id;
        node.key = actorKey(actor.id);
        node.label = actor.name;
        node.kind = actor.kind;
        model.m_index.insert(node.key, int(model.m_nodes.size()));
        model.m_nodes.append(node);
    }

    // Involvement and first appearance from events, or from the database's counts of them.
    QHash<RowId, FuzzyDate> disputeStart; // its earliest event's date
    QHash<RowId, int> disputeEvents;
    for (auto it = options.actorEvents.cbegin(); it != options.actorEvents.cend(); ++it) {
        const int index = model.indexOf(actorKey(it.key()));
        if (index < 0 || it->events <= 0)
            continue;
        model.m_nodes[index].involvement += it->events;
        widenStart(model.m_nodes[index], it->firstMinute);
    }
    for (auto it = options.disputeEvents.cbegin(); it != options.disputeEvents.cend(); ++it) {
        if (it->events > 0) {
            disputeEvents.insert(it.key(), it->events);
            // Only the minute is known: the day holding it dates the hub's links (the timeline shows the rest).
            disputeStart.insert(it.key(), FuzzyDate::containing(it->firstMinute, FuzzyDate::Precision::Day));
        }
    }
    const bool counted = !options.actorEvents.isEmpty() || !options.disputeEvents.isEmpty();
    const QList<Event> none;
    for (const Event &event : counted ? none : dataset.events) {
        QSet<RowId> seen;
        for (const EventActor &participant : event.actors) {
            if (seen.contains(participant.actorId))
                continue;
            seen.insert(participant.actorId);
            const int index = model.indexOf(actorKey(participant.actorId));
            if (index < 0)
                continue;
            GraphNode &node = model.m_nodes[index];
            ++node.involvement;
            if (event.start.isValid())
                widenStart(node, event.earliestMinutes());
        }
        for (RowId disputeId : event.disputeIds) {
            ++disputeEvents[disputeId];
            if (event.start.isValid()) {
                auto it = disputeStart.find(disputeId);
                if (it == disputeStart.end())
                    disputeStart.insert(disputeId, event.start);
                else if (event.earliestMinutes() < it->earliestMinutes())
                    *it = event.start;
            }
        }
    }

    for (const Relation &relation : dataset.relations) {
        const int from = model.indexOf(actorKey(relation.fromActorId));
        const int to = model.indexOf(actorKey(relation.toActorId));
        if (from < 0 || to < 0) {
            ++model.m_skippedRelations;
            continue;
        }
        GraphEdge edge;
        edge.type = GraphEdge::Type::Relation;
        edge.id = relation.id;
        edge.key = QLatin1Char('r') + QString::number(relation.id);
        edge.from = from;
        edge.to = to;
        edge.relationType = relation.type;
        edge.start = relation.start;
        edge.end = relation.end;
        for (int index : {from, to}) {
            GraphNode &node = model.m_nodes[index];
            ++node.involvement;
            if (relation.start.isValid())
                widenStart(node, relation.start.earliestMinutes());
        }
        if (from == to)
            --model.m_nodes[from].involvement; // a self-loop counts once
        model.m_edges.append(edge);
    }

    if (options.includeDisputes) {
        for (const Dispute &dispute : dataset.disputes) {
            GraphNode hub;
            hub.type = GraphNode::Type::Dispute;
            hub.id = dispute.id;
            hub.key = disputeKey(dispute.id);
            hub.label = dispute.title;
            hub.colour = dispute.colour;
            hub.status = dispute.status;
            for (const StatusChange &change : dataset.statusChanges)
                if (change.disputeId == dispute.id)
                    hub.statusChanges.append(change);
            hub.involvement = disputeEvents.value(dispute.id);
            const FuzzyDate hubStart = disputeStart.value(dispute.id);
            if (hubStart.isValid())
                hub.startMinutes = hubStart.earliestMinutes();
            const int hubIndex = int(model.m_nodes.size());
            model.m_index.insert(hub.key, hubIndex);
            model.m_nodes.append(hub);
            QSet<RowId> seen;
            for (RowId party : dispute.partyIds) {
                const int to = model.indexOf(actorKey(party));
                if (to < 0 || seen.contains(party))
                    continue;
                seen.insert(party);
                GraphEdge edge;
                edge.type = GraphEdge::Type::DisputeParty;
                edge.key = hub.key % QLatin1Char('-') % actorKey(party);
                edge.from = hubIndex;
                edge.to = to;
                edge.start = hubStart;
                ++model.m_nodes[to].involvement;
                model.m_edges.append(edge);
            }
        }
    }

    if (!options.includeIsolatedActors) {
        QList<bool> linked(model.m_nodes.size(), false);
        for (const GraphEdge &edge : std::as_const(model.m_edges))
            linked[edge.from] = linked[edge.to] = true;
        QList<GraphNode> nodes;
        for (qsizetype i = 0; i < model.m_nodes.size(); ++i) {
            if (linked[i] || model.m_nodes[i].type == GraphNode::Type::Dispute)
                nodes.append(model.m_nodes[i]);
        }
        QList<GraphEdge> edges = model.m_edges;
        for (GraphEdge &edge : edges) {
            edge.from = -1 - edge.from; // remapped below through keys
            edge.to = -1 - edge.to;
        }
        const QList<GraphNode> old = model.m_nodes;
        model.m_nodes = nodes;
        model.rebuildIndex();
        for (GraphEdge &edge : edges) {
            edge.from = model.indexOf(old[-1 - edge.from].key);
            edge.to = model.indexOf(old[-1 - edge.to].key);
        }
        model.m_edges = edges;
    }
    model.rebuildIndex();
    return model;
}

GraphModel GraphModel::fromParts(QList<GraphNode> nodes, QList<GraphEdge> edges)
{
    GraphModel model;
    model.m_nodes = std::move(nodes);
    model.m_edges = std::move(edges);
    model.rebuildIndex();
    return model;
}

void GraphModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(m_nodes.size());
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        m_index.insert(m_nodes[i].key, int(i));
    m_edgesOfNode = QList<QList<int>>(m_nodes.size());
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        const GraphEdge &edge = m_edges[i];
        m_edgesOfNode[edge.from].append(int(i));
        if (edge.to != edge.from)
            m_edgesOfNode[edge.to].append(int(i));
    }
}

QList<int> GraphModel::edgesOf(int node) const
{
    return node >= 0 && node < m_edgesOfNode.size() ? m_edgesOfNode[node] : QList<int>();
}

QList<int> GraphModel::neighboursOf(int node) const
{
    QList<int> result;
    for (int index : edgesOf(node)) {
        const GraphEdge &edge = m_edges[index];
        const int other = edge.from == node ? edge.to : edge.from;
        if (other != node && !result.contains(other))
            result.append(other);
    }
    return result;
}

int GraphModel::mostInvolvedNode() const
{
    int best = -1;
    for (int i = 0; i < nodeCount(); ++i) {
        // Ties go to the node with more edges: the better centre for a neighbourhood.
        if (best < 0 || m_nodes[i].involvement > m_nodes[best].involvement
            || (m_nodes[i].involvement == m_nodes[best].involvement
                && m_edgesOfNode[i].size() > m_edgesOfNode[best].size()))
            best = i;
    }
    return best;
}

GraphModel GraphModel::neighbourhood(const QList<int> &centres, int hops, int maxNodes) const
{
    QList<bool> reached(m_nodes.size(), false);
    QList<int> keep;
    QList<int> ring;
    for (int centre : centres) {
        if (centre >= 0 && centre < nodeCount() && !reached[centre] && keep.size() < maxNodes) {
            reached[centre] = true;
            keep.append(centre);
            ring.append(centre);
        }
    }
    for (int hop = 0; hop < hops && !ring.isEmpty(); ++hop) {
        QList<int> next;
        for (int node : std::as_const(ring)) {
            for (int index : m_edgesOfNode[node]) {
                const GraphEdge &edge = m_edges[index];
                const int other = edge.from == node ? edge.to : edge.from;
                if (!reached[other]) {
                    reached[other] = true;
                    next.append(other);
                }
            }
        }
        const qsizetype room = maxNodes - keep.size();
        if (next.size() > room) {
            std::stable_sort(next.begin(), next.end(),
                [this](int a, int b) { return m_nodes[a].involvement > m_nodes[b].involvement; });
            next.resize(std::max<qsizetype>(room, 0));
            keep.append(next);
            break;
        }
        keep.append(next);
        ring = next;
    }
    std::sort(keep.begin(), keep.end()); // the whole graph's order: stable drawing order, stable layouts
    return subgraph(keep);
}

GraphModel GraphModel::subgraph(const QList<int> &keep) const
{
    GraphModel model;
    model.m_skippedRelations = m_skippedRelations;
    QList<int> remap(m_nodes.size(), -1);
    model.m_nodes.reserve(keep.size());
    for (int node : keep) {
        remap[node] = int(model.m_nodes.size());
        model.m_nodes.append(m_nodes[node]);
    }
    QList<int> edges;
    for (int node : keep) {
        for (int index : m_edgesOfNode[node]) {
            const GraphEdge &edge = m_edges[index];
            // Each edge once: from its lower-indexed end.
            const int other = edge.from == node ? edge.to : edge.from;
            if (remap[other] >= 0 && other >= node)
                edges.append(index);
        }
    }
    std::sort(edges.begin(), edges.end()); // the whole graph's order, as asOf() keeps it
    model.m_edges.reserve(edges.size());
    for (int index : std::as_const(edges)) {
        GraphEdge copy = m_edges[index];
        copy.from = remap[copy.from];
        copy.to = remap[copy.to];
        model.m_edges.append(copy);
    }
    model.rebuildIndex();
    return model;
}

GraphModel GraphModel::asOf(qint64 minutes) const
{
    GraphModel model;
    model.m_skippedRelations = m_skippedRelations;
    QList<int> remap(m_nodes.size(), -1);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        const GraphNode &node = m_nodes[i];
        if (node.hasStart() && node.startMinutes > minutes)
            continue;
        remap[i] = int(model.m_nodes.size());
        model.m_nodes.append(node);
        if (!node.statusChanges.isEmpty())
            model.m_nodes.last().status = StatusHistory(node.statusChanges).asOf(node.id, minutes);
    }
    for (const GraphEdge &edge : m_edges) {
        if (!edge.isActiveAt(minutes) || remap[edge.from] < 0 || remap[edge.to] < 0)
            continue;
        GraphEdge copy = edge;
        copy.from = remap[edge.from];
        copy.to = remap[edge.to];
        model.m_edges.append(copy);
    }
    model.rebuildIndex();
    return model;
}

bool GraphModel::timeSpan(qint64 *first, qint64 *last) const
{
    qint64 lo = std::numeric_limits<qint64>::max();
    qint64 hi = std::numeric_limits<qint64>::min();
    for (const GraphNode &node : m_nodes) {
        if (node.hasStart()) {
            lo = std::min(lo, node.startMinutes);
            hi = std::max(hi, node.startMinutes);
        }
    }
    for (const GraphEdge &edge : m_edges) {
        if (edge.start.isValid()) {
            lo = std::min(lo, edge.start.earliestMinutes());
            hi = std::max(hi, edge.start.earliestMinutes());
        }
        if (edge.end.isValid()) {
            lo = std::min(lo, edge.end.earliestMinutes());
            hi = std::max(hi, edge.end.latestMinutes());
        }
    }
    if (lo > hi)
        return false;
    *first = lo;
    *last = hi;
    return true;
}

} // namespace Frise::Graph
