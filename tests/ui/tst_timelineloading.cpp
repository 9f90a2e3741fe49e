// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a big database: the timeline is built from storage's
// compact rows in the background, titles come lazily, no event list is read.
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/deletecommand.h"
#include "ui/editcommand.h"
#include "ui/mainwindow.h"
#include "ui/navigatormodel.h"
#include "ui/roles.h"
#include "ui/storagetitleprovider.h"
#include "ui/timelineloader.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

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

    static Ui::StorageTitleProvider *titlesOf(Ui::MainWindow &window)
    {
        return const_cast<Ui::StorageTitleProvider *>(
            dynamic_cast<const Ui::StorageTitleProvider *>(window.timelineView()->titleProvider()));
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
        Ui::StorageTitleProvider *titles = titlesOf(window);
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
        QTest::qWait(300);
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
};

QTEST_MAIN(TestTimelineLoading)
#include "tst_timelineloading.moc"
