// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtype.h"

#include "actoreditor.h"
#include "claimeditor.h"
#include "conflictresolver.h"
#include "createcommand.h"
#include "databasesession.h"
#include "deletecommand.h"
#include "disputeeditor.h"
#include "eraeditor.h"
#include "eventeditor.h"
#include "labels.h"
#include "recordlists.h"
#include "relationeditor.h"
#include "sourceeditor.h"
#include "statuschangeeditor.h"

#include "core/statushistory.h"

#include <QDate>

#include <algorithm>

namespace Frise::Ui {

using Storage::StorageError;

namespace {

template<typename Record>
bool isStored(Storage::Database &db, RowId id, StorageError *error)
{
    typename RecordKind<Record>::Repository repository(db);
    if (repository.find(id, error))
        return true;
    if (error->code == StorageError::Code::NotFound)
        *error = {};
    return false;
}

// Brings the cached copy of record @p id in line with the database:
// replaced, inserted in id order, or dropped. Reading one record, not the
// table, keeps an edit cheap on a database of 200k claims.
template<typename Record>
auto cachedIn(QList<Record> RecordLists::*list)
{
    return [list](Storage::Database &db, RecordLists &lists, RowId id) {
        QList<Record> &records = lists.*list;
        StorageError error;
        const std::optional<Record> stored = typename RecordKind<Record>::Repository(db).find(id, &error);
        if (error && error.code != StorageError::Code::NotFound)
            return; // the cache keeps what it had; the next read reports the failure
        const auto it = std::lower_bound(
            records.begin(), records.end(), id, [](const Record &record, RowId key) { return record.id < key; });
        const bool cached = it != records.end() && it->id == id;
        if (stored && cached)
            *it = *stored;
        else if (stored)
            records.insert(it, *stored);
        else if (cached)
            records.erase(it);
    };
}

// Events create tags and roles by name; both lists are short, so they are read again whole.
void refreshEventVocabularies(Storage::Database &db, RecordLists &lists, RowId)
{
    StorageError error;
    QList<Tag> tags = Storage::TagRepository(db).all(&error);
    if (!error)
        lists.tags = std::move(tags);
    QList<ActorRole> roles = Storage::ActorRoleRepository(db).all(&error);
    if (!error)
        lists.roles = std::move(roles);
}

template<typename Editor>
auto editorOf()
{
    return [](DatabaseSession *session, QWidget *parent) -> RecordEditor * { return new Editor(session, parent); };
}

// Pushes the creation of @p record named @p text; the new id, or 0 when the write failed.
template<typename Record>
RowId pushNew(DatabaseSession *session, const Record &record, const QString &text)
{
    auto *command = new CreateCommand<Record>(session, record, text);
    return session->push(command) ? command->createdId() : 0;
}

QString deleteText(const QString &name)
{
    return RecordType::tr("Delete “%1”").arg(name);
}

// Deletes the stored record @p id; @p name gives the undo text's name of it (empty: @p unnamed instead).
template<typename Record>
auto deletion(
    QString (*name)(DatabaseSession *session, const Record &record, Language language), const char *unnamed = nullptr)
{
    return [name, unnamed](DatabaseSession *session, RowId id, Language language) {
        const std::optional<Record> record = session->find<Record>(id);
        if (!record)
            return false;
        const QString named = name ? name(session, *record, language) : QString();
        const QString text = unnamed ? RecordType::tr(unnamed) : deleteText(named);
        const QString recordName
            = unnamed ? RecordType::tr(unnamed) : QStringLiteral("“") + named + QStringLiteral("”");
        // Read just now, so only a write racing this one can conflict; the dialog then decides.
        return ConflictResolver::pushDelete(session, *record, text, recordName, language, nullptr)
            == ConflictResolver::Outcome::Saved;
    };
}

QString eventName(DatabaseSession *, const Event &event, Language language)
{
    return event.title.textOrFallback(language);
}

QString actorName(DatabaseSession *, const Actor &actor, Language language)
{
    return actor.name.textOrFallback(language);
}

QString disputeName(DatabaseSession *, const Dispute &dispute, Language language)
{
    return dispute.title.textOrFallback(language);
}

QString eraName(DatabaseSession *, const Era &era, Language language)
{
    return era.title.textOrFallback(language);
}

QString statusChangeName(DatabaseSession *session, const StatusChange &change, Language language)
{
    return session->statusChangeLabel(change, language);
}

QString claimName(DatabaseSession *session, const Claim &claim, Language language)
{
    return session->claimLabel(claim.id, language);
}

QString sourceName(DatabaseSession *session, const Source &source, Language)
{
    return session->sourceLabel(source.id);
}

RowId selected(const NewRecordContext &context, const QString &entity)
{
    return context.selectedEntity == entity ? context.selectedId : 0;
}

RowId newEvent(const NewRecordContext &context, QString *)
{
    Event event;
    event.title = BilingualText::original(context.language, RecordType::tr("New event"));
    event.start = FuzzyDate::fromDay(QDate::currentDate());
    if (const RowId dispute = selected(context, RecordNames::dispute))
        event.disputeIds = {dispute};
    return pushNew(context.session, event, RecordType::tr("New event"));
}

RowId newActor(const NewRecordContext &context, QString *)
{
    Actor actor;
    actor.name = BilingualText::original(context.language, RecordType::tr("New actor"));
    return pushNew(context.session, actor, RecordType::tr("New actor"));
}

RowId newDispute(const NewRecordContext &context, QString *)
{
    Dispute dispute;
    dispute.title = BilingualText::original(context.language, RecordType::tr("New dispute"));
    dispute.colour = QStringLiteral("#3daee9");
    return pushNew(context.session, dispute, RecordType::tr("New dispute"));
}

// A new era covers the current year and belongs to the selected dispute, if any.
RowId newEra(const NewRecordContext &context, QString *)
{
    Era era;
    era.title = BilingualText::original(context.language, RecordType::tr("New era"));
    era.disputeId = selected(context, RecordNames::dispute);
    const int year = QDate::currentDate().year();
    era.start = FuzzyDate::fromYear(year);
    era.end = FuzzyDate::fromYear(year);
    return pushNew(context.session, era, RecordType::tr("New era"));
}

// A new step of the selected dispute's history (of the first dispute when
// none is selected), leaving its current status for the next one, today.
RowId newStatusChange(const NewRecordContext &context, QString *refusal)
{
    const QList<Dispute> &disputes = context.session->disputes();
    if (disputes.isEmpty()) {
        *refusal = RecordType::tr("A status change belongs to a dispute: create one first.");
        return 0;
    }
    const RowId selectedDispute = selected(context, RecordNames::dispute);
    const auto it = std::find_if(disputes.cbegin(), disputes.cend(),
        [selectedDispute](const Dispute &dispute) { return dispute.id == selectedDispute; });
    const Dispute &dispute = it != disputes.cend() ? *it : disputes.first();
    StatusChange change;
    change.disputeId = dispute.id;
    const StatusHistory history(context.session->statusChanges());
    change.from = history.current(dispute.id).value_or(dispute.status);
    const QList<Dispute::Status> order = Labels::disputeStatuses();
    change.to = order.value((order.indexOf(*change.from) + 1) % order.size());
    change.date = FuzzyDate::fromDay(QDate::currentDate());
    return pushNew(context.session, change, RecordType::tr("New status change"));
}

RowId newClaim(const NewRecordContext &context, QString *)
{
    Claim claim;
    claim.text = BilingualText::original(context.language, RecordType::tr("New claim"));
    claim.disputeId = selected(context, RecordNames::dispute);
    claim.claimantId = selected(context, RecordNames::actor);
    return pushNew(context.session, claim, RecordType::tr("New claim"));
}

RowId newSource(const NewRecordContext &context, QString *)
{
    Source source;
    source.title = RecordType::tr("New source");
    source.accessed = QDate::currentDate();
    return pushNew(context.session, source, RecordType::tr("New source"));
}

RowId newRelation(const NewRecordContext &context, QString *refusal)
{
    const QList<Actor> &actors = context.session->actors();
    if (actors.size() < 2) {
        *refusal = RecordType::tr("A relation links two actors: create them first.");
        return 0;
    }
    Relation relation;
    const RowId actor = selected(context, RecordNames::actor);
    relation.fromActorId = actor ? actor : actors.at(0).id;
    relation.toActorId = actors.at(0).id == relation.fromActorId ? actors.at(1).id : actors.at(0).id;
    return pushNew(context.session, relation, RecordType::tr("New relation"));
}

QList<RecordType> makeTable()
{
    return {
        {
            .name = RecordNames::event,
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Event"),
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "New &Event"),
            .newActionName = "actionNewEvent",
            .isMain = true,
            .drawnOnTimeline = true,
            .changesSearchChoices = true, // the tags it creates
            .exists = isStored<Event>,
            .refreshCache = refreshEventVocabularies,
            .createEditor = editorOf<EventEditor>(),
            .createNew = newEvent,
            .remove = deletion<Event>(eventName),
        },
        {
            .name = RecordNames::actor,
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Actor"),
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Actor"),
            .newActionName = "actionNewActor",
            .drawnOnTimeline = true,
            .changesSearchChoices = true,
            .exists = isStored<Actor>,
            .refreshCache = cachedIn(&RecordLists::actors),
            .createEditor = editorOf<ActorEditor>(),
            .createNew = newActor,
            .remove = deletion<Actor>(actorName),
        },
        {
            .name = RecordNames::dispute,
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Dispute"),
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Dispute"),
            .newActionName = "actionNewDispute",
            .drawnOnTimeline = true,
            .changesSearchChoices = true,
            .exists = isStored<Dispute>,
            .refreshCache = cachedIn(&RecordLists::disputes),
            .createEditor = editorOf<DisputeEditor>(),
            .createNew = newDispute,
            .remove = deletion<Dispute>(disputeName),
        },
        {
            .name = QStringLiteral("claim"),
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Claim"),
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Claim"),
            .newActionName = "actionNewClaim",
            .exists = isStored<Claim>,
            .refreshCache = cachedIn(&RecordLists::claims),
            .createEditor = editorOf<ClaimEditor>(),
            .createNew = newClaim,
            .remove = deletion<Claim>(claimName),
        },
        {
            .name = QStringLiteral("source"),
            //: A source record: where a fact comes from (an article, a filing)
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Source"),
            //: Edit → New → Source: where a fact comes from (an article, a filing)
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Source"),
            .newActionName = "actionNewSource",
            .exists = isStored<Source>,
            .refreshCache = cachedIn(&RecordLists::sources),
            .createEditor = editorOf<SourceEditor>(),
            .createNew = newSource,
            .remove = deletion<Source>(sourceName),
        },
        {
            .name = QStringLiteral("relation"),
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Relation"),
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Relation"),
            .newActionName = "actionNewRelation",
            .exists = isStored<Relation>,
            .refreshCache = cachedIn(&RecordLists::relations),
            .createEditor = editorOf<RelationEditor>(),
            .createNew = newRelation,
            .remove = deletion<Relation>(nullptr, QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Delete relation")),
        },
        {
            .name = QStringLiteral("era"),
            //: A named period drawn as a band across the timeline ("the trial")
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Era"),
            //: Edit → New → Era: a named period drawn as a band across the timeline
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "&Era"),
            .newActionName = "actionNewEra",
            .drawnOnTimeline = true,
            .exists = isStored<Era>,
            .refreshCache = cachedIn(&RecordLists::eras),
            .createEditor = editorOf<EraEditor>(),
            .createNew = newEra,
            .remove = deletion<Era>(eraName),
        },
        {
            .name = QStringLiteral("status_change"),
            //: A dated, sourced step in a dispute's history ("filed on 4 June 2025")
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Status change"),
            //: Edit → New → Status change: a dated, sourced step in a dispute's history
            .newActionText = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "S&tatus change"),
            .newActionName = "actionNewStatusChange",
            .drawnOnTimeline = true,
            .exists = isStored<StatusChange>,
            .refreshCache = cachedIn(&RecordLists::statusChanges),
            .createEditor = editorOf<StatusChangeEditor>(),
            .createNew = newStatusChange,
            .remove = deletion<StatusChange>(statusChangeName),
        },
        {
            // Tags are named by the events that carry them: no editor, no "New", no delete.
            .name = RecordNames::tag,
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Tag"),
            .drawnOnTimeline = true,
            .changesSearchChoices = true,
            .refreshCache = refreshEventVocabularies,
        },
        {
            // Roles are named by the event actors that carry them; Edit → Actor Roles translates them.
            .name = RecordNames::actorRole,
            .label = QT_TRANSLATE_NOOP("Frise::Ui::RecordType", "Actor role"),
            .refreshCache = refreshEventVocabularies,
        },
    };
}

} // namespace

const QList<RecordType> &RecordType::all()
{
    static const QList<RecordType> table = makeTable();
    return table;
}

const RecordType *RecordType::find(QStringView name)
{
    const QList<RecordType> &table = all();
    const auto it
        = std::find_if(table.cbegin(), table.cend(), [name](const RecordType &type) { return type.name == name; });
    return it != table.cend() ? &*it : nullptr;
}

} // namespace Frise::Ui
