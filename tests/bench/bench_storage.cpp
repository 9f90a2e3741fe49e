// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmark: bulk import, cold open, search and window-query latency,
// file size and memory on the generated 1M-event dataset. Prints JSON.
//   bench_storage RESULTS.json [EVENTS [DATABASE]]
#include "benchutil.h"
#include "datasetgenerator.h"

#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Frise;

namespace {

QJsonObject latencies(const QList<double> &ms)
{
    return {{QStringLiteral("p50_ms"), Bench::percentile(ms, 50)},
        {QStringLiteral("p95_ms"), Bench::percentile(ms, 95)}, {QStringLiteral("p99_ms"), Bench::percentile(ms, 99)},
        {QStringLiteral("samples"), ms.size()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString resultsPath = args.value(1, QStringLiteral("storage.json"));
    Bench::DatasetGenerator::Sizes sizes;
    if (args.size() > 2) {
        const int events = args.at(2).toInt();
        const double scale = events / double(sizes.events);
        sizes.events = events;
        sizes.actors = std::max(10, int(sizes.actors * scale));
        sizes.claims = std::max(10, int(sizes.claims * scale));
        sizes.sources = std::max(10, int(sizes.sources * scale));
        sizes.relations = std::max(10, int(sizes.relations * scale));
        sizes.disputes = std::max(10, int(sizes.disputes * scale));
    }

    QTemporaryDir dir;
    // A third argument keeps the database there, for looking at it afterwards.
    const QString path = args.value(3, dir.filePath(QStringLiteral("bench.frise")));
    QJsonObject results;
    results.insert(QStringLiteral("events"), sizes.events);
    results.insert(QStringLiteral("actors"), sizes.actors);
    results.insert(QStringLiteral("claims"), sizes.claims);

    Bench::DatasetGenerator generator;
    Dataset dataset = generator.base(sizes);
    dataset.events = generator.events(sizes, 0, sizes.events);
    dataset.claims = generator.claims(sizes, 0, sizes.claims);
    dataset.relations = generator.relations(sizes, sizes.relations);
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
        QElapsedTimer timer;
        timer.start();
        Storage::DatasetStore store(*db);
        Storage::DatasetStore::ImportOptions importOptions;
        importOptions.matchActorsByName = false;
        if (!store.import(dataset, importOptions, {}, nullptr, &error)) {
            qCritical("import: %s", qPrintable(error.message));
            return 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        const qint64 records = dataset.events.size() + dataset.claims.size() + dataset.actors.size()
            + dataset.sources.size() + dataset.relations.size();
        results.insert(QStringLiteral("import_seconds"), seconds);
        results.insert(QStringLiteral("import_events_per_second"), dataset.events.size() / seconds);
        results.insert(QStringLiteral("import_records_per_second"), records / seconds);
    }
    dataset = Dataset();
    results.insert(QStringLiteral("file_size_mib"), QFileInfo(path).size() / 1048576.0);

    QElapsedTimer openTimer;
    openTimer.start();
    Storage::Database::OpenOptions options;
    auto db = Storage::Database::open(path, options, &error);
    if (!db) {
        qCritical("reopen: %s", qPrintable(error.message));
        return 1;
    }
    qint64 from = 0;
    qint64 to = 0;
    Storage::Maintenance maintenance(*db);
    maintenance.timeExtent(&from, &to, &error);
    results.insert(QStringLiteral("open_ms"), openTimer.nsecsElapsed() / 1e6);

    // Search latency, first 50 hits, for terms of different frequency.
    Storage::SearchIndex index(*db);
    QJsonObject search;
    const QList<QPair<QString, QStringList>> terms = {
        {QStringLiteral("rare"), {QStringLiteral("k12345"), QStringLiteral("k777"), QStringLiteral("k4242")}},
        {QStringLiteral("medium"),
            {QStringLiteral("protection"), QStringLiteral("utilisateur"), QStringLiteral("algorithm")}},
        {QStringLiteral("common"), {QStringLiteral("plainte"), QStringLiteral("lawsuit"), QStringLiteral("donnees")}},
        {QStringLiteral("prefix"), {QStringLiteral("nego"), QStringLiteral("trib"), QStringLiteral("copy")}},
    };
    for (const auto &[name, words] : terms) {
        QList<double> ms;
        for (int round = 0; round < 20; ++round) {
            for (const QString &word : words) {
                Storage::SearchQuery query;
                query.text = word;
                QElapsedTimer timer;
                timer.start();
                const auto hits = index.search(query, &error);
                ms.append(timer.nsecsElapsed() / 1e6);
                if (hits.isEmpty() && name != QLatin1String("rare"))
                    qWarning("no hits for %s", qPrintable(word));
            }
        }
        search.insert(name, latencies(ms));
    }
    results.insert(QStringLiteral("search_first50"), search);

    // Window query for a visible month and a visible year.
    QRandomGenerator random(7);
    for (const auto &[name, span] : {std::pair {QStringLiteral("window_month"), qint64(31) * 1440},
             std::pair {QStringLiteral("window_year"), qint64(366) * 1440}}) {
        QList<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < 100; ++i) {
            const qint64 start = from + qint64(random.bounded(double(to - from - span)));
            QElapsedTimer timer;
            timer.start();
            rows += maintenance.eventsOverlapping(start, start + span, &error).size();
            ms.append(timer.nsecsElapsed() / 1e6);
        }
        QJsonObject window = latencies(ms);
        window.insert(QStringLiteral("mean_rows"), rows / 100.0);
        results.insert(name, window);
    }
    results.insert(QStringLiteral("generated_dataset_rss_mib"), generatedMiB);
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}
