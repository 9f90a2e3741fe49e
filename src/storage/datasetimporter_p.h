// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datasetstore.h"
#include "importwriter_p.h"

#include <memory>

namespace Frise::Storage {

/// Maps dataset-local ids to database ids for one kind of record.
class IdMap final
{
public:
    void insert(RowId local, RowId stored) { m_map.insert(local, stored); }
    bool contains(RowId local) const { return m_map.contains(local); }
    RowId value(RowId local) const { return m_map.value(local); }
    /// Replaces a local id by its stored one; 0 (no reference) stays. False when unknown.
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

/// The stored ids of the kinds of record others refer to.
struct StoredIds
{
    IdMap actors;
    IdMap sources;
    IdMap disputes;
    IdMap claims;
};

/**
 * Writes a Dataset inside the caller's transaction (DatasetStore::import).
 * It decides what is written: records whose uid (or actor name) is already
 * there are reused, the dataset's ids are remapped to stored ones, and
 * references that may point forward are set once every row is in. How the
 * rows are written is left to an ImportWriter chosen for the backend and
 * the import's size. Reports progress (a cancel stops it), the audit rows
 * and the time of each phase.
 */
class DatasetImporter final
{
    Q_DISABLE_COPY_MOVE(DatasetImporter)

public:
    /// From this many records on, an import takes a bulk writer (unless told not to).
    static constexpr qint64 bulkRecords = 5000;

    DatasetImporter(Database &db, const DatasetStore::ImportOptions &options, const ProgressCallback &progress,
        ImportSummary *summary);
    ~DatasetImporter();

    /// Writes the whole of @p dataset.
    bool run(const Dataset &dataset, StorageError *error);

    /// A streamed import (DatasetStream): begin() with about how many
    /// records will come, then addPart() for each part, in order, then end().
    /// A part's records may refer to those of earlier parts; the references
    /// that may point forward (parents, rebuttals) are set at the end.
    bool begin(const ImportCounts &expected, StorageError *error);
    bool addPart(const Dataset &part, StorageError *error);
    bool end(StorageError *error);

private:
    std::unique_ptr<ImportWriter> createWriter(qint64 records);
    bool start(const Dataset &dataset, const ImportCounts &counts, StorageError *error);
    bool readActorNames(StorageError *error);
    template<typename Record>
    bool importRecords(const QList<Record> &records, StorageError *error);
    template<typename Record>
    bool insert(Record &record, const QString &table, qint64 upcoming, StorageError *error);
    template<typename Record>
    bool insertLinks(const Record &record, StorageError *error);
    bool setForwardReferences(const QString &table, const char *column, const IdMap &ids,
        const QList<QPair<RowId, RowId>> &references, StorageError *error);
    bool tagIds(const QStringList &names, QList<RowId> *ids, StorageError *error);
    bool importTags(const QList<Tag> &tags, StorageError *error);
    bool importRoles(const QList<ActorRole> &roles, StorageError *error);
    bool importAudit(const Dataset &dataset, StorageError *error);
    bool recordImport(StorageError *error);
    /// The forward references noted by importRecords() in a streamed import.
    bool setStreamedForwardReferences(StorageError *error);
    /// Id of an existing row with this uid: 0 when there is none, -1 on error.
    RowId existing(const QString &table, const QString &uid, StorageError *error);
    RowId actorNamed(const Actor &actor) const;
    void noteNames(const Actor &actor);
    void noteReused(const QString &uid);
    /// The end of one table's records: what the writer still gathers is written first.
    bool endTable(const char *phase, StorageError *error);
    /// One record done: progress, and a cancel.
    bool step(StorageError *error);
    bool dangling(const QString &what, const QString &uid, StorageError *error);

    Database &m_db;
    const DatasetStore::ImportOptions &m_options;
    const ProgressCallback &m_progress;
    ImportSummary *m_summary;
    ImportPhases m_phases;
    std::unique_ptr<ImportWriter> m_writer;
    KnownUids m_uids;
    StoredIds m_ids;
    QHash<QString, RowId> m_actorsByName; ///< case-folded name or alias -> id
    QHash<QString, RowId> m_tags; ///< name -> id
    qint64 m_done = 0;
    qint64 m_total = 0;
    /// Streamed: forward references wait for end(), where every part is in.
    bool m_streamed = false;
    struct ForwardReferences
    {
        const char *column = nullptr;
        QList<QPair<RowId, RowId>> references; ///< stored id, local id of the target
    };
    QHash<QString, ForwardReferences> m_forward; ///< by table
};

} // namespace Frise::Storage
