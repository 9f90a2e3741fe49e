// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineopener.h"

#include "timeline/openingrange.h"
#include "timelineview.h"

#include <QEvent>

#include <cmath>

namespace Frise::Ui {

namespace {

// Narrower than this, the view is not laid out yet (or hardly usable): wait for its real width.
constexpr int minOpeningWidth = 240;

} // namespace

TimelineOpener::TimelineOpener(TimelineView *view)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
{
    m_viewport->installEventFilter(this);
}

void TimelineOpener::openWhenShown()
{
    m_pending = true;
    tryOpen();
}

bool TimelineOpener::tryOpen()
{
    if (!m_pending || !m_view->isVisible() || m_view->viewport()->width() < minOpeningWidth)
        return false;
    m_pending = false;
    const Timeline::TimelineData *data = m_view->data();
    if (!data || data->isEmpty())
        return true;
    // The view's own options (width, lanes, language, fonts): what fits there fits on screen.
    const auto range = Timeline::OpeningRange::choose(*data, m_view->titleProvider(), m_view->layout().options());
    if (range)
        m_view->setVisibleRange(qint64(std::floor(range->first)), qint64(std::ceil(range->second)));
    return true;
}

bool TimelineOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (m_pending && watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        tryOpen();
    return QObject::eventFilter(watched, event);
}

} // namespace Frise::Ui
