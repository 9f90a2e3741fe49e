// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinepainter.h"
#include "timelinefixture.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;

namespace {

qint64 minutes(const QString &iso, bool end = false)
{
    const FuzzyDate d = FuzzyDate::fromIsoText(iso);
    return end ? d.latestMinutes() : d.earliestMinutes();
}

/// The fixture's events and many more in dense lanes, so that a frame has items, chips and histograms.
TimelineData mixedData()
{
    TimelineData data;
    for (int l = 0; l < 6; ++l) {
        data.addLane(LaneMode::Dispute,
            {QString::number(l), QStringLiteral("Litige %1").arg(l), QStringLiteral("Dispute %1").arg(l), QColor()});
    }
    QRandomGenerator rng(7);
    for (int i = 0; i < 20000; ++i) {
        const QDate day = QDate(2015, 1, 1).addDays(rng.bounded(3650));
        FuzzyDate start = i % 4 == 0 ? FuzzyDate::fromMonth(day.year(), day.month()) : FuzzyDate::fromDay(day);
        start.setCirca(i % 13 == 0);
        const FuzzyDate end = i % 9 == 0 ? FuzzyDate::fromDay(day.addDays(rng.bounded(300))) : FuzzyDate();
        // Lane 0 is dense (a histogram at most zooms), the others sparse.
        const int lane[] = {i % 3 == 0 ? 0 : 1 + i % 5};
        TimelineEventRecord r = TimelineEventRecord::fromDates(i + 1, start, end);
        r.importance = 1 + i % 5;
        data.append(r, lane);
    }
    data.finish();
    return data;
}

QImage render(const TimelinePainter &painter, const TimelineLayout &layout, double scale, RowId hovered,
    const QSet<RowId> *selection)
{
    QImage image(int(900 * scale), int(600 * scale), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.scale(scale, scale);
    PaintState s;
    s.rect = QRectF(0, 0, 900, 600);
    s.plotLeft = 16;
    s.hovered = hovered;
    s.selection = selection;
    s.asOf = minutes(QStringLiteral("2018-04-10"));
    painter.paint(&p, layout, s);
    return image;
}

} // namespace

class TestTimelinePainter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cachesGiveWhatAFreshPainterGives_data()
    {
        // The painter keeps fonts, shaped texts and sprites between frames: a frame drawn after
        // others (other layouts, fonts, languages, scales) must be the one a fresh painter draws.
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("change");
        for (double scale : {1.0, 2.0}) {
            for (const char *change : {"none", "range", "language", "font", "scale"}) {
                QTest::addRow("x%d-%s", int(scale), change) << scale << QString::fromLatin1(change);
            }
        }
    }

    void cachesGiveWhatAFreshPainterGives()
    {
        QFETCH(double, scale);
        QFETCH(QString, change);
        const TimelineData data = mixedData();
        const FunctionTitleProvider titles([](RowId id, Language language) {
            return (language == Language::French ? QStringLiteral("Événement n° ") : QStringLiteral("Event #"))
                + QString::number(id);
        });
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2018-03"));
        o.to = minutes(QStringLiteral("2018-06"), true);
        o.width = 900 - 32;
        TimelineLayout layout;
        layout.setData(&data, &titles);
        layout.compute(o);
        const QSet<RowId> selection {layout.items().front().id};
        const RowId hovered = layout.items().back().id;

        const TimelinePainter painter;
        const QImage first = render(painter, layout, scale, hovered, &selection);
        QCOMPARE(render(painter, layout, scale, hovered, &selection), first);

        double otherScale = scale;
        if (change == QLatin1String("range")) {
            o.from = minutes(QStringLiteral("2016"));
            o.to = minutes(QStringLiteral("2019"), true);
        } else if (change == QLatin1String("language")) {
            o.language = Language::French;
        } else if (change == QLatin1String("font")) {
            o.labelFont.setPixelSize(15);
        } else if (change == QLatin1String("scale")) {
            otherScale = scale == 1 ? 2 : 1;
        }
        layout.compute(o);
        const QImage changed = render(painter, layout, otherScale, hovered, &selection);
        const TimelinePainter fresh;
        QCOMPARE(changed, render(fresh, layout, otherScale, hovered, &selection));

        // Back to the first frame: the same picture.
        o = LayoutOptions();
        o.from = minutes(QStringLiteral("2018-03"));
        o.to = minutes(QStringLiteral("2018-06"), true);
        o.width = 900 - 32;
        layout.compute(o);
        QCOMPARE(render(painter, layout, scale, hovered, &selection), first);

        // Something was drawn: lanes, bars, items and labels are not the background.
        int distinct = 0;
        QRgb last = 0;
        for (int y = 0; y < first.height(); y += 3) {
            for (int x = 0; x < first.width(); x += 3) {
                const QRgb px = first.pixel(x, y);
                distinct += px != last;
                last = px;
            }
        }
        QVERIFY2(distinct > 1000, qPrintable(QString::number(distinct)));
    }

    void binsOutsideTheWindowAreNotDrawnButCounted()
    {
        const TimelineData data = mixedData();
        LayoutOptions o;
        o.from = minutes(QStringLiteral("2015"));
        o.to = minutes(QStringLiteral("2024"), true);
        o.width = 900 - 32;
        TimelineLayout full;
        full.setData(&data, nullptr);
        full.compute(o);
        // The window covers what a 600 px frame shows: the pictures are the same.
        o.binTop = -600;
        o.binBottom = 1200;
        TimelineLayout windowed;
        windowed.setData(&data, nullptr);
        windowed.compute(o);
        QCOMPARE(windowed.placedCount(), full.placedCount());
        const TimelinePainter painter;
        QCOMPARE(render(painter, windowed, 1, 0, nullptr), render(painter, full, 1, 0, nullptr));
    }
};

QTEST_MAIN(TestTimelinePainter)
#include "tst_timelinepainter.moc"
