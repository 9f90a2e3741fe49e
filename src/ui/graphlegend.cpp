// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphlegend.h"

#include "graph/graphpainter.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Frise::Ui {

namespace {
constexpr int margin = 8;
}

GraphLegend::GraphLegend(const Graph::GraphPainter *painter, QWidget *parent)
    : QWidget(parent)
    , m_painter(painter)
{
    // The whole column beside the graph, in the graph's background.
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

QSize GraphLegend::sizeHint() const
{
    const QSizeF legend = m_painter->legendSize();
    m_widest = std::max(m_widest, int(std::ceil(legend.width())) + 2 * margin);
    return QSize(m_widest, int(std::ceil(legend.height())) + 2 * margin);
}

void GraphLegend::refresh()
{
    updateGeometry();
    update();
}

void GraphLegend::resetWidth()
{
    m_widest = 0;
    refresh();
}

void GraphLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_painter->paintLegend(&painter, QPointF(margin, margin));
}

} // namespace Frise::Ui
