// SPDX-License-Identifier: GPL-3.0-or-later
// A big import's full-text index built after its commit (SearchBacklog):
// search says it is incomplete, then finds what an import indexed in its
// transaction finds; edits meanwhile; the check.
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/instancelock.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/searchbacklog.h"
#include "storage/searchindex.h"
#include "storagetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

namespace {

// Few enough for a quick test, more than the lowered threshold.
constexpr int eventCount = 600;
constexpr qint64 lowThreshold = 100;

// Events with words shared by many ("commun"), by a tenth ("dixieme"), or by one ("uniqueN").
Dataset makeDataset()
{
    Dataset dataset;
    for (int i = 0; i < 20; ++i) {
        Actor actor;
        actor.uid = QStringLiteral("actor-%1").arg(i);
        actor.name = BilingualText::original(Language::French, QStringLiteral("Acteur%1 commun").arg(i));
        dataset.actors.append(actor);
        Source source;
        source.uid = QStringLiteral("source-%1").arg(i);
        source.outlet = QStringLiteral("Journal commun %1").arg(i);
        source.title = QStringLiteral("Article source%1").arg(i);
        dataset.sources.append(source);
    }
    for (int i = 0; i < eventCount; ++i) {
        Event event = makeEvent(QStringLiteral("Événement unique%1 commun%2")
                                    .arg(i)
                                    .arg(i % 10 == 0 ? QStringLiteral(" dixieme") : QString()),
            QStringLiteral("2020-01-%1").arg(i % 28 + 1, 2, 10, QLatin1Char('0')));
        event.uid = QStringLiteral("event-%1").arg(i);
        event.text
            = BilingualText::original(Language::English, QStringLiteral("English text negotiation%1").arg(i % 7));
        dataset.events.append(event);
    }
    for (int i = 0; i < 50; ++i) {
        Claim claim;
        claim.uid = QStringLiteral("claim-%1").arg(i);
        claim.text = BilingualText::original(Language::French, QStringLiteral("Affirmation commun claimword%1").arg(i));
        dataset.claims.append(claim);
    }
    return dataset;
}

QStringList searchKeys(Database &db, const QString &text)
{
    SearchQuery query;
    query.text = text;
    query.limit = 1000;
    StorageError error;
    QStringList keys;
    for (const SearchHit &hit : SearchIndex(db).search(query, &error))
        keys.append(hit.entity + u':' + QString::number(hit.id));
    if (error)
        qWarning("search: %s", qPrintable(error.message));
    keys.sort();
    return keys;
}

// The b-trees (segments) of @p table's full-text index.
int segmentCount(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT count(DISTINCT segid) FROM %1_fts_idx").arg(table));
    return query.next() ? query.value(0).toInt() : -1;
}

QString triggerSql(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema WHERE type = "
                              "'trigger' ORDER BY name)"));
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

class TestSearchBacklog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> importInto(const QString &path, qint64 deferFrom)
    {
        QString message;
        auto db = openDatabase(path, &message);
        if (!db)
            return db;
        DatasetStore::ImportOptions options;
        options.deferSearchIndexFrom = deferFrom;
        StorageError error;
        if (!DatasetStore(*db).import(makeDataset(), options, {}, nullptr, &error)) {
            qWarning("import: %s", qPrintable(error.message));
            return {};
        }
        return db;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (testingPostgres())
            QSKIP("SQLite only: PostgreSQL computes its search vectors with the rows");
        QVERIFY(m_dir.isValid());
    }

    void smallImportIndexesInItsTransaction()
    {
        auto db = importInto(m_dir.filePath(QStringLiteral("small.frise")), SearchBacklog::defaultSliceRows * 100);
        QVERIFY(db);
        StorageError error;
        QVERIFY(!SearchBacklog(*db).isPending(&error));
        QCOMPARE(SearchBacklog(*db).state(&error).percent(), 100);
        QCOMPARE(searchKeys(*db, QStringLiteral("dixieme")).size(), eventCount / 10);
    }

    void bigImportDefersThenBuilds()
    {
        auto reference = importInto(m_dir.filePath(QStringLiteral("reference.frise")), 1 << 30);
        auto db = importInto(m_dir.filePath(QStringLiteral("deferred.frise")), lowThreshold);
        QVERIFY(reference && db);
        const QString plainTriggers = triggerSql(*reference);
        StorageError error;
        SearchBacklog backlog(*db);
        // Committed: every row is there, none of the new ones indexed yet.
        QCOMPARE(rowCount(*db, QStringLiteral("event")), qint64(eventCount));
        QVERIFY(backlog.isPending(&error));
        SearchIndexState state = backlog.state(&error);
        QCOMPARE(state.indexed, 0);
        QCOMPARE(state.total, eventCount + 20 + 20 + 50);
        QCOMPARE(state.percent(), 0);
        QVERIFY(searchKeys(*db, QStringLiteral("dixieme")).isEmpty());
        QVERIFY(triggerSql(*db) != plainTriggers);

        // One slice: one table at a time (actors first, 20 of them), then part of the events.
        QVERIFY2(backlog.buildSlice(250, &error), qPrintable(error.message));
        QCOMPARE(backlog.state(&error).indexed, 20);
        QVERIFY2(backlog.buildSlice(250, &error), qPrintable(error.message));
        QVERIFY2(backlog.buildSlice(250, &error), qPrintable(error.message));
        state = backlog.state(&error);
        QCOMPARE(state.indexed, 20 + 50 + 250);
        QVERIFY(!state.isComplete());
        QVERIFY(state.percent() > 0 && state.percent() < 100);

        QList<qint64> seen;
        QVERIFY2(backlog.build(
                     [&](qint64 indexed, qint64) {
                         seen.append(indexed);
                         return true;
                     },
                     &error, 100),
            qPrintable(error.message));
        QVERIFY(seen.size() >= 4);
        QVERIFY(!backlog.isPending(&error));
        QCOMPARE(backlog.state(&error).percent(), 100);
        // The same answers as an import indexed in its transaction, and the same schema.
        for (const QString &text : {QStringLiteral("dixieme"), QStringLiteral("commun"), QStringLiteral("unique42"),
                 QStringLiteral("negotiation3"), QStringLiteral("claimword7"), QStringLiteral("source5")})
            QCOMPARE(searchKeys(*db, text), searchKeys(*reference, text));
        QCOMPARE(searchKeys(*db, QStringLiteral("dixieme")).size(), eventCount / 10);
        QCOMPARE(triggerSql(*db), plainTriggers);
        // Built a slice at a time, then merged: one segment per index.
        for (const char *table : {"event", "claim", "actor", "source"})
            QCOMPARE(segmentCount(*db, QLatin1String(table)), 1);
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }

    // The merge goes a step per transaction and stops when told to; what it
    // leaves answers the same, and a later merge finishes it.
    void mergeStepsAndStops()
    {
        auto reference = importInto(m_dir.filePath(QStringLiteral("merge-reference.frise")), 1 << 30);
        auto db = importInto(m_dir.filePath(QStringLiteral("merge.frise")), lowThreshold);
        QVERIFY(reference && db);
        SearchBacklog backlog(*db);
        StorageError error;
        while (backlog.state(&error).indexed < backlog.state(&error).total)
            QVERIFY2(backlog.buildSlice(40, &error), qPrintable(error.message));
        QVERIFY(!error.isError());
        const int segments = segmentCount(*db, QStringLiteral("event"));
        QVERIFY2(segments > 2, qPrintable(QString::number(segments)));
        int steps = 0;
        QVERIFY(!backlog.mergeSegments([&] { return ++steps <= 1; }, &error, 1));
        QCOMPARE(error.code, StorageError::Code::Cancelled);
        QVERIFY(segmentCount(*db, QStringLiteral("event")) > 1);
        for (const QString &text : {QStringLiteral("dixieme"), QStringLiteral("commun"), QStringLiteral("unique42")})
            QCOMPARE(searchKeys(*db, text), searchKeys(*reference, text));
        error = {};
        QVERIFY2(backlog.mergeSegments({}, &error, 1), qPrintable(error.message));
        for (const char *table : {"event", "claim", "actor", "source"})
            QCOMPARE(segmentCount(*db, QLatin1String(table)), 1);
        for (const QString &text : {QStringLiteral("dixieme"), QStringLiteral("commun"), QStringLiteral("unique42"),
                 QStringLiteral("claimword7"), QStringLiteral("source5")})
            QCOMPARE(searchKeys(*db, text), searchKeys(*reference, text));
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }

    // Edits of rows not indexed yet must not touch the index (an FTS5
    // 'delete' of an unindexed row damages it); the build reads their text as it is then.
    void editsWhileBuilding()
    {
        auto db = importInto(m_dir.filePath(QStringLiteral("edits.frise")), lowThreshold);
        QVERIFY(db);
        StorageError error;
        SearchBacklog backlog(*db);
        // Actors, claims, then the first 300 events.
        for (int slice = 0; slice < 3; ++slice)
            QVERIFY(backlog.buildSlice(300, &error));
        EventRepository events(*db);
        // Indexed already (the first slice), and not yet.
        const RowId indexedId = scalar(*db, QStringLiteral("SELECT id FROM event WHERE uid = 'event-10'")).toLongLong();
        const RowId pendingId
            = scalar(*db, QStringLiteral("SELECT id FROM event WHERE uid = 'event-500'")).toLongLong();
        const RowId deletedId
            = scalar(*db, QStringLiteral("SELECT id FROM event WHERE uid = 'event-510'")).toLongLong();
        for (RowId id : {indexedId, pendingId}) {
            std::optional<Event> event = events.find(id, &error);
            QVERIFY(event);
            event->title.fr = QStringLiteral("Renommé renamed%1").arg(id);
            QVERIFY2(events.update(*event, &error), qPrintable(error.message));
        }
        QVERIFY2(events.removeAnyVersion(deletedId, &error), qPrintable(error.message));
        Event added = makeEvent(QStringLiteral("Ajouté pendant construction dixieme"));
        QVERIFY2(events.insert(added, &error), qPrintable(error.message));
        // The new event is indexed at once; the pending one only once built.
        QCOMPARE(searchKeys(*db, QStringLiteral("construction")),
            QStringList {QStringLiteral("event:") + QString::number(added.id)});
        QCOMPARE(searchKeys(*db, QStringLiteral("renamed%1").arg(indexedId)).size(), 1);
        QVERIFY(searchKeys(*db, QStringLiteral("renamed%1").arg(pendingId)).isEmpty());

        QVERIFY2(backlog.build({}, &error, 1000), qPrintable(error.message));
        QCOMPARE(searchKeys(*db, QStringLiteral("renamed%1").arg(pendingId)).size(), 1);
        QVERIFY(searchKeys(*db, QStringLiteral("unique500")).isEmpty());
        QVERIFY(searchKeys(*db, QStringLiteral("unique510")).isEmpty());
        QVERIFY(!searchKeys(*db, QStringLiteral("unique10")).contains(QStringLiteral("event:%1").arg(indexedId)));
        // 60 events had "dixieme"; event-10 and event-500 were renamed, event-510 deleted, one added.
        QCOMPARE(searchKeys(*db, QStringLiteral("dixieme")).size(), eventCount / 10 - 3 + 1);
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }

    // A second big import while the first one's backlog is pending indexes its own rows at once.
    void secondImportWhilePending()
    {
        auto db = importInto(m_dir.filePath(QStringLiteral("twice.frise")), lowThreshold);
        QVERIFY(db);
        Dataset more = makeDataset();
        for (Event &event : more.events) {
            event.uid += QStringLiteral("-bis");
            event.title.fr += QStringLiteral(" secondlot");
        }
        more.claims.clear();
        DatasetStore::ImportOptions options;
        options.deferSearchIndexFrom = lowThreshold;
        StorageError error;
        QVERIFY2(DatasetStore(*db).import(more, options, {}, nullptr, &error), qPrintable(error.message));
        QCOMPARE(searchKeys(*db, QStringLiteral("secondlot")).size(), eventCount);
        QCOMPARE(SearchBacklog(*db).state(&error).total, eventCount + 20 + 20 + 50);
        QVERIFY(SearchBacklog(*db).build({}, &error));
        QCOMPARE(searchKeys(*db, QStringLiteral("dixieme")).size(), 2 * eventCount / 10);
        const CheckReport report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
    }

    void checkReportsIncompleteAndDamage()
    {
        const QString path = m_dir.filePath(QStringLiteral("check.frise"));
        auto db = importInto(path, lowThreshold);
        QVERIFY(db);
        StorageError error;
        CheckReport report = Maintenance(*db).check(&error);
        QVERIFY(!report.isOk());
        QVERIFY2(
            report.problems.join(u'\n').contains(QLatin1String("0 % built")), qPrintable(report.problems.join(u'\n')));
        // While another holds the build lock, it is a note, not a problem.
        {
            InstanceLock lock(SearchBacklog::buildLockPath(path));
            QCOMPARE(lock.tryLock(), InstanceLock::Result::Acquired);
            QVERIFY(SearchBacklog::isBuildRunning(path));
            report = Maintenance(*db).check(&error);
            QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
        }
        QVERIFY(!SearchBacklog::isBuildRunning(path));
        QVERIFY(SearchBacklog(*db).build({}, &error));
        report = Maintenance(*db).check(&error);
        QVERIFY2(report.isOk(), qPrintable(report.problems.join(u'\n')));
        // Damage: one event's terms taken out of the index, the row kept.
        QSqlQuery damage(db->connection());
        QVERIFY(damage.exec(QStringLiteral(
            "INSERT INTO event_fts(event_fts, rowid, title_fr, title_en, text_fr, text_en, notes) "
            "SELECT 'delete', id, title_fr, title_en, text_fr, text_en, notes FROM event WHERE uid = 'event-3'")));
        report = Maintenance(*db).check(&error);
        QVERIFY(!report.isOk());
        QVERIFY2(
            report.problems.join(u'\n').contains(QLatin1String("event_fts")), qPrintable(report.problems.join(u'\n')));
        // A read-only open (frise check) sees it too.
        Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Database::open(path, readOnly, &error);
        QVERIFY(reader);
        report = Maintenance(*reader).check(&error);
        QVERIFY(!report.isOk());
    }
};

QTEST_GUILESS_MAIN(TestSearchBacklog)
#include "tst_searchbacklog.moc"
