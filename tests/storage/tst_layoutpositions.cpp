// SPDX-License-Identifier: GPL-3.0-or-later
// Graph layouts saved in the database: round trip, replacement, actors
// deleted or unknown, and reopening. Runs on SQLite and, as
// tst_layoutpositions_pg, on PostgreSQL (FRISE_TEST_BACKEND=postgresql).
#include "storage/database.h"
#include "storage/graphactivity.h"
#include "storage/layoutpositions.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestLayoutPositions : public QObject
{
    Q_OBJECT

private:
    QList<RowId> makeActors(Database &db, int count)
    {
        QList<RowId> ids;
        for (int i = 0; i < count; ++i) {
            Actor actor;
            actor.name = BilingualText::original(Language::French, QStringLiteral("Acteur %1").arg(i));
            StorageError error;
            if (!ActorRepository(db).insert(actor, &error))
                qWarning("insert actor: %s", qPrintable(error.message));
            ids.append(actor.id);
        }
        return ids;
    }

    std::unique_ptr<Database> open(const QString &name)
    {
        QString message;
        auto db = openDatabase(m_dir.filePath(name), &message);
        if (!db)
            qWarning("open %s: %s", qPrintable(name), qPrintable(message));
        return db;
    }

    QTemporaryDir m_dir;
    int m_counter = 0;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("actors");
        QTest::addColumn<QList<double>>("coordinates"); // x, y per actor
        QTest::addColumn<QList<bool>>("pinned");
        QTest::newRow("none") << 0 << QList<double>() << QList<bool>();
        QTest::newRow("one") << 1 << QList<double> {12.5, -40.25} << QList<bool> {false};
        QTest::newRow("pinned and fractions")
            << 3 << QList<double> {0, 0, -1234.5678901234, 98765.4321, 1e-9, -3e7} << QList<bool> {true, false, true};
    }

    void roundTrip()
    {
        QFETCH(int, actors);
        QFETCH(QList<double>, coordinates);
        QFETCH(QList<bool>, pinned);
        auto db = open(QStringLiteral("roundtrip-%1.frise").arg(++m_counter));
        QVERIFY(db);
        const QList<RowId> ids = makeActors(*db, actors);
        QList<LayoutPosition> positions;
        for (int i = 0; i < actors; ++i)
            positions.append({ids.at(i), coordinates.at(2 * i), coordinates.at(2 * i + 1), pinned.at(i)});
        const QString key = QStringLiteral("graph-0123456789abcdef01234567");
        LayoutPositions store(*db);
        StorageError error;
        QVERIFY2(store.save(key, positions, false, &error), qPrintable(error.message));
        QCOMPARE(store.load(key, &error), positions);
        QVERIFY(!error);
        QCOMPARE(store.load(QStringLiteral("graph-other"), &error), QList<LayoutPosition>());
        QVERIFY(!error);
        QCOMPARE(store.keys(&error), actors > 0 ? QStringList {key} : QStringList());
    }

    void replaceAndDropOthers()
    {
        auto db = open(QStringLiteral("replace.frise"));
        QVERIFY(db);
        const QList<RowId> ids = makeActors(*db, 3);
        LayoutPositions store(*db);
        StorageError error;
        const QString a = QStringLiteral("graph-a");
        const QString b = QStringLiteral("graph-b");
        QVERIFY(store.save(a, {{ids[0], 1, 2, false}, {ids[1], 3, 4, true}}, false, &error));
        QVERIFY(store.save(b, {{ids[2], 5, 6, false}}, false, &error));
        QCOMPARE(store.keys(&error), (QStringList {a, b}));
        // Saving again replaces, it does not add.
        QVERIFY(store.save(a, {{ids[1], 7, 8, false}}, false, &error));
        QCOMPARE(store.load(a, &error), (QList<LayoutPosition> {{ids[1], 7, 8, false}}));
        QCOMPARE(store.load(b, &error), (QList<LayoutPosition> {{ids[2], 5, 6, false}}));
        QVERIFY(store.save(b, {{ids[0], 9, 10, true}}, true, &error));
        QCOMPARE(store.keys(&error), QStringList {b});
        QVERIFY(store.remove(b, &error));
        QCOMPARE(store.keys(&error), QStringList());
        QVERIFY(store.save(a, {{ids[0], 1, 1, false}}, false, &error));
        QVERIFY(store.save(b, {{ids[0], 1, 1, false}}, false, &error));
        QVERIFY(store.clear(&error));
        QCOMPARE(store.keys(&error), QStringList());
        QVERIFY(!error);
    }

    void actorsGoneOrUnknown()
    {
        auto db = open(QStringLiteral("actors.frise"));
        QVERIFY(db);
        const QList<RowId> ids = makeActors(*db, 2);
        LayoutPositions store(*db);
        StorageError error;
        const QString key = QStringLiteral("graph-k");
        // An actor id that does not exist is skipped, not an error.
        QVERIFY2(
            store.save(key, {{ids[0], 1, 2, false}, {ids[1], 3, 4, true}, {ids[1] + 1000, 5, 6, false}}, false, &error),
            qPrintable(error.message));
        QCOMPARE(store.load(key, &error).size(), 2);
        // Deleting an actor deletes its positions.
        QVERIFY(ActorRepository(*db).removeAnyVersion(ids[0], &error));
        QCOMPARE(store.load(key, &error), (QList<LayoutPosition> {{ids[1], 3, 4, true}}));
    }

    void keptAcrossReopen()
    {
        const QString name = QStringLiteral("reopen.frise");
        const QString key = QStringLiteral("graph-reopen");
        QList<LayoutPosition> saved;
        {
            auto db = open(name);
            QVERIFY(db);
            const QList<RowId> ids = makeActors(*db, 50);
            for (int i = 0; i < ids.size(); ++i)
                saved.append({ids[i], i * 10.5, -i * 3.25, i % 7 == 0});
            StorageError error;
            QVERIFY(LayoutPositions(*db).save(key, saved, true, &error));
        }
        auto db = open(name);
        QVERIFY(db);
        StorageError error;
        QCOMPARE(LayoutPositions(*db).load(key, &error), saved);
    }

    void eventActivityByActorAndDispute()
    {
        // What the graph of a database too big to list its events sizes and dates its nodes by.
        auto db = open(QStringLiteral("activity.frise"));
        QVERIFY(db);
        const QList<RowId> actors = makeActors(*db, 3);
        Dispute dispute;
        dispute.title = BilingualText::original(Language::English, QStringLiteral("Getty Images vs Stability AI"));
        StorageError error;
        QVERIFY2(DisputeRepository(*db).insert(dispute, &error), qPrintable(error.message));
        auto add = [&](const QString &date, const QList<EventActor> &named, bool inDispute) {
            Event event = makeEvent(QStringLiteral("Événement"), date);
            event.actors = named;
            if (inDispute)
                event.disputeIds = {dispute.id};
            StorageError insertError;
            return EventRepository(*db).insert(event, &insertError);
        };
        // Actor 0 twice in one event (two roles): that event counts once.
        QVERIFY(add(QStringLiteral("2023-02"),
            {{actors[0], QStringLiteral("plaintiff")}, {actors[0], QStringLiteral("author")}}, true));
        QVERIFY(add(QStringLiteral("2023-01-17"), {{actors[0], QString()}, {actors[1], QString()}}, true));
        QVERIFY(add(QStringLiteral("2024"), {{actors[1], QString()}}, false));

        const QHash<RowId, EventActivity> byActor = GraphActivity(*db).actors(&error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(byActor.size(), 2); // the third actor has no event
        QCOMPARE(byActor.value(actors[0]).events, 2);
        QCOMPARE(byActor.value(actors[0]).firstMinute,
            FuzzyDate::fromIsoText(QStringLiteral("2023-01-17")).earliestMinutes());
        QCOMPARE(byActor.value(actors[1]).events, 2);
        QCOMPARE(byActor.value(actors[1]).firstMinute,
            FuzzyDate::fromIsoText(QStringLiteral("2023-01-17")).earliestMinutes());
        QVERIFY(!byActor.contains(actors[2]));

        const QHash<RowId, EventActivity> byDispute = GraphActivity(*db).disputes(&error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(byDispute.size(), 1);
        QCOMPARE(byDispute.value(dispute.id).events, 2);
        QCOMPARE(byDispute.value(dispute.id).firstMinute,
            FuzzyDate::fromIsoText(QStringLiteral("2023-01-17")).earliestMinutes());
    }

    void readOnlyRefused()
    {
        if (testingPostgres())
            QSKIP("read-only files are a SQLite matter");
        const QString path = m_dir.filePath(QStringLiteral("readonly.frise"));
        {
            QString message;
            auto db = openDatabase(path, &message);
            QVERIFY(db);
            makeActors(*db, 1);
        }
        QString message;
        Database::OpenOptions options;
        options.readOnly = true;
        auto db = openDatabase(path, &message, options);
        QVERIFY2(db, qPrintable(message));
        StorageError error;
        QVERIFY(!LayoutPositions(*db).save(QStringLiteral("graph-x"), {{1, 1, 1, false}}, false, &error));
        QCOMPARE(error.code, StorageError::Code::ReadOnly);
        QCOMPARE(LayoutPositions(*db).load(QStringLiteral("graph-x"), &error), QList<LayoutPosition>());
    }
};

QTEST_GUILESS_MAIN(TestLayoutPositions)
#include "tst_layoutpositions.moc"
