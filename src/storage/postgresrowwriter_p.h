// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importwriter_p.h"
#include "recordcolumns_p.h"

namespace Frise::Storage {

/**
 * Writes an import into PostgreSQL one row per statement, through Qt's
 * driver (each INSERT returns the new id). Small imports take this path,
 * and every import asked not to go in bulk.
 */
class PostgresRowWriter : public ImportWriter
{
public:
    /// @p keepIds: rows come with their own ids (a copy), which new rows must not collide with.
    PostgresRowWriter(Database &db, ImportPhases &phases, bool keepIds)
        : ImportWriter(db, phases)
        , m_keepIds(keepIds)
    { }

    bool begin(const Dataset &, const ImportCounts &, KnownUids *, StorageError *) override { return true; }
    RowId findUid(const QString &table, const QString &uid, StorageError *error) override;
    bool insert(NewRecord record, qint64 upcoming, StorageError *error) override;
    bool insertLinks(const LinkRows &links, StorageError *error) override;
    bool finish(StorageError *error) override;

private:
    template<typename Record>
    bool insertRecord(Record &record, StorageError *error);

    bool m_keepIds = false;
    NamedInserts m_named {QStringLiteral(" RETURNING id")};
    QHash<QString, QSqlQuery> m_linkInserts;
    QHash<QString, QSqlQuery> m_lookups;
};

} // namespace Frise::Storage
