// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstore.h"

#include "auditlog.h"
#include "columns_p.h"
#include "database.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Frise::Storage {

namespace {

class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::DatasetStore)
public:
    static QString cancelled() { return tr("Import cancelled; nothing was changed."); }
    static QString dangling(const QString &what, const QString &uid, RowId id)
    {
        return tr("%1 %2 refers to a record (#%3) that is not in the file.").arg(what, uid).arg(id);
    }
    static QString invalidRecord(const QString &what, const QString &uid, const QString &reason)
    {
        return tr("%1 %2: %3").arg(what, uid, reason);
    }
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// Maps dataset-local ids to database ids for one kind of record.
class IdMap
{
public:
    void insert(RowId local, RowId stored) { m_map.insert(local, stored); }
    bool contains(RowId local) const { return m_map.contains(local); }
    RowId value(RowId local) const { return m_map.value(local); }
    bool remap(RowId *id) const
    {
        if (*id == 0)
            return true;
        const auto it = m_map.constFind(*id);
        if (it == m_map.cend())
            return false;
        *id = it.value();
        return true;
    }
    bool remap(QList<RowId> *ids) const
    {
        for (RowId &id : *ids) {
            if (!remap(&id))
                return false;
        }
        return true;
    }

private:
    QHash<RowId, RowId> m_map;
};

class Importer
{
public:
    Importer(Database &db, const DatasetStore::ImportOptions &options, const ProgressCallback &progress,
        ImportSummary *summary)
        : m_db(db)
        , m_options(options)
        , m_progress(progress)
        , m_summary(summary)
    { }

    bool run(const Dataset &dataset, StorageError *error)
    {
        m_total = dataset.actors.size() + dataset.sources.size() + dataset.disputes.size() + dataset.events.size()
            + dataset.claims.size() + dataset.relations.size();
        if (!prepareExisting(error))
            return false;
        return importActors(dataset.actors, error) && importSimple<SourceTraits>(dataset.sources, m_sources, error)
            && importTags(dataset.tags, error) && importDisputes(dataset.disputes, error)
            && importEvents(dataset.events, error) && importClaims(dataset.claims, error)
            && importRelations(dataset.relations, error) && importAudit(dataset, error);
    }

private:
    bool step(StorageError *error)
    {
        ++m_done;
        if (m_progress && (m_done % 1024 == 0 || m_done == m_total) && !m_progress(m_done, m_total)) {
            *error = {StorageError::Code::Other, Messages::cancelled()};
            return false;
        }
        return true;
    }

    bool prepareExisting(StorageError *error)
    {
        // Existing actor names, for reuse by name (CSV imports name actors only).
        if (!m_options.matchActorsByName)
            return true;
        QSqlQuery query;
        if (!m_db.prepare(query, s("SELECT id, name_fr, name_en, aliases FROM actor"), error)
            || !m_db.exec(query, error))
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

    // Id of an existing row with this uid, or 0.
    RowId existing(const QString &table, const QString &uid, StorageError *error)
    {
        if (uid.isEmpty())
            return 0;
        QSqlQuery query;
        if (!m_db.prepare(query, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), error))
            return -1;
        query.addBindValue(uid);
        if (!m_db.exec(query, error))
            return -1;
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    void noteReused(const QString &uid)
    {
        ++m_summary->reused;
        if (m_summary->reusedUids.size() < 20)
            m_summary->reusedUids.append(uid);
    }

    template<typename Traits>
    bool importSimple(const QList<typename Traits::Record> &records, IdMap &map, StorageError *error)
    {
        Repository<Traits> repository(m_db);
        for (typename Traits::Record record : records) {
            const RowId local = record.id;
            const RowId found = existing(Traits::entity(), record.uid, error);
            if (found < 0)
                return false;
            if (found) {
                map.insert(local, found);
                noteReused(record.uid);
            } else {
                record.id = 0;
                if (!insertQuietly<Traits>(record, error))
                    return false;
                map.insert(local, record.id);
            }
            if (!step(error))
                return false;
        }
        return true;
    }

    // Inserts without a per-record audit row: the import gets one summary row.
    template<typename Traits>
    bool insertQuietly(typename Traits::Record &record, StorageError *error)
    {
        StorageError invalid;
        if (!Traits::validate(record, &invalid)) {
            *error = {invalid.code, Messages::invalidRecord(Traits::entity(), record.uid, invalid.message)};
            return false;
        }
        if (record.uid.isEmpty())
            record.uid = generateUid(Traits::entity());
        const QString key = Traits::entity();
        QSqlQuery &query = m_inserts[key];
        if (!query.isValid() && query.lastQuery().isEmpty()) {
            QString names = s("uid, version");
            QString values = s(":uid, :version");
            for (const QString &column : Traits::columns()) {
                names += s(", ") + column;
                values += s(", :") + column;
            }
            if (!m_db.prepare(query, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(key, names, values), error))
                return false;
        }
        query.bindValue(s(":uid"), record.uid);
        query.bindValue(s(":version"), record.version > 0 ? record.version : 1);
        Traits::bind(query, record);
        replaceNullStrings(query);
        if (!m_db.exec(query, error)) {
            error->message = Messages::invalidRecord(key, record.uid, error->message);
            return false;
        }
        record.id = query.lastInsertId().toLongLong();
        ++m_summary->inserted;
        return Traits::saveLinks(m_db, record, error);
    }

    bool importActors(const QList<Actor> &actors, StorageError *error)
    {
        // Parents may come later in the list: insert all, then set parents.
        QList<QPair<RowId, RowId>> parents; // stored id, local parent id
        for (Actor actor : actors) {
            const RowId local = actor.id;
            RowId found = existing(s("actor"), actor.uid, error);
            if (found < 0)
                return false;
            if (!found && m_options.matchActorsByName) {
                for (const QString &name : {actor.name.fr, actor.name.en}) {
                    if (!found && !name.isEmpty())
                        found = m_actorsByName.value(name.toCaseFolded());
                }
            }
            if (found) {
                m_actors.insert(local, found);
                noteReused(actor.uid);
            } else {
                const RowId parent = actor.parentId;
                actor.id = 0;
                actor.parentId = 0;
                if (!insertQuietly<ActorTraits>(actor, error))
                    return false;
                m_actors.insert(local, actor.id);
                if (parent)
                    parents.append({actor.id, parent});
                if (m_options.matchActorsByName) {
                    for (const QString &name : {actor.name.fr, actor.name.en}) {
                        if (!name.isEmpty())
                            m_actorsByName.insert(name.toCaseFolded(), actor.id);
                    }
                }
            }
            if (!step(error))
                return false;
        }
        QSqlQuery query;
        if (!parents.isEmpty() && !m_db.prepare(query, s("UPDATE actor SET parent_id = ? WHERE id = ?"), error))
            return false;
        for (const auto &[stored, localParent] : parents) {
            if (!m_actors.contains(localParent)) {
                *error = {
                    StorageError::Code::Invalid, Messages::dangling(s("actor"), QString::number(stored), localParent)};
                return false;
            }
            query.bindValue(0, m_actors.value(localParent));
            query.bindValue(1, stored);
            if (!m_db.exec(query, error))
                return false;
        }
        return true;
    }

    bool importTags(const QList<Tag> &tags, StorageError *error)
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

    bool importDisputes(const QList<Dispute> &disputes, StorageError *error)
    {
        for (Dispute dispute : disputes) {
            const RowId local = dispute.id;
            const RowId found = existing(s("dispute"), dispute.uid, error);
            if (found < 0)
                return false;
            if (found) {
                m_disputes.insert(local, found);
                noteReused(dispute.uid);
            } else {
                if (!m_actors.remap(&dispute.partyIds))
                    return dangling(s("dispute"), dispute.uid, error);
                dispute.id = 0;
                if (!insertQuietly<DisputeTraits>(dispute, error))
                    return false;
                m_disputes.insert(local, dispute.id);
            }
            if (!step(error))
                return false;
        }
        return true;
    }

    bool importEvents(const QList<Event> &events, StorageError *error)
    {
        for (Event event : events) {
            const RowId found = existing(s("event"), event.uid, error);
            if (found < 0)
                return false;
            if (found) {
                noteReused(event.uid);
            } else {
                if (!m_disputes.remap(&event.disputeIds) || !m_sources.remap(&event.sourceIds))
                    return dangling(s("event"), event.uid, error);
                for (EventActor &actor : event.actors) {
                    if (!m_actors.remap(&actor.actorId))
                        return dangling(s("event"), event.uid, error);
                }
                event.id = 0;
                if (!insertQuietly<EventTraits>(event, error))
                    return false;
            }
            if (!step(error))
                return false;
        }
        return true;
    }

    bool importClaims(const QList<Claim> &claims, StorageError *error)
    {
        // Rebuttals may point forward: insert all, then link.
        QList<QPair<RowId, RowId>> rebuttals;
        for (Claim claim : claims) {
            const RowId local = claim.id;
            const RowId found = existing(s("claim"), claim.uid, error);
            if (found < 0)
                return false;
            if (found) {
                m_claims.insert(local, found);
                noteReused(claim.uid);
            } else {
                if (!m_actors.remap(&claim.claimantId) || !m_sources.remap(&claim.madeInSourceId)
                    || !m_disputes.remap(&claim.disputeId) || !m_sources.remap(&claim.evidenceSourceIds))
                    return dangling(s("claim"), claim.uid, error);
                const RowId rebuts = claim.rebutsClaimId;
                claim.rebutsClaimId = 0;
                claim.id = 0;
                if (!insertQuietly<ClaimTraits>(claim, error))
                    return false;
                m_claims.insert(local, claim.id);
                if (rebuts)
                    rebuttals.append({claim.id, rebuts});
            }
            if (!step(error))
                return false;
        }
        QSqlQuery query;
        if (!rebuttals.isEmpty() && !m_db.prepare(query, s("UPDATE claim SET rebuts_claim_id = ? WHERE id = ?"), error))
            return false;
        for (const auto &[stored, localTarget] : rebuttals) {
            if (!m_claims.contains(localTarget))
                return dangling(s("claim"), QString::number(stored), error);
            query.bindValue(0, m_claims.value(localTarget));
            query.bindValue(1, stored);
            if (!m_db.exec(query, error))
                return false;
        }
        return true;
    }

    bool importRelations(const QList<Relation> &relations, StorageError *error)
    {
        for (Relation relation : relations) {
            const RowId found = existing(s("relation"), relation.uid, error);
            if (found < 0)
                return false;
            if (found) {
                noteReused(relation.uid);
            } else {
                if (!m_actors.remap(&relation.fromActorId) || !m_actors.remap(&relation.toActorId)
                    || !m_sources.remap(&relation.sourceIds))
                    return dangling(s("relation"), relation.uid, error);
                relation.id = 0;
                if (!insertQuietly<RelationTraits>(relation, error))
                    return false;
            }
            if (!step(error))
                return false;
        }
        return true;
    }

    bool importAudit(const Dataset &dataset, StorageError *error)
    {
        AuditLog log(m_db);
        if (m_options.keepAudit) {
            for (AuditEntry entry : dataset.audit) {
                entry.id = 0;
                if (!log.record(entry, error))
                    return false;
            }
        }
        AuditEntry entry;
        entry.entity = s("dataset");
        entry.action = s("import");
        entry.field = m_options.auditNote;
        entry.newValue = QStringLiteral("%1 inserted, %2 reused").arg(m_summary->inserted).arg(m_summary->reused);
        return log.record(entry, error);
    }

    bool dangling(const QString &what, const QString &uid, StorageError *error)
    {
        *error = {StorageError::Code::Invalid, Messages::dangling(what, uid, 0)};
        return false;
    }

    Database &m_db;
    const DatasetStore::ImportOptions &m_options;
    const ProgressCallback &m_progress;
    ImportSummary *m_summary;
    qint64 m_done = 0;
    qint64 m_total = 0;
    IdMap m_actors;
    IdMap m_sources;
    IdMap m_disputes;
    IdMap m_claims;
    QHash<QString, RowId> m_actorsByName;
    QHash<QString, QSqlQuery> m_inserts;
};

} // namespace

DatasetStore::DatasetStore(Database &db)
    : m_db(db)
{ }

bool DatasetStore::import(const Dataset &dataset, const ImportOptions &options, const ProgressCallback &progress,
    ImportSummary *summary, StorageError *error)
{
    ImportSummary local;
    ImportSummary *target = summary ? summary : &local;
    *target = {};
    const bool ok = m_db.write(
        [&](StorageError *e) {
            Importer importer(m_db, options, progress, target);
            if (!importer.run(dataset, e))
                return false;
            if (!dataset.title.isEmpty())
                return setTitle(dataset.title, e);
            return true;
        },
        error);
    if (!ok)
        *target = {};
    return ok;
}

bool DatasetStore::exportAll(Dataset *dataset, StorageError *error) const
{
    Dataset result;
    result.title = title(error);
    if (error->isError())
        return false;
    result.actors = ActorRepository(m_db).all(error);
    if (!error->isError())
        result.sources = SourceRepository(m_db).all(error);
    if (!error->isError())
        result.tags = TagRepository(m_db).all(error);
    if (!error->isError())
        result.disputes = DisputeRepository(m_db).all(error);
    if (!error->isError())
        result.events = EventRepository(m_db).all(error);
    if (!error->isError())
        result.claims = ClaimRepository(m_db).all(error);
    if (!error->isError())
        result.relations = RelationRepository(m_db).all(error);
    if (!error->isError())
        result.audit = AuditLog(m_db).entries(QString(), 0, error);
    if (error->isError())
        return false;
    *dataset = std::move(result);
    return true;
}

BilingualText DatasetStore::title(StorageError *error) const
{
    BilingualText text;
    QSqlQuery query;
    if (!m_db.prepare(query, s("SELECT key, value FROM meta WHERE key IN ('title_fr', 'title_en')"), error)
        || !m_db.exec(query, error))
        return text;
    while (query.next()) {
        const QString value = query.value(1).toString();
        if (query.value(0).toString() == QLatin1String("title_fr"))
            text.setText(Language::French, value, TranslationStatus::Original);
        else
            text.setText(Language::English, value, TranslationStatus::Original);
    }
    return text;
}

bool DatasetStore::setTitle(const BilingualText &title, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            QSqlQuery query;
            if (!m_db.prepare(query, s("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"), e))
                return false;
            for (const auto &[key, value] :
                {std::pair {s("title_fr"), title.fr}, std::pair {s("title_en"), title.en}}) {
                query.bindValue(0, key);
                query.bindValue(1, value);
                if (!m_db.exec(query, e))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace Frise::Storage
