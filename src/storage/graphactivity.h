// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "storageerror.h"

#include <QHash>

namespace Frise::Storage {

class Database;

/// How much one actor or dispute takes part in events: what sizes and dates its graph node.
struct EventActivity
{
    int events = 0; ///< distinct events naming it
    qint64 firstMinute = 0; ///< earliest minute of those events (valid when events > 0)

    friend bool operator==(const EventActivity &, const EventActivity &) = default;
};

/**
 * Per-actor and per-dispute event counts and first dates, aggregated by the
 * database: the graph of a database too big to list its events (a million)
 * still sizes and dates its nodes by them. One grouped query each, on the
 * link tables' indexes; run it off the UI thread on big databases.
 * Works on SQLite and PostgreSQL.
 */
class GraphActivity final
{
public:
    explicit GraphActivity(Database &db);

    /// By actor id, for actors named by at least one event.
    QHash<RowId, EventActivity> actors(StorageError *error) const;
    /// By dispute id, for disputes with at least one event.
    QHash<RowId, EventActivity> disputes(StorageError *error) const;

private:
    QHash<RowId, EventActivity> grouped(const QString &sql, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
