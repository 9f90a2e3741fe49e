// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinedata.h"
#include "timelinefixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineData final : public QObject
{
    Q_OBJECT

private:
    /// Random events over ~10 years in @p lanes dispute lanes, appended out of order.
    static TimelineData randomData(int count, int lanes, quint32 seed)
    {
        QRandomGenerator rng(seed);
        TimelineData data;
        for (int l = 0; l < lanes; ++l)
            data.addLane(LaneMode::Dispute, {QString::number(l), QString::number(l), QString::number(l), QColor()});
        const qint64 base = FuzzyDate::fromIsoText(QStringLiteral("2015")).earliestMinutes();
        for (int i = 0; i < count; ++i) {
            TimelineEventRecord r;
            r.id = 1000 + i;
            r.startEarliest = base + qint64(rng.bounded(10 * 525600));
            r.startLatest = r.startEarliest + qint64(rng.bounded(3) == 0 ? rng.bounded(600000) : 1439);
            r.hasEnd = rng.bounded(5) == 0;
            r.endEarliest = r.startLatest + qint64(rng.bounded(200000));
            r.endLatest = r.endEarliest + 1439;
            const int l1 = int(rng.bounded(lanes));
            const int l2 = int(rng.bounded(lanes));
            const int both[] = {l1, l2};
            data.append(r, std::span<const int>(both, l1 == l2 || i % 3 ? 1 : 2));
        }
        data.finish();
        return data;
    }

private Q_SLOTS:
    void indexOfFindsEveryEvent_data()
    {
        QTest::addColumn<int>("idOrder");
        QTest::newRow("ids ascending (as storage streams them)") << 0;
        QTest::newRow("ids descending") << 1;
        QTest::newRow("ids shuffled") << 2;
    }
    void indexOfFindsEveryEvent()
    {
        QFETCH(int, idOrder);
        QRandomGenerator rng(5);
        std::vector<RowId> ids(2000);
        std::iota(ids.begin(), ids.end(), RowId(1));
        if (idOrder == 1)
            std::reverse(ids.begin(), ids.end());
        else if (idOrder == 2)
            std::shuffle(ids.begin(), ids.end(), rng);
        TimelineData data;
        QHash<RowId, qint64> starts;
        for (RowId id : ids) {
            TimelineEventRecord r;
            r.id = id;
            r.startEarliest = qint64(rng.bounded(500)); // many ties
            r.startLatest = r.startEarliest + 10;
            starts.insert(id, r.startEarliest);
            data.append(r);
        }
        data.finish();
        QCOMPARE(data.count(), qsizetype(ids.size()));
        for (RowId id : ids) {
            const qsizetype i = data.indexOf(id);
            QVERIFY(i >= 0);
            QCOMPARE(data.id(i), id);
            QCOMPARE(data.startEarliest(i), starts.value(id));
        }
        QCOMPARE(data.indexOf(0), -1);
        QCOMPARE(data.indexOf(RowId(ids.size()) + 1), -1);
        // Ties keep the order events were appended in.
        for (qsizetype i = 1; i < data.count(); ++i) {
            if (data.startEarliest(i) == data.startEarliest(i - 1)) {
                const auto before = std::find(ids.begin(), ids.end(), data.id(i - 1));
                const auto after = std::find(ids.begin(), ids.end(), data.id(i));
                QVERIFY(before < after);
            }
        }
    }

    void fromDatasetKeepsEventsAndLanes()
    {
        const Dataset dataset = Test::timelineFixture();
        const TimelineData data = TimelineData::fromDataset(dataset);
        QCOMPARE(data.count(), dataset.events.size());
        QCOMPARE(data.laneCount(LaneMode::Dispute), dataset.disputes.size() + 1); // + "Other"
        QCOMPARE(data.laneCount(LaneMode::Actor), dataset.actors.size() + 1);
        QCOMPARE(data.laneCount(LaneMode::None), 1);
        QCOMPARE(data.laneColour(LaneMode::Dispute, 0), QColor(QStringLiteral("#2f6690")));
        QCOMPARE(data.lane(LaneMode::Dispute, 1).label(Language::French), QStringLiteral("Reddit contre Anthropic"));
        for (qsizetype i = 1; i < data.count(); ++i)
            QVERIFY(data.startEarliest(i - 1) <= data.startEarliest(i));
        for (const Event &e : dataset.events) {
            const qsizetype i = data.indexOf(e.id);
            QVERIFY(i >= 0);
            QCOMPARE(data.startEarliest(i), e.start.earliestMinutes());
            QCOMPARE(data.startLatest(i), e.start.latestMinutes());
            QCOMPARE(data.latest(i), e.latestMinutes());
            QCOMPARE(data.hasEnd(i), e.end.isValid());
            QCOMPARE(data.isCirca(i), e.start.isCirca());
            QCOMPARE(data.precision(i), e.start.precision());
            QCOMPARE(data.importance(i), e.importance);
            const auto lanes = data.lanesOf(LaneMode::Dispute, i);
            QCOMPARE(lanes.size(), size_t(1));
            QCOMPARE(dataset.disputes[qsizetype(lanes[0])].id, e.disputeIds.first());
            QCOMPARE(data.lanesOf(LaneMode::Actor, i).size(), size_t(e.actors.size()));
        }
        QCOMPARE(data.indexOf(999999), qsizetype(-1));
        auto titles = TimelineData::titleProvider(dataset);
        QCOMPARE(titles->title(4, Language::English), QStringLiteral("Musk & \"Microsoft\" <AI>"));
        QVERIFY(titles->tooltip(4, Language::English).contains(QStringLiteral("&lt;AI&gt;")));
    }

    void recordedErasReplaceTheirDisputesAutomaticBand()
    {
        const Dataset dataset = Test::timelineFixture();
        TimelineData data = TimelineData::fromDataset(dataset);
        QHash<RowId, int> disputeLanes;
        for (qsizetype l = 0; l < dataset.disputes.size(); ++l)
            disputeLanes.insert(dataset.disputes[l].id, int(l));
        auto era = [](const QString &en, const QString &from, const QString &to, RowId dispute) {
            Era e;
            e.title = BilingualText::original(Language::English, en);
            e.start = FuzzyDate::fromIsoText(from);
            e.end = FuzzyDate::fromIsoText(to);
            e.disputeId = dispute;
            return e;
        };
        const RowId first = dataset.disputes[0].id;
        data.addEras({era(QStringLiteral("Talks"), QStringLiteral("~2021"), QStringLiteral("2022-06"), first),
                         era(QStringLiteral("Boom"), QStringLiteral("2023"), QStringLiteral("2024"), 0),
                         era(QStringLiteral("Orphan"), QStringLiteral("2023"), QStringLiteral("2024"), 99999)},
            {}, disputeLanes);

        const auto talks = std::find_if(
            data.eras().cbegin(), data.eras().cend(), [](const EraBand &b) { return b.labelEn == u"Talks"; });
        QVERIFY(talks != data.eras().cend());
        QCOMPARE(talks->mode, LaneMode::Dispute);
        QCOMPARE(talks->lane, 0);
        QCOMPARE(talks->fromMinutes, FuzzyDate::fromIsoText(QStringLiteral("~2021")).earliestMinutes());
        QCOMPARE(talks->toMinutes, FuzzyDate::fromIsoText(QStringLiteral("2022-06")).latestMinutes());
        QCOMPARE(talks->labelFr, QStringLiteral("Talks")); // no French title: the English one
        const auto boom = std::find_if(
            data.eras().cbegin(), data.eras().cend(), [](const EraBand &b) { return b.labelEn == u"Boom"; });
        QVERIFY(boom != data.eras().cend());
        QCOMPARE(boom->lane, -1); // no dispute: across every lane
        // The era of a dispute that is not drawn is not drawn either.
        QVERIFY(std::none_of(
            data.eras().cbegin(), data.eras().cend(), [](const EraBand &b) { return b.labelEn == u"Orphan"; }));
        // The first dispute's automatic band gave way to its recorded era; the others keep theirs.
        int firstLaneBands = 0;
        int otherLaneBands = 0;
        for (const EraBand &b : data.eras()) {
            firstLaneBands += b.lane == 0;
            otherLaneBands += b.lane > 0;
        }
        TimelineData automatic = TimelineData::fromDataset(dataset);
        automatic.addDisputeEras();
        const auto automaticElsewhere = std::count_if(
            automatic.eras().cbegin(), automatic.eras().cend(), [](const EraBand &b) { return b.lane > 0; });
        QCOMPARE(firstLaneBands, 1);
        QCOMPARE(otherLaneBands, int(automaticElsewhere));
        QVERIFY(otherLaneBands > 0);
    }

    void statusPeriodsBecomeTheirDisputesBands()
    {
        const Dataset dataset = Test::timelineFixture();
        TimelineData data = TimelineData::fromDataset(dataset);
        QHash<RowId, int> disputeLanes;
        for (qsizetype l = 0; l < dataset.disputes.size(); ++l)
            disputeLanes.insert(dataset.disputes[l].id, int(l));
        const RowId first = dataset.disputes[0].id;
        auto change = [first](RowId id, std::optional<Dispute::Status> from, Dispute::Status to, const char *date) {
            StatusChange c;
            c.id = id;
            c.disputeId = first;
            c.from = from;
            c.to = to;
            c.date = FuzzyDate::fromIsoText(QString::fromLatin1(date));
            return c;
        };
        // Recorded out of order: the history sorts them by date.
        data.addEras({},
            {change(2, Dispute::Status::Threatened, Dispute::Status::Filed, "2023-06"),
                change(1, Dispute::Status::Brewing, Dispute::Status::Threatened, "2023-04-19")},
            disputeLanes);

        std::vector<EraBand> lane0;
        for (const EraBand &b : data.eras())
            if (b.lane == 0)
                lane0.push_back(b);
        std::sort(lane0.begin(), lane0.end(),
            [](const EraBand &a, const EraBand &b) { return a.fromMinutes < b.fromMinutes; });
        const auto &index = data.laneIndex(LaneMode::Dispute);
        const bool hasEarlierEvents
            = index.offsets[1] > index.offsets[0] && index.starts[index.offsets[0]] < lane0.back().fromMinutes;
        QVERIFY(hasEarlierEvents);
        // Brewing (before the first change, from the lane's first event), threatened, filed (to the data's end).
        QCOMPARE(lane0.size(), size_t(3));
        QCOMPARE(lane0[0].status, Dispute::Status::Brewing);
        QCOMPARE(lane0[0].fromMinutes, index.starts[index.offsets[0]]);
        QCOMPARE(lane0[0].toMinutes, FuzzyDate::fromIsoText(QStringLiteral("2023-04-19")).earliestMinutes());
        QCOMPARE(lane0[1].status, Dispute::Status::Threatened);
        QCOMPARE(lane0[1].labelEn, QStringLiteral("Threatened"));
        QCOMPARE(lane0[1].labelFr, QStringLiteral("Menace d’action"));
        QCOMPARE(lane0[1].toMinutes, FuzzyDate::fromIsoText(QStringLiteral("2023-06")).earliestMinutes());
        QCOMPARE(lane0[2].status, Dispute::Status::Filed);
        QCOMPARE(lane0[2].toMinutes, std::max(data.maxMinutes(), lane0[2].fromMinutes + 1));
        // Later steps are tinted darker; the automatic band of the lane is gone, the others keep theirs.
        QVERIFY(eraOpacity(Dispute::Status::Filed) > eraOpacity(Dispute::Status::Threatened));
        QVERIFY(std::none_of(
            data.eras().cbegin(), data.eras().cend(), [](const EraBand &b) { return b.lane == 0 && !b.status; }));
        QVERIFY(std::any_of(
            data.eras().cbegin(), data.eras().cend(), [](const EraBand &b) { return b.lane > 0 && !b.status; }));
    }

    void laneIndexIsSortedAndComplete()
    {
        const TimelineData data = randomData(5000, 7, 42);
        const auto &index = data.laneIndex(LaneMode::Dispute);
        size_t memberships = 0;
        for (qsizetype i = 0; i < data.count(); ++i)
            memberships += std::max<size_t>(1, data.lanesOf(LaneMode::Dispute, i).size());
        QCOMPARE(index.events.size(), memberships);
        for (int l = 0; l < data.laneCount(LaneMode::Dispute); ++l) {
            for (quint32 k = index.offsets[size_t(l)]; k < index.offsets[size_t(l) + 1]; ++k) {
                QCOMPARE(index.starts[k], data.startEarliest(index.events[k]));
                if (k > index.offsets[size_t(l)])
                    QVERIFY(index.starts[k - 1] <= index.starts[k]);
                const quint32 i = index.events[k];
                QVERIFY(data.latest(i) - data.startEarliest(i) <= index.maxExtent[size_t(l)]);
            }
        }
        // Ids still match their times after sorting.
        for (qsizetype i = 0; i < data.count(); ++i)
            QCOMPARE(data.indexOf(data.id(i)), i);
    }

    void overlapQueryMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("all") << QStringLiteral("2000") << QStringLiteral("2040");
        QTest::newRow("year") << QStringLiteral("2018") << QStringLiteral("2018");
        QTest::newRow("month") << QStringLiteral("2019-03") << QStringLiteral("2019-03");
        QTest::newRow("day") << QStringLiteral("2021-07-14") << QStringLiteral("2021-07-14");
        QTest::newRow("before") << QStringLiteral("1990") << QStringLiteral("1991");
    }

    void overlapQueryMatchesBruteForce()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const TimelineData data = randomData(20000, 5, 7);
        const qint64 t1 = FuzzyDate::fromIsoText(from).earliestMinutes();
        const qint64 t2 = FuzzyDate::fromIsoText(to).latestMinutes();
        std::vector<quint32> expected;
        for (qsizetype i = 0; i < data.count(); ++i) {
            if (data.startEarliest(i) <= t2 && data.latest(i) >= t1)
                expected.push_back(quint32(i));
        }
        QCOMPARE(data.eventsOverlapping(t1, t2), expected);
    }

    void staysCompact()
    {
        const TimelineData data = randomData(100000, 50, 3);
        // About 150 bytes an event with its indexes: a million fit in ~150 MB.
        QVERIFY2(
            data.memoryUsage() / data.count() < 180, qPrintable(QString::number(data.memoryUsage() / data.count())));
    }

    void laneModeCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dispute") << QStringLiteral("dispute") << int(LaneMode::Dispute) << true;
        QTest::newRow("actor") << QStringLiteral("Actor") << int(LaneMode::Actor) << true;
        QTest::newRow("tag") << QStringLiteral("tag") << int(LaneMode::Tag) << true;
        QTest::newRow("none") << QStringLiteral("none") << int(LaneMode::None) << true;
        QTest::newRow("bad") << QStringLiteral("lane") << 0 << false;
    }

    void laneModeCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, mode);
        QFETCH(bool, valid);
        LaneMode parsed = LaneMode::None;
        QCOMPARE(laneModeFromCode(code, &parsed), valid);
        if (valid) {
            QCOMPARE(int(parsed), mode);
            QCOMPARE(laneModeCode(parsed), code.toLower());
        }
    }
};

QTEST_GUILESS_MAIN(TestTimelineData)
#include "tst_timelinedata.moc"
