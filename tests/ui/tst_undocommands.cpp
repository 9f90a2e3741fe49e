// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo of every kind of command restore exactly what the database held.
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/deletecommand.h"
#include "ui/editcommand.h"
#include "ui/sessionmessages.h"
#include "uitestdata.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Frise;

namespace {

/// Everything the database holds, versions left out (every write bumps them).
struct Snapshot
{
    QList<Event> events;
    QList<Actor> actors;
    QList<Dispute> disputes;
    QList<Claim> claims;
    QList<Source> sources;
    QList<Relation> relations;
    QList<Tag> tags;

    template<typename Record>
    static QList<Record> unversioned(QList<Record> records)
    {
        for (Record &record : records)
            record.version = 0;
        return records;
    }

    static Snapshot of(Storage::Database &db)
    {
        Storage::StorageError error;
        Snapshot s;
        s.events = unversioned(Storage::EventRepository(db).all(&error));
        s.actors = unversioned(Storage::ActorRepository(db).all(&error));
        s.disputes = unversioned(Storage::DisputeRepository(db).all(&error));
        s.claims = unversioned(Storage::ClaimRepository(db).all(&error));
        s.sources = unversioned(Storage::SourceRepository(db).all(&error));
        s.relations = unversioned(Storage::RelationRepository(db).all(&error));
        s.tags = Storage::TagRepository(db).all(&error);
        return s;
    }
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT

private:
    enum Scenario {
        CreateEvent,
        EditEvent,
        DeleteEventWithLinks,
        DeleteActorWithCascades,
        DeleteDispute,
        CreateClaim,
        EditClaimStatusAndRebuttal,
        DeleteClaimRebutted,
        EditSource,
        CreateRelation,
        DeleteRelation,
        EditActor,
    };

    QTemporaryDir m_dir;
    int m_counter = 0;

    static Ui::RecordCommand *command(Scenario scenario, Ui::DatabaseSession *session, const UiTestData::Ids &ids)
    {
        switch (scenario) {
        case CreateEvent: {
            Event event;
            event.title = BilingualText::original(Language::English, QStringLiteral("Universal Music sues"));
            event.start = FuzzyDate::fromYear(2024);
            event.disputeIds = {ids.redditApi};
            event.actors = {{ids.reddit, QStringLiteral("target")}};
            event.tags = {QStringLiteral("brand-new-tag")};
            event.sourceIds = {ids.reuters};
            return new Ui::CreateEventCommand(session, event, QStringLiteral("create"));
        }
        case EditEvent: {
            const Event before = *session->find<Event>(ids.drop);
            Event after = before;
            after.title.fr = QStringLiteral("Microsoft lâche Twitter");
            after.end = FuzzyDate::fromMonth(2023, 5);
            after.tags = {QStringLiteral("ads")};
            after.sourceIds.clear();
            after.actors.removeLast();
            return new Ui::EditEventCommand(session, before, after, QStringLiteral("edit"));
        }
        case DeleteEventWithLinks:
            return new Ui::DeleteEventCommand(session, *session->find<Event>(ids.drop), QStringLiteral("delete"));
        case DeleteActorWithCascades:
            return new Ui::DeleteActorCommand(session, *session->find<Actor>(ids.twitter), QStringLiteral("delete"));
        case DeleteDispute:
            return new Ui::DeleteDisputeCommand(
                session, *session->find<Dispute>(ids.twitterVsMicrosoft), QStringLiteral("delete"));
        case CreateClaim: {
            Claim claim;
            claim.quote = QStringLiteral("We never trained on Twitter data.");
            claim.quoteLanguage = QStringLiteral("en");
            claim.claimantId = ids.microsoft;
            claim.rebutsClaimId = ids.claim;
            claim.evidenceSourceIds = {ids.mashable};
            return new Ui::CreateClaimCommand(session, claim, QStringLiteral("create"));
        }
        case EditClaimStatusAndRebuttal: {
            const Claim before = *session->find<Claim>(ids.claim);
            Claim after = before;
            after.status = Claim::Status::Refuted;
            after.evidenceSourceIds = {ids.mashable, ids.reuters};
            return new Ui::EditClaimCommand(session, before, after, QStringLiteral("edit"));
        }
        case DeleteClaimRebutted: {
            // A second claim rebuts the first; deleting the first clears the link, undo brings it back.
            Claim rebuttal;
            rebuttal.text = BilingualText::original(Language::English, QStringLiteral("No, it did not"));
            rebuttal.rebutsClaimId = ids.claim;
            Storage::StorageError error;
            Storage::ClaimRepository(*session->database()).insert(rebuttal, &error);
            return new Ui::DeleteClaimCommand(session, *session->find<Claim>(ids.claim), QStringLiteral("delete"));
        }
        case EditSource: {
            const Source before = *session->find<Source>(ids.mashable);
            Source after = before;
            after.excerpt = QStringLiteral("Microsoft will no longer support Twitter.");
            after.accessed = QDate(2026, 11, 26);
            return new Ui::EditSourceCommand(session, before, after, QStringLiteral("edit"));
        }
        case CreateRelation: {
            Relation relation;
            relation.fromActorId = ids.reddit;
            relation.toActorId = ids.microsoft;
            relation.type = Relation::Type::LicensesDataTo;
            relation.sourceIds = {ids.reuters};
            return new Ui::CreateRelationCommand(session, relation, QStringLiteral("create"));
        }
        case DeleteRelation: {
            const Relation relation = session->relations().constFirst();
            return new Ui::DeleteRelationCommand(session, relation, QStringLiteral("delete"));
        }
        case EditActor: {
            const Actor before = *session->find<Actor>(ids.getty);
            Actor after = before;
            after.aliases = {QStringLiteral("Getty")};
            after.parentId = ids.microsoft;
            after.name.en.clear();
            after.name.enStatus = TranslationStatus::Missing;
            return new Ui::EditActorCommand(session, before, after, QStringLiteral("edit"));
        }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void undoRedoRestoreRows_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::newRow("create event") << int(CreateEvent);
        QTest::newRow("edit event") << int(EditEvent);
        QTest::newRow("delete event with links") << int(DeleteEventWithLinks);
        QTest::newRow("delete actor with cascades") << int(DeleteActorWithCascades);
        QTest::newRow("delete dispute") << int(DeleteDispute);
        QTest::newRow("create claim") << int(CreateClaim);
        QTest::newRow("edit claim") << int(EditClaimStatusAndRebuttal);
        QTest::newRow("delete rebutted claim") << int(DeleteClaimRebutted);
        QTest::newRow("edit source") << int(EditSource);
        QTest::newRow("create relation") << int(CreateRelation);
        QTest::newRow("delete relation") << int(DeleteRelation);
        QTest::newRow("edit actor") << int(EditActor);
    }

    void undoRedoRestoreRows()
    {
        QFETCH(int, scenario);
        const QString path = m_dir.filePath(QStringLiteral("undo%1.frise").arg(++m_counter));
        const UiTestData::Ids ids = UiTestData::fill(path);
        QVERIFY(ids.drop);
        Ui::DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        Storage::Database &db = *session.database();

        Ui::RecordCommand *cmd = command(Scenario(scenario), &session, ids);
        QVERIFY(cmd);
        const Snapshot before = Snapshot::of(db);
        QSignalSpy changed(&session, &Ui::DatabaseSession::recordChanged);
        QSignalSpy removed(&session, &Ui::DatabaseSession::recordRemoved);
        QSignalSpy errors(&session, &Ui::DatabaseSession::errorOccurred);
        QVERIFY(session.push(cmd));
        QCOMPARE(errors.count(), 0);
        QVERIFY(changed.count() + removed.count() > 0);
        const Snapshot after = Snapshot::of(db);
        QVERIFY(!(after == before));
        QCOMPARE(session.undoStack()->count(), 1);

        for (int round = 0; round < 2; ++round) {
            session.undoStack()->undo();
            QCOMPARE(errors.count(), 0);
            const Snapshot undone = Snapshot::of(db);
            QCOMPARE(undone.events, before.events);
            QCOMPARE(undone.actors, before.actors);
            QCOMPARE(undone.disputes, before.disputes);
            QCOMPARE(undone.claims, before.claims);
            QCOMPARE(undone.sources, before.sources);
            QCOMPARE(undone.relations, before.relations);
            session.undoStack()->redo();
            QCOMPARE(errors.count(), 0);
            const Snapshot redone = Snapshot::of(db);
            QCOMPARE(redone.events, after.events);
            QCOMPARE(redone.actors, after.actors);
            QCOMPARE(redone.disputes, after.disputes);
            QCOMPARE(redone.claims, after.claims);
            QCOMPARE(redone.relations, after.relations);
            QVERIFY(redone == after);
        }
        Storage::StorageError error;
        QVERIFY(Storage::Maintenance(db).check(&error).isOk());
    }

    void failedApplyIsNotStacked()
    {
        const QString path = m_dir.filePath(QStringLiteral("invalid.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        const Snapshot before = Snapshot::of(*session.database());
        QSignalSpy errors(&session, &Ui::DatabaseSession::errorOccurred);
        Event invalid = *session.find<Event>(ids.threat);
        const Event stored = invalid;
        invalid.end = FuzzyDate::fromYear(1999); // before the start
        QVERIFY(!session.push(new Ui::EditEventCommand(&session, stored, invalid, QStringLiteral("edit"))));
        QCOMPARE(errors.count(), 1);
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(session.undoStack()->count(), 0);
        QVERIFY(Snapshot::of(*session.database()) == before);
    }

    void undoAfterOutsideChangeIsDropped()
    {
        const QString path = m_dir.filePath(QStringLiteral("conflict.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        const Event stored = *session.find<Event>(ids.redditPricing);
        Event edited = stored;
        edited.importance = 5;
        QVERIFY(session.push(new Ui::EditEventCommand(&session, stored, edited, QStringLiteral("edit"))));

        // Someone else changes the row meanwhile.
        Event other = *session.find<Event>(ids.redditPricing);
        other.title.en = QStringLiteral("Changed elsewhere");
        Storage::StorageError error;
        QVERIFY(Storage::EventRepository(*session.database()).update(other, &error));

        QSignalSpy errors(&session, &Ui::DatabaseSession::errorOccurred);
        session.undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(session.undoStack()->count(), 0); // dropped, not left half-applied
        const Event now = *session.find<Event>(ids.redditPricing);
        QCOMPARE(now.title.en, QStringLiteral("Changed elsewhere"));
        QCOMPARE(now.importance, 5);
    }

    void userMessages_data()
    {
        QTest::addColumn<int>("code");
        QTest::newRow("read-only") << int(Storage::StorageError::Code::ReadOnly);
        QTest::newRow("disk full") << int(Storage::StorageError::Code::DiskFull);
        QTest::newRow("locked") << int(Storage::StorageError::Code::Locked);
        QTest::newRow("conflict") << int(Storage::StorageError::Code::Conflict);
        QTest::newRow("busy") << int(Storage::StorageError::Code::Busy);
    }

    void userMessages()
    {
        QFETCH(int, code);
        const Storage::StorageError error {Storage::StorageError::Code(code), QString()};
        const QString message = Ui::SessionMessages::userMessage(error);
        QVERIFY(!message.isEmpty());
        QVERIFY(message != Ui::SessionMessages::userMessage({Storage::StorageError::Code::Other, QString()}));
    }
};

QTEST_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
