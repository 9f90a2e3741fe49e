// SPDX-License-Identifier: GPL-3.0-or-later
#include "../graph/sampledataset.h"
#include "graph/layoutcache.h"
#include "ui/graphview.h"

#include <QMouseEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

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
        view.setDataset(data);
        QVERIFY(view.isLayoutRunning());
        view.cancelLayout();
        // How soon it stops is measured by tests/bench/bench_graph; here: it does, and says so.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!view.isLayoutRunning());
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
