// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterowwriter_p.h"

#include "database.h"
#include "recordcolumns_p.h"

namespace Frise::Storage {

bool SqliteRowWriter::begin(const Dataset &, const ImportCounts &counts, KnownUids *uids, StorageError *error)
{
    const std::pair<const char *, qint64> tables[] = {{"actor", counts.actors}, {"source", counts.sources},
        {"dispute", counts.disputes}, {"event", counts.events}, {"claim", counts.claims},
        {"relation", counts.relations}, {"era", counts.eras}, {"status_change", counts.statusChanges}};
    for (const auto &[name, records] : tables) {
        const QString table = QString::fromLatin1(name);
        QSqlQuery query;
        if (!m_db.prepare(query, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table), error)
            || !m_db.exec(query, error) || !query.next())
            return false;
        if (!query.value(0).toBool())
            uids->trackEmpty(table, records);
    }
    return true;
}

RowId SqliteRowWriter::findUid(const QString &table, const QString &uid, StorageError *error)
{
    const QString key = table + QStringLiteral("#uid");
    RawStatement *raw = m_raw.value(key);
    if (!raw && !(raw = prepare(key, QStringLiteral("SELECT id FROM %1 WHERE uid = ?").arg(table), error)))
        return -1;
    raw->bind(1, uid);
    qint64 id = 0;
    if (!raw->runForId(&id)) {
        fail(*raw, table, error);
        return -1;
    }
    return id;
}

bool SqliteRowWriter::insert(NewRecord record, qint64, StorageError *error)
{
    return std::visit([&](auto *row) { return insertRecord(*row, error); }, record);
}

template<typename Record>
bool SqliteRowWriter::insertRecord(Record &record, StorageError *error)
{
    using Traits = TraitsOf<Record>;
    const QString table = Traits::entity();
    RawStatement *raw = nullptr;
    if (!record.id && quickColumnsMatch<Traits>()) {
        raw = m_raw.value(table);
        if (!raw && !(raw = prepare(table, insertByName(table, Traits::columns(), false), error)))
            return false;
        bindQuickly(*raw, 1, record);
    } else {
        // Kept ids, or columns the quick binding does not know: bound by
        // name, then copied to a raw statement of the same SQL.
        const QSqlQuery *named = m_named.bind(m_db, record, error);
        if (!named)
            return false;
        const QString sql = named->lastQuery();
        raw = m_raw.value(sql);
        if (!raw && !(raw = prepare(sql, sql, error)))
            return false;
        const QVariantList values = named->boundValues();
        for (qsizetype i = 0; i < values.size(); ++i)
            raw->bind(int(i + 1), values.at(i));
    }
    if (!raw->run()) {
        *error = {StorageError::Code::Invalid, ImportMessages::invalidRecord(table, record.uid, raw->errorMessage())};
        return false;
    }
    record.id = raw->lastInsertRowId();
    return true;
}

bool SqliteRowWriter::insertLinks(const LinkRows &links, StorageError *error)
{
    if (links.size() == 0)
        return true;
    RawStatement *raw = m_raw.value(links.table);
    if (!raw) {
        const QStringList columns = links.columns();
        const QString sql = QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                .arg(links.table, columns.join(QStringLiteral(", ")),
                                    QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        if (!(raw = prepare(links.table, sql, error)))
            return false;
    }
    for (qsizetype i = 0; i < links.size(); ++i) {
        links.bindRow(*raw, i);
        if (!raw->run())
            return fail(*raw, links.table, error);
    }
    return true;
}

RawStatement *SqliteRowWriter::prepare(const QString &key, const QString &sql, StorageError *error)
{
    sqlite3 *handle = RawStatement::handleOf(m_db.connection());
    auto statement = std::make_unique<RawStatement>();
    if (!handle || !statement->prepare(handle, sql)) {
        *error = {
            StorageError::Code::Other, handle ? statement->errorMessage() : QStringLiteral("not a SQLite connection")};
        return nullptr;
    }
    RawStatement *raw = statement.get();
    m_statements.push_back(std::move(statement));
    m_raw.insert(key, raw);
    return raw;
}

bool SqliteRowWriter::fail(const RawStatement &raw, const QString &what, StorageError *error)
{
    const int code = raw.errorCode() & 0xff;
    *error = {code == SQLITE_FULL ? StorageError::Code::DiskFull : StorageError::Code::Invalid,
        ImportMessages::invalidRecord(what, QString(), raw.errorMessage())};
    return false;
}

} // namespace Frise::Storage
