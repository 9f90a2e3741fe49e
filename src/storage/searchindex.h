// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/ids.h"
#include "storageerror.h"

#include <QList>
#include <QString>
#include <QStringList>

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
 * "negociation" finds "négociation"), ranked by bm25 (without filters, by
 * frise_bm25: the same formula, each word's number of matching rows
 * estimated from its newest matches once it has more than
 * rankedCandidates, instead of counted over the whole index); on PostgreSQL with
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

    /// A search word that starts at most this many terms of an index is
    /// asked as those terms (SQLite, unfiltered); more, as a prefix.
    static constexpr int maxExpandedTerms = 32;

private:
    /// SQLite: the terms of @p entity's index that start with @p prefix (a
    /// folded plain term), in order, at most @p most + 1 of them;
    /// std::nullopt when the index cannot be read.
    std::optional<QStringList> indexTerms(const QString &entity, const QString &prefix, int most) const;
    /// SQLite: @p match with each prefix that only one term of @p entity's
    /// index starts with written as that plain term (same rows, same ranks).
    QString narrowedMatch(const QString &entity, const QString &match) const;
    /// SQLite: @p match with each prefix phrase replaced by the terms of
    /// @p entity's index it starts, ORed (up to maxExpandedTerms): @p groups
    /// gets one MATCH expression per word (to be ANDed), @p groupOfPhrase
    /// the group of each phrase of their conjunction, in order. False when
    /// some word matches no term at all.
    bool expandedMatch(const QString &entity, const QString &match, QStringList *groups, QString *groupOfPhrase) const;
    /// SQLite: how many of the newest rankedCandidates rows match @p match,
    /// and the lowest of their ids.
    bool newestMatches(
        const QString &entity, const QString &match, qint64 *found, qint64 *lowest, StorageError *error) const;
    /// The number of rows of @p entity matching a phrase, from its newest
    /// matches (see newestMatches()): exact below rankedCandidates.
    double estimatedMatches(const QString &entity, qint64 found, qint64 lowest) const;
    /// Unfiltered SQLite search of one table: the best @p limit of the newest
    /// rankedCandidates matches, appended to @p hits.
    bool searchNewest(const QString &entity, const QString &weights, const QString &titles, const QString &match,
        int limit, QList<SearchHit> *hits, StorageError *error) const;

    Database &m_db;
};

} // namespace Frise::Storage
