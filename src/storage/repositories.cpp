// SPDX-License-Identifier: GPL-3.0-or-later
#include "repositories.h"

#include "columns_p.h"
#include "repository_impl.h"

#include <QSqlQuery>
#include <QUuid>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::Repositories)
public:
    static QString needsName() { return tr("An actor needs a name in French or English."); }
    static QString needsTitle() { return tr("A title in French or English is required."); }
    static QString needsDate() { return tr("An event needs a valid start date."); }
    static QString endBeforeStart() { return tr("The end date is before the start date."); }
    static QString eraNeedsPeriod() { return tr("An era needs a valid start date and a valid end date."); }
    static QString changeNeedsDispute() { return tr("A status change needs its dispute."); }
    static QString changeNeedsDate() { return tr("A status change needs a valid date."); }
    static QString changeChangesNothing() { return tr("A status change needs a status other than the one it leaves."); }
    static QString needsActors() { return tr("A relation needs two actors."); }
    static QString importanceRange() { return tr("Importance must be between 1 and 5."); }
    static QString needsText() { return tr("A claim needs its text in French or English, or a quote."); }
    static QString selfParent() { return tr("An actor cannot be its own parent."); }
    static QString badGrade()
    {
        return tr("A source's reliability is a letter from A to F and its credibility a number from 1 to 6.");
    }
    static QString archiveNeedsUrl() { return tr("An archived copy of a source needs its URL."); }
};

bool fail(StorageError *error, const QString &message)
{
    *error = {StorageError::Code::Invalid, message};
    return false;
}

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

QString gradeLetter(const SourceGrade &grade)
{
    return grade.reliability.isNull() ? QString() : QString(grade.reliability);
}

RowId idValue(const RowReader &row, const char *column)
{
    return row.value(s(column)).toLongLong();
}

} // namespace

QString generateUid(const QString &prefix)
{
    return prefix + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

bool forEachLinkRow(Database &db, const QString &sql, const QString &ownerColumn, RowId owner,
    const std::function<void(RowId, const QSqlQuery &)> &onRow, StorageError *error)
{
    QSqlQuery query;
    QString text = sql;
    if (owner)
        text += QStringLiteral(" WHERE %1 = ?").arg(ownerColumn);
    text += QStringLiteral(" ORDER BY %1, position").arg(ownerColumn);
    if (!db.prepare(query, text, error))
        return false;
    query.setForwardOnly(true);
    if (owner)
        query.addBindValue(owner);
    if (!db.exec(query, error))
        return false;
    while (query.next())
        onRow(query.value(0).toLongLong(), query);
    return true;
}

bool replaceLinks(Database &db, const QString &table, const QString &ownerColumn, RowId owner,
    const QString &otherColumn, const QList<RowId> &others, StorageError *error)
{
    QSqlQuery query;
    if (!db.prepare(query, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, ownerColumn), error))
        return false;
    query.addBindValue(owner);
    if (!db.exec(query, error))
        return false;
    if (others.isEmpty())
        return true;
    if (!db.prepare(query,
            db.insertIgnoringDuplicates(
                table, QStringLiteral("%1, %2, position").arg(ownerColumn, otherColumn), QStringLiteral("?, ?, ?")),
            error))
        return false;
    for (qsizetype i = 0; i < others.size(); ++i) {
        query.bindValue(0, owner);
        query.bindValue(1, others.at(i));
        query.bindValue(2, int(i));
        if (!db.exec(query, error))
            return false;
    }
    return true;
}

namespace {

// Loads a plain id list link (event_dispute, claim_evidence...) into records.
template<typename Record>
bool loadIdLinks(Database &db, QHash<RowId, Record *> &byId, RowId owner, const QString &table,
    const QString &ownerColumn, const QString &otherColumn, QList<RowId> Record::*member, StorageError *error)
{
    return forEachLinkRow(
        db, QStringLiteral("SELECT %1, %2 FROM %3").arg(ownerColumn, otherColumn, table), ownerColumn, owner,
        [&](RowId ownerId, const QSqlQuery &query) {
            if (Record *record = byId.value(ownerId))
                (record->*member).append(query.value(1).toLongLong());
        },
        error);
}

} // namespace

// --- Actor -------------------------------------------------------------------

QString ActorTraits::entity()
{
    return s("actor");
}

QStringList ActorTraits::columns()
{
    return {s("kind"), s("name_fr"), s("name_fr_status"), s("name_en"), s("name_en_status"), s("description_fr"),
        s("description_fr_status"), s("description_en"), s("description_en_status"), s("aliases"), s("parent_id")};
}

void ActorTraits::bind(QSqlQuery &query, const Actor &actor)
{
    query.bindValue(s(":kind"), actorKindCode(actor.kind));
    bindBilingual(query, s("name"), actor.name);
    bindBilingual(query, s("description"), actor.description);
    query.bindValue(s(":aliases"), nonNull(actor.aliases.join(u'\n')));
    query.bindValue(s(":parent_id"), nullableId(actor.parentId));
}

Actor ActorTraits::read(const RowReader &row)
{
    Actor actor;
    actor.id = idValue(row, "id");
    actor.uid = row.value(s("uid")).toString();
    actorKindFromCode(row.value(s("kind")).toString(), &actor.kind);
    actor.name = readBilingual(row, s("name"));
    actor.description = readBilingual(row, s("description"));
    const QString aliases = row.value(s("aliases")).toString();
    if (!aliases.isEmpty())
        actor.aliases = aliases.split(u'\n');
    actor.parentId = idValue(row, "parent_id");
    actor.version = row.value(s("version")).toInt();
    return actor;
}

bool ActorTraits::loadLinks(Database &, QHash<RowId, Actor *> &, RowId, StorageError *)
{
    return true;
}

bool ActorTraits::saveLinks(Database &, const Actor &, StorageError *)
{
    return true;
}

FieldMap ActorTraits::fields(const Actor &actor)
{
    FieldMap fields;
    fields.insert(s("uid"), actor.uid);
    fields.insert(s("kind"), actorKindCode(actor.kind));
    addBilingual(fields, s("name"), actor.name);
    addBilingual(fields, s("description"), actor.description);
    fields.insert(s("aliases"), nonNull(actor.aliases.join(u'\n')));
    fields.insert(s("parent_id"), actor.parentId ? QString::number(actor.parentId) : QString());
    return fields;
}

bool ActorTraits::validate(const Actor &actor, StorageError *error)
{
    if (actor.name.isEmpty())
        return fail(error, Messages::needsName());
    if (actor.id && actor.parentId == actor.id)
        return fail(error, Messages::selfParent());
    return true;
}

// --- Source ------------------------------------------------------------------

QString SourceTraits::entity()
{
    return s("source");
}

QStringList SourceTraits::columns()
{
    return {s("outlet"), s("title"), s("url"), s("language"), s("published"), s("published_wording"),
        s("published_reference"), s("accessed"), s("excerpt"), s("archives"), s("url_dead"), s("reliability"),
        s("credibility"), s("confidential")};
}

void SourceTraits::bind(QSqlQuery &query, const Source &source)
{
    query.bindValue(s(":outlet"), nonNull(source.outlet));
    query.bindValue(s(":title"), nonNull(source.title));
    query.bindValue(s(":url"), nonNull(source.url));
    query.bindValue(s(":language"), nonNull(source.language));
    bindFuzzy(query, s("published"), s("published"), source.published);
    query.bindValue(s(":accessed"), nonNull(source.accessed.toString(Qt::ISODate)));
    query.bindValue(s(":excerpt"), nonNull(source.excerpt));
    query.bindValue(s(":archives"), nonNull(archivedUrlsToJson(source.archives)));
    query.bindValue(s(":url_dead"), source.urlDead ? 1 : 0);
    query.bindValue(s(":reliability"), nonNull(gradeLetter(source.grade)));
    query.bindValue(s(":credibility"), source.grade.credibility);
    query.bindValue(s(":confidential"), source.confidential ? 1 : 0);
}

Source SourceTraits::read(const RowReader &row)
{
    Source source;
    source.id = idValue(row, "id");
    source.uid = row.value(s("uid")).toString();
    source.outlet = row.value(s("outlet")).toString();
    source.title = row.value(s("title")).toString();
    source.url = row.value(s("url")).toString();
    source.language = row.value(s("language")).toString();
    source.published = readFuzzy(row, s("published"), s("published"));
    source.accessed = QDate::fromString(row.value(s("accessed")).toString(), Qt::ISODate);
    source.excerpt = row.value(s("excerpt")).toString();
    // A malformed list (written by hand) reads as none rather than failing the whole source.
    source.archives = archivedUrlsFromJson(row.value(s("archives")).toString()).value_or(QList<ArchivedUrl>());
    source.urlDead = row.value(s("url_dead")).toInt() != 0;
    const QString letter = row.value(s("reliability")).toString();
    source.grade.reliability = letter.size() == 1 ? letter.front() : QChar();
    source.grade.credibility = row.value(s("credibility")).toInt();
    source.confidential = row.value(s("confidential")).toInt() != 0;
    source.version = row.value(s("version")).toInt();
    return source;
}

bool SourceTraits::loadLinks(Database &, QHash<RowId, Source *> &, RowId, StorageError *)
{
    return true;
}

bool SourceTraits::saveLinks(Database &, const Source &, StorageError *)
{
    return true;
}

FieldMap SourceTraits::fields(const Source &source)
{
    FieldMap fields;
    fields.insert(s("uid"), source.uid);
    fields.insert(s("outlet"), nonNull(source.outlet));
    fields.insert(s("title"), nonNull(source.title));
    fields.insert(s("url"), nonNull(source.url));
    fields.insert(s("language"), nonNull(source.language));
    addFuzzy(fields, s("published"), source.published);
    fields.insert(s("accessed"), source.accessed.toString(Qt::ISODate));
    fields.insert(s("excerpt"), nonNull(source.excerpt));
    fields.insert(s("archives"), nonNull(archivedUrlsToJson(source.archives)));
    fields.insert(s("url_dead"), source.urlDead ? s("1") : s("0"));
    fields.insert(s("grade"), nonNull(source.grade.code()));
    fields.insert(s("confidential"), source.confidential ? s("1") : s("0"));
    return fields;
}

bool SourceTraits::validate(const Source &source, StorageError *error)
{
    if (source.title.isEmpty() && source.outlet.isEmpty() && source.url.isEmpty())
        return fail(error, Messages::needsTitle());
    if (!source.grade.isValid())
        return fail(error, Messages::badGrade());
    for (const ArchivedUrl &archive : source.archives) {
        if (archive.url.trimmed().isEmpty())
            return fail(error, Messages::archiveNeedsUrl());
    }
    return true;
}

// --- Dispute -----------------------------------------------------------------

QString DisputeTraits::entity()
{
    return s("dispute");
}

QStringList DisputeTraits::columns()
{
    return {s("title_fr"), s("title_fr_status"), s("title_en"), s("title_en_status"), s("description_fr"),
        s("description_fr_status"), s("description_en"), s("description_en_status"), s("status"), s("colour")};
}

void DisputeTraits::bind(QSqlQuery &query, const Dispute &dispute)
{
    bindBilingual(query, s("title"), dispute.title);
    bindBilingual(query, s("description"), dispute.description);
    query.bindValue(s(":status"), disputeStatusCode(dispute.status));
    query.bindValue(s(":colour"), nonNull(dispute.colour));
}

Dispute DisputeTraits::read(const RowReader &row)
{
    Dispute dispute;
    dispute.id = idValue(row, "id");
    dispute.uid = row.value(s("uid")).toString();
    dispute.title = readBilingual(row, s("title"));
    dispute.description = readBilingual(row, s("description"));
    disputeStatusFromCode(row.value(s("status")).toString(), &dispute.status);
    dispute.colour = row.value(s("colour")).toString();
    dispute.version = row.value(s("version")).toInt();
    return dispute;
}

bool DisputeTraits::loadLinks(Database &db, QHash<RowId, Dispute *> &byId, RowId owner, StorageError *error)
{
    return loadIdLinks(db, byId, owner, s("dispute_party"), s("dispute_id"), s("actor_id"), &Dispute::partyIds, error);
}

bool DisputeTraits::saveLinks(Database &db, const Dispute &dispute, StorageError *error)
{
    return replaceLinks(db, s("dispute_party"), s("dispute_id"), dispute.id, s("actor_id"), dispute.partyIds, error);
}

FieldMap DisputeTraits::fields(const Dispute &dispute)
{
    FieldMap fields;
    fields.insert(s("uid"), dispute.uid);
    addBilingual(fields, s("title"), dispute.title);
    addBilingual(fields, s("description"), dispute.description);
    fields.insert(s("status"), disputeStatusCode(dispute.status));
    fields.insert(s("colour"), nonNull(dispute.colour));
    fields.insert(s("parties"), idListText(dispute.partyIds));
    return fields;
}

bool DisputeTraits::validate(const Dispute &dispute, StorageError *error)
{
    if (dispute.title.isEmpty())
        return fail(error, Messages::needsTitle());
    return true;
}

// --- Event -------------------------------------------------------------------

QString EventTraits::entity()
{
    return s("event");
}

QStringList EventTraits::columns()
{
    return {s("title_fr"), s("title_fr_status"), s("title_en"), s("title_en_status"), s("text_fr"), s("text_fr_status"),
        s("text_en"), s("text_en_status"), s("start_date"), s("start_wording"), s("start_reference"), s("end_date"),
        s("end_wording"), s("end_reference"), s("t_min"), s("t_max"), s("importance"), s("notes")};
}

void EventTraits::bind(QSqlQuery &query, const Event &event)
{
    bindBilingual(query, s("title"), event.title);
    bindBilingual(query, s("text"), event.text);
    bindFuzzy(query, s("start_date"), s("start"), event.start);
    bindFuzzy(query, s("end_date"), s("end"), event.end);
    query.bindValue(s(":t_min"), event.earliestMinutes());
    query.bindValue(s(":t_max"), event.latestMinutes());
    query.bindValue(s(":importance"), event.importance);
    query.bindValue(s(":notes"), nonNull(event.notes));
}

Event EventTraits::read(const RowReader &row)
{
    Event event;
    event.id = idValue(row, "id");
    event.uid = row.value(s("uid")).toString();
    event.title = readBilingual(row, s("title"));
    event.text = readBilingual(row, s("text"));
    event.start = readFuzzy(row, s("start_date"), s("start"));
    event.end = readFuzzy(row, s("end_date"), s("end"));
    event.importance = row.value(s("importance")).toInt();
    event.notes = row.value(s("notes")).toString();
    event.version = row.value(s("version")).toInt();
    return event;
}

bool EventTraits::loadLinks(Database &db, QHash<RowId, Event *> &byId, RowId owner, StorageError *error)
{
    if (!loadIdLinks(db, byId, owner, s("event_dispute"), s("event_id"), s("dispute_id"), &Event::disputeIds, error))
        return false;
    if (!loadIdLinks(db, byId, owner, s("event_source"), s("event_id"), s("source_id"), &Event::sourceIds, error))
        return false;
    if (!forEachLinkRow(
            db, s("SELECT event_id, actor_id, role FROM event_actor"), s("event_id"), owner,
            [&](RowId id, const QSqlQuery &query) {
                if (Event *event = byId.value(id))
                    event->actors.append({query.value(1).toLongLong(), query.value(2).toString()});
            },
            error))
        return false;
    return forEachLinkRow(
        db, s("SELECT event_id, tag.name FROM event_tag JOIN tag ON tag.id = event_tag.tag_id"), s("event_id"), owner,
        [&](RowId id, const QSqlQuery &query) {
            if (Event *event = byId.value(id))
                event->tags.append(query.value(1).toString());
        },
        error);
}

bool EventTraits::saveLinks(Database &db, const Event &event, StorageError *error)
{
    if (!replaceLinks(db, s("event_dispute"), s("event_id"), event.id, s("dispute_id"), event.disputeIds, error))
        return false;
    if (!replaceLinks(db, s("event_source"), s("event_id"), event.id, s("source_id"), event.sourceIds, error))
        return false;
    QList<RowId> tagIds;
    TagRepository tags(db);
    for (const QString &name : event.tags) {
        const RowId tagId = tags.ensure(name, error);
        if (!tagId)
            return false;
        tagIds.append(tagId);
    }
    if (!replaceLinks(db, s("event_tag"), s("event_id"), event.id, s("tag_id"), tagIds, error))
        return false;
    QSqlQuery query;
    if (!db.prepare(query, s("DELETE FROM event_actor WHERE event_id = ?"), error))
        return false;
    query.addBindValue(event.id);
    if (!db.exec(query, error))
        return false;
    if (!db.prepare(query,
            db.insertIgnoringDuplicates(s("event_actor"), s("event_id, actor_id, role, position"), s("?, ?, ?, ?")),
            error))
        return false;
    for (qsizetype i = 0; i < event.actors.size(); ++i) {
        query.bindValue(0, event.id);
        query.bindValue(1, event.actors.at(i).actorId);
        query.bindValue(2, nonNull(event.actors.at(i).role));
        query.bindValue(3, int(i));
        if (!db.exec(query, error))
            return false;
    }
    return true;
}

FieldMap EventTraits::fields(const Event &event)
{
    FieldMap fields;
    fields.insert(s("uid"), event.uid);
    addBilingual(fields, s("title"), event.title);
    addBilingual(fields, s("text"), event.text);
    addFuzzy(fields, s("start"), event.start);
    addFuzzy(fields, s("end"), event.end);
    fields.insert(s("importance"), QString::number(event.importance));
    fields.insert(s("notes"), nonNull(event.notes));
    fields.insert(s("disputes"), idListText(event.disputeIds));
    fields.insert(s("sources"), idListText(event.sourceIds));
    QStringList actors;
    for (const EventActor &actor : event.actors)
        actors.append(QString::number(actor.actorId) + u':' + actor.role);
    fields.insert(s("actors"), actors.join(u','));
    fields.insert(s("tags"), event.tags.join(u','));
    return fields;
}

bool EventTraits::validate(const Event &event, StorageError *error)
{
    if (event.title.isEmpty())
        return fail(error, Messages::needsTitle());
    if (!event.start.isValid())
        return fail(error, Messages::needsDate());
    if (event.end.isValid() && event.end.latestMinutes() < event.start.earliestMinutes())
        return fail(error, Messages::endBeforeStart());
    if (event.importance < 1 || event.importance > 5)
        return fail(error, Messages::importanceRange());
    return true;
}

// --- Claim -------------------------------------------------------------------

QString ClaimTraits::entity()
{
    return s("claim");
}

QStringList ClaimTraits::columns()
{
    return {s("text_fr"), s("text_fr_status"), s("text_en"), s("text_en_status"), s("quote"), s("quote_language"),
        s("claimant_id"), s("made_on"), s("made_on_wording"), s("made_on_reference"), s("made_in_source_id"),
        s("dispute_id"), s("status"), s("rebuts_claim_id"), s("notes")};
}

void ClaimTraits::bind(QSqlQuery &query, const Claim &claim)
{
    bindBilingual(query, s("text"), claim.text);
    query.bindValue(s(":quote"), nonNull(claim.quote));
    query.bindValue(s(":quote_language"), nonNull(claim.quoteLanguage));
    query.bindValue(s(":claimant_id"), nullableId(claim.claimantId));
    bindFuzzy(query, s("made_on"), s("made_on"), claim.madeOn);
    query.bindValue(s(":made_in_source_id"), nullableId(claim.madeInSourceId));
    query.bindValue(s(":dispute_id"), nullableId(claim.disputeId));
    query.bindValue(s(":status"), claimStatusCode(claim.status));
    query.bindValue(s(":rebuts_claim_id"), nullableId(claim.rebutsClaimId));
    query.bindValue(s(":notes"), nonNull(claim.notes));
}

Claim ClaimTraits::read(const RowReader &row)
{
    Claim claim;
    claim.id = idValue(row, "id");
    claim.uid = row.value(s("uid")).toString();
    claim.text = readBilingual(row, s("text"));
    claim.quote = row.value(s("quote")).toString();
    claim.quoteLanguage = row.value(s("quote_language")).toString();
    claim.claimantId = idValue(row, "claimant_id");
    claim.madeOn = readFuzzy(row, s("made_on"), s("made_on"));
    claim.madeInSourceId = idValue(row, "made_in_source_id");
    claim.disputeId = idValue(row, "dispute_id");
    claimStatusFromCode(row.value(s("status")).toString(), &claim.status);
    claim.rebutsClaimId = idValue(row, "rebuts_claim_id");
    claim.notes = row.value(s("notes")).toString();
    claim.version = row.value(s("version")).toInt();
    return claim;
}

bool ClaimTraits::loadLinks(Database &db, QHash<RowId, Claim *> &byId, RowId owner, StorageError *error)
{
    return loadIdLinks(
        db, byId, owner, s("claim_evidence"), s("claim_id"), s("source_id"), &Claim::evidenceSourceIds, error);
}

bool ClaimTraits::saveLinks(Database &db, const Claim &claim, StorageError *error)
{
    return replaceLinks(
        db, s("claim_evidence"), s("claim_id"), claim.id, s("source_id"), claim.evidenceSourceIds, error);
}

FieldMap ClaimTraits::fields(const Claim &claim)
{
    FieldMap fields;
    fields.insert(s("uid"), claim.uid);
    addBilingual(fields, s("text"), claim.text);
    fields.insert(s("quote"), nonNull(claim.quote));
    fields.insert(s("quote_language"), nonNull(claim.quoteLanguage));
    fields.insert(s("claimant_id"), claim.claimantId ? QString::number(claim.claimantId) : QString());
    addFuzzy(fields, s("made_on"), claim.madeOn);
    fields.insert(s("made_in_source_id"), claim.madeInSourceId ? QString::number(claim.madeInSourceId) : QString());
    fields.insert(s("dispute_id"), claim.disputeId ? QString::number(claim.disputeId) : QString());
    fields.insert(s("status"), claimStatusCode(claim.status));
    fields.insert(s("rebuts_claim_id"), claim.rebutsClaimId ? QString::number(claim.rebutsClaimId) : QString());
    fields.insert(s("notes"), nonNull(claim.notes));
    fields.insert(s("evidence"), idListText(claim.evidenceSourceIds));
    return fields;
}

bool ClaimTraits::validate(const Claim &claim, StorageError *error)
{
    if (claim.text.isEmpty() && claim.quote.isEmpty())
        return fail(error, Messages::needsText());
    return true;
}

// --- Relation ----------------------------------------------------------------

QString RelationTraits::entity()
{
    return s("relation");
}

QStringList RelationTraits::columns()
{
    return {s("from_actor_id"), s("to_actor_id"), s("type"), s("start_date"), s("start_wording"), s("start_reference"),
        s("end_date"), s("end_wording"), s("end_reference"), s("note")};
}

void RelationTraits::bind(QSqlQuery &query, const Relation &relation)
{
    query.bindValue(s(":from_actor_id"), relation.fromActorId);
    query.bindValue(s(":to_actor_id"), relation.toActorId);
    query.bindValue(s(":type"), relationTypeCode(relation.type));
    bindFuzzy(query, s("start_date"), s("start"), relation.start);
    bindFuzzy(query, s("end_date"), s("end"), relation.end);
    query.bindValue(s(":note"), nonNull(relation.note));
}

Relation RelationTraits::read(const RowReader &row)
{
    Relation relation;
    relation.id = idValue(row, "id");
    relation.uid = row.value(s("uid")).toString();
    relation.fromActorId = idValue(row, "from_actor_id");
    relation.toActorId = idValue(row, "to_actor_id");
    relationTypeFromCode(row.value(s("type")).toString(), &relation.type);
    relation.start = readFuzzy(row, s("start_date"), s("start"));
    relation.end = readFuzzy(row, s("end_date"), s("end"));
    relation.note = row.value(s("note")).toString();
    relation.version = row.value(s("version")).toInt();
    return relation;
}

bool RelationTraits::loadLinks(Database &db, QHash<RowId, Relation *> &byId, RowId owner, StorageError *error)
{
    return loadIdLinks(
        db, byId, owner, s("relation_source"), s("relation_id"), s("source_id"), &Relation::sourceIds, error);
}

bool RelationTraits::saveLinks(Database &db, const Relation &relation, StorageError *error)
{
    return replaceLinks(
        db, s("relation_source"), s("relation_id"), relation.id, s("source_id"), relation.sourceIds, error);
}

FieldMap RelationTraits::fields(const Relation &relation)
{
    FieldMap fields;
    fields.insert(s("uid"), relation.uid);
    fields.insert(s("from_actor_id"), QString::number(relation.fromActorId));
    fields.insert(s("to_actor_id"), QString::number(relation.toActorId));
    fields.insert(s("type"), relationTypeCode(relation.type));
    addFuzzy(fields, s("start"), relation.start);
    addFuzzy(fields, s("end"), relation.end);
    fields.insert(s("note"), nonNull(relation.note));
    fields.insert(s("sources"), idListText(relation.sourceIds));
    return fields;
}

bool RelationTraits::validate(const Relation &relation, StorageError *error)
{
    if (!relation.fromActorId || !relation.toActorId)
        return fail(error, Messages::needsActors());
    if (relation.start.isValid() && relation.end.isValid()
        && relation.end.latestMinutes() < relation.start.earliestMinutes())
        return fail(error, Messages::endBeforeStart());
    return true;
}

// --- Era ---------------------------------------------------------------------

QString EraTraits::entity()
{
    return s("era");
}

QStringList EraTraits::columns()
{
    return {s("title_fr"), s("title_fr_status"), s("title_en"), s("title_en_status"), s("start_date"),
        s("start_wording"), s("start_reference"), s("end_date"), s("end_wording"), s("end_reference"), s("dispute_id")};
}

void EraTraits::bind(QSqlQuery &query, const Era &era)
{
    bindBilingual(query, s("title"), era.title);
    bindFuzzy(query, s("start_date"), s("start"), era.start);
    bindFuzzy(query, s("end_date"), s("end"), era.end);
    query.bindValue(s(":dispute_id"), nullableId(era.disputeId));
}

Era EraTraits::read(const RowReader &row)
{
    Era era;
    era.id = idValue(row, "id");
    era.uid = row.value(s("uid")).toString();
    era.title = readBilingual(row, s("title"));
    era.start = readFuzzy(row, s("start_date"), s("start"));
    era.end = readFuzzy(row, s("end_date"), s("end"));
    era.disputeId = idValue(row, "dispute_id");
    era.version = row.value(s("version")).toInt();
    return era;
}

bool EraTraits::loadLinks(Database &, QHash<RowId, Era *> &, RowId, StorageError *)
{
    return true; // an era has no link table
}

bool EraTraits::saveLinks(Database &, const Era &, StorageError *)
{
    return true;
}

FieldMap EraTraits::fields(const Era &era)
{
    FieldMap fields;
    fields.insert(s("uid"), era.uid);
    addBilingual(fields, s("title"), era.title);
    addFuzzy(fields, s("start"), era.start);
    addFuzzy(fields, s("end"), era.end);
    fields.insert(s("dispute_id"), era.disputeId ? QString::number(era.disputeId) : QString());
    return fields;
}

bool EraTraits::validate(const Era &era, StorageError *error)
{
    if (era.title.isEmpty())
        return fail(error, Messages::needsTitle());
    if (!era.start.isValid() || !era.end.isValid())
        return fail(error, Messages::eraNeedsPeriod());
    if (era.end.latestMinutes() < era.start.earliestMinutes())
        return fail(error, Messages::endBeforeStart());
    return true;
}

// --- Status change -----------------------------------------------------------

QString StatusChangeTraits::entity()
{
    return s("status_change");
}

QStringList StatusChangeTraits::columns()
{
    return {s("dispute_id"), s("from_status"), s("to_status"), s("date"), s("date_wording"), s("date_reference"),
        s("date_earliest"), s("date_latest"), s("note_fr"), s("note_fr_status"), s("note_en"), s("note_en_status")};
}

void StatusChangeTraits::bind(QSqlQuery &query, const StatusChange &change)
{
    query.bindValue(s(":dispute_id"), change.disputeId);
    query.bindValue(s(":from_status"), nonNull(change.from ? disputeStatusCode(*change.from) : QString()));
    query.bindValue(s(":to_status"), disputeStatusCode(change.to));
    bindFuzzy(query, s("date"), s("date"), change.date);
    query.bindValue(s(":date_earliest"), change.date.earliestMinutes());
    query.bindValue(s(":date_latest"), change.date.latestMinutes());
    bindBilingual(query, s("note"), change.note);
}

StatusChange StatusChangeTraits::read(const RowReader &row)
{
    StatusChange change;
    change.id = idValue(row, "id");
    change.uid = row.value(s("uid")).toString();
    change.disputeId = idValue(row, "dispute_id");
    Dispute::Status from = Dispute::Status::Brewing;
    if (disputeStatusFromCode(row.value(s("from_status")).toString(), &from))
        change.from = from;
    disputeStatusFromCode(row.value(s("to_status")).toString(), &change.to);
    change.date = readFuzzy(row, s("date"), s("date"));
    change.note = readBilingual(row, s("note"));
    change.version = row.value(s("version")).toInt();
    return change;
}

bool StatusChangeTraits::loadLinks(Database &db, QHash<RowId, StatusChange *> &byId, RowId owner, StorageError *error)
{
    return loadIdLinks(db, byId, owner, s("status_change_source"), s("status_change_id"), s("source_id"),
        &StatusChange::sourceIds, error);
}

bool StatusChangeTraits::saveLinks(Database &db, const StatusChange &change, StorageError *error)
{
    return replaceLinks(
        db, s("status_change_source"), s("status_change_id"), change.id, s("source_id"), change.sourceIds, error);
}

FieldMap StatusChangeTraits::fields(const StatusChange &change)
{
    FieldMap fields;
    fields.insert(s("uid"), change.uid);
    fields.insert(s("dispute_id"), QString::number(change.disputeId));
    fields.insert(s("from_status"), change.from ? disputeStatusCode(*change.from) : QString());
    fields.insert(s("to_status"), disputeStatusCode(change.to));
    addFuzzy(fields, s("date"), change.date);
    addBilingual(fields, s("note"), change.note);
    fields.insert(s("sources"), idListText(change.sourceIds));
    return fields;
}

bool StatusChangeTraits::validate(const StatusChange &change, StorageError *error)
{
    if (!change.disputeId)
        return fail(error, Messages::changeNeedsDispute());
    if (!change.date.isValid())
        return fail(error, Messages::changeNeedsDate());
    if (change.from == change.to)
        return fail(error, Messages::changeChangesNothing());
    return true;
}

// --- Tag and actor role --------------------------------------------------------

// Tags and actor roles are both a unique name with a bilingual label.
template<typename Entry>
QList<Entry> allLabelledNames(Database &db, const QString &table, StorageError *error)
{
    QList<Entry> entries;
    QSqlQuery query;
    if (!db.prepare(query, s("SELECT * FROM %1 ORDER BY name").arg(table), error) || !db.exec(query, error))
        return entries;
    const RowReader row(query);
    while (query.next()) {
        Entry entry;
        entry.id = idValue(row, "id");
        entry.name = row.value(s("name")).toString();
        entry.label = readBilingual(row, s("label"));
        entries.append(entry);
    }
    return entries;
}

RowId ensureLabelledName(Database &db, const QString &table, const QString &name, StorageError *error)
{
    QSqlQuery query;
    if (!db.prepare(query, s("INSERT INTO %1 (name) VALUES (?) ON CONFLICT(name) DO NOTHING").arg(table), error))
        return 0;
    query.addBindValue(name);
    if (!db.exec(query, error))
        return 0;
    if (!db.prepare(query, s("SELECT id FROM %1 WHERE name = ?").arg(table), error))
        return 0;
    query.addBindValue(name);
    if (!db.exec(query, error) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool setNameLabel(
    Database &db, const QString &table, const QString &name, const BilingualText &label, StorageError *error)
{
    return db.write(
        [&](StorageError *e) {
            if (!ensureLabelledName(db, table, name, e))
                return false;
            QSqlQuery query;
            if (!db.prepare(query,
                    s("UPDATE %1 SET label_fr = :label_fr, label_fr_status = :label_fr_status, "
                      "label_en = :label_en, label_en_status = :label_en_status WHERE name = :name")
                        .arg(table),
                    e))
                return false;
            bindBilingual(query, s("label"), label);
            query.bindValue(s(":name"), name);
            return db.exec(query, e);
        },
        error);
}

TagRepository::TagRepository(Database &db)
    : m_db(db)
{ }

QList<Tag> TagRepository::all(StorageError *error) const
{
    return allLabelledNames<Tag>(m_db, s("tag"), error);
}

RowId TagRepository::ensure(const QString &name, StorageError *error)
{
    return ensureLabelledName(m_db, s("tag"), name, error);
}

bool TagRepository::setLabel(const QString &name, const BilingualText &label, StorageError *error)
{
    return setNameLabel(m_db, s("tag"), name, label, error);
}

ActorRoleRepository::ActorRoleRepository(Database &db)
    : m_db(db)
{ }

QList<ActorRole> ActorRoleRepository::all(StorageError *error) const
{
    return allLabelledNames<ActorRole>(m_db, s("actor_role"), error);
}

bool ActorRoleRepository::ensure(const QString &name, StorageError *error)
{
    return ensureLabelledName(m_db, s("actor_role"), name, error) != 0;
}

bool ActorRoleRepository::setLabel(const QString &name, const BilingualText &label, StorageError *error)
{
    // Other clients re-read the whole vocabulary: the id does not matter.
    return m_db.write(
        [&](StorageError *e) {
            return setNameLabel(m_db, s("actor_role"), name, label, e) && m_db.notifyChange(s("actor_role"), 0, e);
        },
        error);
}

bool ActorRoleRepository::removeUnused(const QString &name, bool *removed, StorageError *error)
{
    *removed = false;
    return m_db.write(
        [&](StorageError *e) {
            QSqlQuery query;
            if (!m_db.prepare(query,
                    s("DELETE FROM actor_role WHERE name = ? "
                      "AND NOT EXISTS (SELECT 1 FROM event_actor WHERE role = actor_role.name)"),
                    e))
                return false;
            query.addBindValue(name);
            if (!m_db.exec(query, e))
                return false;
            *removed = query.numRowsAffected() > 0;
            return !*removed || m_db.notifyChange(s("actor_role"), 0, e);
        },
        error);
}

template class Repository<ActorTraits>;
template class Repository<SourceTraits>;
template class Repository<DisputeTraits>;
template class Repository<EraTraits>;
template class Repository<StatusChangeTraits>;
template class Repository<EventTraits>;
template class Repository<ClaimTraits>;
template class Repository<RelationTraits>;

} // namespace Frise::Storage
