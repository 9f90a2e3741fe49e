// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "accessibleitemview.h"
#include "timelineaccessible.h"
#include "timelinepalette.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Frise::Ui {

using namespace Frise::Timeline;

namespace {

constexpr double margin = 16;
constexpr double minSpan = 30; // minutes
// Twice the supported years (FuzzyDate: 17 billion years each side of AD 1):
// every date stays in view, and the range stays far inside a qint64.
constexpr double maxSpan = 2 * 17.5e9 * 525960;
constexpr double maxCentre = 17.5e9 * 525960;
constexpr double minutesPerYear = 525960; // 365.25 days
constexpr double clickSlop = 4;

/// "3 events, 19 Apr 2023 – 2 May 2023" in @p language, like the painter's texts (not the UI language).
QString clusterLabel(const LayoutCluster &cluster, Language language)
{
    const QLocale locale = localeFor(language);
    const QDateTime from = FuzzyDate::dateTimeFromMinutes(cluster.from);
    const QDateTime to = FuzzyDate::dateTimeFromMinutes(cluster.to);
    const auto inQLocaleYears = [](const QDateTime &t) { return t.isValid() && t.date().year() >= 1; };
    if (!inQLocaleYears(from) || !inQLocaleYears(to)) {
        // QLocale writes no era: before AD 1 and in deep time, FuzzyDate's wording.
        using P = FuzzyDate::Precision;
        const QString first = FuzzyDate::containing(cluster.from, P::Day).toDisplayString(language);
        const QString last = FuzzyDate::containing(cluster.to, P::Day).toDisplayString(language);
        return TimelinePainter::eventCountLabel(cluster.count, language) % QStringLiteral(", ")
            % (first == last ? first : first % QStringLiteral(" – ") % last);
    }
    const QString dayFormat = QStringLiteral("d MMM yyyy");
    QString when = locale.toString(from.date(), dayFormat);
    if (from.date() != to.date()) {
        when += QStringLiteral(" – ") % locale.toString(to.date(), dayFormat);
    } else if (cluster.to - cluster.from < 1439) {
        // Within a day (minute zoom): the hours too.
        const QString timeFormat = QStringLiteral("HH:mm");
        when += QStringLiteral(", ") % locale.toString(from.time(), timeFormat) % QStringLiteral("–")
            % locale.toString(to.time(), timeFormat);
    }
    return TimelinePainter::eventCountLabel(cluster.count, language) % QStringLiteral(", ") % when;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    installTimelineAccessibility();
    m_painter = TimelinePainter(timelineStyleFor(palette()));
    setMinimumSize(320, 160);
    const qint64 now = FuzzyDate::minutesFromDateTime(QDateTime::currentDateTimeUtc());
    m_from = double(now) - minutesPerYear;
    m_to = double(now);
}

TimelineView::~TimelineView() = default;

void TimelineView::setData(std::shared_ptr<const TimelineData> data, std::shared_ptr<const TitleProvider> titles)
{
    m_data = std::move(data);
    m_titles = std::move(titles);
    m_layout.setData(m_data.get(), m_titles.get());
    applyFilter();
    m_selection.clear();
    m_hovered = 0;
    fitAll();
    invalidate();
}

void TimelineView::updateData(std::shared_ptr<const TimelineData> data, std::shared_ptr<const TitleProvider> titles)
{
    const bool wasEmpty = !m_data || m_data->isEmpty();
    m_data = std::move(data);
    m_titles = std::move(titles);
    m_layout.setData(m_data.get(), m_titles.get());
    applyFilter();
    QSet<RowId> kept;
    for (RowId id : std::as_const(m_selection))
        if (m_data && m_data->indexOf(id) >= 0)
            kept.insert(id);
    m_selection = kept;
    m_hovered = 0;
    if (wasEmpty)
        fitAll();
    invalidate();
}

void TimelineView::setLaneMode(LaneMode mode)
{
    if (m_laneMode == mode)
        return;
    m_laneMode = mode;
    verticalScrollBar()->setValue(0);
    invalidate();
}

void TimelineView::setContentLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    invalidate();
}

void TimelineView::setVisibleIds(const QSet<RowId> &ids)
{
    setFilter([ids](RowId id) { return ids.contains(id); });
}

void TimelineView::setFilter(const std::function<bool(RowId)> &keep)
{
    if (!keep) {
        clearFilter();
        return;
    }
    m_filterFlags = [keep](const TimelineData &data) {
        std::vector<quint8> flags(size_t(data.count()));
        for (qsizetype i = 0; i < data.count(); ++i)
            flags[size_t(i)] = keep(data.id(i)) ? 1 : 0;
        return flags;
    };
    applyFilter();
}

void TimelineView::setFilter(const TimelineFilter &filter)
{
    if (filter.isEmpty()) {
        clearFilter();
        return;
    }
    m_filterFlags = [filter](const TimelineData &data) { return filter.apply(data); };
    applyFilter();
}

void TimelineView::clearFilter()
{
    m_filterFlags = nullptr;
    applyFilter();
}

void TimelineView::applyFilter()
{
    const qsizetype total = m_data ? m_data->count() : 0;
    std::vector<quint8> flags;
    if (m_data && m_filterFlags)
        flags = m_filterFlags(*m_data);
    m_shownCount = m_filterFlags ? qsizetype(std::count(flags.begin(), flags.end(), quint8(1))) : total;
    m_layout.setFilter(std::move(flags));
    invalidate();
    Q_EMIT filterApplied(m_shownCount, total);
}

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    setRange(double(from), double(to));
}

double TimelineView::plotWidth() const
{
    return std::max(10.0, double(viewport()->width()) - 2 * margin);
}

double TimelineView::timeAt(double x) const
{
    return m_from + (x - margin) * (m_to - m_from) / plotWidth();
}

double TimelineView::xAt(double minutes) const
{
    return margin + (minutes - m_from) * plotWidth() / (m_to - m_from);
}

double TimelineView::plotLeft() const
{
    return margin;
}

void TimelineView::setRange(double from, double to)
{
    double span = std::clamp(to - from, minSpan, maxSpan);
    const double centre = std::clamp((from + to) / 2, -maxCentre, maxCentre);
    if (to - from != span || centre != (from + to) / 2) {
        from = centre - span / 2;
        to = centre + span / 2;
    }
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidate();
    Q_EMIT visibleRangeChanged(qint64(m_from), qint64(m_to));
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    const double anchor = timeAt(anchorX);
    const double span = std::clamp((m_to - m_from) * factor, minSpan, maxSpan);
    const double left = (anchorX - margin) / plotWidth();
    setRange(anchor - left * span, anchor - left * span + span);
}

void TimelineView::zoomIn()
{
    zoomBy(1 / 1.5, margin + plotWidth() / 2);
}

void TimelineView::zoomOut()
{
    zoomBy(1.5, margin + plotWidth() / 2);
}

void TimelineView::fitAll()
{
    if (!m_data || m_data->isEmpty())
        return;
    const double from = double(m_data->minMinutes());
    const double to = double(m_data->maxMinutes());
    const double pad = std::max((to - from) / 40, 60.0);
    setRange(from - pad, to + pad);
}

void TimelineView::showSpan(double minutes)
{
    const double centre = (m_from + m_to) / 2;
    setRange(centre - minutes / 2, centre + minutes / 2);
}

void TimelineView::showDecade()
{
    showSpan(10 * minutesPerYear);
}

void TimelineView::showYear()
{
    showSpan(minutesPerYear);
}

void TimelineView::showMonth()
{
    showSpan(minutesPerYear / 12);
}

void TimelineView::showWeek()
{
    showSpan(7 * 1440);
}

void TimelineView::showDay()
{
    showSpan(1440);
}

QList<RowId> TimelineView::selection() const
{
    QList<RowId> ids(m_selection.begin(), m_selection.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TimelineView::setSelection(const QList<RowId> &ids)
{
    const QSet<RowId> set(ids.begin(), ids.end());
    if (set == m_selection)
        return;
    m_selection = set;
    viewport()->update();
    AccessibleItemView::notifyCurrentItem(this, currentEvent());
}

void TimelineView::setSelectionSet(const QSet<RowId> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    viewport()->update();
    AccessibleItemView::notifyCurrentItem(this, currentEvent());
    Q_EMIT selectionChanged(selection());
}

void TimelineView::setAsOf(std::optional<qint64> minutes)
{
    if (m_asOf == minutes)
        return;
    m_asOf = minutes;
    viewport()->update();
}

void TimelineView::invalidate()
{
    m_dirty = true;
    viewport()->update();
}

void TimelineView::ensureLayout() const
{
    if (!m_dirty)
        return;
    LayoutOptions o;
    // The exact range: what is drawn agrees with timeAt() and xAt() at every zoom.
    o.from = m_from;
    o.to = m_to;
    o.width = plotWidth();
    o.laneMode = m_laneMode;
    o.language = m_language;
    // A few hundred titles shaped a frame: after a jump, labels fill in over the next frames.
    o.titleBudget = 400;
    // Lanes filled (bins, items) a screen above and below what shows: scrolling that far needs no new layout.
    const double shown = std::max(1, viewport()->height());
    const double scroll = verticalScrollBar()->value();
    o.binTop = scroll - shown;
    o.binBottom = scroll + 2 * shown;
    m_binTop = o.binTop;
    m_binBottom = o.binBottom;
    m_layout.compute(o);
    m_dirty = false;
    const_cast<TimelineView *>(this)->updateScrollBars();
    // Titles are measured a bounded number a frame: label the rest in the next few frames.
    if (m_layout.labelsPending() && m_labelPasses < 20) {
        ++m_labelPasses;
        auto *self = const_cast<TimelineView *>(this);
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_dirty = true;
                self->viewport()->update();
            },
            Qt::QueuedConnection);
    } else {
        m_labelPasses = 0;
    }
}

const TimelineLayout &TimelineView::layout() const
{
    ensureLayout();
    return m_layout;
}

void TimelineView::updateScrollBars()
{
    const int content = int(std::ceil(m_layout.height() + m_painter.style().axisHeight));
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(24);
    bar->setRange(0, std::max(0, content - viewport()->height()));
}

QPointF TimelineView::toLayout(QPointF p) const
{
    return QPointF(p.x() - margin, p.y() - m_painter.style().axisHeight + verticalScrollBar()->value());
}

QRectF TimelineView::itemRect(RowId id) const
{
    ensureLayout();
    const LayoutItem *item = m_layout.item(id);
    if (!item)
        return {};
    return item->marker.translated(margin, m_painter.style().axisHeight - verticalScrollBar()->value());
}

void TimelineView::paintEvent(QPaintEvent *)
{
    ensureLayout();
    QPainter p(viewport());
    PaintState s;
    s.rect = QRectF(viewport()->rect());
    s.plotLeft = margin;
    s.scrollY = verticalScrollBar()->value();
    s.selection = &m_selection;
    s.hovered = m_hovered;
    s.asOf = m_asOf;
    s.language = m_language;
    m_painter.paint(&p, m_layout, s);
    if (m_drag == Drag::RubberBand && !m_rubberBand.isNull()) {
        const QColor c = palette().color(QPalette::Highlight);
        p.setPen(QPen(c, 1));
        QColor fill = c;
        fill.setAlphaF(0.15f);
        p.setBrush(fill);
        p.drawRect(QRectF(m_rubberBand.normalized()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    Q_EMIT framePainted();
}

void TimelineView::changeEvent(QEvent *event)
{
    // A dark or light theme: colours that stay readable on it.
    if (event->type() == QEvent::PaletteChange) {
        m_painter = TimelinePainter(timelineStyleFor(palette()));
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    invalidate();
}

void TimelineView::scrollContentsBy(int, int)
{
    const double scroll = verticalScrollBar()->value();
    if (scroll < m_binTop || scroll + viewport()->height() > m_binBottom)
        m_dirty = true; // lanes beyond the filled band come into view
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        const double shift = -double(d) / 120.0 * 0.1 * (m_to - m_from);
        setRange(m_from + shift, m_to + shift);
    } else if (delta.y() != 0) {
        // 120 units (a notch) zoom by about 1.25.
        zoomBy(std::pow(1.25, -double(delta.y()) / 120.0), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    m_pressScroll = verticalScrollBar()->value();
    m_moved = false;
    if (m_asOf && std::abs(event->position().x() - xAt(double(*m_asOf))) <= 5) {
        m_drag = Drag::AsOf;
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
        m_rubberBand = QRect(m_pressPos, m_pressPos);
    } else {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag != Drag::None && (pos.toPoint() - m_pressPos).manhattanLength() > clickSlop)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_moved) {
            const double shift = -(pos.x() - m_pressPos.x()) * (m_pressTo - m_pressFrom) / plotWidth();
            setRange(m_pressFrom + shift, m_pressTo + shift);
            verticalScrollBar()->setValue(m_pressScroll - int(pos.y() - m_pressPos.y()));
        }
        break;
    case Drag::RubberBand:
        m_rubberBand = QRect(m_pressPos, pos.toPoint());
        viewport()->update();
        break;
    case Drag::AsOf: {
        const qint64 t = qint64(std::llround(timeAt(pos.x())));
        if (m_asOf != t) {
            m_asOf = t;
            viewport()->update();
            Q_EMIT asOfChanged(t);
        }
        break;
    }
    case Drag::None: {
        ensureLayout();
        const LayoutItem *item = m_layout.itemAt(toLayout(pos));
        const RowId hovered = item ? item->id : 0;
        const bool nearAsOf = m_asOf && std::abs(pos.x() - xAt(double(*m_asOf))) <= 5;
        viewport()->setCursor(nearAsOf ? Qt::SizeHorCursor : item ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (hovered != m_hovered) {
            m_hovered = hovered;
            viewport()->update();
        }
        break;
    }
    }
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (drag == Drag::RubberBand) {
        ensureLayout();
        const QRectF band = QRectF(m_rubberBand.normalized());
        const QRectF inLayout(toLayout(band.topLeft()), toLayout(band.bottomRight()));
        const auto ids = m_layout.itemsIn(inLayout);
        QSet<RowId> set = (event->modifiers() & Qt::ControlModifier) ? m_selection : QSet<RowId>();
        for (RowId id : ids)
            set.insert(id);
        m_rubberBand = QRect();
        viewport()->update();
        setSelectionSet(set);
    } else if (drag == Drag::Pan && !m_moved) {
        ensureLayout();
        const QPointF at = toLayout(event->position());
        if (const LayoutItem *item = m_layout.itemAt(at)) {
            QSet<RowId> set;
            if (event->modifiers() & Qt::ControlModifier) {
                set = m_selection;
                if (!set.remove(item->id))
                    set.insert(item->id);
            } else {
                set.insert(item->id);
            }
            // The keyboard goes on from here, along the lane clicked in.
            m_currentEvent = item->id;
            m_currentLane = item->lane;
            setSelectionSet(set);
        } else if (const LayoutCluster *cluster = m_layout.clusterAt(at)) {
            // A cluster opens up: zoom on what it counts.
            const double pad = std::max(double(cluster->to - cluster->from) * 0.1, 60.0);
            setRange(double(cluster->from) - pad, double(cluster->to) + pad);
        } else {
            setSelectionSet({});
        }
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    ensureLayout();
    if (const LayoutItem *item = m_layout.itemAt(toLayout(event->position()))) {
        setSelectionSet({item->id});
        Q_EMIT eventActivated(item->id);
        event->accept();
        return;
    }
    zoomBy(1 / 2.0, event->position().x());
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (navigateByKey(event)) {
        event->accept();
        return;
    }
    const double span = m_to - m_from;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        setRange(m_from - span * 0.1, m_to - span * 0.1);
        break;
    case Qt::Key_Right:
        setRange(m_from + span * 0.1, m_to + span * 0.1);
        break;
    case Qt::Key_Up:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        break;
    case Qt::Key_Down:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        break;
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        setSelectionSet({});
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hovered) {
        m_hovered = 0;
        viewport()->update();
    }
    QAbstractScrollArea::leaveEvent(event);
}

QString TimelineView::toolTipAt(QPointF pos) const
{
    ensureLayout();
    const QPointF at = toLayout(pos);
    // Titles, dates and counts all in the content language: one language in one tooltip.
    if (const LayoutItem *item = m_layout.itemAt(at))
        return m_titles ? m_titles->tooltip(item->id, m_language) : QString();
    if (const LayoutCluster *cluster = m_layout.clusterAt(at))
        return clusterLabel(*cluster, m_language);
    return {};
}

bool TimelineView::viewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    case QEvent::NativeGesture: {
        // Pinch on a touchpad: the value is the change of scale since the last event (0.1: 10 % larger).
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() != Qt::ZoomNativeGesture)
            break;
        zoomBy(std::exp(-gesture->value()), gesture->position().x());
        gesture->accept();
        return true;
    }
    default:
        break;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Frise::Ui
