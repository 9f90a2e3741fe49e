// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/timelinerows.h"
#include "timelinedata.h"

#include <QCache>
#include <QPointer>

#include <memory>

namespace Frise::Storage {
class Database;
}

namespace Frise::Timeline {

/**
 * Titles and tooltips of timeline events read from storage when they are
 * drawn or hovered, never all at once: a miss fetches the event and its
 * neighbours in time order (what the timeline draws next to it) in one
 * query, and a bounded cache keeps the last few thousand.
 *
 * Lives on the thread of @p db; returns empty text once the database closed.
 */
class StorageTitleProvider final : public TitleProvider
{
public:
    /// @p data orders the neighbours fetched with a missing title (may be null).
    StorageTitleProvider(Storage::Database *db, std::shared_ptr<const TimelineData> data, qsizetype cacheSize = 20000);

    QString title(RowId id, Language language) const override;
    QString tooltip(RowId id, Language language) const override;
    /// Reads the labels of @p ids not cached yet in one query (a batch per 500), without neighbours.
    void prefetch(std::span<const RowId> ids) const override;

    /// Forgets @p id (its title was edited).
    void invalidate(RowId id);
    /// Labels held now (at most the cache size).
    qsizetype cachedCount() const { return m_cache.size(); }
    /// Events fetched from storage so far, and the queries that fetched them.
    qsizetype fetchedCount() const { return m_fetched; }
    qsizetype queryCount() const { return m_queries; }

    /// Events read around a missing one.
    static constexpr qsizetype neighbourhood = 64;

private:
    const Storage::EventLabel *label(RowId id) const;

    QPointer<Storage::Database> m_db;
    std::shared_ptr<const TimelineData> m_data;
    mutable QCache<RowId, Storage::EventLabel> m_cache;
    mutable qsizetype m_fetched = 0;
    mutable qsizetype m_queries = 0;
};

} // namespace Frise::Timeline
