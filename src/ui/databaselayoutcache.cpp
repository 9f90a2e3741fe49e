// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselayoutcache.h"

#include "databasesession.h"
#include "graph/graphmodel.h"
#include "storage/layoutpositions.h"

namespace Frise::Ui {

DatabaseLayoutCache::DatabaseLayoutCache(DatabaseSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // A restored or reopened file may hold other positions under the same key.
    connect(session, &DatabaseSession::reset, this, [this] { m_memory.clear(); });
}

DatabaseLayoutCache::~DatabaseLayoutCache() = default;

void DatabaseLayoutCache::followSession()
{
    if (m_memoryPath != m_session->path()) {
        m_memory.clear();
        m_memoryPath = m_session->path();
    }
}

std::optional<Graph::CachedLayout> DatabaseLayoutCache::load(const QString &key)
{
    followSession();
    if (std::optional<Graph::CachedLayout> kept = m_memory.load(key))
        return kept;
    Storage::Database *db = m_session->database();
    if (!db)
        return std::nullopt;
    Storage::StorageError error;
    const QList<Storage::LayoutPosition> stored = Storage::LayoutPositions(*db).load(key, &error);
    if (error || stored.isEmpty())
        return std::nullopt;
    Graph::CachedLayout layout;
    for (const Storage::LayoutPosition &position : stored) {
        const QString nodeKey = Graph::GraphModel::actorKey(position.actorId);
        layout.positions.insert(nodeKey, QPointF(position.x, position.y));
        if (position.pinned)
            layout.pinned.insert(nodeKey);
    }
    return layout;
}

bool DatabaseLayoutCache::save(const QString &key, const Graph::CachedLayout &layout)
{
    followSession();
    Storage::Database *db = m_session->database();
    if (db && !db->isReadOnly()) {
        QList<Storage::LayoutPosition> positions;
        positions.reserve(layout.positions.size());
        for (auto it = layout.positions.cbegin(); it != layout.positions.cend(); ++it) {
            // Actor nodes are "a<id>"; dispute hubs ("d<id>") are placed again from their parties.
            if (!it.key().startsWith(u'a'))
                continue;
            bool ok = false;
            const RowId id = it.key().mid(1).toLongLong(&ok);
            if (ok)
                positions.append({id, it.value().x(), it.value().y(), layout.pinned.contains(it.key())});
        }
        Storage::StorageError error;
        if (Storage::LayoutPositions(*db).save(key, positions, true, &error)) {
            m_memory.clear();
            return true;
        }
        // Carry on in memory: the positions are a convenience, not the user's data.
    }
    return m_memory.save(key, layout);
}

void DatabaseLayoutCache::clear()
{
    m_memory.clear();
    if (Storage::Database *db = m_session->database(); db && !db->isReadOnly()) {
        Storage::StorageError error;
        Storage::LayoutPositions(*db).clear(&error);
    }
}

} // namespace Frise::Ui
