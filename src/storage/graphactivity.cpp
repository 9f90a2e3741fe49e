// SPDX-License-Identifier: GPL-3.0-or-later
#include "graphactivity.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Frise::Storage {

GraphActivity::GraphActivity(Database &db)
    : m_db(db)
{ }

QHash<RowId, EventActivity> GraphActivity::actors(StorageError *error) const
{
    // An actor named twice in one event (two roles) counts it once.
    return grouped(QStringLiteral("SELECT l.actor_id, COUNT(DISTINCT l.event_id), MIN(e.t_min) "
                                  "FROM event_actor l JOIN event e ON e.id = l.event_id GROUP BY l.actor_id"),
        error);
}

QHash<RowId, EventActivity> GraphActivity::disputes(StorageError *error) const
{
    return grouped(QStringLiteral("SELECT l.dispute_id, COUNT(*), MIN(e.t_min) "
                                  "FROM event_dispute l JOIN event e ON e.id = l.event_id GROUP BY l.dispute_id"),
        error);
}

QHash<RowId, EventActivity> GraphActivity::grouped(const QString &sql, StorageError *error) const
{
    QHash<RowId, EventActivity> result;
    QSqlQuery query;
    query.setForwardOnly(true);
    if (!m_db.prepare(query, sql, error) || !m_db.exec(query, error))
        return result;
    while (query.next())
        result.insert(query.value(0).toLongLong(), {query.value(1).toInt(), query.value(2).toLongLong()});
    return result;
}

} // namespace Frise::Storage
