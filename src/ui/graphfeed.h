// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/graphmodel.h"

#include <QObject>

#include <memory>

class QTabWidget;

namespace Frise::Ui {

class DatabaseJob;
class DatabaseSession;
class GraphView;

/**
 * Keeps a GraphView showing the session's records: once after a burst of
 * changes, and only while the view is visible (a hidden graph catches up
 * when its tab is raised). A database too big to list its events gives the
 * graph the database's counts of them instead, computed on a worker thread,
 * so that nodes are still sized and dated by the events they take part in.
 */
class GraphFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphFeed)

public:
    /// Feeds @p view from @p session; @p tabs, when given, is where the view's tab is raised.
    GraphFeed(DatabaseSession *session, GraphView *view, QTabWidget *tabs);
    ~GraphFeed() override;

    /// Whether event counts are being computed for the next picture.
    bool isCounting() const;

public Q_SLOTS:
    /// Shows the session's records now (or when the view is next shown).
    void refresh();

Q_SIGNALS:
    /// The view was given the session's records.
    void refreshed();

private:
    struct Counts
    {
        QHash<RowId, Graph::EventCount> actors;
        QHash<RowId, Graph::EventCount> disputes;
    };

    void show(const Counts &counts);

    DatabaseSession *m_session;
    GraphView *m_view;
    DatabaseJob *m_counter = nullptr;
    std::shared_ptr<Counts> m_latest; ///< what the newest count writes into
    bool m_stale = false;
};

} // namespace Frise::Ui
