// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "postgresmigrations.h"
#include "rawstatement_p.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <memory>
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
};

// ts_rank weights of the classes {D, C, B, A} (see postgresmigrations.cpp).
constexpr char postgresRankWeights[] = "{0.05, 0.1, 0.5, 1.0}";

constexpr Searchable searchables[] = {
    {"event", "r.title_fr", "r.title_en",
        "EXISTS (SELECT 1 FROM event_dispute l WHERE l.event_id = r.id AND l.dispute_id = :dispute)",
        "EXISTS (SELECT 1 FROM event_actor l WHERE l.event_id = r.id AND l.actor_id = :actor)",
        "r.t_max >= :from AND r.t_min <= :to", nullptr, "10.0, 10.0, 1.0, 1.0, 0.5"},
    {"claim", "r.text_fr", "r.text_en", "r.dispute_id = :dispute", "r.claimant_id = :actor", nullptr,
        "r.status = :status", "1.0, 1.0, 1.0, 0.5"},
    {"actor", "r.name_fr", "r.name_en", nullptr, "r.id = :actor", nullptr, nullptr, "10.0, 10.0, 1.0, 1.0, 5.0"},
    {"source", "r.title", "r.title", nullptr, nullptr, nullptr, nullptr, "5.0, 10.0, 1.0"},
};

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

QString SearchIndex::narrowedMatch(const QString &entity, const QString &match) const
{
    // A prefix longer than FTS5's prefix indexes (2 and 3 characters) makes
    // FTS5 merge the full lists of every term that starts with it, once per
    // statement. When only one term of the index starts with the word, the
    // prefix query and the plain word match the same rows with the same
    // scores, so the plain word is asked.
    QStringList parts;
    for (const QString &phrase : match.split(QStringLiteral("\"*"), Qt::SkipEmptyParts)) {
        const QString words = phrase.trimmed().mid(1); // without the opening quote
        const QString term = plainTerm(words.section(u' ', -1));
        bool plain = false;
        if (!term.isEmpty()) {
            const std::optional<QStringList> terms = indexTerms(entity, term, 1);
            plain = terms && terms->size() == 1 && terms->constFirst() == term;
        }
        parts.append(u'"' + words + (plain ? QStringLiteral("\"") : QStringLiteral("\"*")));
    }
    return parts.join(u' ');
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

bool SearchIndex::searchNewest(const QString &entity, const QString &weights, const QString &titles,
    const QString &match, int limit, QList<SearchHit> *hits, StorageError *error) const
{
    // FTS5's bm25 counts, once per statement, every row that matches each
    // phrase (its inverse document frequency): for a word in half the rows
    // of a million, 20 ms of a query that otherwise takes 1 ms. frise_bm25
    // is the same formula with those counts given: exact when a phrase has
    // fewer matches than rankedCandidates, else estimated from its newest
    // matches (estimatedMatches()). Only the newest rankedCandidates matches
    // of the whole query are ranked, in one pass.
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
    // With one word the counts only scale every score alike: they come from
    // the ranking pass itself. With more, each word's own matches are counted.
    QStringList counts;
    if (groups > 1) {
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
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> ranked(nullptr, &sqlite3_finalize);
    {
        const QByteArray sql = QStringLiteral(
            "SELECT id, score FROM (SELECT rowid AS id, frise_bm25(%1_fts, ?1, ?2, ?3, %2) AS score FROM %1_fts "
            "WHERE %1_fts MATCH ?4 ORDER BY rowid DESC LIMIT ?5) ORDER BY score, id LIMIT ?6")
                                   .arg(entity, weights)
                                   .toUtf8();
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
    sqlite3_bind_pointer(ranked.get(), 1, &statistics, rankStatisticsType, nullptr);
    sqlite3_bind_text(ranked.get(), 2, groupText.constData(), int(groupText.size()), SQLITE_STATIC);
    sqlite3_bind_text(ranked.get(), 3, countText.constData(), int(countText.size()), SQLITE_STATIC);
    sqlite3_bind_text(ranked.get(), 4, matchText.constData(), int(matchText.size()), SQLITE_STATIC);
    sqlite3_bind_int(ranked.get(), 5, rankedCandidates);
    sqlite3_bind_int(ranked.get(), 6, limit);
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
    if (groups == 1 && !winners.isEmpty()) {
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
    // again, which for every candidate cost more than the ranking. The
    // unary + keeps the id list a plain filter: handed to FTS5, each id
    // would set the query up again.
    QSqlQuery details;
    if (!m_db.prepare(details,
            QStringLiteral("SELECT r.id, %1, snippet(%2_fts, -1, char(2), char(3), '…', 12) "
                           "FROM %2_fts JOIN %2 r ON r.id = %2_fts.rowid WHERE %2_fts MATCH :match "
                           "AND %2_fts.rowid BETWEEN :low AND :high "
                           "AND +%2_fts.rowid IN (SELECT value FROM json_each(:ids))")
                .arg(titles, entity),
            error))
        return false;
    details.bindValue(s(":match"), expanded);
    details.bindValue(s(":low"), low);
    details.bindValue(s(":high"), high);
    details.bindValue(s(":ids"), QString(u'[' + ids.join(u',') + u']'));
    details.setForwardOnly(true);
    if (!m_db.exec(details, error))
        return false;
    QHash<qint64, qsizetype> positions;
    for (qsizetype i = 0; i < winners.size(); ++i)
        positions.insert(winners.at(i).id, i);
    while (details.next()) {
        const auto position = positions.constFind(details.value(0).toLongLong());
        if (position == positions.cend())
            continue;
        SearchHit &hit = winners[position.value()];
        hit.titleFr = details.value(1).toString();
        hit.titleEn = details.value(2).toString();
        hit.snippet = details.value(3).toString();
    }
    hits->append(winners);
    return true;
}

QList<SearchHit> SearchIndex::search(const SearchQuery &request, StorageError *error) const
{
    QList<SearchHit> hits;
    const bool postgres = m_db.isPostgres();
    const QString match = postgres ? tsQueryExpression(request.text) : matchExpression(request.text);
    if (match.isEmpty() || request.limit <= 0)
        return hits;
    const bool dateFiltered = request.fromMinutes != std::numeric_limits<qint64>::min()
        || request.toMinutes != std::numeric_limits<qint64>::max();
    for (const Searchable &table : searchables) {
        if ((request.disputeId && !table.disputeFilter) || (request.actorId && !table.actorFilter)
            || (dateFiltered && !table.dateFilter) || (request.claimStatus && !table.statusFilter))
            continue;
        const QString entity = s(table.entity);
        const bool filtered = request.disputeId || request.actorId || dateFiltered || request.claimStatus;
        if (!filtered && !postgres) {
            if (!searchNewest(entity, s(table.weights),
                    QStringLiteral("%1, %2").arg(s(table.titleFr), s(table.titleEn)), match, request.limit, &hits,
                    error))
                return {};
            continue;
        }
        const QString tableMatch = postgres ? match : narrowedMatch(entity, match);
        QString sql;
        if (postgres) {
            // Negated so that, as with bm25, lower is better.
            const QString vector = postgresSearchVector(entity, s("r."));
            sql = QStringLiteral("SELECT r.id, %1, %2, ts_headline('%3', %4, q, 'StartSel=' || chr(2) || "
                                 "', StopSel=' || chr(3) || ', MaxWords=14, MinWords=8, ShortWord=0'), "
                                 "-ts_rank('%5', %6, q, 1) AS score FROM %7 r, to_tsquery('%3', :match) q "
                                 "WHERE (%6) @@ q")
                      .arg(s(table.titleFr), s(table.titleEn), QLatin1String(postgresSearchConfig),
                          postgresSearchText(entity, s("r.")), QLatin1String(postgresRankWeights), vector, entity);
        } else {
            sql = QStringLiteral("SELECT r.id, %1, %2, snippet(%3_fts, -1, char(2), char(3), '…', 12), "
                                 "bm25(%3_fts, %4) AS score FROM %3_fts JOIN %3 r ON r.id = %3_fts.rowid "
                                 "WHERE %3_fts MATCH :match")
                      .arg(s(table.titleFr), s(table.titleEn), entity, s(table.weights));
        }
        if (request.disputeId)
            sql += s(" AND ") + s(table.disputeFilter);
        if (request.actorId)
            sql += s(" AND ") + s(table.actorFilter);
        if (dateFiltered)
            sql += s(" AND ") + s(table.dateFilter);
        if (request.claimStatus)
            sql += s(" AND ") + s(table.statusFilter);
        if (!filtered) {
            // As on SQLite, only the newest rankedCandidates matches are
            // ranked (ts_rank recomputes each match's tsvector), and the
            // headline is made for the winners only.
            const QString vector = postgresSearchVector(entity, s("r."));
            sql = QStringLiteral("SELECT h.id, h.title_a, h.title_b, ts_headline('%3', h.body, h.q, 'StartSel=' || "
                                 "chr(2) || ', StopSel=' || chr(3) || ', MaxWords=14, MinWords=8, ShortWord=0'), "
                                 "h.score FROM (SELECT r.id, %1 AS title_a, %2 AS title_b, %4 AS body, c.q, "
                                 "-ts_rank('%5', %6, c.q, 1) AS score FROM (SELECT r.id, q FROM %7 r, "
                                 "to_tsquery('%3', :match) q WHERE (%6) @@ q ORDER BY r.id DESC LIMIT :candidates) c "
                                 "JOIN %7 r ON r.id = c.id ORDER BY score, r.id LIMIT :limit) h "
                                 "ORDER BY h.score, h.id")
                      .arg(s(table.titleFr), s(table.titleEn), QLatin1String(postgresSearchConfig),
                          postgresSearchText(entity, s("r.")), QLatin1String(postgresRankWeights), vector, entity);
        }
        if (filtered)
            sql += s(" ORDER BY score LIMIT :limit");
        QSqlQuery query;
        if (!m_db.prepare(query, sql, error))
            return {};
        query.bindValue(s(":match"), tableMatch);
        if (request.disputeId)
            query.bindValue(s(":dispute"), request.disputeId);
        if (request.actorId)
            query.bindValue(s(":actor"), request.actorId);
        if (dateFiltered) {
            query.bindValue(s(":from"), request.fromMinutes);
            query.bindValue(s(":to"), request.toMinutes);
        }
        if (request.claimStatus)
            query.bindValue(s(":status"), claimStatusCode(*request.claimStatus));
        query.bindValue(s(":limit"), request.limit);
        if (!filtered)
            query.bindValue(s(":candidates"), rankedCandidates);
        query.setForwardOnly(true);
        if (!m_db.exec(query, error))
            return {};
        while (query.next()) {
            SearchHit hit;
            hit.entity = entity;
            hit.id = query.value(0).toLongLong();
            hit.titleFr = query.value(1).toString();
            hit.titleEn = query.value(2).toString();
            hit.snippet = query.value(3).toString();
            hit.rank = query.value(4).toDouble();
            hits.append(hit);
        }
    }
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    if (hits.size() > request.limit)
        hits.resize(request.limit);
    return hits;
}

} // namespace Frise::Storage
