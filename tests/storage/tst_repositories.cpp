// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storagetesthelpers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QList<AuditEntry> audit(const QString &entity = {}, RowId id = 0)
    {
        StorageError error;
        return AuditLog(*m_db).entries(entity, id, &error);
    }

    Actor makeActor(const QString &fr, const QString &en = {})
    {
        Actor actor;
        actor.name = BilingualText::both(fr, en.isEmpty() ? fr : en);
        StorageError error;
        if (!ActorRepository(*m_db).insert(actor, &error))
            qWarning("insert actor: %s", qPrintable(error.message));
        return actor;
    }

    Source makeSource(const QString &title)
    {
        Source source;
        source.outlet = QStringLiteral("Le Monde");
        source.title = title;
        source.url = QStringLiteral("https://example.org/") + title;
        source.language = QStringLiteral("fr");
        StorageError error;
        if (!SourceRepository(*m_db).insert(source, &error))
            qWarning("insert source: %s", qPrintable(error.message));
        return source;
    }

    Dispute makeDispute(const QString &title, const QList<RowId> &parties = {})
    {
        Dispute dispute;
        dispute.title = BilingualText::original(Language::French, title);
        dispute.partyIds = parties;
        StorageError error;
        if (!DisputeRepository(*m_db).insert(dispute, &error))
            qWarning("insert dispute: %s", qPrintable(error.message));
        return dispute;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString message;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("repo-%1.frise").arg(++m_counter)), &message);
        QVERIFY2(m_db, qPrintable(message));
    }

    void cleanup() { m_db.reset(); }

    void backend()
    {
        // The _pg variant really runs against the server.
        QCOMPARE(m_db->isPostgres(), testingPostgres());
        QCOMPARE(m_db->backend() == Database::Backend::PostgreSQL, testingPostgres());
    }

    void actorCrud()
    {
        ActorRepository actors(*m_db);
        StorageError error;
        Actor parent = makeActor(QStringLiteral("Microsoft"));
        QVERIFY(parent.id);

        Actor child;
        child.kind = Actor::Kind::Platform;
        child.name
            = BilingualText::both(QStringLiteral("Publicité Microsoft"), QStringLiteral("Microsoft Advertising"));
        child.name.frStatus = TranslationStatus::NeedsReview;
        child.name.enStatus = TranslationStatus::Original;
        child.description = BilingualText::original(Language::English, QStringLiteral("Ad network"));
        child.aliases = {QStringLiteral("Bing Ads"), QStringLiteral("adCenter")};
        child.parentId = parent.id;
        QVERIFY2(actors.insert(child, &error), qPrintable(error.message));
        QVERIFY(child.id);
        QVERIFY(child.uid.startsWith(QStringLiteral("actor-")));
        QCOMPARE(child.version, 1);

        std::optional<Actor> stored = actors.find(child.id, &error);
        QVERIFY(stored);
        QCOMPARE(*stored, child);
        QCOMPARE(actors.count(&error), 2);
        QCOMPARE(actors.all(&error), (QList<Actor> {parent, child}));

        stored->aliases.append(QStringLiteral("Microsoft Ads"));
        stored->kind = Actor::Kind::Company;
        QVERIFY2(actors.update(*stored, &error), qPrintable(error.message));
        QCOMPARE(stored->version, 2);
        QCOMPARE(*actors.find(child.id, &error), *stored);

        // Deleting the parent leaves the child without one (ON DELETE SET NULL).
        QVERIFY2(actors.removeAnyVersion(parent.id, &error), qPrintable(error.message));
        QCOMPARE(actors.find(child.id, &error)->parentId, 0);
        QVERIFY(!actors.find(parent.id, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        error = {};
        QVERIFY(!actors.removeAnyVersion(parent.id, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void actorCannotBeItsOwnParent()
    {
        Actor actor = makeActor(QStringLiteral("Boucle"));
        actor.parentId = actor.id;
        StorageError error;
        QVERIFY(!ActorRepository(*m_db).update(actor, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
    }

    void sourceCrud()
    {
        SourceRepository sources(*m_db);
        Source source;
        source.uid = QStringLiteral("source-mashable-1");
        source.outlet = QStringLiteral("Mashable");
        source.title = QStringLiteral("Le fil d’actualité");
        source.url = QStringLiteral("https://mashable.com/article/1");
        source.language = QStringLiteral("en");
        source.published = FuzzyDate::fromIsoText(QStringLiteral("2023-04"));
        source.published.setWording(QStringLiteral("earlier this month"));
        source.published.setReferenceDate(QDate(2023, 4, 28));
        source.accessed = QDate(2024, 1, 2);
        source.excerpt = QStringLiteral("« Nous ne céderons pas »");
        StorageError error;
        QVERIFY2(sources.insert(source, &error), qPrintable(error.message));
        QCOMPARE(source.uid, QStringLiteral("source-mashable-1"));
        QCOMPARE(*sources.find(source.id, &error), source);

        source.excerpt.clear();
        source.accessed = QDate();
        QVERIFY2(sources.update(source, &error), qPrintable(error.message));
        const Source stored = *sources.find(source.id, &error);
        QVERIFY(stored.excerpt.isEmpty());
        QVERIFY(!stored.accessed.isValid());
        QCOMPARE(stored.version, 2);
        QVERIFY2(sources.removeAnyVersion(source.id, &error), qPrintable(error.message));
        QCOMPARE(sources.count(&error), 0);
    }

    void disputeCrud()
    {
        const Actor a = makeActor(QStringLiteral("Getty Images"));
        const Actor b = makeActor(QStringLiteral("Stability AI"));
        const Actor c = makeActor(QStringLiteral("Midjourney"));
        DisputeRepository disputes(*m_db);
        Dispute dispute;
        dispute.title
            = BilingualText::both(QStringLiteral("Getty contre Stability"), QStringLiteral("Getty v. Stability"));
        dispute.description = BilingualText::original(Language::French, QStringLiteral("Droit d’auteur"));
        dispute.status = Dispute::Status::Filed;
        dispute.colour = QStringLiteral("#aa3300");
        dispute.partyIds = {b.id, a.id};
        StorageError error;
        QVERIFY2(disputes.insert(dispute, &error), qPrintable(error.message));
        QCOMPARE(*disputes.find(dispute.id, &error), dispute);

        dispute.partyIds = {a.id, c.id};
        dispute.status = Dispute::Status::Settled;
        QVERIFY2(disputes.update(dispute, &error), qPrintable(error.message));
        QCOMPARE(*disputes.find(dispute.id, &error), dispute);

        // A party that is deleted leaves the dispute (cascade on the link only).
        QVERIFY(ActorRepository(*m_db).removeAnyVersion(c.id, &error));
        QCOMPARE(disputes.find(dispute.id, &error)->partyIds, QList<RowId> {a.id});

        QVERIFY(disputes.removeAnyVersion(dispute.id, &error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("dispute_party")), 0);
    }

    void eventCrud()
    {
        const Actor openai = makeActor(QStringLiteral("OpenAI"));
        const Actor nyt = makeActor(QStringLiteral("The New York Times"));
        const Dispute d1 = makeDispute(QStringLiteral("NYT contre OpenAI"), {nyt.id, openai.id});
        const Dispute d2 = makeDispute(QStringLiteral("Droits voisins"));
        const Source s1 = makeSource(QStringLiteral("a"));
        const Source s2 = makeSource(QStringLiteral("b"));

        EventRepository events(*m_db);
        Event event;
        event.title = BilingualText::both(QStringLiteral("Plainte déposée"), QStringLiteral("Lawsuit filed"));
        event.title.frStatus = TranslationStatus::Original;
        event.title.enStatus = TranslationStatus::Translated;
        event.text = BilingualText::original(Language::French, QStringLiteral("Le *Times* attaque."));
        event.start = FuzzyDate::fromIsoText(QStringLiteral("2023-12-27"));
        event.start.setWording(QStringLiteral("mercredi"));
        event.start.setReferenceDate(QDate(2023, 12, 29));
        event.end = FuzzyDate::fromIsoText(QStringLiteral("~2024-03"));
        event.importance = 5;
        event.notes = QStringLiteral("Vérifier la date exacte.");
        event.disputeIds = {d2.id, d1.id};
        event.actors = {{nyt.id, QStringLiteral("plaintiff")}, {openai.id, QStringLiteral("defendant")},
            {nyt.id, QStringLiteral("source")}};
        event.tags = {QStringLiteral("copyright"), QStringLiteral("ia")};
        event.sourceIds = {s2.id, s1.id};
        StorageError error;
        QVERIFY2(events.insert(event, &error), qPrintable(error.message));
        QCOMPARE(*events.find(event.id, &error), event);
        QCOMPARE(events.all(&error), QList<Event> {event});

        event.disputeIds = {d1.id};
        event.actors.removeLast();
        event.tags = {QStringLiteral("ia"), QStringLiteral("procès")};
        event.sourceIds.clear();
        event.end = FuzzyDate();
        QVERIFY2(events.update(event, &error), qPrintable(error.message));
        QCOMPARE(*events.find(event.id, &error), event);

        StorageError tagError;
        const QList<Tag> tags = TagRepository(*m_db).all(&tagError);
        QCOMPARE(tags.size(), 3); // tags stay once created
        QVERIFY2(events.removeAnyVersion(event.id, &error), qPrintable(error.message));
        for (const char *link : {"event_dispute", "event_actor", "event_tag", "event_source"})
            QCOMPARE(rowCount(*m_db, QString::fromLatin1(link)), 0);
    }

    void fuzzyDatesRoundTrip_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("wording");
        QTest::addColumn<QDate>("reference");
        QTest::newRow("year") << QStringLiteral("2015") << QString() << QString() << QDate();
        QTest::newRow("circa year") << QStringLiteral("~2015") << QString() << QStringLiteral("vers 2015") << QDate();
        QTest::newRow("month") << QStringLiteral("2023-04") << QStringLiteral("2023-06") << QString() << QDate();
        QTest::newRow("relative wording") << QStringLiteral("2023-04-24/2023-04-26") << QString()
                                          << QStringLiteral("plus tôt cette semaine") << QDate(2023, 4, 27);
        QTest::newRow("minute") << QStringLiteral("2023-04-25T10:00") << QStringLiteral("2023-04-25T18:30")
                                << QStringLiteral("next week") << QDate(2023, 4, 18);
        QTest::newRow("old") << QStringLiteral("1789-07-14") << QString() << QString() << QDate();
        QTest::newRow("future") << QStringLiteral("~2100") << QString() << QString() << QDate();
        // Before AD 1 (historical years, no year 0) and deep time: the text and the minutes columns.
        QTest::newRow("44 BCE") << QStringLiteral("-0044-03-15") << QString() << QStringLiteral("15 mars 44 av. J.-C.")
                                << QDate();
        QTest::newRow("1 BCE to AD 1") << QStringLiteral("~-0001") << QStringLiteral("0001") << QString() << QDate();
        QTest::newRow("BCE range") << QStringLiteral("-3500/-3000") << QStringLiteral("-0044") << QString() << QDate();
        QTest::newRow("10000 BCE") << QStringLiteral("-10000") << QString() << QString() << QDate();
        QTest::newRow("big bang") << QStringLiteral("~-13800000000") << QStringLiteral("-4540000000") << QString()
                                  << QDate();
        QTest::newRow("first and last years")
            << QStringLiteral("~-17000000000") << QStringLiteral("~+17000000000") << QString() << QDate();
    }

    void fuzzyDatesRoundTrip()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, wording);
        QFETCH(QDate, reference);
        Event event = makeEvent(QStringLiteral("Date"), start);
        QVERIFY(event.start.isValid());
        event.start.setWording(wording);
        event.start.setReferenceDate(reference);
        if (!end.isEmpty()) {
            event.end = FuzzyDate::fromIsoText(end);
            QVERIFY(event.end.isValid());
        }
        EventRepository events(*m_db);
        StorageError error;
        QVERIFY2(events.insert(event, &error), qPrintable(error.message));
        const Event stored = *events.find(event.id, &error);
        QCOMPARE(stored.start.toIsoText(), start);
        QCOMPARE(stored.start.wording(), wording);
        QCOMPARE(stored.start.referenceDate(), reference);
        QCOMPARE(stored.end.toIsoText(), end);
        QCOMPARE(stored, event);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT t_min FROM event WHERE id = ?"), {event.id}).toLongLong(),
            event.earliestMinutes());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT t_max FROM event WHERE id = ?"), {event.id}).toLongLong(),
            event.latestMinutes());
    }

    // The minutes columns sort and window BCE and deep dates: SQLite's time
    // index and PostgreSQL's int8range GiST index alike.
    void deepTimeWindows()
    {
        EventRepository events(*m_db);
        StorageError error;
        QHash<QString, RowId> ids;
        const QStringList dates {QStringLiteral("2023"), QStringLiteral("0001"), QStringLiteral("-0001"),
            QStringLiteral("-0044-03-15"), QStringLiteral("~-13800000000"), QStringLiteral("~+17000000000")};
        for (const QString &date : dates) {
            Event event = makeEvent(date, date);
            QVERIFY(event.start.isValid());
            QVERIFY2(events.insert(event, &error), qPrintable(error.message));
            ids.insert(date, event.id);
        }
        const auto found = [&](qint64 from, qint64 to) {
            QStringList names;
            for (const EventSpan &span : Maintenance(*m_db).eventsOverlapping(from, to, &error))
                names.append(ids.key(span.id));
            return names;
        };
        const auto first
            = [](const char *iso) { return FuzzyDate::fromIsoText(QString::fromUtf8(iso)).earliestMinutes(); };
        const auto last
            = [](const char *iso) { return FuzzyDate::fromIsoText(QString::fromUtf8(iso)).latestMinutes(); };
        // Sorted by first minute, across year 0 and 13.8 billion years.
        QCOMPARE(found(std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()),
            QStringList({QStringLiteral("~-13800000000"), QStringLiteral("-0044-03-15"), QStringLiteral("-0001"),
                QStringLiteral("0001"), QStringLiteral("2023"), QStringLiteral("~+17000000000")}));
        QCOMPARE(found(first("-0001"), last("0001")), QStringList({QStringLiteral("-0001"), QStringLiteral("0001")}));
        QCOMPARE(found(last("-0001"), last("-0001")), QStringList({QStringLiteral("-0001")}));
        QCOMPARE(found(first("-0100"), first("-0002")), QStringList({QStringLiteral("-0044-03-15")}));
        QCOMPARE(found(first("-13799999999"), last("-13799999999")), QStringList({QStringLiteral("~-13800000000")}));
        QCOMPARE(found(first("-13000000000"), first("-1000")), QStringList());
        qint64 from = 0;
        qint64 to = 0;
        QVERIFY(Maintenance(*m_db).timeExtent(&from, &to, &error));
        QCOMPARE(from, first("~-13800000000"));
        QCOMPARE(to, last("~+17000000000"));
    }

    void claimCrud()
    {
        const Actor claimant = makeActor(QStringLiteral("Elon Musk"));
        const Source said = makeSource(QStringLiteral("interview"));
        const Source proof = makeSource(QStringLiteral("filing"));
        const Dispute dispute = makeDispute(QStringLiteral("Twitter"));
        ClaimRepository claims(*m_db);

        Claim original;
        original.text = BilingualText::original(Language::French, QStringLiteral("Les bots sont 5 %"));
        original.status = Claim::Status::Disputed;
        StorageError error;
        QVERIFY2(claims.insert(original, &error), qPrintable(error.message));

        Claim rebuttal;
        rebuttal.text = BilingualText::both(QStringLiteral("Les bots sont 20 %"), QStringLiteral("Bots are 20%"));
        rebuttal.quote = QStringLiteral("at least 20%");
        rebuttal.quoteLanguage = QStringLiteral("en");
        rebuttal.claimantId = claimant.id;
        rebuttal.madeOn = FuzzyDate::fromIsoText(QStringLiteral("2022-05-17"));
        rebuttal.madeOn.setWording(QStringLiteral("hier"));
        rebuttal.madeOn.setReferenceDate(QDate(2022, 5, 18));
        rebuttal.madeInSourceId = said.id;
        rebuttal.disputeId = dispute.id;
        rebuttal.status = Claim::Status::Refuted;
        rebuttal.rebutsClaimId = original.id;
        rebuttal.evidenceSourceIds = {proof.id, said.id};
        rebuttal.notes = QStringLiteral("Source : tweet supprimé");
        QVERIFY2(claims.insert(rebuttal, &error), qPrintable(error.message));
        QCOMPARE(*claims.find(rebuttal.id, &error), rebuttal);

        rebuttal.status = Claim::Status::Retracted;
        rebuttal.evidenceSourceIds = {proof.id};
        QVERIFY2(claims.update(rebuttal, &error), qPrintable(error.message));
        QCOMPARE(*claims.find(rebuttal.id, &error), rebuttal);

        // Evidence keeps its sources: a cited source cannot be deleted.
        QVERIFY(!SourceRepository(*m_db).removeAnyVersion(proof.id, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(SourceRepository(*m_db).count(&error), 2);

        // Deleting the rebutted claim clears the link.
        error = {};
        QVERIFY2(claims.removeAnyVersion(original.id, &error), qPrintable(error.message));
        QCOMPARE(claims.find(rebuttal.id, &error)->rebutsClaimId, 0);
        QVERIFY(claims.removeAnyVersion(rebuttal.id, &error));
        QCOMPARE(rowCount(*m_db, QStringLiteral("claim_evidence")), 0);
    }

    void relationCrud()
    {
        const Actor a = makeActor(QStringLiteral("Microsoft"));
        const Actor b = makeActor(QStringLiteral("OpenAI"));
        const Source s = makeSource(QStringLiteral("investment"));
        RelationRepository relations(*m_db);
        Relation relation;
        relation.fromActorId = a.id;
        relation.toActorId = b.id;
        relation.type = Relation::Type::InvestsIn;
        relation.start = FuzzyDate::fromIsoText(QStringLiteral("2019-07"));
        relation.note = QStringLiteral("1 milliard de dollars");
        relation.sourceIds = {s.id};
        StorageError error;
        QVERIFY2(relations.insert(relation, &error), qPrintable(error.message));
        QCOMPARE(*relations.find(relation.id, &error), relation);

        relation.end = FuzzyDate::fromIsoText(QStringLiteral("2024"));
        relation.sourceIds.clear();
        QVERIFY2(relations.update(relation, &error), qPrintable(error.message));
        QCOMPARE(*relations.find(relation.id, &error), relation);

        // Deleting an actor deletes its relations.
        QVERIFY(ActorRepository(*m_db).removeAnyVersion(b.id, &error));
        QCOMPARE(relations.count(&error), 0);
    }

    // Roles form a vocabulary: built-in ones come translated, any name an
    // event uses joins it (a trigger, whatever writes), labels can be set,
    // and only unused roles can be removed.
    void actorRolesFormAVocabulary()
    {
        StorageError error;
        ActorRoleRepository roles(*m_db);
        const auto find = [&](const QString &name) -> std::optional<ActorRole> {
            for (const ActorRole &role : roles.all(&error))
                if (role.name == name)
                    return role;
            return std::nullopt;
        };
        const std::optional<ActorRole> plaintiff = find(QStringLiteral("plaintiff"));
        QVERIFY(plaintiff);
        QCOMPARE(plaintiff->label.fr, QStringLiteral("demandeur"));
        QCOMPARE(plaintiff->label.frStatus, TranslationStatus::Original);
        QCOMPARE(roles.all(&error).size(), builtinActorRoles().size());

        const Actor twitter = makeActor(QStringLiteral("Twitter"));
        Event event = makeEvent(QStringLiteral("Microsoft abandonne Twitter"));
        event.actors = {{twitter.id, QStringLiteral("dropped platform")}};
        QVERIFY2(EventRepository(*m_db).insert(event, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("dropped platform")));
        QVERIFY(find(QStringLiteral("dropped platform"))->label.isEmpty());

        // Renaming a link's role by an update adds the new name too.
        event.actors = {{twitter.id, QStringLiteral("former partner")}};
        QVERIFY2(EventRepository(*m_db).update(event, &error), qPrintable(error.message));
        QVERIFY(find(QStringLiteral("former partner")));

        const BilingualText label
            = BilingualText::both(QStringLiteral("ancien partenaire"), QStringLiteral("former partner"));
        QVERIFY2(roles.setLabel(QStringLiteral("former partner"), label, &error), qPrintable(error.message));
        QCOMPARE(find(QStringLiteral("former partner"))->label, label);

        bool removed = true;
        QVERIFY2(roles.removeUnused(QStringLiteral("former partner"), &removed, &error), qPrintable(error.message));
        QVERIFY(!removed); // in use
        QVERIFY(find(QStringLiteral("former partner")));
        QVERIFY2(roles.removeUnused(QStringLiteral("dropped platform"), &removed, &error), qPrintable(error.message));
        QVERIFY(removed);
        QVERIFY(!find(QStringLiteral("dropped platform")));
    }

    // A dispute's status is its latest change's, whatever writes: storage derives it.
    void statusChangesDriveTheDisputeStatus()
    {
        Dispute dispute = makeDispute(QStringLiteral("Getty contre Stability AI"));
        const Source complaint = makeSource(QStringLiteral("complaint"));
        StatusChangeRepository changes(*m_db);
        DisputeRepository disputes(*m_db);
        StorageError error;
        const auto status = [&] { return disputes.find(dispute.id, &error)->status; };

        StatusChange filed;
        filed.disputeId = dispute.id;
        filed.from = Dispute::Status::Brewing;
        filed.to = Dispute::Status::Filed;
        filed.date = FuzzyDate::fromIsoText(QStringLiteral("2023-02-03"));
        filed.sourceIds = {complaint.id};
        filed.note = BilingualText::original(Language::English, QStringLiteral("Delaware complaint"));
        QVERIFY2(changes.insert(filed, &error), qPrintable(error.message));
        QCOMPARE(*changes.find(filed.id, &error), filed);
        QCOMPARE(status(), Dispute::Status::Filed);

        // An earlier step recorded later does not move the status back.
        StatusChange threatened;
        threatened.disputeId = dispute.id;
        threatened.to = Dispute::Status::Threatened;
        threatened.date = FuzzyDate::fromIsoText(QStringLiteral("2023-01"));
        QVERIFY2(changes.insert(threatened, &error), qPrintable(error.message));
        QCOMPARE(changes.find(threatened.id, &error)->from, std::nullopt);
        QCOMPARE(status(), Dispute::Status::Filed);

        // A dispute saved with another status gets its history's back.
        Dispute edited = *disputes.find(dispute.id, &error);
        edited.status = Dispute::Status::Settled;
        edited.colour = QStringLiteral("#112233");
        QVERIFY2(disputes.update(edited, &error), qPrintable(error.message));
        QCOMPARE(status(), Dispute::Status::Filed);
        QCOMPARE(disputes.find(dispute.id, &error)->colour, QStringLiteral("#112233"));

        // Moving the latest step's date before the other makes the other the latest.
        filed.date = FuzzyDate::fromIsoText(QStringLiteral("2022"));
        QVERIFY2(changes.update(filed, &error), qPrintable(error.message));
        QCOMPARE(status(), Dispute::Status::Threatened);

        // Without history, a dispute falls back to what the last removed change left.
        QVERIFY(changes.removeAnyVersion(threatened.id, &error));
        QCOMPARE(status(), Dispute::Status::Filed);
        QVERIFY(changes.removeAnyVersion(filed.id, &error));
        QCOMPARE(status(), Dispute::Status::Brewing);
        edited = *disputes.find(dispute.id, &error);
        edited.status = Dispute::Status::Ruled;
        QVERIFY2(disputes.update(edited, &error), qPrintable(error.message));
        QCOMPARE(status(), Dispute::Status::Ruled);

        // Deleting the dispute deletes its history; a cited source cannot go while cited.
        QVERIFY2(changes.insert(threatened, &error), qPrintable(error.message));
        filed.id = 0;
        QVERIFY2(changes.insert(filed, &error), qPrintable(error.message));
        QVERIFY(!SourceRepository(*m_db).removeAnyVersion(complaint.id, &error));
        QVERIFY(disputes.removeAnyVersion(dispute.id, &error));
        QCOMPARE(changes.count(&error), 0);
    }

    void statusChangeValidation()
    {
        const Dispute dispute = makeDispute(QStringLiteral("Reddit"));
        StatusChangeRepository changes(*m_db);
        StorageError error;
        StatusChange change;
        change.to = Dispute::Status::Filed;
        change.date = FuzzyDate::fromYear(2025);
        QVERIFY(!changes.insert(change, &error)); // no dispute
        QCOMPARE(error.code, StorageError::Code::Invalid);
        change.disputeId = dispute.id;
        change.date = {};
        QVERIFY(!changes.insert(change, &error)); // no date
        change.date = FuzzyDate::fromYear(2025);
        change.from = Dispute::Status::Filed;
        QVERIFY(!changes.insert(change, &error)); // changes nothing
        QCOMPARE(changes.count(&error), 0);
    }

    void tags()
    {
        TagRepository tags(*m_db);
        StorageError error;
        const RowId id = tags.ensure(QStringLiteral("droit-d-auteur"), &error);
        QVERIFY(id);
        QCOMPARE(tags.ensure(QStringLiteral("droit-d-auteur"), &error), id);
        const BilingualText label = BilingualText::both(QStringLiteral("Droit d’auteur"), QStringLiteral("Copyright"));
        QVERIFY2(tags.setLabel(QStringLiteral("droit-d-auteur"), label, &error), qPrintable(error.message));
        QVERIFY(tags.setLabel(QStringLiteral("nouveau"), {}, &error));
        const QList<Tag> all = tags.all(&error);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).name, QStringLiteral("droit-d-auteur"));
        QCOMPARE(all.at(0).id, id);
        QCOMPARE(all.at(0).label.fr, label.fr);
        QCOMPARE(all.at(0).label.en, label.en);
        QCOMPARE(all.at(1).name, QStringLiteral("nouveau"));
    }

    void auditRows()
    {
        EventRepository events(*m_db);
        Event event = makeEvent(QStringLiteral("Avant"));
        event.importance = 2;
        StorageError error;
        m_db->setUserName(QStringLiteral("camille"));
        // The stamp is taken during the insert (stored to the second at least).
        QDateTime before = QDateTime::currentDateTimeUtc();
        before = before.addMSecs(-before.time().msec());
        QVERIFY2(events.insert(event, &error), qPrintable(error.message));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        QList<AuditEntry> rows = audit(QStringLiteral("event"), event.id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).action, QStringLiteral("insert"));
        QCOMPARE(rows.at(0).who, QStringLiteral("camille"));
        QCOMPARE(rows.at(0).entityUid, event.uid);
        QVERIFY(rows.at(0).at.isValid());
        QVERIFY2(rows.at(0).at >= before && rows.at(0).at <= after,
            qPrintable(rows.at(0).at.toString(Qt::ISODateWithMs) + u' ' + before.toString(Qt::ISODateWithMs)));
        const QJsonObject inserted = QJsonDocument::fromJson(rows.at(0).newValue.toUtf8()).object();
        QCOMPARE(inserted.value(QStringLiteral("title_fr")).toString(), QStringLiteral("Avant"));

        event.title.fr = QStringLiteral("Après");
        event.importance = 4;
        QVERIFY2(events.update(event, &error), qPrintable(error.message));
        rows = audit(QStringLiteral("event"), event.id);
        QCOMPARE(rows.size(), 3);
        QMap<QString, QPair<QString, QString>> changes;
        for (const AuditEntry &row : rows.mid(1)) {
            QCOMPARE(row.action, QStringLiteral("update"));
            changes.insert(row.field, {row.oldValue, row.newValue});
        }
        QCOMPARE(
            changes.value(QStringLiteral("title_fr")), qMakePair(QStringLiteral("Avant"), QStringLiteral("Après")));
        QCOMPARE(changes.value(QStringLiteral("importance")), qMakePair(QStringLiteral("2"), QStringLiteral("4")));

        // An update that changes nothing writes no row.
        QVERIFY(events.update(event, &error));
        QCOMPARE(audit(QStringLiteral("event"), event.id).size(), 3);

        QVERIFY(events.removeAnyVersion(event.id, &error));
        rows = audit(QStringLiteral("event"), event.id);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.last().action, QStringLiteral("delete"));
        QVERIFY(rows.last().oldValue.contains(QStringLiteral("Après")));
    }

    void failedWritesLeaveNoTrace_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("unknown dispute") << QStringLiteral("dispute");
        QTest::newRow("unknown actor") << QStringLiteral("actor");
        QTest::newRow("unknown source") << QStringLiteral("source");
        QTest::newRow("duplicate uid") << QStringLiteral("uid");
    }

    void failedWritesLeaveNoTrace()
    {
        QFETCH(QString, kind);
        EventRepository events(*m_db);
        Event existing = makeEvent(QStringLiteral("Existant"));
        existing.uid = QStringLiteral("event-taken");
        StorageError error;
        QVERIFY(events.insert(existing, &error));
        const qsizetype auditBefore = audit().size();

        Event event = makeEvent(QStringLiteral("Référence cassée"));
        event.tags = {QStringLiteral("nouvelle-etiquette")};
        if (kind == QLatin1String("dispute"))
            event.disputeIds = {4242};
        else if (kind == QLatin1String("actor"))
            event.actors = {{4242, QStringLiteral("role")}};
        else if (kind == QLatin1String("source"))
            event.sourceIds = {4242};
        else
            event.uid = existing.uid;
        QVERIFY(!events.insert(event, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(event.id, 0);
        QCOMPARE(events.count(&error), 1);
        QCOMPARE(audit().size(), auditBefore);
        QCOMPARE(rowCount(*m_db, QStringLiteral("tag")), 0);
        if (!testingPostgres())
            QCOMPARE(rowCount(*m_db, QStringLiteral("event_fts")), 1);

        // Same for an update: the stored row and its audit are unchanged.
        Event changed = existing;
        changed.title.fr = QStringLiteral("Modifié");
        changed.disputeIds = {4242};
        QVERIFY(!events.update(changed, &error));
        QCOMPARE(changed.version, existing.version);
        QCOMPARE(*events.find(existing.id, &error), existing);
        QCOMPARE(audit().size(), auditBefore);
    }

    void conflict()
    {
        ActorRepository actors(*m_db);
        const Actor created = makeActor(QStringLiteral("Original"));
        StorageError error;
        Actor first = *actors.find(created.id, &error);
        Actor second = first;
        first.name.fr = QStringLiteral("Première modification");
        QVERIFY2(actors.update(first, &error), qPrintable(error.message));
        const qsizetype auditAfterFirst = audit().size();

        second.name.fr = QStringLiteral("Seconde modification");
        second.aliases = {QStringLiteral("Perdue")};
        QVERIFY(!actors.update(second, &error));
        QCOMPARE(error.code, StorageError::Code::Conflict);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(second.version, 1);
        QCOMPARE(*actors.find(created.id, &error), first);
        QCOMPARE(audit().size(), auditAfterFirst);

        // Updating a deleted record reports it gone.
        QVERIFY(actors.removeAnyVersion(created.id, &error));
        error = {};
        QVERIFY(!actors.update(first, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void conflictAcrossConnections()
    {
        // Two windows (two connections) on the same file.
        const Actor created = makeActor(QStringLiteral("Partagé"));
        QString message;
        auto other = openDatabase(m_db->path(), &message, {});
        QVERIFY2(other, qPrintable(message));
        ActorRepository mine(*m_db);
        ActorRepository theirs(*other);
        StorageError error;
        Actor a = *mine.find(created.id, &error);
        Actor b = *theirs.find(created.id, &error);
        b.description = BilingualText::original(Language::French, QStringLiteral("Leur version"));
        QVERIFY2(theirs.update(b, &error), qPrintable(error.message));
        a.description = BilingualText::original(Language::French, QStringLiteral("Ma version"));
        QVERIFY(!mine.update(a, &error));
        QCOMPARE(error.code, StorageError::Code::Conflict);
        QCOMPARE(mine.find(created.id, &error)->description.fr, QStringLiteral("Leur version"));
        // Reloading and reapplying works.
        a = *mine.find(created.id, &error);
        a.description.fr = QStringLiteral("Ma version");
        QVERIFY2(mine.update(a, &error), qPrintable(error.message));
        QCOMPARE(theirs.find(created.id, &error)->description.fr, QStringLiteral("Ma version"));
    }

    void deleteConflictAcrossConnections()
    {
        // A delete from a stale view (two windows on one file, or two clients of a server).
        const Source source = makeSource(QStringLiteral("preuve"));
        Event created = makeEvent(QStringLiteral("Partagé"));
        created.sourceIds = {source.id};
        StorageError error;
        QVERIFY2(EventRepository(*m_db).insert(created, &error), qPrintable(error.message));
        QString message;
        auto other = openDatabase(m_db->path(), &message, {});
        QVERIFY2(other, qPrintable(message));
        EventRepository mine(*m_db);
        EventRepository theirs(*other);
        const Event seen = *mine.find(created.id, &error);
        Event edited = *theirs.find(created.id, &error);
        edited.notes = QStringLiteral("leur ajout");
        QVERIFY2(theirs.update(edited, &error), qPrintable(error.message));
        const qint64 auditRows = rowCount(*m_db, QStringLiteral("audit"));

        QVERIFY(!mine.remove(seen.id, seen.version, &error));
        QCOMPARE(error.code, StorageError::Code::Conflict);
        QVERIFY(!error.message.isEmpty());
        // Nothing deleted, links included, and nothing audited.
        const std::optional<Event> kept = mine.find(created.id, &error);
        QVERIFY(kept);
        QCOMPARE(kept->notes, QStringLiteral("leur ajout"));
        QCOMPARE(kept->sourceIds, QList<RowId> {source.id});
        QCOMPARE(rowCount(*m_db, QStringLiteral("audit")), auditRows);

        // Deleting the version now stored works; a second delete finds nothing.
        QVERIFY2(mine.remove(kept->id, kept->version, &error), qPrintable(error.message));
        QVERIFY(!theirs.find(created.id, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM event_source WHERE event_id = ?"), {created.id})
                     .toLongLong(),
            0);
        QVERIFY(!theirs.remove(edited.id, edited.version + 1, &error));
        QCOMPARE(error.code, StorageError::Code::NotFound);
    }

    void danglingActorReferences()
    {
        StorageError error;
        Actor orphan;
        orphan.name = BilingualText::original(Language::French, QStringLiteral("Orphelin"));
        orphan.parentId = 777;
        QVERIFY(!ActorRepository(*m_db).insert(orphan, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        Claim claim;
        claim.text = BilingualText::original(Language::French, QStringLiteral("Sans auteur"));
        claim.claimantId = 777;
        error = {};
        QVERIFY(!ClaimRepository(*m_db).insert(claim, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        const Actor a = makeActor(QStringLiteral("Seul"));
        Relation relation;
        relation.fromActorId = a.id;
        relation.toActorId = 777;
        error = {};
        QVERIFY(!RelationRepository(*m_db).insert(relation, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QCOMPARE(ActorRepository(*m_db).count(&error), 1);
        QCOMPARE(audit().size(), 1);
    }

    void undoDelete()
    {
        const Actor actor = makeActor(QStringLiteral("Acteur"));
        const Dispute dispute = makeDispute(QStringLiteral("Litige"));
        EventRepository events(*m_db);
        Event event = makeEvent(QStringLiteral("Supprimé puis restauré"), QStringLiteral("~2020-02"));
        event.disputeIds = {dispute.id};
        event.actors = {{actor.id, QStringLiteral("témoin")}};
        event.tags = {QStringLiteral("restauration")};
        StorageError error;
        QVERIFY(events.insert(event, &error));
        Event later = makeEvent(QStringLiteral("Après"));
        QVERIFY(events.insert(later, &error));

        const Event deleted = *events.find(event.id, &error);
        QVERIFY2(events.removeAnyVersion(event.id, &error), qPrintable(error.message));
        Event restored = deleted;
        QVERIFY2(events.insert(restored, &error), qPrintable(error.message));
        QCOMPARE(restored.id, deleted.id);
        QCOMPARE(restored.uid, deleted.uid);
        QCOMPARE(*events.find(deleted.id, &error), deleted);
        const QList<AuditEntry> rows = audit(QStringLiteral("event"), deleted.id);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(1).action, QStringLiteral("delete"));
        QCOMPARE(rows.at(2).action, QStringLiteral("insert"));

        // An id that is taken is not overwritten.
        Event clash = makeEvent(QStringLiteral("Collision"));
        clash.id = later.id;
        QVERIFY(!events.insert(clash, &error));
        QCOMPARE(events.find(later.id, &error)->title.fr, QStringLiteral("Après"));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty title") << QStringLiteral("title");
        QTest::newRow("no start date") << QStringLiteral("start");
        QTest::newRow("end before start") << QStringLiteral("end");
        QTest::newRow("importance 0") << QStringLiteral("importance0");
        QTest::newRow("importance 6") << QStringLiteral("importance6");
    }

    void validation()
    {
        QFETCH(QString, problem);
        EventRepository events(*m_db);
        Event good = makeEvent(QStringLiteral("Valide"), QStringLiteral("2023-05"));
        StorageError error;
        QVERIFY(events.insert(good, &error));
        const qsizetype auditBefore = audit().size();

        Event event = makeEvent(QStringLiteral("Titre"), QStringLiteral("2023-05"));
        if (problem == QLatin1String("title"))
            event.title = {};
        else if (problem == QLatin1String("start"))
            event.start = {};
        else if (problem == QLatin1String("end"))
            event.end = FuzzyDate::fromIsoText(QStringLiteral("2023-04-30"));
        else
            event.importance = problem.endsWith(u'0') ? 0 : 6;

        QVERIFY(!events.insert(event, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY(!error.message.isEmpty());

        // The same rule on update.
        Event changed = good;
        changed.title = event.title;
        changed.start = event.start;
        changed.end = event.end;
        changed.importance = event.importance;
        error = {};
        QVERIFY(!events.update(changed, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);

        QCOMPARE(events.count(&error), 1);
        QCOMPARE(*events.find(good.id, &error), good);
        QCOMPARE(audit().size(), auditBefore);
    }

    void otherValidation()
    {
        StorageError error;
        Actor actor;
        QVERIFY(!ActorRepository(*m_db).insert(actor, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        Dispute dispute;
        error = {};
        QVERIFY(!DisputeRepository(*m_db).insert(dispute, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        Claim claim;
        error = {};
        QVERIFY(!ClaimRepository(*m_db).insert(claim, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        Relation relation;
        error = {};
        QVERIFY(!RelationRepository(*m_db).insert(relation, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        Source source;
        error = {};
        QVERIFY(!SourceRepository(*m_db).insert(source, &error));
        QCOMPARE(error.code, StorageError::Code::Invalid);
        QVERIFY(audit().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
