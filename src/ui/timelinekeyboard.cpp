// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's keyboard navigation: arrows move the selection from event to
// event along a lane and between lanes, Home and End go to a lane's ends,
// Enter edits. Kept apart from timelineview.cpp, which draws and handles the mouse.
#include "timelineview.h"

#include "timeline/timelinenavigator.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <cmath>

namespace Frise::Ui {

using Timeline::TimelineNavigator;

namespace {

std::optional<TimelineNavigator::Step> stepFor(int key)
{
    switch (key) {
    case Qt::Key_Left:
        return TimelineNavigator::Step::Previous;
    case Qt::Key_Right:
        return TimelineNavigator::Step::Next;
    case Qt::Key_Up:
        return TimelineNavigator::Step::LaneAbove;
    case Qt::Key_Down:
        return TimelineNavigator::Step::LaneBelow;
    case Qt::Key_Home:
        return TimelineNavigator::Step::First;
    case Qt::Key_End:
        return TimelineNavigator::Step::Last;
    default:
        return std::nullopt;
    }
}

} // namespace

RowId TimelineView::currentEvent() const
{
    if (m_currentEvent && m_selection.contains(m_currentEvent))
        return m_currentEvent;
    const QList<RowId> ids = selection();
    return ids.isEmpty() ? 0 : ids.constFirst();
}

bool TimelineView::navigateByKey(QKeyEvent *event)
{
    // With Ctrl (or Alt, Meta) the arrows pan and scroll instead.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    if (!m_data || m_data->isEmpty())
        return false;
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const RowId current = currentEvent();
        if (!current)
            return false;
        Q_EMIT eventActivated(current);
        return true;
    }
    const std::optional<TimelineNavigator::Step> step = stepFor(event->key());
    if (!step)
        return false;

    ensureLayout();
    const TimelineNavigator navigator(
        *m_data, m_laneMode, [this](quint32 index) { return m_layout.passesFilter(index); });
    TimelineNavigator::Position to;
    if (const RowId current = currentEvent()) {
        to = navigator.step({current, m_currentLane}, *step);
    } else {
        // Nothing selected yet: start in the topmost lane in sight, at the middle of the view
        // (Home and End: at that lane's ends).
        const double scroll = verticalScrollBar()->value();
        int lane = -1;
        for (const Timeline::LayoutLane &l : m_layout.lanes()) {
            if (l.count > 0 && l.top + l.height > scroll) {
                lane = l.lane;
                break;
            }
        }
        to = navigator.nearest(lane < 0 ? 0 : lane, (m_from + m_to) / 2);
        if (to.id && (*step == TimelineNavigator::Step::First || *step == TimelineNavigator::Step::Last))
            to = navigator.step(to, *step);
    }
    if (!to.id)
        return true; // nothing to go to; the key is still ours
    m_currentLane = to.lane;
    m_currentEvent = to.id;
    setSelectionSet({to.id});
    scrollToEvent(to.id, to.lane);
    return true;
}

const Timeline::LayoutItem *TimelineView::laidOutItem(RowId id, int lane) const
{
    ensureLayout();
    for (const Timeline::LayoutLane &l : m_layout.lanes()) {
        if (l.lane != lane)
            continue;
        for (size_t k = l.itemBegin; k < l.itemEnd; ++k) {
            if (m_layout.items()[k].id == id)
                return &m_layout.items()[k];
        }
        return nullptr;
    }
    return nullptr;
}

void TimelineView::scrollLaneIntoSight(int lane, RowId id)
{
    ensureLayout();
    QScrollBar *bar = verticalScrollBar();
    const double shown = std::max(1.0, double(viewport()->height()) - m_painter.style().axisHeight);
    for (const Timeline::LayoutLane &l : m_layout.lanes()) {
        if (l.lane != lane)
            continue;
        // The lane's top down to the event's row (the row alone in a lane taller than the view).
        double top = l.top;
        double bottom = l.top + std::min(l.height, shown);
        if (const Timeline::LayoutItem *item = laidOutItem(id, lane)) {
            bottom = item->box.bottom() + 4;
            if (bottom - top > shown)
                top = item->box.top() - 4;
        }
        if (top < bar->value())
            bar->setValue(int(std::floor(top)));
        else if (bottom > bar->value() + shown)
            bar->setValue(int(std::ceil(bottom - shown)));
        return;
    }
}

void TimelineView::scrollToEvent(RowId id, int lane)
{
    const qsizetype index = m_data ? m_data->indexOf(id) : -1;
    if (index < 0)
        return;
    // Across: an event near or beyond the edges comes to the middle, at the same zoom.
    const double start = double(m_data->startEarliest(index));
    const double middle = (start + double(m_data->startLatest(index))) / 2;
    const double span = m_to - m_from;
    if (start < m_from + span * 0.05 || start > m_to - span * 0.05)
        setRange(middle - span / 2, middle + span / 2);
    // Down to its lane; then, when the event is only counted in a cluster there, closer until it is drawn.
    scrollLaneIntoSight(lane, id);
    for (int zoom = 0; zoom < 20 && !laidOutItem(id, lane); ++zoom) {
        const double closer = (m_to - m_from) / 2;
        setRange(middle - closer / 2, middle + closer / 2);
        scrollLaneIntoSight(lane, id);
    }
}

} // namespace Frise::Ui
