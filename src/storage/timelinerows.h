// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fuzzydate.h"
#include "core/ids.h"
#include "storageerror.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <span>

namespace Frise::Storage {

class Database;

/**
 * One event as the timeline draws it: its dates, importance and lane keys,
 * without any text. The spans are valid only during the visitor call.
 */
struct TimelineRow
{
    RowId id = 0;
    qint64 tMin = 0; ///< first minute (the stored time index)
    qint64 tMax = 0; ///< last minute
    FuzzyDate start;
    FuzzyDate end; ///< null when the event has no end
    int importance = 3;
    std::span<const RowId> disputeIds;
    std::span<const RowId> actorIds; ///< in position order; an actor with several roles appears once per role
    std::span<const RowId> tagIds;
};

/// What names a timeline lane (a dispute, actor or tag), without the rest of the record.
struct LaneRow
{
    RowId id = 0;
    QString key; ///< the uid (disputes, actors; may be empty) or the name (tags)
    QString labelFr; ///< title, name or label as stored (may be empty)
    QString labelEn;
    QString colour; ///< disputes' colour as stored; empty for the others
};

/// The lanes of every lane mode, listed as the repositories list their records.
struct LaneRows
{
    QList<LaneRow> disputes; ///< by id
    QList<LaneRow> actors; ///< by id
    QList<LaneRow> tags; ///< by name
};

/// What labels and tooltips show of an event: titles, dates and the start of its text.
struct EventLabel
{
    RowId id = 0;
    QString titleFr;
    QString titleEn;
    FuzzyDate start;
    FuzzyDate end;
    QString textFr; ///< at most textLimit characters
    QString textEn;
    /// The title in @p french or English, falling back to the other.
    QString title(bool french) const;
};

/**
 * The timeline's view of the event table, for databases of millions of
 * events: streams compact rows (no Event structs, no titles), answers the
 * time-window query through the duration-class time index (SQLite) or GiST (PostgreSQL) index,
 * and fetches titles in batches for the few events on screen.
 *
 * On SQLite the rows are read through the C API on Qt's connection (about
 * ten times cheaper per row than QSqlQuery); on PostgreSQL through
 * forward-only queries.
 */
class TimelineRows final
{
public:
    /// Return false to stop the stream (the call then returns false without an error).
    using Visitor = std::function<bool(const TimelineRow &)>;
    static constexpr int textLimit = 280;

    explicit TimelineRows(Database &db);

    /**
     * An opaque key of what the timeline is drawn from (events, their dates
     * and links, and the disputes, actors and tags naming the lanes): Frise
     * renews it on every such write (see Database::write()), and it includes
     * the last event id (and the event count in a file older than schema step
     * 7, which Frises older than the token may have written). Equal keys mean the same timeline, so a
     * timeline cached under a key is current while the key is. Empty on
     * PostgreSQL, where other clients write at any time, and when unknown.
     */
    QByteArray revision(StorageError *error) const;

    /// The lanes' names: a few columns of each dispute, actor and tag (cheap at 100,000 actors).
    LaneRows lanes(StorageError *error) const;

    /// Streams every event, in id order.
    bool forEach(const Visitor &visit, StorageError *error) const;
    /// Streams the events overlapping [@p fromMinutes, @p toMinutes] (both inclusive), in id order.
    bool forEachOverlapping(qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const;
    /**
     * The outlets of the sources an exported timeline credits, by source id
     * (empty ones and confidential sources' left out, repeats kept). With @p publishSafe, a source
     * cited only by claims a publish-safe export leaves out
     * (isUnsafeToPublish()) is withheld too: the credits would name it.
     */
    QStringList creditedOutlets(bool publishSafe, StorageError *error) const;
    /// Labels of the events @p ids (unknown ids are left out), a few queries for the lot.
    QHash<RowId, EventLabel> labels(std::span<const RowId> ids, StorageError *error) const;

    /// Which records an event list is grouped under.
    enum class Owner {
        Dispute,
        Actor,
        Tag,
    };
    /// Ids of the events citing @p owner #@p ownerId, in id order.
    QList<RowId> eventIdsOf(Owner owner, RowId ownerId, StorageError *error) const;
    /// Labels of the events citing @p owner #@p ownerId, by date (first minute, last minute, id), paged.
    QList<EventLabel> eventLabelsOf(Owner owner, RowId ownerId, qint64 offset, qint64 limit, StorageError *error) const;
    /// Labels of the events whose title or text has a language in "needs_review" status, by date, paged.
    QList<EventLabel> eventLabelsNeedingReview(qint64 offset, qint64 limit, StorageError *error) const;

private:
    bool stream(bool window, qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const;
    bool streamAggregated(
        bool window, qint64 fromMinutes, qint64 toMinutes, const Visitor &visit, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
