// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetimporter_p.h"

#include "auditlog.h"
#include "database.h"
#include "postgresbulkwriter_p.h"
#include "postgresrowwriter_p.h"
#include "recordcolumns_p.h"
#include "sqlitebulkwriter_p.h"
#include "sqliterowwriter_p.h"

#include <QVarLengthArray>

#include <type_traits>
#include <utility>

namespace Frise::Storage {

using namespace Qt::StringLiterals;

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

using Links = QVarLengthArray<LinkRows, 4>;

LinkRows idLinks(const QString &table, const QString &ownerColumn, const QString &otherColumn, RowId owner,
    const QList<RowId> &others)
{
    return {table, ownerColumn, otherColumn, owner, others, {}};
}

// What differs between the kinds of record, each member optional: where
// their stored ids are kept (for the kinds others refer to), the references
// to remap, the one that may point forward (set once every row of the table
// is in: a parent or a rebutted claim may come later in the list), and the
// links.
template<typename Record>
struct ImportRules;

template<>
struct ImportRules<Actor>
{
    static constexpr IdMap StoredIds::*ids = &StoredIds::actors;
    static constexpr const char *forwardColumn = "parent_id";
    static RowId *forward(Actor &actor) { return &actor.parentId; }
};

template<>
struct ImportRules<Source>
{
    static constexpr IdMap StoredIds::*ids = &StoredIds::sources;
};

template<>
struct ImportRules<Dispute>
{
    static constexpr IdMap StoredIds::*ids = &StoredIds::disputes;
    static bool remap(const StoredIds &stored, Dispute &dispute) { return stored.actors.remap(&dispute.partyIds); }
    static Links links(const Dispute &dispute)
    {
        return {idLinks(u"dispute_party"_s, u"dispute_id"_s, u"actor_id"_s, dispute.id, dispute.partyIds)};
    }
};

template<>
struct ImportRules<Event>
{
    static bool remap(const StoredIds &stored, Event &event)
    {
        if (!stored.disputes.remap(&event.disputeIds) || !stored.sources.remap(&event.sourceIds))
            return false;
        for (EventActor &actor : event.actors) {
            if (!stored.actors.remap(&actor.actorId))
                return false;
        }
        return true;
    }
    // Tags are named in the event, their ids found by the importer.
    static Links links(const Event &event, const QList<RowId> &tagIds)
    {
        return {idLinks(u"event_dispute"_s, u"event_id"_s, u"dispute_id"_s, event.id, event.disputeIds),
            idLinks(u"event_source"_s, u"event_id"_s, u"source_id"_s, event.id, event.sourceIds),
            idLinks(u"event_tag"_s, u"event_id"_s, u"tag_id"_s, event.id, tagIds),
            {u"event_actor"_s, u"event_id"_s, u"actor_id"_s, event.id, {}, event.actors}};
    }
};

template<>
struct ImportRules<Claim>
{
    static constexpr IdMap StoredIds::*ids = &StoredIds::claims;
    static bool remap(const StoredIds &stored, Claim &claim)
    {
        return stored.actors.remap(&claim.claimantId) && stored.sources.remap(&claim.madeInSourceId)
            && stored.disputes.remap(&claim.disputeId) && stored.sources.remap(&claim.evidenceSourceIds);
    }
    static constexpr const char *forwardColumn = "rebuts_claim_id";
    static RowId *forward(Claim &claim) { return &claim.rebutsClaimId; }
    static Links links(const Claim &claim)
    {
        return {idLinks(u"claim_evidence"_s, u"claim_id"_s, u"source_id"_s, claim.id, claim.evidenceSourceIds)};
    }
};

template<>
struct ImportRules<Relation>
{
    static bool remap(const StoredIds &stored, Relation &relation)
    {
        return stored.actors.remap(&relation.fromActorId) && stored.actors.remap(&relation.toActorId)
            && stored.sources.remap(&relation.sourceIds);
    }
    static Links links(const Relation &relation)
    {
        return {idLinks(u"relation_source"_s, u"relation_id"_s, u"source_id"_s, relation.id, relation.sourceIds)};
    }
};

template<>
struct ImportRules<Era>
{
    static bool remap(const StoredIds &stored, Era &era) { return stored.disputes.remap(&era.disputeId); }
};

template<>
struct ImportRules<StatusChange>
{
    static bool remap(const StoredIds &stored, StatusChange &change)
    {
        return stored.disputes.remap(&change.disputeId) && stored.sources.remap(&change.sourceIds);
    }
    static Links links(const StatusChange &change)
    {
        return {idLinks(u"status_change_source"_s, u"status_change_id"_s, u"source_id"_s, change.id, change.sourceIds)};
    }
};

template<typename Rules>
concept KeepsIds = requires { Rules::ids; };
template<typename Rules>
concept HasForwardReference = requires { Rules::forwardColumn; };
template<typename Rules, typename Record>
concept HasReferences = requires(const StoredIds &stored, Record &record) { Rules::remap(stored, record); };
template<typename Rules, typename Record>
concept HasLinks = requires(const Record &record) { Rules::links(record); };

} // namespace

DatasetImporter::DatasetImporter(
    Database &db, const DatasetStore::ImportOptions &options, const ProgressCallback &progress, ImportSummary *summary)
    : m_db(db)
    , m_options(options)
    , m_progress(progress)
    , m_summary(summary)
    , m_phases(&summary->phases)
{ }

DatasetImporter::~DatasetImporter() = default;

bool DatasetImporter::start(const Dataset &dataset, const ImportCounts &counts, StorageError *error)
{
    m_total = counts.total();
    if (!readActorNames(error))
        return false;
    m_writer = createWriter(m_total);
    m_uids.setUniqueWithin(m_options.uidsUnique);
    if (!m_writer->begin(dataset, counts, &m_uids, error))
        return false;
    m_phases.done("prepare");
    return true;
}

bool DatasetImporter::run(const Dataset &dataset, StorageError *error)
{
    if (!start(dataset, ImportCounts::of(dataset), error))
        return false;
    if (!importRecords(dataset.actors, error) || !endTable("actors", error) || !importRecords(dataset.sources, error)
        || !endTable("sources", error) || !importTags(dataset.tags, error) || !importRoles(dataset.roles, error)
        || !importRecords(dataset.disputes, error) || !endTable("disputes", error)
        || !importRecords(dataset.events, error) || !endTable("events", error) || !importRecords(dataset.claims, error)
        || !endTable("claims", error) || !importRecords(dataset.relations, error) || !endTable("relations", error)
        || !importRecords(dataset.eras, error) || !endTable("eras", error)
        || !importRecords(dataset.statusChanges, error) || !endTable("status changes", error)
        || !m_writer->finish(error) || !importAudit(dataset, error) || !recordImport(error))
        return false;
    m_phases.done("audit");
    return true;
}

bool DatasetImporter::begin(const ImportCounts &expected, StorageError *error)
{
    m_streamed = true;
    return start(Dataset(), expected, error);
}

// The tables in the order run() takes them, a part at a time: a record
// refers only to kinds written before it, in this part or an earlier one.
bool DatasetImporter::addPart(const Dataset &part, StorageError *error)
{
    return importRecords(part.actors, error) && m_writer->flush(error) && importRecords(part.sources, error)
        && m_writer->flush(error) && importTags(part.tags, error) && importRoles(part.roles, error)
        && importRecords(part.disputes, error) && m_writer->flush(error) && importRecords(part.events, error)
        && m_writer->flush(error) && importRecords(part.claims, error) && m_writer->flush(error)
        && importRecords(part.relations, error) && m_writer->flush(error) && importRecords(part.eras, error)
        && m_writer->flush(error) && importRecords(part.statusChanges, error) && m_writer->flush(error)
        && importAudit(part, error);
}

bool DatasetImporter::end(StorageError *error)
{
    if (!setStreamedForwardReferences(error))
        return false;
    m_phases.done("rows");
    if (!m_writer->finish(error) || !recordImport(error))
        return false;
    m_phases.done("audit");
    return true;
}

bool DatasetImporter::setStreamedForwardReferences(StorageError *error)
{
    for (auto it = m_forward.cbegin(); it != m_forward.cend(); ++it) {
        const IdMap &ids = it.key() == QLatin1String("actor") ? m_ids.actors : m_ids.claims;
        if (!setForwardReferences(it.key(), it->column, ids, it->references, error))
            return false;
    }
    return true;
}

std::unique_ptr<ImportWriter> DatasetImporter::createWriter(qint64 records)
{
    // On SQLite, kept ids may fall below existing ones, which the bulk
    // writer's set-based indexing (new rows = ids above the old maximum)
    // would miss: those imports go record by record.
    const bool postgres = m_db.isPostgres();
    const bool deferSearch = !postgres && records >= m_options.deferSearchIndexFrom;
    const bool bulk
        = (records >= bulkRecords || deferSearch) && m_options.allowBulk && (postgres || !m_options.keepIds);
    if (postgres && bulk)
        return std::make_unique<PostgresBulkWriter>(m_db, m_phases, m_options.keepIds);
    if (postgres)
        return std::make_unique<PostgresRowWriter>(m_db, m_phases, m_options.keepIds);
    if (bulk)
        return std::make_unique<SqliteBulkWriter>(m_db, m_phases, deferSearch);
    return std::make_unique<SqliteRowWriter>(m_db, m_phases);
}

// Existing actor names, for reuse by name (CSV imports name actors only).
bool DatasetImporter::readActorNames(StorageError *error)
{
    if (!m_options.matchActorsByName)
        return true;
    QSqlQuery query;
    if (!m_db.prepare(query, s("SELECT id, name_fr, name_en, aliases FROM actor"), error) || !m_db.exec(query, error))
        return false;
    while (query.next()) {
        const RowId id = query.value(0).toLongLong();
        for (int column = 1; column <= 2; ++column) {
            const QString name = query.value(column).toString().toCaseFolded();
            if (!name.isEmpty())
                m_actorsByName.insert(name, id);
        }
        const QString aliases = query.value(3).toString();
        if (!aliases.isEmpty()) {
            for (const QString &alias : aliases.split(u'\n'))
                m_actorsByName.insert(alias.toCaseFolded(), id);
        }
    }
    return true;
}

template<typename Record>
bool DatasetImporter::importRecords(const QList<Record> &records, StorageError *error)
{
    using Rules = ImportRules<Record>;
    const QString table = TraitsOf<Record>::entity();
    IdMap *ids = nullptr;
    if constexpr (KeepsIds<Rules>)
        ids = &(m_ids.*Rules::ids);
    QList<QPair<RowId, RowId>> forward; // stored id, local id of the target
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record record = records.at(i);
        const RowId local = record.id;
        RowId found = existing(table, record.uid, error);
        if (found < 0)
            return false;
        if constexpr (std::is_same_v<Record, Actor>) {
            if (!found)
                found = actorNamed(record);
        }
        if (found) {
            noteReused(record.uid);
        } else {
            if constexpr (HasReferences<Rules, Record>) {
                if (!Rules::remap(m_ids, record))
                    return dangling(table, record.uid, error);
            }
            RowId target = 0;
            if constexpr (HasForwardReference<Rules>)
                target = std::exchange(*Rules::forward(record), 0);
            record.id = m_options.keepIds ? record.id : 0;
            if (!insert(record, table, records.size() - i, error))
                return false;
            found = record.id;
            if (target)
                forward.append({record.id, target});
            if constexpr (std::is_same_v<Record, Actor>)
                noteNames(record);
        }
        if (ids)
            ids->insert(local, found);
        if (!step(error))
            return false;
    }
    if constexpr (HasForwardReference<Rules>) {
        if (!m_streamed)
            return setForwardReferences(table, Rules::forwardColumn, *ids, forward, error);
        ForwardReferences &later = m_forward[table];
        later.column = Rules::forwardColumn;
        later.references += forward;
    }
    return true;
}

// Inserts without a per-record audit row: the import gets one summary row.
template<typename Record>
bool DatasetImporter::insert(Record &record, const QString &table, qint64 upcoming, StorageError *error)
{
    StorageError invalid;
    if (!TraitsOf<Record>::validate(record, &invalid)) {
        *error = {invalid.code, ImportMessages::invalidRecord(table, record.uid, invalid.message)};
        return false;
    }
    if (record.uid.isEmpty())
        record.uid = generateUid(table);
    if (!m_writer->insert(&record, upcoming, error))
        return false;
    m_uids.noteAdded(table, record.uid, record.id);
    ++m_summary->inserted;
    return insertLinks(record, error);
}

template<typename Record>
bool DatasetImporter::insertLinks(const Record &record, StorageError *error)
{
    Links links;
    if constexpr (std::is_same_v<Record, Event>) {
        QList<RowId> tags;
        if (!tagIds(record.tags, &tags, error))
            return false;
        links = ImportRules<Event>::links(record, tags);
    } else if constexpr (HasLinks<ImportRules<Record>, Record>) {
        links = ImportRules<Record>::links(record);
    }
    for (const LinkRows &rows : std::as_const(links)) {
        if (!m_writer->insertLinks(rows, error))
            return false;
    }
    return true;
}

bool DatasetImporter::setForwardReferences(const QString &table, const char *column, const IdMap &ids,
    const QList<QPair<RowId, RowId>> &references, StorageError *error)
{
    QList<QPair<RowId, RowId>> stored;
    stored.reserve(references.size());
    for (const auto &[id, localTarget] : references) {
        if (!ids.contains(localTarget)) {
            *error = {StorageError::Code::Invalid, ImportMessages::dangling(table, QString::number(id), localTarget)};
            return false;
        }
        stored.append({id, ids.value(localTarget)});
    }
    return m_writer->setReferences(table, s(column), stored, error);
}

bool DatasetImporter::tagIds(const QStringList &names, QList<RowId> *ids, StorageError *error)
{
    for (const QString &name : names) {
        RowId id = m_tags.value(name);
        if (!id) {
            id = TagRepository(m_db).ensure(name, error);
            if (!id)
                return false;
            m_tags.insert(name, id);
        }
        ids->append(id);
    }
    return true;
}

bool DatasetImporter::importTags(const QList<Tag> &tags, StorageError *error)
{
    TagRepository repository(m_db);
    for (const Tag &tag : tags) {
        if (!tag.label.isEmpty()) {
            if (!repository.setLabel(tag.name, tag.label, error))
                return false;
        } else if (!repository.ensure(tag.name, error)) {
            return false;
        }
    }
    return true;
}

bool DatasetImporter::importRoles(const QList<ActorRole> &roles, StorageError *error)
{
    ActorRoleRepository repository(m_db);
    for (const ActorRole &role : roles) {
        // An empty label keeps the database's own (a built-in role's translation).
        if (!(role.label.isEmpty() ? repository.ensure(role.name, error)
                                   : repository.setLabel(role.name, role.label, error)))
            return false;
    }
    return true;
}

bool DatasetImporter::importAudit(const Dataset &dataset, StorageError *error)
{
    if (!m_options.keepAudit)
        return true;
    AuditLog log(m_db);
    for (AuditEntry entry : dataset.audit) {
        entry.id = 0;
        if (!log.record(entry, error))
            return false;
    }
    return true;
}

bool DatasetImporter::recordImport(StorageError *error)
{
    if (!m_options.recordImport)
        return true;
    AuditEntry entry;
    entry.entity = s("dataset");
    entry.action = s("import");
    entry.field = m_options.auditNote;
    entry.newValue = QStringLiteral("%1 inserted, %2 reused").arg(m_summary->inserted).arg(m_summary->reused);
    return AuditLog(m_db).record(entry, error);
}

RowId DatasetImporter::existing(const QString &table, const QString &uid, StorageError *error)
{
    if (uid.isEmpty() || m_uids.startedEmpty(table))
        return 0;
    if (const QHash<QString, RowId> *known = m_uids.find(table))
        return known->value(uid);
    return m_writer->findUid(table, uid, error);
}

RowId DatasetImporter::actorNamed(const Actor &actor) const
{
    if (!m_options.matchActorsByName)
        return 0;
    for (const QString &name : {actor.name.fr, actor.name.en}) {
        if (!name.isEmpty()) {
            if (const RowId id = m_actorsByName.value(name.toCaseFolded()))
                return id;
        }
    }
    return 0;
}

void DatasetImporter::noteNames(const Actor &actor)
{
    if (!m_options.matchActorsByName)
        return;
    for (const QString &name : {actor.name.fr, actor.name.en}) {
        if (!name.isEmpty())
            m_actorsByName.insert(name.toCaseFolded(), actor.id);
    }
}

void DatasetImporter::noteReused(const QString &uid)
{
    ++m_summary->reused;
    if (m_summary->reusedUids.size() < 20)
        m_summary->reusedUids.append(uid);
}

bool DatasetImporter::endTable(const char *phase, StorageError *error)
{
    if (!m_writer->flush(error))
        return false;
    m_phases.done(phase);
    return true;
}

bool DatasetImporter::step(StorageError *error)
{
    ++m_done;
    if (m_progress && (m_done % 1024 == 0 || m_done == m_total) && !m_progress(m_done, m_total)) {
        *error = {StorageError::Code::Other, ImportMessages::cancelled()};
        return false;
    }
    return true;
}

bool DatasetImporter::dangling(const QString &what, const QString &uid, StorageError *error)
{
    *error = {StorageError::Code::Invalid, ImportMessages::dangling(what, uid, 0)};
    return false;
}

} // namespace Frise::Storage
