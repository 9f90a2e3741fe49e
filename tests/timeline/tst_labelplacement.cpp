// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #22: every label laid out (event titles, lane headers and their counts, era labels) is
// clear of every other at every preset zoom, what gets no label is counted, and the first view
// opens on the busy period at a zoom where labels fit. On the bundled sample (read back from a
// real SQLite file, as the application builds it) and on a generated 10,000-event set.
#include "io/sample.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "timeline/openingrange.h"
#include "timeline/storagetitleprovider.h"
#include "timeline/timelinebuilder.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <span>

using namespace Frise;
using namespace Frise::Timeline;

namespace {

constexpr double minutesPerYear = 525960;

/// The view's zoom presets (TimelineView::showDecade() ... showDay()), in minutes.
const std::vector<std::pair<const char *, double>> presets = {
    {"decade", 10 * minutesPerYear},
    {"year", minutesPerYear},
    {"month", minutesPerYear / 12},
    {"week", 7 * 1440.0},
    {"day", 1440.0},
};

/// A drawn text's box, named for the failure message.
struct Placed
{
    QRectF rect;
    QString what;
};

std::vector<Placed> placedTexts(const TimelineLayout &layout)
{
    std::vector<Placed> placed;
    for (const LayoutItem &item : layout.items()) {
        if (!item.labelRect.isEmpty())
            placed.push_back({item.labelRect, QStringLiteral("label of event %1").arg(item.id)});
    }
    for (const LayoutLane &lane : layout.lanes()) {
        if (!lane.headerRect.isEmpty()) {
            placed.push_back({lane.headerRect, QStringLiteral("header of lane %1").arg(lane.label)});
            placed.push_back({lane.countRect, QStringLiteral("count of lane %1").arg(lane.label)});
        }
    }
    for (const LayoutEra &era : layout.eras()) {
        if (!era.shownLabel.isEmpty())
            placed.push_back({era.labelRect, QStringLiteral("era label %1").arg(era.shownLabel)});
    }
    return placed;
}

/// Events overlapping [from, to] in each lane of @p mode (what a layout must place or count).
qint64 expectedPlacements(const TimelineData &data, LaneMode mode, double from, double to)
{
    qint64 expected = 0;
    for (qsizetype i = 0; i < data.count(); ++i) {
        if (double(data.latest(i)) >= std::floor(from) && double(data.startEarliest(i)) <= std::ceil(to))
            expected += mode == LaneMode::None ? 1 : qint64(std::max<size_t>(1, data.lanesOf(mode, i).size()));
    }
    return expected;
}

/// 10,000 events over 2010-2026, most of them in 2022-2024, in eight disputes with long names, titles
/// of every length, eras across all lanes and per dispute.
std::shared_ptr<TimelineData> generatedData()
{
    QRandomGenerator rng(22);
    auto data = std::make_shared<TimelineData>();
    const QStringList names = {QStringLiteral("L’API payante de Reddit et l’entraînement des modèles"),
        QStringLiteral("Twitter/X contre Microsoft : les données pour l’IA"),
        QStringLiteral("Getty Images v. Stability AI"), QStringLiteral("Universal Music et les imitations par IA"),
        QStringLiteral("NYT v. OpenAI"), QStringLiteral("Authors Guild"), QStringLiteral("Stack Overflow"),
        QStringLiteral("Tumblr")};
    for (int l = 0; l < names.size(); ++l)
        data->addLane(LaneMode::Dispute, {QString::number(l), names[l], names[l], QColor()});
    for (int i = 0; i < 10000; ++i) {
        const bool busy = rng.bounded(10) < 8;
        const QDate day
            = busy ? QDate(2022, 1, 1).addDays(rng.bounded(3 * 365)) : QDate(2010, 1, 1).addDays(rng.bounded(16 * 365));
        FuzzyDate start;
        switch (i % 20) {
        case 0:
            start = FuzzyDate::fromYear(day.year());
            break;
        case 1:
        case 2:
            start = FuzzyDate::fromMonth(day.year(), day.month());
            break;
        case 3:
        case 4:
        case 5:
            start = FuzzyDate::fromMinute(QDateTime(day, QTime(rng.bounded(24), rng.bounded(60)), QTimeZone::UTC));
            break;
        default:
            start = FuzzyDate::fromDay(day);
        }
        start.setCirca(i % 13 == 0);
        const FuzzyDate end = i % 9 == 0 ? FuzzyDate::fromDay(day.addDays(rng.bounded(200))) : FuzzyDate();
        TimelineEventRecord record = TimelineEventRecord::fromDates(i + 1, start, end);
        record.importance = 1 + int(rng.bounded(5));
        const int first = int(rng.bounded(int(names.size())));
        const int lanes[] = {first, (first + 1 + int(rng.bounded(int(names.size()) - 1))) % int(names.size())};
        data->append(record, std::span<const int>(lanes, i % 4 == 0 ? 2 : 1));
    }
    data->finish();
    auto era = [&data](int lane, const char *from, const char *to, const QString &label) {
        EraBand band;
        band.lane = lane;
        band.fromMinutes = FuzzyDate::fromIsoText(QString::fromLatin1(from)).earliestMinutes();
        band.toMinutes = FuzzyDate::fromIsoText(QString::fromLatin1(to)).latestMinutes();
        band.labelFr = label;
        band.labelEn = label;
        data->addEra(band);
    };
    era(-1, "2022-11-30", "2023-12-31", QStringLiteral("The year after ChatGPT"));
    era(-1, "2023-03-01", "2023-06-30", QStringLiteral("API pricing changes"));
    era(0, "2023-04-18", "2023-07-01", QStringLiteral("Reddit blackout"));
    data->addDisputeEras();
    return data;
}

std::unique_ptr<TitleProvider> generatedTitles()
{
    static const QStringList words = {QStringLiteral("Reddit"), QStringLiteral("annonce"), QStringLiteral("API"),
        QStringLiteral("payante"), QStringLiteral("plainte"), QStringLiteral("déposée"), QStringLiteral("contre"),
        QStringLiteral("Microsoft"), QStringLiteral("accord"), QStringLiteral("licence"), QStringLiteral("données")};
    return std::make_unique<FunctionTitleProvider>([](RowId id, Language) {
        QString title = QStringLiteral("#%1").arg(id);
        for (RowId w = 0; w < 1 + id % 7; ++w)
            title += u' ' + words[qsizetype((id * 7 + w * 3) % RowId(words.size()))];
        return title;
    });
}

} // namespace

class TestLabelPlacement final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::shared_ptr<const TimelineData> m_sample;
    std::shared_ptr<StorageTitleProvider> m_sampleTitles;
    std::shared_ptr<TimelineData> m_generated;
    std::unique_ptr<TitleProvider> m_generatedTitles;

    const TimelineData &dataNamed(const QString &name) const
    {
        return name == QLatin1String("sample") ? *m_sample : *m_generated;
    }
    const TitleProvider *titlesNamed(const QString &name) const
    {
        return name == QLatin1String("sample") ? static_cast<const TitleProvider *>(m_sampleTitles.get())
                                               : m_generatedTitles.get();
    }

    /// Lays out [from, to] fully (every title measured) and checks it: no text over another, every
    /// event in view labelled or counted.
    static void checkWindow(
        TimelineLayout &layout, const TimelineData &data, LayoutOptions o, double from, double to, const QString &where)
    {
        o.from = from;
        o.to = to;
        layout.compute(o);
        for (int pass = 0; pass < 100 && layout.labelsPending(); ++pass)
            layout.compute(o);
        QVERIFY2(!layout.labelsPending(), qPrintable(where));

        auto placed = placedTexts(layout);
        std::sort(
            placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.rect.top() < b.rect.top(); });
        for (size_t a = 0; a < placed.size(); ++a) {
            const QRectF &r = placed[a].rect;
            QVERIFY2(r.left() >= -0.01 && r.right() <= o.width + 0.01,
                qPrintable(where + QStringLiteral(": %1 out of the plot").arg(placed[a].what)));
            for (size_t b = a + 1; b < placed.size() && placed[b].rect.top() < r.bottom(); ++b) {
                QVERIFY2(!r.intersects(placed[b].rect),
                    qPrintable(where + QStringLiteral(": %1 crosses %2").arg(placed[a].what, placed[b].what)));
            }
        }
        // Nothing drawn bare: an event in view has its label, or is counted in a cluster or a bin.
        for (const LayoutItem &item : layout.items())
            QVERIFY2(
                !item.labelRect.isEmpty(), qPrintable(where + QStringLiteral(": event %1 unlabelled").arg(item.id)));
        QCOMPARE(layout.placedCount(), expectedPlacements(data, o.laneMode, o.from, o.to));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Dataset dataset;
        Io::IoError ioError;
        QVERIFY2(Io::loadSample(&dataset, &ioError), qPrintable(ioError.toString()));
        Storage::StorageError error;
        Storage::Database::OpenOptions options;
        options.create = true;
        m_db = Storage::Database::open(m_dir.filePath(QStringLiteral("sample.frise")), options, &error);
        QVERIFY2(m_db, qPrintable(error.message));
        QVERIFY2(Storage::DatasetStore(*m_db).import(dataset, {}, {}, nullptr, &error), qPrintable(error.message));
        // As the application reads it: lanes, eras and status periods from the file.
        const TimelineLanes lanes = TimelineLanes::read(*m_db, &error);
        QVERIFY2(!error, qPrintable(error.message));
        m_sample = TimelineBuilder::build(*m_db, lanes, dataset.events.size(), &error);
        QVERIFY2(m_sample, qPrintable(error.message));
        QCOMPARE(m_sample->count(), dataset.events.size());
        QVERIFY(!m_sample->eras().empty());
        m_sampleTitles = std::make_shared<StorageTitleProvider>(m_db.get(), m_sample);
        m_generated = generatedData();
        m_generatedTitles = generatedTitles();
    }

    void noTextOverAnother_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("width");
        QTest::addColumn<int>("language");
        QTest::addColumn<double>("span");
        for (const char *set : {"sample", "generated"}) {
            for (LaneMode mode : {LaneMode::Dispute, LaneMode::Actor}) {
                if (QByteArray(set) == "generated" && mode == LaneMode::Actor)
                    continue; // the generated set has no actors
                for (double width : {700.0, 1400.0}) {
                    for (Language language : {Language::French, Language::English}) {
                        for (const auto &[name, span] : presets) {
                            QTest::addRow("%s-%s-%d-%s-%s", set, qPrintable(laneModeCode(mode)), int(width),
                                language == Language::French ? "fr" : "en", name)
                                << QString::fromLatin1(set) << int(mode) << width << int(language) << span;
                        }
                        // "Fit all": span 0.
                        QTest::addRow("%s-%s-%d-%s-all", set, qPrintable(laneModeCode(mode)), int(width),
                            language == Language::French ? "fr" : "en")
                            << QString::fromLatin1(set) << int(mode) << width << int(language) << 0.0;
                    }
                }
            }
        }
    }

    void noTextOverAnother()
    {
        QFETCH(QString, set);
        QFETCH(int, mode);
        QFETCH(double, width);
        QFETCH(int, language);
        QFETCH(double, span);
        const TimelineData &data = dataNamed(set);
        TimelineLayout layout;
        layout.setData(&data, titlesNamed(set));
        LayoutOptions o;
        o.width = width;
        o.laneMode = LaneMode(mode);
        o.language = Language(language);
        if (span == 0) {
            const double pad = double(data.maxMinutes() - data.minMinutes()) / 40;
            checkWindow(layout, data, o, double(data.minMinutes()) - pad, double(data.maxMinutes()) + pad,
                QStringLiteral("all"));
            return;
        }
        // Windows centred on events spread over the whole span (every event of the sample), as a
        // reader panning at this zoom would see them; plus the opening view's centre.
        const auto &starts = data.laneIndex(LaneMode::None).starts;
        const size_t step = std::max<size_t>(1, starts.size() / 60);
        std::vector<double> centres;
        for (size_t k = 0; k < starts.size(); k += step)
            centres.push_back(double(starts[k]));
        if (const auto opening = OpeningRange::choose(data, titlesNamed(set), o))
            centres.push_back((opening->first + opening->second) / 2);
        for (double centre : centres) {
            checkWindow(layout, data, o, centre - span / 2, centre + span / 2,
                FuzzyDate::containing(qint64(centre), FuzzyDate::Precision::Day).toIsoText());
            if (QTest::currentTestFailed())
                return;
        }
    }

    void layoutMeasuresWithThePaintersFonts()
    {
        // The layout places headers, counts and era labels; the painter draws them in its style's fonts.
        const TimelineStyle style;
        const double size = style.labelPointSize;
        const std::pair<QFont, QFont> pairs[] = {{style.font(size, QFont::DemiBold), defaultHeaderFont()},
            {style.font(size - 1), defaultCountFont()}, {style.font(size - 1.5), defaultEraFont()}};
        for (const auto &[painted, measured] : pairs) {
            QCOMPARE(painted.pixelSize(), measured.pixelSize());
            QCOMPARE(painted.weight(), measured.weight());
            QCOMPARE(painted.family(), measured.family());
        }
    }

    void eraLabelsClearOfLaneHeaders()
    {
        // The sample's era bands start with their lanes' first events: right where the header is drawn.
        TimelineLayout layout;
        layout.setData(m_sample.get(), m_sampleTitles.get());
        LayoutOptions o;
        o.width = 700;
        o.language = Language::French;
        const double pad = double(m_sample->maxMinutes() - m_sample->minMinutes()) / 40;
        o.from = double(m_sample->minMinutes()) - pad;
        o.to = double(m_sample->maxMinutes()) + pad;
        layout.compute(o);
        int shown = 0;
        for (const LayoutEra &era : layout.eras()) {
            if (era.shownLabel.isEmpty())
                continue;
            ++shown;
            // Inside its band, in the header strip of a lane it covers, right of that lane's count.
            QVERIFY(era.labelRect.left() >= era.rect.left() - 0.01);
            QVERIFY(era.labelRect.right() <= era.rect.right() + 0.01);
            const auto lane = std::find_if(layout.lanes().begin(), layout.lanes().end(),
                [&](const LayoutLane &l) { return l.headerRect.top() == era.labelRect.top(); });
            QVERIFY(lane != layout.lanes().end());
            QVERIFY(era.labelRect.left() >= lane->countRect.right());
        }
        QVERIFY(shown > 0); // placed, not dropped wholesale
    }

    void densestWindowLeavesOutliers()
    {
        TimelineData data;
        int id = 0;
        for (int i = 0; i < 90; ++i)
            data.append(TimelineEventRecord::fromDates(++id, FuzzyDate::fromDay(QDate(2023, 3, 1).addDays(i * 2)), {}));
        for (int year : {1990, 2001, 2013, 2019, 2020, 2025, 2026, 2030, 2031, 2040})
            data.append(TimelineEventRecord::fromDates(++id, FuzzyDate::fromDay(QDate(year, 6, 1)), {}));
        data.finish();
        const auto window = OpeningRange::densestWindow(data, 0.8);
        QVERIFY(window);
        // 80 of the 100 events: all among the 2023 ones, 2 days apart.
        QCOMPARE(window->second - window->first, qint64(79 * 2 * 1440));
        QVERIFY(window->first >= FuzzyDate::fromDay(QDate(2023, 3, 1)).earliestMinutes());
        QVERIFY(window->second <= FuzzyDate::fromDay(QDate(2023, 8, 28)).earliestMinutes());
        // The densest 30 days of 2023 hold 16 starts (both ends included).
        const qint64 month = 30 * 1440;
        const qint64 start = OpeningRange::densestStart(
            data, month, FuzzyDate::fromYear(2023).earliestMinutes(), FuzzyDate::fromYear(2023).latestMinutes());
        const auto &starts = data.laneIndex(LaneMode::None).starts;
        const auto held = std::upper_bound(starts.begin(), starts.end(), start + month)
            - std::lower_bound(starts.begin(), starts.end(), start);
        QCOMPARE(held, std::ptrdiff_t(16));
        QVERIFY(!OpeningRange::densestWindow(TimelineData(), 0.8));
    }

    void openingViewIsReadable_data()
    {
        QTest::addColumn<QString>("set");
        QTest::addColumn<double>("width");
        for (const char *set : {"sample", "generated"}) {
            for (double width : {700.0, 1400.0})
                QTest::addRow("%s-%d", set, int(width)) << QString::fromLatin1(set) << width;
        }
    }

    void openingViewIsReadable()
    {
        QFETCH(QString, set);
        QFETCH(double, width);
        const TimelineData &data = dataNamed(set);
        LayoutOptions o;
        o.width = width;
        o.language = Language::French;
        const auto range = OpeningRange::choose(data, titlesNamed(set), o);
        QVERIFY(range);
        const double span = range->second - range->first;
        // Not the whole span (2013-2026 for the sample): a period...
        QVERIFY(span < double(data.maxMinutes() - data.minMinutes()) / 2);
        // ... as busy as any of its length...
        const auto &starts = data.laneIndex(LaneMode::None).starts;
        auto held = [&](double from) {
            return std::upper_bound(starts.begin(), starts.end(), qint64(from + span))
                - std::lower_bound(starts.begin(), starts.end(), qint64(std::ceil(from)));
        };
        const auto shown = held(range->first);
        std::ptrdiff_t busiest = 0;
        for (qint64 from : starts)
            busiest = std::max(busiest, held(double(from) - span * 0.04));
        QVERIFY2(double(shown) >= 0.75 * double(busiest),
            qPrintable(QStringLiteral("%1 events shown, %2 in the busiest window").arg(shown).arg(busiest)));
        // ... where labels fit: a story's worth of labelled events, a larger share of what shows
        // labelled than over the whole span.
        TimelineLayout layout;
        layout.setData(&data, titlesNamed(set));
        o.titleBudget = std::numeric_limits<int>::max() / 2;
        auto labelledIn = [&](double from, double to) {
            o.from = from;
            o.to = to;
            layout.compute(o);
            return std::count_if(layout.items().begin(), layout.items().end(),
                [](const LayoutItem &item) { return !item.labelRect.isEmpty(); });
        };
        const auto whole = labelledIn(double(data.minMinutes()), double(data.maxMinutes()));
        const double wholeShare = double(whole) / double(layout.placedCount());
        const double wholeScore = OpeningRange::score(layout);
        const auto labelled = labelledIn(range->first, range->second);
        const double share = double(labelled) / double(layout.placedCount());
        qInfo().noquote() << set << width << "opens on"
                          << FuzzyDate::containing(qint64(range->first), FuzzyDate::Precision::Day).toIsoText()
                          << FuzzyDate::containing(qint64(range->second), FuzzyDate::Precision::Day).toIsoText() << ":"
                          << labelled << "labelled of" << layout.placedCount() << "(whole span:" << whole
                          << "labelled)";
        QVERIFY2(labelled >= 6 && share > wholeShare,
            qPrintable(QStringLiteral("%1 labelled (%2 %), %3 % over the whole span")
                    .arg(labelled)
                    .arg(100 * share)
                    .arg(100 * wholeShare)));
        QVERIFY(OpeningRange::score(layout) > wholeScore);
        if (set == QLatin1String("sample")) {
            // No histogram, three events in four labelled. (Not for the generated set: hundreds of
            // year-long extents overlap every window there, more than a lane's rows can label at any zoom.)
            for (const LayoutLane &lane : layout.lanes())
                QVERIFY(!lane.aggregated);
            QVERIFY2(share >= 0.75, qPrintable(QString::number(share)));
        }
    }
};

QTEST_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"
