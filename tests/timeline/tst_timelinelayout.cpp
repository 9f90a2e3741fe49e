// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelayout.h"
#include "timelinefixture.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Frise;
using namespace Frise::Timeline;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 minutes(const QString &iso, bool end = false)
{
    const FuzzyDate d = FuzzyDate::fromIsoText(iso);
    return end ? d.latestMinutes() : d.earliestMinutes();
}

/// @p count events in one lane (or @p lanes lanes, one each), every precision, over ~10 years.
TimelineData denseData(int count, int lanes = 1)
{
    QRandomGenerator rng(11);
    TimelineData data;
    for (int l = 0; l < lanes; ++l)
        data.addLane(LaneMode::Dispute, {QString::number(l), QString::number(l), QString::number(l), QColor()});
    for (int i = 0; i < count; ++i) {
        const QDate day = QDate(2015, 1, 1).addDays(rng.bounded(3650));
        FuzzyDate start;
        switch (i % 5) {
        case 0:
            start = FuzzyDate::fromYear(day.year());
            break;
        case 1:
            start = FuzzyDate::fromMonth(day.year(), day.month());
            break;
        case 2:
            start = FuzzyDate::fromMinute(QDateTime(day, QTime(rng.bounded(24), rng.bounded(60)), QTimeZone::UTC));
            break;
        default:
            start = FuzzyDate::fromDay(day);
        }
        start.setCirca(i % 17 == 0);
        const FuzzyDate end = i % 7 == 0 ? FuzzyDate::fromDay(day.addDays(rng.bounded(400))) : FuzzyDate();
        const int lane[] = {int(i % lanes)};
        data.append(TimelineEventRecord::fromDates(i + 1, start, end), lane);
    }
    data.finish();
    return data;
}

std::unique_ptr<TitleProvider> numberTitles()
{
    return std::make_unique<FunctionTitleProvider>([](RowId id, Language language) {
        return (language == Language::French ? QStringLiteral("Événement n° ") : QStringLiteral("Event #"))
            + QString::number(id);
    });
}

} // namespace

class TestTimelineLayout final : public QObject
{
    Q_OBJECT

private:
    static void checkNoOverlap(const TimelineLayout &layout)
    {
        const auto &items = layout.items();
        for (size_t a = 0; a < items.size(); ++a) {
            QVERIFY(items[a].box.contains(items[a].marker.adjusted(0.01, 0.01, -0.01, -0.01))
                || items[a].marker.width() < 0.02);
            if (!items[a].labelRect.isEmpty())
                QVERIFY(items[a].box.adjusted(-0.5, -0.5, 0.5, 0.5).contains(items[a].labelRect));
            for (size_t b = a + 1; b < items.size(); ++b) {
                if (items[a].laneSlot != items[b].laneSlot || items[a].row != items[b].row)
                    continue;
                QVERIFY2(!items[a].box.intersects(items[b].box),
                    qPrintable(QStringLiteral("events %1 and %2 overlap").arg(items[a].id).arg(items[b].id)));
            }
        }
        // Labels never overlap, whatever their rows and lanes.
        for (size_t a = 0; a < items.size(); ++a) {
            for (size_t b = a + 1; b < items.size(); ++b) {
                if (!items[a].labelRect.isEmpty() && !items[b].labelRect.isEmpty())
                    QVERIFY(!items[a].labelRect.intersects(items[b].labelRect));
            }
        }
    }

    /// Fails unless @p a and @p b laid out the same lanes, items (with labels) and clusters.
    static void compareLayouts(const TimelineLayout &a, const TimelineLayout &b)
    {
        QCOMPARE(a.lanes().size(), b.lanes().size());
        for (size_t i = 0; i < a.lanes().size(); ++i) {
            const LayoutLane &x = a.lanes()[i];
            const LayoutLane &y = b.lanes()[i];
            QCOMPARE(x.lane, y.lane);
            QCOMPARE(x.label, y.label);
            QCOMPARE(x.top, y.top);
            QCOMPARE(x.height, y.height);
            QCOMPARE(x.rows, y.rows);
            QCOMPARE(x.count, y.count);
            QCOMPARE(x.aggregated, y.aggregated);
            QCOMPARE(x.binned, y.binned);
        }
        QCOMPARE(a.items().size(), b.items().size());
        for (size_t i = 0; i < a.items().size(); ++i) {
            const LayoutItem &x = a.items()[i];
            const LayoutItem &y = b.items()[i];
            QCOMPARE(x.id, y.id);
            QCOMPARE(x.row, y.row);
            QCOMPARE(x.box, y.box);
            QCOMPARE(x.labelRect, y.labelRect);
            QCOMPARE(x.label, y.label);
            // The shaped label is the label, or absent with it.
            QCOMPARE(x.staticLabel.has_value(), !x.label.isEmpty());
            if (x.staticLabel)
                QCOMPARE(x.staticLabel->text(), x.label);
        }
        QCOMPARE(a.clusters().size(), b.clusters().size());
        for (size_t i = 0; i < a.clusters().size(); ++i) {
            QCOMPARE(a.clusters()[i].count, b.clusters()[i].count);
            QCOMPARE(a.clusters()[i].from, b.clusters()[i].from);
            QCOMPARE(a.clusters()[i].to, b.clusters()[i].to);
            QCOMPARE(a.clusters()[i].rect, b.clusters()[i].rect);
        }
        QCOMPARE(a.placedCount(), b.placedCount());
    }

    /// Computes until every title is measured (a layout measures a bounded number at a time).
    static void computeFully(TimelineLayout &layout, const LayoutOptions &o)
    {
        layout.compute(o);
        for (int pass = 0; pass < 100 && layout.labelsPending(); ++pass)
            layout.compute(o);
        QVERIFY(!layout.labelsPending());
    }

private Q_SLOTS:
    void noOverlapAndEveryEventPlaced_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("maxRows");
        for (auto [from, to] : {std::pair {QStringLiteral("2021"), QStringLiteral("2026")},
                 std::pair {QStringLiteral("2023"), QStringLiteral("2023")},
                 std::pair {QStringLiteral("2023-04"), QStringLiteral("2023-04")},
                 std::pair {QStringLiteral("2023-04-19"), QStringLiteral("2023-04-20")}}) {
            for (LaneMode mode : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag}) {
                for (int rows : {1, 4}) {
                    QTest::addRow("%s-%s-%s-%d", qPrintable(from), qPrintable(to), qPrintable(laneModeCode(mode)), rows)
                        << from << to << int(mode) << (rows == 1 ? 500.0 : 1600.0) << rows;
                }
            }
        }
    }

    void noOverlapAndEveryEventPlaced()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, mode);
        QFETCH(double, width);
        QFETCH(int, maxRows);
        const Dataset dataset = Test::timelineFixture();
        const TimelineData data = TimelineData::fromDataset(dataset);
        const auto titles = TimelineData::titleProvider(dataset);
        TimelineLayout layout;
        layout.setData(&data, titles.get());
        LayoutOptions o;
        o.from = minutes(from);
        o.to = minutes(to, true);
        o.width = width;
        o.laneMode = LaneMode(mode);
        o.maxRows = maxRows;
        layout.compute(o);
        checkNoOverlap(layout);
        // Every (event, lane) pair overlapping the range is an item or counted in a cluster of its lane.
        qint64 expected = 0;
        for (qsizetype i = 0; i < data.count(); ++i) {
            if (data.startEarliest(i) <= o.to && data.latest(i) >= o.from)
                expected += LaneMode(mode) == LaneMode::None
                    ? 1
                    : qint64(std::max<size_t>(1, data.lanesOf(LaneMode(mode), i).size()));
        }
        QCOMPARE(layout.placedCount(), expected);
        for (const LayoutLane &lane : layout.lanes()) {
            qint64 inLane = 0;
            for (size_t k = lane.itemBegin; k < lane.itemEnd; ++k)
                inLane += 1;
            for (size_t k = lane.clusterBegin; k < lane.clusterEnd; ++k)
                inLane += layout.clusters()[k].count;
            QCOMPARE(inLane, qint64(lane.count));
            QVERIFY(lane.count > 0); // empty lanes are hidden
        }
    }

    void fuzzyExtentsMatchDates()
    {
        const Dataset dataset = Test::timelineFixture();
        const TimelineData data = TimelineData::fromDataset(dataset);
        TimelineLayout layout;
        layout.setData(&data, nullptr);
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2021"));
        o.to = minutes(QStringLiteral("2026"), true);
        o.width = 3000;
        o.laneMode = LaneMode::Dispute;
        o.maxRows = 30;
        layout.compute(o);
        QCOMPARE(layout.items().size(), size_t(dataset.events.size()));
        const TimeScale &scale = layout.scale();
        for (const Event &e : dataset.events) {
            const LayoutItem *item = layout.item(e.id);
            QVERIFY(item);
            QCOMPARE(item->xStartEarliest, scale.toPixel(e.start.earliestMinutes()));
            QCOMPARE(item->xStartLatest, scale.toPixel(e.start.latestMinutes() + 1));
            QCOMPARE(item->xEndLatest, scale.toPixel(e.latestMinutes() + 1));
            QCOMPARE(item->circa, e.start.isCirca());
            const bool exact = e.start.precision() >= FuzzyDate::Precision::Day && !e.start.isCirca();
            if (e.end.isValid()) {
                QCOMPARE(item->shape, ItemShape::Span);
                QCOMPARE(item->xEndEarliest, scale.toPixel(e.end.earliestMinutes() + 1));
            } else if (!exact) {
                // A year, a month or a circa date covers what it can mean: never a dot.
                QCOMPARE(item->shape, ItemShape::Extent);
                QVERIFY(item->marker.left() <= item->xStartEarliest + 0.001);
                QVERIFY(item->marker.right() >= item->xStartLatest - 0.001);
            } else {
                QCOMPARE(item->shape, ItemShape::Point);
            }
        }
    }

    void clusterCountsAddUp_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("lanes");
        QTest::addColumn<bool>("filtered");
        for (int lanes : {1, 20}) {
            for (bool filtered : {false, true}) {
                const QString tag = QStringLiteral("-%1lanes%2").arg(lanes).arg(filtered ? "-filtered" : "");
                QTest::newRow(qPrintable(QStringLiteral("all") + tag))
                    << QStringLiteral("2010") << QStringLiteral("2030") << lanes << filtered;
                QTest::newRow(qPrintable(QStringLiteral("year") + tag))
                    << QStringLiteral("2018") << QStringLiteral("2018") << lanes << filtered;
                QTest::newRow(qPrintable(QStringLiteral("month") + tag))
                    << QStringLiteral("2019-05") << QStringLiteral("2019-05") << lanes << filtered;
            }
        }
    }

    void clusterCountsAddUp()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, lanes);
        QFETCH(bool, filtered);
        const TimelineData data = denseData(60000, lanes);
        const auto titles = numberTitles();
        TimelineLayout layout;
        layout.setData(&data, titles.get());
        std::vector<quint8> keep;
        if (filtered) {
            keep.resize(size_t(data.count()));
            for (size_t i = 0; i < keep.size(); ++i)
                keep[i] = i % 3 != 0;
            layout.setFilter(keep);
        }
        LayoutOptions o;
        o.from = minutes(from);
        o.to = minutes(to, true);
        o.width = 1200;
        o.laneMode = LaneMode::Dispute;
        layout.compute(o);
        checkNoOverlap(layout);
        // Detailed lanes place every event overlapping the range; aggregated lanes count them too
        // (those started before the range in the first bin).
        qint64 expected = 0;
        for (const LayoutLane &lane : layout.lanes()) {
            const auto &index = data.laneIndex(LaneMode::Dispute);
            for (quint32 k = index.offsets[size_t(lane.lane)]; k < index.offsets[size_t(lane.lane) + 1]; ++k) {
                const quint32 i = index.events[k];
                if (!keep.empty() && !keep[i])
                    continue;
                expected += data.startEarliest(i) <= o.to && data.latest(i) >= o.from;
            }
        }
        QCOMPARE(layout.placedCount(), expected);
        if (from == QLatin1String("2010")) {
            QVERIFY(!layout.clusters().empty());
            QVERIFY(std::all_of(
                layout.lanes().begin(), layout.lanes().end(), [](const LayoutLane &l) { return l.aggregated; }));
            QCOMPARE(layout.items().size(), size_t(0));
        }
        for (const LayoutCluster &c : layout.clusters())
            QVERIFY(c.count > 0);
    }

    void reusedLayoutMatchesFreshOne_data()
    {
        // A layout reused across computes (cached titles, widths, shaped labels, scratch buffers)
        // gives what a fresh one gives, whatever changed in between.
        QTest::addColumn<QString>("change");
        // (window: lanes out of the bin window are packed from widths kept per event, not titles.)
        for (const char *change :
            {"range", "language", "font", "filter", "lane-mode", "titles", "window", "range-window"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void reusedLayoutMatchesFreshOne()
    {
        QFETCH(QString, change);
        const TimelineData data = denseData(20000, 12);
        // Titles that depend on a generation, to see stale ones.
        int generation = 1;
        const FunctionTitleProvider titles([&generation](RowId id, Language language) {
            return (language == Language::French ? QStringLiteral("Événement ") : QStringLiteral("Event "))
                % QString::number(id) % QStringLiteral(" v") % QString::number(generation);
        });
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2018-03"));
        o.to = minutes(QStringLiteral("2018-05"), true);
        o.width = 1400;
        o.laneMode = LaneMode::Dispute;
        const bool window = change.endsWith(QLatin1String("window"));
        if (window) {
            o.binTop = 0;
            o.binBottom = 300;
        }
        TimelineLayout reused;
        reused.setData(&data, &titles);
        computeFully(reused, o);
        if (window) {
            o.binTop = 600;
            o.binBottom = 1200;
        }

        std::vector<quint8> keep;
        if (change == QLatin1String("range") || change == QLatin1String("range-window")) {
            o.from = minutes(QStringLiteral("2019-07-01"));
            o.to = minutes(QStringLiteral("2019-07-20"), true);
        } else if (change == QLatin1String("language")) {
            o.language = Language::French;
        } else if (change == QLatin1String("font")) {
            o.labelFont.setPixelSize(16);
        } else if (change == QLatin1String("filter")) {
            keep.resize(size_t(data.count()));
            for (size_t i = 0; i < keep.size(); ++i)
                keep[i] = i % 4 != 1;
            reused.setFilter(keep);
        } else if (change == QLatin1String("lane-mode")) {
            // One lane for all: a short range, so that it is detailed.
            o.laneMode = LaneMode::None;
            o.from = minutes(QStringLiteral("2019-07-01"));
            o.to = minutes(QStringLiteral("2019-07-08"), true);
        } else if (change == QLatin1String("titles")) {
            generation = 2;
            reused.clearTitleCache();
        }
        computeFully(reused, o);

        TimelineLayout fresh;
        fresh.setData(&data, &titles);
        if (!keep.empty())
            fresh.setFilter(keep);
        computeFully(fresh, o);
        compareLayouts(reused, fresh);
        QVERIFY(!reused.items().empty());
        const auto labelled = std::count_if(
            reused.items().begin(), reused.items().end(), [](const LayoutItem &i) { return !i.label.isEmpty(); });
        // (One lane for all is taken by year-long extents that leave no room for labels.)
        QVERIFY(labelled > 0 || change == QLatin1String("lane-mode"));
        for (const LayoutItem &item : reused.items()) {
            if (!item.label.isEmpty())
                QVERIFY2(item.label.endsWith(QStringLiteral(" v%1").arg(generation)), qPrintable(item.label));
        }
    }

    void titlesMeasuredOverSeveralComputes()
    {
        // Many labelled items: the first compute measures a bounded number and says so.
        const TimelineData data = denseData(60000, 60);
        const auto titles = numberTitles();
        TimelineLayout layout;
        layout.setData(&data, titles.get());
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2016"));
        o.to = minutes(QStringLiteral("2016"), true);
        o.width = 3000;
        o.maxRows = 8;
        layout.compute(o);
        QVERIFY(layout.labelsPending());
        checkNoOverlap(layout);
        const qint64 placed = layout.placedCount();
        computeFully(layout, o);
        QCOMPARE(layout.placedCount(), placed);
        checkNoOverlap(layout);
        TimelineLayout again;
        again.setData(&data, titles.get());
        computeFully(again, o);
        compareLayouts(layout, again);
    }

    void binWindowKeepsCountsAndHeights_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("bottom");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("top") << -500.0 << 600.0 << false;
        QTest::newRow("middle") << 700.0 << 1500.0 << false;
        QTest::newRow("middle filtered") << 700.0 << 1500.0 << true;
        QTest::newRow("below") << 1e6 << 2e6 << false;
        QTest::newRow("thin") << 300.0 << 301.0 << true;
    }

    void binWindowKeepsCountsAndHeights()
    {
        QFETCH(double, top);
        QFETCH(double, bottom);
        QFETCH(bool, filtered);
        const TimelineData data = denseData(60000, 40);
        const auto titles = numberTitles();
        std::vector<quint8> keep;
        if (filtered) {
            keep.resize(size_t(data.count()));
            for (size_t i = 0; i < keep.size(); ++i)
                keep[i] = i % 3 != 0;
        }
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2012"));
        o.to = minutes(QStringLiteral("2026"), true);
        o.width = 1200;
        TimelineLayout full;
        full.setData(&data, titles.get());
        full.setFilter(keep);
        full.compute(o);
        o.binTop = top;
        o.binBottom = bottom;
        TimelineLayout windowed;
        windowed.setData(&data, titles.get());
        windowed.setFilter(keep);
        windowed.compute(o);

        QCOMPARE(windowed.placedCount(), full.placedCount());
        QCOMPARE(windowed.height(), full.height());
        QCOMPARE(windowed.lanes().size(), full.lanes().size());
        int binned = 0;
        for (size_t i = 0; i < full.lanes().size(); ++i) {
            const LayoutLane &w = windowed.lanes()[i];
            const LayoutLane &f = full.lanes()[i];
            QVERIFY(f.aggregated);
            QCOMPARE(w.top, f.top);
            QCOMPARE(w.height, f.height);
            QCOMPARE(w.count, f.count);
            const bool inWindow = w.top < bottom && w.top + w.height > top;
            QCOMPARE(w.binned, inWindow);
            if (!inWindow) {
                QCOMPARE(w.clusterBegin, w.clusterEnd);
                continue;
            }
            ++binned;
            // Bins of a lane in the window are those of the full layout.
            QCOMPARE(w.clusterEnd - w.clusterBegin, f.clusterEnd - f.clusterBegin);
            QCOMPARE(w.maxBin, f.maxBin);
            for (size_t k = 0; k < w.clusterEnd - w.clusterBegin; ++k) {
                const LayoutCluster &a = windowed.clusters()[w.clusterBegin + k];
                const LayoutCluster &b = full.clusters()[f.clusterBegin + k];
                QCOMPARE(a.count, b.count);
                QCOMPARE(a.from, b.from);
                QCOMPARE(a.rect, b.rect);
            }
        }
        QCOMPARE(binned > 0, top < 1e5);
    }

    void binWindowFillsDetailedLanes_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<double>("bottom");
        QTest::newRow("top") << -500.0 << 400.0;
        QTest::newRow("middle") << 700.0 << 1300.0;
        QTest::newRow("below") << 1e6 << 2e6;
        QTest::newRow("thin") << 300.0 << 301.0;
    }

    void binWindowFillsDetailedLanes()
    {
        // Detailed lanes out of the window are packed (their height depends on it) but hold
        // no items nor clusters; those in it are what a full layout gives.
        QFETCH(double, top);
        QFETCH(double, bottom);
        const TimelineData data = denseData(20000, 30);
        const auto titles = numberTitles();
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2019-03"));
        o.to = minutes(QStringLiteral("2019-05"), true);
        o.width = 1400;
        TimelineLayout full;
        full.setData(&data, titles.get());
        computeFully(full, o);
        o.binTop = top;
        o.binBottom = bottom;
        TimelineLayout windowed;
        windowed.setData(&data, titles.get());
        computeFully(windowed, o);

        QCOMPARE(windowed.placedCount(), full.placedCount());
        QCOMPARE(windowed.height(), full.height());
        QCOMPARE(windowed.lanes().size(), full.lanes().size());
        int filled = 0;
        int overflowing = 0;
        for (size_t i = 0; i < full.lanes().size(); ++i) {
            const LayoutLane &w = windowed.lanes()[i];
            const LayoutLane &f = full.lanes()[i];
            QVERIFY(!f.aggregated);
            QVERIFY(f.binned);
            QCOMPARE(w.top, f.top);
            QCOMPARE(w.height, f.height);
            QCOMPARE(w.rows, f.rows);
            QCOMPARE(w.count, f.count);
            QCOMPARE(w.maxBin, f.maxBin);
            overflowing += f.clusterEnd > f.clusterBegin;
            const bool meets = w.top < bottom && w.top + w.height > top;
            if (meets)
                QVERIFY(w.binned); // (a lane just short of the window may be filled too)
            if (!w.binned) {
                QCOMPARE(w.itemBegin, w.itemEnd);
                QCOMPARE(w.clusterBegin, w.clusterEnd);
                continue;
            }
            ++filled;
            QCOMPARE(w.itemEnd - w.itemBegin, f.itemEnd - f.itemBegin);
            for (size_t k = 0; k < w.itemEnd - w.itemBegin; ++k) {
                const LayoutItem &a = windowed.items()[w.itemBegin + k];
                const LayoutItem &b = full.items()[f.itemBegin + k];
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.row, b.row);
                QCOMPARE(a.box, b.box);
                QCOMPARE(a.labelRect, b.labelRect);
                QCOMPARE(a.label, b.label);
            }
            QCOMPARE(w.clusterEnd - w.clusterBegin, f.clusterEnd - f.clusterBegin);
            for (size_t k = 0; k < w.clusterEnd - w.clusterBegin; ++k) {
                QCOMPARE(windowed.clusters()[w.clusterBegin + k].count, full.clusters()[f.clusterBegin + k].count);
                QCOMPARE(windowed.clusters()[w.clusterBegin + k].rect, full.clusters()[f.clusterBegin + k].rect);
            }
        }
        QVERIFY(overflowing > 0); // busy enough for the overflow strips to matter
        QCOMPARE(filled > 0, top < 1e5);
        QVERIFY(filled < int(full.lanes().size()));
    }

    void panningKeepsLanesOutOfTheWindow()
    {
        // Panning at one zoom: lanes in the bin window are packed again, as a fresh layout packs them;
        // detailed lanes below it keep the height they were packed at, with exact counts.
        const TimelineData data = denseData(20000, 30);
        const auto titles = numberTitles();
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2019-03"));
        o.to = minutes(QStringLiteral("2019-05"), true);
        o.width = 1400;
        o.binTop = -400;
        o.binBottom = 400;
        TimelineLayout panned;
        panned.setData(&data, titles.get());
        computeFully(panned, o);
        TimelineLayout before;
        before.setData(&data, titles.get());
        computeFully(before, o);
        QHash<int, double> heightBefore;
        for (const LayoutLane &lane : before.lanes())
            heightBefore.insert(lane.lane, lane.height);

        const double span = o.to - o.from;
        o.from += span;
        o.to += span;
        computeFully(panned, o);
        TimelineLayout fresh;
        fresh.setData(&data, titles.get());
        computeFully(fresh, o);

        QCOMPARE(panned.placedCount(), fresh.placedCount());
        QCOMPARE(panned.lanes().size(), fresh.lanes().size());
        int inWindow = 0;
        int kept = 0;
        int changed = 0; // lanes out of the window that a fresh packing sizes otherwise
        for (size_t i = 0; i < fresh.lanes().size(); ++i) {
            const LayoutLane &p = panned.lanes()[i];
            const LayoutLane &f = fresh.lanes()[i];
            QVERIFY(!f.aggregated);
            QCOMPARE(p.lane, f.lane);
            QCOMPARE(p.count, f.count);
            if (p.binned) {
                // Every lane above is in the window too: the same place, rows, items and clusters.
                ++inWindow;
                QCOMPARE(p.top, f.top);
                QCOMPARE(p.height, f.height);
                QCOMPARE(p.itemEnd - p.itemBegin, f.itemEnd - f.itemBegin);
                for (size_t k = 0; k < p.itemEnd - p.itemBegin; ++k) {
                    QCOMPARE(panned.items()[p.itemBegin + k].id, fresh.items()[f.itemBegin + k].id);
                    QCOMPARE(panned.items()[p.itemBegin + k].box, fresh.items()[f.itemBegin + k].box);
                    QCOMPARE(panned.items()[p.itemBegin + k].labelRect, fresh.items()[f.itemBegin + k].labelRect);
                }
                QCOMPARE(p.clusterEnd - p.clusterBegin, f.clusterEnd - f.clusterBegin);
                continue;
            }
            QCOMPARE(p.itemBegin, p.itemEnd);
            if (heightBefore.contains(p.lane)) {
                ++kept;
                QCOMPARE(p.height, heightBefore.value(p.lane));
                changed += p.height != f.height;
            }
        }
        QVERIFY(inWindow > 0);
        QVERIFY(kept > 5);
        QVERIFY(changed > 0); // (else this test would not tell reuse from packing again)
        // Out of the window, what a lane holds is counted only: the layout is still consistent.
        double top = 0;
        for (const LayoutLane &lane : panned.lanes()) {
            QCOMPARE(lane.top, top);
            top += lane.height;
        }
        QCOMPARE(panned.height(), top);
    }

    void keptPackingsInvalidated_data()
    {
        // A pan together with any change that alters packing: every lane is packed again.
        QTest::addColumn<QString>("change");
        for (const char *change : {"zoom", "width", "filter", "titles", "language", "data", "rows"})
            QTest::newRow(change) << QString::fromLatin1(change);
    }

    void keptPackingsInvalidated()
    {
        QFETCH(QString, change);
        const TimelineData data = denseData(20000, 30);
        const TimelineData other = denseData(24000, 30);
        int generation = 1;
        const FunctionTitleProvider titles([&generation](RowId id, Language) {
            return QStringLiteral("Event %1 of generation %2").arg(id).arg(generation);
        });
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2019-03"));
        o.to = minutes(QStringLiteral("2019-05"), true);
        o.width = 1400;
        o.binTop = -400;
        o.binBottom = 400;
        TimelineLayout reused;
        reused.setData(&data, &titles);
        computeFully(reused, o);

        const double span = o.to - o.from;
        o.from += span / 3;
        o.to += span / 3;
        const TimelineData *shown = &data;
        std::vector<quint8> keep;
        if (change == QLatin1String("zoom")) {
            o.to += span / 10;
        } else if (change == QLatin1String("width")) {
            o.width = 1300;
        } else if (change == QLatin1String("filter")) {
            keep.resize(size_t(data.count()));
            for (size_t i = 0; i < keep.size(); ++i)
                keep[i] = i % 3 != 1;
            reused.setFilter(keep);
        } else if (change == QLatin1String("titles")) {
            generation = 200000; // longer titles, wider labels
            reused.clearTitleCache();
        } else if (change == QLatin1String("language")) {
            o.language = Language::French;
        } else if (change == QLatin1String("data")) {
            shown = &other;
            reused.setData(shown, &titles);
        } else if (change == QLatin1String("rows")) {
            o.maxRows = 2;
        }
        computeFully(reused, o);
        TimelineLayout fresh;
        fresh.setData(shown, &titles);
        if (!keep.empty())
            fresh.setFilter(keep);
        computeFully(fresh, o);
        compareLayouts(reused, fresh);
        for (size_t i = 0; i < fresh.lanes().size(); ++i)
            QCOMPARE(reused.lanes()[i].maxBin, fresh.lanes()[i].maxBin);
    }

    void detailedLanesCountEveryOverlap_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("maxRows");
        QTest::newRow("day") << QStringLiteral("2019-06-03") << QStringLiteral("2019-06-03") << 4;
        QTest::newRow("week") << QStringLiteral("2019-06-03") << QStringLiteral("2019-06-09") << 2;
        QTest::newRow("quarter") << QStringLiteral("2021-01") << QStringLiteral("2021-03") << 4;
        QTest::newRow("month 1 row") << QStringLiteral("2021-02") << QStringLiteral("2021-02") << 1;
        QTest::newRow("before the data") << QStringLiteral("2013-01") << QStringLiteral("2013-03") << 4;
    }

    void detailedLanesCountEveryOverlap()
    {
        // Long spans make most of a lane's candidates end before the range (skipped by blocks):
        // the events that do reach into it are all placed or counted, in every lane.
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, maxRows);
        const int lanes = 16;
        const TimelineData data = denseData(30000, lanes);
        const auto titles = numberTitles();
        TimelineLayout layout;
        layout.setData(&data, titles.get());
        LayoutOptions o;
        o.from = minutes(from);
        o.to = minutes(to, true);
        o.width = 1300;
        o.maxRows = maxRows;
        o.hideEmptyLanes = false;
        computeFully(layout, o);
        checkNoOverlap(layout);
        std::vector<qint64> expected(size_t(lanes) + 1, 0);
        for (qsizetype i = 0; i < data.count(); ++i) {
            if (data.startEarliest(i) <= o.to && data.latest(i) >= o.from) {
                for (const quint32 lane : data.lanesOf(LaneMode::Dispute, i))
                    ++expected[lane];
            }
        }
        QCOMPARE(layout.lanes().size(), expected.size());
        for (const LayoutLane &lane : layout.lanes()) {
            QVERIFY(!lane.aggregated);
            QCOMPARE(qint64(lane.count), expected[size_t(lane.lane)]);
            qint64 inLane = qint64(lane.itemEnd - lane.itemBegin);
            for (size_t k = lane.clusterBegin; k < lane.clusterEnd; ++k)
                inLane += layout.clusters()[k].count;
            QCOMPARE(inLane, qint64(lane.count));
        }
    }

    void labelsUseContentLanguage()
    {
        const Dataset dataset = Test::timelineFixture();
        const TimelineData data = TimelineData::fromDataset(dataset);
        const auto titles = TimelineData::titleProvider(dataset);
        TimelineLayout layout;
        layout.setData(&data, titles.get());
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2023-04-15"));
        o.to = minutes(QStringLiteral("2023-04-25"), true);
        o.width = 1600;
        for (Language language : {Language::French, Language::English}) {
            o.language = language;
            layout.compute(o);
            const LayoutItem *item = layout.item(3);
            QVERIFY(item);
            QCOMPARE(item->label, dataset.events[2].title.text(language));
            QCOMPARE(layout.lanes().front().label, dataset.disputes[0].title.text(language));
        }
    }

    void labelInsideAWideFuzzyExtent_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // The event's own extent fills the view (a one-event timeline exported whole): no room left or right.
        QTest::newRow("a day seen by the hour") << "2023-05-02" << "2023-05-01T23:24" << "2023-05-03T00:36";
        QTest::newRow("a month seen by the day") << "2023-05" << "2023-04-30" << "2023-06-01";
        QTest::newRow("a year seen by the month") << "~2015" << "2014-12" << "2016-01";
    }

    void labelInsideAWideFuzzyExtent()
    {
        QFETCH(QString, date);
        QFETCH(QString, from);
        QFETCH(QString, to);
        TimelineData data;
        data.append(TimelineEventRecord::fromDates(7, FuzzyDate::fromIsoText(date), FuzzyDate()));
        data.finish();
        const FunctionTitleProvider titles([](RowId, Language) { return QStringLiteral("The only event"); });
        TimelineLayout layout;
        layout.setData(&data, &titles);
        LayoutOptions o;
        o.laneMode = LaneMode::None;
        o.from = minutes(from);
        o.to = minutes(to, true);
        o.width = 1200;
        layout.compute(o);
        const LayoutItem *item = layout.item(7);
        QVERIFY(item);
        QVERIFY2(item->label.endsWith(QStringLiteral("The only event")), qPrintable(item->label));
        QVERIFY(item->labelRect.left() >= 0);
        QVERIFY(item->labelRect.right() <= o.width);
        QVERIFY(item->marker.intersects(item->labelRect));
    }

    void hitTesting()
    {
        const Dataset dataset = Test::timelineFixture();
        const TimelineData data = TimelineData::fromDataset(dataset);
        TimelineLayout layout;
        layout.setData(&data, nullptr);
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2022"));
        o.to = minutes(QStringLiteral("2025"), true);
        o.width = 2000;
        o.maxRows = 20;
        layout.compute(o);
        for (const LayoutItem &item : layout.items()) {
            const LayoutItem *hit = layout.itemAt(item.marker.center());
            QVERIFY(hit);
            QVERIFY(hit->marker.adjusted(-3, -3, 3, 3).contains(item.marker.center()));
        }
        QVERIFY(!layout.itemAt(QPointF(-50, -50)));
        const auto all = layout.itemsIn(QRectF(-10, -10, 3000, layout.height() + 20));
        QCOMPARE(all.size(), layout.items().size());
    }

    void axisTicks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("label");
        QTest::newRow("centuries") << QStringLiteral("1500") << QStringLiteral("2020") << int(Language::English)
                                   << QStringLiteral("1700");
        QTest::newRow("decades") << QStringLiteral("1970") << QStringLiteral("2025") << int(Language::French)
                                 << QStringLiteral("1990");
        QTest::newRow("months fr") << QStringLiteral("2023") << QStringLiteral("2023") << int(Language::French)
                                   << QStringLiteral("févr.");
        QTest::newRow("months en") << QStringLiteral("2023") << QStringLiteral("2023") << int(Language::English)
                                   << QStringLiteral("Feb");
        QTest::newRow("days fr") << QStringLiteral("2023-08") << QStringLiteral("2023-08") << int(Language::French)
                                 << QStringLiteral("15 août");
        QTest::newRow("days en") << QStringLiteral("2023-08") << QStringLiteral("2023-08") << int(Language::English)
                                 << QStringLiteral("15 Aug");
        QTest::newRow("hours") << QStringLiteral("2023-08-15") << QStringLiteral("2023-08-15") << int(Language::English)
                               << QStringLiteral("12:00");
        QTest::newRow("minutes") << QStringLiteral("2023-08-15T10:00") << QStringLiteral("2023-08-15T11:00")
                                 << int(Language::English) << QStringLiteral("10:30");
    }

    void axisTicks()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, lang);
        QFETCH(QString, label);
        const TimeScale scale(minutes(from), minutes(to, true), 1600);
        const TimelineAxis axis = TimelineAxis::compute(scale, Language(lang));
        QStringList labels;
        double lastMajor = -1e9;
        for (const AxisTick &t : axis.ticks()) {
            QVERIFY(t.minutes >= scale.from() && t.minutes <= scale.to());
            if (t.major) {
                labels << t.label;
                QVERIFY2(t.x - lastMajor >= 40, "major ticks too close");
                lastMajor = t.x;
            }
        }
        QVERIFY2(labels.contains(label), qPrintable(labels.join(QLatin1Char('|'))));
        QVERIFY(labels.size() >= 3);
    }

    void axisContextGivesTheYear_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("lang");
        QTest::addColumn<QString>("context"); // empty: a tick label gives the year
        // "1 avr." is emphasised but names no year.
        QTest::newRow("days over a month fr") << QStringLiteral("2023-03-20") << QStringLiteral("2023-04-12")
                                              << int(Language::French) << QStringLiteral("mars 2023");
        QTest::newRow("days over a month en") << QStringLiteral("2023-03-20") << QStringLiteral("2023-04-12")
                                              << int(Language::English) << QStringLiteral("March 2023");
        // A midnight tick ("20 Apr") names the day, not the year.
        QTest::newRow("hours over midnight") << QStringLiteral("2023-04-19T18:00") << QStringLiteral("2023-04-20T06:00")
                                             << int(Language::English) << QStringLiteral("Wednesday, 19 April 2023");
        QTest::newRow("days in a month") << QStringLiteral("2023-08-03") << QStringLiteral("2023-08-25")
                                         << int(Language::French) << QStringLiteral("août 2023");
        QTest::newRow("days over new year")
            << QStringLiteral("2023-12-20") << QStringLiteral("2024-01-10") << int(Language::English) << QString();
        QTest::newRow("months over new year")
            << QStringLiteral("2023-06") << QStringLiteral("2024-05") << int(Language::French) << QString();
        QTest::newRow("months in a year") << QStringLiteral("2023-02") << QStringLiteral("2023-11")
                                          << int(Language::French) << QStringLiteral("2023");
    }

    void axisContextGivesTheYear()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, lang);
        QFETCH(QString, context);
        const TimeScale scale(minutes(from), minutes(to, true), 1600);
        const TimelineAxis axis = TimelineAxis::compute(scale, Language(lang));
        QCOMPARE(axis.context(), context);
        // The year shows somewhere: in the context or in a tick label.
        QStringList labels;
        for (const AxisTick &t : axis.ticks()) {
            if (t.major)
                labels << t.label;
        }
        const QString year = from.left(4);
        const QString nextYear = QString::number(year.toInt() + 1);
        QVERIFY2(axis.context().contains(year) || labels.contains(year) || labels.contains(nextYear),
            qPrintable(labels.join(QLatin1Char('|'))));
    }

    // Before AD 1 and in deep time: historical years, no year 0, no overflow.
    void axisAcrossYearZero_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("lang");
        QTest::addColumn<QStringList>("labels"); // that must be among the major labels
        const auto fr = int(Language::French);
        const auto en = int(Language::English);
        QTest::newRow("centuries fr") << s("-0600") << s("0400") << fr
                                      << QStringList {
                                             s("500 av. J.-C."), s("100 av. J.-C."), s("1 apr. J.-C."), s("100")};
        QTest::newRow("centuries en") << s("-0600") << s("0400") << en
                                      << QStringList {s("500 BCE"), s("100 BCE"), s("100")};
        QTest::newRow("decades") << s("-0050") << s("0050") << en << QStringList {s("10 BCE"), s("1 CE"), s("10")};
        QTest::newRow("years") << s("-0005") << s("0005") << en << QStringList {s("1 BCE"), s("1")};
        QTest::newRow("months") << s("-0001-06") << s("0001-06") << en << QStringList {s("1"), s("Jul")};
        QTest::newRow("days") << s("-0044-03-01") << s("-0044-03-31") << fr << QStringList {s("15 mars")};
        QTest::newRow("millennia") << s("-10000") << s("2023") << fr << QStringList {s("5000 av. J.-C.")};
        QTest::newRow("millions of years") << s("-3000000") << s("-1000000") << en << QStringList {s("2 million BCE")};
        QTest::newRow("deep time fr") << s("-13800000000") << s("2023") << fr
                                      << QStringList {s("10 milliards av. J.-C.")};
        QTest::newRow("deep time en") << s("-13800000000") << s("2023") << en << QStringList {s("10 billion BCE")};
        QTest::newRow("whole range") << s("-17000000000") << s("+17000000000") << en
                                     << QStringList {s("10 billion BCE"), s("10 billion CE")};
    }

    void axisAcrossYearZero()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, lang);
        QFETCH(QStringList, labels);
        const TimeScale scale(minutes(from), minutes(to, true), 1600);
        const TimelineAxis axis = TimelineAxis::compute(scale, Language(lang));
        QStringList majors;
        qint64 last = std::numeric_limits<qint64>::min();
        for (const AxisTick &t : axis.ticks()) {
            QVERIFY(t.minutes >= scale.from() && t.minutes <= scale.to());
            QVERIFY(t.minutes > last);
            last = t.minutes;
            if (t.major)
                majors << t.label;
        }
        QVERIFY2(majors.size() >= 3, qPrintable(majors.join(u'|')));
        for (const QString &label : labels)
            QVERIFY2(majors.contains(label), qPrintable(majors.join(u'|')));
        for (const QString &label : majors) {
            QVERIFY2(!label.startsWith(u'-'), qPrintable(label));
            QVERIFY2(label != s("0") && !label.startsWith(s("0 ")), qPrintable(label));
        }
    }

    void yearTicksSkipYearZero()
    {
        const auto yearStart = [](qint64 year) { return FuzzyDate::fromYear(year).earliestMinutes(); };
        const TimelineAxis::Step year {TimelineAxis::Unit::Year, 1};
        QCOMPARE(TimelineAxis::tickTimes(yearStart(-3), yearStart(3), year),
            std::vector<qint64>(
                {yearStart(-3), yearStart(-2), yearStart(-1), yearStart(1), yearStart(2), yearStart(3)}));
        const TimelineAxis::Step century {TimelineAxis::Unit::Year, 100};
        QCOMPARE(TimelineAxis::tickTimes(yearStart(-250), yearStart(250), century),
            std::vector<qint64>({yearStart(-200), yearStart(-100), yearStart(1), yearStart(100), yearStart(200)}));
        // Months run on across the missing year 0: November and December 1 BCE, January AD 1.
        const TimelineAxis::Step month {TimelineAxis::Unit::Month, 1};
        const auto monthStart = [](qint64 y, int m) { return FuzzyDate::fromMonth(y, m).earliestMinutes(); };
        QCOMPARE(TimelineAxis::tickTimes(monthStart(-1, 11), monthStart(1, 2), month),
            std::vector<qint64>({monthStart(-1, 11), monthStart(-1, 12), monthStart(1, 1), monthStart(1, 2)}));
        // Weeks start on Mondays before AD 1 too: 15 March 44 BCE was a Friday (proleptic Gregorian).
        const TimelineAxis::Step week {TimelineAxis::Unit::Week, 1};
        const qint64 ides = FuzzyDate::fromIsoText(s("-0044-03-15")).earliestMinutes();
        const std::vector<qint64> weeks = TimelineAxis::tickTimes(ides, ides + 7 * 1440, week);
        QCOMPARE(weeks.size(), size_t(1));
        QCOMPARE(weeks.front(), FuzzyDate::fromIsoText(s("-0044-03-18")).earliestMinutes());
        QCOMPARE(QDate(-44, 3, 18).dayOfWeek(), 1);
        QCOMPARE(TimelineAxis::label(yearStart(-500), {TimelineAxis::Unit::Year, 100}, Language::French),
            s("500 av. J.-C."));
        QCOMPARE(
            TimelineAxis::label(yearStart(-500), {TimelineAxis::Unit::Year, 100}, Language::English), s("500 BCE"));
        // Absurd ranges give no ticks rather than an overflow (UBSan runs in CI).
        constexpr qint64 lowest = std::numeric_limits<qint64>::min();
        constexpr qint64 highest = std::numeric_limits<qint64>::max();
        QVERIFY(TimelineAxis::tickTimes(lowest, highest, {TimelineAxis::Unit::Year, 10000000000}).empty());
        QVERIFY(TimelineAxis::tickTimes(lowest, lowest + 10, year).empty());
        const TimelineAxis wide = TimelineAxis::compute(TimeScale(-9e18, 9e18, 1600), Language::English);
        QVERIFY(wide.ticks().empty());
    }
};

QTEST_MAIN(TestTimelineLayout)
#include "tst_timelinelayout.moc"
