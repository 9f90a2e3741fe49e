// SPDX-License-Identifier: GPL-3.0-or-later
#include "../timeline/timelinefixture.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QHelpEvent>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineView final : public QObject
{
    Q_OBJECT

private:
    /// The fixture, with @p extra events, shown in a 1400×700 view.
    std::unique_ptr<Ui::TimelineView> makeView(const QList<Event> &extra = {})
    {
        auto view = std::make_unique<Ui::TimelineView>();
        view->resize(1400, 700);
        m_dataset = Test::timelineFixture();
        m_dataset.events.append(extra);
        view->setData(std::make_shared<TimelineData>(TimelineData::fromDataset(m_dataset)),
            std::shared_ptr<TitleProvider>(TimelineData::titleProvider(m_dataset)));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        return view;
    }

    static void wheel(QWidget *viewport, QPoint pos, int delta, Qt::KeyboardModifiers modifiers = {})
    {
        QWheelEvent event(QPointF(pos), QPointF(viewport->mapToGlobal(pos)), QPoint(), QPoint(0, delta), Qt::NoButton,
            modifiers, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &event);
    }

    Dataset m_dataset;

    static constexpr RowId minuteEventId = 100;
    /// An event at 2023-04-19T10:30 in the first dispute: a diamond centred on 10:30:30 at minute zoom.
    static Event minuteEvent()
    {
        Event e;
        e.id = minuteEventId;
        e.uid = QStringLiteral("event-minute");
        e.title = BilingualText::both(QStringLiteral("Point presse"), QStringLiteral("Press briefing"));
        e.start = FuzzyDate::fromIsoText(QStringLiteral("2023-04-19T10:30"));
        e.disputeIds = {1};
        return e;
    }
    static qint64 minuteEventAt()
    {
        return FuzzyDate::fromIsoText(QStringLiteral("2023-04-19T10:30")).earliestMinutes();
    }

    /// Shows @p span minutes around the minute event (0: everything, as after setData()).
    static void showAroundMinuteEvent(Ui::TimelineView *view, qint64 span)
    {
        if (span > 0)
            view->setVisibleRange(minuteEventAt() - span / 2, minuteEventAt() + span / 2);
    }

    /// Where @p minutes is drawn: the layout's pixel in viewport coordinates.
    static double drawnX(const Ui::TimelineView &view, double minutes)
    {
        return view.plotLeft() + view.layout().scale().toPixel(minutes);
    }

    /// @p events day events spread over 2000-2019, dealt round-robin into @p lanes dispute lanes.
    static std::shared_ptr<TimelineData> manyLanes(int lanes, int events)
    {
        auto data = std::make_shared<TimelineData>();
        for (int l = 0; l < lanes; ++l) {
            data->addLane(LaneMode::Dispute,
                {QString::number(l), QStringLiteral("Litige %1").arg(l), QStringLiteral("Dispute %1").arg(l),
                    QColor()});
        }
        for (int i = 0; i < events; ++i) {
            const QDate day = QDate(2000, 1, 1).addDays((i * 7919) % 7300);
            const int lane[] = {i % lanes};
            data->append(TimelineEventRecord::fromDates(i + 1, FuzzyDate::fromDay(day), FuzzyDate()), lane);
        }
        data->finish();
        return data;
    }

private Q_SLOTS:
    void wheelZoomKeepsInstantUnderCursor_data()
    {
        QTest::addColumn<qint64>("span"); // minutes shown first, around the minute event (0: everything)
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("delta");
        QTest::addColumn<int>("steps");
        QTest::newRow("in left") << qint64(0) << 100 << 120 << 3;
        QTest::newRow("in middle") << qint64(0) << 700 << 120 << 10;
        QTest::newRow("in right") << qint64(0) << 1300 << 240 << 5;
        QTest::newRow("out middle") << qint64(0) << 640 << -120 << 4;
        QTest::newRow("deep in") << qint64(0) << 400 << 360 << 12;
        // A minute is tens of pixels: a drift of a fraction of a minute shows.
        QTest::newRow("hour in") << qint64(120) << 500 << 120 << 3;
        QTest::newRow("hour out") << qint64(40) << 900 << -120 << 4;
        QTest::newRow("minutes, half notches") << qint64(90) << 333 << 60 << 6;
    }

    void wheelZoomKeepsInstantUnderCursor()
    {
        QFETCH(qint64, span);
        QFETCH(int, x);
        QFETCH(int, delta);
        QFETCH(int, steps);
        auto view = makeView({minuteEvent()});
        QVERIFY(view);
        showAroundMinuteEvent(view.get(), span);
        const double before = view->timeAt(x);
        const double spanBefore = view->visibleTo() - view->visibleFrom();
        for (int i = 0; i < steps; ++i) {
            wheel(view->viewport(), QPoint(x, 300), delta);
            const double resolution = double(view->visibleTo() - view->visibleFrom()) / view->viewport()->width();
            QVERIFY2(std::abs(view->timeAt(x) - before) <= std::max(resolution, 1.0),
                qPrintable(QStringLiteral("drifted by %1 minutes").arg(view->timeAt(x) - before)));
            QVERIFY(std::abs(view->xAt(before) - x) < 1.0);
            // And it is drawn there, not a fraction of a minute away.
            QVERIFY2(std::abs(drawnX(*view, before) - x) < 1.0,
                qPrintable(QStringLiteral("drawn at %1, cursor at %2").arg(drawnX(*view, before)).arg(x)));
        }
        const double spanAfter = view->visibleTo() - view->visibleFrom();
        QVERIFY(delta > 0 ? spanAfter < spanBefore : spanAfter > spanBefore);
        if (span > 0) {
            // The minute event's diamond is centred on the middle of its minute, where xAt() puts it.
            const QRectF marker = view->itemRect(minuteEventId);
            QVERIFY(!marker.isEmpty());
            QVERIFY(std::abs(marker.center().x() - view->xAt(double(minuteEventAt()) + 0.5)) < 1.0);
        }
    }

    void clickSelectsTheEvent_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::newRow("point") << qint64(2);
        QTest::newRow("escaped title") << qint64(4);
        QTest::newRow("span") << qint64(16);
        QTest::newRow("year") << qint64(23);
    }

    void clickSelectsTheEvent()
    {
        QFETCH(qint64, id);
        auto view = makeView();
        QVERIFY(view);
        view->setVisibleRange(FuzzyDate::fromIsoText(QStringLiteral("2022-06")).earliestMinutes(),
            FuzzyDate::fromIsoText(QStringLiteral("2023-12")).latestMinutes());
        const QRectF rect = view->itemRect(id);
        QVERIFY2(!rect.isEmpty(), "event not drawn as an item");
        QSignalSpy selection(view.get(), &Ui::TimelineView::selectionChanged);
        QSignalSpy activated(view.get(), &Ui::TimelineView::eventActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(selection.size(), 1);
        QCOMPARE(selection.first().first().value<QList<RowId>>(), QList<RowId> {id});
        QCOMPARE(view->selection(), QList<RowId> {id});
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<RowId>(), id);
        // A click on empty space clears the selection.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(5, view->viewport()->height() - 5));
        QVERIFY(view->selection().isEmpty());
    }

    void rubberBandSelects()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy selection(view.get(), &Ui::TimelineView::selectionChanged);
        const QWidget *vp = view->viewport();
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(2, 40));
        QTest::mouseMove(view->viewport(), QPoint(vp->width() / 2, vp->height() / 2));
        QTest::mouseMove(view->viewport(), QPoint(vp->width() - 2, vp->height() - 2));
        QTest::mouseRelease(
            view->viewport(), Qt::LeftButton, Qt::ShiftModifier, QPoint(vp->width() - 2, vp->height() - 2));
        QCOMPARE(selection.size(), 1);
        QVERIFY(view->selection().size() >= 10);
    }

    void dragPans_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::newRow("everything") << qint64(0);
        QTest::newRow("hour") << qint64(40); // about 34 px a minute
    }

    void dragPans()
    {
        QFETCH(qint64, span);
        auto view = makeView({minuteEvent()});
        QVERIFY(view);
        showAroundMinuteEvent(view.get(), span);
        const double at = view->timeAt(300);
        const QRectF markerBefore = view->itemRect(minuteEventId);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(view->viewport(), QPoint(400, 200));
        QTest::mouseMove(view->viewport(), QPoint(500, 200));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(500, 200));
        // What was under x = 300 is now under the cursor at x = 500, and drawn there.
        const double resolution = double(view->visibleTo() - view->visibleFrom()) / view->viewport()->width();
        QVERIFY(std::abs(view->timeAt(500) - at) <= resolution);
        QVERIFY2(std::abs(drawnX(*view, at) - 500) < 1.0, qPrintable(QString::number(drawnX(*view, at))));
        if (span > 0) {
            // Items move with the cursor, pixel for pixel, not by whole minutes.
            const QRectF marker = view->itemRect(minuteEventId);
            QVERIFY(!markerBefore.isEmpty() && !marker.isEmpty());
            QVERIFY2(std::abs(marker.center().x() - markerBefore.center().x() - 200) < 1.0,
                qPrintable(QString::number(marker.center().x() - markerBefore.center().x())));
        }
    }

    void presetsAndKeys_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("days");
        QTest::newRow("decade") << QStringLiteral("showDecade") << 3652.5;
        QTest::newRow("year") << QStringLiteral("showYear") << 365.25;
        QTest::newRow("month") << QStringLiteral("showMonth") << 30.4375;
        QTest::newRow("week") << QStringLiteral("showWeek") << 7.0;
        QTest::newRow("day") << QStringLiteral("showDay") << 1.0;
    }

    void presetsAndKeys()
    {
        QFETCH(QString, preset);
        QFETCH(double, days);
        auto view = makeView();
        QVERIFY(view);
        const qint64 fullFrom = view->visibleFrom();
        const qint64 fullTo = view->visibleTo();
        QVERIFY(QMetaObject::invokeMethod(view.get(), qPrintable(preset)));
        QVERIFY(std::abs(double(view->visibleTo() - view->visibleFrom()) - days * 1440) <= 2);
        const qint64 span = view->visibleTo() - view->visibleFrom();
        QTest::keyClick(view.get(), Qt::Key_Plus);
        QVERIFY(view->visibleTo() - view->visibleFrom() < span);
        QTest::keyClick(view.get(), Qt::Key_Minus);
        QTest::keyClick(view.get(), Qt::Key_Minus);
        QVERIFY(view->visibleTo() - view->visibleFrom() > span);
        const qint64 from = view->visibleFrom();
        QTest::keyClick(view.get(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(view->visibleFrom() > from);
        QTest::keyClick(view.get(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view->visibleFrom(), fullFrom);
        QCOMPARE(view->visibleTo(), fullTo);
    }

    void asOfCursorDrags_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::newRow("everything") << qint64(0);
        QTest::newRow("hour") << qint64(40);
    }

    void asOfCursorDrags()
    {
        QFETCH(qint64, span);
        auto view = makeView({minuteEvent()});
        QVERIFY(view);
        showAroundMinuteEvent(view.get(), span);
        // A zoom step leaves the range between whole minutes.
        view->zoomBy(0.93, 333);
        const qint64 start
            = span > 0 ? minuteEventAt() : FuzzyDate::fromIsoText(QStringLiteral("2024-01-01")).earliestMinutes();
        view->setAsOf(start);
        // The line is drawn where the view hit-tests it.
        QVERIFY(std::abs(drawnX(*view, double(start)) - view->xAt(double(start))) < 0.5);
        QSignalSpy spy(view.get(), &Ui::TimelineView::asOfChanged);
        const int x = int(std::lround(view->xAt(double(start))));
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(x, 200));
        QTest::mouseMove(view->viewport(), QPoint(x + 60, 200));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(x + 60, 200));
        QVERIFY(spy.size() >= 1);
        QVERIFY(*view->asOf() > start);
        // The cursor holds whole minutes: drawn within half a minute of the mouse.
        const double halfMinute = 0.5 / view->layout().scale().resolution();
        QVERIFY(std::abs(view->xAt(double(*view->asOf())) - (x + 60)) < std::max(1.5, halfMinute + 0.5));
        QVERIFY(std::abs(drawnX(*view, double(*view->asOf())) - view->xAt(double(*view->asOf()))) < 0.5);
        // Dragging the cursor does not pan.
        QVERIFY(std::abs(view->xAt(double(start)) - x) < 1.0);
    }

    void pinchZooms_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<double>("value"); // scale change per gesture event
        QTest::newRow("in") << qint64(0) << 0.2;
        QTest::newRow("out") << qint64(0) << -0.15;
        QTest::newRow("in at minutes") << qint64(60) << 0.1;
    }

    void pinchZooms()
    {
        QFETCH(qint64, span);
        QFETCH(double, value);
        auto view = makeView({minuteEvent()});
        QVERIFY(view);
        showAroundMinuteEvent(view.get(), span);
        const QPointF pos(420, 250);
        const double before = view->timeAt(pos.x());
        const double spanBefore = view->timeAt(view->plotLeft() + 100) - view->timeAt(view->plotLeft());
        for (int i = 0; i < 3; ++i) {
            QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pos, pos,
                view->viewport()->mapToGlobal(pos), value, QPointF());
            QApplication::sendEvent(view->viewport(), &event);
            QVERIFY(event.isAccepted());
        }
        const double spanAfter = view->timeAt(view->plotLeft() + 100) - view->timeAt(view->plotLeft());
        // Three steps of exp(-value) each, around the fingers.
        QVERIFY2(std::abs(spanAfter / spanBefore - std::exp(-3 * value)) < 1e-6,
            qPrintable(QString::number(spanAfter / spanBefore)));
        QVERIFY(std::abs(view->xAt(before) - pos.x()) < 1.0);
        QVERIFY(std::abs(drawnX(*view, before) - pos.x()) < 1.0);
        // Other gestures leave the range alone.
        const qint64 from = view->visibleFrom();
        QNativeGestureEvent rotate(Qt::RotateNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pos, pos,
            view->viewport()->mapToGlobal(pos), 15, QPointF());
        QApplication::sendEvent(view->viewport(), &rotate);
        QCOMPARE(view->visibleFrom(), from);
    }

    void tooltipOverEvent_data()
    {
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("otherTitle");
        QTest::newRow("fr") << int(Language::French) << QStringLiteral("Microsoft retire Twitter de sa plateforme pub")
                            << QStringLiteral("19 avril 2023") << QStringLiteral("Microsoft drops Twitter");
        QTest::newRow("en") << int(Language::English) << QStringLiteral("Microsoft drops Twitter from ad platform")
                            << QStringLiteral("19 April 2023") << QStringLiteral("Microsoft retire Twitter");
    }

    void tooltipOverEvent()
    {
        QFETCH(int, lang);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QString, otherTitle);
        auto view = makeView();
        QVERIFY(view);
        view->setContentLanguage(Language(lang));
        view->setVisibleRange(FuzzyDate::fromIsoText(QStringLiteral("2022-06")).earliestMinutes(),
            FuzzyDate::fromIsoText(QStringLiteral("2023-12")).latestMinutes());
        const QRectF rect = view->itemRect(3);
        QVERIFY(!rect.isEmpty());
        const QPoint pos = rect.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &help);
        const QString text = QToolTip::text();
        QToolTip::hideText();
        QVERIFY2(text.contains(title) && text.contains(date), qPrintable(text));
        QVERIFY2(!text.contains(otherTitle), qPrintable(text));
        QCOMPARE(view->toolTipAt(pos), text);
        // Over nothing, no tooltip.
        QVERIFY(view->toolTipAt(QPointF(5, view->viewport()->height() - 5)).isEmpty());
    }

    void tooltipOverCluster_data()
    {
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("otherWord");
        QTest::newRow("fr") << int(Language::French) << QStringLiteral("événement") << QStringLiteral("event");
        QTest::newRow("en") << int(Language::English) << QStringLiteral("event") << QStringLiteral("événement");
    }

    void tooltipOverCluster()
    {
        QFETCH(int, lang);
        QFETCH(QString, word);
        QFETCH(QString, otherWord);
        Ui::TimelineView view;
        view.resize(1000, 400);
        view.setData(manyLanes(2, 4000), {});
        view.setContentLanguage(Language(lang));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const TimelineLayout &layout = view.layout();
        QVERIFY(!layout.clusters().empty());
        // The fullest bin of the first lane, in viewport coordinates.
        const auto fullest = std::max_element(layout.clusters().begin(), layout.clusters().end(),
            [](const LayoutCluster &a, const LayoutCluster &b) { return a.count < b.count; });
        const LayoutCluster cluster = *fullest;
        QVERIFY(cluster.count > 1);
        const QPoint pos = (cluster.rect.center() + QPointF(view.plotLeft(), TimelineStyle().axisHeight)).toPoint();
        QHelpEvent help(QEvent::ToolTip, pos, view.viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view.viewport(), &help);
        const QString text = QToolTip::text();
        QToolTip::hideText();
        const QLocale locale = localeFor(Language(lang));
        const QString count = locale.toString(cluster.count);
        const QString from
            = locale.toString(FuzzyDate::dateTimeFromMinutes(cluster.from).date(), QStringLiteral("d MMM yyyy"));
        QVERIFY2(text.startsWith(count % QLatin1Char(' ') % word), qPrintable(text));
        QVERIFY2(text.contains(from), qPrintable(text));
        QVERIFY2(!text.contains(otherWord), qPrintable(text));
        QCOMPARE(view.toolTipAt(pos), text);
    }

    void filterAndLanguageApplyLive()
    {
        auto view = makeView();
        QVERIFY(view);
        const size_t all = view->layout().items().size() + size_t(view->layout().clusters().size());
        view->setVisibleIds({2, 3, 18});
        std::vector<RowId> ids;
        for (const LayoutItem &item : view->layout().items())
            ids.push_back(item.id);
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (std::vector<RowId> {2, 3, 18}));
        QVERIFY(view->layout().clusters().empty());
        view->clearFilter();
        QCOMPARE(view->layout().items().size() + size_t(view->layout().clusters().size()), all);

        view->setContentLanguage(Language::French);
        QCOMPARE(view->layout().lanes().front().label, QStringLiteral("X contre Microsoft"));
        view->setContentLanguage(Language::English);
        QCOMPARE(view->layout().lanes().front().label, QStringLiteral("X vs Microsoft"));
        view->setLaneMode(LaneMode::Actor);
        QCOMPARE(view->layout().lanes().front().label, QStringLiteral("X Corp."));
    }

    void paintsWithoutLayoutChurn()
    {
        auto view = makeView();
        QVERIFY(view);
        const TimelineLayout *layout = &view->layout();
        const auto itemsBefore = layout->items().size();
        view->verticalScrollBar()->setValue(10);
        view->setSelection({2});
        view->viewport()->repaint();
        QCOMPARE(layout->items().size(), itemsBefore);
        QImage image(view->viewport()->size(), QImage::Format_ARGB32);
        view->viewport()->render(&image);
        QVERIFY(!image.isNull());
    }

    void histogramsBinnedWhereScrolled_data()
    {
        QTest::addColumn<double>("at"); // where to scroll, as a fraction of the scroll range
        QTest::newRow("top") << 0.0;
        QTest::newRow("middle") << 0.5;
        QTest::newRow("bottom") << 1.0;
    }

    void histogramsBinnedWhereScrolled()
    {
        // Dense lanes are binned only near the visible ones: scrolling far binds the ones shown.
        QFETCH(double, at);
        constexpr int events = 40000;
        const auto data = manyLanes(80, events);
        Ui::TimelineView view;
        view.resize(1000, 400);
        view.setData(data, {});
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.layout().placedCount(), qint64(events));
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 3 * view.viewport()->height());
        bar->setValue(int(std::lround(at * bar->maximum())));
        view.viewport()->repaint();
        const TimelineLayout &layout = view.layout();
        QCOMPARE(layout.placedCount(), qint64(events));
        const double top = bar->value();
        const double bottom = top + view.viewport()->height();
        int shown = 0;
        for (const LayoutLane &l : layout.lanes()) {
            QVERIFY(l.aggregated);
            if (l.top < bottom && l.top + l.height > top) {
                ++shown;
                QVERIFY2(l.binned, qPrintable(l.label));
                QVERIFY(l.clusterEnd > l.clusterBegin);
            }
        }
        QVERIFY(shown > 0);
        // Lanes far from the view are counted without bins.
        QVERIFY(
            std::any_of(layout.lanes().begin(), layout.lanes().end(), [](const LayoutLane &l) { return !l.binned; }));
    }

    void detailedLanesFilledWhereScrolled()
    {
        // Detailed lanes far from the view are packed but not filled: scrolling to them fills them.
        constexpr int events = 40000;
        const auto data = manyLanes(80, events);
        Ui::TimelineView view;
        view.resize(1000, 400);
        view.setData(data, {});
        view.setVisibleRange(FuzzyDate::fromIsoText(QStringLiteral("2010")).earliestMinutes(),
            FuzzyDate::fromIsoText(QStringLiteral("2010")).latestMinutes());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *bar = view.verticalScrollBar();
        QVERIFY(bar->maximum() > 3 * view.viewport()->height());
        const qint64 placed = view.layout().placedCount();
        const double height = view.layout().height();
        QVERIFY(std::any_of(view.layout().lanes().begin(), view.layout().lanes().end(),
            [](const LayoutLane &l) { return !l.binned && !l.aggregated; }));
        bar->setValue(bar->maximum());
        view.viewport()->repaint();
        const TimelineLayout &layout = view.layout();
        QCOMPARE(layout.placedCount(), placed);
        QCOMPARE(layout.height(), height);
        const double top = bar->value();
        const double bottom = top + view.viewport()->height();
        int shown = 0;
        int found = 0;
        for (const LayoutLane &l : layout.lanes()) {
            QVERIFY(!l.aggregated);
            if (l.top < bottom && l.top + l.height > top) {
                ++shown;
                QVERIFY2(l.binned, qPrintable(l.label));
                QVERIFY(l.itemEnd > l.itemBegin);
                // Drawn where it is: the view finds it there.
                const LayoutItem &item = layout.items()[l.itemBegin];
                if (item.marker.top() >= top && item.marker.bottom() <= bottom) {
                    QVERIFY(!view.itemRect(item.id).isEmpty());
                    ++found;
                }
            }
        }
        QVERIFY(shown > 0);
        QVERIFY(found > 0); // the check above ran at least once
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
