// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accessibleitemview.h"

namespace Frise::Graph {
struct GraphNode;
}

namespace Frise::Ui {

class GraphView;

/**
 * The graph canvas as accessibility tools see it: a graphic whose children
 * are the nodes shown (actors and dispute hubs), named after them and
 * described by their kind, or for a dispute by its status.
 */
class GraphAccessible final : public AccessibleItemView
{
public:
    explicit GraphAccessible(QWidget *canvas);

    /// The item key of @p node: the actor's id, or minus the dispute's.
    static qint64 keyOf(const Graph::GraphNode &node);

    QList<qint64> itemKeys() const override;
    QString itemText(qint64 key, QAccessible::Text text) const override;
    QRect itemRect(qint64 key) const override;
    bool isItemSelected(qint64 key) const override;
    qint64 currentItem() const override;
    QString text(QAccessible::Text text) const override;

private:
    GraphView *view() const;
    int indexOfKey(qint64 key) const;
};

/// Makes QAccessible build a GraphAccessible for the graph's canvas (once per process).
void installGraphAccessibility();

} // namespace Frise::Ui
