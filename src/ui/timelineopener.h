// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace Frise::Ui {

class TimelineView;

/**
 * Opens a TimelineView on its readable first view (Timeline::OpeningRange:
 * the period holding most events, at a zoom where labels fit) once the view
 * has its real width: a database is often opened before the window shows,
 * when the view is a few pixels wide and nothing would seem to fit.
 */
class TimelineOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineOpener)

public:
    explicit TimelineOpener(TimelineView *view);

    /// Opens on the data the view holds: at once if the view is shown, else when it first is.
    void openWhenShown();
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool tryOpen();

    TimelineView *m_view = nullptr;
    /// The view's viewport, kept from the start: events reach the filter while the view is being destroyed, when
    /// calling into it is undefined.
    QWidget *m_viewport = nullptr;
    bool m_pending = false;
};

} // namespace Frise::Ui
