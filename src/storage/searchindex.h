// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/ids.h"
#include "storageerror.h"

#include <QList>
#include <QString>

#include <limits>
#include <optional>

namespace Frise::Storage {

class Database;

/// What to search for. Empty filters do not restrict.
struct SearchQuery
{
    QString text; ///< words; accents and case are ignored, every word is a prefix
    RowId disputeId = 0;
    RowId actorId = 0;
    std::optional<Claim::Status> claimStatus; ///< set: only claims with this status
    qint64 fromMinutes = std::numeric_limits<qint64>::min(); ///< overlapping this range (events)
    qint64 toMinutes = std::numeric_limits<qint64>::max();
    int limit = 50;
};

/// One search result.
struct SearchHit
{
    QString entity; ///< "event", "claim", "actor", "source"
    RowId id = 0;
    QString titleFr;
    QString titleEn;
    /// An excerpt around the match; matched words are between highlightStart and highlightEnd.
    QString snippet;
    double rank = 0; ///< lower is better (bm25)

    static constexpr QChar highlightStart = QChar(0x2);
    static constexpr QChar highlightEnd = QChar(0x3);
};

/**
 * Full-text search over both languages of events, claims, actors (names,
 * aliases) and sources, with SQLite FTS5 (`unicode61 remove_diacritics 2`:
 * "negociation" finds "négociation"), ranked by bm25; on PostgreSQL with
 * tsvector GIN indexes over an unaccent + simple configuration, ranked by
 * ts_rank with the same column weighting.
 */
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db);

    QList<SearchHit> search(const SearchQuery &query, StorageError *error) const;

    /// The FTS5 MATCH expression for user text: each word quoted, as a prefix.
    static QString matchExpression(const QString &text);
    /// The same query for PostgreSQL's to_tsquery: `etats <-> unis:* & accord:*`.
    static QString tsQueryExpression(const QString &text);

    /// Without filters, a word matching more rows than this is ranked among
    /// its newest matches only (see searchNewest(); the same on PostgreSQL).
    static constexpr int rankedCandidates = 2000;

private:
    /// SQLite: @p match with each prefix that only one term of @p entity's
    /// index starts with written as that plain term (same rows, same ranks).
    QString narrowedMatch(const QString &entity, const QString &match) const;
    /// Unfiltered SQLite search of one table: the best @p limit of the newest
    /// rankedCandidates matches, appended to @p hits.
    bool searchNewest(const QString &entity, const QString &weights, const QString &titles, const QString &match,
        int limit, QList<SearchHit> *hits, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
