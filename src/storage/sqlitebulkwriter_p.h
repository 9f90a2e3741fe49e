// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqliterowwriter_p.h"

namespace Frise::Storage {

/**
 * A big import into SQLite: the rows go in as SqliteRowWriter writes them,
 * with the full-text triggers (and, when the import outweighs what is
 * there, the secondary indexes) set aside meanwhile; at the end the new
 * rows are indexed with one set-based statement per index. It all happens
 * in the import's transaction: a failure or a crash leaves the schema as
 * it was. A deferred search index leaves the full-text part to
 * SearchBacklog, which builds it after the commit.
 */
class SqliteBulkWriter final : public SqliteRowWriter
{
public:
    /// @p deferSearch: leave the new rows' full-text indexing to SearchBacklog.
    SqliteBulkWriter(Database &db, ImportPhases &phases, bool deferSearch)
        : SqliteRowWriter(db, phases)
        , m_deferSearch(deferSearch)
    { }
    ~SqliteBulkWriter() override;

    bool begin(const Dataset &dataset, const ImportCounts &counts, KnownUids *uids, StorageError *error) override;
    bool finish(StorageError *error) override;

private:
    bool dropIndexes(StorageError *error);
    bool setFtsHashSize(const QString &table, qint64 bytes, StorageError *error);
    QString ftsColumns(const QString &table, StorageError *error);

    /// New rows of @p table from @p first on: indexed now, or left to SearchBacklog.
    bool indexNewRows(const QString &table, qint64 first, StorageError *error);

    bool m_deferSearch = false;
    qint64 m_cacheSize = 0; ///< the connection's PRAGMA cache_size before the import; 0: unchanged
    qint64 m_records = 0;
    QList<QPair<QString, QString>> m_suspendedTriggers; ///< name, SQL
    QList<QPair<QString, QString>> m_droppedIndexes; ///< name, SQL; the time index last
    QHash<QString, qint64> m_firstNewId; ///< per indexed table: rows from this id on are the import's
};

} // namespace Frise::Storage
