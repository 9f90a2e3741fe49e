// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline inside the main window: the Timeline menu, the search dock's
// filters and the graph narrowing it, selection and double-click reaching the
// inspector, the "as of" cursor moving with the graph.
#include "ui/databasesession.h"
#include "ui/editcommand.h"
#include "ui/graphview.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/recordeditor.h"
#include "ui/roles.h"
#include "ui/searchwidget.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Frise;

class TestTimelineWiring : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    UiTestData::Ids m_ids;
    std::unique_ptr<Ui::MainWindow> m_window;

    Ui::TimelineView *view() const { return m_window->timelineView(); }
    Ui::GraphView *graph() const { return qobject_cast<Ui::GraphView *>(m_window->centralTabs()->widget(1)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    QLabel *filterStatus() const { return m_window->findChild<QLabel *>(QStringLiteral("statusTimelineFilter")); }
    static qint64 minutes(int y, int m, int d) { return UiTestData::day(y, m, d).earliestMinutes(); }

    QSet<RowId> shownIds() const
    {
        QSet<RowId> ids;
        const Timeline::TimelineLayout &layout = view()->layout();
        for (const Timeline::LayoutItem &item : layout.items())
            ids.insert(item.id);
        return ids;
    }

    /// Shows spring 2023, where the fixture's events are, wide enough for their boxes to stand apart.
    void showSpring2023()
    {
        view()->setVisibleRange(minutes(2023, 1, 1), minutes(2023, 7, 31));
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("wiring.frise"));
        m_ids = UiTestData::fill(m_path);
        QVERIFY(m_ids.drop);
    }

    void init()
    {
        m_window = std::make_unique<Ui::MainWindow>();
        m_window->resize(1400, 900);
        QVERIFY(m_window->openDatabase(m_path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(view()->data() ? view()->data()->count() : 0, qsizetype(5), 30000);
    }

    void cleanup() { m_window.reset(); }

    void menuPresetsZoomFromAnywhere()
    {
        m_window->centralTabs()->setCurrentIndex(1);
        action("actionTimelineDay")->trigger();
        QVERIFY(m_window->centralTabs()->currentWidget()->isAncestorOf(view())); // the timeline page
        QVERIFY(view()->visibleTo() - view()->visibleFrom() <= 2 * 24 * 60);
        action("actionTimelineYear")->trigger();
        const qint64 year = view()->visibleTo() - view()->visibleFrom();
        QVERIFY(year > 300 * 24 * 60 && year < 400 * 24 * 60);
        // Ctrl+0 fits all from the search field: the five events from January to June 2023.
        m_window->searchWidget()->searchField()->setFocus();
        QTest::keyClick(m_window->searchWidget()->searchField(), Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view()->visibleFrom() <= minutes(2023, 1, 17));
        QVERIFY(view()->visibleTo() >= minutes(2023, 6, 30));
        QVERIFY(view()->visibleTo() - view()->visibleFrom() < year);
    }

    void lanesFromTheMenuAreRemembered()
    {
        QCOMPARE(view()->laneMode(), Timeline::LaneMode::Dispute);
        action("actionLanesActor")->trigger();
        QCOMPARE(view()->laneMode(), Timeline::LaneMode::Actor);
        QVERIFY(action("actionLanesActor")->isChecked());
        QVERIFY(!action("actionLanesDispute")->isChecked());
        m_window.reset();
        init();
        QCOMPARE(view()->laneMode(), Timeline::LaneMode::Actor);
        action("actionLanesDispute")->trigger();
        QCOMPARE(view()->laneMode(), Timeline::LaneMode::Dispute);
    }

    void searchFiltersNarrowTheTimeline()
    {
        showSpring2023();
        QCOMPARE(shownIds().size(), 5);
        QVERIFY(!filterStatus()->isVisible());
        QVERIFY(!action("actionClearTimelineFilter")->isEnabled());
        Ui::SearchWidget *search = m_window->searchWidget();
        QComboBox *tag = search->tagFilter();
        const int apiPricing = tag->findData(QStringLiteral("api-pricing"));
        QVERIFY(apiPricing > 0);
        tag->setCurrentIndex(apiPricing);
        Q_EMIT tag->activated(apiPricing);
        // Set, but not applied until asked.
        QCOMPARE(shownIds().size(), 5);
        search->findChild<QCheckBox *>(QStringLiteral("filterTimeline"))->setChecked(true);
        QCOMPARE(shownIds(), (QSet<RowId> {m_ids.drop, m_ids.redditPricing}));
        QCOMPARE(view()->shownCount(), qsizetype(2));
        QVERIFY(filterStatus()->isVisible());
        QVERIFY(filterStatus()->text().contains(QLatin1String("2")));
        QVERIFY(filterStatus()->text().contains(QLatin1String("5")));
        // Live: another tag while applied.
        const int copyright = tag->findData(QStringLiteral("copyright"));
        tag->setCurrentIndex(copyright);
        Q_EMIT tag->activated(copyright);
        QCOMPARE(shownIds(), QSet<RowId> {m_ids.gettyLondon});
        // An edit rebuilds the data: the filter stays.
        Ui::DatabaseSession *session = m_window->session();
        const Event before = *session->find<Event>(m_ids.drop);
        Event after = before;
        after.tags.append(QStringLiteral("copyright"));
        QVERIFY(session->push(new Ui::EditEventCommand(session, before, after, QStringLiteral("tag"))));
        QTRY_COMPARE_WITH_TIMEOUT(shownIds(), (QSet<RowId> {m_ids.gettyLondon, m_ids.drop}), 30000);
        action("actionClearTimelineFilter")->trigger();
        QCOMPARE(shownIds().size(), 5);
        QVERIFY(!filterStatus()->isVisible());
        QVERIFY(!view()->isFiltered());
    }

    void graphShowsOnlyAnActor()
    {
        showSpring2023();
        m_window->centralTabs()->setCurrentIndex(1);
        Q_EMIT graph()->timelineFilterRequested(m_ids.microsoft);
        QVERIFY(m_window->centralTabs()->currentWidget()->isAncestorOf(view())); // the timeline page
        showSpring2023();
        QCOMPARE(shownIds(), (QSet<RowId> {m_ids.drop, m_ids.threat}));
        QVERIFY(m_window->searchWidget()->findChild<QCheckBox *>(QStringLiteral("filterTimeline"))->isChecked());
    }

    void rubberBandKeepsItsSelection()
    {
        showSpring2023();
        const QRectF drop = view()->itemRect(m_ids.drop);
        const QRectF threat = view()->itemRect(m_ids.threat);
        QVERIFY(!drop.isEmpty() && !threat.isEmpty());
        const QRect band = drop.united(threat).adjusted(-3, -3, 3, 3).toAlignedRect();
        QTest::mousePress(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, band.topLeft());
        QTest::mouseMove(view()->viewport(), band.center());
        QTest::mouseMove(view()->viewport(), band.bottomRight());
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::ShiftModifier, band.bottomRight());
        const QList<RowId> selected = view()->selection();
        QVERIFY(selected.contains(m_ids.drop));
        QVERIFY(selected.contains(m_ids.threat));
        // The inspector shows one of them; the timeline keeps them all.
        QCOMPARE(m_window->currentEntity(), QStringLiteral("event"));
        QVERIFY(selected.contains(m_window->currentId()));
        QCOMPARE(view()->selection().size(), selected.size());
        // Selecting elsewhere (the search results, the navigator) moves the timeline's selection.
        m_window->selectEvent(m_ids.gettyLondon);
        QCOMPARE(view()->selection(), QList<RowId> {m_ids.gettyLondon});
    }

    void doubleClickEdits()
    {
        showSpring2023();
        m_window->selectActor(m_ids.reddit);
        const QPoint centre = view()->itemRect(m_ids.threat).center().toPoint();
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);
        QCOMPARE(m_window->currentEntity(), QStringLiteral("event"));
        QCOMPARE(m_window->currentId(), m_ids.threat);
        // The focus is in the event's editor, ready to type.
        QWidget *focus = m_window->focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(focus));
        QVERIFY(m_window->inspector()->isAncestorOf(focus));
    }

    void asOfCursorMovesWithTheGraph()
    {
        showSpring2023();
        QVERIFY(!view()->asOf());
        action("actionTimelineAsOf")->trigger();
        QVERIFY(view()->asOf());
        QCOMPARE(graph()->asOf(), view()->asOf());
        // Dragging the cursor moves the graph's date.
        const int x = qRound(view()->xAt(double(*view()->asOf())));
        const int y = view()->viewport()->height() - 20;
        QTest::mousePress(view()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, y));
        QTest::mouseMove(view()->viewport(), QPoint(x + 60, y));
        QTest::mouseRelease(view()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x + 60, y));
        QVERIFY(*view()->asOf() > minutes(2023, 1, 1));
        QCOMPARE(graph()->asOf(), view()->asOf());
        action("actionTimelineAsOf")->trigger();
        QVERIFY(!view()->asOf());
        QVERIFY(!graph()->asOf());
    }

    void graphFollowsTheWindowsActor()
    {
        m_window->centralTabs()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(graph()->model().nodes().size() > 0, 30000);
        m_window->selectActor(m_ids.getty);
        QCOMPARE(graph()->selectedActor(), m_ids.getty);
        m_window->selectEvent(m_ids.drop);
        QCOMPARE(graph()->selectedActor(), RowId(0));
    }

    void timelineMenuIsTranslated()
    {
        QMenu *menu = m_window->findChild<QMenu *>(QStringLiteral("timelineMenu"));
        QVERIFY(menu);
        QVERIFY(m_window->menuBar()->actions().contains(menu->menuAction()));
        QCOMPARE(menu->title(), QStringLiteral("&Timeline"));
        m_window->setUiLanguageChoice(Language::French);
        QCoreApplication::processEvents();
        QCOMPARE(menu->title(), QStringLiteral("Frise &chronologique"));
        QCOMPARE(action("actionTimelineFitAll")->text(), QStringLiteral("&Tout afficher"));
        m_window->setUiLanguageChoice(Language::English);
    }
    /// Shows the graph tab and waits for its layout.
    Ui::GraphView *shownGraph()
    {
        m_window->centralTabs()->setCurrentIndex(1);
        Ui::GraphView *g = graph();
        if (!QTest::qWaitFor([g] { return g->model().nodeCount() > 0 && !g->isLayoutRunning(); }, 60000))
            return nullptr;
        return g;
    }

    void graphClickSelectsTheActorEverywhere()
    {
        Ui::GraphView *g = shownGraph();
        QVERIFY(g);
        QTest::mouseClick(g->canvas(), Qt::LeftButton, {}, g->actorPosition(m_ids.microsoft));
        // Navigator, inspector and timeline show Microsoft: its two events are selected there.
        const QModelIndex current = m_window->navigatorView()->currentIndex();
        QCOMPARE(current.data(Ui::EntityRole).toString(), QStringLiteral("actor"));
        QCOMPARE(current.data(Ui::IdRole).value<RowId>(), m_ids.microsoft);
        QVERIFY(m_window->inspector()->currentEditor());
        QCOMPARE(m_window->inspector()->currentEditor()->entity(), QStringLiteral("actor"));
        QList<RowId> expected {m_ids.drop, m_ids.threat};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(view()->selection(), expected);

        // Then an event from the navigator: the actor's events are no longer all selected.
        m_window->selectEvent(m_ids.gettyLondon);
        QCOMPARE(view()->selection(), QList<RowId> {m_ids.gettyLondon});
        QCOMPARE(g->selectedActor(), RowId(0));
    }

    void graphClickSelectsTheDisputeEverywhere()
    {
        Ui::GraphView *g = shownGraph();
        QVERIFY(g);
        const int hub = g->model().indexOf(Graph::GraphModel::disputeKey(m_ids.redditApi));
        QVERIFY(hub >= 0);
        QTest::mouseClick(g->canvas(), Qt::LeftButton, {}, g->nodeRect(hub).center().toPoint());
        QCOMPARE(m_window->currentEntity(), QStringLiteral("dispute"));
        QCOMPARE(m_window->currentId(), m_ids.redditApi);
        QCOMPARE(m_window->inspector()->currentEditor()->entity(), QStringLiteral("dispute"));
        QCOMPARE(m_window->navigatorView()->currentIndex().data(Ui::IdRole).value<RowId>(), m_ids.redditApi);
        QList<RowId> expected {m_ids.redditPricing, m_ids.talks};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(view()->selection(), expected);
        QCOMPARE(g->selectedNode(), hub);
        // An actor picked in the navigator moves the graph's selection to it.
        m_window->selectActor(m_ids.reddit);
        QCOMPARE(g->selectedActor(), m_ids.reddit);
        QCOMPARE(view()->selection(), QList<RowId> {m_ids.redditPricing}); // Reddit's one event with it as actor
    }

    void arrowsAndEnterEditFromTheTimeline()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        showSpring2023();
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->selection().size(), 1);
        const RowId first = view()->selection().constFirst();
        // The keyboard's selection reaches the inspector like a click.
        QCOMPARE(m_window->currentEntity(), QStringLiteral("event"));
        QCOMPARE(m_window->currentId(), first);
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(m_window->inspector()->currentEditor()->entity(), QStringLiteral("event"));
        QCOMPARE(m_window->currentId(), first);
        // Enter put the cursor in the editor's title.
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QVERIFY(m_window->inspector()->isAncestorOf(QApplication::focusWidget()));
    }
};

QTEST_MAIN(TestTimelineWiring)
#include "tst_timelinewiring.moc"
