// SPDX-License-Identifier: GPL-3.0-or-later
// Saved copies at scale: a database with COPIES saved copies (TOTAL MiB in
// all, one per source) against the same database without them: open time
// (open + the source list the window loads), search latency, file size;
// then the attach of a 100 MiB file (time, memory), on SQLite and, when
// FRISE_TEST_PG_URL is set, on PostgreSQL.
//
// bench_savedcopies RESULTS.json [COPIES=10000] [TOTAL_MIB=5120] [EVENTS=100000] [FOLDER]
#include "benchutil.h"
#include "datasetgenerator.h"
#include "storagetesthelpers.h"

#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "storage/savedcopies.h"
#include "storage/searchbacklog.h"
#include "storage/searchindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

using namespace Frise;

namespace {

/// Pseudo-random bytes, fast enough that the disk, not the generator, sets the pace.
QByteArray randomBytes(std::mt19937_64 &random, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint64 *>(bytes.data());
    for (qint64 i = 0; i < size / 8; ++i)
        words[i] = random();
    for (qint64 i = size / 8 * 8; i < size; ++i)
        bytes[i] = char(random());
    return bytes;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Adds one copy per source, @p total bytes in all (sizes spread from 1/8 to 15/8 of the mean).
bool addCopies(Storage::Database &db, int count, qint64 total, QJsonObject *results)
{
    Storage::StorageError error;
    const QList<Source> sources = Storage::SourceRepository(db).all(&error);
    if (error.isError() || sources.size() < count) {
        qCritical("sources: %s (%lld of %d)", qPrintable(error.message), qint64(sources.size()), count);
        return false;
    }
    std::mt19937_64 random(20261207);
    const qint64 mean = total / count;
    QElapsedTimer timer;
    timer.start();
    const double cpu = Bench::cpuSeconds();
    qint64 written = 0;
    constexpr int perTransaction = 50;
    for (int first = 0; first < count; first += perTransaction) {
        const bool ok = db.write(
            [&](Storage::StorageError *e) {
                for (int i = first; i < std::min(count, first + perTransaction); ++i) {
                    const qint64 size = mean / 8 + qint64(random() % quint64(mean * 7 / 4));
                    const QByteArray bytes = randomBytes(random, size);
                    SavedCopy copy;
                    copy.sourceId = sources.at(i).id;
                    copy.sha256 = sha256Of(bytes);
                    copy.fileName = QStringLiteral("capture-%1.warc").arg(i);
                    copy.mediaType = QStringLiteral("application/warc");
                    copy.captured = QDateTime::currentDateTimeUtc();
                    Storage::SavedCopies copies(db);
                    const SavedCopyReader reader = [&bytes](const QString &, const ChunkSink &sink, QString *) {
                        for (qint64 at = 0; at < bytes.size(); at += Storage::SavedCopies::chunkSize) {
                            if (!sink(bytes.mid(at, Storage::SavedCopies::chunkSize)))
                                return false;
                        }
                        return true;
                    };
                    if (!copies.storeContent(copy.sha256, size, reader, e) || !copies.link(&copy, e))
                        return false;
                    written += size;
                }
                return true;
            },
            &error);
        if (!ok) {
            qCritical("copies: %s", qPrintable(error.message));
            return false;
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    results->insert(QStringLiteral("copies"), count);
    results->insert(QStringLiteral("copies_total_mib"), double(written) / (1 << 20));
    results->insert(QStringLiteral("copies_write_s"), seconds);
    results->insert(QStringLiteral("copies_write_cpu_s"), Bench::cpuSeconds() - cpu);
    results->insert(QStringLiteral("copies_write_mib_per_s"), double(written) / (1 << 20) / seconds);
    return true;
}

/// Open + the source list, and search latency, on @p path: what a window does on open and on a search.
bool measure(const QString &path, const QStringList &words, QJsonObject *out)
{
    QList<double> opens;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        Storage::StorageError error;
        auto db = Storage::Database::open(path, {}, &error);
        if (!db) {
            qCritical("open: %s", qPrintable(error.message));
            return false;
        }
        const QList<Source> sources = Storage::SourceRepository(*db).all(&error);
        if (error.isError() || sources.isEmpty())
            return false;
        opens << timer.nsecsElapsed() / 1e6;
    }
    Storage::StorageError error;
    auto db = Storage::Database::open(path, {}, &error);
    if (!db)
        return false;
    QList<double> searches;
    qint64 hits = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : words) {
            Storage::SearchQuery query;
            query.text = word;
            QElapsedTimer timer;
            timer.start();
            hits += Storage::SearchIndex(*db).search(query, &error).size();
            if (error.isError())
                return false;
            searches << timer.nsecsElapsed() / 1e6;
        }
    }
    out->insert(QStringLiteral("open_and_sources_ms_median"), Bench::percentile(opens, 50));
    out->insert(QStringLiteral("open_and_sources_ms_max"), Bench::percentile(opens, 100));
    out->insert(QStringLiteral("search_ms_p50"), Bench::percentile(searches, 50));
    out->insert(QStringLiteral("search_ms_p95"), Bench::percentile(searches, 95));
    out->insert(QStringLiteral("searches"), searches.size());
    out->insert(QStringLiteral("search_mean_hits"), double(hits) / double(searches.size()));
    out->insert(QStringLiteral("file_mib"), double(QFileInfo(path).size()) / (1 << 20));
    return true;
}

/// Attaches a 100 MiB file to the first source of @p location: time and memory.
bool attachBig(const QString &location, const QString &file, QJsonObject *out)
{
    Storage::StorageError error;
    auto db = Storage::Database::open(location, {}, &error);
    if (!db) {
        qCritical("open %s: %s", qPrintable(Storage::Database::redacted(location)), qPrintable(error.message));
        return false;
    }
    const QList<Source> sources = Storage::SourceRepository(*db).all(&error);
    if (sources.isEmpty())
        return false;
    const double before = Bench::residentMiB();
    double highest = before;
    int callbacks = 0;
    Storage::SavedCopies::AttachOptions options;
    options.progress = [&](qint64, qint64) {
        ++callbacks;
        highest = std::max(highest, Bench::residentMiB());
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const double cpu = Bench::cpuSeconds();
    const auto attached = Storage::SavedCopies(*db).attachFile(sources.first().id, file, options, &error);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!attached) {
        qCritical("attach: %s", qPrintable(error.message));
        return false;
    }
    out->insert(QStringLiteral("attach_100mib_s"), seconds);
    out->insert(QStringLiteral("attach_100mib_cpu_s"), Bench::cpuSeconds() - cpu);
    out->insert(QStringLiteral("attach_rss_growth_mib"), highest - before);
    out->insert(QStringLiteral("attach_progress_callbacks"), callbacks);
    // Reading it back whole, as frise evidence does.
    timer.restart();
    QTemporaryDir dir;
    if (!Storage::SavedCopies(*db).extractTo(attached->copy.sha256, dir.filePath(QStringLiteral("out")), &error))
        return false;
    out->insert(QStringLiteral("extract_100mib_s"), timer.nsecsElapsed() / 1e9);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString resultsPath = args.value(1, QStringLiteral("savedcopies.json"));
    const int count = args.value(2, QStringLiteral("10000")).toInt();
    const qint64 totalMiB = args.value(3, QStringLiteral("5120")).toLongLong();
    const int events = args.value(4, QStringLiteral("100000")).toInt();
    QTemporaryDir temporary(args.size() > 5 ? args.at(5) + QStringLiteral("/bench-copies-XXXXXX") : QString());
    QJsonObject results;
    results.insert(QStringLiteral("load_average_start"), Bench::loadAverage());
    results.insert(QStringLiteral("events"), events);

    Bench::DatasetGenerator::Sizes sizes;
    sizes.events = events;
    sizes.actors = std::max(10, events / 10);
    sizes.claims = std::max(10, events / 5);
    sizes.relations = std::max(10, events / 10);
    sizes.disputes = std::max(10, events / 1000);
    sizes.sources = std::max(count, events / 20);
    results.insert(QStringLiteral("sources"), sizes.sources);
    Bench::DatasetGenerator generator;
    Dataset dataset = generator.base(sizes);
    dataset.events = generator.events(sizes, 0, sizes.events);
    dataset.claims = generator.claims(sizes, 0, sizes.claims);
    dataset.relations = generator.relations(sizes, sizes.relations);
    QStringList words;
    for (int i = 0; i < 40; ++i)
        words << generator.phrase(i % 2 == 0, 1).split(u' ').first();

    const QString without = temporary.filePath(QStringLiteral("without.frise"));
    const QString with = temporary.filePath(QStringLiteral("with.frise"));
    Storage::StorageError error;
    {
        auto db = Storage::Database::open(without, {true}, &error);
        if (!db || !Storage::DatasetStore(*db).import(dataset, {}, {}, nullptr, &error)) {
            qCritical("import: %s", qPrintable(error.message));
            return 1;
        }
        // A big import leaves its full-text index for afterwards: searches are timed on a complete one.
        if (!Storage::SearchBacklog(*db).build({}, &error)) {
            qCritical("search index: %s", qPrintable(error.message));
            return 1;
        }
        if (!db->backupTo(with, &error)) {
            qCritical("backup: %s", qPrintable(error.message));
            return 1;
        }
    }
    dataset = {};
    {
        auto db = Storage::Database::open(with, {}, &error);
        if (!db || !addCopies(*db, count, totalMiB << 20, &results))
            return 1;
    }
    QJsonObject withoutResults;
    QJsonObject withResults;
    // Alternated, twice: the machine is shared, and the second round runs with warm caches for both.
    for (int round = 0; round < 2; ++round) {
        if (!measure(without, words, &withoutResults) || !measure(with, words, &withResults))
            return 1;
    }
    results.insert(QStringLiteral("without_copies"), withoutResults);
    results.insert(QStringLiteral("with_copies"), withResults);

    const QString big = temporary.filePath(QStringLiteral("big.warc"));
    {
        std::mt19937_64 random(7);
        QFile file(big);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        for (int i = 0; i < 100; ++i)
            file.write(randomBytes(random, 1 << 20));
    }
    QJsonObject sqlite;
    if (!attachBig(with, big, &sqlite))
        return 1;
    results.insert(QStringLiteral("sqlite"), sqlite);
    if (!qEnvironmentVariableIsEmpty("FRISE_TEST_PG_URL")) {
        QString message;
        const QString url = StorageTest::createPostgresDatabase(&message);
        QJsonObject postgres;
        if (url.isEmpty()) {
            postgres.insert(QStringLiteral("error"), message);
        } else {
            {
                auto db = Storage::Database::open(url, {true}, &error);
                Source source;
                source.title = QStringLiteral("bench");
                if (!db || !Storage::SourceRepository(*db).insert(source, &error))
                    return 1;
            }
            if (!attachBig(url, big, &postgres))
                return 1;
        }
        results.insert(QStringLiteral("postgresql"), postgres);
    }
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    results.insert(QStringLiteral("load_average_end"), Bench::loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}
