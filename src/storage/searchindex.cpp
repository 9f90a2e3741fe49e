// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "database.h"
#include "postgresmigrations.h"

#include <QSqlQuery>

#include <algorithm>

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

QString SearchIndex::narrowedMatch(const QString &entity, const QString &match) const
{
    // A prefix longer than FTS5's prefix indexes (2 and 3 characters) makes
    // FTS5 merge the full lists of every term that starts with it, once per
    // statement: for a word in half the rows of a million, 60 ms instead of
    // 20 ms. When no other term of the index starts with the word, the
    // prefix query and the plain word match the same rows with the same
    // scores, so the plain word is asked. The index's own term list (an
    // fts5vocab table, read one entry at a time) tells.
    const QString vocab = QStringLiteral("frise_vocab_%1").arg(entity);
    QSqlQuery create(m_db.connection());
    if (!create.exec(
            QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.%1 USING fts5vocab(main, %2_fts, instance)")
                .arg(vocab, entity)))
        return match;
    QStringList parts;
    for (const QString &phrase : match.split(QStringLiteral("\"*"), Qt::SkipEmptyParts)) {
        const QString words = phrase.trimmed().mid(1); // without the opening quote
        const QString last = words.section(u' ', -1);
        // Folded as unicode61 does, for plain ASCII results only: anything
        // else keeps the prefix query.
        QString term;
        for (const QChar c : last.normalized(QString::NormalizationForm_D).toCaseFolded()) {
            if (!c.isMark())
                term += c;
        }
        bool plain = term.size() > 3;
        for (const QChar c : std::as_const(term))
            plain = plain && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'));
        if (plain) {
            QString upper = term;
            upper.back() = QChar(upper.back().unicode() + 1);
            QSqlQuery other(m_db.connection());
            other.setForwardOnly(true);
            plain = other.prepare(
                QStringLiteral("SELECT 1 FROM temp.%1 WHERE term >= ? AND term < ? LIMIT 1").arg(vocab));
            other.addBindValue(QString(term + QChar(1)));
            other.addBindValue(upper);
            plain = plain && other.exec() && !other.next();
        }
        parts.append(u'"' + words + (plain ? QStringLiteral("\"") : QStringLiteral("\"*")));
    }
    return parts.join(u' ');
}

bool SearchIndex::searchNewest(const QString &entity, const QString &weights, const QString &titles,
    const QString &match, int limit, QList<SearchHit> *hits, StorageError *error) const
{
    // bm25 needs each match's row statistics, so ranking a word found in
    // hundreds of thousands of rows takes seconds. FTS5 walks matches by
    // rowid cheaply, so only the newest rankedCandidates matches are ranked,
    // in one pass (FTS5 sets up a prefix query once per statement).
    QSqlQuery ranked;
    if (!m_db.prepare(ranked,
            QStringLiteral("SELECT id, score FROM (SELECT rowid AS id, bm25(%1_fts, %2) AS score FROM %1_fts "
                           "WHERE %1_fts MATCH :match ORDER BY rowid DESC LIMIT :candidates) "
                           "ORDER BY score, id LIMIT :limit")
                .arg(entity, weights),
            error))
        return false;
    ranked.bindValue(s(":match"), match);
    ranked.bindValue(s(":candidates"), rankedCandidates);
    ranked.bindValue(s(":limit"), limit);
    ranked.setForwardOnly(true);
    if (!m_db.exec(ranked, error))
        return false;
    QList<SearchHit> winners;
    QStringList ids;
    qint64 low = std::numeric_limits<qint64>::max();
    qint64 high = std::numeric_limits<qint64>::min();
    while (ranked.next()) {
        SearchHit hit;
        hit.entity = entity;
        hit.id = ranked.value(0).toLongLong();
        hit.rank = ranked.value(1).toDouble();
        winners.append(hit);
        ids.append(QString::number(hit.id));
        low = std::min(low, hit.id);
        high = std::max(high, hit.id);
    }
    if (winners.isEmpty())
        return true;
    // Snippets and titles for the winners only: a snippet tokenizes its row
    // again, which for every candidate cost more than the ranking (and bm25
    // is not asked again: it walks all matches once per statement). The
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
    details.bindValue(s(":match"), match);
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
        const bool filtered = request.disputeId || request.actorId || dateFiltered || request.claimStatus;
        if (!filtered && postgres) {
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
        } else if (!filtered) {
            if (!searchNewest(entity, s(table.weights),
                    QStringLiteral("%1, %2").arg(s(table.titleFr), s(table.titleEn)), tableMatch, request.limit, &hits,
                    error))
                return {};
            continue;
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
