// SPDX-License-Identifier: GPL-3.0-or-later
#include "dependentsnapshot.h"

#include "recordkind.h"
#include "storage/savedcopies.h"
#include "storage/timelinerows.h"

namespace Frise::Ui {

using Storage::StorageError;

namespace {

template<typename Record>
bool restoreContent(
    Storage::Database &db, const Record &record, QList<RecordCommand::Change> *changes, StorageError *error)
{
    typename RecordKind<Record>::Repository repository(db);
    const std::optional<Record> current = repository.find(record.id, error);
    if (!current)
        return false;
    Record stored = withVersion(record, current->version);
    if (!repository.update(stored, error))
        return false;
    changes->append({RecordKind<Record>::entity(), record.id, false});
    return true;
}

} // namespace

bool DependentSnapshot::capture(Storage::Database &db, const QString &entity, RowId id, StorageError *error)
{
    *this = {};
    const bool isActor = entity == QLatin1String("actor");
    const bool isDispute = entity == QLatin1String("dispute");
    const bool isClaim = entity == QLatin1String("claim");
    const bool isSource = entity == QLatin1String("source");
    if (isActor || isDispute) {
        // Only the events citing the record, found through the link tables: never the whole table.
        const QList<RowId> ids = Storage::TimelineRows(db).eventIdsOf(
            isActor ? Storage::TimelineRows::Owner::Actor : Storage::TimelineRows::Owner::Dispute, id, error);
        if (error->isError())
            return false;
        Storage::EventRepository repository(db);
        for (RowId eventId : ids) {
            std::optional<Event> event = repository.find(eventId, error);
            if (error->isError())
                return false;
            if (event)
                m_events.append(*event);
        }
    }
    if (isActor || isDispute || isClaim || isSource) {
        const QList<Claim> claims = Storage::ClaimRepository(db).all(error);
        if (error->isError())
            return false;
        for (const Claim &claim : claims) {
            if ((isActor && claim.claimantId == id) || (isDispute && claim.disputeId == id)
                || (isClaim && claim.rebutsClaimId == id) || (isSource && claim.madeInSourceId == id))
                m_claims.append(claim);
        }
    }
    if (isSource && Storage::SavedCopies::isAvailable(db)) {
        // Deleting the source removes its links (ON DELETE CASCADE); the bytes stay for the undo.
        m_savedCopies = Storage::SavedCopies(db).forSource(id, error);
        if (error->isError())
            return false;
    }
    if (isDispute) {
        const QList<Era> eras = Storage::EraRepository(db).all(error);
        if (error->isError())
            return false;
        for (const Era &era : eras)
            if (era.disputeId == id)
                m_eras.append(era);
        const QList<StatusChange> changes = Storage::StatusChangeRepository(db).all(error);
        if (error->isError())
            return false;
        for (const StatusChange &change : changes)
            if (change.disputeId == id)
                m_statusChanges.append(change);
    }
    if (isActor) {
        const QList<Actor> actors = Storage::ActorRepository(db).all(error);
        if (error->isError())
            return false;
        for (const Actor &actor : actors)
            if (actor.parentId == id)
                m_actors.append(actor);
        const QList<Dispute> disputes = Storage::DisputeRepository(db).all(error);
        if (error->isError())
            return false;
        for (const Dispute &dispute : disputes)
            if (dispute.partyIds.contains(id))
                m_disputes.append(dispute);
        const QList<Relation> relations = Storage::RelationRepository(db).all(error);
        if (error->isError())
            return false;
        for (const Relation &relation : relations)
            if (relation.fromActorId == id || relation.toActorId == id)
                m_relations.append(relation);
    }
    return true;
}

bool DependentSnapshot::restore(Storage::Database &db, QList<RecordCommand::Change> *changes, StorageError *error) const
{
    for (Relation relation : m_relations) {
        if (!Storage::RelationRepository(db).insert(relation, error))
            return false;
        changes->append({RecordKind<Relation>::entity(), relation.id, false});
    }
    for (const Actor &actor : m_actors)
        if (!restoreContent(db, actor, changes, error))
            return false;
    for (const Dispute &dispute : m_disputes)
        if (!restoreContent(db, dispute, changes, error))
            return false;
    for (const Claim &claim : m_claims)
        if (!restoreContent(db, claim, changes, error))
            return false;
    for (const Event &event : m_events)
        if (!restoreContent(db, event, changes, error))
            return false;
    for (const Era &era : m_eras)
        if (!restoreContent(db, era, changes, error))
            return false;
    for (StatusChange change : m_statusChanges) {
        if (!Storage::StatusChangeRepository(db).insert(change, error))
            return false;
        changes->append({RecordKind<StatusChange>::entity(), change.id, false});
    }
    for (SavedCopy copy : m_savedCopies) {
        if (!Storage::SavedCopies(db).link(&copy, error))
            return false;
    }
    return true;
}

QList<RecordCommand::Change> DependentSnapshot::touched() const
{
    QList<RecordCommand::Change> changes;
    for (const Relation &relation : m_relations)
        changes.append({RecordKind<Relation>::entity(), relation.id, true});
    for (const Actor &actor : m_actors)
        changes.append({RecordKind<Actor>::entity(), actor.id, false});
    for (const Dispute &dispute : m_disputes)
        changes.append({RecordKind<Dispute>::entity(), dispute.id, false});
    for (const Claim &claim : m_claims)
        changes.append({RecordKind<Claim>::entity(), claim.id, false});
    for (const Event &event : m_events)
        changes.append({RecordKind<Event>::entity(), event.id, false});
    for (const Era &era : m_eras)
        changes.append({RecordKind<Era>::entity(), era.id, false});
    for (const StatusChange &change : m_statusChanges)
        changes.append({RecordKind<StatusChange>::entity(), change.id, true});
    return changes;
}

} // namespace Frise::Ui
