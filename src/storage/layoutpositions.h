// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "storageerror.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Frise::Storage {

class Database;

/// Where one actor's node was drawn in a saved graph layout.
struct LayoutPosition
{
    RowId actorId = 0;
    double x = 0; ///< points, y growing downwards
    double y = 0;
    bool pinned = false; ///< the user dropped it there

    friend bool operator==(const LayoutPosition &, const LayoutPosition &) = default;
};

/**
 * Graph layouts saved in the database (the `layout_position` table), so
 * that a graph reopens where it was drawn without running Graphviz again.
 * A layout is named by a key the graph layer computes; storage does not
 * interpret it. Positions of deleted actors go with them (ON DELETE CASCADE).
 *
 * The positions are a cache, not the user's data: writing them does not
 * touch the audit log. Works on SQLite and PostgreSQL.
 */
class LayoutPositions final
{
public:
    explicit LayoutPositions(Database &db);

    /// The positions saved under @p key, by actor id; empty when none.
    QList<LayoutPosition> load(const QString &key, StorageError *error) const;

    /**
     * Replaces the positions saved under @p key by @p positions, in one
     * transaction. Positions of actors that no longer exist are skipped.
     * With @p dropOthers, every other layout is deleted in the same
     * transaction (a graph whose key changed has no use for the old one).
     */
    bool save(const QString &key, const QList<LayoutPosition> &positions, bool dropOthers, StorageError *error);

    /// Deletes the layout saved under @p key.
    bool remove(const QString &key, StorageError *error);
    /// Deletes every saved layout.
    bool clear(StorageError *error);
    /// The keys of the saved layouts, sorted.
    QStringList keys(StorageError *error) const;

private:
    Database &m_db;
};

} // namespace Frise::Storage
