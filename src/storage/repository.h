// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "storageerror.h"

#include <QHash>
#include <QList>
#include <QVariantMap>

#include <optional>

class QSqlQuery;

namespace Frise::Storage {

class Database;

/**
 * Create/read/update/delete for one aggregate (an Event with its links, a
 * Claim with its evidence...), described by a Traits class (see
 * repositories.h). Every write is one transaction with its audit rows;
 * update() refuses a record whose version changed since it was read.
 */
template<typename Traits>
class Repository final
{
public:
    using Record = typename Traits::Record;

    explicit Repository(Database &db)
        : m_db(db)
    { }

    std::optional<Record> find(RowId id, StorageError *error) const;
    /// All records, ordered by id (links loaded in bulk, not one query each).
    QList<Record> all(StorageError *error) const;
    /// Stores a new record; fills id (kept when non-zero and free: undo of a
    /// delete brings the same row back), uid (generated when empty) and version.
    bool insert(Record &record, StorageError *error);
    /// Saves changes; fails with Conflict when the stored version is not
    /// record.version, and bumps record.version on success.
    bool update(Record &record, StorageError *error);
    /**
     * Deletes the record (links cascade) if it is still at @p expectedVersion,
     * the version the user saw; Conflict (nothing deleted) when someone else
     * changed it since, NotFound when it is gone. The check and the delete are
     * one statement, so of two overlapping transactions only one can pass.
     */
    bool remove(RowId id, int expectedVersion, StorageError *error);
    /// Deletes whatever version is stored: for maintenance and tests only, never
    /// for a user's delete (that would erase a colleague's newer edit unseen).
    bool removeAnyVersion(RowId id, StorageError *error);
    /// Number of records.
    qint64 count(StorageError *error) const;

private:
    bool removeChecked(RowId id, std::optional<int> expectedVersion, StorageError *error);

    Database &m_db;
};

/// Runs @p sql (which selects the owner id first, then the link's columns)
/// and hands each row to @p onRow, for one owner or (owner == 0) all.
bool forEachLinkRow(Database &db, const QString &sql, const QString &ownerColumn, RowId owner,
    const std::function<void(RowId, const QSqlQuery &)> &onRow, StorageError *error);
/// Replaces the rows of a link table for @p owner with @p others (in order).
bool replaceLinks(Database &db, const QString &table, const QString &ownerColumn, RowId owner,
    const QString &otherColumn, const QList<RowId> &others, StorageError *error);
/// A fresh uid such as "event-3f2a9c1b".
QString generateUid(const QString &prefix);

} // namespace Frise::Storage
