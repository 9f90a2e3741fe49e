// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: bulk import (with the share of each phase), cold open,
// search and window-query latency, file size and memory on the generated
// dataset (1M events by default), on SQLite and, side by side, on PostgreSQL
// when FRISE_TEST_PG_URL names a server (tests/pg/with-postgres.sh starts a
// throwaway one). Wall and CPU time and the load average are recorded: the
// machine may be shared. On PostgreSQL also the delay before another client
// hears of a change (NOTIFY) and has read it, and another client's read
// latency while the import runs. Prints JSON.
//   bench_storage RESULTS.json [EVENTS [DATABASE [queries]]]
#include "benchutil.h"
#include "datasetgenerator.h"

#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/repositories.h"
#include "storage/searchbacklog.h"
#include "storage/searchindex.h"
#include "storagetesthelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <functional>

#include <unistd.h>

using namespace Frise;
using Bench::cpuSeconds;
using Bench::loadAverage;

namespace {

QJsonObject latencies(const QList<double> &ms)
{
    return {{QStringLiteral("p50_ms"), Bench::percentile(ms, 50)},
        {QStringLiteral("p95_ms"), Bench::percentile(ms, 95)}, {QStringLiteral("p99_ms"), Bench::percentile(ms, 99)},
        {QStringLiteral("samples"), ms.size()}};
}

// Wall and CPU time of one measured step.
class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(cpuSeconds())
    {
        m_wall.start();
    }
    double wallSeconds() const { return m_wall.nsecsElapsed() / 1e9; }
    double cpuSecondsUsed() const { return cpuSeconds() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

// CPU time of the PostgreSQL backend serving @p db, from /proc when the
// server runs on this machine (the throwaway test cluster does); -1 if not.
double serverCpuSeconds(Storage::Database &db)
{
    if (!db.isPostgres())
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT pg_backend_pid()")) || !query.next())
        return -1;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(query.value(0).toLongLong()));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Fields after the command name (which ends with the last ')'): utime is the 14th field, stime the 15th.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    return (fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(ticks > 0 ? ticks : 100);
}

// A big SQLite import leaves its full-text index for afterwards (SearchBacklog): builds it, as the
// window or `frise build-search-index` would, before any search is timed. @p sinceImport started with the import.
bool completeSearchIndex(Storage::Database &db, const Stopwatch &sinceImport, QJsonObject *results)
{
    Storage::StorageError error;
    Storage::SearchBacklog backlog(db);
    if (!backlog.isPending(&error))
        return !error.isError();
    const Stopwatch indexWatch;
    // Search is complete once every row is indexed; the segments' merge
    // that follows only makes lookups cheaper.
    double completeAfter = -1;
    const auto noteCompletion = [&](qint64 done, qint64 total) {
        if (done >= total && completeAfter < 0)
            completeAfter = sinceImport.wallSeconds();
        return true;
    };
    if (!backlog.build(noteCompletion, &error)) {
        qCritical("search index: %s", qPrintable(error.message));
        return false;
    }
    results->insert(QStringLiteral("search_index_build_seconds"), indexWatch.wallSeconds());
    results->insert(QStringLiteral("search_index_build_cpu_seconds"), indexWatch.cpuSecondsUsed());
    results->insert(QStringLiteral("search_complete_after_seconds"), completeAfter);
    results->insert(QStringLiteral("search_index_merged_after_seconds"), sinceImport.wallSeconds());
    return true;
}

bool importInto(
    Storage::Database &db, const Dataset &dataset, QJsonObject *results, const Storage::ProgressCallback &progress = {})
{
    Storage::StorageError error;
    Storage::DatasetStore store(db);
    Storage::DatasetStore::ImportOptions importOptions;
    importOptions.matchActorsByName = false;
    Storage::ImportSummary summary;
    const QJsonArray loadBefore = loadAverage();
    const double serverBefore = serverCpuSeconds(db);
    const Stopwatch watch;
    if (!store.import(dataset, importOptions, progress, &summary, &error)) {
        qCritical("import: %s", qPrintable(error.message));
        return false;
    }
    const double seconds = watch.wallSeconds();
    const double cpu = watch.cpuSecondsUsed();
    const double serverAfter = serverCpuSeconds(db);
    if (serverBefore >= 0 && serverAfter >= 0) {
        // The client's CPU time alone says little when the server does the work.
        results->insert(QStringLiteral("import_server_cpu_seconds"), serverAfter - serverBefore);
        results->insert(QStringLiteral("import_events_per_total_cpu_second"),
            dataset.events.size() / (cpu + serverAfter - serverBefore));
    }
    const qint64 records = dataset.events.size() + dataset.claims.size() + dataset.actors.size()
        + dataset.sources.size() + dataset.relations.size();
    results->insert(QStringLiteral("import_seconds"), seconds);
    results->insert(QStringLiteral("import_cpu_seconds"), cpu);
    results->insert(QStringLiteral("import_events_per_second"), dataset.events.size() / seconds);
    results->insert(QStringLiteral("import_events_per_cpu_second"), dataset.events.size() / cpu);
    results->insert(QStringLiteral("import_records_per_second"), records / seconds);
    results->insert(QStringLiteral("import_load_average_before"), loadBefore);
    results->insert(QStringLiteral("import_load_average_after"), loadAverage());
    QJsonObject phases;
    for (const Storage::ImportPhase &phase : std::as_const(summary.phases)) {
        phases.insert(phase.name,
            QJsonObject {{QStringLiteral("seconds"), phase.seconds}, {QStringLiteral("cpu_seconds"), phase.cpuSeconds},
                {QStringLiteral("share"), seconds > 0 ? phase.seconds / seconds : 0}});
    }
    results->insert(QStringLiteral("import_phases"), phases);

    return completeSearchIndex(db, watch, results);
}

// Counts how each table was read (SearchIndex::lastPlans(), PostgreSQL).
void countPlans(const Storage::SearchIndex &index, QJsonObject *plans)
{
    for (const QString &plan : index.lastPlans())
        plans->insert(plan, plans->value(plan).toInt() + 1);
}

// Latency per word, with the plans that read it: which words are slow, and why.
class WordLatencies
{
public:
    void add(const QString &word, double ms, const Storage::SearchIndex &index)
    {
        m_ms[word].append(ms);
        countPlans(index, &m_plans[word]);
    }
    QJsonObject json() const
    {
        QJsonObject words;
        for (auto word = m_ms.cbegin(); word != m_ms.cend(); ++word) {
            QJsonObject latency = latencies(word.value());
            if (!m_plans.value(word.key()).isEmpty())
                latency.insert(QStringLiteral("plans"), m_plans.value(word.key()));
            words.insert(word.key(), latency);
        }
        return words;
    }

private:
    QHash<QString, QList<double>> m_ms;
    QHash<QString, QJsonObject> m_plans;
};

// PostgreSQL: FRISE_BENCH_ONE_CONNECTION=1 measures searches on one
// connection, as before the second one (SearchPartner), for comparison.
bool usesSecondConnection()
{
    return qEnvironmentVariableIntValue("FRISE_BENCH_ONE_CONNECTION") == 0;
}

// Search latency, first 50 hits, for terms of different frequency.
QJsonObject searchLatencies(Storage::Database &db)
{
    Storage::StorageError error;
    Storage::SearchIndex index(db);
    index.setUsesSecondConnection(usesSecondConnection());
    QJsonObject search;
    const QList<QPair<QString, QStringList>> terms = {
        {QStringLiteral("rare"), {QStringLiteral("k12345"), QStringLiteral("k777"), QStringLiteral("k4242")}},
        {QStringLiteral("medium"),
            {QStringLiteral("protection"), QStringLiteral("utilisateur"), QStringLiteral("algorithm")}},
        {QStringLiteral("common"), {QStringLiteral("plainte"), QStringLiteral("lawsuit"), QStringLiteral("donnees")}},
        {QStringLiteral("prefix"), {QStringLiteral("nego"), QStringLiteral("trib"), QStringLiteral("copy")}},
        // Every word counted on its own for its weight (bm25's IDF).
        {QStringLiteral("two_words"),
            {QStringLiteral("plainte donnees"), QStringLiteral("protection algo"), QStringLiteral("nego lawsuit")}},
    };
    for (const auto &[name, words] : terms) {
        QList<double> ms;
        QJsonObject plans;
        WordLatencies byWord;
        const double serverBefore = serverCpuSeconds(db);
        const Stopwatch watch;
        for (int round = 0; round < 20; ++round) {
            for (const QString &word : words) {
                Storage::SearchQuery query;
                query.text = word;
                QElapsedTimer timer;
                timer.start();
                const auto hits = index.search(query, &error);
                ms.append(timer.nsecsElapsed() / 1e6);
                byWord.add(word, ms.last(), index);
                countPlans(index, &plans);
                if (error.isError())
                    qWarning("search %s: %s", qPrintable(word), qPrintable(error.message));
                if (hits.isEmpty() && name != QLatin1String("rare"))
                    qWarning("no hits for %s", qPrintable(word));
            }
        }
        QJsonObject entry = latencies(ms);
        entry.insert(QStringLiteral("cpu_ms_per_query"), watch.cpuSecondsUsed() * 1000 / ms.size());
        const double serverAfter = serverCpuSeconds(db);
        if (serverBefore >= 0 && serverAfter >= 0)
            entry.insert(QStringLiteral("server_cpu_ms_per_query"), (serverAfter - serverBefore) * 1000 / ms.size());
        if (!plans.isEmpty())
            entry.insert(QStringLiteral("plans"), plans);
        entry.insert(QStringLiteral("by_word"), byWord.json());
        search.insert(name, entry);
    }
    return search;
}

// The id of the @p n-th row (0-based) of @p table in id order, or 0.
qint64 nthId(Storage::Database &db, const QString &table, int n)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id LIMIT 1 OFFSET %2").arg(table).arg(n))
        || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

// Search latency, first 50 hits, with the filters the search panel offers:
// a dispute (about 1,000 of the events), an actor (about 10), a year
// (2 %), a claim status (20 % of the claims), with words of each frequency.
QJsonObject filteredSearchLatencies(Storage::Database &db)
{
    Storage::StorageError error;
    Storage::SearchIndex index(db);
    index.setUsesSecondConnection(usesSecondConnection());
    QJsonObject search;
    const qint64 year2003 = FuzzyDate::fromYear(2003).earliestMinutes();
    const qint64 year2003End = FuzzyDate::fromYear(2003).latestMinutes();
    struct Shape
    {
        QString name;
        QStringList words;
        std::function<void(Storage::SearchQuery *, int)> filter;
    };
    const QList<Shape> shapes = {
        {QStringLiteral("dispute"),
            {QStringLiteral("plainte"), QStringLiteral("protection"), QStringLiteral("nego"),
                QStringLiteral("plainte donnees")},
            [&](Storage::SearchQuery *query, int round) {
                query->disputeId = nthId(db, QStringLiteral("dispute"), round * 37 % 1000);
            }},
        {QStringLiteral("actor"), {QStringLiteral("plainte"), QStringLiteral("lawsuit"), QStringLiteral("copy")},
            [&](Storage::SearchQuery *query, int round) {
                query->actorId = nthId(db, QStringLiteral("actor"), round * 4099 % 100000);
            }},
        {QStringLiteral("year"),
            {QStringLiteral("plainte"), QStringLiteral("protection"), QStringLiteral("trib"), QStringLiteral("k4242")},
            [&](Storage::SearchQuery *query, int) {
                query->fromMinutes = year2003;
                query->toMinutes = year2003End;
            }},
        {QStringLiteral("claim_status"), {QStringLiteral("donnees"), QStringLiteral("algorithm")},
            [](Storage::SearchQuery *query, int) { query->claimStatus = Claim::Status::Confirmed; }},
    };
    for (const Shape &shape : shapes) {
        QList<double> ms;
        QJsonObject plans;
        WordLatencies byWord;
        qint64 hits = 0;
        const double serverBefore = serverCpuSeconds(db);
        const Stopwatch watch;
        for (int round = 0; round < 15; ++round) {
            for (const QString &word : shape.words) {
                Storage::SearchQuery query;
                query.text = word;
                shape.filter(&query, round);
                QElapsedTimer timer;
                timer.start();
                hits += index.search(query, &error).size();
                ms.append(timer.nsecsElapsed() / 1e6);
                byWord.add(word, ms.last(), index);
                countPlans(index, &plans);
                if (error.isError())
                    qWarning("filtered search %s: %s", qPrintable(word), qPrintable(error.message));
            }
        }
        QJsonObject entry = latencies(ms);
        entry.insert(QStringLiteral("mean_hits"), double(hits) / double(ms.size()));
        entry.insert(QStringLiteral("cpu_ms_per_query"), watch.cpuSecondsUsed() * 1000 / ms.size());
        const double serverAfter = serverCpuSeconds(db);
        if (serverBefore >= 0 && serverAfter >= 0)
            entry.insert(QStringLiteral("server_cpu_ms_per_query"), (serverAfter - serverBefore) * 1000 / ms.size());
        if (!plans.isEmpty())
            entry.insert(QStringLiteral("plans"), plans);
        entry.insert(QStringLiteral("by_word"), byWord.json());
        search.insert(shape.name, entry);
    }
    return search;
}

// Window query for a visible month and a visible year.
void windowLatencies(Storage::Database &db, qint64 from, qint64 to, QJsonObject *results)
{
    Storage::StorageError error;
    Storage::Maintenance maintenance(db);
    QRandomGenerator random(7);
    for (const auto &[name, span] : {std::pair {QStringLiteral("window_month"), qint64(31) * 1440},
             std::pair {QStringLiteral("window_year"), qint64(366) * 1440}}) {
        QList<double> ms;
        qint64 rows = 0;
        const double serverBefore = serverCpuSeconds(db);
        const Stopwatch watch;
        for (int i = 0; i < 100; ++i) {
            const qint64 start = from + qint64(random.bounded(double(to - from - span)));
            QElapsedTimer timer;
            timer.start();
            rows += maintenance.eventsOverlapping(start, start + span, &error).size();
            ms.append(timer.nsecsElapsed() / 1e6);
        }
        QJsonObject window = latencies(ms);
        window.insert(QStringLiteral("mean_rows"), rows / 100.0);
        window.insert(QStringLiteral("cpu_ms_per_query"), watch.cpuSecondsUsed() * 1000 / ms.size());
        const double serverAfter = serverCpuSeconds(db);
        if (serverBefore >= 0 && serverAfter >= 0)
            window.insert(QStringLiteral("server_cpu_ms_per_query"), (serverAfter - serverBefore) * 1000 / ms.size());
        results->insert(name, window);
    }
}

// Opens @p location again (cold for this process), then times queries.
bool queries(const QString &location, QJsonObject *results)
{
    Storage::StorageError error;
    const Stopwatch openWatch;
    Storage::Database::OpenOptions options;
    auto db = Storage::Database::open(location, options, &error);
    if (!db) {
        qCritical("reopen: %s", qPrintable(error.message));
        return false;
    }
    qint64 from = 0;
    qint64 to = 0;
    Storage::Maintenance maintenance(*db);
    maintenance.timeExtent(&from, &to, &error);
    results->insert(QStringLiteral("open_ms"), openWatch.wallSeconds() * 1000);
    results->insert(QStringLiteral("open_cpu_ms"), openWatch.cpuSecondsUsed() * 1000);
    if (!completeSearchIndex(*db, Stopwatch(), results))
        return false;
    if (db->isPostgres()) {
        QSqlQuery size(db->connection());
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            results->insert(QStringLiteral("database_size_mib"), size.value(0).toLongLong() / 1048576.0);
        // What the latencies depend on most: whether the rows a search reads are in the server's buffers.
        QSqlQuery buffers(db->connection());
        if (buffers.exec(QStringLiteral("SHOW shared_buffers")) && buffers.next())
            results->insert(QStringLiteral("server_shared_buffers"), buffers.value(0).toString());
    }
    results->insert(QStringLiteral("search_first50"), searchLatencies(*db));
    results->insert(QStringLiteral("filtered_search_first50"), filteredSearchLatencies(*db));
    windowLatencies(*db, from, to, results);
    results->insert(QStringLiteral("query_load_average_after"), loadAverage());
    return true;
}

// How long a change made by one client takes to reach another one
// (PostgreSQL NOTIFY, delivered through the event loop): an actor inserted
// by one connection, timed until the other's Database::changed has read the
// record again (what a session's refresh does). Target: 1 s
// (team mode promises a colleague's save shows "within a second").
QJsonObject notifyLatencies(const QString &location)
{
    Storage::StorageError error;
    auto listener = Storage::Database::open(location, {}, &error);
    auto writer = listener ? Storage::Database::open(location, {}, &error) : nullptr;
    if (!writer)
        return {{QStringLiteral("unavailable"), error.message}};
    QList<double> ms;
    int lost = 0;
    for (int i = 0; i < 50; ++i) {
        Actor actor;
        actor.name = BilingualText::original(Language::French, QStringLiteral("Latence %1").arg(i));
        QEventLoop loop;
        QElapsedTimer timer;
        qint64 arrived = -1;
        const QMetaObject::Connection connection
            = QObject::connect(listener.get(), &Storage::Database::changed, &loop, [&](const QString &, qint64 id) {
                  if (id == actor.id && arrived < 0) {
                      // The refresh a session does: the record read again.
                      Storage::StorageError readError;
                      if (Storage::ActorRepository(*listener).find(id, &readError))
                          arrived = timer.nsecsElapsed();
                      loop.quit();
                  }
              });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        timer.start();
        if (!Storage::ActorRepository(*writer).insert(actor, &error))
            return {{QStringLiteral("unavailable"), error.message}};
        if (arrived < 0)
            loop.exec();
        QObject::disconnect(connection);
        if (arrived < 0)
            ++lost;
        else
            ms.append(arrived / 1e6);
    }
    QJsonObject result = latencies(ms);
    result.insert(QStringLiteral("max_ms"), ms.isEmpty() ? 0 : *std::max_element(ms.cbegin(), ms.cend()));
    result.insert(QStringLiteral("lost_after_10_s"), lost);
    result.insert(QStringLiteral("target_ms"), 1000);
    result.insert(QStringLiteral("met"), lost == 0 && Bench::percentile(ms, 100) <= 1000);
    return result;
}

// Another client reading while a big import runs (its own connection, in
// its own thread): every 200 ms a month's window query and a search, each
// timed; it must see the database as it was until the import commits, then
// the import.
class ImportReader
{
public:
    explicit ImportReader(const QString &location)
        : m_thread(QThread::create([this, location] { run(location); }))
    {
        m_thread->start();
    }
    ~ImportReader() { stop(); }

    /// Every row is written, not yet committed: reads started before see none.
    void rowsWritten() { m_rowsWritten = true; }

    void stop()
    {
        m_stop = true;
        m_thread->wait();
    }

    QJsonObject results() const
    {
        QJsonObject result = latencies(m_ms);
        result.insert(QStringLiteral("max_ms"), m_ms.isEmpty() ? 0 : *std::max_element(m_ms.cbegin(), m_ms.cend()));
        result.insert(QStringLiteral("failed_reads"), m_failed);
        result.insert(QStringLiteral("reads_before_last_row_written"), m_readsBefore);
        result.insert(QStringLiteral("saw_uncommitted_rows"), m_sawRows);
        result.insert(QStringLiteral("sees_import_after_commit"), m_seesAfter);
        if (!m_error.isEmpty())
            result.insert(QStringLiteral("unavailable"), m_error);
        return result;
    }

private:
    void run(const QString &location)
    {
        Storage::StorageError error;
        auto db = Storage::Database::open(location, {}, &error);
        if (!db) {
            m_error = error.message;
            return;
        }
        Storage::Maintenance maintenance(*db);
        Storage::SearchIndex index(*db);
        const qint64 month = FuzzyDate::fromMonth(2003, 6).earliestMinutes();
        const auto anyEvent = [&] {
            QSqlQuery query(db->connection());
            return query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM event)")) && query.next()
                && query.value(0).toBool();
        };
        while (!m_stop) {
            // Reads that start once every row is written may see the commit.
            const bool beforeCommit = !m_rowsWritten;
            m_readsBefore += beforeCommit ? 1 : 0;
            QElapsedTimer timer;
            timer.start();
            const auto rows = maintenance.eventsOverlapping(month, month + 31 * 1440, &error);
            m_ms.append(timer.nsecsElapsed() / 1e6);
            m_failed += error.isError() ? 1 : 0;
            m_sawRows = m_sawRows || (beforeCommit && !rows.isEmpty());
            Storage::SearchQuery query;
            query.text = QStringLiteral("plainte");
            timer.start();
            const auto hits = index.search(query, &error);
            m_ms.append(timer.nsecsElapsed() / 1e6);
            m_failed += error.isError() ? 1 : 0;
            m_sawRows = m_sawRows || (beforeCommit && !hits.isEmpty());
            QThread::msleep(200);
        }
        m_seesAfter = anyEvent();
    }

    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop = false;
    std::atomic<bool> m_rowsWritten = false;
    int m_readsBefore = 0;
    QList<double> m_ms;
    int m_failed = 0;
    bool m_sawRows = false;
    bool m_seesAfter = false;
    QString m_error;
};

// The default sizes (1M events) scaled to @p events (0: unscaled).
Bench::DatasetGenerator::Sizes scaledSizes(int events)
{
    Bench::DatasetGenerator::Sizes sizes;
    if (events <= 0)
        return sizes;
    const double scale = events / double(sizes.events);
    sizes.events = events;
    sizes.actors = std::max(10, int(sizes.actors * scale));
    sizes.claims = std::max(10, int(sizes.claims * scale));
    sizes.sources = std::max(10, int(sizes.sources * scale));
    sizes.relations = std::max(10, int(sizes.relations * scale));
    sizes.disputes = std::max(10, int(sizes.disputes * scale));
    return sizes;
}

Dataset generate(const Bench::DatasetGenerator::Sizes &sizes)
{
    Bench::DatasetGenerator generator;
    Dataset dataset = generator.base(sizes);
    dataset.events = generator.events(sizes, 0, sizes.events);
    dataset.claims = generator.claims(sizes, 0, sizes.claims);
    dataset.relations = generator.relations(sizes, sizes.relations);
    return dataset;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString resultsPath = args.value(1, QStringLiteral("storage.json"));
    const Bench::DatasetGenerator::Sizes sizes = args.size() > 2 ? scaledSizes(args.at(2).toInt()) : scaledSizes(0);

    QTemporaryDir dir;
    // A third argument keeps the database there, for looking at it afterwards.
    const QString path = args.value(3, dir.filePath(QStringLiteral("bench.frise")));
    QJsonObject results;
    results.insert(QStringLiteral("events"), sizes.events);
    results.insert(QStringLiteral("actors"), sizes.actors);
    results.insert(QStringLiteral("claims"), sizes.claims);
    results.insert(QStringLiteral("sources"), sizes.sources);
    results.insert(QStringLiteral("relations"), sizes.relations);
    results.insert(QStringLiteral("load_average_start"), loadAverage());

    // "queries" after the database: only time the queries on an existing file.
    if (args.value(4) == QLatin1String("queries")) {
        if (!queries(path, &results))
            return 1;
        results.insert(QStringLiteral("load_average_end"), loadAverage());
        return Bench::writeResults(resultsPath, results) ? 0 : 1;
    }

    Dataset dataset = generate(sizes);
    const double generatedMiB = Bench::residentMiB();

    Storage::StorageError error;
    {
        Storage::Database::OpenOptions options;
        options.create = true;
        auto db = Storage::Database::open(path, options, &error);
        if (!db) {
            qCritical("open: %s", qPrintable(error.message));
            return 1;
        }
        if (!importInto(*db, dataset, &results))
            return 1;
    }
    results.insert(QStringLiteral("file_size_mib"), QFileInfo(path).size() / 1048576.0);

    // PostgreSQL side by side, on the same dataset, when a server is given.
    const QString pgBase = qEnvironmentVariable("FRISE_TEST_PG_URL");
    QString pgLocation;
    QJsonObject postgres;
    if (pgBase.startsWith(QLatin1String("postgresql://"))) {
        QString message;
        pgLocation = StorageTest::createPostgresDatabase(&message);
        if (pgLocation.isEmpty()) {
            postgres.insert(QStringLiteral("unavailable"), message);
        } else {
            // The same dataset as SQLite's; FRISE_BENCH_PG_EVENTS gives
            // PostgreSQL a smaller one from the same generator (a quicker
            // run); "events" says which.
            const int pgEvents = qEnvironmentVariableIsSet("FRISE_BENCH_PG_EVENTS")
                ? qEnvironmentVariableIntValue("FRISE_BENCH_PG_EVENTS")
                : sizes.events;
            const bool smaller = sizes.events > pgEvents;
            const Dataset pgDataset = smaller ? generate(scaledSizes(pgEvents)) : Dataset();
            postgres.insert(QStringLiteral("events"), smaller ? pgEvents : sizes.events);
            Storage::Database::OpenOptions options;
            auto db = Storage::Database::open(pgLocation, options, &error);
            if (!db) {
                postgres.insert(QStringLiteral("unavailable"), error.message);
                pgLocation.clear();
            } else {
                // As a real server commits (the throwaway cluster commits asynchronously, which also keeps
                // VACUUM from marking the import's pages visible to all until the commit is flushed).
                QSqlQuery(db->connection()).exec(QStringLiteral("SET synchronous_commit TO on"));
                ImportReader reader(pgLocation);
                const auto progress = [&reader](qint64 done, qint64 total) {
                    if (done == total)
                        reader.rowsWritten();
                    return true;
                };
                if (!importInto(*db, smaller ? pgDataset : dataset, &postgres, progress))
                    return 1;
                reader.stop();
                postgres.insert(QStringLiteral("read_latency_during_import"), reader.results());
            }
        }
    } else {
        postgres.insert(QStringLiteral("unavailable"),
            pgBase.isEmpty() ? QStringLiteral("FRISE_TEST_PG_URL not set (run through tests/pg/with-postgres.sh)")
                             : pgBase);
    }
    dataset = Dataset();

    if (!queries(path, &results))
        return 1;
    if (!pgLocation.isEmpty() && !queries(pgLocation, &postgres))
        return 1;
    if (!pgLocation.isEmpty())
        postgres.insert(QStringLiteral("notify_latency"), notifyLatencies(pgLocation));
    results.insert(QStringLiteral("postgresql"), postgres);
    results.insert(QStringLiteral("generated_dataset_rss_mib"), generatedMiB);
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    results.insert(QStringLiteral("load_average_end"), loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}
