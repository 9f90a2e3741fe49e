// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "postgresmigrations.h"
#include "rawstatement_p.h"
#include "searchpartner_p.h"
#include "timeindex_p.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <vector>

namespace Frise::Storage {

namespace {

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// One searchable table: how to get its titles and how each filter applies.
struct Searchable
{
    const char *entity;
    const char *titleFr;
    const char *titleEn;
    const char *disputeFilter; ///< nullptr: the filter excludes this table
    const char *actorFilter;
    const char *dateFilter;
    const char *statusFilter;
    /// bm25 weight of each indexed column, in index order: FTS5's bm25 counts
    /// the whole row's length, so without weights a word in a title ranks no
    /// higher than the same word anywhere in the body.
    const char *weights;
    /// SQLite: the ids a dispute or actor filter keeps, as a subquery to
    /// drive the search from (nullptr: none, the filter only tests rows).
    const char *disputeIds;
    const char *actorIds;
};

// ts_rank weights of the classes {D, C, B, A} (see postgresmigrations.cpp).
constexpr char postgresRankWeights[] = "{0.05, 0.1, 0.5, 1.0}";

constexpr Searchable searchables[] = {
    // IN lists rather than EXISTS: a dispute's or an actor's few events can
    // drive the query (each then looked up in the index) instead of every
    // match of a common word being checked against the links.
    {"event", "r.title_fr", "r.title_en", "r.id IN (SELECT event_id FROM event_dispute WHERE dispute_id = :dispute)",
        "r.id IN (SELECT event_id FROM event_actor WHERE actor_id = :actor)", "r.t_max >= :from AND r.t_min <= :to",
        nullptr, "10.0, 10.0, 1.0, 1.0, 0.5", "SELECT event_id AS id FROM event_dispute WHERE dispute_id = :dispute",
        "SELECT DISTINCT event_id AS id FROM event_actor WHERE actor_id = :actor"},
    {"claim", "r.text_fr", "r.text_en", "r.dispute_id = :dispute", "r.claimant_id = :actor", nullptr,
        "r.status = :status", "1.0, 1.0, 1.0, 0.5", "SELECT id FROM claim WHERE dispute_id = :dispute",
        "SELECT id FROM claim WHERE claimant_id = :actor"},
    {"actor", "r.name_fr", "r.name_en", nullptr, "r.id = :actor", nullptr, nullptr, "10.0, 10.0, 1.0, 1.0, 5.0",
        nullptr, "SELECT CAST(:actor AS BIGINT) AS id"},
    {"source", "r.title", "r.title", nullptr, nullptr, nullptr, nullptr, "5.0, 10.0, 1.0", nullptr, nullptr},
};

// PostgreSQL: what reading a row found through an index that scatters them
// (GIN, GiST) costs, in rows read in id order (see searchPostgres()).
constexpr double scatteredRowCost = 4;
// And what testing a row a span index holds with its vector costs (schema
// step 10; measured at 1M events: a year's 20,480 rows 11.5 ms, 60,000 rows
// walked 16.8 ms).
constexpr double coveredRowCost = 2;
// And what GIN's merging one posting of a prefix costs, in the same rows
// (measured at 1M events: 73,000 postings of "protection:* & algo:*" took
// 17-29 ms, 57,000 rows walked 19 ms).
constexpr double postingRowCost = 1;

// bm25 as FTS5 computes it (k1 = 1.2, b = 0.75), see frise_bm25 below.
constexpr double bm25K1 = 1.2;
constexpr double bm25B = 0.75;

double inverseDocumentFrequency(double rows, double matches)
{
    // FTS5's floor: a word in more than half the rows still counts a little.
    matches = std::clamp(matches, 0.0, rows);
    const double idf = std::log((rows - matches + 0.5) / (matches + 0.5));
    return idf > 0 ? idf : 1e-6;
}

// The word as unicode61 with remove_diacritics 2 indexes it, when that is
// plain ASCII and longer than the prefix indexes; else empty.
QString plainTerm(const QString &word)
{
    QString term;
    for (const QChar c : word.normalized(QString::NormalizationForm_D).toCaseFolded()) {
        if (!c.isMark())
            term += c;
    }
    if (term.size() <= 3)
        return {};
    for (const QChar c : std::as_const(term)) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return {};
    }
    return term;
}

// What frise_bm25 saw of its statement, bound as a pointer argument: the
// candidates come newest first, so the last one is the lowest id.
struct RankStatistics
{
    qint64 rows = 0; ///< in the index
    qint64 scored = 0;
    qint64 lowest = 0;
};
constexpr char rankStatisticsType[] = "frise_rank_statistics";

// frise_bm25's arguments, parsed once per statement.
struct RankArguments
{
    std::vector<int> groupOfPhrase;
    std::vector<double> idf; ///< per group; 1 when the caller scales instead
    std::vector<double> weights; ///< per column
    std::vector<double> frequency; ///< scratch, per group
    double averageLength = 1;
    RankStatistics *statistics = nullptr;
};

std::vector<double> numbersOf(sqlite3_value *value)
{
    std::vector<double> numbers;
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    for (const QByteArray &item : QByteArray(text ? text : "").split(' ')) {
        if (!item.isEmpty())
            numbers.push_back(item.toDouble());
    }
    return numbers;
}

// frise_bm25(fts, statistics, groups, counts, weight...): FTS5's bm25 where
// the phrases of one group (the terms a prefix was expanded to) count as one
// phrase, and each group's number of matching rows is given (negative: an
// IDF of 1, the caller scales the scores) instead of counted over the whole
// index; @c statistics is a RankStatistics pointer or null.
void rankFunction(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int count, sqlite3_value **values)
{
    auto *arguments = static_cast<RankArguments *>(api->xGetAuxdata(fts, 0));
    if (!arguments) {
        if (count < 3) {
            sqlite3_result_error(context, "frise_bm25: statistics, groups and counts expected", -1);
            return;
        }
        auto parsed = std::make_unique<RankArguments>();
        parsed->statistics = static_cast<RankStatistics *>(sqlite3_value_pointer(values[0], rankStatisticsType));
        for (const double group : numbersOf(values[1]))
            parsed->groupOfPhrase.push_back(int(group));
        const std::vector<double> counts = numbersOf(values[2]);
        sqlite3_int64 rows = 0;
        sqlite3_int64 tokens = 0;
        if (api->xRowCount(fts, &rows) != SQLITE_OK || api->xColumnTotalSize(fts, -1, &tokens) != SQLITE_OK) {
            sqlite3_result_error(context, "frise_bm25: no index statistics", -1);
            return;
        }
        parsed->averageLength = rows > 0 && tokens > 0 ? double(tokens) / double(rows) : 1;
        for (const double matches : counts)
            parsed->idf.push_back(matches < 0 ? 1.0 : inverseDocumentFrequency(double(rows), matches));
        if (parsed->statistics)
            parsed->statistics->rows = rows;
        for (int i = 3; i < count; ++i)
            parsed->weights.push_back(sqlite3_value_double(values[i]));
        parsed->frequency.resize(parsed->idf.size());
        bool valid = int(parsed->groupOfPhrase.size()) == api->xPhraseCount(fts);
        for (const int group : parsed->groupOfPhrase)
            valid = valid && group >= 0 && size_t(group) < parsed->idf.size();
        if (!valid) {
            sqlite3_result_error(context, "frise_bm25: one group per phrase expected", -1);
            return;
        }
        arguments = parsed.get();
        // On failure FTS5 deletes the data itself.
        if (api->xSetAuxdata(fts, parsed.release(), [](void *data) { delete static_cast<RankArguments *>(data); })
            != SQLITE_OK) {
            sqlite3_result_error_nomem(context);
            return;
        }
    }
    std::fill(arguments->frequency.begin(), arguments->frequency.end(), 0.0);
    int instances = 0;
    if (api->xInstCount(fts, &instances) != SQLITE_OK) {
        sqlite3_result_error(context, "frise_bm25: no instances", -1);
        return;
    }
    for (int i = 0; i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        if (api->xInst(fts, i, &phrase, &column, &offset) != SQLITE_OK)
            continue;
        const double weight = size_t(column) < arguments->weights.size() ? arguments->weights[size_t(column)] : 1.0;
        arguments->frequency[size_t(arguments->groupOfPhrase[size_t(phrase)])] += weight;
    }
    int length = 0;
    if (api->xColumnSize(fts, -1, &length) != SQLITE_OK) {
        sqlite3_result_error(context, "frise_bm25: no row size", -1);
        return;
    }
    double score = 0;
    for (size_t group = 0; group < arguments->idf.size(); ++group) {
        const double f = arguments->frequency[group];
        score += arguments->idf[group] * (f * (bm25K1 + 1.0))
            / (f + bm25K1 * (1.0 - bm25B + bm25B * double(length) / arguments->averageLength));
    }
    if (RankStatistics *statistics = arguments->statistics) {
        const qint64 rowid = api->xRowid(fts);
        if (statistics->scored == 0 || rowid != statistics->lowest)
            ++statistics->scored;
        statistics->lowest = rowid;
    }
    sqlite3_result_double(context, -score);
}

// Binds the named filter values of a raw statement (those it uses).
void bindFilters(sqlite3_stmt *statement, const QList<std::pair<QByteArray, QVariant>> &values)
{
    for (const auto &[name, value] : values) {
        const int index = sqlite3_bind_parameter_index(statement, name.constData());
        if (index == 0)
            continue;
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, index, value.toLongLong());
        }
    }
}

// Registers frise_bm25 on @p db once per connection.
bool registerRankFunctions(sqlite3 *db)
{
    static char registered = 1; // only its address is used, as a marker
    static const char key[] = "frise_bm25";
    if (sqlite3_get_clientdata(db, key))
        return true;
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api || api->iVersion < 2)
        return false;
    if (api->xCreateFunction(api, "frise_bm25", nullptr, &rankFunction, nullptr) != SQLITE_OK)
        return false;
    return sqlite3_set_clientdata(db, key, &registered, nullptr) == SQLITE_OK;
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{ }

QString SearchIndex::matchExpression(const QString &text)
{
    // Words are runs of letters and digits; everything else (hyphens,
    // quotes, FTS operators) separates them, so input can never inject
    // query syntax. A hyphenated word becomes a phrase: "etats-unis".
    QStringList parts;
    // Any whitespace (tab, newline, no-break space from pasted French text)
    // separates words like a plain space does.
    for (const QString &chunk : text.simplified().split(QChar(u' '), Qt::SkipEmptyParts)) {
        QStringList words;
        QString word;
        for (const QChar c : chunk) {
            if (c.isLetterOrNumber() || c.isMark()) {
                word += c;
            } else if (!word.isEmpty()) {
                words.append(word);
                word.clear();
            }
        }
        if (!word.isEmpty())
            words.append(word);
        if (!words.isEmpty())
            parts.append(u'"' + words.join(u' ') + QStringLiteral("\"*"));
    }
    return parts.join(u' ');
}

QString SearchIndex::tsQueryExpression(const QString &text)
{
    // The same words as matchExpression(): a quoted phrase becomes words
    // followed one by another, its last word a prefix; phrases are ANDed.
    QStringList parts;
    const QString match = matchExpression(text);
    for (const QString &phrase : match.split(QStringLiteral("\"*"), Qt::SkipEmptyParts)) {
        QString words = phrase.trimmed();
        if (words.startsWith(u'"'))
            words.remove(0, 1);
        const QStringList list = words.split(u' ', Qt::SkipEmptyParts);
        if (!list.isEmpty())
            parts.append(list.join(QStringLiteral(" <-> ")) + QStringLiteral(":*"));
    }
    return parts.join(QStringLiteral(" & "));
}

std::optional<QStringList> SearchIndex::indexTerms(const QString &entity, const QString &prefix, int most) const
{
    // The index's own term list (an fts5vocab table), read one entry at a
    // time: each probe seeks to the next term and stops at its first
    // instance, whereas listing distinct terms would walk every instance.
    const QString vocab = QStringLiteral("frise_vocab_%1").arg(entity);
    QSqlQuery create(m_db.connection());
    if (!create.exec(
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING fts5vocab(main, %2_fts, instance)")
                .arg(vocab, entity)))
        return std::nullopt;
    QString upper = prefix;
    upper.back() = QChar(upper.back().unicode() + 1);
    QSqlQuery next(m_db.connection());
    next.setForwardOnly(true);
    if (!next.prepare(QStringLiteral("SELECT term FROM temp.%1 WHERE term >= ? AND term < ? LIMIT 1").arg(vocab)))
        return std::nullopt;
    QStringList terms;
    QString from = prefix;
    while (terms.size() <= most) {
        next.bindValue(0, from);
        next.bindValue(1, upper);
        if (!next.exec())
            return std::nullopt;
        if (!next.next())
            break;
        terms.append(next.value(0).toString());
        // The smallest string after this term that is not the term itself
        // (terms never contain U+0001).
        from = terms.last() + QChar(1);
        next.finish();
    }
    return terms;
}

bool SearchIndex::expandedMatch(
    const QString &entity, const QString &match, QStringList *groups, QString *groupOfPhrase) const
{
    // A prefix that starts a few terms of the index is asked as those terms
    // ORed: FTS5 then walks their lists lazily, newest first, instead of
    // merging every list in full before the first row. frise_bm25 adds the
    // alternatives of one word up again, so they rank as the prefix did.
    QStringList parts;
    QStringList phraseGroups;
    int group = 0;
    for (const QString &phrase : match.split(QStringLiteral("\"*"), Qt::SkipEmptyParts)) {
        const QString words = phrase.trimmed().mid(1); // without the opening quote
        const QString last = words.section(u' ', -1);
        const QString head = words.left(words.size() - last.size());
        const QString term = plainTerm(last);
        QStringList alternatives;
        const std::optional<QStringList> terms
            = term.isEmpty() ? std::nullopt : indexTerms(entity, term, maxExpandedTerms);
        if (terms && terms->isEmpty())
            return false; // no row can match
        if (terms && terms->size() <= maxExpandedTerms) {
            for (const QString &indexed : *terms)
                alternatives.append(u'"' + head + indexed + u'"');
        } else {
            alternatives.append(u'"' + words + QStringLiteral("\"*"));
        }
        parts.append(alternatives.size() == 1 ? alternatives.constFirst()
                                              : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
        for (qsizetype i = 0; i < alternatives.size(); ++i)
            phraseGroups.append(QString::number(group));
        ++group;
    }
    *groups = parts;
    *groupOfPhrase = phraseGroups.join(u' ');
    return group > 0;
}

bool SearchIndex::newestMatches(
    const QString &entity, const QString &match, qint64 *found, qint64 *lowest, StorageError *error) const
{
    QSqlQuery window;
    if (!m_db.prepare(window,
            QStringLiteral("SELECT count(*), min(id) FROM (SELECT rowid AS id FROM %1_fts WHERE %1_fts MATCH :match "
                           "ORDER BY rowid DESC LIMIT :candidates)")
                .arg(entity),
            error))
        return false;
    window.bindValue(s(":match"), match);
    window.bindValue(s(":candidates"), rankedCandidates);
    window.setForwardOnly(true);
    if (!m_db.exec(window, error) || !window.next())
        return false;
    *found = window.value(0).toLongLong();
    *lowest = window.value(1).toLongLong();
    return true;
}

double SearchIndex::estimatedMatches(const QString &entity, qint64 found, qint64 lowest) const
{
    // Fewer than the window: every match was seen, the count is exact.
    // Otherwise the matches among the newest rows are taken as a sample: the
    // window holds `found` of the rows from `lowest` on, so the table holds
    // about found × (all ids / ids from lowest on), ids being dense.
    if (found < rankedCandidates)
        return double(found);
    QSqlQuery bounds(m_db.connection());
    bounds.setForwardOnly(true);
    if (!bounds.exec(QStringLiteral("SELECT (SELECT min(id) FROM %1), (SELECT max(id) FROM %1)").arg(entity))
        || !bounds.next())
        return double(found);
    const qint64 minId = bounds.value(0).toLongLong();
    const qint64 maxId = bounds.value(1).toLongLong();
    if (lowest < minId || lowest > maxId)
        return double(found);
    return double(found) * double(maxId - minId + 1) / double(maxId - lowest + 1);
}

// The filters of one search, as SQL over the table's row `r`, and their values.
struct SearchIndex::Filter
{
    QString sql; ///< conditions ANDed, or empty
    QString drivingIds; ///< a subquery of the few ids the filters keep (column id), or empty
    /// PostgreSQL: a subquery (as r: id and search vector) of the rows the filters keep, read from indexes alone,
    /// or empty
    QString keptRows;
    QList<std::pair<QByteArray, QVariant>> values; ///< ":name", value
};

bool SearchIndex::searchNewest(const QString &entity, const QString &weights, const QString &titles,
    const QString &match, const Filter &filter, int limit, QList<SearchHit> *hits, StorageError *error) const
{
    // FTS5's bm25 counts, once per statement, every row that matches each
    // phrase (its inverse document frequency): for a word in half the rows
    // of a million, 20 ms of a query that otherwise takes 1 ms. frise_bm25
    // is the same formula with those counts given: exact when a phrase has
    // fewer matches than rankedCandidates, else estimated from its newest
    // matches (estimatedMatches()). Only the newest rankedCandidates matches
    // of the whole query (that pass the filters) are ranked, in one pass.
    sqlite3 *handle = RawStatement::handleOf(m_db.connection());
    if (!handle || !registerRankFunctions(handle)) {
        *error = {StorageError::Code::Other, QStringLiteral("FTS5 ranking function unavailable")};
        return false;
    }
    QStringList groupMatches;
    QString groupOfPhrase;
    if (!expandedMatch(entity, match, &groupMatches, &groupOfPhrase))
        return true;
    const QString expanded = groupMatches.join(QStringLiteral(" AND "));
    const qsizetype groups = groupMatches.size();
    const bool filtered = !filter.sql.isEmpty() || !filter.drivingIds.isEmpty();
    // With one word and no filter the counts only scale every score alike:
    // they come from the ranking pass itself. Otherwise each word's own
    // matches are counted over the whole table (the filtered rows would
    // give other weights than an unfiltered search).
    QStringList counts;
    if (groups > 1 || filtered) {
        for (const QString &phrase : std::as_const(groupMatches)) {
            qint64 found = 0;
            qint64 lowest = 0;
            if (!newestMatches(entity, phrase, &found, &lowest, error))
                return false;
            if (found == 0)
                return true;
            counts.append(QString::number(estimatedMatches(entity, found, lowest), 'g', 17));
        }
    } else {
        counts.append(QStringLiteral("-1"));
    }
    // Raw SQLite: frise_bm25 reports through a pointer argument how many
    // candidates it saw and the lowest (cheaper than window functions).
    // Filtered, the row joins in. SQLite's planner would always walk the
    // matches and test each against the filters: for a common word and a
    // dispute, half a million rows for a thousand events. With a dispute or
    // an actor, CROSS JOIN makes its few ids drive instead, each looked up
    // in FTS5 by rowid, sorted by the driving id: asked for rowids in
    // descending order, FTS5 would read each word's whole list backwards at
    // every lookup (measured: 2 s instead of 35 ms for a dispute's
    // thousand events and a common word). With dates only, the time index's
    // ids (see search()) are a set each match is tested against, instead
    // of a row read each.
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> ranked(nullptr, &sqlite3_finalize);
    {
        QString candidates;
        if (!filtered) {
            candidates = QStringLiteral(
                "SELECT rowid AS id, frise_bm25(%1_fts, :statistics, :groups, :counts, %2) AS score FROM %1_fts "
                "WHERE %1_fts MATCH :match ORDER BY rowid DESC LIMIT :candidates")
                             .arg(entity, weights);
        } else if (!filter.drivingIds.isEmpty()) {
            // The row joins in only when other filters test it: read for
            // nothing, a dispute's thousand rows were a fifth of the search.
            candidates = QStringLiteral(
                "SELECT %1_fts.rowid AS id, frise_bm25(%1_fts, :statistics, :groups, :counts, %2) AS score "
                "FROM (%3) l CROSS JOIN %1_fts%4 WHERE %1_fts.rowid = l.id AND %1_fts MATCH :match%5 "
                "ORDER BY l.id DESC LIMIT :candidates")
                             .arg(entity, weights, filter.drivingIds,
                                 filter.sql.isEmpty() ? QString() : QStringLiteral(" CROSS JOIN %1 r").arg(entity),
                                 filter.sql.isEmpty() ? QString() : s(" AND r.id = l.id AND ") + filter.sql);
        } else {
            candidates = QStringLiteral(
                "SELECT %1_fts.rowid AS id, frise_bm25(%1_fts, :statistics, :groups, :counts, %2) AS score "
                "FROM %1_fts JOIN %1 r ON r.id = %1_fts.rowid WHERE %1_fts MATCH :match AND %3 "
                "ORDER BY %1_fts.rowid DESC LIMIT :candidates")
                             .arg(entity, weights, filter.sql);
        }
        const QByteArray sql
            = QStringLiteral("SELECT id, score FROM (%1) ORDER BY score, id LIMIT :limit").arg(candidates).toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
            *error = {StorageError::Code::Other, QString::fromUtf8(sqlite3_errmsg(handle))};
            return false;
        }
        ranked.reset(statement);
    }
    RankStatistics statistics;
    const QByteArray groupText = groupOfPhrase.toUtf8();
    const QByteArray countText = counts.join(u' ').toUtf8();
    const QByteArray matchText = expanded.toUtf8();
    // Named parameters only: a name after ?4 would take the number 5.
    const auto parameter = [&](const char *name) { return sqlite3_bind_parameter_index(ranked.get(), name); };
    sqlite3_bind_pointer(ranked.get(), parameter(":statistics"), &statistics, rankStatisticsType, nullptr);
    sqlite3_bind_text(ranked.get(), parameter(":groups"), groupText.constData(), int(groupText.size()), SQLITE_STATIC);
    sqlite3_bind_text(ranked.get(), parameter(":counts"), countText.constData(), int(countText.size()), SQLITE_STATIC);
    sqlite3_bind_text(ranked.get(), parameter(":match"), matchText.constData(), int(matchText.size()), SQLITE_STATIC);
    sqlite3_bind_int(ranked.get(), parameter(":candidates"), rankedCandidates);
    sqlite3_bind_int(ranked.get(), parameter(":limit"), limit);
    bindFilters(ranked.get(), filter.values);
    QList<SearchHit> winners;
    QStringList ids;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(ranked.get())) == SQLITE_ROW) {
        SearchHit hit;
        hit.entity = entity;
        hit.id = sqlite3_column_int64(ranked.get(), 0);
        hit.rank = sqlite3_column_double(ranked.get(), 1);
        winners.append(hit);
        ids.append(QString::number(hit.id));
        low = std::min(low, hit.id);
        high = std::max(high, hit.id);
    }
    if (rc != SQLITE_DONE) {
        *error = {StorageError::Code::Other, QString::fromUtf8(sqlite3_errmsg(handle))};
        return false;
    }
    if (groups == 1 && !filtered && !winners.isEmpty()) {
        // All the statement's rows are sorted before the first comes out,
        // so the statistics are complete.
        const double scale = inverseDocumentFrequency(
            double(statistics.rows), estimatedMatches(entity, statistics.scored, statistics.lowest));
        for (SearchHit &hit : winners)
            hit.rank *= scale;
    }
    if (winners.isEmpty())
        return true;
    // Snippets and titles for the winners only: a snippet tokenizes its row
    // again, which for every candidate cost more than the ranking. Unfiltered,
    // the winners are among the newest matches: one pass over that id range,
    // the unary + keeping the id list a plain filter (handed to FTS5, each id
    // would set the query up again). Filtered, they may lie anywhere: one
    // lookup by rowid each.
    QSqlQuery details;
    const QString detailsSql = filtered
        ? QStringLiteral("SELECT r.id, %1, snippet(%2_fts, -1, char(2), char(3), '…', 12) "
                         "FROM %2_fts JOIN %2 r ON r.id = %2_fts.rowid WHERE %2_fts MATCH :match "
                         "AND %2_fts.rowid = :id")
        : QStringLiteral("SELECT r.id, %1, snippet(%2_fts, -1, char(2), char(3), '…', 12) "
                         "FROM %2_fts JOIN %2 r ON r.id = %2_fts.rowid WHERE %2_fts MATCH :match "
                         "AND %2_fts.rowid BETWEEN :low AND :high "
                         "AND +%2_fts.rowid IN (SELECT value FROM json_each(:ids))");
    if (!m_db.prepare(details, detailsSql.arg(titles, entity), error))
        return false;
    details.setForwardOnly(true);
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < winners.size(); ++i)
        positions.insert(winners.at(i).id, i);
    const auto readDetails = [&] {
        while (details.next()) {
            const auto position = positions.constFind(details.value(0).toLongLong());
            if (position == positions.cend())
                continue;
            SearchHit &hit = winners[position.value()];
            hit.titleFr = details.value(1).toString();
            hit.titleEn = details.value(2).toString();
            hit.snippet = details.value(3).toString();
        }
    };
    if (filtered) {
        for (const SearchHit &winner : std::as_const(winners)) {
            details.bindValue(s(":match"), expanded);
            details.bindValue(s(":id"), winner.id);
            if (!m_db.exec(details, error))
                return false;
            readDetails();
        }
    } else {
        details.bindValue(s(":match"), expanded);
        details.bindValue(s(":low"), low);
        details.bindValue(s(":high"), high);
        details.bindValue(s(":ids"), QString(u'[' + ids.join(u',') + u']'));
        if (!m_db.exec(details, error))
            return false;
        readDetails();
    }
    hits->append(winners);
    return true;
}

// One PostgreSQL statement of a search (see searchPostgres()): of the
// matching rows @p source yields (as `r`) that pass @p conditions, the newest
// @p candidates, ranked; the best @p limit of them come back with how many
// candidates there were. Ranking as the rows are read costs less than
// handing their ids to a second statement.
bool SearchIndex::postgresPhase(const QString &entity, const QString &source, const QString &conditions,
    const QString &order, const QList<std::pair<QByteArray, QVariant>> &values, int candidates, int limit,
    QList<SearchHit> *best, qint64 *found, StorageError *error) const
{
    *found = 0;
    // The tsquery parsed once (an InitPlan), not for every row tested.
    const QString query = s("(SELECT query FROM q)");
    QString sql = QStringLiteral("WITH q AS MATERIALIZED (SELECT to_tsquery('%5', :match) AS query) "
                                 "SELECT id, score, found FROM (SELECT id, score, count(*) OVER () AS found FROM ("
                                 "SELECT r.id, -ts_rank('%1', r.%2, %3, 1) AS score FROM %4 WHERE r.%2 @@ %3")
                      .arg(QLatin1String(postgresRankWeights), QLatin1String(postgresSearchColumn), query, source,
                          QLatin1String(postgresSearchConfig));
    if (!conditions.isEmpty())
        sql += s(" AND ") + conditions;
    sql += QStringLiteral(" ORDER BY %1 LIMIT :candidates) c) d ORDER BY score, id LIMIT :limit").arg(order);
    QSqlQuery phase;
    if (!m_db.prepare(phase, sql, error))
        return false;
    const QList<std::pair<QByteArray, QVariant>> bound = values;
    for (const auto &[name, value] : bound) {
        if (sql.contains(QString::fromLatin1(name)))
            phase.bindValue(QString::fromLatin1(name), value);
    }
    phase.bindValue(s(":candidates"), candidates);
    phase.bindValue(s(":limit"), limit);
    phase.setForwardOnly(true);
    if (!m_db.exec(phase, error))
        return false;
    while (phase.next()) {
        SearchHit hit;
        hit.entity = entity;
        hit.id = phase.value(0).toLongLong();
        hit.rank = phase.value(1).toDouble();
        *found = phase.value(2).toLongLong();
        best->append(hit);
    }
    return true;
}

bool SearchIndex::postgresNewestCounts(const QString &table, qint64 newest, const QStringList &conditions,
    const QList<std::pair<QByteArray, QVariant>> &values, QList<qint64> *counts, StorageError *error) const
{
    QStringList columns;
    for (const QString &condition : conditions)
        columns.append(QStringLiteral("count(*) FILTER (WHERE %1)").arg(condition));
    const QString sql = QStringLiteral("SELECT %1 FROM (SELECT * FROM %2 WHERE id <= :high AND id > :low "
                                       "ORDER BY id DESC OFFSET 0) r")
                            .arg(columns.join(s(", ")), table);
    QSqlQuery sample;
    if (!m_db.prepare(sample, sql, error))
        return false;
    for (const auto &[name, value] : values) {
        if (sql.contains(QString::fromLatin1(name)))
            sample.bindValue(QString::fromLatin1(name), value);
    }
    sample.bindValue(s(":high"), newest);
    sample.bindValue(s(":low"), newest - newestFirstLook);
    sample.setForwardOnly(true);
    if (!m_db.exec(sample, error) || !sample.next())
        return false;
    counts->clear();
    for (qsizetype i = 0; i < columns.size(); ++i)
        counts->append(sample.value(int(i)).toLongLong());
    return true;
}

bool SearchIndex::searchPostgres(const QString &entity, const QString &match, const Filter &filter, int limit,
    QList<SearchHit> *hits, StorageError *error) const
{
    // As on SQLite, only the newest rankedCandidates matches that pass the
    // filters are ranked. Finding them is the cost: PostgreSQL cannot
    // estimate a prefix's frequency (it guesses, whatever the word), so its
    // planner picks blindly between walking the primary key newest first,
    // the GIN index on the stored vectors (schema step 5) and the filters'
    // indexes, and each is the wrong one for some searches (seconds rather
    // than milliseconds). So the plan is chosen here, from counts: what the
    // filters keep, and how often the words match among the newest rows.
    // A reader of a database with confidential sources reads them through a view.
    const QString table = postgresTable(entity);
    QList<std::pair<QByteArray, QVariant>> values = filter.values;
    values.append({":match", match});
    QList<SearchHit> best;
    qint64 left = rankedCandidates;
    const auto run = [&](const QString &source, const QString &conditions, const QString &order,
                         const QList<std::pair<QByteArray, QVariant>> &extra) {
        QList<std::pair<QByteArray, QVariant>> all = values;
        all.append(extra);
        qint64 found = 0;
        if (!postgresPhase(entity, source, conditions, order, all, int(left), limit, &best, &found, error))
            return false;
        left -= found;
        return true;
    };
    if (!filter.drivingIds.isEmpty()) {
        // A dispute's or an actor's rows (a few thousand at most in practice):
        // each looked up and tested, whatever the words.
        const QString source = QStringLiteral("(WITH l AS MATERIALIZED (%1) SELECT %2.* FROM l JOIN %2 ON %2.id = l.id "
                                              "OFFSET 0) r")
                                   .arg(filter.drivingIds, table);
        if (!run(source, filter.sql, s("r.id DESC"), {}))
            return false;
        m_plans.append(entity + s(":driving"));
        hits->append(best);
        return true;
    }
    QSqlQuery top;
    if (!m_db.prepare(top, QStringLiteral("SELECT max(id) FROM %1").arg(table), error) || !m_db.exec(top, error))
        return false;
    if (!top.next() || top.value(0).isNull())
        return true; // an empty table
    const qint64 newest = top.value(0).toLongLong();
    // The newest rows, read in id order and each tested (OFFSET 0 keeps the
    // planner from turning the walk into a GIN scan): all a common word needs.
    const QString walk
        = QStringLiteral("(SELECT * FROM %1 WHERE id <= :high AND id > :low ORDER BY id DESC OFFSET 0) r").arg(table);
    // The phrases the words make, ANDed (see tsQueryExpression()): GIN reads
    // each one's postings.
    const QStringList parts = match.split(s(" & "));
    QStringList partConditions;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QByteArray name = ":part" + QByteArray::number(i);
        partConditions.append(QStringLiteral("r.%1 @@ (SELECT to_tsquery('%2', %3))")
                .arg(QLatin1String(postgresSearchColumn), QLatin1String(postgresSearchConfig), QLatin1String(name)));
        values.append({name, parts.at(i)});
    }
    qint64 textMatches = 0;
    qint64 filterMatches = 0;
    QList<qint64> partMatches;
    if (filter.sql.isEmpty()) {
        if (!run(walk, QString(), s("r.id DESC"), {{":high", newest}, {":low", newest - newestFirstLook}}))
            return false;
        textMatches = rankedCandidates - left;
    } else {
        // Filtered by dates or a claim status: the newest rows say how often
        // the words match, and the filters (and each phrase, if several).
        QStringList conditions {QStringLiteral("r.%1 @@ (SELECT to_tsquery('%2', :match))")
                                    .arg(QLatin1String(postgresSearchColumn), QLatin1String(postgresSearchConfig)),
            filter.sql};
        if (parts.size() > 1)
            conditions += partConditions;
        QList<qint64> counts;
        if (!postgresNewestCounts(table, newest, conditions, values, &counts, error))
            return false;
        textMatches = counts.at(0);
        filterMatches = counts.at(1);
        partMatches = counts.mid(2);
    }
    QString plan = s("newest");
    // Past the first look, rows are left (ids start at 1).
    if (left > 0 && newest - (filter.sql.isEmpty() ? newestFirstLook : 0) > 0) {
        // Estimated rows read by each plan for the remaining candidates,
        // from the shares among the sampled newest rows (ids are dense
        // enough: deleted rows only make the walk look dearer):
        const qint64 sampled = filter.sql.isEmpty() ? newestFirstLook : 0;
        const qint64 high = newest - sampled;
        const double rows = double(std::max<qint64>(high, 0)); // upper bound of the rows left
        const double textShare = double(textMatches) / double(newestFirstLook);
        const double filterShare = filter.sql.isEmpty() ? 1.0 : double(filterMatches) / double(newestFirstLook);
        // the walk tests rows in id order until it has its candidates
        // (assuming the words and the filters independent);
        const double bothShare = textShare * filterShare;
        const double walkRows = bothShare > 0 ? double(left) / bothShare : rows;
        // the GIN index reads every matching row, each on a page of its own
        // (a row the walk tests costs about a quarter: its neighbours share
        // its page; measured at 1M events, 40,000 rows out of the GIN index
        // read 31,000 pages);
        // for each phrase, it also merges every posting of every term it
        // matches (all are prefixes: no skipping), at least those of the
        // rows all phrases match;
        const auto postingRows = [&] {
            if (parts.size() == 1 || partMatches.isEmpty())
                return postingRowCost * double(parts.size()) * textShare * rows;
            const double postings = std::accumulate(partMatches.cbegin(), partMatches.cend(), 0.0);
            return postingRowCost * postings / double(newestFirstLook) * rows;
        };
        double ginRows = scatteredRowCost * std::max(textShare * rows, 1.0) + postingRows();
        // (at most every row for each phrase).
        const double mostGinRows = ginRows + postingRowCost * double(parts.size()) * (1 - textShare) * rows;
        if (parts.size() > 1 && partMatches.isEmpty() && ginRows < walkRows && walkRows < mostGinRows) {
            // Unfiltered, and the phrases' postings decide: how often each
            // matches among the newest rows.
            if (!postgresNewestCounts(table, newest, partConditions, values, &partMatches, error))
                return false;
            ginRows = scatteredRowCost * std::max(textShare * rows, 1.0) + postingRows();
        }
        // the filters' rows: a date range's come from the span indexes
        // alone, each tested; a claim status reads all its rows (scattered).
        const double keptRows = std::max(filterShare * rows, 1.0);
        const double filterRows = filter.sql.isEmpty() ? std::numeric_limits<double>::infinity()
            : filter.keptRows.isEmpty()                ? scatteredRowCost * keptRows
                                                       : coveredRowCost * keptRows;
        if (walkRows <= ginRows && walkRows <= filterRows) {
            // Twice the estimate, then the GIN index for what the words
            // hold further back, if they are rarer there.
            const qint64 low = high - qint64(std::min(2 * walkRows + newestFirstLook, rows));
            if (!run(walk, filter.sql, s("r.id DESC"), {{":high", high}, {":low", low}}))
                return false;
            plan = s("walk");
            if (left > 0 && low > 0) {
                if (!run(QStringLiteral("%1 r").arg(table),
                        filter.sql.isEmpty() ? s("r.id <= :high") : filter.sql + s(" AND r.id <= :high"),
                        s("r.id + 0 DESC"), {{":high", low}}))
                    return false;
                plan = s("walk+gin");
            }
        } else if (ginRows <= filterRows) {
            // "+ 0": ordered by the primary key, the planner would walk it
            // instead of reading the GIN index.
            if (!run(QStringLiteral("%1 r").arg(table),
                    filter.sql.isEmpty() ? s("r.id <= :high") : filter.sql + s(" AND r.id <= :high"),
                    s("r.id + 0 DESC"), {{":high", high}}))
                return false;
            plan = s("gin");
        } else if (!filter.keptRows.isEmpty()) {
            if (!run(filter.keptRows, QString(), s("r.id DESC"), {}))
                return false;
            plan = s("span");
        } else {
            if (!run(QStringLiteral("(SELECT * FROM %1 r WHERE %2 OFFSET 0) r").arg(table, filter.sql), QString(),
                    s("r.id DESC"), {}))
                return false;
            plan = s("filter");
        }
    }
    m_plans.append(entity + u':' + plan);
    std::stable_sort(best.begin(), best.end(),
        [](const SearchHit &a, const SearchHit &b) { return a.rank != b.rank ? a.rank < b.rank : a.id < b.id; });
    if (best.size() > limit)
        best.resize(limit);
    hits->append(best);
    return true;
}

bool SearchIndex::searchPostgresTables(const QList<std::pair<QString, Filter>> &tables, const QString &match, int limit,
    QList<SearchHit> *hits, StorageError *error) const
{
    // Each table's statements run on one core of the server. The first table
    // (events, the biggest) is read on the second connection while this one
    // reads the others, unless this connection is in a transaction (the
    // other would not see its writes). (std::vector: each thread writes its
    // own element, with no detach.)
    std::vector<QList<SearchHit>> found(tables.size());
    std::vector<QStringList> plans(tables.size());
    const auto searchOne = [&](const SearchIndex &index, std::size_t i, StorageError *tableError) {
        const auto &[entity, filter] = tables.at(qsizetype(i));
        const bool done = index.searchPostgres(entity, match, filter, limit, &found[i], tableError);
        plans[i] = index.m_plans;
        index.m_plans.clear();
        return done;
    };
    const bool together
        = m_usesSecondConnection && tables.size() > 1 && !m_db.inTransaction() && m_db.searchPartner().available();
    StorageError partnerError;
    std::future<bool> partnerDone;
    if (together) {
        partnerDone = m_db.searchPartner().start(
            [&](Database *partner) { return partner && searchOne(SearchIndex(*partner), 0, &partnerError); });
    }
    bool done = true;
    for (std::size_t i = together ? 1 : 0; done && i < found.size(); ++i)
        done = searchOne(*this, i, error);
    // (Always waited for: the work refers to this frame.)
    if (together && !partnerDone.get() && done) {
        // The second connection could not be opened or lost its server:
        // this one reads that table as well.
        found[0].clear();
        done = searchOne(*this, 0, error);
    }
    if (!done)
        return false;
    for (std::size_t i = 0; i < found.size(); ++i) {
        hits->append(found[i]);
        m_plans.append(plans[i]);
    }
    return true;
}

bool SearchIndex::postgresDetails(const QString &match, QList<SearchHit> *hits, StorageError *error) const
{
    // A headline parses its row's text again (a quarter of a millisecond
    // each): made for the hits shown only, not every table's best.
    for (const Searchable &table : searchables) {
        const QString entity = s(table.entity);
        QHash<qint64, qsizetype> positions;
        QStringList ids;
        for (qsizetype i = 0; i < hits->size(); ++i) {
            if (hits->at(i).entity == entity) {
                positions.insert(hits->at(i).id, i);
                ids.append(QString::number(hits->at(i).id));
            }
        }
        if (ids.isEmpty())
            continue;
        QSqlQuery details;
        if (!m_db.prepare(details,
                QStringLiteral("SELECT r.id, %1, %2, ts_headline('%3', %4, to_tsquery('%3', :match), 'StartSel=' || "
                               "chr(2) || ', StopSel=' || chr(3) || ', MaxWords=14, MinWords=8, ShortWord=0') "
                               "FROM %5 r WHERE r.id = ANY(CAST(:ids AS bigint[]))")
                    .arg(s(table.titleFr), s(table.titleEn), QLatin1String(postgresSearchConfig),
                        postgresSearchText(entity, s("r.")), postgresTable(entity)),
                error))
            return false;
        details.bindValue(s(":match"), match);
        details.bindValue(s(":ids"), QString(u'{' + ids.join(u',') + u'}'));
        details.setForwardOnly(true);
        if (!m_db.exec(details, error))
            return false;
        while (details.next()) {
            const auto position = positions.constFind(details.value(0).toLongLong());
            if (position == positions.cend())
                continue;
            SearchHit &hit = (*hits)[position.value()];
            hit.titleFr = details.value(1).toString();
            hit.titleEn = details.value(2).toString();
            hit.snippet = details.value(3).toString();
        }
    }
    return true;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &request, StorageError *error) const
{
    QList<SearchHit> hits;
    m_plans.clear();
    const bool postgres = m_db.isPostgres();
    const QString match = postgres ? tsQueryExpression(request.text) : matchExpression(request.text);
    if (match.isEmpty() || request.limit <= 0)
        return hits;
    const bool dateFiltered = request.fromMinutes != std::numeric_limits<qint64>::min()
        || request.toMinutes != std::numeric_limits<qint64>::max();
    // An empty range overlaps nothing (and PostgreSQL refuses to build it).
    if (request.fromMinutes > request.toMinutes)
        return hits;
    const bool gradeFiltered = !request.minReliability.isNull() || request.minCredibility > 0;
    QList<std::pair<QString, Filter>> tables; // PostgreSQL: searched together below
    for (const Searchable &table : searchables) {
        if ((request.disputeId && !table.disputeFilter) || (request.actorId && !table.actorFilter)
            || (dateFiltered && !table.dateFilter) || (request.claimStatus && !table.statusFilter))
            continue;
        const QString entity = s(table.entity);
        // Only sources are graded.
        if (gradeFiltered && entity != QLatin1String("source"))
            continue;
        Filter filter;
        QStringList conditions;
        // An actor's ids (fewer than a dispute's) or a dispute's drive the
        // search; the other filters test the rows they lead to.
        const bool actorDrives = request.actorId && table.actorIds;
        const bool disputeDrives = !actorDrives && request.disputeId && table.disputeIds;
        if (request.disputeId) {
            if (disputeDrives)
                filter.drivingIds = s(table.disputeIds);
            else
                conditions.append(s(table.disputeFilter));
            filter.values.append({":dispute", request.disputeId});
        }
        if (request.actorId) {
            if (actorDrives)
                filter.drivingIds = s(table.actorIds);
            else
                conditions.append(s(table.actorFilter));
            filter.values.append({":actor", request.actorId});
        }
        if (dateFiltered && !postgres && !actorDrives && !disputeDrives) {
            // SQLite: the events of the range from the time index, a set
            // (built once) each match is tested against.
            conditions.append(QStringLiteral("+%1_fts.rowid IN (%2)").arg(entity, TimeIndex::overlappingSql(s("id"))));
            for (const auto &[name, value] : TimeIndex::parameters(request.fromMinutes, request.toMinutes))
                filter.values.append({name, value});
        } else if (dateFiltered) {
            // On PostgreSQL the GiST index on the spans can find the events
            // of a short range; its ranges end one past their upper bound.
            conditions.append(
                postgres ? s("int8range(r.t_min, r.t_max, '[]') && int8range(:from, :to, '[]')") : s(table.dateFilter));
            // The only filter then (the others drive): the rows it keeps,
            // with their vectors, from the span indexes (schema step 10; the
            // few too long for one from the other, each then read). OFFSET 0:
            // the planner would test the words with the GIN index first.
            if (postgres && !actorDrives && !disputeDrives) {
                const QString kept = QStringLiteral("SELECT r.id, r.%1 FROM event r WHERE int8range(r.t_min, r.t_max, "
                                                    "'[]') && int8range(:from, :to, '[]') AND %2")
                                         .arg(QLatin1String(postgresSearchColumn));
                filter.keptRows = QStringLiteral("(%1 UNION ALL %2 OFFSET 0) r")
                                      .arg(kept.arg(postgresSpanVectorCondition(s("r."), true)),
                                          kept.arg(postgresSpanVectorCondition(s("r."), false)));
            }
            filter.values.append({":from", request.fromMinutes});
            filter.values.append({":to",
                postgres ? std::min(request.toMinutes, std::numeric_limits<qint64>::max() - 1) : request.toMinutes});
        }
        if (request.claimStatus) {
            conditions.append(s(table.statusFilter));
            filter.values.append({":status", claimStatusCode(*request.claimStatus)});
        }
        // F and 6 ("cannot be judged") are no grade at all on the scale.
        if (!request.minReliability.isNull()) {
            conditions.append(s("r.reliability BETWEEN 'A' AND :reliability AND r.reliability <> 'F'"));
            filter.values.append({":reliability", QString(request.minReliability.toUpper())});
        }
        if (request.minCredibility > 0) {
            conditions.append(s("r.credibility BETWEEN 1 AND :credibility AND r.credibility <> 6"));
            filter.values.append({":credibility", request.minCredibility});
        }
        filter.sql = conditions.join(s(" AND "));
        if (postgres) {
            tables.append({entity, filter});
            continue;
        }
        const QString titles = QStringLiteral("%1, %2").arg(s(table.titleFr), s(table.titleEn));
        if (!searchNewest(entity, s(table.weights), titles, match, filter, request.limit, &hits, error))
            return {};
    }
    if (postgres && !searchPostgresTables(tables, match, request.limit, &hits, error))
        return {};
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (hits.size() > request.limit)
        hits.resize(request.limit);
    if (postgres && !postgresDetails(match, &hits, error))
        return {};
    return hits;
}

QString SearchIndex::postgresTable(const QString &entity) const
{
    return entity == QLatin1String("source") ? m_db.sourceTable() : entity;
}

} // namespace Frise::Storage
