// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a big database: the timeline is built from storage's
// compact rows in the background, titles come lazily, no event list is read.
#include "backgroundwork.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "timeline/storagetitleprovider.h"
#include "timeline/timelinecache.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/deletecommand.h"
#include "ui/editcommand.h"
#include "ui/mainwindow.h"
#include "ui/navigatormodel.h"
#include "ui/roles.h"
#include "ui/timelineloader.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTreeView>

using namespace Frise;

namespace {

constexpr int bigCount = 50000;
constexpr int disputeCount = 12;

Dataset generate(int events, quint32 seed)
{
    QRandomGenerator random(seed);
    Dataset dataset;
    for (int d = 1; d <= disputeCount; ++d) {
        Dispute dispute;
        dispute.id = d;
        dispute.title = BilingualText::both(QStringLiteral("Litige %1").arg(d), QStringLiteral("Dispute %1").arg(d));
        dispute.colour = QColor::fromHsv(d * 29 % 360, 160, 180).name();
        dataset.disputes.append(dispute);
    }
    for (int a = 1; a <= 40; ++a) {
        Actor actor;
        actor.id = a;
        actor.name = BilingualText::both(QStringLiteral("Acteur %1").arg(a), QStringLiteral("Actor %1").arg(a));
        dataset.actors.append(actor);
    }
    dataset.events.reserve(events);
    for (int i = 1; i <= events; ++i) {
        Event event;
        event.id = i;
        event.title = BilingualText::both(QStringLiteral("Titre %1").arg(i), QStringLiteral("Title %1").arg(i));
        if (i % 70 == 0) // a translation to review: more than a page of the navigator's "Needs review" group
            event.title.enStatus = TranslationStatus::NeedsReview;
        const QDate day = QDate(1990, 1, 1).addDays(random.bounded(35 * 365));
        event.start = random.bounded(3) == 0 ? FuzzyDate::fromMonth(day.year(), day.month()) : FuzzyDate::fromDay(day);
        if (random.bounded(10) == 0)
            event.end = FuzzyDate::fromDay(day.addDays(random.bounded(1, 400)));
        if (random.bounded(4) != 0)
            event.disputeIds.append(random.bounded(1, disputeCount + 1));
        event.actors.append({random.bounded(1, 41), QString()});
        if (random.bounded(3) == 0)
            event.tags.append(QStringLiteral("tag%1").arg(random.bounded(8)));
        dataset.events.append(event);
    }
    return dataset;
}

bool writeDatabase(const QString &path, const Dataset &dataset, QString *message)
{
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.create = true;
    auto db = Storage::Database::open(path, options, &error);
    if (db)
        Storage::DatasetStore(*db).import(dataset, {}, {}, nullptr, &error);
    *message = error.message;
    return db && !error;
}

} // namespace

class TestTimelineLoading : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_big;

    /// Loads @p path with @p loader; null when it failed or took over a minute.
    static std::shared_ptr<const Timeline::TimelineData> load(Ui::TimelineLoader &loader, const QString &path)
    {
        QSignalSpy finished(&loader, &Ui::TimelineLoader::finished);
        loader.start(path, std::nullopt, bigCount);
        if (!finished.wait(60000) && finished.isEmpty())
            return nullptr;
        return finished.first().first().value<std::shared_ptr<const Timeline::TimelineData>>();
    }

    static bool sameTimeline(const Timeline::TimelineData &a, const Timeline::TimelineData &b)
    {
        if (a.count() != b.count()
            || a.laneCount(Timeline::LaneMode::Dispute) != b.laneCount(Timeline::LaneMode::Dispute))
            return false;
        for (qsizetype i = 0; i < a.count(); ++i) {
            if (a.id(i) != b.id(i) || a.startEarliest(i) != b.startEarliest(i) || a.latest(i) != b.latest(i))
                return false;
        }
        for (int l = 0; l < a.laneCount(Timeline::LaneMode::Dispute); ++l) {
            if (a.lane(Timeline::LaneMode::Dispute, l).labelEn != b.lane(Timeline::LaneMode::Dispute, l).labelEn)
                return false;
        }
        return a.laneIndex(Timeline::LaneMode::Actor).events == b.laneIndex(Timeline::LaneMode::Actor).events;
    }

    static Timeline::StorageTitleProvider *titlesOf(Ui::MainWindow &window)
    {
        return const_cast<Timeline::StorageTitleProvider *>(
            dynamic_cast<const Timeline::StorageTitleProvider *>(window.timelineView()->titleProvider()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        m_big = m_dir.filePath(QStringLiteral("big.frise"));
        QString message;
        QVERIFY2(writeDatabase(m_big, generate(bigCount, 3), &message), qPrintable(message));
    }

    void init()
    {
        // Each test builds its timelines: none read from a snapshot an earlier test's window left.
        QThreadPool::globalInstance()->waitForDone();
        QDir(Timeline::TimelineCache::defaultFolder()).removeRecursively();
    }

    void opensBigDatabaseInBackground()
    {
        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        // Big: nothing on screen yet, the loader is at work and the window responds.
        QVERIFY(window.timelineLoader()->isRunning());
        QVERIFY(window.timelineView()->data()->isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const Timeline::TimelineData *data = window.timelineView()->data();
        QCOMPARE(data->count(), bigCount);
        QCOMPARE(data->laneCount(Timeline::LaneMode::Dispute), disputeCount + 1);
        // Nothing listed every event: not the timeline, the navigator or the graph.
        QCOMPARE(window.session()->eventListLoads(), 0);

        // Navigator: events of a dispute come a page at a time.
        Ui::NavigatorModel *navigator = window.navigatorModel();
        const QModelIndex disputes = navigator->index(0, 0);
        QCOMPARE(navigator->rowCount(disputes), disputeCount);
        const QModelIndex first = navigator->index(0, 0, disputes);
        QVERIFY(navigator->hasChildren(first));
        QCOMPARE(navigator->rowCount(first), 0);
        QVERIFY(navigator->canFetchMore(first));
        navigator->fetchMore(first);
        QCOMPARE(navigator->rowCount(first), int(Ui::NavigatorModel::pageSize));
        QCOMPARE(navigator->index(0, 0, first).data(Ui::EntityRole).toString(), QStringLiteral("event"));

        // Needs review: finding its events scans them all, so they are read when the group is opened, a page at a time.
        const QModelIndex review = navigator->index(4, 0);
        QVERIFY(!window.navigatorView()->isExpanded(review));
        QVERIFY(window.navigatorView()->isExpanded(disputes));
        QCOMPARE(navigator->rowCount(review), 0);
        QCOMPARE(review.data().toString(), QStringLiteral("Needs review")); // no count until all is read
        QVERIFY(navigator->canFetchMore(review));
        navigator->fetchMore(review);
        QCOMPARE(navigator->rowCount(review), int(Ui::NavigatorModel::pageSize));
        navigator->fetchMore(review);
        QCOMPARE(navigator->rowCount(review), bigCount / 70);
        QVERIFY(!navigator->canFetchMore(review));
        QCOMPARE(review.data().toString(), QStringLiteral("Needs review (%1)").arg(bigCount / 70));
        QCOMPARE(navigator->index(0, 0, review).data(Ui::EntityRole).toString(), QStringLiteral("event"));
    }

    void titlesComeLazily_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("fr") << Language::French << QStringLiteral("Titre ");
        QTest::newRow("en") << Language::English << QStringLiteral("Title ");
    }

    void titlesComeLazily()
    {
        QFETCH(Language, language);
        QFETCH(QString, prefix);
        Ui::MainWindow window;
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        Timeline::StorageTitleProvider *titles = titlesOf(window);
        QVERIFY(titles);
        const Timeline::TimelineData *data = window.timelineView()->data();
        const qsizetype fetchedBefore = titles->fetchedCount();
        QVERIFY(fetchedBefore < 2000); // what a frame shows at most, not the dataset
        for (qsizetype i : {qsizetype(0), data->count() / 2, data->count() - 1}) {
            const RowId id = data->id(i);
            QCOMPARE(titles->title(id, language), prefix + QString::number(id));
            QVERIFY(titles->tooltip(id, language).contains(prefix + QString::number(id)));
        }
        // Neighbours came with the first look-up: the next one needs no query.
        const qsizetype queries = titles->queryCount();
        QCOMPARE(titles->title(data->id(1), language), prefix + QString::number(data->id(1)));
        QCOMPARE(titles->queryCount(), queries);
        QVERIFY(titles->cachedCount() <= 20000);
        QCOMPARE(titles->title(987654321, language), QString());
    }

    void editsRefreshTheTimeline()
    {
        Ui::MainWindow window;
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        Ui::DatabaseSession *session = window.session();

        Event event;
        event.title = BilingualText::both(QStringLiteral("Nouveau"), QStringLiteral("New one"));
        event.start = FuzzyDate::fromDay(QDate(1985, 5, 5)); // before every generated event
        event.disputeIds = {1};
        auto *create = new Ui::CreateEventCommand(session, event, QStringLiteral("create"));
        QVERIFY(session->push(create));
        const RowId id = create->createdId();
        QTRY_COMPARE_WITH_TIMEOUT(window.timelineView()->data()->count(), bigCount + 1, 60000);
        const Timeline::TimelineData *data = window.timelineView()->data();
        QCOMPARE(data->id(0), id);
        QCOMPARE(titlesOf(window)->title(id, Language::English), QStringLiteral("New one"));

        // Moving it moves it on the timeline.
        Event before = *session->find<Event>(id);
        Event after = before;
        after.start = FuzzyDate::fromDay(QDate(2030, 1, 1));
        QVERIFY(session->push(new Ui::EditEventCommand(session, before, after, QStringLiteral("edit"))));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.timelineView()->data()->id(window.timelineView()->data()->count() - 1), id, 60000);

        QVERIFY(session->push(new Ui::DeleteEventCommand(session, *session->find<Event>(id), QStringLiteral("del"))));
        QTRY_COMPARE_WITH_TIMEOUT(window.timelineView()->data()->count(), bigCount, 60000);
        QCOMPARE(window.timelineView()->data()->indexOf(id), -1);
        session->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(window.timelineView()->data()->count(), bigCount + 1, 60000);
        QCOMPARE(session->eventListLoads(), 0);
    }

    void editsOffTheTimelineLeaveItAlone_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<bool>("rebuilds");
        QTest::newRow("claim") << QStringLiteral("claim") << false;
        QTest::newRow("source") << QStringLiteral("source") << false;
        QTest::newRow("relation") << QStringLiteral("relation") << false;
        QTest::newRow("actor (a lane)") << QStringLiteral("actor") << true;
        QTest::newRow("event") << QStringLiteral("event") << true;
    }

    void editsOffTheTimelineLeaveItAlone()
    {
        QFETCH(QString, entity);
        QFETCH(bool, rebuilds);
        Ui::MainWindow window;
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!window.timelineLoader()->isRunning());
        const Timeline::TimelineData *shown = window.timelineView()->data();
        Q_EMIT window.session()->recordChanged(entity, 1);
        QCoreApplication::processEvents(); // the refresh runs once the burst of changes is over
        QCOMPARE(window.timelineLoader()->isRunning(), rebuilds);
        if (rebuilds)
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(window.timelineView()->data() == shown, !rebuilds);
    }

    void cancelKeepsWindowUsable()
    {
        Ui::MainWindow window;
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        QVERIFY(window.timelineLoader()->isRunning());
        window.timelineLoader()->cancel();
        QVERIFY(!window.timelineLoader()->isRunning());
        QVERIFY(UiTestData::settleBackgroundWork()); // the cancelled build has ended
        QCOMPARE(finished.size(), 0);
        QVERIFY(window.timelineView()->data()->isEmpty());
    }

    void erasFollowDisputes()
    {
        Ui::MainWindow window;
        QSignalSpy finished(window.timelineLoader(), &Ui::TimelineLoader::finished);
        QVERIFY(window.openDatabase(m_big));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        const Timeline::TimelineData *data = window.timelineView()->data();
        QCOMPARE(qsizetype(data->eras().size()), qsizetype(disputeCount));
        for (const Timeline::EraBand &era : data->eras()) {
            QCOMPARE(era.mode, Timeline::LaneMode::Dispute);
            qint64 from = std::numeric_limits<qint64>::max();
            qint64 to = std::numeric_limits<qint64>::min();
            for (qsizetype i = 0; i < data->count(); ++i) {
                const auto lanes = data->lanesOf(Timeline::LaneMode::Dispute, i);
                if (std::find(lanes.begin(), lanes.end(), quint32(era.lane)) != lanes.end()) {
                    from = std::min(from, data->startEarliest(i));
                    to = std::max(to, data->latest(i));
                }
            }
            QCOMPARE(era.fromMinutes, from);
            QCOMPARE(era.toMinutes, to);
            QCOMPARE(era.labelEn, data->lane(Timeline::LaneMode::Dispute, era.lane).labelEn);
            QCOMPARE(era.colour, data->laneColour(Timeline::LaneMode::Dispute, era.lane));
        }
        // Drawn in the dispute lanes.
        window.timelineView()->setLaneMode(Timeline::LaneMode::Dispute);
        QVERIFY(!window.timelineView()->layout().eras().empty());
    }

    void smallDatabaseLoadsAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.frise"));
        QString message;
        QVERIFY2(writeDatabase(path, generate(300, 5), &message), qPrintable(message));
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(!window.timelineLoader()->isRunning());
        QCOMPARE(window.timelineView()->data()->count(), 300);
        // Small databases list their events in the navigator at once.
        Ui::NavigatorModel *navigator = window.navigatorModel();
        const QModelIndex disputes = navigator->index(0, 0);
        int listed = 0;
        for (int r = 0; r < navigator->rowCount(disputes); ++r) {
            const QModelIndex dispute = navigator->index(r, 0, disputes);
            QVERIFY(!navigator->canFetchMore(dispute));
            listed += navigator->rowCount(dispute);
        }
        QVERIFY(listed > 150);
    }

    void reopeningReadsTheCachedTimeline()
    {
        const QString path = m_dir.filePath(QStringLiteral("cached.frise"));
        QVERIFY(QFile::copy(m_big, path));
        const QString folder = m_dir.filePath(QStringLiteral("cache"));
        const Timeline::TimelineCache cache(folder);
        const QString snapshot = cache.snapshotPath(path);

        Ui::TimelineLoader loader;
        loader.setCacheFolder(folder);
        const auto built = load(loader, path);
        QVERIFY(built);
        QVERIFY(!loader.lastCameFromCache());
        QVERIFY(!QFileInfo::exists(snapshot)); // written a while later, once edits settle
        loader.waitForCacheWrite();
        QVERIFY(QFileInfo(snapshot).size() > 0);

        const auto cached = load(loader, path);
        QVERIFY(cached);
        QVERIFY(loader.lastCameFromCache());
        QVERIFY(sameTimeline(*built, *cached));

        // A renamed dispute is a different timeline: rebuilt, then cached anew.
        {
            Storage::StorageError error;
            auto db = Storage::Database::open(path, {}, &error);
            QVERIFY2(db, qPrintable(error.message));
            std::optional<Dispute> dispute = Storage::DisputeRepository(*db).find(1, &error);
            QVERIFY(dispute);
            dispute->title.en = QStringLiteral("Renamed dispute");
            QVERIFY(Storage::DisputeRepository(*db).update(*dispute, &error));
        }
        const auto renamed = load(loader, path);
        QVERIFY(renamed);
        QVERIFY(!loader.lastCameFromCache());
        QCOMPARE(renamed->lane(Timeline::LaneMode::Dispute, 0).labelEn, QStringLiteral("Renamed dispute"));
        loader.waitForCacheWrite();
        const auto renamedAgain = load(loader, path);
        QVERIFY(loader.lastCameFromCache());
        QVERIFY(sameTimeline(*renamed, *renamedAgain));

        // A damaged snapshot is rebuilt from storage, never drawn.
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const auto repaired = load(loader, path);
        QVERIFY(repaired);
        QVERIFY(!loader.lastCameFromCache());
        QVERIFY(sameTimeline(*renamed, *repaired));
    }

    void closingCachesTheLastTimeline()
    {
        const QString path = m_dir.filePath(QStringLiteral("closing.frise"));
        QString message;
        QVERIFY2(writeDatabase(path, generate(500, 11), &message), qPrintable(message));
        const QString folder = m_dir.filePath(QStringLiteral("closing-cache"));
        const QString snapshot = Timeline::TimelineCache(folder).snapshotPath(path);
        {
            Ui::TimelineLoader loader;
            loader.setCacheFolder(folder);
            QVERIFY(load(loader, path));
            QVERIFY(!QFileInfo::exists(snapshot));
        }
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(snapshot), 30000);
        Ui::TimelineLoader reopened;
        reopened.setCacheFolder(folder);
        QVERIFY(load(reopened, path));
        QVERIFY(reopened.lastCameFromCache());
    }

    void cacheKeepsOnlyTheMostRecentSnapshots()
    {
        const QString folder = m_dir.filePath(QStringLiteral("few"));
        Ui::TimelineLoader loader;
        loader.setCacheFolder(folder);
        QString message;
        for (int n = 0; n < Timeline::TimelineCache::maxSnapshots + 2; ++n) {
            const QString path = m_dir.filePath(QStringLiteral("small-%1.frise").arg(n));
            QVERIFY2(writeDatabase(path, generate(200, quint32(n)), &message), qPrintable(message));
            QVERIFY(load(loader, path));
            loader.waitForCacheWrite();
        }
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), Timeline::TimelineCache::maxSnapshots);
        QVERIFY(files.contains(
            QFileInfo(Timeline::TimelineCache(folder).snapshotPath(m_dir.filePath(
                          QStringLiteral("small-%1.frise").arg(Timeline::TimelineCache::maxSnapshots + 1))))
                .fileName()));

        // Without a folder, every load builds.
        Ui::TimelineLoader uncached;
        uncached.setCacheFolder(QString());
        const QString newest
            = m_dir.filePath(QStringLiteral("small-%1.frise").arg(Timeline::TimelineCache::maxSnapshots + 1));
        for (int n = 0; n < 2; ++n) {
            QVERIFY(load(uncached, newest));
            uncached.waitForCacheWrite();
            QVERIFY(!uncached.lastCameFromCache());
        }
    }
};

QTEST_MAIN(TestTimelineLoading)
#include "tst_timelineloading.moc"
