// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetstore.h"

#include "auditlog.h"
#include "columns_p.h"
#include "database.h"
#include "postgresbatch.h"
#include "rawstatement_p.h"
#include "repositories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <ctime>
#include <functional>

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
    static QString noIds(const QString &table) { return tr("The server gave no new ids for table %1.").arg(table); }
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

// Binds a record's columns to a raw INSERT (or a PostgresBatch), in the
// order of the Traits' columns() (checked: see Importer::fastColumnsMatch),
// the way Traits::bind does through QSqlQuery.
template<typename Sink>
class ColumnWriter
{
public:
    ColumnWriter(Sink &raw, int first)
        : m_raw(raw)
        , m_index(first)
    { }
    void text(const QString &value) { m_raw.bindText(m_index++, value); }
    void integer(qint64 value) { m_raw.bind(m_index++, value); }
    /// 0 (no reference) is NULL.
    void id(RowId value)
    {
        if (value)
            integer(value);
        else
            m_raw.bindNull(m_index++);
    }
    void bilingual(const BilingualText &value)
    {
        text(value.fr);
        text(translationStatusCode(value.frStatus));
        text(value.en);
        text(translationStatusCode(value.enStatus));
    }
    void fuzzy(const FuzzyDate &date)
    {
        text(date.toIsoText());
        text(date.wording());
        text(date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QString());
    }

private:
    Sink &m_raw;
    int m_index;
};

QStringList bilingualColumns(const QString &prefix)
{
    return {prefix + s("_fr"), prefix + s("_fr_status"), prefix + s("_en"), prefix + s("_en_status")};
}

QStringList fuzzyColumns(const QString &column, const QString &stem)
{
    return {column, stem + s("_wording"), stem + s("_reference")};
}

QStringList writtenColumns(const Actor *)
{
    return QStringList {s("kind")} + bilingualColumns(s("name")) + bilingualColumns(s("description"))
        + QStringList {s("aliases"), s("parent_id")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Actor &actor)
{
    writer.text(actorKindCode(actor.kind));
    writer.bilingual(actor.name);
    writer.bilingual(actor.description);
    writer.text(actor.aliases.join(u'\n'));
    writer.id(actor.parentId);
}

QStringList writtenColumns(const Source *)
{
    return QStringList {s("outlet"), s("title"), s("url"), s("language")} + fuzzyColumns(s("published"), s("published"))
        + QStringList {s("accessed"), s("excerpt")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Source &source)
{
    writer.text(source.outlet);
    writer.text(source.title);
    writer.text(source.url);
    writer.text(source.language);
    writer.fuzzy(source.published);
    writer.text(source.accessed.toString(Qt::ISODate));
    writer.text(source.excerpt);
}

QStringList writtenColumns(const Dispute *)
{
    return bilingualColumns(s("title")) + bilingualColumns(s("description")) + QStringList {s("status"), s("colour")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Dispute &dispute)
{
    writer.bilingual(dispute.title);
    writer.bilingual(dispute.description);
    writer.text(disputeStatusCode(dispute.status));
    writer.text(dispute.colour);
}

QStringList writtenColumns(const Event *)
{
    return bilingualColumns(s("title")) + bilingualColumns(s("text")) + fuzzyColumns(s("start_date"), s("start"))
        + fuzzyColumns(s("end_date"), s("end")) + QStringList {s("t_min"), s("t_max"), s("importance"), s("notes")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Event &event)
{
    writer.bilingual(event.title);
    writer.bilingual(event.text);
    writer.fuzzy(event.start);
    writer.fuzzy(event.end);
    writer.integer(event.earliestMinutes());
    writer.integer(event.latestMinutes());
    writer.integer(event.importance);
    writer.text(event.notes);
}

QStringList writtenColumns(const Claim *)
{
    return bilingualColumns(s("text")) + QStringList {s("quote"), s("quote_language"), s("claimant_id")}
    + fuzzyColumns(s("made_on"), s("made_on"))
        + QStringList {s("made_in_source_id"), s("dispute_id"), s("status"), s("rebuts_claim_id"), s("notes")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Claim &claim)
{
    writer.bilingual(claim.text);
    writer.text(claim.quote);
    writer.text(claim.quoteLanguage);
    writer.id(claim.claimantId);
    writer.fuzzy(claim.madeOn);
    writer.id(claim.madeInSourceId);
    writer.id(claim.disputeId);
    writer.text(claimStatusCode(claim.status));
    writer.id(claim.rebutsClaimId);
    writer.text(claim.notes);
}

QStringList writtenColumns(const Relation *)
{
    return QStringList {s("from_actor_id"), s("to_actor_id"), s("type")} + fuzzyColumns(s("start_date"), s("start"))
        + fuzzyColumns(s("end_date"), s("end")) + QStringList {s("note")};
}

template<typename Writer>
void writeColumns(Writer &writer, const Relation &relation)
{
    writer.integer(relation.fromActorId);
    writer.integer(relation.toActorId);
    writer.text(relationTypeCode(relation.type));
    writer.fuzzy(relation.start);
    writer.fuzzy(relation.end);
    writer.text(relation.note);
}

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
        m_total = recordCount(dataset);
        m_phase.start();
        m_phaseCpu = std::clock();
        if (!prepareExisting(error))
            return false;
        const bool bulk = isBulk(m_db, m_total, m_options);
        const bool postgres = m_db.isPostgres();
        m_postgresBulk = bulk && postgres;
        if (bulk && !(postgres ? suspendPostgresIndexes(error) : suspendIndexes(error)))
            return false;
        if (!postgres && !noteEmptyTables(error))
            return false;
        if (m_postgresBulk && !noteKnownUids(dataset, error))
            return false;
        phaseDone("prepare");
        return importActors(dataset.actors, error) && endPhase("actors", error)
            && importSimple<SourceTraits>(dataset.sources, m_sources, error) && endPhase("sources", error)
            && importTags(dataset.tags, error) && importDisputes(dataset.disputes, error) && endPhase("disputes", error)
            && importEvents(dataset.events, error) && endPhase("events", error) && importClaims(dataset.claims, error)
            && endPhase("claims", error) && importRelations(dataset.relations, error) && endPhase("relations", error)
            && (!bulk || (postgres ? resumePostgresIndexes(error) : resumeIndexes(error)))
            && importAudit(dataset, error) && phaseDone("audit");
    }

    static qint64 recordCount(const Dataset &dataset)
    {
        return dataset.actors.size() + dataset.sources.size() + dataset.disputes.size() + dataset.events.size()
            + dataset.claims.size() + dataset.relations.size();
    }
    // SQLite: kept ids may fall below existing ones, which the set-based
    // indexing (new rows = ids above the old maximum) would miss. PostgreSQL
    // maintains its indexes itself; its bulk path writes rows in batches.
    static bool isBulk(const Database &db, qint64 records, const DatasetStore::ImportOptions &options)
    {
        return records >= bulkThreshold && options.allowBulk && (db.isPostgres() || !options.keepIds);
    }

private:
    // Per-row index triggers (full-text) cost most of a big
    // import (measured: 9,300 events/s with them, 33,000 without). For big
    // imports they are dropped inside the import's transaction, the new rows
    // are indexed with one set-based statement per index, and the triggers
    // are put back from their stored SQL. It is all one transaction: a
    // failure or a crash leaves the schema as it was.
    static constexpr qint64 bulkThreshold = 5000;
    static constexpr const char *indexedTables[] = {"event", "claim", "actor", "source"};
    // FTS5 flushes its in-memory index to a new segment every hashsize bytes
    // (1 MiB by default) and merges segments as they pile up; a big buffer
    // during the import halves the cost of full-text indexing (measured:
    // 2.3 s -> 1.25 s CPU for 200k events). The default comes back before
    // commit, so the file keeps its ordinary settings.
    static constexpr qint64 bulkFtsHashSize = 256 * 1024 * 1024;
    static constexpr qint64 defaultFtsHashSize = 1024 * 1024;

    bool phaseDone(const char *name) { return phaseDone(s(name)); }
    // The end of one table's records: what is still gathered is written first.
    bool endPhase(const char *name, StorageError *error) { return flushBatches(error) && phaseDone(name); }
    bool phaseDone(const QString &name)
    {
        const std::clock_t cpu = std::clock();
        m_summary->phases.append({name, m_phase.nsecsElapsed() / 1e9, double(cpu - m_phaseCpu) / CLOCKS_PER_SEC});
        m_phase.start();
        m_phaseCpu = cpu;
        return true;
    }

    bool suspendIndexes(StorageError *error)
    {
        QSqlQuery query;
        if (!m_db.prepare(query,
                s("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                  "AND name LIKE '%\\_fts\\_insert' ESCAPE '\\'"),
                error)
            || !m_db.exec(query, error))
            return false;
        while (query.next())
            m_suspendedTriggers.append({query.value(0).toString(), query.value(1).toString()});
        qint64 existingRows = 0;
        for (const char *table : indexedTables) {
            QSqlQuery maxId;
            if (!m_db.prepare(maxId, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(s(table)), error)
                || !m_db.exec(maxId, error) || !maxId.next())
                return false;
            m_firstNewId.insert(s(table), maxId.value(0).toLongLong() + 1);
            existingRows += maxId.value(0).toLongLong();
        }
        for (const auto &[name, sql] : std::as_const(m_suspendedTriggers)) {
            if (!m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(name), error))
                return false;
        }
        // Secondary indexes are cheaper to build once, sorted, than to grow
        // row by row: when the import is bigger than what is already there,
        // they are dropped and created again at the end (same transaction).
        // UNIQUE constraints (uid) stay: they detect duplicates.
        if (existingRows < m_total) {
            QSqlQuery indexes;
            if (!m_db.prepare(indexes,
                    s("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                      "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('actor', 'source', 'dispute', "
                      "'dispute_party', 'event', 'event_dispute', 'event_actor', 'event_tag', 'event_source', "
                      "'claim', 'claim_evidence', 'relation', 'relation_source')"),
                    error)
                || !m_db.exec(indexes, error))
                return false;
            while (indexes.next()) {
                // The time index last, to report its own share.
                const QPair<QString, QString> index {indexes.value(0).toString(), indexes.value(1).toString()};
                if (index.first == QLatin1String("event_window"))
                    m_droppedIndexes.append(index);
                else
                    m_droppedIndexes.prepend(index);
            }
            for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
                if (!m_db.exec(QStringLiteral("DROP INDEX %1").arg(name), error))
                    return false;
            }
        }
        for (const char *table : indexedTables) {
            if (!setFtsHashSize(s(table), bulkFtsHashSize, error))
                return false;
        }
        return true;
    }

    bool setFtsHashSize(const QString &table, qint64 bytes, StorageError *error)
    {
        const QString trigger = table + s("_fts_insert");
        if (std::none_of(m_suspendedTriggers.cbegin(), m_suspendedTriggers.cend(),
                [&](const auto &suspended) { return suspended.first == trigger; }))
            return true;
        if (!m_db.exec(QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('hashsize', %2)").arg(table).arg(bytes),
                error))
            return false;
        // Back at the default: no trace of the setting left in the file.
        return bytes != defaultFtsHashSize
            || m_db.exec(QStringLiteral("DELETE FROM %1_fts_config WHERE k = 'hashsize'").arg(table), error);
    }

    bool resumeIndexes(StorageError *error)
    {
        for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
            if (name == QLatin1String("event_window"))
                phaseDone("secondary indexes");
            if (!m_db.exec(sql, error))
                return false;
            if (name == QLatin1String("event_window"))
                phaseDone("time index");
        }
        if (!m_droppedIndexes.isEmpty() && m_droppedIndexes.constLast().first != QLatin1String("event_window"))
            phaseDone("secondary indexes");
        for (const auto &[name, sql] : std::as_const(m_suspendedTriggers)) {
            const QString table = name.section(u'_', 0, 0);
            const QString columns = ftsColumns(table, error);
            if (columns.isEmpty())
                return false;
            const QString statement
                = QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT id, %2 FROM %1 WHERE id >= :first")
                      .arg(table, columns);
            QSqlQuery query;
            if (!m_db.prepare(query, statement, error))
                return false;
            query.bindValue(s(":first"), m_firstNewId.value(table));
            if (!m_db.exec(query, error) || !m_db.exec(sql, error))
                return false;
            if (!setFtsHashSize(table, defaultFtsHashSize, error))
                return false;
            phaseDone(table + s(" full-text"));
        }
        return true;
    }

    // Tables empty when the import starts: uids are then looked up in
    // memory (among this import's rows) instead of in the database.
    bool noteEmptyTables(StorageError *error)
    {
        for (const char *table : {"actor", "source", "dispute", "event", "claim", "relation"}) {
            QSqlQuery query;
            if (!m_db.prepare(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(s(table)), error)
                || !m_db.exec(query, error) || !query.next())
                return false;
            if (!query.value(0).toBool())
                m_newUids.insert(s(table), {});
        }
        return true;
    }

    // --- PostgreSQL bulk path ----------------------------------------------
    // Rows are gathered per table (PostgresBatch) and written thousands per
    // statement; ids come from the identity sequences in blocks, so links
    // and remapping work as for rows written one by one (measured: 1,300
    // events/s one by one on a 2-core machine, several times that batched).

    // Like SQLite's: when the import is bigger than what is there, the
    // secondary indexes (full-text GIN, time-span GiST, foreign-key
    // lookups) are dropped and built once at the end, all in the import's
    // transaction (PostgreSQL's DDL is transactional: a failure brings them
    // back). So are the foreign keys: checked row by row they cost more
    // than the rows themselves (two lookups per link row), checked again
    // when added back with one join per key. Only the tables' owner may
    // drop them; a writer role keeps them all.
    bool suspendPostgresIndexes(StorageError *error)
    {
        // Index builds sort in memory: the default 64 MB spills to disk.
        if (!m_db.exec(s("SET LOCAL maintenance_work_mem = '256MB'"), error))
            return false;
        QSqlQuery existingRows;
        if (!m_db.prepare(existingRows,
                s("SELECT (SELECT coalesce(max(id), 0) FROM event) + (SELECT coalesce(max(id), 0) FROM claim) "
                  "+ (SELECT coalesce(max(id), 0) FROM actor) + (SELECT coalesce(max(id), 0) FROM source)"),
                error)
            || !m_db.exec(existingRows, error) || !existingRows.next())
            return false;
        if (existingRows.value(0).toLongLong() >= m_total)
            return true;
        QSqlQuery indexes;
        if (!m_db.prepare(indexes,
                s("SELECT quote_ident(c.relname), pg_get_indexdef(i.indexrelid) FROM pg_index i "
                  "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                  "WHERE t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
                  "AND t.relname IN ('actor', 'source', 'dispute', 'dispute_party', 'event', 'event_dispute', "
                  "'event_actor', 'event_tag', 'event_source', 'claim', 'claim_evidence', 'relation', "
                  "'relation_source') AND NOT i.indisunique AND NOT i.indisprimary "
                  "AND pg_has_role(t.relowner, 'USAGE') ORDER BY c.relname"),
                error)
            || !m_db.exec(indexes, error))
            return false;
        while (indexes.next())
            m_droppedIndexes.append({indexes.value(0).toString(), indexes.value(1).toString()});
        QSqlQuery keys;
        if (!m_db.prepare(keys,
                s("SELECT quote_ident(t.relname), quote_ident(c.conname), pg_get_constraintdef(c.oid) "
                  "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid "
                  "WHERE c.contype = 'f' "
                  "AND t.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
                  "AND t.relname IN ('actor', 'dispute_party', 'event_dispute', 'event_actor', 'event_tag', "
                  "'event_source', 'claim', 'claim_evidence', 'relation', 'relation_source') "
                  "AND pg_has_role(t.relowner, 'USAGE') AND pg_has_role(r.relowner, 'USAGE') "
                  "ORDER BY t.relname, c.conname"),
                error)
            || !m_db.exec(keys, error))
            return false;
        while (keys.next()) {
            m_droppedKeys.append(
                {keys.value(0).toString(), keys.value(1).toString() + u' ' + keys.value(2).toString()});
            if (!m_db.exec(QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                               .arg(keys.value(0).toString(), keys.value(1).toString()),
                    error))
                return false;
        }
        for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
            if (!m_db.exec(QStringLiteral("DROP INDEX %1").arg(name), error))
                return false;
        }
        return true;
    }

    bool resumePostgresIndexes(StorageError *error)
    {
        for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
            if (!m_db.exec(sql, error))
                return false;
            phaseDone(s("index ") + name);
        }
        // Fresh statistics for the planner (the full-text index's word
        // frequencies among them), which would otherwise see the tables as
        // they were until autovacuum comes by. ANALYZE sees this
        // transaction's rows; tables the role does not own are skipped
        // with a warning.
        if (!m_db.exec(s("ANALYZE actor, source, dispute, dispute_party, event, event_dispute, event_actor, "
                         "event_tag, event_source, claim, claim_evidence, relation, relation_source"),
                error))
            return false;
        phaseDone("analyze");
        // After ANALYZE: each key's check is one join, planned on fresh statistics.
        for (const auto &[table, definition] : std::as_const(m_droppedKeys)) {
            if (!m_db.exec(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2").arg(table, definition), error))
                return false;
        }
        if (!m_droppedKeys.isEmpty())
            phaseDone("foreign keys");
        return true;
    }

    // Every table's uids are looked up in memory: for an empty table among
    // this import's rows, otherwise also among the rows already there with
    // a uid of the dataset (one query per few thousand uids).
    bool noteKnownUids(const Dataset &dataset, StorageError *error)
    {
        const QList<std::pair<const char *, QStringList>> tables
            = {{"actor", uidsOf(dataset.actors)}, {"source", uidsOf(dataset.sources)},
                {"dispute", uidsOf(dataset.disputes)}, {"event", uidsOf(dataset.events)},
                {"claim", uidsOf(dataset.claims)}, {"relation", uidsOf(dataset.relations)}};
        for (const auto &[table, uids] : tables) {
            QHash<QString, RowId> &known = m_newUids[s(table)];
            QSqlQuery query;
            if (!m_db.prepare(query,
                    QStringLiteral("SELECT uid, id FROM %1 WHERE uid = ANY(CAST(? AS text[]))").arg(s(table)), error))
                return false;
            for (qsizetype first = 0; first < uids.size(); first += lookupChunk) {
                query.bindValue(0, PostgresBatch::arrayLiteral(uids.mid(first, lookupChunk)));
                if (!m_db.exec(query, error))
                    return false;
                while (query.next())
                    known.insert(query.value(0).toString(), query.value(1).toLongLong());
            }
        }
        return true;
    }

    template<typename Record>
    static QStringList uidsOf(const QList<Record> &records)
    {
        QStringList uids;
        uids.reserve(records.size());
        for (const Record &record : records) {
            if (!record.uid.isEmpty())
                uids.append(record.uid);
        }
        return uids;
    }

    // A new id from @p table's identity sequence, reserved in blocks of at
    // most what is left of the table's records (no gaps in the usual case).
    bool reserveId(const QString &table, RowId *id, StorageError *error)
    {
        IdBlock &block = m_idBlocks[table];
        if (block.next == block.ids.size()) {
            QSqlQuery query;
            if (!m_db.prepare(query,
                    QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                        .arg(table),
                    error))
                return false;
            query.bindValue(0, std::clamp<qint64>(m_tableRemaining, 1, idBlock));
            if (!m_db.exec(query, error))
                return false;
            block.ids.clear();
            block.next = 0;
            while (query.next())
                block.ids.append(query.value(0).toLongLong());
            if (block.ids.isEmpty()) {
                *error = {StorageError::Code::Other, Messages::noIds(table)};
                return false;
            }
        }
        *id = block.ids.at(block.next++);
        return true;
    }

    PostgresBatch *batch(const QString &table, const QStringList &columns, const QString &suffix, StorageError *error)
    {
        PostgresBatch *&batch = m_batchByTable[table];
        if (!batch) {
            auto created = std::make_unique<PostgresBatch>(m_db, table, columns, suffix);
            if (!created->prepare(error))
                return nullptr;
            batch = created.get();
            m_batches.push_back(std::move(created));
        }
        return batch;
    }

    // Writes what is gathered: records first (in the order their tables
    // were met), then links, which refer to them.
    bool flushBatches(StorageError *error)
    {
        for (const bool links : {false, true}) {
            for (const auto &batch : m_batches) {
                if (m_linkTables.contains(batch->table()) == links && !batch->flush(error))
                    return false;
            }
        }
        return true;
    }

    template<typename Traits>
    bool queueRecord(typename Traits::Record &record, StorageError *error)
    {
        const QString table = Traits::entity();
        PostgresBatch *rows
            = batch(table, QStringList {s("id"), s("uid"), s("version")} + Traits::columns(), QString(), error);
        if (!rows || (!record.id && !reserveId(table, &record.id, error)))
            return false;
        rows->bind(1, record.id);
        rows->bindText(2, record.uid);
        rows->bind(3, qint64(record.version > 0 ? record.version : 1));
        ColumnWriter<PostgresBatch> writer(*rows, 4);
        writeColumns(writer, record);
        rows->endRow();
        noteAdded(table, record.uid, record.id);
        ++m_summary->inserted;
        if (!insertLinks(record, error))
            return false;
        return !rows->isFull() || flushBatches(error);
    }

    bool queueLinks(const QString &table, const QStringList &columns, RowId owner, qsizetype count,
        const std::function<QString(qsizetype)> &keyOf,
        const std::function<void(PostgresBatch &, qsizetype)> &bindOther, StorageError *error)
    {
        m_linkTables.insert(table);
        PostgresBatch *links = batch(table, columns, QString(), error);
        if (!links)
            return false;
        // The owner is a new row: the only possible duplicates are in its
        // own list, where the first one wins (as ON CONFLICT DO NOTHING
        // keeps it on the record-by-record path), so the statement needs
        // no conflict handling.
        QSet<QString> seen;
        for (qsizetype i = 0; i < count; ++i) {
            const QString key = keyOf(i);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            links->bind(1, owner);
            bindOther(*links, i);
            links->bind(int(columns.size()), qint64(i));
            links->endRow();
        }
        return true;
    }

    // Sets @p column of rows by id, all in one statement (parents, rebuttals).
    bool updateReferences(
        const QString &table, const QString &column, const QList<QPair<RowId, RowId>> &values, StorageError *error)
    {
        if (values.isEmpty())
            return true;
        QStringList idList;
        QStringList valueList;
        for (const auto &[id, value] : values) {
            idList.append(QString::number(id));
            valueList.append(QString::number(value));
        }
        QSqlQuery query;
        if (!m_db.prepare(query,
                QStringLiteral("UPDATE %1 t SET %2 = v.value FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[])) "
                               "v(id, value) WHERE t.id = v.id")
                    .arg(table, column),
                error))
            return false;
        query.bindValue(0, QString(u'{' + idList.join(u',') + u'}'));
        query.bindValue(1, QString(u'{' + valueList.join(u',') + u'}'));
        return m_db.exec(query, error);
    }

    struct IdBlock
    {
        QList<RowId> ids;
        qsizetype next = 0;
    };
    static constexpr qint64 idBlock = 10000;
    static constexpr qsizetype lookupChunk = 10000;
    bool m_postgresBulk = false;
    QList<QPair<QString, QString>> m_droppedKeys; ///< table, "name definition"
    qint64 m_tableRemaining = 0;
    QHash<QString, IdBlock> m_idBlocks;
    std::vector<std::unique_ptr<PostgresBatch>> m_batches;
    QHash<QString, PostgresBatch *> m_batchByTable;
    QSet<QString> m_linkTables;

    // The indexed columns of TABLE_fts, from the virtual table's own columns.
    QString ftsColumns(const QString &table, StorageError *error)
    {
        QSqlQuery query;
        if (!m_db.prepare(query, QStringLiteral("SELECT name FROM pragma_table_info('%1_fts')").arg(table), error)
            || !m_db.exec(query, error))
            return {};
        QStringList columns;
        while (query.next())
            columns.append(query.value(0).toString());
        return columns.join(QStringLiteral(", "));
    }

    QList<QPair<QString, QString>> m_suspendedTriggers;
    QList<QPair<QString, QString>> m_droppedIndexes;
    QHash<QString, qint64> m_firstNewId;
    /// Per table empty at the start: uid -> id of the rows this import added.
    QHash<QString, QHash<QString, RowId>> m_newUids;
    QElapsedTimer m_phase;
    std::clock_t m_phaseCpu = 0;

public:
private:
    bool step(StorageError *error)
    {
        ++m_done;
        --m_tableRemaining;
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
        const auto added = m_newUids.constFind(table);
        if (added != m_newUids.cend())
            return added->value(uid);
        if (!m_db.isPostgres()) {
            RawStatement *&raw = m_raw[table + s("#uid")];
            if (!raw && !prepareRaw(&raw, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), error))
                return -1;
            raw->bind(1, uid);
            qint64 id = 0;
            if (!raw->runForId(&id)) {
                rawFailure(*raw, table, error);
                return -1;
            }
            return id;
        }
        QSqlQuery &query = m_lookups[table];
        if (query.lastQuery().isEmpty()
            && !m_db.prepare(query, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), error))
            return -1;
        query.bindValue(0, uid);
        if (!m_db.exec(query, error))
            return -1;
        return query.next() ? query.value(0).toLongLong() : 0;
    }

    void noteAdded(const QString &table, const QString &uid, RowId id)
    {
        const auto added = m_newUids.find(table);
        if (added != m_newUids.end())
            added->insert(uid, id);
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
        m_tableRemaining = records.size();
        for (typename Traits::Record record : records) {
            const RowId local = record.id;
            const RowId found = existing(Traits::entity(), record.uid, error);
            if (found < 0)
                return false;
            if (found) {
                map.insert(local, found);
                noteReused(record.uid);
            } else {
                record.id = m_options.keepIds ? record.id : 0;
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
        if (m_postgresBulk && fastColumnsMatch<Traits>())
            return queueRecord<Traits>(record, error);
        const QString table = Traits::entity();
        const bool withId = record.id != 0;
        const QString key = withId ? table + QStringLiteral("#id") : table;
        // The QSqlQuery is only a named-binding helper; the raw statement runs.
        QSqlQuery &binder = m_binders[key];
        RawStatement *&raw = m_raw[key];
        // PostgreSQL goes through Qt (RETURNING id); SQLite through the raw statement.
        const bool postgres = m_db.isPostgres();
        if (postgres || withId || !fastColumnsMatch<Traits>() ? binder.lastQuery().isEmpty() : !raw) {
            QString names = s("uid, version");
            QString values = s(":uid, :version");
            if (withId) {
                names += s(", id");
                values += s(", :id");
            }
            for (const QString &column : Traits::columns()) {
                names += s(", ") + column;
                values += s(", :") + column;
            }
            QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, values);
            if (postgres)
                sql += s(" RETURNING id");
            if (!m_db.prepare(binder, sql, error) || (!postgres && !raw && !prepareRaw(&raw, sql, error)))
                return false;
        }
        if (!postgres && !withId && fastColumnsMatch<Traits>()) {
            // Bound straight from the record: no QVariant, no name lookup per value.
            raw->bindText(1, record.uid);
            raw->bind(2, qint64(record.version > 0 ? record.version : 1));
            ColumnWriter<RawStatement> writer(*raw, 3);
            writeColumns(writer, record);
        } else {
            binder.bindValue(s(":uid"), record.uid);
            binder.bindValue(s(":version"), record.version > 0 ? record.version : 1);
            if (withId)
                binder.bindValue(s(":id"), record.id);
            Traits::bind(binder, record);
        }
        if (postgres) {
            if (!binder.exec() || !binder.next()) {
                const StorageError failure = m_db.errorFrom(binder);
                *error = {failure.code, Messages::invalidRecord(table, record.uid, failure.message)};
                return false;
            }
            record.id = binder.value(0).toLongLong();
            noteAdded(table, record.uid, record.id);
            ++m_summary->inserted;
            return insertLinks(record, error);
        }
        if (withId || !fastColumnsMatch<Traits>()) {
            const QVariantList values = binder.boundValues();
            for (qsizetype i = 0; i < values.size(); ++i)
                raw->bind(int(i + 1), values.at(i));
        }
        if (!raw->run()) {
            *error = {StorageError::Code::Invalid, Messages::invalidRecord(table, record.uid, raw->errorMessage())};
            return false;
        }
        record.id = raw->lastInsertRowId();
        noteAdded(table, record.uid, record.id);
        ++m_summary->inserted;
        return insertLinks(record, error);
    }

    // Whether writeColumns() writes exactly Traits::columns(), in order;
    // otherwise (a column added to one and not the other) the generic,
    // slower binding through QSqlQuery is used.
    template<typename Traits>
    bool fastColumnsMatch()
    {
        const QString table = Traits::entity();
        auto it = m_fastColumns.constFind(table);
        if (it == m_fastColumns.cend())
            it = m_fastColumns.insert(
                table, writtenColumns(static_cast<const typename Traits::Record *>(nullptr)) == Traits::columns());
        return it.value();
    }

    // A new record has no links yet: plain inserts with cached statements
    // (Traits::saveLinks would delete first and prepare each time).
    bool insertLinkRows(const QString &table, const QString &ownerColumn, const QString &otherColumn, RowId owner,
        const QList<RowId> &others, StorageError *error)
    {
        if (others.isEmpty())
            return true;
        if (m_postgresBulk)
            return queueLinks(
                table, {ownerColumn, otherColumn, s("position")}, owner, others.size(),
                [&](qsizetype i) { return QString::number(others.at(i)); },
                [&](PostgresBatch &links, qsizetype i) { links.bind(2, others.at(i)); }, error);
        if (m_db.isPostgres()) {
            QSqlQuery &query = m_linkQueries[table];
            if (query.lastQuery().isEmpty()
                && !m_db.prepare(query,
                    m_db.insertIgnoringDuplicates(
                        table, QStringLiteral("%1, %2, position").arg(ownerColumn, otherColumn), s("?, ?, ?")),
                    error))
                return false;
            for (qsizetype i = 0; i < others.size(); ++i) {
                query.bindValue(0, owner);
                query.bindValue(1, others.at(i));
                query.bindValue(2, int(i));
                if (!m_db.exec(query, error))
                    return false;
            }
            return true;
        }
        RawStatement *&raw = m_raw[table];
        if (!raw
            && !prepareRaw(&raw,
                QStringLiteral("INSERT OR IGNORE INTO %1 (%2, %3, position) VALUES (?, ?, ?)")
                    .arg(table, ownerColumn, otherColumn),
                error))
            return false;
        for (qsizetype i = 0; i < others.size(); ++i) {
            raw->bind(1, owner);
            raw->bind(2, others.at(i));
            raw->bind(3, qint64(i));
            if (!raw->run())
                return rawFailure(*raw, table, error);
        }
        return true;
    }

    bool prepareRaw(RawStatement **raw, const QString &sql, StorageError *error)
    {
        sqlite3 *handle = RawStatement::handleOf(m_db.connection());
        auto statement = std::make_unique<RawStatement>();
        if (!handle || !statement->prepare(handle, sql)) {
            *error = {StorageError::Code::Other, handle ? statement->errorMessage() : s("not a SQLite connection")};
            return false;
        }
        *raw = statement.get();
        m_statements.push_back(std::move(statement));
        return true;
    }

    bool rawFailure(const RawStatement &raw, const QString &what, StorageError *error)
    {
        const int code = raw.errorCode() & 0xff;
        *error = {code == SQLITE_FULL ? StorageError::Code::DiskFull : StorageError::Code::Invalid,
            Messages::invalidRecord(what, QString(), raw.errorMessage())};
        return false;
    }

    bool insertLinks(const Actor &, StorageError *) { return true; }
    bool insertLinks(const Source &, StorageError *) { return true; }
    bool insertLinks(const Dispute &dispute, StorageError *error)
    {
        return insertLinkRows(s("dispute_party"), s("dispute_id"), s("actor_id"), dispute.id, dispute.partyIds, error);
    }
    bool insertLinks(const Claim &claim, StorageError *error)
    {
        return insertLinkRows(
            s("claim_evidence"), s("claim_id"), s("source_id"), claim.id, claim.evidenceSourceIds, error);
    }
    bool insertLinks(const Relation &relation, StorageError *error)
    {
        return insertLinkRows(
            s("relation_source"), s("relation_id"), s("source_id"), relation.id, relation.sourceIds, error);
    }
    bool insertLinks(const Event &event, StorageError *error)
    {
        if (!insertLinkRows(s("event_dispute"), s("event_id"), s("dispute_id"), event.id, event.disputeIds, error)
            || !insertLinkRows(s("event_source"), s("event_id"), s("source_id"), event.id, event.sourceIds, error))
            return false;
        QList<RowId> tagIds;
        for (const QString &name : event.tags) {
            RowId tagId = m_tags.value(name);
            if (!tagId) {
                tagId = TagRepository(m_db).ensure(name, error);
                if (!tagId)
                    return false;
                m_tags.insert(name, tagId);
            }
            tagIds.append(tagId);
        }
        if (!insertLinkRows(s("event_tag"), s("event_id"), s("tag_id"), event.id, tagIds, error))
            return false;
        if (event.actors.isEmpty())
            return true;
        if (m_postgresBulk)
            return queueLinks(
                s("event_actor"), {s("event_id"), s("actor_id"), s("role"), s("position")}, event.id,
                event.actors.size(),
                [&](qsizetype i) {
                    return QString::number(event.actors.at(i).actorId) + u'|' + nonNull(event.actors.at(i).role);
                },
                [&](PostgresBatch &links, qsizetype i) {
                    links.bind(2, event.actors.at(i).actorId);
                    links.bindText(3, event.actors.at(i).role);
                },
                error);
        if (m_db.isPostgres()) {
            QSqlQuery &query = m_linkQueries[s("event_actor")];
            if (query.lastQuery().isEmpty()
                && !m_db.prepare(query,
                    m_db.insertIgnoringDuplicates(
                        s("event_actor"), s("event_id, actor_id, role, position"), s("?, ?, ?, ?")),
                    error))
                return false;
            for (qsizetype i = 0; i < event.actors.size(); ++i) {
                query.bindValue(0, event.id);
                query.bindValue(1, event.actors.at(i).actorId);
                query.bindValue(2, nonNull(event.actors.at(i).role));
                query.bindValue(3, int(i));
                if (!m_db.exec(query, error))
                    return false;
            }
            return true;
        }
        RawStatement *&raw = m_raw[s("event_actor")];
        if (!raw
            && !prepareRaw(&raw,
                s("INSERT OR IGNORE INTO event_actor (event_id, actor_id, role, position) VALUES (?, ?, ?, ?)"), error))
            return false;
        for (qsizetype i = 0; i < event.actors.size(); ++i) {
            raw->bind(1, event.id);
            raw->bind(2, event.actors.at(i).actorId);
            raw->bind(3, event.actors.at(i).role.isNull() ? s("") : event.actors.at(i).role);
            raw->bind(4, qint64(i));
            if (!raw->run())
                return rawFailure(*raw, s("event_actor"), error);
        }
        return true;
    }

    bool importActors(const QList<Actor> &actors, StorageError *error)
    {
        // Parents may come later in the list: insert all, then set parents.
        QList<QPair<RowId, RowId>> parents; // stored id, local parent id
        m_tableRemaining = actors.size();
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
                actor.id = m_options.keepIds ? actor.id : 0;
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
        if (m_postgresBulk) {
            QList<QPair<RowId, RowId>> stored;
            for (const auto &[id, localParent] : std::as_const(parents)) {
                if (!m_actors.contains(localParent)) {
                    *error = {
                        StorageError::Code::Invalid, Messages::dangling(s("actor"), QString::number(id), localParent)};
                    return false;
                }
                stored.append({id, m_actors.value(localParent)});
            }
            return flushBatches(error) && updateReferences(s("actor"), s("parent_id"), stored, error);
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
        m_tableRemaining = disputes.size();
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
                dispute.id = m_options.keepIds ? dispute.id : 0;
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
        m_tableRemaining = events.size();
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
                event.id = m_options.keepIds ? event.id : 0;
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
        m_tableRemaining = claims.size();
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
                claim.id = m_options.keepIds ? claim.id : 0;
                if (!insertQuietly<ClaimTraits>(claim, error))
                    return false;
                m_claims.insert(local, claim.id);
                if (rebuts)
                    rebuttals.append({claim.id, rebuts});
            }
            if (!step(error))
                return false;
        }
        if (m_postgresBulk) {
            QList<QPair<RowId, RowId>> stored;
            for (const auto &[id, localTarget] : std::as_const(rebuttals)) {
                if (!m_claims.contains(localTarget))
                    return dangling(s("claim"), QString::number(id), error);
                stored.append({id, m_claims.value(localTarget)});
            }
            return flushBatches(error) && updateReferences(s("claim"), s("rebuts_claim_id"), stored, error);
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
        m_tableRemaining = relations.size();
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
                relation.id = m_options.keepIds ? relation.id : 0;
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
        if (m_options.keepIds && m_db.isPostgres()) {
            // Rows came with their ids: new rows must not collide with them.
            for (const char *table : {"actor", "source", "dispute", "event", "claim", "relation"}) {
                if (!m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                              "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                                   .arg(QLatin1String(table)),
                        error))
                    return false;
            }
        }
        if (!m_options.recordImport)
            return true;
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
    QHash<QString, QSqlQuery> m_binders;
    QHash<QString, QSqlQuery> m_linkQueries;
    QHash<QString, RawStatement *> m_raw;
    std::vector<std::unique_ptr<RawStatement>> m_statements;
    QHash<QString, QSqlQuery> m_lookups;
    QHash<QString, RowId> m_tags;
    QHash<QString, bool> m_fastColumns;
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
    QElapsedTimer commit;
    std::clock_t commitCpu = 0;
    const bool ok = m_db.write(
        [&](StorageError *e) {
            Importer importer(m_db, options, progress, target);
            if (!importer.run(dataset, e))
                return false;
            // One notification for the lot: other clients reload everything.
            if (!m_db.notifyChange(s("dataset"), 0, e))
                return false;
            if (!dataset.title.isEmpty() && !setTitle(dataset.title, e))
                return false;
            commit.start();
            commitCpu = std::clock();
            return true;
        },
        error);
    if (!ok)
        *target = {};
    else
        target->phases.append(
            {s("commit"), commit.nsecsElapsed() / 1e9, double(std::clock() - commitCpu) / CLOCKS_PER_SEC});
    return ok;
}

bool DatasetStore::exportAll(Dataset *dataset, StorageError *error) const
{
    // Failures are detected through the error, so start from a clear one: a
    // caller's leftover error must not make a good export fail.
    StorageError failure;
    Dataset result;
    result.title = title(&failure);
    if (!failure.isError())
        result.actors = ActorRepository(m_db).all(&failure);
    if (!failure.isError())
        result.sources = SourceRepository(m_db).all(&failure);
    if (!failure.isError())
        result.tags = TagRepository(m_db).all(&failure);
    if (!failure.isError())
        result.disputes = DisputeRepository(m_db).all(&failure);
    if (!failure.isError())
        result.events = EventRepository(m_db).all(&failure);
    if (!failure.isError())
        result.claims = ClaimRepository(m_db).all(&failure);
    if (!failure.isError())
        result.relations = RelationRepository(m_db).all(&failure);
    if (!failure.isError())
        result.audit = AuditLog(m_db).entries(QString(), 0, &failure);
    if (failure.isError()) {
        *error = failure;
        return false;
    }
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
            const QString sql = m_db.isPostgres() ? s("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                                                      "DO UPDATE SET value = excluded.value")
                                                  : s("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
            if (!m_db.prepare(query, sql, e))
                return false;
            for (const auto &[key, value] :
                {std::pair {s("title_fr"), title.fr}, std::pair {s("title_en"), title.en}}) {
                query.bindValue(0, key);
                query.bindValue(1, nonNull(value));
                if (!m_db.exec(query, e))
                    return false;
            }
            return true;
        },
        error);
}

} // namespace Frise::Storage
