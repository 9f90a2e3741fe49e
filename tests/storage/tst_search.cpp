// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/postgresmigrations.h"
#include "storage/repositories.h"
#include "storage/searchindex.h"
#include "storagetesthelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using namespace Frise::Storage;
using namespace Frise::StorageTest;

// Filters of a search row, as a small bitmask for the data table.
enum Filter {
    NoFilter = 0,
    ByDispute = 1,
    ByActor = 2,
    ConfirmedClaims = 4,
    Year2019 = 8,
};

class TestSearch : public QObject
{
    Q_OBJECT

private:
    // "entity:key" for every record, to name expected hits in data tables.
    QString keyOf(const SearchHit &hit) const { return m_keys.value(hit.entity + u':' + QString::number(hit.id)); }

    QStringList keysOf(const QList<SearchHit> &hits) const
    {
        QStringList keys;
        for (const SearchHit &hit : hits)
            keys.append(keyOf(hit));
        return keys;
    }

    void remember(const QString &entity, RowId id, const QString &key)
    {
        m_keys.insert(entity + u':' + QString::number(id), entity + u':' + key);
    }

    RowId addEvent(const QString &key, const BilingualText &title, const BilingualText &text,
        const QString &date = QStringLiteral("2023-04-25"))
    {
        Event event;
        event.title = title;
        event.text = text;
        event.start = FuzzyDate::fromIsoText(date);
        if (key == QLatin1String("negotiation"))
            event.disputeIds = {m_dispute};
        if (key == QLatin1String("usa"))
            event.actors = {{m_actor, QStringLiteral("plaignant")}};
        StorageError error;
        if (!EventRepository(*m_db).insert(event, &error))
            qFatal("insert event: %s", qPrintable(error.message));
        remember(QStringLiteral("event"), event.id, key);
        return event.id;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_rankingDb; ///< for rankingMatchesBm25()
    std::unique_ptr<Database> m_plansDb; ///< for postgresPlans()
    RowId m_plansDispute = 0;
    QHash<QString, QString> m_keys;
    RowId m_dispute = 0;
    RowId m_actor = 0;

    // postgresPlans()'s events (see there), imported once.
    bool openPlansDatabase()
    {
        std::unique_ptr<Database> &db = m_plansDb;
        if (db)
            return true;
        {
            QString message;
            db = openDatabase(m_dir.filePath(QStringLiteral("plans.frise")), &message);
            if (!db) {
                qWarning("%s", qPrintable(message));
                return false;
            }
            Dataset set;
            Dispute dispute;
            dispute.id = 1;
            dispute.uid = QStringLiteral("plans-dispute");
            dispute.title = BilingualText::original(Language::French, QStringLiteral("Litige"));
            set.disputes << dispute;
            constexpr int events = 20000;
            for (int i = 1; i <= events; ++i) {
                QString title = QStringLiteral("commun");
                if (i % 3 == 0)
                    title += QStringLiteral(" frequent");
                if (i % 200 == 0)
                    title += QStringLiteral(" rarissime");
                if ((i > events - 3000 && i % 2 == 0) || i % 500 == 0)
                    title += QStringLiteral(" recent");
                if (i % 10 < 6)
                    title += QStringLiteral(" alpha");
                if (i % 10 >= 5)
                    title += QStringLiteral(" beta");
                title += QStringLiteral(" mot").repeated(i % 7);
                Event event = makeEvent(title, QString::number(1900 + i % 100));
                event.id = i;
                event.uid = QStringLiteral("plans-%1").arg(i);
                if (i % 50 == 0)
                    event.disputeIds = {1};
                // Twenty of 1950's events with notes too long for the span
                // index that holds the vectors (words no search here uses).
                if (i % 1000 == 50) {
                    for (int word = 0; word < 400; ++word)
                        event.notes += QStringLiteral(" note%1").arg(word);
                }
                set.events << event;
            }
            ImportSummary summary;
            StorageError error;
            if (!DatasetStore(*db).import(set, {}, {}, &summary, &error)) {
                qWarning("%s", qPrintable(error.message));
                db.reset();
                return false;
            }
            m_plansDispute = scalar(*db, QStringLiteral("SELECT id FROM dispute")).toLongLong();
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString message;
        m_db = openDatabase(m_dir.filePath(QStringLiteral("search.frise")), &message);
        QVERIFY2(m_db, qPrintable(message));
        StorageError error;

        Actor google;
        google.name = BilingualText::both(QStringLiteral("Alphabet"), QStringLiteral("Alphabet"));
        google.aliases = {QStringLiteral("Google LLC"), QStringLiteral("Gogol Mogol")};
        QVERIFY2(ActorRepository(*m_db).insert(google, &error), qPrintable(error.message));
        remember(QStringLiteral("actor"), google.id, QStringLiteral("alphabet"));
        m_actor = google.id;

        Dispute dispute;
        dispute.title = BilingualText::original(Language::French, QStringLiteral("Droits voisins"));
        QVERIFY2(DisputeRepository(*m_db).insert(dispute, &error), qPrintable(error.message));
        m_dispute = dispute.id;

        addEvent(QStringLiteral("negotiation"),
            BilingualText::both(QStringLiteral("Échec de la négociation avec les éditeurs"),
                QStringLiteral("Publishers talks collapse")),
            BilingualText::both(QStringLiteral("Les éditeurs de presse claquent la porte."),
                QStringLiteral("Press publishers walk out.")));
        addEvent(QStringLiteral("usa"),
            BilingualText::both(QStringLiteral("Les États-Unis saisissent la justice"),
                QStringLiteral("The United States go to court")),
            BilingualText::both(QStringLiteral("Le ministère de la Justice dépose plainte."),
                QStringLiteral("The Department of Justice files a complaint.")),
            QStringLiteral("2019-06"));
        addEvent(QStringLiteral("fr-only"),
            BilingualText::original(Language::French, QStringLiteral("Amende de la CNIL")),
            BilingualText::original(Language::French, QStringLiteral("Une sanction record pour les cookies.")));
        addEvent(QStringLiteral("en-only"),
            BilingualText::original(Language::English, QStringLiteral("Fine upheld on appeal")),
            BilingualText::original(Language::English, QStringLiteral("The court of appeal confirms the penalty.")));
        // Ranking: the same word once in the title, or once in the body of a
        // row of the same length; FTS5's bm25 without column weights ranks
        // both the same. The body match is stored first so that insertion
        // order cannot help.
        addEvent(QStringLiteral("body-match"),
            BilingualText::original(
                Language::French, QStringLiteral("Le dirigeable atterrit enfin sur la place de la Concorde à Paris")),
            BilingualText::original(Language::French, QStringLiteral("Un zeppelin.")));
        addEvent(QStringLiteral("title-match"),
            BilingualText::original(
                Language::French, QStringLiteral("Le zeppelin atterrit enfin sur la place de la Concorde à Paris")),
            BilingualText::original(Language::French, QStringLiteral("Un dirigeable.")));

        Claim confirmed;
        confirmed.text = BilingualText::both(QStringLiteral("Les données ont été vendues sans consentement"),
            QStringLiteral("The data was sold without consent"));
        confirmed.status = Claim::Status::Confirmed;
        confirmed.claimantId = m_actor;
        confirmed.disputeId = m_dispute;
        QVERIFY2(ClaimRepository(*m_db).insert(confirmed, &error), qPrintable(error.message));
        remember(QStringLiteral("claim"), confirmed.id, QStringLiteral("confirmed"));

        Claim refuted;
        refuted.text = BilingualText::original(Language::French, QStringLiteral("Aucune donnée n’a été vendue"));
        refuted.quote = QStringLiteral("Nous n’avons jamais vendu de données personnelles");
        refuted.status = Claim::Status::Refuted;
        QVERIFY2(ClaimRepository(*m_db).insert(refuted, &error), qPrintable(error.message));
        remember(QStringLiteral("claim"), refuted.id, QStringLiteral("refuted"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_rankingDb.reset();
        m_plansDb.reset();
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("filters");
        QTest::addColumn<QStringList>("expected"); // every hit, in any order

        const QStringList negotiation {QStringLiteral("event:negotiation")};
        const QStringList usa {QStringLiteral("event:usa")};
        QTest::newRow("accent folded") << QStringLiteral("negociation") << int(NoFilter) << negotiation;
        QTest::newRow("accented query") << QStringLiteral("négociation") << int(NoFilter) << negotiation;
        QTest::newRow("upper case") << QStringLiteral("NÉGOCIATION") << int(NoFilter) << negotiation;
        QTest::newRow("prefix") << QStringLiteral("negoc") << int(NoFilter) << negotiation;
        QTest::newRow("hyphenated, folded") << QStringLiteral("etats-unis") << int(NoFilter) << usa;
        QTest::newRow("hyphenated, accented") << QStringLiteral("États-Unis") << int(NoFilter) << usa;
        QTest::newRow("upper case prefix") << QStringLiteral("ETATS") << int(NoFilter) << usa;
        QTest::newRow("FR text by FR query")
            << QStringLiteral("sanction") << int(NoFilter) << QStringList {QStringLiteral("event:fr-only")};
        QTest::newRow("EN text by EN query")
            << QStringLiteral("upheld") << int(NoFilter) << QStringList {QStringLiteral("event:en-only")};
        QTest::newRow("EN half of a bilingual text") << QStringLiteral("publishers") << int(NoFilter) << negotiation;
        QTest::newRow("two words, both required") << QStringLiteral("justice plainte") << int(NoFilter) << usa;
        QTest::newRow("words on two lines") << QStringLiteral("justice\nplainte") << int(NoFilter) << usa;
        QTest::newRow("actor alias") << QStringLiteral("gogol") << int(NoFilter)
                                     << QStringList {QStringLiteral("actor:alphabet")};
        QTest::newRow("actor alias, two words")
            << QStringLiteral("google llc") << int(NoFilter) << QStringList {QStringLiteral("actor:alphabet")};
        QTest::newRow("claims") << QStringLiteral("donnee vendu") << int(NoFilter)
                                << QStringList {QStringLiteral("claim:confirmed"), QStringLiteral("claim:refuted")};
        QTest::newRow("claim quote") << QStringLiteral("personnelles") << int(NoFilter)
                                     << QStringList {QStringLiteral("claim:refuted")};
        QTest::newRow("claim status filter")
            << QStringLiteral("donnee") << int(ConfirmedClaims) << QStringList {QStringLiteral("claim:confirmed")};
        QTest::newRow("dispute filter") << QStringLiteral("les") << int(ByDispute)
                                        << QStringList {
                                               QStringLiteral("event:negotiation"), QStringLiteral("claim:confirmed")};
        QTest::newRow("actor filter") << QStringLiteral("les") << int(ByActor)
                                      << QStringList {QStringLiteral("event:usa"), QStringLiteral("claim:confirmed")};
        QTest::newRow("actor filter on the actor")
            << QStringLiteral("alphabet") << int(ByActor) << QStringList {QStringLiteral("actor:alphabet")};
        QTest::newRow("date filter") << QStringLiteral("les") << int(Year2019) << usa;
        QTest::newRow("filters combine") << QStringLiteral("les") << int(ByDispute | Year2019) << QStringList {};
        QTest::newRow("no match") << QStringLiteral("introuvable") << int(NoFilter) << QStringList {};
        QTest::newRow("empty") << QString() << int(NoFilter) << QStringList {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, filters);
        QFETCH(QStringList, expected);
        SearchQuery query;
        query.text = text;
        if (filters & ByDispute)
            query.disputeId = m_dispute;
        if (filters & ByActor)
            query.actorId = m_actor;
        if (filters & ConfirmedClaims)
            query.claimStatus = Claim::Status::Confirmed;
        if (filters & Year2019) {
            query.fromMinutes = FuzzyDate::fromYear(2019).earliestMinutes();
            query.toMinutes = FuzzyDate::fromYear(2019).latestMinutes();
        }
        StorageError error;
        const QList<SearchHit> hits = SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QStringList found = keysOf(hits);
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        for (const SearchHit &hit : hits) {
            QVERIFY(!hit.titleFr.isEmpty() || !hit.titleEn.isEmpty());
            QVERIFY2(hit.snippet.contains(SearchHit::highlightStart), qPrintable(hit.snippet));
        }
    }

    void ranking()
    {
        SearchQuery query;
        query.text = QStringLiteral("zeppelin");
        StorageError error;
        const QList<SearchHit> hits = SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(keysOf(hits), (QStringList {QStringLiteral("event:title-match"), QStringLiteral("event:body-match")}));
        QVERIFY2(hits.at(0).rank < hits.at(1).rank,
            qPrintable(QStringLiteral("%1 %2").arg(hits.at(0).rank).arg(hits.at(1).rank)));
    }

    // The search ranks with its own bm25 (prefixes expanded to the terms
    // they start, match counts given), filtered or not. Below
    // rankedCandidates matches it must give the hits of FTS5's own bm25
    // over the whole index, with the same scores and snippets.
    void rankingMatchesBm25_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::newRow("prefix of three terms") << QStringLiteral("negoc") << 4;
        QTest::newRow("word and its plural") << QStringLiteral("negociation") << 3;
        QTest::newRow("one term") << QStringLiteral("accord") << 3;
        QTest::newRow("two words") << QStringLiteral("accord negoc") << 2;
        QTest::newRow("phrase with prefix") << QStringLiteral("etats-un") << 2;
        QTest::newRow("short prefix (prefix index)") << QStringLiteral("neg") << 4;
        QTest::newRow("accented prefix") << QStringLiteral("NÉGOCIAT") << 3;
        QTest::newRow("phrase with an operator word") << QStringLiteral("rock-AND-roll concert") << 1;
        QTest::newRow("no match") << QStringLiteral("negz") << 0;
    }

    void rankingMatchesBm25()
    {
        if (testingPostgres())
            QSKIP("SQLite ranking");
        QFETCH(QString, text);
        QFETCH(int, hits);
        std::unique_ptr<Database> &db = m_rankingDb;
        if (!db) {
            QString message;
            db = openDatabase(m_dir.filePath(QStringLiteral("bm25.frise")), &message);
            QVERIFY2(db, qPrintable(message));
            const QStringList titles = {
                QStringLiteral("Négociation sur l’accord de pêche"),
                QStringLiteral("Les négociations reprennent, les négociations piétinent"),
                QStringLiteral("Négocier encore avec les États-Unis sur un accord"),
                QStringLiteral("Les États-Unis se retirent"),
                QStringLiteral("Une très longue journée de négociation sans la moindre avancée pour personne"),
                QStringLiteral("Accord trouvé"),
                QStringLiteral("Concert de rock and roll"),
            };
            // Rows without these words, so that each word is in fewer than
            // half the rows and its IDF counts (else bm25 floors it).
            for (int i = 0; i < 12; ++i) {
                Event event = makeEvent(QStringLiteral("Conférence de presse %1").arg(i));
                StorageError error;
                QVERIFY2(EventRepository(*db).insert(event, &error), qPrintable(error.message));
            }
            for (const QString &title : titles) {
                Event event = makeEvent(title);
                StorageError error;
                QVERIFY2(EventRepository(*db).insert(event, &error), qPrintable(error.message));
            }
        }
        SearchQuery query;
        query.text = text;
        StorageError error;
        const QList<SearchHit> ranked = SearchIndex(*db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        // A filter over all time takes the filtered path.
        query.fromMinutes = std::numeric_limits<qint64>::min() + 1;
        const QList<SearchHit> filtered = SearchIndex(*db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QList<SearchHit> reference;
        QSqlQuery bm25(db->connection());
        QVERIFY(bm25.prepare(
            QStringLiteral("SELECT rowid, bm25(event_fts, 10.0, 10.0, 1.0, 1.0, 0.5) AS score, "
                           "snippet(event_fts, -1, char(2), char(3), '…', 12) FROM event_fts WHERE event_fts MATCH ? "
                           "ORDER BY score, rowid")));
        bm25.addBindValue(SearchIndex::matchExpression(text));
        QVERIFY2(bm25.exec(), qPrintable(bm25.lastError().text()));
        while (bm25.next()) {
            SearchHit hit;
            hit.id = bm25.value(0).toLongLong();
            hit.rank = bm25.value(1).toDouble();
            hit.snippet = bm25.value(2).toString();
            reference.append(hit);
        }
        QCOMPARE(ranked.size(), hits);
        QCOMPARE(filtered.size(), hits);
        QCOMPARE(reference.size(), hits);
        for (qsizetype i = 0; i < ranked.size(); ++i) {
            QCOMPARE(ranked.at(i).id, reference.at(i).id);
            QVERIFY2(qAbs(ranked.at(i).rank - reference.at(i).rank) <= 1e-12 * qAbs(reference.at(i).rank),
                qPrintable(
                    QStringLiteral("%1 %2").arg(ranked.at(i).rank, 0, 'g', 17).arg(reference.at(i).rank, 0, 'g', 17)));
            QVERIFY2(ranked.at(i).snippet.contains(SearchHit::highlightStart), qPrintable(ranked.at(i).snippet));
            QCOMPARE(ranked.at(i).snippet, reference.at(i).snippet);
            QCOMPARE(filtered.at(i).id, reference.at(i).id);
            QVERIFY2(qAbs(filtered.at(i).rank - reference.at(i).rank) <= 1e-12 * qAbs(reference.at(i).rank),
                qPrintable(QStringLiteral("%1 %2")
                        .arg(filtered.at(i).rank, 0, 'g', 17)
                        .arg(reference.at(i).rank, 0, 'g', 17)));
            QCOMPARE(filtered.at(i).snippet, reference.at(i).snippet);
        }
    }

    // PostgreSQL picks a plan per search and table (SearchIndex::
    // searchPostgres()): whichever it takes, the hits must be those of the
    // plain definition, the best by ts_rank (then by id) of the newest
    // rankedCandidates matches that pass the filters. 20,000 events, so that
    // each plan is taken: "commun" in every title, "frequent" in a third,
    // "rarissime" in one in 200, "recent" in every other of the newest 3,000
    // and one in 500 before; "alpha" in six in ten, "beta" in half, both in
    // one in ten; a year each (1900 to 1999, in turn); one in 50
    // in a dispute; titles of different lengths for different ranks.
    void postgresPlans_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("fromYear"); // 0: no date filter
        QTest::addColumn<int>("toYear");
        QTest::addColumn<bool>("byDispute");
        QTest::addColumn<QString>("plan");
        QTest::addColumn<int>("candidates"); // matches that pass the filters, up to rankedCandidates
        QTest::addColumn<int>("limit"); // hits asked for; 0: the default

        const int all = SearchIndex::rankedCandidates;
        QTest::newRow("common word: the newest rows")
            << QStringLiteral("commun") << 0 << 0 << false << QStringLiteral("event:newest") << all << 0;
        QTest::newRow("frequent word: walk")
            << QStringLiteral("frequent") << 0 << 0 << false << QStringLiteral("event:walk") << all << 0;
        QTest::newRow("prefix: walk") << QStringLiteral("freq") << 0 << 0 << false << QStringLiteral("event:walk")
                                      << all << 0;
        QTest::newRow("rare word: GIN") << QStringLiteral("rarissime") << 0 << 0 << false << QStringLiteral("event:gin")
                                        << 100 << 0;
        QTest::newRow("two words: GIN") << QStringLiteral("commun rariss") << 0 << 0 << false
                                        << QStringLiteral("event:gin") << 100 << 0;
        // Together in one in ten only, but the GIN index would merge the
        // postings of both (six in ten and half the rows).
        QTest::newRow("two frequent words, together rarely: walk")
            << QStringLiteral("alpha beta") << 0 << 0 << false << QStringLiteral("event:walk") << all << 0;
        QTest::newRow("newer rows' word: walk, then GIN")
            << QStringLiteral("recent") << 0 << 0 << false << QStringLiteral("event:walk+gin") << 1534 << 0;
        QTest::newRow("one year: its rows")
            << QStringLiteral("commun") << 1950 << 1950 << false << QStringLiteral("event:span") << 200 << 0;
        // Every candidate, those too long for the index with vectors as well.
        QTest::newRow("one year, every candidate")
            << QStringLiteral("commun") << 1950 << 1950 << false << QStringLiteral("event:span") << 200 << all;
        // More matches than are ranked: the newest of the kept ids only.
        QTest::newRow("fifteen years: their rows")
            << QStringLiteral("commun") << 1900 << 1914 << false << QStringLiteral("event:span") << all << 0;
        QTest::newRow("half the years: walk")
            << QStringLiteral("commun") << 1900 << 1949 << false << QStringLiteral("event:walk") << all << 0;
        QTest::newRow("half the years, rare word: GIN")
            << QStringLiteral("rarissime") << 1900 << 1949 << false << QStringLiteral("event:gin") << 100 << 0;
        // Testing the half the span index holds costs less than merging the
        // postings of both words (six in ten and half the rows).
        QTest::newRow("half the years, two words: their rows")
            << QStringLiteral("alpha beta") << 1900 << 1949 << false << QStringLiteral("event:span") << 1000 << 0;
        QTest::newRow("dispute: its rows")
            << QStringLiteral("commun") << 0 << 0 << true << QStringLiteral("event:driving") << 400 << 0;
        QTest::newRow("dispute and years")
            << QStringLiteral("frequent") << 1900 << 1949 << true << QStringLiteral("event:driving") << 66 << 0;
    }

    void postgresPlans()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL plans (SQLite's search has one plan, see rankingMatchesBm25)");
        QFETCH(QString, text);
        QFETCH(int, fromYear);
        QFETCH(int, toYear);
        QFETCH(bool, byDispute);
        QFETCH(QString, plan);
        QFETCH(int, candidates);
        QFETCH(int, limit);
        QVERIFY2(openPlansDatabase(), "the plans' database");
        const std::unique_ptr<Database> &db = m_plansDb;
        SearchQuery query;
        query.text = text;
        if (limit)
            query.limit = limit;
        QStringList conditions;
        QVariantList values {SearchIndex::tsQueryExpression(text)};
        if (fromYear) {
            query.fromMinutes = FuzzyDate::fromYear(fromYear).earliestMinutes();
            query.toMinutes = FuzzyDate::fromYear(toYear).latestMinutes();
            conditions << QStringLiteral("int8range(t_min, t_max, '[]') && int8range(?, ?, '[]')");
            values << query.fromMinutes << query.toMinutes;
        }
        if (byDispute) {
            query.disputeId = m_plansDispute;
            conditions << QStringLiteral("id IN (SELECT event_id FROM event_dispute WHERE dispute_id = ?)");
            values << m_plansDispute;
        }
        StorageError error;
        SearchIndex index(*db);
        const QList<SearchHit> hits = index.search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        // (Claims have disputes too; the database holds none.)
        QCOMPARE(index.lastPlans().filter(QStringLiteral("event:")), QStringList {plan});

        // The definition, in one plain statement.
        QSqlQuery reference(db->connection());
        QVERIFY(reference.prepare(
            QStringLiteral("SELECT id, score FROM (SELECT id, -ts_rank('{0.05, 0.1, 0.5, 1.0}', %1, "
                           "to_tsquery('%2', ?), 1) AS score FROM event WHERE %1 @@ to_tsquery('%2', ?)%3 "
                           "ORDER BY id DESC LIMIT %4) c ORDER BY score, id")
                .arg(QLatin1String(postgresSearchColumn), QLatin1String(postgresSearchConfig),
                    conditions.isEmpty() ? QString()
                                         : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND ")))
                .arg(SearchIndex::rankedCandidates)));
        reference.addBindValue(values.first());
        for (const QVariant &value : std::as_const(values))
            reference.addBindValue(value);
        QVERIFY2(reference.exec(), qPrintable(reference.lastError().text()));
        QList<std::pair<qint64, double>> expected;
        int ranked = 0;
        while (reference.next()) {
            if (expected.size() < query.limit)
                expected.append({reference.value(0).toLongLong(), reference.value(1).toDouble()});
            ++ranked;
        }
        QCOMPARE(ranked, candidates);
        QCOMPARE(hits.size(), expected.size());
        for (qsizetype i = 0; i < hits.size(); ++i) {
            QCOMPARE(hits.at(i).entity, QStringLiteral("event"));
            QCOMPARE(hits.at(i).id, expected.at(i).first);
            QCOMPARE(hits.at(i).rank, expected.at(i).second);
            QVERIFY2(hits.at(i).snippet.contains(SearchHit::highlightStart), qPrintable(hits.at(i).snippet));
        }
    }

    // PostgreSQL: a date range's events come from two span indexes, the one
    // that holds their vectors and the one for vectors too long for it
    // (schema step 10): a search finds the events of both.
    void postgresLongVectorsAreSearched()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only (SQLite's time index holds no text)");
        QVERIFY2(openPlansDatabase(), "the plans' database");
        const qint64 from = FuzzyDate::fromYear(1950).earliestMinutes();
        const qint64 to = FuzzyDate::fromYear(1950).latestMinutes();
        QSqlQuery longOnes(m_plansDb->connection());
        QVERIFY(longOnes.prepare(QStringLiteral("SELECT id FROM event r WHERE t_min <= ? AND t_max >= ? AND %1")
                .arg(postgresSpanVectorCondition(QStringLiteral("r."), false))));
        longOnes.addBindValue(to);
        longOnes.addBindValue(from);
        QVERIFY2(longOnes.exec(), qPrintable(longOnes.lastError().text()));
        QSet<qint64> missing;
        while (longOnes.next())
            missing.insert(longOnes.value(0).toLongLong());
        QCOMPARE(missing.size(), 20);

        SearchQuery query;
        query.text = QStringLiteral("commun");
        query.fromMinutes = from;
        query.toMinutes = to;
        query.limit = SearchIndex::rankedCandidates;
        SearchIndex index(*m_plansDb);
        StorageError error;
        const QList<SearchHit> hits = index.search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(index.lastPlans().filter(QStringLiteral("event:")), QStringList {QStringLiteral("event:span")});
        QCOMPARE(hits.size(), 200);
        for (const SearchHit &hit : hits)
            missing.remove(hit.id);
        QVERIFY2(missing.isEmpty(), "events with long notes were not found");
    }

    // PostgreSQL: the first table is read on a second connection while the
    // first reads the others. The hits are the same either way; a second
    // connection the server dropped is read around, then opened again; a
    // search inside a write transaction reads everything on its own
    // connection (the other one would not see the transaction's rows).
    void secondConnection()
    {
        if (!testingPostgres())
            QSKIP("PostgreSQL only (SQLite searches on one connection)");
        const auto searchAll = [&](bool together) {
            QStringList found;
            for (const char *text : {"les", "donnee vendu", "negoc", "gogol", "justice plainte", "introuvable"}) {
                SearchQuery query;
                query.text = QString::fromUtf8(text);
                SearchIndex index(*m_db);
                index.setUsesSecondConnection(together);
                StorageError error;
                const QList<SearchHit> hits = index.search(query, &error);
                if (error.isError())
                    return QStringList {error.message};
                for (const SearchHit &hit : hits)
                    found << QStringLiteral("%1 %2 %3 %4").arg(keyOf(hit)).arg(hit.rank).arg(hit.titleFr, hit.snippet);
            }
            return found;
        };
        const QString partners = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                "current_database() AND application_name = 'frise-search'");
        const QStringList alone = searchAll(false);
        QVERIFY2(alone.size() >= 6, qPrintable(alone.join(u'\n')));
        QCOMPARE(searchAll(true), alone);
        QCOMPARE(scalar(*m_db, partners).toInt(), 1); // (opened by an earlier test)

        QCOMPARE(scalar(*m_db,
                     QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                                    "current_database() AND application_name = 'frise-search'"))
                     .toInt(),
            1);
        QTRY_COMPARE(scalar(*m_db, partners).toInt(), 0);
        QCOMPARE(searchAll(true), alone);
        QCOMPARE(searchAll(true), alone);
        QCOMPARE(scalar(*m_db, partners).toInt(), 1);

        StorageError error;
        RowId added = 0;
        QList<SearchHit> inside;
        const bool committed = m_db->write(
            [&](StorageError *writeError) {
                Event event = makeEvent(QStringLiteral("Un aérostat inédit"), QStringLiteral("2024"));
                if (!EventRepository(*m_db).insert(event, writeError))
                    return false;
                added = event.id;
                SearchQuery query;
                query.text = QStringLiteral("aerostat");
                inside = SearchIndex(*m_db).search(query, writeError);
                *writeError = {StorageError::Code::Cancelled, QStringLiteral("rolled back on purpose")};
                return false;
            },
            &error);
        QVERIFY(!committed);
        QCOMPARE(error.message, QStringLiteral("rolled back on purpose"));
        QCOMPARE(inside.size(), 1);
        QCOMPARE(inside.first().entity, QStringLiteral("event"));
        QCOMPARE(inside.first().id, added);
    }

    void limit()
    {
        SearchQuery query;
        query.text = QStringLiteral("les");
        query.limit = 2;
        StorageError error;
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 2);
        query.limit = 0;
        QVERIFY(SearchIndex(*m_db).search(query, &error).isEmpty());
    }

    void updatesAreIndexed()
    {
        EventRepository events(*m_db);
        StorageError error;
        Event event = makeEvent(QStringLiteral("Ancien intitulé"));
        QVERIFY(events.insert(event, &error));
        event.title.fr = QStringLiteral("Nouvel intitulé pérenne");
        QVERIFY(events.update(event, &error));
        SearchQuery query;
        query.text = QStringLiteral("perenne");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 1);
        query.text = QStringLiteral("ancien");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 0);
        QVERIFY(events.removeAnyVersion(event.id, &error));
        query.text = QStringLiteral("perenne");
        QCOMPARE(SearchIndex(*m_db).search(query, &error).size(), 0);
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("quote") << QStringLiteral("\"");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"les");
        QTest::newRow("star") << QStringLiteral("*");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(");
        QTest::newRow("NEAR(a b)") << QStringLiteral("NEAR(les justice, 2)");
        QTest::newRow("AND OR") << QStringLiteral("AND OR");
        QTest::newRow("NOT") << QStringLiteral("NOT");
        QTest::newRow("column filter") << QStringLiteral("title_fr:les");
        QTest::newRow("caret") << QStringLiteral("^les");
        QTest::newRow("parentheses") << QStringLiteral("(les) OR (");
        QTest::newRow("sql injection") << QStringLiteral("'; DROP TABLE event;--");
        QTest::newRow("braces") << QStringLiteral("{title_fr text_fr}: les");
        QTest::newRow("only punctuation") << QStringLiteral("-- ;; ** ''");
        QTest::newRow("control characters") << QStringLiteral("les\x01\x02\t\n");
        QTest::newRow("long") << QStringLiteral("négociation ").repeated(500);
    }

    void hostileInput()
    {
        QFETCH(QString, text);
        StorageError error;
        const qint64 events = EventRepository(*m_db).count(&error);
        SearchQuery query;
        query.text = text;
        SearchIndex(*m_db).search(query, &error);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(EventRepository(*m_db).count(&error), events);
        QVERIFY(!error.isError());
        for (const char *table : {"event", "event_fts", "claim", "actor", "audit"}) {
            if (testingPostgres() && qstrcmp(table, "event_fts") == 0)
                continue;
            QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)).isValid());
        }
    }

    void matchExpression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("negoc") << QStringLiteral("\"negoc\"*");
        QTest::newRow("two words") << QStringLiteral("  google   llc ") << QStringLiteral("\"google\"* \"llc\"*");
        QTest::newRow("accents kept") << QStringLiteral("négociation") << QStringLiteral("\"négociation\"*");
        QTest::newRow("hyphen makes a phrase") << QStringLiteral("etats-unis") << QStringLiteral("\"etats unis\"*");
        QTest::newRow("apostrophe") << QStringLiteral("l’accord") << QStringLiteral("\"l accord\"*");
        QTest::newRow("quote") << QStringLiteral("\"") << QString();
        QTest::newRow("star") << QStringLiteral("*") << QString();
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << QStringLiteral("\"NEAR\"*");
        QTest::newRow("AND OR") << QStringLiteral("AND OR") << QStringLiteral("\"AND\"* \"OR\"*");
        QTest::newRow("injection") << QStringLiteral("'; DROP TABLE event;--")
                                   << QStringLiteral("\"DROP\"* \"TABLE\"* \"event\"*");
        QTest::newRow("column filter") << QStringLiteral("title:x") << QStringLiteral("\"title x\"*");
        QTest::newRow("digits") << QStringLiteral("2023") << QStringLiteral("\"2023\"*");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("tab and newline separate words")
            << QStringLiteral("google\tllc\nalphabet") << QStringLiteral("\"google\"* \"llc\"* \"alphabet\"*");
        QTest::newRow("no-break space separates words")
            << QStringLiteral("google\u00a0llc") << QStringLiteral("\"google\"* \"llc\"*");
    }

    void matchExpression()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchIndex::matchExpression(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
