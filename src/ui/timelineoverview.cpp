// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineoverview.h"

#include "timeline/timelineaxis.h"
#include "timelineview.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Frise::Ui {

namespace {

constexpr int stripHeight = 40;
constexpr double binWidth = 3; // pixels
constexpr double labelBand = 13; // year labels above the bars
constexpr double minWindowWidth = 6; // a window of a day over centuries stays grabbable
constexpr double grabSlop = 3;

} // namespace

TimelineOverview::TimelineOverview(TimelineView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
{
    setObjectName(QStringLiteral("timelineOverview"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
    connect(view, &TimelineView::visibleRangeChanged, this, [this] { updateSpan(false); });
    // Emitted on every new data (setData, updateData) as well as on filter changes.
    connect(view, &TimelineView::filterApplied, this, [this] { updateSpan(true); });
    retranslate();
    updateSpan(true);
}

QSize TimelineOverview::sizeHint() const
{
    return {400, stripHeight};
}

QSize TimelineOverview::minimumSizeHint() const
{
    return {100, stripHeight};
}

QRectF TimelineOverview::stripRect() const
{
    // The view's plot margins: the miniature lines up with the timeline above it.
    const double left = m_view->plotLeft();
    return QRectF(left, 0, std::max(10.0, double(width()) - 2 * left), double(height()));
}

double TimelineOverview::xOf(double minutes) const
{
    const QRectF r = stripRect();
    return r.left() + (minutes - m_from) * r.width() / (m_to - m_from);
}

double TimelineOverview::minutesAt(double x) const
{
    const QRectF r = stripRect();
    return m_from + (x - r.left()) * (m_to - m_from) / r.width();
}

QRectF TimelineOverview::windowRect() const
{
    double left = xOf(double(m_view->visibleFrom()));
    double right = xOf(double(m_view->visibleTo()));
    if (right - left < minWindowWidth) {
        const double centre = (left + right) / 2;
        left = centre - minWindowWidth / 2;
        right = centre + minWindowWidth / 2;
    }
    return QRectF(left, 1, right - left, double(height()) - 2);
}

void TimelineOverview::updateSpan(bool dataChanged)
{
    if (m_dragging && !dataChanged) {
        update(); // the span holds still under the mouse; it follows on release
        return;
    }
    const Timeline::TimelineData *data = m_view->data();
    double from = double(m_view->visibleFrom());
    double to = double(m_view->visibleTo());
    if (data && !data->isEmpty()) {
        const double first = double(data->minMinutes());
        const double last = double(data->maxMinutes());
        const double pad = std::max((last - first) / 40, 60.0);
        from = std::min(from, first - pad);
        to = std::max(to, last + pad);
    }
    if (to <= from)
        to = from + 1;
    const bool moved = from != m_from || to != m_to;
    m_from = from;
    m_to = to;
    if (moved || dataChanged || data != m_countedData)
        countBins();
    update();
}

void TimelineOverview::countBins()
{
    const Timeline::TimelineData *data = m_view->data();
    m_countedData = data;
    const QRectF r = stripRect();
    const size_t count = size_t(std::max(1.0, std::ceil(r.width() / binWidth)));
    m_bins.assign(count, 0);
    m_maxBin = 0;
    if (!data || data->isEmpty())
        return;
    const auto &starts = data->laneIndex(Timeline::LaneMode::None).starts;
    auto lower = std::lower_bound(starts.begin(), starts.end(), qint64(std::floor(m_from)));
    for (size_t b = 0; b < count; ++b) {
        const double binEnd = minutesAt(r.left() + double(b + 1) * binWidth);
        const auto upper = std::lower_bound(lower, starts.end(), qint64(std::ceil(binEnd)));
        m_bins[b] = int(upper - lower);
        m_maxBin = std::max(m_maxBin, m_bins[b]);
        lower = upper;
    }
}

void TimelineOverview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    countBins();
}

void TimelineOverview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.fillRect(QRectF(0, 0, width(), 1), pal.color(QPalette::Mid));
    const QRectF r = stripRect();

    // Years (or whatever the span calls for) along the top, in the content language.
    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    const auto axis = Timeline::TimelineAxis::compute(
        Timeline::TimeScale(m_from, m_to, r.width()), m_view->contentLanguage(), 70.0);
    double lastRight = -1e9;
    for (const Timeline::AxisTick &tick : axis.ticks()) {
        if (!tick.major || tick.label.isEmpty())
            continue;
        const double x = std::round(r.left() + tick.x);
        p.fillRect(QRectF(x, labelBand, 1, r.height() - labelBand), pal.color(QPalette::Midlight));
        const double w = p.fontMetrics().horizontalAdvance(tick.label);
        if (x + 3 < lastRight + 6 || x + 3 + w > r.right())
            continue;
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(x + 3, 1, w + 2, labelBand - 1), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
        lastRight = x + 3 + w;
    }

    // Density on a square-root scale: a lone event stays visible next to a busy month.
    const double barsTop = labelBand + 1;
    const double barsHeight = r.height() - barsTop - 2;
    QColor bar = pal.color(QPalette::Text);
    bar.setAlphaF(0.45f);
    const double scale = barsHeight / std::sqrt(double(std::max(m_maxBin, 1)));
    for (size_t b = 0; b < m_bins.size(); ++b) {
        if (m_bins[b] == 0)
            continue;
        const double h = std::max(1.5, std::sqrt(double(m_bins[b])) * scale);
        p.fillRect(QRectF(r.left() + double(b) * binWidth, barsTop + barsHeight - h, binWidth - 1, h), bar);
    }

    // The visible window.
    const QRectF w = windowRect();
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.18f);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(fill);
    p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    p.drawRoundedRect(w.adjusted(0.75, 0.75, -0.75, -0.75), 2, 2);
}

void TimelineOverview::moveWindowTo(double from)
{
    const double span = double(m_view->visibleTo() - m_view->visibleFrom());
    m_view->setVisibleRange(qint64(std::llround(from)), qint64(std::llround(from + span)));
}

void TimelineOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    const double x = event->position().x();
    const QRectF w = windowRect();
    if (x < w.left() - grabSlop || x > w.right() + grabSlop) {
        // A click elsewhere centres the window there, and the drag goes on from it.
        const double span = double(m_view->visibleTo() - m_view->visibleFrom());
        moveWindowTo(minutesAt(x) - span / 2);
    }
    m_grab = minutesAt(x) - double(m_view->visibleFrom());
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void TimelineOverview::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_dragging) {
        moveWindowTo(minutesAt(x) - m_grab);
    } else {
        const QRectF w = windowRect();
        setCursor(x >= w.left() - grabSlop && x <= w.right() + grabSlop ? Qt::OpenHandCursor : Qt::PointingHandCursor);
    }
    event->accept();
}

void TimelineOverview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        unsetCursor();
        updateSpan(false);
    }
    event->accept();
}

void TimelineOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineOverview::retranslate()
{
    setAccessibleName(tr("Timeline overview"));
    setToolTip(tr("The whole timeline in miniature: drag the frame to move the visible period, or click to centre it "
                  "there."));
}

} // namespace Frise::Ui
