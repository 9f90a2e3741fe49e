// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineactions.h"

#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>

namespace Frise::Ui {

namespace {

const auto lanesKey = QStringLiteral("timeline/lanes");

} // namespace

TimelineActions::TimelineActions(TimelineView *view, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_window(window)
    , m_menu(new QMenu(window))
{
    m_menu->setObjectName(QStringLiteral("timelineMenu"));
    auto preset = [this](const char *name, const QKeySequence &shortcut, void (TimelineView::*show)()) {
        QAction *action = make(name, shortcut);
        connect(action, &QAction::triggered, this, [this, show] {
            (m_view->*show)();
            Q_EMIT used();
        });
        m_menu->addAction(action);
        return action;
    };
    m_fitAll = preset("actionTimelineFitAll", QKeySequence(Qt::CTRL | Qt::Key_0), &TimelineView::fitAll);
    m_decade = preset("actionTimelineDecade", QKeySequence(Qt::CTRL | Qt::Key_1), &TimelineView::showDecade);
    m_year = preset("actionTimelineYear", QKeySequence(Qt::CTRL | Qt::Key_2), &TimelineView::showYear);
    m_month = preset("actionTimelineMonth", QKeySequence(Qt::CTRL | Qt::Key_3), &TimelineView::showMonth);
    m_week = preset("actionTimelineWeek", QKeySequence(Qt::CTRL | Qt::Key_4), &TimelineView::showWeek);
    m_day = preset("actionTimelineDay", QKeySequence(Qt::CTRL | Qt::Key_5), &TimelineView::showDay);
    m_menu->addSeparator();
    // No window-wide keys: + and - already zoom the view (or the graph) that has the focus.
    m_zoomIn = preset("actionTimelineZoomIn", QKeySequence(), &TimelineView::zoomIn);
    m_zoomOut = preset("actionTimelineZoomOut", QKeySequence(), &TimelineView::zoomOut);
    m_menu->addSeparator();

    m_lanesMenu = m_menu->addMenu(QString());
    m_lanes = new QActionGroup(this);
    for (auto [action, name, mode] : {std::tuple {&m_byDispute, "actionLanesDispute", Timeline::LaneMode::Dispute},
             {&m_byActor, "actionLanesActor", Timeline::LaneMode::Actor},
             {&m_byTag, "actionLanesTag", Timeline::LaneMode::Tag},
             {&m_noLanes, "actionLanesNone", Timeline::LaneMode::None}}) {
        *action = make(name, QKeySequence());
        (*action)->setCheckable(true);
        (*action)->setData(int(mode));
        m_lanes->addAction(*action);
        m_lanesMenu->addAction(*action);
        connect(*action, &QAction::triggered, this, [this, mode] {
            setLaneMode(mode);
            QSettings().setValue(lanesKey, Timeline::laneModeCode(mode));
            Q_EMIT used();
        });
    }
    Timeline::LaneMode saved = Timeline::LaneMode::Dispute;
    Timeline::laneModeFromCode(QSettings().value(lanesKey).toString(), &saved);
    setLaneMode(saved);

    m_asOfCursor = make("actionTimelineAsOf", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_asOfCursor->setCheckable(true);
    m_menu->addAction(m_asOfCursor);
    connect(m_asOfCursor, &QAction::triggered, this, [this](bool shown) {
        // It starts in the middle of what is shown, where the journalist is looking.
        showAsOfCursor(shown, (m_view->visibleFrom() + m_view->visibleTo()) / 2);
        Q_EMIT asOfCursorToggled(shown);
        Q_EMIT used();
    });
    retranslate();
}

TimelineActions::~TimelineActions() = default;

QAction *TimelineActions::make(const char *name, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(name));
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    // In the window, not only in the menu: the shortcuts work wherever the focus is.
    m_window->addAction(action);
    return action;
}

void TimelineActions::setLaneMode(Timeline::LaneMode mode)
{
    m_view->setLaneMode(mode);
    // The group is exclusive: checking one unchecks the others.
    for (QAction *action : m_lanes->actions()) {
        if (action->data().toInt() == int(mode))
            action->setChecked(true);
    }
}

void TimelineActions::showAsOfCursor(bool shown, qint64 minutes)
{
    m_asOfCursor->setChecked(shown);
    m_view->setAsOf(shown ? std::optional<qint64>(minutes) : std::nullopt);
}

void TimelineActions::retranslate()
{
    m_menu->setTitle(tr("&Timeline"));
    m_fitAll->setText(tr("&Fit All"));
    m_decade->setText(tr("Show a &Decade"));
    m_year->setText(tr("Show a &Year"));
    m_month->setText(tr("Show a &Month"));
    m_week->setText(tr("Show a &Week"));
    m_day->setText(tr("Show a D&ay"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_lanesMenu->setTitle(tr("&Lanes"));
    m_byDispute->setText(tr("By &Dispute"));
    m_byActor->setText(tr("By &Actor"));
    m_byTag->setText(tr("By &Tag"));
    m_noLanes->setText(tr("&None (One Lane)"));
    m_asOfCursor->setText(tr("Show the \"As &Of\" Cursor"));
    m_asOfCursor->setStatusTip(tr("A line to drag along the timeline; the graph shows the relations as of its date"));
}

} // namespace Frise::Ui
