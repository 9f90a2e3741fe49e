// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layouts kept in the database: a graph laid out once reopens with the
// same positions (and pins) without running Graphviz again, through
// DatabaseLayoutCache and through the main window's graph tab.
#include "backgroundwork.h"
#include "storage/layoutpositions.h"
#include "ui/databaselayoutcache.h"
#include "ui/databasesession.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "uitestdata.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Frise;
using namespace Frise::Ui;

namespace {

Dataset sessionDataset(const DatabaseSession &session)
{
    Dataset dataset;
    dataset.events = session.events();
    dataset.disputes = session.disputes();
    dataset.actors = session.actors();
    dataset.tags = session.tags();
    dataset.sources = session.sources();
    dataset.claims = session.claims();
    dataset.relations = session.relations();
    return dataset;
}

/// Adds @p actors actors in a ring with chords, @p actors * 2 relations.
bool addGeneratedGraph(const QString &path, int actors)
{
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.create = true;
    auto db = Storage::Database::open(path, options, &error);
    if (!db)
        return false;
    return db->write(
        [&](Storage::StorageError *writeError) {
            QList<RowId> ids;
            Storage::ActorRepository actorRepository(*db);
            for (int i = 0; i < actors; ++i) {
                Actor actor = UiTestData::actor(
                    Actor::Kind::Company, QStringLiteral("Société %1").arg(i), QStringLiteral("Company %1").arg(i));
                if (!actorRepository.insert(actor, writeError))
                    return false;
                ids.append(actor.id);
            }
            Storage::RelationRepository relations(*db);
            for (int i = 0; i < actors; ++i) {
                for (int step : {1, 7}) {
                    Relation relation;
                    relation.fromActorId = ids[i];
                    relation.toActorId = ids[(i + step) % actors];
                    relation.type = step == 1 ? Relation::Type::PartnersWith : Relation::Type::CompetesWith;
                    if (!relations.insert(relation, writeError))
                        return false;
                }
            }
            return true;
        },
        &error);
}

bool waitForLayout(GraphView &view, QSignalSpy &finished)
{
    if (view.isLayoutRunning() && !finished.wait(60000))
        return false;
    return !view.isLayoutRunning() && !finished.isEmpty() && finished.last().first().toBool();
}

Graph::Positions actorPositions(const GraphView &view)
{
    Graph::Positions positions;
    for (auto it = view.positions().cbegin(); it != view.positions().cend(); ++it)
        if (it.key().startsWith(u'a'))
            positions.insert(it.key(), it.value());
    return positions;
}

} // namespace

class TestDatabaseLayoutCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString makeDatabase(const QString &kind)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.frise").arg(kind).arg(++m_counter));
        if (kind == QLatin1String("sample"))
            UiTestData::fill(path);
        else
            addGeneratedGraph(path, kind.mid(1).toInt());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void secondOpenReusesStoredLayout_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("sample with dispute hubs") << QStringLiteral("sample");
        QTest::newRow("150 actors, 300 relations") << QStringLiteral("g150");
        QTest::newRow("400 actors, 800 relations (sfdp)") << QStringLiteral("g400");
    }

    void secondOpenReusesStoredLayout()
    {
        QFETCH(QString, kind);
        const QString path = makeDatabase(kind);
        Graph::Positions laidOut;
        QSet<QString> pinned;
        qint64 freshMs = 0;
        {
            DatabaseSession session;
            QString message;
            QVERIFY2(session.open(path, false, &message), qPrintable(message));
            DatabaseLayoutCache cache(&session);
            GraphView view;
            view.setLayoutCache(&cache);
            view.resize(900, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QSignalSpy finished(&view, &GraphView::layoutFinished);
            QElapsedTimer timer;
            timer.start();
            view.setDataset(sessionDataset(session));
            QVERIFY(view.isLayoutRunning());
            QVERIFY(waitForLayout(view, finished));
            freshMs = timer.elapsed();

            // The user pins an actor somewhere else.
            const RowId actor = session.actors().first().id;
            const QPoint from = view.actorPosition(actor);
            const QPoint to = from + QPoint(50, 30);
            QSignalSpy moved(&view, &GraphView::nodeMoved);
            QTest::mousePress(view.canvas(), Qt::LeftButton, {}, from);
            QTest::mouseMove(view.canvas(), from + QPoint(10, 5));
            QTest::mouseMove(view.canvas(), to);
            QTest::mouseRelease(view.canvas(), Qt::LeftButton, {}, to);
            // In a dense graph the node under the cursor may be a neighbour: whichever moved is pinned.
            QCOMPARE(moved.size(), 1);
            QVERIFY(view.pinnedKeys().contains(Graph::GraphModel::actorKey(moved.first().first().value<RowId>())));
            laidOut = actorPositions(view);
            pinned = view.pinnedKeys();
            QCOMPARE(laidOut.size(), session.actors().size());

            // One layout in the file, every actor in it.
            Storage::StorageError error;
            Storage::LayoutPositions stored(*session.database());
            const QStringList keys = stored.keys(&error);
            QCOMPARE(keys.size(), 1);
            QCOMPARE(stored.load(keys.first(), &error).size(), session.actors().size());
        }

        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        DatabaseLayoutCache cache(&session);
        GraphView view;
        view.setLayoutCache(&cache);
        QSignalSpy started(&view, &GraphView::layoutStarted);
        QElapsedTimer timer;
        timer.start();
        view.setDataset(sessionDataset(session));
        const qint64 reusedMs = timer.elapsed();
        QVERIFY(!view.isLayoutRunning());
        QCOMPARE(started.size(), 0);
        QCOMPARE(actorPositions(view), laidOut);
        QCOMPARE(view.pinnedKeys(), pinned);
        // Dispute hubs are not stored: they are back, between their parties.
        QCOMPARE(view.positions().size(), view.model().nodeCount());
        qInfo("%s: fresh layout %lld ms, stored layout %lld ms", qPrintable(kind), freshMs, reusedMs);
    }

    void withoutDatabaseKeepsLayoutInMemory()
    {
        DatabaseSession session;
        DatabaseLayoutCache cache(&session);
        Graph::CachedLayout layout;
        layout.positions.insert(QStringLiteral("a1"), QPointF(1, 2));
        layout.pinned.insert(QStringLiteral("a1"));
        QVERIFY(cache.save(QStringLiteral("graph-mem"), layout));
        QVERIFY(cache.load(QStringLiteral("graph-mem")) == layout);
        // Opening a database: the memory is not carried over, nothing was written.
        QString message;
        QVERIFY2(session.open(makeDatabase(QStringLiteral("sample")), false, &message), qPrintable(message));
        QVERIFY(!cache.load(QStringLiteral("graph-mem")).has_value());
        Storage::StorageError error;
        QCOMPARE(Storage::LayoutPositions(*session.database()).keys(&error), QStringList());
        // Saved to the file now; clear() empties it.
        QVERIFY(cache.save(QStringLiteral("graph-file"), layout));
        QCOMPARE(
            Storage::LayoutPositions(*session.database()).keys(&error), QStringList {QStringLiteral("graph-file")});
        QVERIFY(cache.load(QStringLiteral("graph-file")) == layout);
        cache.clear();
        QVERIFY(!cache.load(QStringLiteral("graph-file")).has_value());
    }

    // The window lays out the graph only while its tab is shown.
    static GraphView *showGraphTab(MainWindow &window)
    {
        window.show();
        window.centralTabs()->setCurrentIndex(1);
        return qobject_cast<GraphView *>(window.centralTabs()->widget(1));
    }

    void mainWindowReopensGraphWithoutLayout()
    {
        const QString path = makeDatabase(QStringLiteral("sample"));
        Graph::Positions laidOut;
        {
            MainWindow window;
            auto *graph = showGraphTab(window);
            QVERIFY(graph);
            QSignalSpy finished(graph, &GraphView::layoutFinished);
            QVERIFY(window.openDatabase(path));
            QVERIFY(finished.wait(60000));
            QVERIFY(finished.last().first().toBool());
            laidOut = actorPositions(*graph);
            QVERIFY(!laidOut.isEmpty());
        }
        MainWindow window;
        auto *graph = showGraphTab(window);
        QVERIFY(graph);
        QSignalSpy started(graph, &GraphView::layoutStarted);
        QVERIFY(window.openDatabase(path));
        QTRY_COMPARE_WITH_TIMEOUT(actorPositions(*graph), laidOut, 60000);
        // Every loader of the open has delivered: none of them started a layout.
        QVERIFY(UiTestData::settleBackgroundWork());
        QCOMPARE(started.size(), 0);
        QVERIFY(!graph->isLayoutRunning());
    }
};

QTEST_MAIN(TestDatabaseLayoutCache)
#include "tst_databaselayoutcache.moc"
