// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresbulkwriter_p.h"

#include "database.h"
#include "recordcolumns_p.h"

#include <QSet>

#include <algorithm>

namespace Frise::Storage {

namespace {

constexpr qint64 idBlock = 10000;
constexpr qsizetype lookupChunk = 10000;

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

template<typename Record>
QStringList uidsOf(const QList<Record> &records)
{
    QStringList uids;
    uids.reserve(records.size());
    for (const Record &record : records) {
        if (!record.uid.isEmpty())
            uids.append(record.uid);
    }
    return uids;
}

} // namespace

bool PostgresBulkWriter::begin(const Dataset &dataset, const ImportCounts &, KnownUids *uids, StorageError *error)
{
    return readKnownUids(dataset, uids, error);
}

// Every table's uids are looked up in memory: among this import's rows, and
// the rows already there with a uid of the dataset (one query per few
// thousand uids).
bool PostgresBulkWriter::readKnownUids(const Dataset &dataset, KnownUids *uids, StorageError *error)
{
    const QList<std::pair<const char *, QStringList>> tables = {{"actor", uidsOf(dataset.actors)},
        {"source", uidsOf(dataset.sources)}, {"dispute", uidsOf(dataset.disputes)}, {"event", uidsOf(dataset.events)},
        {"claim", uidsOf(dataset.claims)}, {"relation", uidsOf(dataset.relations)}, {"era", uidsOf(dataset.eras)},
        {"status_change", uidsOf(dataset.statusChanges)}};
    for (const auto &[table, wanted] : tables) {
        QHash<QString, RowId> &known = uids->track(s(table));
        QSqlQuery query;
        if (!m_db.prepare(query,
                QStringLiteral("SELECT uid, id FROM %1 WHERE uid = ANY(CAST(? AS text[]))").arg(s(table)), error))
            return false;
        for (qsizetype first = 0; first < wanted.size(); first += lookupChunk) {
            query.bindValue(0, PostgresBatch::arrayLiteral(wanted.mid(first, lookupChunk)));
            if (!m_db.exec(query, error))
                return false;
            while (query.next())
                known.insert(query.value(0).toString(), query.value(1).toLongLong());
        }
    }
    return true;
}

bool PostgresBulkWriter::insert(NewRecord record, qint64 upcoming, StorageError *error)
{
    return std::visit(
        [&](auto *row) {
            using Traits = TraitsOf<std::remove_pointer_t<decltype(row)>>;
            return quickColumnsMatch<Traits>() ? queue(*row, upcoming, error)
                                               : PostgresRowWriter::insert(row, upcoming, error);
        },
        record);
}

template<typename Record>
bool PostgresBulkWriter::queue(Record &record, qint64 upcoming, StorageError *error)
{
    using Traits = TraitsOf<Record>;
    const QString table = Traits::entity();
    PostgresBatch *rows = m_batchByTable.value(table);
    if (!rows && !(rows = batch(table, QStringList {s("id"), s("uid"), s("version")} + Traits::columns(), error)))
        return false;
    if (!record.id && !reserveId(table, upcoming, &record.id, error))
        return false;
    rows->bind(1, record.id);
    bindQuickly(*rows, 2, record);
    rows->endRow();
    return !rows->isFull() || flush(error);
}

// A new id from @p table's identity sequence, reserved in blocks of at most
// what is left of the table's records (no gaps in the usual case).
bool PostgresBulkWriter::reserveId(const QString &table, qint64 upcoming, RowId *id, StorageError *error)
{
    IdBlock &block = m_idBlocks[table];
    if (block.next == block.ids.size()) {
        QSqlQuery query;
        if (!m_db.prepare(query,
                QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                    .arg(table),
                error))
            return false;
        query.bindValue(0, std::clamp<qint64>(upcoming, 1, idBlock));
        if (!m_db.exec(query, error))
            return false;
        block.ids.clear();
        block.next = 0;
        while (query.next())
            block.ids.append(query.value(0).toLongLong());
        if (block.ids.isEmpty()) {
            *error = {StorageError::Code::Other, ImportMessages::noIds(table)};
            return false;
        }
    }
    *id = block.ids.at(block.next++);
    return true;
}

PostgresBatch *PostgresBulkWriter::batch(const QString &table, const QStringList &columns, StorageError *error)
{
    auto created = std::make_unique<PostgresBatch>(m_db, table, columns);
    if (!created->prepare(error))
        return nullptr;
    PostgresBatch *batch = created.get();
    m_batches.push_back(std::move(created));
    m_batchByTable.insert(table, batch);
    return batch;
}

bool PostgresBulkWriter::insertLinks(const LinkRows &links, StorageError *error)
{
    if (links.size() == 0)
        return true;
    m_linkTables.insert(links.table);
    PostgresBatch *rows = m_batchByTable.value(links.table);
    if (!rows && !(rows = batch(links.table, links.columns(), error)))
        return false;
    // The owner is a new row: the only possible duplicates are in its own
    // list, where the first one wins (as it does on the record-by-record
    // path), so the statement needs no conflict handling.
    QSet<QString> seen;
    for (qsizetype i = 0; i < links.size(); ++i) {
        QString key = QString::number(links.other(i));
        if (links.hasRoles())
            key += u'|' + nonNull(links.actors.at(i).role);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        links.bindRow(*rows, i);
        rows->endRow();
    }
    return true;
}

// All in one statement once the rows are written.
bool PostgresBulkWriter::setReferences(
    const QString &table, const QString &column, const QList<QPair<RowId, RowId>> &values, StorageError *error)
{
    if (!flush(error))
        return false;
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

// Records first (in the order their tables were met), then links, which refer to them.
bool PostgresBulkWriter::flush(StorageError *error)
{
    for (const bool links : {false, true}) {
        for (const auto &batch : m_batches) {
            if (m_linkTables.contains(batch->table()) == links && !batch->flush(error))
                return false;
        }
    }
    return true;
}

bool PostgresBulkWriter::finish(StorageError *error)
{
    // Fresh statistics for the planner (the full-text columns' word
    // frequencies among them, which decide how a search is run), which would
    // otherwise see the tables as they were until autovacuum comes by.
    // ANALYZE sees this transaction's rows and, unlike the DDL it replaces,
    // does not keep other clients from reading; tables the role does not own
    // are skipped with a warning.
    if (!m_db.exec(s("ANALYZE actor, source, dispute, dispute_party, event, event_dispute, event_actor, "
                     "event_tag, event_source, claim, claim_evidence, relation, relation_source"),
            error))
        return false;
    m_phases.done("analyze");
    return PostgresRowWriter::finish(error);
}

} // namespace Frise::Storage
