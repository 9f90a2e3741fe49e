// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Frise::Ui {

class GraphView;
class MainWindow;
class TimelineView;

/**
 * Makes an actor or dispute picked anywhere (graph, navigator, search,
 * inspector links) selected everywhere: the graph clicks go to the window's
 * selection, and the window's selection shows in the graph and, as the
 * record's events, on the timeline.
 */
void connectRecordSelection(MainWindow *window, TimelineView *timeline, GraphView *graph);

} // namespace Frise::Ui
