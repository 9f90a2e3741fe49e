// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphfeed.h"

#include "databasejob.h"
#include "databasesession.h"
#include "graphview.h"
#include "sessionmessages.h"
#include "storage/graphactivity.h"

#include <QTabWidget>
#include <QTimer>

namespace Frise::Ui {

namespace {

// Events only for databases small enough to list them: the timeline reads big ones compactly.
Dataset graphDataset(const DatabaseSession *session, bool withEvents)
{
    Dataset dataset;
    if (withEvents)
        dataset.events = session->events();
    dataset.disputes = session->disputes();
    dataset.actors = session->actors();
    dataset.tags = session->tags();
    dataset.sources = session->sources();
    dataset.claims = session->claims();
    dataset.relations = session->relations();
    dataset.statusChanges = session->statusChanges();
    return dataset;
}

QHash<RowId, Graph::EventCount> toCounts(const QHash<RowId, Storage::EventActivity> &activity)
{
    QHash<RowId, Graph::EventCount> counts;
    counts.reserve(activity.size());
    for (auto it = activity.cbegin(); it != activity.cend(); ++it)
        counts.insert(it.key(), {it->events, it->firstMinute});
    return counts;
}

} // namespace

GraphFeed::GraphFeed(DatabaseSession *session, GraphView *view, QTabWidget *tabs)
    : QObject(view)
    , m_session(session)
    , m_view(view)
{
    m_counter = new DatabaseJob(this);
    connect(m_counter, &DatabaseJob::succeeded, this, [this] {
        if (m_latest)
            show(*m_latest);
    });
    // Without counts the graph is still worth showing: sized by relations alone.
    connect(m_counter, &DatabaseJob::failed, this, [this] { show({}); });

    // Once after a burst of changes (an import emits many).
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, &GraphFeed::refresh);
    auto schedule = [timer] { timer->start(); };
    connect(session, &DatabaseSession::recordChanged, timer, schedule);
    connect(session, &DatabaseSession::recordRemoved, timer, schedule);
    connect(session, &DatabaseSession::reset, timer, schedule);
    connect(session, &DatabaseSession::recordsLoaded, timer, schedule);
    if (tabs) {
        connect(tabs, &QTabWidget::currentChanged, this, [this] {
            if (m_stale && m_view->isVisible())
                refresh();
        });
    }
}

GraphFeed::~GraphFeed() = default;

bool GraphFeed::isCounting() const
{
    return m_counter->isRunning();
}

void GraphFeed::refresh()
{
    m_stale = !m_view->isVisible();
    if (m_stale)
        return;
    if (m_session->counts(nullptr).events <= m_session->backgroundLimits().timelineEvents || !m_session->database()) {
        m_latest.reset();
        show({});
        return;
    }
    auto counts = std::make_shared<Counts>();
    m_latest = counts;
    m_counter->start(m_session->location(), [counts](Storage::Database &db, const std::atomic<bool> &) {
        Storage::StorageError error;
        const Storage::GraphActivity activity(db);
        counts->actors = toCounts(activity.actors(&error));
        if (!error)
            counts->disputes = toCounts(activity.disputes(&error));
        return error ? SessionMessages::userMessage(error) : QString();
    });
}

void GraphFeed::show(const Counts &counts)
{
    const bool listed = m_session->counts(nullptr).events <= m_session->backgroundLimits().timelineEvents;
    m_view->setDataset(graphDataset(m_session, listed), counts.actors, counts.disputes);
    Q_EMIT refreshed();
}

} // namespace Frise::Ui
