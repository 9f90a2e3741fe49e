// SPDX-License-Identifier: GPL-3.0-or-later
// Import and export rates of frise_io at 1,000,000 events, with peak memory.
// Usage: bench_io RESULTS_DIR [EVENTS] [--cli-import-only | --sheet-phases]  -> RESULTS_DIR/io.json
// (--sheet-phases: RESULTS_DIR/io-sheet-phases.json). FRISE_BENCH_FRISE names another `frise`
// binary for the whole-process runs (an older build, to compare back to back).

#include "benchutil.h"
#include "cli/importpipeline.h"
#include "io/csvreader.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/searchbacklog.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <limits>

#include <sys/resource.h>

using namespace Frise;
using Bench::cpuSeconds;
using Bench::loadAverage;
using namespace Frise::Io;

namespace {

// Peak resident memory of the process so far, in MiB (VmHWM).
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Lets the next peakRssMiB() report the peak of the next phase only (Linux >= 4.0).
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QByteArray makeCsv(int events)
{
    QByteArray data = "date;title;text;actors;tags;dispute;source;url\r\n";
    data.reserve(qsizetype(events) * 130);
    for (int i = 0; i < events; ++i) {
        const int day = i % 28 + 1;
        const int month = i / 28 % 12 + 1;
        const int year = 1990 + i % 35;
        data += QByteArray::number(day) + '/' + QByteArray::number(month) + '/' + QByteArray::number(year)
            + ";Événement n°" + QByteArray::number(i) + ";\"Texte, avec une virgule\";Acteur "
            + QByteArray::number(i % 500) + ", Acteur " + QByteArray::number((i + 7) % 500) + ";tag"
            + QByteArray::number(i % 50) + ";Litige " + QByteArray::number(i % 40) + ";Le Monde;https://example.org/"
            + QByteArray::number(i % 1000) + "\r\n";
    }
    return data;
}

QByteArray makeTimelineJs(int events)
{
    QByteArray data = "{\"title\":{\"text\":{\"headline\":\"Bench\"}},\"events\":[\n";
    data.reserve(qsizetype(events) * 260);
    for (int i = 0; i < events; ++i) {
        if (i)
            data += ",\n";
        data += "{\"start_date\":{\"year\":" + QByteArray::number(1990 + i % 35)
            + ",\"month\":" + QByteArray::number(i / 28 % 12 + 1) + ",\"day\":" + QByteArray::number(i % 28 + 1)
            + "},\"text\":{\"headline\":\"Event " + QByteArray::number(i)
            + "\",\"text\":\"<p>Some text</p>\"},\"media\":{\"url\":\"https://example.org/"
            + QByteArray::number(i % 1000) + "\",\"credit\":\"Reuters\"},\"group\":\"Dispute "
            + QByteArray::number(i % 40) + "\",\"unique_id\":\"e" + QByteArray::number(i) + "\"}";
    }
    data += "\n]}\n";
    return data;
}

// A TimelineJS sheet as Google Sheets exports it: the content of makeTimelineJs().
QByteArray makeTimelineJsSheet(int events)
{
    QByteArray data = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                      "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n";
    data.reserve(qsizetype(events) * 150);
    for (int i = 0; i < events; ++i) {
        data += QByteArray::number(1990 + i % 35) + ',' + QByteArray::number(i / 28 % 12 + 1) + ','
            + QByteArray::number(i % 28 + 1) + ",,,,,,,Event " + QByteArray::number(i) + " accord"
            + QByteArray::number(i % 97) + ",\"<p>Some text, about dispute " + QByteArray::number(i % 40)
            + "</p>\",https://example.org/" + QByteArray::number(i % 1000) + ",Reuters,,,,Dispute "
            + QByteArray::number(i % 40) + ",\r\n";
    }
    return data;
}

struct Measure
{
    QString name;
    qint64 events = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double peakMiB = 0;
    double cpu = 0;

    QJsonObject toJson() const
    {
        return {{QLatin1String("name"), name}, {QLatin1String("events"), events}, {QLatin1String("bytes"), bytes},
            {QLatin1String("seconds"), seconds},
            {QLatin1String("eventsPerSecond"), seconds > 0 ? double(events) / seconds : 0},
            {QLatin1String("cpuSeconds"), cpu},
            {QLatin1String("eventsPerCpuSecond"), cpu > 0 ? double(events) / cpu : 0},
            {QLatin1String("megabytesPerSecond"), seconds > 0 ? double(bytes) / seconds / 1e6 : 0},
            {QLatin1String("peakRssMiB"), peakMiB}, {QLatin1String("loadAverage"), loadAverage()}};
    }
};

void print(const Measure &m)
{
    std::printf(
        "%-30s %8lld events %7.2f s %9.0f events/s | cpu %7.2f s %9.0f events/cpu-s | %6.1f MB/s | peak %6.0f MiB\n",
        qPrintable(m.name), static_cast<long long>(m.events), m.seconds,
        m.seconds > 0 ? double(m.events) / m.seconds : 0, m.cpu, m.cpu > 0 ? double(m.events) / m.cpu : 0,
        m.seconds > 0 ? double(m.bytes) / m.seconds / 1e6 : 0, m.peakMiB);
    std::fflush(stdout);
}

Measure importBench(
    const QString &name, const QByteArray &data, const QString &fileName, Format format, Dataset *keep = nullptr)
{
    resetPeakRss();
    ImportOptions options;
    options.format = format;
    options.language = Language::French;
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    ImportResult result = Importer::importData(data, fileName, options);
    Measure m {
        name, result.dataset.events.size(), data.size(), timer.nsecsElapsed() / 1e9, peakRssMiB(), cpuSeconds() - cpu};
    if (!result.ok())
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(result.error.toString()));
    if (keep)
        *keep = std::move(result.dataset);
    print(m);
    return m;
}

// Writes a parsed dataset into a new SQLite file as `frise import` does (one
// transaction, indexed and searchable at commit), and the whole, parse +
// write, as @p parsed.name + " end to end".
QJsonArray writeBench(const Measure &parsed, const Dataset &dataset, bool backup, bool deferSearch = false)
{
    QJsonArray runs;
    QTemporaryDir dir;
    Storage::StorageError error;
    Storage::Database::OpenOptions openOptions;
    openOptions.create = true;
    auto db = Storage::Database::open(dir.filePath(QStringLiteral("bench.frise")), openOptions, &error);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error.message));
        return runs;
    }
    resetPeakRss();
    Storage::DatasetStore::ImportOptions options;
    options.keepAudit = backup;
    options.auditNote = QStringLiteral("bench");
    // Indexed in the transaction, as before deferred indexes, for comparable
    // runs; or deferred as `frise import` does, to see its phases.
    if (!deferSearch)
        options.deferSearchIndexFrom = std::numeric_limits<qint64>::max();
    // As `frise import` tells of what DatasetBuilder read.
    options.uidsUnique = !backup;
    Storage::ImportSummary summary;
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    if (!Storage::DatasetStore(*db).import(dataset, options, {}, &summary, &error))
        std::fprintf(stderr, "%s write failed: %s\n", qPrintable(parsed.name), qPrintable(error.message));
    const Measure write {parsed.name + QStringLiteral(" write only"), dataset.events.size(), 0,
        timer.nsecsElapsed() / 1e9, peakRssMiB(), cpuSeconds() - cpu};
    print(write);
    QJsonObject writeJson = write.toJson();
    QJsonObject phases;
    for (const Storage::ImportPhase &phase : std::as_const(summary.phases)) {
        std::printf("    %-28s %7.2f s  cpu %7.2f s\n", qPrintable(phase.name), phase.seconds, phase.cpuSeconds);
        phases.insert(phase.name,
            QJsonObject {{QLatin1String("seconds"), phase.seconds}, {QLatin1String("cpuSeconds"), phase.cpuSeconds}});
    }
    std::fflush(stdout);
    writeJson.insert(QLatin1String("phases"), phases);
    runs.append(writeJson);
    const Measure whole {parsed.name + QStringLiteral(" end to end (parse + write)"), parsed.events, parsed.bytes,
        parsed.seconds + write.seconds, std::max(parsed.peakMiB, write.peakMiB), parsed.cpu + write.cpu};
    print(whole);
    runs.append(whole.toJson());
    return runs;
}

// `frise import` of a sheet as its pipeline runs it, in this process: the
// reader's thread and the writer's (this one) each with its processor time,
// the writer's phases, and the whole (rows committed, index deferred).
QJsonArray streamedBench(const QByteArray &sheet, qint64 events)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    const QString path = dir.filePath(QStringLiteral("streamed.frise"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly) || file.write(sheet) != sheet.size())
            return {};
    }
    Storage::StorageError error;
    Storage::Database::OpenOptions openOptions;
    openOptions.create = true;
    // Created, then closed: `frise import` finds the file as `frise new` leaves it.
    if (!Storage::Database::open(path, openOptions, &error))
        return {};
    resetPeakRss();
    ImportOptions options;
    options.language = Language::French;
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    const auto pipeline = Cli::ImportPipeline::forFile(csv, options, path);
    if (!pipeline) {
        std::fprintf(stderr, "the sheet was not taken by the pipeline\n");
        return {};
    }
    pipeline->start();
    auto db = Storage::Database::open(path, {}, &error);
    if (!db)
        return {};
    Storage::DatasetStore::ImportOptions storeOptions;
    storeOptions.auditNote = QStringLiteral("bench");
    storeOptions.uidsUnique = true; // as `frise import` tells of a sheet
    Storage::ImportSummary summary;
    if (!pipeline->write(*db, storeOptions, &summary, &error))
        std::fprintf(stderr, "streamed import failed: %s %s\n", qPrintable(error.message),
            qPrintable(pipeline->readResult().error.toString()));
    Measure whole {QStringLiteral("import TimelineJS sheet CSV streamed (read and write at once)"), events,
        sheet.size(), timer.nsecsElapsed() / 1e9, peakRssMiB(), cpuSeconds() - cpu};
    print(whole);
    QJsonObject json = whole.toJson();
    json.insert(QLatin1String("readerCpuSeconds"), pipeline->readerCpuSeconds());
    std::printf("    %-28s          cpu %7.2f s\n", "reader thread", pipeline->readerCpuSeconds());
    QJsonObject phases;
    for (const Storage::ImportPhase &phase : std::as_const(summary.phases)) {
        std::printf("    %-28s %7.2f s  cpu %7.2f s\n", qPrintable(phase.name), phase.seconds, phase.cpuSeconds);
        phases.insert(phase.name,
            QJsonObject {{QLatin1String("seconds"), phase.seconds}, {QLatin1String("cpuSeconds"), phase.cpuSeconds}});
    }
    std::fflush(stdout);
    json.insert(QLatin1String("writerPhases"), phases);
    return {json};
}

void appendAll(QJsonArray *runs, const QJsonArray &more)
{
    for (const QJsonValue &value : more)
        runs->append(value);
}

Measure exportBench(const QString &name, const Dataset &dataset, Format format, const QString &path)
{
    resetPeakRss();
    ExportOptions options;
    options.format = format;
    options.language = Language::French;
    QElapsedTimer timer;
    timer.start();
    const double cpu = cpuSeconds();
    IoError error;
    if (!Exporter::exportFile(dataset, path, options, &error))
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(name), qPrintable(error.toString()));
    Measure m {name, dataset.events.size(), QFileInfo(path).size(), timer.nsecsElapsed() / 1e9, peakRssMiB(),
        cpuSeconds() - cpu};
    QFile::remove(path);
    print(m);
    return m;
}

// User and system CPU seconds of the children this process has waited for
// (QProcess waits for its own): the CPU cost of a whole `frise` process,
// which a shared machine's wall time hides.
double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// Runs `frise ARGS` to its end: false when it failed.
bool runFrise(const QStringList &args, double *seconds, double *cpu)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const QString other = qEnvironmentVariable("FRISE_BENCH_FRISE");
    process.start(other.isEmpty() ? TestPaths::friseBinary() : other, args);
    process.waitForFinished(-1);
    *seconds = timer.nsecsElapsed() / 1e9;
    *cpu = childCpuSeconds() - cpuBefore;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "frise %s failed (%d)\n", qPrintable(args.join(u' ')), process.exitCode());
        return false;
    }
    return true;
}

// `frise import DB sheet.csv` as a user runs it (whole process): the time
// until it exits (rows, links and time index committed), and until the
// search index its background process builds is complete, both from the
// start of the command. Then the same import with --wait-index, whose
// process builds the index itself: its CPU time is the whole cost.
QJsonArray cliImportBench(int events)
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sheet.csv"));
    const QString db = dir.filePath(QStringLiteral("cli.frise"));
    {
        QFile file(csv);
        const QByteArray data = makeTimelineJsSheet(events);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
    }
    // `frise import` refuses a database that does not exist.
    double newSeconds = 0;
    double newCpu = 0;
    const QString waited = dir.filePath(QStringLiteral("waited.frise"));
    if (!runFrise({QStringLiteral("new"), db}, &newSeconds, &newCpu)
        || !runFrise({QStringLiteral("new"), waited}, &newSeconds, &newCpu))
        return {};
    const QJsonArray load = loadAverage();
    QElapsedTimer timer;
    timer.start();
    double rowsSeconds = 0;
    double rowsCpu = 0;
    if (!runFrise({QStringLiteral("import"), db, csv}, &rowsSeconds, &rowsCpu))
        return {};
    double searchSeconds = -1;
    {
        Storage::StorageError error;
        Storage::Database::OpenOptions readOnly;
        readOnly.readOnly = true;
        auto reader = Storage::Database::open(db, readOnly, &error);
        while (reader) {
            const Storage::SearchIndexState state = Storage::SearchBacklog(*reader).state(&error);
            if (error.isError())
                break;
            if (state.isComplete()) {
                searchSeconds = timer.nsecsElapsed() / 1e9;
                break;
            }
            QThread::msleep(20);
        }
    }
    std::printf("frise import TimelineJS sheet CSV (whole process) %d events: rows committed %.2f s (%.0f events/s), "
                "cpu %.2f s (%.0f events/cpu-s), search complete %.2f s after the start | load %.2f\n",
        events, rowsSeconds, events / rowsSeconds, rowsCpu, events / rowsCpu, searchSeconds, load.at(0).toDouble());
    std::fflush(stdout);
    QJsonArray runs;
    runs.append(
        QJsonObject {{QLatin1String("name"), QStringLiteral("frise import TimelineJS sheet CSV (whole process)")},
            {QLatin1String("events"), events}, {QLatin1String("bytes"), QFileInfo(csv).size()},
            {QLatin1String("seconds"), rowsSeconds}, {QLatin1String("eventsPerSecond"), events / rowsSeconds},
            {QLatin1String("cpuSeconds"), rowsCpu}, {QLatin1String("eventsPerCpuSecond"), events / rowsCpu},
            {QLatin1String("searchCompleteSeconds"), searchSeconds}, {QLatin1String("loadAverageStart"), load},
            {QLatin1String("loadAverage"), loadAverage()}});

    const QJsonArray waitLoad = loadAverage();
    double waitSeconds = 0;
    double waitCpu = 0;
    if (!runFrise({QStringLiteral("import"), QStringLiteral("--wait-index"), waited, csv}, &waitSeconds, &waitCpu))
        return runs;
    std::printf("frise import --wait-index TimelineJS sheet CSV (whole process) %d events: search complete %.2f s, "
                "cpu %.2f s | load %.2f\n",
        events, waitSeconds, waitCpu, waitLoad.at(0).toDouble());
    std::fflush(stdout);
    runs.append(QJsonObject {
        {QLatin1String("name"), QStringLiteral("frise import --wait-index TimelineJS sheet CSV (whole process)")},
        {QLatin1String("events"), events}, {QLatin1String("seconds"), waitSeconds},
        {QLatin1String("searchCompleteSeconds"), waitSeconds}, {QLatin1String("cpuSeconds"), waitCpu},
        {QLatin1String("loadAverageStart"), waitLoad}, {QLatin1String("loadAverage"), loadAverage()}});
    return runs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString resultsDir = args.value(1, QStringLiteral("."));
    const int events = args.value(2, QStringLiteral("1000000")).toInt();
    QDir().mkpath(resultsDir);

    // `frise import` of a sheet, in this process, phase by phase: where its time goes.
    const auto sheetPhases = [events] {
        const QByteArray sheet = makeTimelineJsSheet(events);
        Dataset dataset;
        const Measure parsed = importBench(QStringLiteral("import TimelineJS sheet CSV"), sheet,
            QStringLiteral("bench.csv"), Format::TimelineJsCsv, &dataset);
        QJsonArray runs {parsed.toJson()};
        appendAll(&runs, writeBench(parsed, dataset, false, true));
        dataset = {};
        appendAll(&runs, streamedBench(sheet, events));
        return runs;
    };
    if (args.contains(QLatin1String("--sheet-phases"))) {
        QFile file(QDir(resultsDir).filePath(QStringLiteral("io-sheet-phases.json")));
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(sheetPhases()).toJson()) > 0 ? 0 : 1;
    }
    QJsonArray runs = cliImportBench(events);
    if (args.contains(QLatin1String("--cli-import-only"))) {
        QJsonDocument doc(runs);
        std::fwrite(doc.toJson().constData(), 1, size_t(doc.toJson().size()), stdout);
        return 0;
    }
    appendAll(&runs, sheetPhases());
    Dataset fromCsv;
    {
        const QByteArray csv = makeCsv(events);
        {
            // The CSV layer alone: decoding and records.
            resetPeakRss();
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            QString text;
            IoError error;
            CsvReader::decode(csv, &text, &error);
            CsvReader reader(text);
            QStringList row;
            qint64 rows = -1; // minus the header
            while (reader.readRow(&row))
                ++rows;
            Measure m {QStringLiteral("CSV records only"), rows, csv.size(), timer.nsecsElapsed() / 1e9, peakRssMiB(),
                cpuSeconds() - cpu};
            print(m);
            runs.append(m.toJson());
        }
        const Measure parsed = importBench(
            QStringLiteral("import generic CSV"), csv, QStringLiteral("bench.csv"), Format::Csv, &fromCsv);
        runs.append(parsed.toJson());
        appendAll(&runs, writeBench(parsed, fromCsv, false));
    }
    Dataset fromJson;
    {
        const QByteArray json = makeTimelineJs(events);
        {
            // Qt's JSON parser alone.
            resetPeakRss();
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds();
            const QJsonDocument document = QJsonDocument::fromJson(json);
            Measure m {QStringLiteral("QJsonDocument parse only"),
                document.object().value(QLatin1String("events")).toArray().size(), json.size(),
                timer.nsecsElapsed() / 1e9, peakRssMiB(), cpuSeconds() - cpu};
            print(m);
            runs.append(m.toJson());
        }
        const Measure parsed = importBench(QStringLiteral("import TimelineJS JSON"), json, QStringLiteral("bench.json"),
            Format::TimelineJsJson, &fromJson);
        runs.append(parsed.toJson());
        appendAll(&runs, writeBench(parsed, fromJson, false));
    }
    fromCsv = {};
    const QString out = QDir(resultsDir).filePath(QStringLiteral("bench-io-export"));
    runs.append(exportBench(QStringLiteral("export TimelineJS JSON"), fromJson, Format::TimelineJsJson, out).toJson());
    runs.append(
        exportBench(QStringLiteral("export TimelineJS sheet CSV"), fromJson, Format::TimelineJsCsv, out).toJson());
    runs.append(exportBench(QStringLiteral("export backup JSON"), fromJson, Format::Backup, out).toJson());
    {
        Dataset small = fromJson;
        small.events.resize(qMin(small.events.size(), qsizetype(100000)));
        runs.append(exportBench(QStringLiteral("export ICS (100k)"), small, Format::Ics, out).toJson());
    }
    {
        ExportOptions options;
        options.format = Format::Backup;
        const QByteArray backup = Exporter::exportData(fromJson, options);
        fromJson = {};
        Dataset fromBackup;
        const Measure parsed = importBench(QStringLiteral("import backup JSON"), backup,
            QStringLiteral("bench-backup.json"), Format::Backup, &fromBackup);
        runs.append(parsed.toJson());
        appendAll(&runs, writeBench(parsed, fromBackup, true));
    }

    const QJsonObject report {{QLatin1String("benchmark"), QStringLiteral("io")}, {QLatin1String("events"), events},
        {QLatin1String("loadAverageEnd"), loadAverage()}, {QLatin1String("peakRssResettable"), resetPeakRss()},
        {QLatin1String("runs"), runs}};
    QFile file(QDir(resultsDir).filePath(QStringLiteral("io.json")));
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QJsonDocument(report).toJson());
    return 0;
}
