// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Frise::Graph {
class GraphPainter;
}

namespace Frise::Ui {

/**
 * The graph's legend (actor kinds, relation types, "as of" date) in a panel
 * of its own beside the graph, so that it never covers a node; GraphView
 * hides and shows it.
 */
class GraphLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphLegend)

public:
    /// Paints what @p painter shows (not owned; must outlive the legend).
    explicit GraphLegend(const Graph::GraphPainter *painter, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    /// The painter's options changed (language, "as of" date): contents follow, the width only grows, so that the
    /// graph beside does not jump while a date plays.
    void refresh();
    /// The painter shows another graph: the width may shrink too.
    void resetWidth();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const Graph::GraphPainter *m_painter;
    mutable int m_widest = 0;
};

} // namespace Frise::Ui
