// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditentry.h"
#include "storageerror.h"

#include <QList>
#include <QMap>

namespace Frise::Storage {

class Database;

/**
 * The audit table: every change, who made it, when, old and new values.
 * Repositories write it inside the same transaction as the change itself.
 */
class AuditLog final
{
public:
    explicit AuditLog(Database &db);

    /// One "insert" or "delete" row with the whole record (as JSON), or one
    /// "update" row per changed field.
    bool recordInsert(
        const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &fields, StorageError *error);
    bool recordDelete(
        const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &fields, StorageError *error);
    bool recordUpdate(const QString &entity, RowId id, const QString &uid, const QMap<QString, QString> &before,
        const QMap<QString, QString> &after, StorageError *error);
    /// A free-form entry (imports, restores): field and values as given.
    bool record(const AuditEntry &entry, StorageError *error);

    /// Entries for one record (or all when @p entity is empty), oldest first.
    QList<AuditEntry> entries(const QString &entity, RowId id, StorageError *error) const;

private:
    Database &m_db;
};

} // namespace Frise::Storage
