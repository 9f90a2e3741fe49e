// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwriter_p.h"
#include "rawstatement_p.h"
#include "recordcolumns_p.h"

#include <memory>
#include <vector>

namespace Frise::Storage {

/**
 * Writes an import into SQLite one row at a time through RawStatement
 * (the SQLite C API on Qt's own connection and transaction): QSqlQuery
 * costs about ten times more per row. Statements are prepared once per
 * table. Uids of tables empty at the start are looked up in memory.
 */
class SqliteRowWriter : public ImportWriter
{
public:
    using ImportWriter::ImportWriter;

    bool begin(const Dataset &dataset, const ImportCounts &counts, KnownUids *uids, StorageError *error) override;
    RowId findUid(const QString &table, const QString &uid, StorageError *error) override;
    bool insert(NewRecord record, qint64 upcoming, StorageError *error) override;
    bool insertLinks(const LinkRows &links, StorageError *error) override;

private:
    template<typename Record>
    bool insertRecord(Record &record, StorageError *error);
    /// Prepares @p sql and keeps it under @p key.
    RawStatement *prepare(const QString &key, const QString &sql, StorageError *error);
    bool fail(const RawStatement &raw, const QString &what, StorageError *error);

    QHash<QString, RawStatement *> m_raw;
    std::vector<std::unique_ptr<RawStatement>> m_statements;
    NamedInserts m_named;
};

} // namespace Frise::Storage
