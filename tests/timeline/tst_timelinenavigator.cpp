// SPDX-License-Identifier: GPL-3.0-or-later
// Where the timeline's keyboard goes: along a lane by date, to the nearest
// event in time of the next lane showing one, to a lane's ends, past events
// the filter hides.
#include "timeline/timelinenavigator.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;
using Step = TimelineNavigator::Step;
using Position = TimelineNavigator::Position;

namespace {

/*
 * Lane 0: 1 (Jan 10), 2 (Mar 1), 3 (Mar 1, same day), 4 (Jun 1)
 * Lane 1: none
 * Lane 2: 5 (Feb 1), 6 (May 20), and 4 again (in two lanes)
 * "Other" lane (3): 7 (Apr 1), in no dispute
 */
TimelineData sample()
{
    TimelineData data;
    for (int l = 0; l < 3; ++l)
        data.addLane(LaneMode::Dispute, {QString::number(l), QString::number(l), QString::number(l), QColor()});
    auto add = [&data](RowId id, int month, int day, std::vector<int> lanes) {
        data.append(TimelineEventRecord::fromDates(id, FuzzyDate::fromDay(QDate(2023, month, day)), FuzzyDate()),
            std::span<const int>(lanes));
    };
    add(1, 1, 10, {0});
    add(2, 3, 1, {0});
    add(3, 3, 1, {0});
    add(4, 6, 1, {0, 2});
    add(5, 2, 1, {2});
    add(6, 5, 20, {2});
    add(7, 4, 1, {});
    data.finish();
    return data;
}

} // namespace

class TestTimelineNavigator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("step");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("toLane");
        QTest::newRow("next") << qint64(1) << 0 << int(Step::Next) << qint64(2) << 0;
        QTest::newRow("next, same day") << qint64(2) << 0 << int(Step::Next) << qint64(3) << 0;
        QTest::newRow("previous, same day") << qint64(3) << 0 << int(Step::Previous) << qint64(2) << 0;
        QTest::newRow("next at the end stays") << qint64(4) << 0 << int(Step::Next) << qint64(4) << 0;
        QTest::newRow("previous at the start stays") << qint64(1) << 0 << int(Step::Previous) << qint64(1) << 0;
        QTest::newRow("first") << qint64(3) << 0 << int(Step::First) << qint64(1) << 0;
        QTest::newRow("last") << qint64(1) << 0 << int(Step::Last) << qint64(4) << 0;
        // An event in two lanes moves along the lane it is taken in.
        QTest::newRow("shared event, lane 0") << qint64(4) << 0 << int(Step::Previous) << qint64(3) << 0;
        QTest::newRow("shared event, lane 2") << qint64(4) << 2 << int(Step::Previous) << qint64(6) << 2;
        // Down skips the empty lane 1; nearest in time: Mar 1 is nearer Feb 1 than May 20.
        QTest::newRow("down past an empty lane") << qint64(2) << 0 << int(Step::LaneBelow) << qint64(5) << 2;
        // An event drawn in both lanes: down goes to its other copy.
        QTest::newRow("down onto the same event") << qint64(4) << 0 << int(Step::LaneBelow) << qint64(4) << 2;
        // Apr 1: May 20 is nearer than Feb 1.
        QTest::newRow("up, nearer later") << qint64(7) << 3 << int(Step::LaneAbove) << qint64(6) << 2;
        QTest::newRow("down into Other") << qint64(5) << 2 << int(Step::LaneBelow) << qint64(7) << 3;
        QTest::newRow("down at the bottom stays") << qint64(7) << 3 << int(Step::LaneBelow) << qint64(7) << 3;
        QTest::newRow("up") << qint64(6) << 2 << int(Step::LaneAbove) << qint64(4) << 0;
        QTest::newRow("up at the top stays") << qint64(1) << 0 << int(Step::LaneAbove) << qint64(1) << 0;
        // A lane the event is not in: it is taken in its own first lane.
        QTest::newRow("wrong lane") << qint64(5) << 0 << int(Step::Next) << qint64(6) << 2;
        QTest::newRow("no lane yet") << qint64(1) << -1 << int(Step::Next) << qint64(2) << 0;
    }

    void steps()
    {
        QFETCH(qint64, from);
        QFETCH(int, lane);
        QFETCH(int, step);
        QFETCH(qint64, to);
        QFETCH(int, toLane);
        const TimelineData data = sample();
        const TimelineNavigator navigator(data, LaneMode::Dispute);
        const Position reached = navigator.step({from, lane}, Step(step));
        QCOMPARE(reached.id, to);
        QCOMPARE(reached.lane, toLane);
    }

    void filteredEventsAreSkipped()
    {
        const TimelineData data = sample();
        const qsizetype hidden2 = data.indexOf(2);
        const qsizetype hidden5 = data.indexOf(5);
        const TimelineNavigator navigator(data, LaneMode::Dispute,
            [&](quint32 index) { return qsizetype(index) != hidden2 && qsizetype(index) != hidden5; });
        QCOMPARE(navigator.step({1, 0}, Step::Next).id, RowId(3));
        QCOMPARE(navigator.step({3, 0}, Step::Previous).id, RowId(1));
        // Lane 2 without event 5: from Mar 1, May 20 is nearer than Jun 1.
        QCOMPARE(navigator.step({3, 0}, Step::LaneBelow), (Position {6, 2}));
    }

    void nearest()
    {
        const TimelineData data = sample();
        const TimelineNavigator navigator(data, LaneMode::Dispute);
        const auto at
            = [](int month, int day) { return double(FuzzyDate::fromDay(QDate(2023, month, day)).earliestMinutes()); };
        QCOMPARE(navigator.nearest(0, at(1, 1)).id, RowId(1));
        QCOMPARE(navigator.nearest(0, at(12, 1)).id, RowId(4));
        QCOMPARE(navigator.nearest(2, at(4, 1)).id, RowId(6));
        QCOMPARE(navigator.nearest(1, at(4, 1)).id, RowId(0)); // an empty lane
        QCOMPARE(navigator.nearest(9, at(4, 1)).id, RowId(0)); // no such lane
    }

    void oneLaneWithoutLanes()
    {
        const TimelineData data = sample();
        const TimelineNavigator navigator(data, LaneMode::None);
        // Every event in one lane, by date: Jan 10, Feb 1, Mar 1 (2, 3), Apr 1, May 20, Jun 1.
        QList<RowId> order {navigator.step({1, 0}, Step::First).id};
        for (int i = 0; i < 7; ++i)
            order.append(navigator.step({order.constLast(), 0}, Step::Next).id);
        QCOMPARE(order, (QList<RowId> {1, 5, 2, 3, 7, 6, 4, 4}));
    }
};

QTEST_GUILESS_MAIN(TestTimelineNavigator)
#include "tst_timelinenavigator.moc"
