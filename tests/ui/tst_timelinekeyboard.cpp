// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard navigation on a real TimelineView over the bundled sample: arrows
// move the selection along a lane by date and between lanes by time, Home and
// End reach a lane's ends, the view follows, Enter asks to edit.
#include "io/sample.h"
#include "ui/timelineview.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineKeyboard final : public QObject
{
    Q_OBJECT

private:
    Dataset m_sample;

    std::unique_ptr<Ui::TimelineView> makeView()
    {
        auto view = std::make_unique<Ui::TimelineView>();
        view->resize(1000, 320); // shorter than the lanes: moving down has to scroll
        view->setData(std::make_shared<TimelineData>(TimelineData::fromDataset(m_sample)),
            std::shared_ptr<TitleProvider>(TimelineData::titleProvider(m_sample)));
        view->show();
        if (!QTest::qWaitForWindowExposed(view.get()))
            return nullptr;
        view->setFocus();
        return view;
    }

    /// The sample's events of dispute @p disputeId, by date (earliest start).
    QList<const Event *> eventsOf(RowId disputeId) const
    {
        QList<const Event *> events;
        for (const Event &e : m_sample.events) {
            if (e.disputeIds.contains(disputeId))
                events.append(&e);
        }
        std::stable_sort(events.begin(), events.end(),
            [](const Event *a, const Event *b) { return a->earliestMinutes() < b->earliestMinutes(); });
        return events;
    }

    /// The dispute of lane @p lane of @p data (0 for the "Other" lane).
    RowId disputeOfLane(const TimelineData &data, int lane) const
    {
        for (const Dispute &d : m_sample.disputes) {
            if (data.lane(LaneMode::Dispute, lane).key == laneKey(d.id, d.uid))
                return d.id;
        }
        return 0;
    }

    /// A dispute lane with at least @p count events, each in this dispute only and on a distinct start.
    int walkableLane(const TimelineData &data, int count) const
    {
        for (int lane = 0; lane + 1 < data.laneCount(LaneMode::Dispute); ++lane) {
            const QList<const Event *> events = eventsOf(disputeOfLane(data, lane));
            if (events.size() < count)
                continue;
            bool plain = true;
            for (qsizetype i = 0; i < events.size(); ++i) {
                plain = plain && events[i]->disputeIds.size() == 1
                    && (i == 0 || events[i]->earliestMinutes() != events[i - 1]->earliestMinutes());
            }
            if (plain)
                return lane;
        }
        return -1;
    }

    /// Event @p id is drawn, in the lane the keyboard is in, inside the viewport.
    static bool inSight(const Ui::TimelineView &view, RowId id)
    {
        const Timeline::TimelineLayout &layout = view.layout();
        const double dy = view.timelineStyle().axisHeight - view.verticalScrollBar()->value();
        for (const LayoutItem &item : layout.items()) {
            if (item.id != id || item.lane != view.currentLane())
                continue;
            const QRectF rect = item.marker.translated(view.plotLeft(), dy);
            return QRectF(view.viewport()->rect()).contains(rect.center());
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Io::IoError error;
        QVERIFY2(Io::loadSample(&m_sample, &error), qPrintable(error.toString()));
        QVERIFY(m_sample.events.size() > 10);
    }

    void leftAndRightWalkAlongTheLane()
    {
        auto view = makeView();
        QVERIFY(view);
        const int lane = walkableLane(*view->data(), 3);
        QVERIFY(lane >= 0);
        const QList<const Event *> events = eventsOf(disputeOfLane(*view->data(), lane));
        view->setSelection({events.constFirst()->id});
        QSignalSpy changed(view.get(), &Ui::TimelineView::selectionChanged);
        for (qsizetype i = 1; i < events.size(); ++i) {
            QTest::keyClick(view.get(), Qt::Key_Right);
            QCOMPARE(view->selection(), QList<RowId> {events[i]->id});
            QCOMPARE(view->currentLane(), lane);
            QVERIFY2(inSight(*view, events[i]->id), qPrintable(events[i]->uid));
        }
        QCOMPARE(changed.size(), events.size() - 1);
        QCOMPARE(changed.last().first().value<QList<RowId>>(), QList<RowId> {events.constLast()->id});
        // At the lane's end the selection stays.
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selection(), QList<RowId> {events.constLast()->id});
        QTest::keyClick(view.get(), Qt::Key_Left);
        QCOMPARE(view->selection(), QList<RowId> {events[events.size() - 2]->id});
        QTest::keyClick(view.get(), Qt::Key_Home);
        QCOMPARE(view->selection(), QList<RowId> {events.constFirst()->id});
        QVERIFY(inSight(*view, events.constFirst()->id));
        QTest::keyClick(view.get(), Qt::Key_End);
        QCOMPARE(view->selection(), QList<RowId> {events.constLast()->id});
        QVERIFY(inSight(*view, events.constLast()->id));
    }

    void upAndDownGoToTheNearestEventOfTheNextLane()
    {
        auto view = makeView();
        QVERIFY(view);
        const TimelineData &data = *view->data();
        const int lane = walkableLane(data, 2);
        QVERIFY(lane >= 0);
        const Event *from = eventsOf(disputeOfLane(data, lane)).constLast();
        view->setSelection({from->id});
        const double when = (double(from->start.earliestMinutes()) + double(from->start.latestMinutes())) / 2;

        for (int direction : {1, -1}) {
            view->setSelection({from->id});
            QTest::keyClick(view.get(), Qt::Key_Right); // settles the keyboard in the lane (already last: stays)
            QCOMPARE(view->currentLane(), lane);
            // The next lane in that direction with events of a dispute (the trailing "Other" lane has none here).
            int target = lane + direction;
            while (target >= 0 && target + 1 < data.laneCount(LaneMode::Dispute)
                && eventsOf(disputeOfLane(data, target)).isEmpty())
                target += direction;
            if (target < 0 || target + 1 >= data.laneCount(LaneMode::Dispute))
                continue;
            const QList<const Event *> candidates = eventsOf(disputeOfLane(data, target));
            const Event *nearest
                = *std::min_element(candidates.cbegin(), candidates.cend(), [when](const Event *a, const Event *b) {
                      return std::abs(double(a->earliestMinutes()) - when)
                          < std::abs(double(b->earliestMinutes()) - when);
                  });
            QTest::keyClick(view.get(), direction > 0 ? Qt::Key_Down : Qt::Key_Up);
            QCOMPARE(view->currentLane(), target);
            const QList<RowId> selected = view->selection();
            QCOMPARE(selected.size(), 1);
            const auto chosen = std::find_if(
                m_sample.events.cbegin(), m_sample.events.cend(), [&](const Event &e) { return e.id == selected[0]; });
            QVERIFY(chosen != m_sample.events.cend());
            // The nearest in time (another at the same distance would do as well).
            QCOMPARE(std::abs(double(chosen->earliestMinutes()) - when),
                std::abs(double(nearest->earliestMinutes()) - when));
            QVERIFY(inSight(*view, selected[0]));
        }
    }

    void downScrollsLowerLanesIntoSight()
    {
        auto view = makeView();
        QVERIFY(view);
        QVERIFY(view->verticalScrollBar()->maximum() > 0);
        QTest::keyClick(view.get(), Qt::Key_Home); // nothing selected: the top lane's first event
        QCOMPARE(view->selection().size(), 1);
        int moves = 0;
        int lastLane = view->currentLane();
        while (moves < 40) {
            QTest::keyClick(view.get(), Qt::Key_Down);
            ++moves;
            if (view->currentLane() == lastLane)
                break; // the bottom lane
            lastLane = view->currentLane();
            QVERIFY(inSight(*view, view->selection().constFirst()));
        }
        QVERIFY(view->verticalScrollBar()->value() > 0);
    }

    void filteredOutEventsAreSkipped()
    {
        auto view = makeView();
        QVERIFY(view);
        const int lane = walkableLane(*view->data(), 3);
        QVERIFY(lane >= 0);
        const QList<const Event *> events = eventsOf(disputeOfLane(*view->data(), lane));
        const RowId hidden = events[1]->id;
        view->setFilter([hidden](RowId id) { return id != hidden; });
        view->setSelection({events[0]->id});
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selection(), QList<RowId> {events[2]->id});
    }

    void enterAsksToEditTheSelectedEvent()
    {
        auto view = makeView();
        QVERIFY(view);
        QSignalSpy activated(view.get(), &Ui::TimelineView::eventActivated);
        QTest::keyClick(view.get(), Qt::Key_Return);
        QCOMPARE(activated.size(), 0); // nothing selected
        QTest::keyClick(view.get(), Qt::Key_Right);
        QCOMPARE(view->selection().size(), 1);
        const RowId selected = view->selection().constFirst();
        QTest::keyClick(view.get(), Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<RowId>(), selected);
        QTest::keyClick(view.get(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(activated.size(), 2);
    }

    void ctrlArrowsStillPan()
    {
        auto view = makeView();
        QVERIFY(view);
        const qint64 from = view->visibleFrom();
        QTest::keyClick(view.get(), Qt::Key_Right, Qt::ControlModifier);
        QVERIFY(view->visibleFrom() > from);
        QVERIFY(view->selection().isEmpty());
    }
};

QTEST_MAIN(TestTimelineKeyboard)
#include "tst_timelinekeyboard.moc"
