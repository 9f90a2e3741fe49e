// SPDX-License-Identifier: GPL-3.0-or-later
// The overview strip under the timeline (issue #22): the whole span in miniature with its density,
// the visible window drawn as a rectangle that follows the view and that the mouse drags.
#include "../timeline/timelinefixture.h"
#include "timeline/openingrange.h"
#include "ui/timelineopener.h"
#include "ui/timelineoverview.h"
#include "ui/timelineview.h"

#include <QTest>
#include <QVBoxLayout>

#include <numeric>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineOverview final : public QObject
{
    Q_OBJECT

private:
    /// The fixture's timeline over its overview, as the main window lays them out.
    struct Page
    {
        QWidget widget;
        Ui::TimelineView *view = nullptr;
        Ui::TimelineOverview *overview = nullptr;
        Dataset dataset;
    };

    static std::unique_ptr<Page> makePage()
    {
        auto page = std::make_unique<Page>();
        auto *layout = new QVBoxLayout(&page->widget);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        page->view = new Ui::TimelineView(&page->widget);
        page->overview = new Ui::TimelineOverview(page->view, &page->widget);
        layout->addWidget(page->view, 1);
        layout->addWidget(page->overview);
        page->dataset = Test::timelineFixture();
        page->view->setData(std::make_shared<TimelineData>(TimelineData::fromDataset(page->dataset)),
            std::shared_ptr<TitleProvider>(TimelineData::titleProvider(page->dataset)));
        page->widget.resize(1200, 500);
        page->widget.show();
        if (!QTest::qWaitForWindowExposed(&page->widget))
            return nullptr;
        return page;
    }

    /// The overview's x of the view's visible window edges.
    static std::pair<double, double> windowEdges(const Page &page)
    {
        return {
            page.overview->xOf(double(page.view->visibleFrom())), page.overview->xOf(double(page.view->visibleTo()))};
    }

private Q_SLOTS:
    void showsTheWholeSpanAndItsDensity()
    {
        auto page = makePage();
        QVERIFY(page);
        const TimelineData *data = page->view->data();
        QVERIFY(page->overview->spanFrom() < double(data->minMinutes()));
        QVERIFY(page->overview->spanTo() > double(data->maxMinutes()));
        // Every event's start is counted once, in the bin under it.
        const auto &bins = page->overview->bins();
        QCOMPARE(std::accumulate(bins.begin(), bins.end(), qint64(0)), qint64(data->count()));
        const qint64 first = data->laneIndex(LaneMode::None).starts.front();
        const double x = page->overview->xOf(double(first));
        const size_t bin = size_t((x - page->view->plotLeft()) / 3);
        QVERIFY(bins.at(bin) > 0 || (bin > 0 && bins.at(bin - 1) > 0));
        // The strip is thin: the timeline keeps the height.
        QVERIFY(page->overview->height() <= 48);
        QVERIFY(page->view->height() > 400);
    }

    void followsZoomAndPan()
    {
        auto page = makePage();
        QVERIFY(page);
        const qint64 from = FuzzyDate::fromIsoText(QStringLiteral("2023-01-01")).earliestMinutes();
        const qint64 to = FuzzyDate::fromIsoText(QStringLiteral("2023-12-31")).latestMinutes();
        page->view->setVisibleRange(from, to);
        QRectF rect = page->overview->windowRect();
        auto [left, right] = windowEdges(*page);
        QCOMPARE(rect.left(), left);
        QCOMPARE(rect.right(), right);
        QVERIFY(rect.width() > 20);
        const double before = rect.width();
        page->view->zoomIn();
        rect = page->overview->windowRect();
        QVERIFY(rect.width() < before);
        QCOMPARE(rect.left(), page->overview->xOf(double(page->view->visibleFrom())));
        // Zoomed out past the data: the span widens so the window stays inside the strip.
        page->view->setVisibleRange(from - 100 * 525960, to + 100 * 525960);
        QVERIFY(page->overview->spanFrom() <= double(page->view->visibleFrom()));
        QVERIFY(page->overview->spanTo() >= double(page->view->visibleTo()));
        QVERIFY(page->overview->windowRect().left() >= page->view->plotLeft() - 1);
    }

    void dragPansTheTimeline()
    {
        auto page = makePage();
        QVERIFY(page);
        const qint64 from = FuzzyDate::fromIsoText(QStringLiteral("2023-01-01")).earliestMinutes();
        const qint64 to = FuzzyDate::fromIsoText(QStringLiteral("2023-06-30")).latestMinutes();
        page->view->setVisibleRange(from, to);
        const qint64 span = page->view->visibleTo() - page->view->visibleFrom();
        const double minutesPerPixel = (page->overview->spanTo() - page->overview->spanFrom())
            / (page->overview->xOf(page->overview->spanTo()) - page->overview->xOf(page->overview->spanFrom()));
        const QPoint grab = page->overview->windowRect().center().toPoint();
        QTest::mousePress(page->overview, Qt::LeftButton, {}, grab);
        QTest::mouseMove(page->overview, grab + QPoint(40, 0));
        QTest::mouseMove(page->overview, grab + QPoint(80, 0));
        QTest::mouseRelease(page->overview, Qt::LeftButton, {}, grab + QPoint(80, 0));
        // The window moved 80 px of the strip later, its length kept.
        const double moved = double(page->view->visibleFrom() - from);
        QVERIFY2(std::abs(moved - 80 * minutesPerPixel) <= 2 * minutesPerPixel,
            qPrintable(QStringLiteral("moved %1 minutes, expected %2").arg(moved).arg(80 * minutesPerPixel)));
        QVERIFY(std::abs((page->view->visibleTo() - page->view->visibleFrom()) - span) <= 2);
        // And the rectangle with it.
        QVERIFY(std::abs(page->overview->windowRect().center().x() - (grab.x() + 80)) <= 2);
    }

    void clickCentresTheWindow()
    {
        auto page = makePage();
        QVERIFY(page);
        const qint64 from = FuzzyDate::fromIsoText(QStringLiteral("2023-04-01")).earliestMinutes();
        page->view->setVisibleRange(from, from + 30 * 1440);
        const qint64 span = page->view->visibleTo() - page->view->visibleFrom();
        // Far from the window: the strip's first tenth.
        const QRectF window = page->overview->windowRect();
        const double x = page->view->plotLeft() + 0.1 * (page->overview->width() - 2 * page->view->plotLeft());
        QVERIFY(x < window.left() - 10 || x > window.right() + 10);
        const double wanted = page->overview->minutesAt(x);
        QTest::mouseClick(page->overview, Qt::LeftButton, {}, QPoint(int(x), page->overview->height() / 2));
        const double centre = double(page->view->visibleFrom() + page->view->visibleTo()) / 2;
        const double minutesPerPixel
            = (page->overview->spanTo() - page->overview->spanFrom()) / page->overview->width();
        QVERIFY2(std::abs(centre - wanted) <= 2 * minutesPerPixel, qPrintable(QString::number(centre - wanted)));
        QVERIFY(std::abs((page->view->visibleTo() - page->view->visibleFrom()) - span) <= 2);
    }

    void openerWaitsForTheRealWidth()
    {
        // Data set while the view is hidden (a database opened before the window shows): the opening
        // view comes once it has its width, on the busy period rather than everything.
        Ui::TimelineView view;
        Ui::TimelineOpener opener(&view);
        const Dataset dataset = Test::timelineFixture();
        view.setData(std::make_shared<TimelineData>(TimelineData::fromDataset(dataset)),
            std::shared_ptr<TitleProvider>(TimelineData::titleProvider(dataset)));
        const qint64 allFrom = view.visibleFrom();
        const qint64 allTo = view.visibleTo();
        opener.openWhenShown();
        QVERIFY(opener.isPending());
        QCOMPARE(view.visibleFrom(), allFrom);
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!opener.isPending());
        // Where OpeningRange says, at the view's real width (not the whole span).
        const auto range = OpeningRange::choose(*view.data(), view.titleProvider(), view.layout().options());
        QVERIFY(range);
        QCOMPARE(view.visibleFrom(), qint64(std::floor(range->first)));
        QCOMPARE(view.visibleTo(), qint64(std::ceil(range->second)));
        QVERIFY(view.visibleFrom() != allFrom || view.visibleTo() != allTo);
        QVERIFY(view.visibleTo() - view.visibleFrom() < allTo - allFrom);
        // Labelled events in view: a story, not dots.
        const auto &items = view.layout().items();
        QVERIFY(
            std::count_if(items.begin(), items.end(), [](const LayoutItem &i) { return !i.labelRect.isEmpty(); }) >= 3);
    }
};

QTEST_MAIN(TestTimelineOverview)
#include "tst_timelineoverview.moc"
