// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QSpinBox;
class QToolButton;

namespace Frise::Ui {

/**
 * The graph's controls for big graphs: what part is shown (the neighbourhood
 * of a node, k hops, and how much is hidden) and the way to the whole graph
 * and back. Hidden while the whole graph is small enough to show at once.
 * It holds no graph: GraphView tells it what is shown and acts on its signals.
 */
class GraphFocusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphFocusBar)

public:
    explicit GraphFocusBar(QWidget *parent = nullptr);

    /// A neighbourhood of @p centre (a node's label) is shown: @p shown nodes of @p total.
    void showNeighbourhood(const QString &centre, int shown, int total);
    /// The whole graph of @p total nodes is shown (or being laid out).
    void showWhole(int total);

    int hops() const;
    void setHops(int hops);

Q_SIGNALS:
    void hopsChanged(int hops);
    /// The user asked for the whole graph (true) or the neighbourhood again (false).
    void wholeGraphRequested(bool whole);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateText();

    QLabel *m_summary = nullptr;
    QLabel *m_hopsLabel = nullptr;
    QSpinBox *m_hops = nullptr;
    QToolButton *m_whole = nullptr;
    QString m_centre;
    int m_shown = 0;
    int m_total = 0;
    bool m_isWhole = false;
};

} // namespace Frise::Ui
