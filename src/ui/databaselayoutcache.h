// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graph/layoutcache.h"

#include <QObject>

namespace Frise::Ui {

class DatabaseSession;

/**
 * The graph's LayoutCache kept in the open database (Storage::LayoutPositions),
 * so that a laid-out graph reopens at once, pinned nodes where they were.
 *
 * Only actor nodes are stored (the table is keyed by actor); GraphView puts
 * dispute hubs back between their parties. One layout is kept per database:
 * saving one drops the others, whose keys no longer match the graph. When
 * the database cannot be written (read-only, or no database), layouts are
 * kept in memory for the session instead.
 */
class DatabaseLayoutCache final : public QObject, public Graph::LayoutCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLayoutCache)

public:
    explicit DatabaseLayoutCache(DatabaseSession *session, QObject *parent = nullptr);
    ~DatabaseLayoutCache() override;

    std::optional<Graph::CachedLayout> load(const QString &key) override;
    bool save(const QString &key, const Graph::CachedLayout &layout) override;
    void clear() override;

private:
    /// Forgets the in-memory layouts when the session now shows another database.
    void followSession();

    DatabaseSession *m_session = nullptr;
    Graph::MemoryLayoutCache m_memory;
    QString m_memoryPath; ///< the database the in-memory layouts belong to
};

} // namespace Frise::Ui
