// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinedata.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace Frise::Ui {

class TimelineView;

/**
 * The Timeline menu of the main window: zoom presets (Ctrl+0 fits all,
 * Ctrl+1 to Ctrl+5 show a decade, year, month, week, day), zoom in and
 * out, lanes (by dispute, actor, tag or none, remembered between sessions)
 * and the "as of" cursor. The view's own keys (+, -, arrows, Home) work
 * when it has the focus; these work from anywhere in the window.
 */
class TimelineActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineActions)

public:
    /// The actions' shortcuts live in @p window.
    TimelineActions(TimelineView *view, QWidget *window);
    ~TimelineActions() override;

    QMenu *menu() const { return m_menu; }
    QAction *asOfCursorAction() const { return m_asOfCursor; }
    /// Shows or hides the "as of" cursor; shown, it starts at @p minutes.
    void showAsOfCursor(bool shown, qint64 minutes);
    void retranslate();

Q_SIGNALS:
    /// One of the actions acted on the view: the window brings the timeline forward.
    void used();
    /// The "as of" cursor was shown or hidden from the menu.
    void asOfCursorToggled(bool shown);

private:
    QAction *make(const char *name, const QKeySequence &shortcut);
    void setLaneMode(Timeline::LaneMode mode);

    TimelineView *m_view = nullptr;
    QWidget *m_window = nullptr;
    QMenu *m_menu = nullptr;
    QMenu *m_lanesMenu = nullptr;
    QAction *m_fitAll = nullptr;
    QAction *m_decade = nullptr;
    QAction *m_year = nullptr;
    QAction *m_month = nullptr;
    QAction *m_week = nullptr;
    QAction *m_day = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_asOfCursor = nullptr;
    QActionGroup *m_lanes = nullptr;
    QAction *m_byDispute = nullptr;
    QAction *m_byActor = nullptr;
    QAction *m_byTag = nullptr;
    QAction *m_noLanes = nullptr;
};

} // namespace Frise::Ui
