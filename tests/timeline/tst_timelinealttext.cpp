// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #25: the text alternative of a timeline image describes what the layout draws.
#include "timeline/timelinealttext.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"

#include <QTest>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineAltText final : public QObject
{
    Q_OBJECT

    static const FunctionTitleProvider &titles()
    {
        static const FunctionTitleProvider provider([](RowId id, Language language) {
            return (language == Language::French ? QStringLiteral("Fait n° %1") : QStringLiteral("Fact #%1")).arg(id);
        });
        return provider;
    }

    /// @p count events a day apart from 2023-01-01, odd ones in lane "Odd", even ones in lane "Even".
    static TimelineData daily(int count)
    {
        TimelineData data;
        const int odd = data.addLane(
            LaneMode::Dispute, {QStringLiteral("odd"), QStringLiteral("Impairs"), QStringLiteral("Odd"), QColor()});
        const int even = data.addLane(
            LaneMode::Dispute, {QStringLiteral("even"), QStringLiteral("Pairs"), QStringLiteral("Even"), QColor()});
        for (int i = 1; i <= count; ++i) {
            const FuzzyDate day = FuzzyDate::fromDay(QDate(2023, 1, 1).addDays(i - 1));
            const int lane = i % 2 ? odd : even;
            data.append(TimelineEventRecord::fromDates(RowId(i), day, FuzzyDate()), std::span<const int>(&lane, 1));
        }
        data.finish();
        return data;
    }

    static QStringList eventLines(const AltText &alt)
    {
        QStringList lines;
        for (const QString &line : alt.description.split(u'\n')) {
            if (line.startsWith(QLatin1String("- ")))
                lines.append(line);
        }
        return lines;
    }

private Q_SLOTS:
    void dateAtItsOwnPrecision_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::newRow("year") << QStringLiteral("2015") << QString();
        QTest::newRow("circa year") << QStringLiteral("~2015") << QString();
        QTest::newRow("month") << QStringLiteral("2023-04") << QString();
        QTest::newRow("day") << QStringLiteral("2023-04-25") << QString();
        QTest::newRow("minute") << QStringLiteral("2023-04-25T10:30") << QString();
        QTest::newRow("between days") << QStringLiteral("2023-04-17/2023-04-22") << QString();
        QTest::newRow("BCE") << QStringLiteral("-0044-03-15") << QString();
        QTest::newRow("month to day") << QStringLiteral("2023-04") << QStringLiteral("2023-06-15");
        QTest::newRow("day to year") << QStringLiteral("2019-03-11") << QStringLiteral("2024");
        QTest::newRow("circa month") << QStringLiteral("~2023-04") << QString();
        QTest::newRow("circa minute") << QStringLiteral("~2023-04-25T10:30") << QString();
        QTest::newRow("circa range") << QStringLiteral("~2020/2022") << QString();
        QTest::newRow("circa day to day") << QStringLiteral("~2023-04-25") << QStringLiteral("2023-05-02");
        QTest::newRow("day to circa year") << QStringLiteral("2019-03-11") << QStringLiteral("~2024");
        QTest::newRow("days to days") << QStringLiteral("2023-04-17/2023-04-22")
                                      << QStringLiteral("2023-05-01/2023-05-03");
    }

    // The date the timeline keeps (earliest, latest, precision) gives back the text of the date entered.
    void dateAtItsOwnPrecision()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        const FuzzyDate startDate = FuzzyDate::fromIsoText(start);
        const FuzzyDate endDate = end.isEmpty() ? FuzzyDate() : FuzzyDate::fromIsoText(end);
        QVERIFY(startDate.isValid());
        TimelineData data;
        data.append(TimelineEventRecord::fromDates(1, startDate, endDate));
        data.finish();
        for (Language language : {Language::French, Language::English}) {
            QString expected = startDate.toDisplayString(language);
            if (endDate.isValid())
                expected += QStringLiteral(" – ") + endDate.toDisplayString(language);
            QCOMPARE(TimelineAltText::dateText(data, 0, language), expected);
        }
    }

    // A big timeline lists its first events and counts the rest, in the export's language.
    void longListsAreCapped_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("more");
        QTest::newRow("en") << int(Language::English)
                            << QStringLiteral("1,250 events in 2 lanes by dispute (Odd, Even)")
                            << QStringLiteral("… and 1,050 more events.");
        QTest::newRow("fr") << int(Language::French)
                            << QStringLiteral("1\u202f250 événements sur 2 lignes par litige (Impairs, Pairs)")
                            << QStringLiteral("… et 1\u202f050 autres événements.");
    }

    void longListsAreCapped()
    {
        QFETCH(int, language);
        QFETCH(QString, summary);
        QFETCH(QString, more);
        const TimelineData data = daily(1250);
        TimelineExportOptions options;
        options.language = Language(language);
        options.title = QStringLiteral("T");
        const AltText alt = TimelineExporter::altText(data, &titles(), options);
        QVERIFY2(alt.summary.contains(summary), qPrintable(alt.summary));
        const QStringList lines = eventLines(alt);
        QCOMPARE(lines.size(), TimelineAltText::maxListed);
        QVERIFY2(lines.first().contains(language == int(Language::French) ? QStringLiteral("Fait n° 1 (Impairs)")
                                                                          : QStringLiteral("Fact #1 (Odd)")),
            qPrintable(lines.first()));
        QVERIFY2(alt.description.contains(more), qPrintable(alt.description));
        // The same text the export writes beside its file.
        QCOMPARE(alt.fileText(), alt.summary + QStringLiteral("\n\n") + alt.description + u'\n');
    }

    // Only what is drawn: the range, the view's filter, and the lanes the picture has room for.
    void describesOnlyWhatIsDrawn()
    {
        const TimelineData data = daily(40);
        TimelineLayout layout;
        layout.setData(&data, &titles());
        std::vector<quint8> keep(size_t(data.count()), 1);
        keep[size_t(data.indexOf(3))] = 0; // filtered out by the view
        layout.setFilter(keep);
        LayoutOptions lo;
        lo.from = double(FuzzyDate::fromDay(QDate(2023, 1, 2)).earliestMinutes());
        lo.to = double(FuzzyDate::fromDay(QDate(2023, 1, 10)).latestMinutes());
        lo.width = 1200;
        layout.compute(lo);
        QCOMPARE(int(layout.lanes().size()), 2);

        TimelinePicture picture;
        picture.shownLanes = 2;
        AltText alt = TimelineAltText::describe(layout, picture);
        QStringList lines = eventLines(alt);
        QCOMPARE(lines.size(), 8); // 2 to 10 January, less the 3rd
        QVERIFY(lines.first().contains(QStringLiteral("Fact #2 (Even)")));
        QVERIFY(!alt.description.contains(QStringLiteral("Fact #3 ")));
        QVERIFY(!alt.description.contains(QStringLiteral("Fact #1 ")));
        QVERIFY(!alt.description.contains(QStringLiteral("Fact #11 ")));

        // The second lane below the picture's bottom: its events are not in the text either.
        picture.shownLanes = 1;
        alt = TimelineAltText::describe(layout, picture);
        lines = eventLines(alt);
        const QString keptLane = layout.lanes().front().label;
        for (const QString &line : std::as_const(lines))
            QVERIFY2(line.endsWith(QStringLiteral("(") + keptLane + u')'), qPrintable(line));
        QCOMPARE(lines.size(), keptLane == QLatin1String("Odd") ? 3 : 5); // 5, 7, 9 (3 filtered out) or 2 to 10
        QVERIFY2(alt.summary.contains(QStringLiteral("1 lane is not shown.")), qPrintable(alt.summary));
        QVERIFY2(alt.summary.contains(QStringLiteral("events in 1 lane by dispute")), qPrintable(alt.summary));
    }

    void emptyTimeline()
    {
        TimelineData data;
        data.finish();
        TimelineExportOptions options;
        options.language = Language::French;
        const AltText alt = TimelineExporter::altText(data, nullptr, options);
        QVERIFY2(alt.summary.endsWith(QStringLiteral("\u00a0: aucun événement.")), qPrintable(alt.summary));
        QVERIFY(alt.description.isEmpty());
    }
};

QTEST_MAIN(TestTimelineAltText)
#include "tst_timelinealttext.moc"
