// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecontroller.h"

#include "databasesession.h"
#include "recordtype.h"
#include "timeline/storagetitleprovider.h"
#include "timeline/timelinebuilder.h"
#include "timelineloader.h"
#include "timelineopener.h"
#include "timelineview.h"

#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace Frise::Ui {

TimelineController::TimelineController(
    DatabaseSession *session, TimelineView *view, QStatusBar *statusBar, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_view(view)
    , m_statusBar(statusBar)
    , m_loader(new TimelineLoader(this))
    , m_opener(new TimelineOpener(view))
    , m_progress(new QProgressBar(statusBar))
    , m_cancel(new QToolButton(statusBar))
{
    m_progress->setMaximumWidth(180);
    m_progress->setRange(0, 100);
    m_progress->hide();
    statusBar->addPermanentWidget(m_progress);
    m_cancel->setObjectName(QStringLiteral("timelineLoadCancel"));
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    statusBar->addPermanentWidget(m_cancel);

    connect(m_loader, &TimelineLoader::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0);
    });
    connect(m_loader, &TimelineLoader::finished, this, [this](std::shared_ptr<const Timeline::TimelineData> data) {
        setLoading(false);
        show(std::move(data), m_fitPending);
    });
    connect(m_loader, &TimelineLoader::failed, this, [this](const QString &message) {
        setLoading(false);
        Q_EMIT failed(message);
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        setLoading(false);
        m_statusBar->showMessage(tr("Timeline loading cancelled."), 5000);
    });
    connect(session, &DatabaseSession::reset, this, [this] {
        m_selectedEvent = 0; // an id of the previous database
        refresh(true);
    });

    // Edits: once after a burst of changes (an import emits many).
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(0);
    connect(timer, &QTimer::timeout, this, [this] { refresh(false); });
    auto schedule = [timer](const QString &entity) {
        const RecordType *type = RecordType::find(entity);
        if (!type || type->drawnOnTimeline)
            timer->start();
    };
    connect(session, &DatabaseSession::recordChanged, timer, schedule);
    connect(session, &DatabaseSession::recordRemoved, timer, schedule);
}

TimelineController::~TimelineController() = default;

bool TimelineController::isLoading() const
{
    return m_loader->isRunning();
}

void TimelineController::retranslate()
{
    m_progress->setFormat(tr("Timeline %p%"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading the timeline"));
}

void TimelineController::setLoading(bool loading)
{
    m_progress->setVisible(loading);
    m_cancel->setVisible(loading);
    if (loading) {
        m_progress->setValue(0);
        retranslate();
    }
}

void TimelineController::refresh(bool reset)
{
    if (reset) {
        m_loader->cancel();
        setLoading(false);
        // Nothing of the previous database stays on screen while the new one loads.
        auto empty = std::make_shared<Timeline::TimelineData>();
        empty->finish();
        m_view->setData(std::move(empty), nullptr);
    }
    if (!m_session->isOpen())
        return;
    const qint64 events = m_session->counts(nullptr).events;
    // While the session's lists load, the timeline reads its lanes itself rather than wait.
    std::optional<Timeline::TimelineLanes> lanes;
    if (!m_session->isLoading())
        lanes = Timeline::TimelineLanes::of(m_session->disputes(), m_session->actors(), m_session->tags(),
            m_session->eras(), m_session->statusChanges());
    m_fitPending = reset || (m_fitPending && m_loader->isRunning());
    if (events <= m_session->backgroundLimits().timelineEvents) {
        m_loader->cancel();
        setLoading(false);
        Storage::StorageError error;
        if (!lanes)
            lanes = Timeline::TimelineLanes::read(*m_session->database(), &error);
        std::shared_ptr<const Timeline::TimelineData> data
            = error ? nullptr : Timeline::TimelineBuilder::build(*m_session->database(), *lanes, events, &error);
        if (!data) {
            m_session->reportError(error);
            return;
        }
        show(std::move(data), m_fitPending);
        return;
    }
    // The previous data stays on screen (and usable) until the new one is ready.
    m_loader->start(m_session->location(), lanes, events);
    setLoading(true);
}

void TimelineController::show(std::shared_ptr<const Timeline::TimelineData> data, bool reset)
{
    if (!m_session->isOpen())
        return;
    auto titles = std::make_shared<const Timeline::StorageTitleProvider>(m_session->database(), data);
    if (reset) {
        m_view->setData(std::move(data), std::move(titles));
        // A newly opened database shows its busiest period readably, not everything squeezed.
        m_opener->openWhenShown();
    } else
        m_view->updateData(std::move(data), std::move(titles));
    m_fitPending = false;
    if (m_selectedEvent)
        m_view->setSelection({m_selectedEvent});
}

} // namespace Frise::Ui
