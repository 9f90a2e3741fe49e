// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutcache.h"

namespace Frise::Graph {

LayoutCache::~LayoutCache() = default;

std::optional<CachedLayout> MemoryLayoutCache::load(const QString &key)
{
    const auto it = m_layouts.constFind(key);
    if (it == m_layouts.cend())
        return std::nullopt;
    return *it;
}

bool MemoryLayoutCache::save(const QString &key, const CachedLayout &layout)
{
    m_layouts.insert(key, layout);
    return true;
}

} // namespace Frise::Graph
