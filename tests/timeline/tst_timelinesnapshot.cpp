// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"
#include "timeline/timelinesnapshot.h"
#include "timelinefixture.h"

#include <QBuffer>
#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineSnapshot final : public QObject
{
    Q_OBJECT

private:
    static TimelineData fixtureData()
    {
        TimelineData data = TimelineData::fromDataset(Test::timelineFixture());
        data.addDisputeEras();
        data.addEra({LaneMode::None, -1, 100, 200, QStringLiteral("Période « test »"), QStringLiteral("Test period"),
            QColor(Qt::yellow), std::nullopt});
        data.addEra({LaneMode::Dispute, 0, 150, 250, QStringLiteral("Jugé"), QStringLiteral("Ruled"), QColor(),
            Dispute::Status::Ruled});
        return data;
    }

    static QByteArray snapshotOf(const TimelineData &data, const QByteArray &key)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!TimelineSnapshot::write(data, key, &buffer))
            return {};
        return buffer.data();
    }

    static std::optional<TimelineData> read(const QByteArray &bytes, const QByteArray &key, QString *why = nullptr,
        std::optional<LaneMode> onlyMode = std::nullopt)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return TimelineSnapshot::read(&buffer, key, why, onlyMode);
    }

    /// Everything TimelineLayout and the painter read is the same in both.
    static void compareData(const TimelineData &a, const TimelineData &b)
    {
        QCOMPARE(b.count(), a.count());
        QCOMPARE(b.minMinutes(), a.minMinutes());
        QCOMPARE(b.maxMinutes(), a.maxMinutes());
        for (qsizetype i = 0; i < a.count(); ++i) {
            QCOMPARE(b.id(i), a.id(i));
            QCOMPARE(b.startEarliest(i), a.startEarliest(i));
            QCOMPARE(b.startLatest(i), a.startLatest(i));
            QCOMPARE(b.endEarliest(i), a.endEarliest(i));
            QCOMPARE(b.latest(i), a.latest(i));
            QCOMPARE(b.hasEnd(i), a.hasEnd(i));
            QCOMPARE(b.precision(i), a.precision(i));
            QCOMPARE(b.isCirca(i), a.isCirca(i));
            QCOMPARE(b.importance(i), a.importance(i));
            QCOMPARE(b.indexOf(a.id(i)), i);
        }
        for (LaneMode mode : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag}) {
            QCOMPARE(b.laneCount(mode), a.laneCount(mode));
            for (int l = 0; l < a.laneCount(mode); ++l) {
                QCOMPARE(b.lane(mode, l).key, a.lane(mode, l).key);
                QCOMPARE(b.lane(mode, l).labelFr, a.lane(mode, l).labelFr);
                QCOMPARE(b.lane(mode, l).labelEn, a.lane(mode, l).labelEn);
                QCOMPARE(b.laneColour(mode, l), a.laneColour(mode, l));
            }
            QCOMPARE(b.laneIndex(mode).offsets, a.laneIndex(mode).offsets);
            QCOMPARE(b.laneIndex(mode).events, a.laneIndex(mode).events);
            QCOMPARE(b.laneIndex(mode).starts, a.laneIndex(mode).starts);
            QCOMPARE(b.laneIndex(mode).latests, a.laneIndex(mode).latests);
            QCOMPARE(b.laneIndex(mode).maxExtent, a.laneIndex(mode).maxExtent);
            for (qsizetype i = 0; i < a.count(); ++i) {
                const auto la = a.lanesOf(mode, i);
                const auto lb = b.lanesOf(mode, i);
                QVERIFY(std::equal(la.begin(), la.end(), lb.begin(), lb.end()));
            }
        }
        QCOMPARE(b.eras().size(), a.eras().size());
        for (size_t e = 0; e < a.eras().size(); ++e) {
            QCOMPARE(b.eras()[e].mode, a.eras()[e].mode);
            QCOMPARE(b.eras()[e].lane, a.eras()[e].lane);
            QCOMPARE(b.eras()[e].fromMinutes, a.eras()[e].fromMinutes);
            QCOMPARE(b.eras()[e].toMinutes, a.eras()[e].toMinutes);
            QCOMPARE(b.eras()[e].labelFr, a.eras()[e].labelFr);
            QCOMPARE(b.eras()[e].labelEn, a.eras()[e].labelEn);
            QCOMPARE(b.eras()[e].colour, a.eras()[e].colour);
            QCOMPARE(b.eras()[e].status, a.eras()[e].status);
        }
        const qint64 mid = (a.minMinutes() + a.maxMinutes()) / 2;
        QCOMPARE(b.eventsOverlapping(a.minMinutes(), mid), a.eventsOverlapping(a.minMinutes(), mid));
        QCOMPARE(b.eventsOverlapping(mid, a.maxMinutes()), a.eventsOverlapping(mid, a.maxMinutes()));
    }

private Q_SLOTS:
    void readsBackWhatWasWritten_data()
    {
        QTest::addColumn<bool>("empty");
        QTest::newRow("newsroom fixture") << false;
        QTest::newRow("no events") << true;
    }
    void readsBackWhatWasWritten()
    {
        QFETCH(bool, empty);
        TimelineData data;
        if (empty)
            data.finish();
        else
            data = fixtureData();
        const QByteArray bytes = snapshotOf(data, "revision-1");
        QVERIFY(!bytes.isEmpty());
        QString why;
        const std::optional<TimelineData> back = read(bytes, "revision-1", &why);
        QVERIFY2(back, qPrintable(why));
        compareData(data, *back);
    }

    // Read for one lane mode (export-timeline): that mode's lanes, index and eras as written, the events
    // whole, the other modes absent and said so; such data is never written back.
    void readsOneLaneMode_data()
    {
        QTest::addColumn<int>("modeValue");
        QTest::newRow("none") << int(LaneMode::None);
        QTest::newRow("dispute") << int(LaneMode::Dispute);
        QTest::newRow("actor") << int(LaneMode::Actor);
        QTest::newRow("tag") << int(LaneMode::Tag);
    }
    void readsOneLaneMode()
    {
        QFETCH(int, modeValue);
        const auto mode = LaneMode(modeValue);
        const TimelineData data = fixtureData();
        QString why;
        const std::optional<TimelineData> back = read(snapshotOf(data, "k"), "k", &why, mode);
        QVERIFY2(back, qPrintable(why));
        QCOMPARE(back->count(), data.count());
        for (qsizetype i = 0; i < data.count(); ++i) {
            QCOMPARE(back->id(i), data.id(i));
            QCOMPARE(back->startEarliest(i), data.startEarliest(i));
            QCOMPARE(back->latest(i), data.latest(i));
            QCOMPARE(back->indexOf(data.id(i)), i);
            const auto la = data.lanesOf(mode, i);
            const auto lb = back->lanesOf(mode, i);
            QVERIFY(std::equal(la.begin(), la.end(), lb.begin(), lb.end()));
        }
        for (LaneMode other : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag})
            QCOMPARE(back->hasLaneMode(other), other == mode);
        QCOMPARE(back->laneCount(mode), data.laneCount(mode));
        for (int l = 0; l < data.laneCount(mode); ++l) {
            QCOMPARE(back->lane(mode, l).key, data.lane(mode, l).key);
            QCOMPARE(back->laneColour(mode, l), data.laneColour(mode, l));
        }
        QCOMPARE(back->laneIndex(mode).offsets, data.laneIndex(mode).offsets);
        QCOMPARE(back->laneIndex(mode).events, data.laneIndex(mode).events);
        QCOMPARE(back->laneIndex(mode).starts, data.laneIndex(mode).starts);
        QCOMPARE(back->laneIndex(mode).latests, data.laneIndex(mode).latests);
        // Eras across every lane, and this mode's: those of the others went with their lanes.
        std::vector<std::pair<qint64, int>> expected;
        for (const EraBand &era : data.eras())
            if (era.lane < 0 || era.mode == mode)
                expected.emplace_back(era.fromMinutes, era.lane);
        std::vector<std::pair<qint64, int>> got;
        for (const EraBand &era : back->eras())
            got.emplace_back(era.fromMinutes, era.lane);
        QCOMPARE(got, expected);
        QVERIFY(mode != LaneMode::Dispute || got.size() > 1); // the fixture's dispute eras were read

        // The picture of that mode is the whole data's.
        TimelineLayout whole;
        whole.setData(&data, nullptr);
        TimelineLayout partial;
        partial.setData(&*back, nullptr);
        LayoutOptions options;
        options.from = double(data.minMinutes());
        options.to = double(data.maxMinutes());
        options.width = 900;
        options.laneMode = mode;
        options.labels = false;
        whole.compute(options);
        partial.compute(options);
        QCOMPARE(partial.lanes().size(), whole.lanes().size());
        QCOMPARE(partial.items().size(), whole.items().size());
        QCOMPARE(partial.clusters().size(), whole.clusters().size());
        QCOMPARE(partial.eras().size(), whole.eras().size());
        QCOMPARE(partial.height(), whole.height());

        QBuffer again;
        again.open(QIODevice::WriteOnly);
        QVERIFY(!TimelineSnapshot::write(*back, "k", &again));
    }

    void refusesAnotherKey()
    {
        const QByteArray bytes = snapshotOf(fixtureData(), "revision-1");
        QString why;
        QVERIFY(!read(bytes, "revision-2", &why));
        QCOMPARE(why, QStringLiteral("built from another state of the data"));
        QVERIFY(!read(bytes, QByteArray(), &why));
    }

    void refusesOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArrayLiteral("id,title\n1,Reddit\n");
        QByteArray otherVersion = snapshotOf(fixtureData(), "k");
        otherVersion[11] = char(otherVersion[11] + 1); // the format version's last byte
        QTest::newRow("another format version") << otherVersion;
        QByteArray otherOrder = snapshotOf(fixtureData(), "k");
        std::reverse(otherOrder.begin() + 12, otherOrder.begin() + 16); // the byte order mark
        QTest::newRow("another byte order") << otherOrder;
        QTest::newRow("trailing bytes") << snapshotOf(fixtureData(), "k") + QByteArrayLiteral("more");
    }
    void refusesOtherFiles()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!read(bytes, "k"));
    }

    void refusesEveryTruncation()
    {
        const QByteArray bytes = snapshotOf(fixtureData(), "k");
        QVERIFY(read(bytes, "k"));
        for (qsizetype size = 0; size < bytes.size(); size += 1 + size / 64)
            QVERIFY2(!read(bytes.left(size), "k"), qPrintable(QString::number(size)));
    }

    void damagedBytesNeverReachThePainter()
    {
        // A flipped byte either makes the snapshot refused, or lands in data
        // (a date, a label) that is wrong but in bounds: every index must
        // then still point inside its arrays.
        const TimelineData original = fixtureData();
        const QByteArray bytes = snapshotOf(original, "k");
        int refused = 0;
        for (qsizetype at = 16; at < bytes.size(); at += 3) {
            QByteArray damaged = bytes;
            damaged[at] = char(damaged[at] ^ 0x5a);
            const std::optional<TimelineData> back = read(damaged, "k");
            if (!back) {
                ++refused;
                continue;
            }
            for (LaneMode mode : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag}) {
                const TimelineData::LaneIndex &index = back->laneIndex(mode);
                QCOMPARE(index.offsets.size(), size_t(back->laneCount(mode)) + 1);
                for (quint32 e : index.events)
                    QVERIFY(qsizetype(e) < back->count());
                for (qsizetype i = 0; i < back->count(); ++i) {
                    for (quint32 lane : back->lanesOf(mode, i))
                        QVERIFY(int(lane) < back->laneCount(mode));
                }
            }
            for (qsizetype i = 0; i < back->count(); ++i) {
                const qsizetype found = back->indexOf(back->id(i));
                QVERIFY(found >= -1 && found < back->count()); // a damaged id table may miss, never overrun
            }
            for (quint32 e : back->eventsOverlapping(back->minMinutes(), back->maxMinutes()))
                QVERIFY(qsizetype(e) < back->count());
            // What the view does with it (an out-of-bounds read shows under the sanitizers).
            for (LaneMode mode : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag}) {
                TimelineLayout layout;
                layout.setData(&*back, nullptr);
                LayoutOptions options;
                options.from = original.minMinutes();
                options.to = original.maxMinutes();
                options.laneMode = mode;
                options.labels = false;
                layout.compute(options);
                for (const LayoutItem &item : layout.items()) {
                    QVERIFY(qsizetype(item.index) < back->count());
                    QVERIFY(item.lane < back->laneCount(mode));
                }
            }
        }
        QVERIFY(refused > 0);
    }
};

QTEST_GUILESS_MAIN(TestTimelineSnapshot)
#include "tst_timelinesnapshot.moc"
