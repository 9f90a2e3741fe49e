// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "timeline/timelinedata.h"

#include <QObject>

#include <memory>

class QProgressBar;
class QStatusBar;
class QToolButton;

namespace Frise::Ui {

class DatabaseSession;
class TimelineLoader;
class TimelineOpener;
class TimelineView;

/**
 * Keeps the timeline view fed from the session. Small databases are built
 * at once on the UI thread (a few tens of ms); above the session's
 * BackgroundLimits::timelineEvents a TimelineLoader builds them in a worker,
 * with progress and a Cancel button in the status bar, while the previous
 * timeline stays on screen. Opening a database shows its busiest period (TimelineOpener); edits of
 * what the timeline draws rebuild it once per burst (claims, sources and
 * relations do not: at a million events that would be seconds for nothing).
 */
class TimelineController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineController)

public:
    /// Its progress bar and Cancel button go to @p statusBar.
    TimelineController(DatabaseSession *session, TimelineView *view, QStatusBar *statusBar, QObject *parent);
    ~TimelineController() override;

    TimelineLoader *loader() const { return m_loader; }
    /// True while a build in the background runs: the view still shows the previous timeline.
    bool isLoading() const;
    /// The event to select again in a rebuilt timeline (0: none).
    void setSelectedEvent(RowId id) { m_selectedEvent = id; }
    /// Reads the timeline again from storage; @p reset shows nothing of the previous database meanwhile and fits the
    /// view once loaded.
    void refresh(bool reset);
    void retranslate();

Q_SIGNALS:
    /// The timeline could not be read, in words for the user.
    void failed(const QString &message);

private:
    void show(std::shared_ptr<const Timeline::TimelineData> data, bool reset);
    void setLoading(bool loading);

    DatabaseSession *m_session = nullptr;
    TimelineView *m_view = nullptr;
    QStatusBar *m_statusBar = nullptr;
    TimelineLoader *m_loader = nullptr;
    TimelineOpener *m_opener = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    RowId m_selectedEvent = 0;
    bool m_fitPending = false;
};

} // namespace Frise::Ui
