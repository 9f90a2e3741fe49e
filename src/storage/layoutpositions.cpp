// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutpositions.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariant>

namespace Frise::Storage {

LayoutPositions::LayoutPositions(Database &db)
    : m_db(db)
{ }

QList<LayoutPosition> LayoutPositions::load(const QString &key, StorageError *error) const
{
    QList<LayoutPosition> positions;
    QSqlQuery query;
    if (!m_db.prepare(query,
            QStringLiteral("SELECT actor_id, x, y, pinned FROM layout_position WHERE layout = ? ORDER BY actor_id"),
            error))
        return positions;
    query.addBindValue(key);
    if (!m_db.exec(query, error))
        return positions;
    while (query.next())
        positions.append({query.value(0).toLongLong(), query.value(1).toDouble(), query.value(2).toDouble(),
            query.value(3).toInt() != 0});
    return positions;
}

bool LayoutPositions::save(
    const QString &key, const QList<LayoutPosition> &positions, bool dropOthers, StorageError *error)
{
    return m_db.write(
        [&](StorageError *writeError) {
            QSqlQuery remove;
            if (!m_db.prepare(remove,
                    dropOthers ? QStringLiteral("DELETE FROM layout_position")
                               : QStringLiteral("DELETE FROM layout_position WHERE layout = ?"),
                    writeError))
                return false;
            if (!dropOthers)
                remove.addBindValue(key);
            if (!m_db.exec(remove, writeError))
                return false;
            // The actor may have been deleted since the layout ran: skip it
            // rather than fail on the foreign key. The casts give PostgreSQL
            // the types it cannot infer for parameters in a select list.
            QSqlQuery insert;
            if (!m_db.prepare(insert,
                    QStringLiteral("INSERT INTO layout_position (layout, actor_id, x, y, pinned) "
                                   "SELECT CAST(? AS TEXT), id, CAST(? AS DOUBLE PRECISION), "
                                   "CAST(? AS DOUBLE PRECISION), CAST(? AS INTEGER) FROM actor WHERE id = ?"),
                    writeError))
                return false;
            for (const LayoutPosition &position : positions) {
                insert.bindValue(0, key);
                insert.bindValue(1, position.x);
                insert.bindValue(2, position.y);
                insert.bindValue(3, position.pinned ? 1 : 0);
                insert.bindValue(4, position.actorId);
                if (!m_db.exec(insert, writeError))
                    return false;
            }
            return true;
        },
        error);
}

bool LayoutPositions::remove(const QString &key, StorageError *error)
{
    return m_db.write(
        [&](StorageError *writeError) {
            QSqlQuery query;
            if (!m_db.prepare(query, QStringLiteral("DELETE FROM layout_position WHERE layout = ?"), writeError))
                return false;
            query.addBindValue(key);
            return m_db.exec(query, writeError);
        },
        error);
}

bool LayoutPositions::clear(StorageError *error)
{
    return m_db.write(
        [&](StorageError *writeError) { return m_db.exec(QStringLiteral("DELETE FROM layout_position"), writeError); },
        error);
}

QStringList LayoutPositions::keys(StorageError *error) const
{
    QStringList keys;
    QSqlQuery query;
    if (!m_db.prepare(query, QStringLiteral("SELECT DISTINCT layout FROM layout_position ORDER BY layout"), error)
        || !m_db.exec(query, error))
        return keys;
    while (query.next())
        keys.append(query.value(0).toString());
    return keys;
}

} // namespace Frise::Storage
