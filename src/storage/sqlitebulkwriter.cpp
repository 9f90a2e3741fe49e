// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebulkwriter_p.h"

#include "database.h"
#include "searchbacklog.h"

#include <algorithm>

namespace Frise::Storage {

namespace {

// Per-row index triggers (full-text) cost most of a big import (measured:
// 9,300 events/s with them, 33,000 without).
constexpr const char *indexedTables[] = {"event", "claim", "actor", "source"};
// FTS5 flushes its in-memory index to a new segment every hashsize bytes
// (1 MiB by default) and merges segments as they pile up; a big buffer
// during the import halves the cost of full-text indexing (measured:
// 2.3 s -> 1.25 s CPU for 200k events). The default comes back before
// commit, so the file keeps its ordinary settings.
constexpr qint64 bulkFtsHashSize = 256 * 1024 * 1024;
constexpr qint64 defaultFtsHashSize = 1024 * 1024;
// Page cache of a big import, in KiB (PRAGMA cache_size takes it negative):
// the uid index and the tables' last pages stay in memory instead of being
// spilled to the write-ahead log and read back. Back to the connection's
// own size when the writer goes.
constexpr qint64 bulkCacheKiB = 256 * 1024;

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

bool isTimeIndex(const QString &name)
{
    return name == QLatin1String("event_window");
}

} // namespace

SqliteBulkWriter::~SqliteBulkWriter()
{
    if (m_cacheSize != 0) {
        StorageError ignored;
        m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize), &ignored);
    }
}

bool SqliteBulkWriter::begin(const Dataset &dataset, const ImportCounts &counts, KnownUids *uids, StorageError *error)
{
    m_records = counts.total();
    QSqlQuery cache;
    if (!m_db.prepare(cache, s("PRAGMA cache_size"), error) || !m_db.exec(cache, error) || !cache.next())
        return false;
    const qint64 current = cache.value(0).toLongLong();
    cache.finish();
    // Positive sizes count pages (of 4 KiB here), negative ones KiB.
    if ((current < 0 ? -current : current * 4) < bulkCacheKiB) {
        if (!m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-bulkCacheKiB), error))
            return false;
        m_cacheSize = current;
    }
    // One backlog at a time: a second one would cover rows indexed since.
    if (m_deferSearch) {
        const bool pending = SearchBacklog(m_db).isPending(error);
        if (error->isError())
            return false;
        m_deferSearch = !pending;
    }
    if (!selectDefinitions(s("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' "
                             "AND name LIKE '%\\_fts\\_insert' ESCAPE '\\'"),
            &m_suspendedTriggers, error))
        return false;
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
    // Secondary indexes are cheaper to build once, sorted, than to grow row
    // by row: worth it when the import is bigger than what is there.
    if (existingRows < m_records && !dropIndexes(error))
        return false;
    for (const char *table : indexedTables) {
        if (!m_deferSearch && !setFtsHashSize(s(table), bulkFtsHashSize, error))
            return false;
    }
    return SqliteRowWriter::begin(dataset, counts, uids, error);
}

// UNIQUE constraints (uid) stay: they detect duplicates.
bool SqliteBulkWriter::dropIndexes(StorageError *error)
{
    QList<QPair<QString, QString>> indexes;
    if (!selectDefinitions(s("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                             "AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN ('actor', 'source', 'dispute', "
                             "'dispute_party', 'event', 'event_dispute', 'event_actor', 'event_tag', "
                             "'event_source', 'claim', 'claim_evidence', 'relation', 'relation_source')"),
            &indexes, error))
        return false;
    for (const auto &index : std::as_const(indexes)) {
        // The time index last, to report its own share.
        if (isTimeIndex(index.first))
            m_droppedIndexes.append(index);
        else
            m_droppedIndexes.prepend(index);
    }
    for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
        if (!m_db.exec(QStringLiteral("DROP INDEX %1").arg(name), error))
            return false;
    }
    return true;
}

bool SqliteBulkWriter::setFtsHashSize(const QString &table, qint64 bytes, StorageError *error)
{
    const QString trigger = table + s("_fts_insert");
    if (std::none_of(m_suspendedTriggers.cbegin(), m_suspendedTriggers.cend(),
            [&](const auto &suspended) { return suspended.first == trigger; }))
        return true;
    if (!m_db.exec(
            QStringLiteral("INSERT INTO %1_fts(%1_fts, rank) VALUES ('hashsize', %2)").arg(table).arg(bytes), error))
        return false;
    // Back at the default: no trace of the setting left in the file.
    return bytes != defaultFtsHashSize
        || m_db.exec(QStringLiteral("DELETE FROM %1_fts_config WHERE k = 'hashsize'").arg(table), error);
}

bool SqliteBulkWriter::finish(StorageError *error)
{
    for (const auto &[name, sql] : std::as_const(m_droppedIndexes)) {
        if (isTimeIndex(name))
            m_phases.done("secondary indexes");
        if (!m_db.exec(sql, error))
            return false;
        if (isTimeIndex(name))
            m_phases.done("time index");
    }
    if (!m_droppedIndexes.isEmpty() && !isTimeIndex(m_droppedIndexes.constLast().first))
        m_phases.done("secondary indexes");
    // The new rows are those above the old maximum id (kept ids, which may
    // fall below, never take this path).
    for (const auto &[name, sql] : std::as_const(m_suspendedTriggers)) {
        const QString table = name.section(u'_', 0, 0);
        if (!indexNewRows(table, m_firstNewId.value(table), error) || !m_db.exec(sql, error))
            return false;
        if (m_deferSearch) {
            QSqlQuery last;
            if (!m_db.prepare(last, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table), error)
                || !m_db.exec(last, error) || !last.next())
                return false;
            if (!SearchBacklog(m_db).defer(table, m_firstNewId.value(table), last.value(0).toLongLong(), error))
                return false;
        }
        if (!m_deferSearch && !setFtsHashSize(table, defaultFtsHashSize, error))
            return false;
        m_phases.done(table + (m_deferSearch ? s(" full-text deferred") : s(" full-text")));
    }
    return true;
}

bool SqliteBulkWriter::indexNewRows(const QString &table, qint64 first, StorageError *error)
{
    if (m_deferSearch)
        return true;
    const QString columns = ftsColumns(table, error);
    if (columns.isEmpty())
        return false;
    const QString statement
        = QStringLiteral("INSERT INTO %1_fts(rowid, %2) SELECT id, %2 FROM %1 WHERE id >= :first").arg(table, columns);
    QSqlQuery query;
    if (!m_db.prepare(query, statement, error))
        return false;
    query.bindValue(s(":first"), first);
    return m_db.exec(query, error);
}

// The indexed columns of TABLE_fts, from the virtual table's own columns.
QString SqliteBulkWriter::ftsColumns(const QString &table, StorageError *error)
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

} // namespace Frise::Storage
