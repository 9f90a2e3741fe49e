// SPDX-License-Identifier: GPL-3.0-or-later
#include "../graph/sampledataset.h"
#include "core/contrast.h"
#include "graph/layoutcache.h"
#include "ui/graphview.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPalette>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Frise;
using namespace Frise::Ui;

namespace {

// Shows the sample and waits for its first layout.
bool showSample(GraphView &view)
{
    QSignalSpy finished(&view, &GraphView::layoutFinished);
    view.resize(900, 700);
    view.setDataset(FriseTest::sampleGraphDataset());
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    if (view.isLayoutRunning() && !finished.wait(60000))
        return false;
    return !view.isLayoutRunning() && finished.size() == 1 && finished.first().first().toBool();
}

/// Canvas rectangle @p rect in @p view's coordinates.
QRectF inView(const GraphView &view, const QRectF &rect)
{
    return rect.translated(view.canvas()->mapTo(&view, QPoint(0, 0)));
}

/// No two of @p labels overlap.
bool apart(const QList<Graph::PlacedLabel> &labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i)
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            if (labels[i].rect.intersects(labels[j].rect))
                return false;
    return true;
}

/// A dark palette as Fusion themes have it: light text on near-black.
QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    return dark;
}

// Every actor on a grid, 200 a row, whatever the layout asked for.
class GridLayoutCache final : public Graph::LayoutCache
{
public:
    std::optional<Graph::CachedLayout> load(const QString &) override
    {
        Graph::CachedLayout layout;
        for (int i = 1; i <= 20000; ++i)
            layout.positions.insert(Graph::GraphModel::actorKey(i), QPointF(30 * (i % 200), 30 * (i / 200)));
        return layout;
    }
    bool save(const QString &, const Graph::CachedLayout &) override { return true; }
    void clear() override { }
};

} // namespace

class TestGraphView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickSelectsActor_data()
    {
        QTest::addColumn<qint64>("actor");
        QTest::newRow("Musk") << qint64(1);
        QTest::newRow("Twitter") << qint64(4);
        QTest::newRow("Stability AI") << qint64(7);
    }

    void clickSelectsActor()
    {
        QFETCH(qint64, actor);
        GraphView view;
        QVERIFY(showSample(view));
        QSignalSpy selected(&view, &GraphView::actorSelected);
        const QPoint at = view.actorPosition(actor);
        QVERIFY(view.canvas()->rect().contains(at));
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, at);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<RowId>(), actor);
        QCOMPARE(view.selectedActor(), actor);
    }

    void clickOnBackgroundClearsSelection()
    {
        GraphView view;
        QVERIFY(showSample(view));
        view.selectActor(2);
        QCOMPARE(view.selectedActor(), RowId(2));
        QSignalSpy selected(&view, &GraphView::actorSelected);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, QPoint(3, 3));
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<RowId>(), RowId(0));
    }

    void clickOnDisputeSelectsIt()
    {
        GraphView view;
        QVERIFY(showSample(view));
        int hub = -1;
        for (int i = 0; i < view.model().nodeCount(); ++i) {
            if (view.model().nodes()[i].type == Graph::GraphNode::Type::Dispute)
                hub = i;
        }
        QVERIFY(hub >= 0);
        QSignalSpy disputes(&view, &GraphView::disputeSelected);
        QSignalSpy actors(&view, &GraphView::actorSelected);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, view.nodeRect(hub).center().toPoint());
        QCOMPARE(disputes.size(), 1);
        QCOMPARE(disputes.first().first().value<RowId>(), view.model().nodes()[hub].id);
        QCOMPARE(actors.size(), 0);
        QCOMPARE(view.selectedNode(), hub);
        // Picked elsewhere: an actor replaces it; "no dispute" then leaves the actor alone.
        view.selectActor(4);
        QCOMPARE(view.selectedActor(), RowId(4));
        view.selectDispute(0);
        QCOMPARE(view.selectedActor(), RowId(4));
        view.selectDispute(view.model().nodes()[hub].id);
        QCOMPARE(view.selectedNode(), hub);
        view.selectActor(0);
        QCOMPARE(view.selectedNode(), hub);
    }

    void labelsReadableAtEveryZoom()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QVERIFY(view.minimumLabelPixels() >= 12 - 0.01); // 9 pt at 96 dpi
        const QList<Graph::PlacedLabel> labels = view.shownLabels();
        // At the default zoom every node of the sample is named, readably, without overlap.
        QCOMPARE(labels.size(), view.model().nodeCount());
        for (const Graph::PlacedLabel &label : labels) {
            QVERIFY2(label.pixelSize >= view.minimumLabelPixels() - 0.5, qPrintable(QString::number(label.pixelSize)));
            QVERIFY(QRectF(view.canvas()->rect()).contains(label.rect));
        }
        QVERIFY(apart(labels));

        // Zoomed far out: labels keep their size on screen and the less involved make way.
        qsizetype previous = labels.size();
        for (int i = 0; i < 12; ++i)
            view.zoomOut();
        const QList<Graph::PlacedLabel> far = view.shownLabels();
        QVERIFY(!far.isEmpty());
        QVERIFY(far.size() < previous);
        QVERIFY(apart(far));
        for (const Graph::PlacedLabel &label : far)
            QVERIFY(label.pixelSize >= view.minimumLabelPixels() - 0.5);
        // The selected node is always named.
        view.selectActor(6);
        const QList<Graph::PlacedLabel> selected = view.shownLabels();
        QVERIFY(std::any_of(selected.cbegin(), selected.cend(),
            [&view](const Graph::PlacedLabel &label) { return label.node == view.selectedNode(); }));
        previous = far.size();
        Q_UNUSED(previous)
    }

    void legendBesideTheGraph()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QVERIFY(view.isLegendShown());
        QVERIFY(view.legend()->isVisible());
        const QRectF legend = view.legend()->geometry();
        QVERIFY(legend.width() > 40 && legend.height() > 40);
        for (int i = 0; i < view.model().nodeCount(); ++i)
            QVERIFY2(!legend.intersects(inView(view, view.nodeRect(i))), qPrintable(view.model().nodes()[i].key));
        for (const Graph::PlacedLabel &label : view.shownLabels())
            QVERIFY(!legend.intersects(inView(view, label.rect)));

        // Collapsed: hidden, and the graph takes the room.
        const int width = view.canvas()->width();
        view.setLegendShown(false);
        QVERIFY(!view.legend()->isVisible());
        QTRY_VERIFY(view.canvas()->width() > width);
        view.setLegendShown(true);
        QTRY_COMPARE(view.canvas()->width(), width);
    }

    void fitsTheViewOnResize_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("small") << QSize(640, 460);
        QTest::newRow("large") << QSize(1500, 1000);
    }

    void fitsTheViewOnResize()
    {
        QFETCH(QSize, size);
        GraphView view;
        QVERIFY(showSample(view));
        view.resize(size);
        QTRY_COMPARE(view.size(), size);
        const QRectF canvas(view.canvas()->rect());
        for (int i = 0; i < view.model().nodeCount(); ++i)
            QVERIFY2(canvas.contains(view.nodeRect(i)), qPrintable(view.model().nodes()[i].key));
        // Filling it: the graph spans most of one side.
        QRectF nodes;
        for (int i = 0; i < view.model().nodeCount(); ++i)
            nodes |= view.nodeRect(i);
        QVERIFY(nodes.width() > canvas.width() * 0.4 || nodes.height() > canvas.height() * 0.4);
        for (const Graph::PlacedLabel &label : view.shownLabels())
            QVERIFY(canvas.contains(label.rect));
    }

    void readableUnderADarkPalette()
    {
        GraphView view;
        view.setPalette(darkPalette());
        QVERIFY(showSample(view));
        const QColor base = darkPalette().color(QPalette::Base);
        // Labels on the background itself (no light halo around them), in a colour that reads on it.
        QCOMPARE(view.paintOptions().haloColour, base);
        QVERIFY(Contrast::ratio(view.paintOptions().textColour, base) >= Contrast::textMinimum);
        const QImage image = view.canvas()->grab().toImage();
        QCOMPARE(image.pixelColor(2, 2), base);
        // Each label's text is drawn in pixels that read on the background (WCAG AA: 4.5).
        const QList<Graph::PlacedLabel> labels = view.shownLabels();
        QVERIFY(!labels.isEmpty());
        const qreal dpr = image.devicePixelRatio();
        for (const Graph::PlacedLabel &label : labels) {
            double best = 1;
            const QRect box
                = QRectF(label.rect.topLeft() * dpr, label.rect.size() * dpr).toAlignedRect() & image.rect();
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x)
                    best = std::max(best, Contrast::ratio(image.pixelColor(x, y), base));
            QVERIFY2(best >= Contrast::textMinimum, qPrintable(QString::number(best)));
            // Mostly background: the text stands on it, not on a box of another colour.
            int near = 0;
            for (int y = box.top(); y <= box.bottom(); ++y)
                for (int x = box.left(); x <= box.right(); ++x)
                    near += Contrast::ratio(image.pixelColor(x, y), base) < 1.5 ? 1 : 0;
            QVERIFY(near * 2 > box.width() * box.height());
        }
        // The legend too.
        const QImage legend = view.legend()->grab().toImage();
        QCOMPARE(legend.pixelColor(1, 1), base);
        double best = 1;
        for (int y = 0; y < legend.height(); ++y)
            for (int x = 0; x < legend.width(); ++x)
                best = std::max(best, Contrast::ratio(legend.pixelColor(x, y), base));
        QVERIFY(best >= Contrast::textMinimum);
    }

    void doubleClickRequestsTimelineFilter()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QSignalSpy filter(&view, &GraphView::timelineFilterRequested);
        QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, view.actorPosition(3));
        QCOMPARE(filter.size(), 1);
        QCOMPARE(filter.first().first().value<RowId>(), RowId(3));
    }

    void dragPinsNode()
    {
        Graph::MemoryLayoutCache cache;
        GraphView view;
        view.setLayoutCache(&cache);
        QVERIFY(showSample(view));
        QSignalSpy moved(&view, &GraphView::nodeMoved);
        const QPoint from = view.actorPosition(6);
        const QPoint to = from + QPoint(60, 40);
        QTest::mousePress(view.canvas(), Qt::LeftButton, {}, from);
        QTest::mouseMove(view.canvas(), from + QPoint(10, 5));
        QTest::mouseMove(view.canvas(), to);
        QTest::mouseRelease(view.canvas(), Qt::LeftButton, {}, to);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().first().value<RowId>(), RowId(6));
        QVERIFY(view.pinnedKeys().contains(QStringLiteral("a6")));
        const QPointF pinnedAt = moved.first().at(1).toPointF();
        QCOMPARE(view.positions().value(QStringLiteral("a6")), pinnedAt);
        QVERIFY((view.actorPosition(6) - to).manhattanLength() <= 2);

        // A new layout keeps it there.
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        view.relayout();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(QLineF(view.positions().value(QStringLiteral("a6")), pinnedAt).length() < 0.01);

        // And a view reopened on the same cache shows it at once, pinned, without a layout.
        GraphView reopened;
        reopened.setLayoutCache(&cache);
        reopened.setDataset(FriseTest::sampleGraphDataset());
        QVERIFY(!reopened.isLayoutRunning());
        QVERIFY(reopened.pinnedKeys().contains(QStringLiteral("a6")));
        QCOMPARE(reopened.positions(), view.positions());
    }

    void asOfSlot()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QVERIFY(!view.asOf());
        auto *slider = view.findChild<QSlider *>();
        QVERIFY(slider);
        const int before = slider->value();
        QSignalSpy changed(&view, &GraphView::asOfChanged);
        const qint64 when = FriseTest::minutesAt(2016, 1, 1);
        view.setAsOf(when);
        QCOMPARE(view.asOf().value(), when);
        QVERIFY(slider->value() < before);
        QCOMPARE(changed.size(), 0); // set from outside: no echo
        slider->setValue(slider->maximum() / 2);
        QCOMPARE(changed.size(), 1);
        QVERIFY(view.asOf().value() > when);
        view.clearAsOf();
        QVERIFY(!view.asOf());
    }

    void playAnimatesThroughTime()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QSignalSpy changed(&view, &GraphView::asOfChanged);
        view.play();
        QVERIFY(view.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 4, 60000);
        QList<qint64> dates;
        for (const QList<QVariant> &args : std::as_const(changed))
            dates.append(args.first().toLongLong());
        QVERIFY(std::is_sorted(dates.cbegin(), dates.cend()));
        view.pause();
        QVERIFY(!view.isPlaying());
    }

    // Developer aid: FRISE_GRAPH_OUTPUT=/some/dir keeps a screenshot to look at.
    void keepScreenshot()
    {
        const QString out = qEnvironmentVariable("FRISE_GRAPH_OUTPUT");
        if (out.isEmpty())
            QSKIP("set FRISE_GRAPH_OUTPUT to a folder to keep a screenshot");
        GraphView view;
        QVERIFY(showSample(view));
        view.setAsOf(FriseTest::minutesAt(2023, 6, 1));
        const QPointF at = view.actorPosition(2);
        QMouseEvent move(QEvent::MouseMove, at, view.canvas()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, {});
        QCoreApplication::sendEvent(view.canvas(), &move);
        QTest::qWait(50); // the legend grows for the date
        QVERIFY(view.grab().save(out + QStringLiteral("/view.png")));
    }

    void cancelStopsTheLayout()
    {
        // A big graph: the layout is still running when cancel is pressed.
        Dataset data;
        for (int i = 1; i <= 20000; ++i) {
            Actor actor;
            actor.id = i;
            actor.name = BilingualText::both(QString::number(i), QString::number(i));
            data.actors.append(actor);
            if (i > 1) {
                Relation relation;
                relation.id = i;
                relation.fromActorId = i;
                relation.toActorId = (i * 7919) % (i - 1) + 1;
                data.relations.append(relation);
            }
        }
        GraphView view;
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        view.showWholeGraph(); // as the user asks for it: above the focus threshold, not the default
        view.setDataset(data);
        QVERIFY(!view.isShowingNeighbourhood());
        QVERIFY(view.isLayoutRunning());
        view.cancelLayout();
        // How soon it stops is measured by tests/bench/bench_graph; here: it does, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!view.isLayoutRunning());
    }

    void aBigGraphsNewZoomIsDrawnOnWorkers()
    {
        // 20,000 actors at cached positions, shown whole: the overview's tiles.
        Dataset data;
        for (int i = 1; i <= 20000; ++i) {
            Actor actor;
            actor.id = i;
            actor.name = BilingualText::both(QString::number(i), QString::number(i));
            data.actors.append(actor);
            if (i > 1) {
                Relation relation;
                relation.id = i;
                relation.fromActorId = i;
                relation.toActorId = i - 1;
                data.relations.append(relation);
            }
        }
        GridLayoutCache grid;
        GraphView view;
        view.setLayoutCache(&grid);
        view.showWholeGraph();
        view.resize(1200, 800);
        view.setDataset(data);
        QVERIFY(!view.isLayoutRunning());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.canvas()->repaint();
        QVERIFY(view.isOverviewSharp()); // the first frame of a graph draws its tiles at once
        view.zoomIn();
        view.canvas()->repaint();
        QVERIFY(!view.isOverviewSharp()); // the old zoom's tiles stand in while workers draw the new ones
        // When they are back, the canvas repaints by itself.
        QTRY_VERIFY_WITH_TIMEOUT(view.isOverviewSharp(), 30000);
    }

    void smallGraphIsShownWhole()
    {
        GraphView view;
        QVERIFY(showSample(view));
        QVERIFY(!view.isShowingNeighbourhood());
        QCOMPARE(view.model().nodeCount(), view.wholeModel().nodeCount());
        QCOMPARE(view.hiddenNodeCount(), 0);
        QVERIFY(!view.findChild<QLabel *>(QStringLiteral("graphFocusSummary"))->isVisible());
    }

    void bigGraphOpensOnANeighbourhood()
    {
        GraphView view;
        view.setFocusThreshold(5); // the sample's 10 nodes count as big
        QVERIFY(showSample(view));
        QVERIFY(view.isShowingNeighbourhood());
        QCOMPARE(view.wholeModel().nodeCount(), 10);
        QCOMPARE(view.focusKey(), QStringLiteral("a4")); // Twitter / X, the most involved
        QCOMPARE(view.hops(), 2);
        QCOMPARE(view.model().nodeCount(), 5); // Microsoft, Musk, their dispute, then OpenAI
        QCOMPARE(view.hiddenNodeCount(), 5);
        auto *summary = view.findChild<QLabel *>(QStringLiteral("graphFocusSummary"));
        QVERIFY(summary->isVisible());
        QCOMPARE(summary->text(), QStringLiteral("Around Twitter / X: 5 of 10 nodes shown, 5 hidden"));

        QSignalSpy finished(&view, &GraphView::layoutFinished);
        view.findChild<QSpinBox *>(QStringLiteral("graphFocusHops"))->setValue(1);
        QCOMPARE(view.model().nodeCount(), 4);
        QCOMPARE(summary->text(), QStringLiteral("Around Twitter / X: 4 of 10 nodes shown, 6 hidden"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayoutRunning(), 60000);
        // Every shown node has a place on the canvas.
        for (int i = 0; i < view.model().nodeCount(); ++i)
            QVERIFY(view.canvas()->rect().intersects(view.nodeRect(i).toRect()));
    }

    void pickingOutsideTheNeighbourhoodMovesIt()
    {
        GraphView view;
        view.setFocusThreshold(5);
        QVERIFY(showSample(view));
        view.selectActor(3); // Microsoft is shown: the neighbourhood stays
        QCOMPARE(view.focusKey(), QStringLiteral("a4"));
        QCOMPARE(view.selectedActor(), RowId(3));
        view.selectActor(6); // Getty Images is not
        QCOMPARE(view.focusKey(), QStringLiteral("a6"));
        QCOMPARE(view.selectedActor(), RowId(6));
        QStringList keys;
        for (const Graph::GraphNode &node : view.model().nodes())
            keys.append(node.key);
        keys.sort();
        QCOMPARE(keys, (QStringList {"a6", "a7", "d2"}));
        view.selectDispute(3); // Reddit's paid API
        QCOMPARE(view.focusKey(), QStringLiteral("d3"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayoutRunning(), 60000);
    }

    void wholeGraphOnRequestAndBack()
    {
        GraphView view;
        view.setFocusThreshold(5);
        QVERIFY(showSample(view));
        QSignalSpy started(&view, &GraphView::layoutStarted);
        QSignalSpy finished(&view, &GraphView::layoutFinished);
        auto *whole = view.findChild<QToolButton *>(QStringLiteral("graphFocusWhole"));
        whole->click();
        QVERIFY(!view.isShowingNeighbourhood());
        QCOMPARE(view.model().nodeCount(), 10);
        QCOMPARE(view.hiddenNodeCount(), 0);
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("graphFocusSummary"))->text(),
            QStringLiteral("Whole graph: 10 nodes"));
        QVERIFY(!view.findChild<QSpinBox *>(QStringLiteral("graphFocusHops"))->isEnabled());
        QCOMPARE(started.size(), 1); // laid out off the UI thread, like every layout
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(finished.first().first().toBool());

        // Back to a neighbourhood: around what was selected in the whole graph.
        view.selectActor(7);
        whole->click();
        QVERIFY(view.isShowingNeighbourhood());
        QCOMPARE(view.focusKey(), QStringLiteral("a7"));
        QCOMPARE(view.selectedActor(), RowId(7));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLayoutRunning(), 60000);
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
