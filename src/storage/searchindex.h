// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claim.h"
#include "core/ids.h"
#include "storageerror.h"

#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>
#include <optional>
#include <utility>

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
    /// Set: only sources whose reliability is this letter or better (A best; F and ungraded never pass).
    QChar minReliability;
    /// Set (1..5): only sources whose credibility is this level or better (1 best; 6 and ungraded never pass).
    int minCredibility = 0;
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
 * "negociation" finds "négociation"), ranked by frise_bm25: FTS5's bm25,
 * each word's number of matching rows estimated from its newest matches
 * once it has more than rankedCandidates, instead of counted over the whole
 * index; on PostgreSQL with stored tsvector columns (GIN-indexed) over an
 * unaccent + simple configuration, ranked by ts_rank with the same column
 * weighting. With or without filters, only the newest rankedCandidates
 * matches that pass the filters are ranked: a search costs about the same
 * whatever the size of the database.
 */
class SearchIndex final
{
public:
    explicit SearchIndex(Database &db);

    QList<SearchHit> search(const SearchQuery &query, StorageError *error) const;

    /// PostgreSQL: how the last search() read each table, "entity:plan"
    /// (plans: driving, newest, walk, walk+gin, gin, span, filter; see
    /// searchPostgres()), for tests and benchmarks.
    QStringList lastPlans() const { return m_plans; }

    /// PostgreSQL: whether one table is read on a second connection while
    /// this one reads the others (the default); tests compare both ways.
    void setUsesSecondConnection(bool uses) { m_usesSecondConnection = uses; }

    /// The FTS5 MATCH expression for user text: each word quoted, as a prefix.
    static QString matchExpression(const QString &text);
    /// The same query for PostgreSQL's to_tsquery: `etats <-> unis:* & accord:*`.
    static QString tsQueryExpression(const QString &text);

    /// A search matching more rows than this (after its filters) is ranked
    /// among its newest matches only (see searchNewest(); the same on PostgreSQL).
    static constexpr int rankedCandidates = 2000;

    /// PostgreSQL: how many of the newest rows are read first, to see how
    /// common a search's words (and its date or status filters) are there.
    static constexpr int newestFirstLook = 5000;

    /// A search word that starts at most this many terms of an index is
    /// asked as those terms (SQLite, unfiltered); more, as a prefix.
    static constexpr int maxExpandedTerms = 32;

private:
    /// SQLite: the terms of @p entity's index that start with @p prefix (a
    /// folded plain term), in order, at most @p most + 1 of them;
    /// std::nullopt when the index cannot be read.
    std::optional<QStringList> indexTerms(const QString &entity, const QString &prefix, int most) const;
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
    struct Filter;
    /// SQLite search of one table: the best @p limit of the newest
    /// rankedCandidates matches that pass @p filter, appended to @p hits.
    bool searchNewest(const QString &entity, const QString &weights, const QString &titles, const QString &match,
        const Filter &filter, int limit, QList<SearchHit> *hits, StorageError *error) const;
    /// PostgreSQL: one statement of searchPostgres(): of the matching rows
    /// @p source yields that pass @p conditions, the newest @p candidates
    /// ranked, the best @p limit of them appended to @p best, their number
    /// in @p found.
    bool postgresPhase(const QString &entity, const QString &source, const QString &conditions, const QString &order,
        const QList<std::pair<QByteArray, QVariant>> &values, int candidates, int limit, QList<SearchHit> *best,
        qint64 *found, StorageError *error) const;
    /// PostgreSQL: how many of @p table's newestFirstLook newest rows (up to
    /// id @p newest) pass each of @p conditions, in @p counts.
    bool postgresNewestCounts(const QString &table, qint64 newest, const QStringList &conditions,
        const QList<std::pair<QByteArray, QVariant>> &values, QList<qint64> *counts, StorageError *error) const;
    /// The same as searchNewest() on PostgreSQL, through the stored tsvector
    /// column, the plan chosen from the filters and how common the words are
    /// among the newest rows; the hits get no titles nor snippets (see
    /// postgresDetails()).
    bool searchPostgres(const QString &entity, const QString &match, const Filter &filter, int limit,
        QList<SearchHit> *hits, StorageError *error) const;
    /// PostgreSQL: searchPostgres() of each of @p tables (entity, filter),
    /// the hits appended in that order; the first table on the second
    /// connection (see SearchPartner) when there are several.
    bool searchPostgresTables(const QList<std::pair<QString, Filter>> &tables, const QString &match, int limit,
        QList<SearchHit> *hits, StorageError *error) const;
    /// PostgreSQL: titles and snippets of @p hits.
    bool postgresDetails(const QString &match, QList<SearchHit> *hits, StorageError *error) const;
    /// PostgreSQL: the table or view @p entity's rows are read from (see Database::sourceTable()).
    QString postgresTable(const QString &entity) const;

    Database &m_db;
    mutable QStringList m_plans;
    bool m_usesSecondConnection = true;
};

} // namespace Frise::Storage
