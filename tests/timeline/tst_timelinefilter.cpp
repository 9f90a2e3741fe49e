// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinefilter.h"
#include "timelinefixture.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;

Q_DECLARE_METATYPE(Frise::Timeline::TimelineFilter)

/// TimelineFilter against the dataset itself: what each criterion keeps is worked out from the events' records.
class TestTimelineFilter final : public QObject
{
    Q_OBJECT

private:
    Dataset m_dataset = Test::timelineFixture();
    TimelineData m_data = TimelineData::fromDataset(m_dataset);

    static qint64 minutes(const char *iso, bool end = false)
    {
        const FuzzyDate date = FuzzyDate::fromIsoText(QLatin1String(iso));
        return end ? date.latestMinutes() : date.earliestMinutes();
    }

    QSet<RowId> passing(const TimelineFilter &filter) const
    {
        const std::vector<quint8> keep = filter.apply(m_data);
        QSet<RowId> ids;
        for (qsizetype i = 0; i < m_data.count(); ++i) {
            if (keep[size_t(i)])
                ids.insert(m_data.id(i));
        }
        return ids;
    }

private Q_SLOTS:
    void keepsWhatTheRecordsSay_data()
    {
        QTest::addColumn<TimelineFilter>("filter");
        QTest::addColumn<std::function<bool(const Event &)>>("expected");
        const Dispute &nyt = m_dataset.disputes.at(2);
        const Actor &microsoft = m_dataset.actors.at(1);
        auto hasActor = [](const Event &e, RowId id) {
            return std::any_of(e.actors.begin(), e.actors.end(), [id](const EventActor &a) { return a.actorId == id; });
        };
        const qint64 from = minutes("2023-04");
        const qint64 to = minutes("2023-06", true);
        auto overlaps = [from, to](const Event &e) {
            const qint64 end = e.end.isValid() ? e.end.latestMinutes() : e.start.latestMinutes();
            return e.start.earliestMinutes() <= to && end >= from;
        };

        TimelineFilter byDispute;
        byDispute.disputeKey = laneKey(nyt.id, nyt.uid);
        QTest::newRow("dispute") << byDispute << std::function<bool(const Event &)>([id = nyt.id](const Event &e) {
            return e.disputeIds.contains(id);
        });
        TimelineFilter byActor;
        byActor.actorKey = laneKey(microsoft.id, microsoft.uid);
        QTest::newRow("actor") << byActor << std::function<bool(const Event &)>([=, id = microsoft.id](const Event &e) {
            return hasActor(e, id);
        });
        TimelineFilter byTag;
        byTag.tag = QStringLiteral("copyright");
        QTest::newRow("tag") << byTag << std::function<bool(const Event &)>([](const Event &e) {
            return e.tags.contains(QStringLiteral("copyright"));
        });
        TimelineFilter byPeriod;
        byPeriod.fromMinutes = from;
        byPeriod.toMinutes = to;
        QTest::newRow("period") << byPeriod << std::function<bool(const Event &)>(overlaps);
        TimelineFilter all = byActor;
        all.disputeKey = byDispute.disputeKey;
        all.fromMinutes = minutes("2024");
        QTest::newRow("dispute, actor and start")
            << all
            << std::function<bool(const Event &)>(
                   [=, d = nyt.id, a = microsoft.id, start = all.fromMinutes](const Event &e) {
                       const qint64 end = e.end.isValid() ? e.end.latestMinutes() : e.start.latestMinutes();
                       return e.disputeIds.contains(d) && hasActor(e, a) && end >= start;
                   });
        TimelineFilter unknown;
        unknown.actorKey = QStringLiteral("no-such-actor");
        QTest::newRow("unknown actor keeps nothing")
            << unknown << std::function<bool(const Event &)>([](const Event &) { return false; });
    }

    void keepsWhatTheRecordsSay()
    {
        QFETCH(TimelineFilter, filter);
        QFETCH(std::function<bool(const Event &)>, expected);
        QVERIFY(!filter.isEmpty());
        QSet<RowId> wanted;
        for (const Event &e : std::as_const(m_dataset.events)) {
            if (expected(e))
                wanted.insert(e.id);
        }
        QCOMPARE(passing(filter), wanted);
        // Each criterion narrows: none of these keeps every event (the fixture spans four disputes).
        QVERIFY(wanted.size() < m_dataset.events.size());
    }

    void emptyFilterIsEmpty()
    {
        TimelineFilter filter;
        QVERIFY(filter.isEmpty());
        filter.toMinutes = 0;
        QVERIFY(!filter.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineFilter)
#include "tst_timelinefilter.moc"
