// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "graphlayout.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace Frise::Graph {

/// Positions saved for one layout key (GraphLayout::layoutKey()).
struct CachedLayout
{
    Positions positions; ///< every node the layout placed, by GraphNode::key
    QSet<QString> pinned; ///< keys the user dragged and pinned

    friend bool operator==(const CachedLayout &, const CachedLayout &) = default;
};

/**
 * Where laid-out positions are kept so that reopening a graph is instant.
 * Storage implements it on the database; MemoryLayoutCache serves tests and
 * sessions without one. Implementations are called from the UI thread.
 */
class LayoutCache
{
public:
    virtual ~LayoutCache();

    /// The layout saved under @p key, or nothing.
    virtual std::optional<CachedLayout> load(const QString &key) = 0;
    /// Saves (replaces) the layout under @p key; false on failure (the cache is an optimisation: callers carry on).
    virtual bool save(const QString &key, const CachedLayout &layout) = 0;
    /// Forgets every saved layout.
    virtual void clear() = 0;
};

/// A LayoutCache in memory, for tests and for sessions without a database.
class MemoryLayoutCache final : public LayoutCache
{
public:
    std::optional<CachedLayout> load(const QString &key) override;
    bool save(const QString &key, const CachedLayout &layout) override;
    void clear() override { m_layouts.clear(); }
    int size() const { return int(m_layouts.size()); }

private:
    QHash<QString, CachedLayout> m_layouts;
};

} // namespace Frise::Graph
