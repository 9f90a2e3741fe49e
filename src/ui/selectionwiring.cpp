// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionwiring.h"

#include "databasesession.h"
#include "graphview.h"
#include "mainwindow.h"
#include "recordtype.h"
#include "timelineview.h"

#include "timeline/timelinefilter.h"

namespace Frise::Ui {

namespace {

/// Selects on @p timeline the events @p filter lets through (none when it has no data yet).
void selectEventsOf(TimelineView *timeline, const Timeline::TimelineFilter &filter)
{
    const Timeline::TimelineData *data = timeline->data();
    if (!data)
        return;
    const std::vector<quint8> flags = filter.apply(*data);
    QList<RowId> ids;
    for (size_t i = 0; i < flags.size(); ++i) {
        if (flags[i])
            ids.append(data->id(qsizetype(i)));
    }
    timeline->setSelection(ids);
}

/// An actor or dispute no longer selected: its events neither, only the event selected now if any. (Another actor
/// or dispute selects its own events.)
void dropEventsOf(MainWindow *window, TimelineView *timeline)
{
    const QString entity = window->currentEntity();
    if (entity == RecordNames::actor || entity == RecordNames::dispute)
        return;
    const bool event = entity == RecordNames::event && window->currentId();
    timeline->setSelection(event ? QList<RowId> {window->currentId()} : QList<RowId> {});
}

} // namespace

void connectRecordSelection(MainWindow *window, TimelineView *timeline, GraphView *graph)
{
    QObject::connect(graph, &GraphView::disputeSelected, window,
        [window](RowId id) { window->selectRecord(RecordNames::dispute, id); });
    QObject::connect(window, &MainWindow::currentDisputeChanged, graph, &GraphView::selectDispute);

    // Emitted after currentEventChanged(), which the timeline has followed.
    QObject::connect(window, &MainWindow::currentActorChanged, timeline, [window, timeline](RowId id) {
        if (!id)
            return dropEventsOf(window, timeline);
        const std::optional<Actor> actor = window->session()->find<Actor>(id);
        Timeline::TimelineFilter filter;
        filter.actorKey = Timeline::laneKey(id, actor ? actor->uid : QString());
        selectEventsOf(timeline, filter);
    });
    QObject::connect(window, &MainWindow::currentDisputeChanged, timeline, [window, timeline](RowId id) {
        if (!id)
            return dropEventsOf(window, timeline);
        const std::optional<Dispute> dispute = window->session()->find<Dispute>(id);
        Timeline::TimelineFilter filter;
        filter.disputeKey = Timeline::laneKey(id, dispute ? dispute->uid : QString());
        selectEventsOf(timeline, filter);
    });
}

} // namespace Frise::Ui
