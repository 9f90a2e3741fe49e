// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinefilter.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Frise::Ui {

/**
 * The interactive timeline: a custom-painted scroll area over a
 * Timeline::TimelineData (never one widget or scene item per event).
 *
 * The layout is cached and recomputed only when the range, the size, the
 * data, the filter, the lane mode or the language change; scrolling,
 * hovering and selecting only repaint.
 *
 * Mouse: wheel and pinch zoom around the cursor (Shift+wheel pans), drag pans,
 * Shift+drag selects with a rubber band, click selects (Ctrl toggles),
 * double-click activates, clicking a cluster zooms into it, the "as of"
 * cursor can be dragged. Keyboard: Left and Right select the previous and
 * next event of the lane, Up and Down the nearest event in the lane above or
 * below, Home and End the lane's first and last (the view follows), Enter
 * edits the selected event; + and - zoom, Ctrl+arrows pan and scroll,
 * Ctrl+Home fits everything. Accessibility tools see the events shown as
 * children (TimelineAccessible).
 */
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /// Shows @p data; @p titles supplies labels and tooltips (may be null). Fits all.
    void setData(
        std::shared_ptr<const Timeline::TimelineData> data, std::shared_ptr<const Timeline::TitleProvider> titles);
    const Timeline::TimelineData *data() const { return m_data.get(); }
    const Timeline::TitleProvider *titleProvider() const { return m_titles.get(); }
    /// The same, shared: for an export that draws what the view shows.
    std::shared_ptr<const Timeline::TimelineData> sharedData() const { return m_data; }
    std::shared_ptr<const Timeline::TitleProvider> sharedTitleProvider() const { return m_titles; }
    /// Replaces the data after an edit: keeps the visible range and the selected events that remain.
    void updateData(
        std::shared_ptr<const Timeline::TimelineData> data, std::shared_ptr<const Timeline::TitleProvider> titles);

    void setLaneMode(Timeline::LaneMode mode);
    Timeline::LaneMode laneMode() const { return m_laneMode; }
    /// The language of titles, lane names and axis labels.
    void setContentLanguage(Language language);
    Language contentLanguage() const { return m_language; }

    /// Shows only the events whose id is in @p ids (applied live).
    void setVisibleIds(const QSet<RowId> &ids);
    /// Shows only the events for which @p keep is true (applied live, and again to new data).
    void setFilter(const std::function<bool(RowId)> &keep);
    /// Shows only the events that pass @p filter; an empty one shows all.
    void setFilter(const Timeline::TimelineFilter &filter);
    void clearFilter();
    bool isFiltered() const { return bool(m_filterFlags); }
    /// How many events pass the filter (all of them when there is none).
    qsizetype shownCount() const { return m_shownCount; }

    /// The visible time range, minutes since the epoch.
    qint64 visibleFrom() const { return qint64(m_from); }
    qint64 visibleTo() const { return qint64(m_to); }
    void setVisibleRange(qint64 from, qint64 to);
    /// The instant under viewport x coordinate @p x (minutes, fractional).
    double timeAt(double x) const;
    /// The viewport x coordinate of @p minutes.
    double xAt(double minutes) const;
    /// Zooms by @p factor (< 1 zooms in) keeping the instant under viewport x @p anchorX in place.
    void zoomBy(double factor, double anchorX);
    /// Where event @p id is drawn, in viewport coordinates (empty when not drawn as an item).
    QRectF itemRect(RowId id) const;
    /// The viewport x of the layout's pixel 0: an instant is drawn at plotLeft() + layout().scale().toPixel().
    double plotLeft() const;
    /// The tooltip over viewport point @p pos, in the content language (empty over nothing).
    QString toolTipAt(QPointF pos) const;

    QList<RowId> selection() const;
    void setSelection(const QList<RowId> &ids);
    /// The selected event the keyboard moves from (and Enter edits); 0 when none is selected.
    RowId currentEvent() const;
    /// The lane (index in the data for laneMode()) the keyboard moves along, -1 before the first move.
    int currentLane() const { return m_currentLane; }

    std::optional<qint64> asOf() const { return m_asOf; }
    void setAsOf(std::optional<qint64> minutes);

    /// The current layout (recomputed first if needed).
    const Timeline::TimelineLayout &layout() const;
    /// Colours and fonts the view draws with (they follow the palette).
    const Timeline::TimelineStyle &timelineStyle() const { return m_painter.style(); }

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void showDecade();
    void showYear();
    void showMonth();
    void showWeek();
    void showDay();

Q_SIGNALS:
    void selectionChanged(const QList<Frise::RowId> &ids);
    /// Double-click on an event: edit it.
    void eventActivated(Frise::RowId id);
    void asOfChanged(qint64 minutes);
    void visibleRangeChanged(qint64 from, qint64 to);
    /// The filter, or the data it applies to, changed: @p shown of @p total events pass.
    void filterApplied(qsizetype shown, qsizetype total);
    /// A frame was painted (for start-up timing).
    void framePainted();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    enum class Drag { None, Pan, RubberBand, AsOf };

    void applyFilter();
    /// Arrow keys, Home, End, Enter without Ctrl: moves the selection (timelinekeyboard.cpp); false when not such a
    /// key.
    bool navigateByKey(QKeyEvent *event);
    /// Brings event @p id, drawn in @p lane, into sight (closer when it is only counted in a cluster).
    void scrollToEvent(RowId id, int lane);
    void scrollLaneIntoSight(int lane, RowId id);
    /// Event @p id as laid out in @p lane, or null (out of range, in a cluster, or lane not binned).
    const Timeline::LayoutItem *laidOutItem(RowId id, int lane) const;

    void invalidate();
    void ensureLayout() const;
    void showSpan(double minutes);
    void setRange(double from, double to);
    void updateScrollBars();
    double plotWidth() const;
    /// Viewport point to layout (lane) coordinates.
    QPointF toLayout(QPointF viewportPoint) const;
    void setSelectionSet(const QSet<RowId> &ids);

    std::shared_ptr<const Timeline::TimelineData> m_data;
    std::shared_ptr<const Timeline::TitleProvider> m_titles;
    mutable Timeline::TimelineLayout m_layout;
    /// Makes the filter's per-event flags; kept to filter the data that replaces the current one.
    std::function<std::vector<quint8>(const Timeline::TimelineData &)> m_filterFlags;
    qsizetype m_shownCount = 0;
    mutable bool m_dirty = true;
    mutable double m_binTop = 0; ///< lanes binned by the last layout, in lane coordinates
    mutable double m_binBottom = 0;
    mutable int m_labelPasses = 0; ///< relayouts in a row to measure pending titles
    Timeline::TimelinePainter m_painter;
    Timeline::LaneMode m_laneMode = Timeline::LaneMode::Dispute;
    Language m_language = Language::English;
    double m_from = 0;
    double m_to = 1;
    QSet<RowId> m_selection;
    RowId m_currentEvent = 0; ///< where keyboard moves start, while selected
    int m_currentLane = -1;
    RowId m_hovered = 0;
    std::optional<qint64> m_asOf;
    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    double m_pressFrom = 0;
    double m_pressTo = 0;
    int m_pressScroll = 0;
    bool m_moved = false;
    QRect m_rubberBand;
};

} // namespace Frise::Ui
