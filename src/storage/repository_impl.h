// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Definitions of Repository<Traits>; included only by repositories.cpp, which
// instantiates them for every aggregate.

#include "auditlog.h"
#include "columns_p.h"
#include "database.h"
#include "repository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <type_traits>

namespace Frise::Storage {

class RepositoryMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Storage::Repository)
public:
    static QString notFound(const QString &entity, RowId id)
    {
        return tr("The %1 #%2 no longer exists; someone may have deleted it.").arg(entity).arg(id);
    }
    static QString conflict(const QString &entity, RowId id)
    {
        return tr("The %1 #%2 was changed by someone else since you opened it; your change was not saved.")
            .arg(entity)
            .arg(id);
    }
    static QString deleteConflict(const QString &entity, RowId id)
    {
        return tr("The %1 #%2 was changed by someone else since you saw it; it was not deleted.").arg(entity).arg(id);
    }
};

/// Where records are read from: sources may come through the view that hides confidential identities.
template<typename Traits>
QString readTable(const Database &db)
{
    if constexpr (std::is_same_v<typename Traits::Record, Source>)
        return db.sourceTable();
    else
        return Traits::entity();
}

template<typename Traits>
std::optional<typename Traits::Record> Repository<Traits>::find(RowId id, StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(readTable<Traits>(m_db)), error))
        return std::nullopt;
    query.addBindValue(id);
    if (!m_db.exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        *error = {StorageError::Code::NotFound, RepositoryMessages::notFound(Traits::entity(), id)};
        return std::nullopt;
    }
    Record record = Traits::read(RowReader(query));
    QHash<RowId, Record *> byId {{record.id, &record}};
    if (!Traits::loadLinks(m_db, byId, record.id, error))
        return std::nullopt;
    return record;
}

template<typename Traits>
QList<typename Traits::Record> Repository<Traits>::all(StorageError *error) const
{
    QList<Record> records;
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(readTable<Traits>(m_db)), error))
        return records;
    query.setForwardOnly(true);
    if (!m_db.exec(query, error))
        return records;
    const RowReader row(query);
    while (query.next())
        records.append(Traits::read(row));
    QHash<RowId, Record *> byId;
    byId.reserve(records.size());
    for (Record &record : records)
        byId.insert(record.id, &record);
    if (!Traits::loadLinks(m_db, byId, 0, error))
        return {};
    return records;
}

template<typename Traits>
bool Repository<Traits>::insert(Record &record, StorageError *error)
{
    if (!Traits::validate(record, error))
        return false;
    Record stored = record;
    if (stored.uid.isEmpty())
        stored.uid = generateUid(Traits::entity());
    stored.version = 1;
    const bool ok = m_db.write(
        [&](StorageError *e) {
            const QStringList columns = Traits::columns();
            QString names = QStringLiteral("uid, version");
            QString values = QStringLiteral(":uid, :version");
            if (stored.id) {
                names += QStringLiteral(", id");
                values += QStringLiteral(", :id");
            }
            for (const QString &column : columns) {
                names += QStringLiteral(", ") + column;
                values += QStringLiteral(", :") + column;
            }
            QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(Traits::entity(), names, values);
            if (m_db.isPostgres())
                sql += QStringLiteral(" RETURNING id");
            QSqlQuery query;
            if (!m_db.prepare(query, sql, e))
                return false;
            query.bindValue(QStringLiteral(":uid"), stored.uid);
            query.bindValue(QStringLiteral(":version"), stored.version);
            if (stored.id)
                query.bindValue(QStringLiteral(":id"), stored.id);
            Traits::bind(query, stored);
            if (!m_db.exec(query, e))
                return false;
            if (m_db.isPostgres()) {
                const bool explicitId = stored.id != 0;
                if (!query.next()) {
                    *e = m_db.errorFrom(query);
                    return false;
                }
                stored.id = query.value(0).toLongLong();
                // A row brought back with its old id: later rows must not collide with it.
                if (explicitId
                    && !m_db.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                                 "(SELECT max(id) FROM %1))")
                                      .arg(Traits::entity()),
                        e))
                    return false;
            } else {
                stored.id = query.lastInsertId().toLongLong();
            }
            if (!Traits::saveLinks(m_db, stored, e))
                return false;
            if (!m_db.notifyChange(Traits::entity(), stored.id, e))
                return false;
            return AuditLog(m_db).recordInsert(Traits::entity(), stored.id, stored.uid, Traits::fields(stored), e);
        },
        error);
    if (ok)
        record = stored;
    return ok;
}

template<typename Traits>
bool Repository<Traits>::update(Record &record, StorageError *error)
{
    if (!Traits::validate(record, error))
        return false;
    const bool ok = m_db.write(
        [&](StorageError *e) {
            const std::optional<Record> before = find(record.id, e);
            if (!before)
                return false;
            if (before->version != record.version) {
                *e = {StorageError::Code::Conflict, RepositoryMessages::conflict(Traits::entity(), record.id)};
                return false;
            }
            QString assignments = QStringLiteral("uid = :uid, version = version + 1");
            for (const QString &column : Traits::columns())
                assignments += QStringLiteral(", %1 = :%1").arg(column);
            QSqlQuery query;
            if (!m_db.prepare(query,
                    QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND version = :expected")
                        .arg(Traits::entity(), assignments),
                    e))
                return false;
            query.bindValue(QStringLiteral(":uid"), record.uid);
            query.bindValue(QStringLiteral(":id"), record.id);
            query.bindValue(QStringLiteral(":expected"), record.version);
            Traits::bind(query, record);
            if (!m_db.exec(query, e))
                return false;
            if (query.numRowsAffected() != 1) {
                *e = {StorageError::Code::Conflict, RepositoryMessages::conflict(Traits::entity(), record.id)};
                return false;
            }
            if (!Traits::saveLinks(m_db, record, e))
                return false;
            if (!m_db.notifyChange(Traits::entity(), record.id, e))
                return false;
            return AuditLog(m_db).recordUpdate(
                Traits::entity(), record.id, record.uid, Traits::fields(*before), Traits::fields(record), e);
        },
        error);
    if (ok)
        ++record.version;
    return ok;
}

template<typename Traits>
bool Repository<Traits>::remove(RowId id, int expectedVersion, StorageError *error)
{
    return removeChecked(id, expectedVersion, error);
}

template<typename Traits>
bool Repository<Traits>::removeAnyVersion(RowId id, StorageError *error)
{
    return removeChecked(id, std::nullopt, error);
}

template<typename Traits>
bool Repository<Traits>::removeChecked(RowId id, std::optional<int> expectedVersion, StorageError *error)
{
    return m_db.write(
        [&](StorageError *e) {
            const std::optional<Record> before = find(id, e);
            if (!before)
                return false;
            if (expectedVersion && before->version != *expectedVersion) {
                *e = {StorageError::Code::Conflict, RepositoryMessages::deleteConflict(Traits::entity(), id)};
                return false;
            }
            // The version is checked again by the DELETE itself: on PostgreSQL a
            // concurrent update commits between find() and here, and the row the
            // DELETE then sees no longer matches (READ COMMITTED re-checks WHERE).
            QSqlQuery query;
            if (!m_db.prepare(query,
                    QStringLiteral("DELETE FROM %1 WHERE id = :id AND version = :expected").arg(Traits::entity()), e))
                return false;
            query.bindValue(QStringLiteral(":id"), id);
            query.bindValue(QStringLiteral(":expected"), before->version);
            if (!m_db.exec(query, e))
                return false;
            if (query.numRowsAffected() != 1) {
                *e = {StorageError::Code::Conflict, RepositoryMessages::deleteConflict(Traits::entity(), id)};
                return false;
            }
            if (!m_db.notifyChange(Traits::entity(), id, e))
                return false;
            return AuditLog(m_db).recordDelete(Traits::entity(), id, before->uid, Traits::fields(*before), e);
        },
        error);
}

template<typename Traits>
qint64 Repository<Traits>::count(StorageError *error) const
{
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT count(*) FROM %1").arg(Traits::entity()), error)
        || !m_db.exec(query, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace Frise::Storage
