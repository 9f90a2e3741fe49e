// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresrowwriter_p.h"

#include "database.h"
#include "recordcolumns_p.h"

namespace Frise::Storage {

RowId PostgresRowWriter::findUid(const QString &table, const QString &uid, StorageError *error)
{
    QSqlQuery &query = m_lookups[table];
    if (query.lastQuery().isEmpty()
        && !m_db.prepare(query, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), error))
        return -1;
    query.bindValue(0, uid);
    if (!m_db.exec(query, error))
        return -1;
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool PostgresRowWriter::insert(NewRecord record, qint64, StorageError *error)
{
    return std::visit([&](auto *row) { return insertRecord(*row, error); }, record);
}

template<typename Record>
bool PostgresRowWriter::insertRecord(Record &record, StorageError *error)
{
    QSqlQuery *query = m_named.bind(m_db, record, error);
    if (!query)
        return false;
    if (!query->exec() || !query->next()) {
        const StorageError failure = m_db.errorFrom(*query);
        *error = {failure.code, ImportMessages::invalidRecord(TraitsOf<Record>::entity(), record.uid, failure.message)};
        return false;
    }
    record.id = query->value(0).toLongLong();
    return true;
}

bool PostgresRowWriter::insertLinks(const LinkRows &links, StorageError *error)
{
    if (links.size() == 0)
        return true;
    QSqlQuery &query = m_linkInserts[links.table];
    if (query.lastQuery().isEmpty()) {
        const QStringList columns = links.columns();
        if (!m_db.prepare(query,
                m_db.insertIgnoringDuplicates(links.table, columns.join(QStringLiteral(", ")),
                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", "))),
                error))
            return false;
    }
    QueryBinder binder(query);
    for (qsizetype i = 0; i < links.size(); ++i) {
        links.bindRow(binder, i);
        if (!m_db.exec(query, error))
            return false;
    }
    return true;
}

bool PostgresRowWriter::finish(StorageError *error)
{
    if (!m_keepIds)
        return true;
    // Rows came with their ids: new rows must not collide with them.
    for (const char *table : {"actor", "source", "dispute", "event", "claim", "relation", "era", "status_change"}) {
        if (!m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                      "coalesce((SELECT max(id) FROM %1), 0) + 1, false)")
                           .arg(QLatin1String(table)),
                error))
            return false;
    }
    return true;
}

} // namespace Frise::Storage
