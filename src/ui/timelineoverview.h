// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace Frise::Ui {

class TimelineView;

/**
 * A thin strip beside the timeline: the whole span of the data in
 * miniature, with the density of events drawn in it and the visible window
 * as a rectangle. Dragging the rectangle pans the timeline; a click
 * elsewhere centres the window there. It follows the view's zooms and pans.
 *
 * Density is counted per bin by binary search over the sorted starts
 * (a few hundred searches, whatever the number of events), and again only
 * when the data, the span or the width change.
 */
class TimelineOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineOverview)

public:
    explicit TimelineOverview(TimelineView *view, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /// The span drawn, minutes: the data's with a margin, widened to the visible window.
    double spanFrom() const { return m_from; }
    double spanTo() const { return m_to; }
    /// Where the visible window is drawn, in widget coordinates.
    QRectF windowRect() const;
    /// Widget x of @p minutes, and back.
    double xOf(double minutes) const;
    double minutesAt(double x) const;
    /// Events counted per bin (for tests: what the density shows).
    const std::vector<int> &bins() const { return m_bins; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// The data or the visible range changed: the span follows, and the bins when it moved.
    void updateSpan(bool dataChanged);
    void countBins();
    QRectF stripRect() const;
    /// Moves the view's window to start at @p from, keeping its length.
    void moveWindowTo(double from);

    TimelineView *m_view = nullptr;
    const void *m_countedData = nullptr; ///< the data the bins were counted from
    double m_from = 0;
    double m_to = 1;
    std::vector<int> m_bins;
    int m_maxBin = 0;
    bool m_dragging = false;
    double m_grab = 0; ///< minutes between the press and the window's start
};

} // namespace Frise::Ui
