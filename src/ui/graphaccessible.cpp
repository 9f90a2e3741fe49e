// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphaccessible.h"

#include "graphview.h"

#include "graph/graphstyle.h"

namespace Frise::Ui {

GraphAccessible::GraphAccessible(QWidget *canvas)
    : AccessibleItemView(canvas, QAccessible::Graphic, QAccessible::ListItem)
{ }

GraphView *GraphAccessible::view() const
{
    return qobject_cast<GraphView *>(widget()->parentWidget());
}

qint64 GraphAccessible::keyOf(const Graph::GraphNode &node)
{
    return node.type == Graph::GraphNode::Type::Dispute ? -node.id : node.id;
}

int GraphAccessible::indexOfKey(qint64 key) const
{
    const GraphView *graph = view();
    if (!graph || key == 0)
        return -1;
    return key > 0 ? graph->model().indexOfActor(key) : graph->model().indexOf(Graph::GraphModel::disputeKey(-key));
}

QList<qint64> GraphAccessible::itemKeys() const
{
    QList<qint64> keys;
    const GraphView *graph = view();
    if (!graph)
        return keys;
    const QRectF shown = QRectF(widget()->rect());
    const QList<Graph::GraphNode> &nodes = graph->model().nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        if (graph->nodeRect(i).intersects(shown))
            keys.append(keyOf(nodes[i]));
    }
    return keys;
}

QString GraphAccessible::itemText(qint64 key, QAccessible::Text text) const
{
    const int index = indexOfKey(key);
    if (index < 0)
        return {};
    const GraphView *graph = view();
    const Graph::GraphNode &node = graph->model().nodes()[index];
    switch (text) {
    case QAccessible::Name:
        return node.label.textOrFallback(graph->language());
    case QAccessible::Description:
        if (node.type == Graph::GraphNode::Type::Dispute) {
            return node.status ? GraphView::tr("Dispute, %1").arg(disputeStatusName(*node.status, graph->language()))
                               : GraphView::tr("Dispute");
        }
        return GraphView::tr("%1, %n relation(s)", nullptr, int(graph->model().edgesOf(index).size()))
            .arg(Graph::GraphStyle::name(node.kind));
    default:
        return {};
    }
}

QRect GraphAccessible::itemRect(qint64 key) const
{
    const int index = indexOfKey(key);
    return index < 0 ? QRect() : view()->nodeRect(index).toAlignedRect();
}

bool GraphAccessible::isItemSelected(qint64 key) const
{
    const int index = indexOfKey(key);
    return index >= 0 && index == view()->selectedNode();
}

qint64 GraphAccessible::currentItem() const
{
    const GraphView *graph = view();
    if (!graph || graph->selectedNode() < 0)
        return 0;
    return keyOf(graph->model().nodes()[graph->selectedNode()]);
}

QString GraphAccessible::text(QAccessible::Text text) const
{
    if (text == QAccessible::Name) {
        const GraphView *graph = view();
        if (graph && !graph->accessibleName().isEmpty())
            return graph->accessibleName();
        return GraphView::tr("Relationship graph");
    }
    return AccessibleItemView::text(text);
}

namespace {

QAccessibleInterface *graphFactory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (widget && qobject_cast<GraphView *>(widget->parentWidget())
        && widget == static_cast<GraphView *>(widget->parentWidget())->canvas())
        return new GraphAccessible(widget);
    return nullptr;
}

} // namespace

void installGraphAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(graphFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace Frise::Ui
