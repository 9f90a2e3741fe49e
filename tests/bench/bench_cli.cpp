// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line benchmark: the whole `frise` process as a script runs it, and
// its fixed costs one by one.
//   bench_cli RESULTS.json FRISE WORKDIR [FRISE-GUI]
// WORKDIR keeps the generated databases (cli-30000.frise, cli-1000000.frise)
// between runs; the browser peer (tests/bench/peer) reads the first.
//
// Whole process, each a median of several runs with the load average, wall
// time and the child's CPU time (user + system; on a shared machine the wall
// time is mostly waiting for a core):
//  - `frise --version` (library loading and relocation, QCoreApplication,
//    translators), also with LD_BIND_NOW=1 (every symbol bound at start),
//    and what the dynamic loader says of it (LD_DEBUG=statistics,files:
//    libraries mapped, cycles, relocations); the same for frise-gui, the
//    window, started without a display so that it stops before Qt does;
//  - `frise stats` of an empty database (plus opening a database);
//  - `frise export-timeline` to a 1920x1080 PNG at 30,000 and 1,000,000
//    events: "built" with an empty timeline cache (from rows, then cached),
//    "cached" with the snapshot the previous run wrote.
// Fixed costs, measured in a child process (`bench_cli --fixed DB`) in the
// order an export meets them: QGuiApplication with the offscreen platform
// plugin, the font database's first use, opening the database, reading the
// timeline key, the snapshot (whole, and the one lane mode export-timeline
// reads), drawing, and encoding the PNG at each
// compression the exporter offers (Timeline::PngEncoder by default, and
// QImageWriter, which --smallest-file uses and the exporter used before).
#include "benchutil.h"
#include "datasetgenerator.h"

#include "storage/database.h"
#include "storage/datasetstore.h"
#include "timeline/pngencoder.h"
#include "timeline/timelinebuilder.h"
#include "timeline/timelinecache.h"
#include "timeline/timelineexporter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <functional>

#include <sys/resource.h>

using namespace Frise;
using Bench::loadAverage;

namespace {

bool generate(const QString &path, int events)
{
    if (QFileInfo::exists(path))
        return true;
    if (events == 0) {
        Storage::StorageError error;
        Storage::Database::OpenOptions options;
        options.create = true;
        return Storage::Database::open(path, options, &error) != nullptr;
    }
    Bench::DatasetGenerator::Sizes sizes;
    const double scale = events / double(sizes.events);
    sizes.events = events;
    sizes.actors = std::max(10, int(sizes.actors * scale));
    sizes.claims = std::max(10, int(sizes.claims * scale));
    sizes.sources = std::max(10, int(sizes.sources * scale));
    sizes.relations = std::max(10, int(sizes.relations * scale));
    sizes.disputes = std::max(10, int(sizes.disputes * scale));
    Bench::DatasetGenerator generator;
    Dataset dataset = generator.base(sizes);
    dataset.events = generator.events(sizes, 0, sizes.events);
    dataset.claims = generator.claims(sizes, 0, sizes.claims);
    dataset.relations = generator.relations(sizes, sizes.relations);
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        Storage::StorageError error;
        Storage::Database::OpenOptions options;
        options.create = true;
        auto db = Storage::Database::open(partial, options, &error);
        Storage::DatasetStore::ImportOptions importOptions;
        importOptions.matchActorsByName = false;
        if (!db || !Storage::DatasetStore(*db).import(dataset, importOptions, {}, nullptr, &error)) {
            qCritical("generate: %s", qPrintable(error.message));
            return false;
        }
    }
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    return QFile::rename(partial, path);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

/// User and system CPU time of the children waited for so far, in milliseconds.
double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    auto msOf = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return msOf(usage.ru_utime) + msOf(usage.ru_stime);
}

/// Runs `frise ARGS` @p runs times; each run's wall time, the median and the load.
class ProcessTimer final
{
public:
    ProcessTimer(QString frise, QString cacheHome)
        : m_frise(std::move(frise))
        , m_cacheHome(std::move(cacheHome))
    { }

    /// @p before runs before each timed run, untimed (e.g. emptying the cache).
    QJsonObject time(const QStringList &args, int runs, const std::function<void()> &before = {},
        const QStringList &environment = {}, int expectedExitCode = 0) const
    {
        QJsonObject result;
        result.insert(QStringLiteral("load_average_before"), loadAverage());
        QList<double> times;
        QJsonArray all;
        // CPU time beside wall time: on a shared machine the wall time is mostly waiting for a core.
        QList<double> cpuTimes;
        QJsonArray allCpu;
        for (int i = 0; i < runs; ++i) {
            if (before)
                before();
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.insert(QStringLiteral("XDG_CACHE_HOME"), m_cacheHome);
            for (const QString &pair : environment)
                env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
            process.setProcessEnvironment(env);
            const double cpuBefore = childrenCpuMs();
            QElapsedTimer timer;
            timer.start();
            process.start(m_frise, args);
            if (!process.waitForFinished(600000) || process.exitCode() != expectedExitCode) {
                qCritical(
                    "frise %s failed: %s", qPrintable(args.join(u' ')), process.readAllStandardError().constData());
                result.insert(QStringLiteral("failed"), true);
                return result;
            }
            const double elapsed = ms(timer);
            times.append(elapsed);
            all.append(elapsed);
            const double cpu = childrenCpuMs() - cpuBefore;
            cpuTimes.append(cpu);
            allCpu.append(cpu);
        }
        result.insert(QStringLiteral("runs_ms"), all);
        result.insert(QStringLiteral("median_ms"), Bench::percentile(times, 50));
        result.insert(QStringLiteral("min_ms"), *std::min_element(times.cbegin(), times.cend()));
        result.insert(QStringLiteral("cpu_runs_ms"), allCpu);
        result.insert(QStringLiteral("cpu_median_ms"), Bench::percentile(cpuTimes, 50));
        result.insert(QStringLiteral("load_average_after"), loadAverage());
        return result;
    }

    void clearCache() const { QDir(m_cacheHome).removeRecursively(); }

private:
    QString m_frise;
    QString m_cacheHome;
};

/**
 * What the dynamic loader does to start @p program with @p args (LD_DEBUG=statistics,files): the libraries
 * it maps, the cycles it spends before main() and how many of them go to relocation, and the relocations.
 */
QJsonObject loaderStatistics(const QString &program, const QStringList &args, const QString &scratch)
{
    QJsonObject result;
    const QString prefix = scratch + QStringLiteral("/ld-debug");
    for (const QFileInfo &old : QDir(scratch).entryInfoList({QStringLiteral("ld-debug.*")}, QDir::Files))
        QFile::remove(old.filePath());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("statistics,files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), prefix);
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(600000)) {
        result.insert(QStringLiteral("failed"), true);
        return result;
    }
    QByteArray trace;
    for (const QFileInfo &file : QDir(scratch).entryInfoList({QStringLiteral("ld-debug.*")}, QDir::Files)) {
        QFile log(file.filePath());
        if (log.open(QIODevice::ReadOnly))
            trace += log.readAll();
    }
    const QString text = QString::fromLocal8Bit(trace);
    result.insert(QStringLiteral("libraries"), double(text.count(QLatin1String("generating link map"))));
    // The first statistics block is the start's (a second, "final", comes at exit).
    const std::pair<const char *, const char *> fields[] = {
        {"startup_cycles", "total startup time in dynamic loader: (\\d+) cycles"},
        {"relocation_cycles", "time needed for relocation: (\\d+) cycles"},
        {"load_cycles", "time needed to load objects: (\\d+) cycles"},
        {"relocations", "\\bnumber of relocations: (\\d+)"},
        {"relocations_from_cache", "\\bnumber of relocations from cache: (\\d+)"},
        {"relative_relocations", "number of relative relocations: (\\d+)"},
    };
    for (const auto &[name, pattern] : fields) {
        const QRegularExpressionMatch match = QRegularExpression(QLatin1String(pattern)).match(text);
        if (match.hasMatch())
            result.insert(QLatin1String(name), match.captured(1).toDouble());
    }
    return result;
}

/// The export at @p events: built (empty cache each run) and cached.
QJsonObject measureExport(const ProcessTimer &timer, const QString &db, const QString &png, int runs)
{
    const QStringList args {QStringLiteral("export-timeline"), db, QStringLiteral("-o"), png, QStringLiteral("--width"),
        QStringLiteral("1920"), QStringLiteral("--height"), QStringLiteral("1080")};
    QJsonObject result;
    result.insert(QStringLiteral("built"), timer.time(args, std::max(2, runs / 2), [&timer] { timer.clearCache(); }));
    result.insert(QStringLiteral("cached"), timer.time(args, runs)); // the last built run cached it
    // The text alternative (FILE.alt.txt and the PNG's Description) is on by default: what it costs.
    result.insert(
        QStringLiteral("cached_no_alt_text"), timer.time(args + QStringList {QStringLiteral("--no-alt-text")}, runs));
    result.insert(QStringLiteral("png_bytes"), double(QFileInfo(png).size()));
    QStringList smallest = args;
    smallest.append(QStringLiteral("--smallest-file"));
    result.insert(QStringLiteral("cached_smallest_file"), timer.time(smallest, runs));
    result.insert(QStringLiteral("png_bytes_smallest_file"), double(QFileInfo(png).size()));
    return result;
}

/// The child: each fixed cost of an export of @p path, in the order the command meets them.
int measureFixedCosts(int argc, char **argv, const QString &path)
{
    QJsonObject result;
    result.insert(QStringLiteral("load_average_before"), loadAverage());
    QElapsedTimer timer;
    timer.start();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    result.insert(QStringLiteral("gui_application_ms"), ms(timer));

    timer.restart();
    const double height = QFontMetricsF(QFont(QStringLiteral("Noto Sans"))).height();
    result.insert(QStringLiteral("first_font_ms"), ms(timer));
    result.insert(QStringLiteral("first_font_height"), height);
    result.insert(QStringLiteral("font_families"), double(QFontDatabase::families().size()));

    timer.restart();
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = Storage::Database::open(path, options, &error);
    if (!db) {
        qCritical("%s", qPrintable(error.message));
        return 1;
    }
    result.insert(QStringLiteral("database_open_ms"), ms(timer));

    timer.restart();
    const QByteArray key = Timeline::TimelineCache::keyOf(*db, &error);
    result.insert(QStringLiteral("cache_key_ms"), ms(timer));

    timer.restart();
    const Timeline::TimelineLanes lanes = Timeline::TimelineLanes::read(*db, &error);
    auto built = Timeline::TimelineBuilder::build(*db, lanes, 0, &error);
    result.insert(QStringLiteral("build_from_rows_ms"), ms(timer));
    if (!built) {
        qCritical("%s", qPrintable(error.message));
        return 1;
    }

    QTemporaryDir dir;
    const Timeline::TimelineCache cache(dir.path());
    timer.restart();
    cache.write(path, key, *built);
    result.insert(QStringLiteral("snapshot_write_ms"), ms(timer));
    timer.restart();
    auto data = cache.read(path, key);
    result.insert(QStringLiteral("snapshot_read_ms"), ms(timer));
    // What export-timeline reads: the dispute lanes only.
    timer.restart();
    const bool oneMode = cache.read(path, key, Timeline::LaneMode::Dispute) != nullptr;
    result.insert(QStringLiteral("snapshot_read_one_mode_ms"), ms(timer));
    result.insert(QStringLiteral("snapshot_bytes"), double(QFileInfo(cache.snapshotPath(path)).size()));
    if (!data || !oneMode)
        return 1;

    Timeline::TimelineExportOptions exportOptions;
    exportOptions.height = 1080;
    QImage image(1920, 1080, QImage::Format_RGB32);
    image.fill(Qt::white);
    const Timeline::FunctionTitleProvider titles(
        [](RowId id, Language) { return QStringLiteral("Event %1 of the benchmark").arg(id); });
    for (const char *name : {"render_first_ms", "render_again_ms"}) {
        timer.restart();
        QPainter p(&image);
        Timeline::TimelineExporter::render(&p, image.size(), *data, &titles, exportOptions);
        p.end();
        result.insert(QLatin1String(name), ms(timer));
    }
    // The same drawing with its text alternative built (what every image export does), and the text's size.
    {
        AltText alt;
        timer.restart();
        QPainter p(&image);
        Timeline::TimelineExporter::render(&p, image.size(), *data, &titles, exportOptions, &alt);
        p.end();
        result.insert(QStringLiteral("render_with_alt_text_ms"), ms(timer));
        result.insert(QStringLiteral("alt_text_bytes"), double(alt.fileText().toUtf8().size()));
    }
    // What the exporter writes by default, on this machine's cores and on one.
    for (const auto &[name, stripes] : {std::pair {"png_encoder", 0}, std::pair {"png_encoder_one_stripe", 1}}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const double cpuBefore = Bench::cpuSeconds();
        timer.restart();
        Timeline::PngEncoder::write(image, &buffer, nullptr, stripes);
        result.insert(QLatin1String(name) + QStringLiteral("_ms"), ms(timer));
        result.insert(QLatin1String(name) + QStringLiteral("_cpu_ms"), (Bench::cpuSeconds() - cpuBefore) * 1e3);
        result.insert(QLatin1String(name) + QStringLiteral("_bytes"), double(buffer.size()));
    }
    result.insert(
        QStringLiteral("png_encoder_stripes"), Timeline::PngEncoder::stripesFor(image.width(), image.height()));
    for (const auto &[name, quality] :
        {std::pair {"png_default", -1}, std::pair {"png_fast", 85}, std::pair {"png_smallest", 0}}) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setQuality(quality);
        timer.restart();
        writer.write(image);
        result.insert(QLatin1String(name) + QStringLiteral("_ms"), ms(timer));
        result.insert(QLatin1String(name) + QStringLiteral("_bytes"), double(buffer.size()));
    }
    result.insert(QStringLiteral("load_average_after"), loadAverage());
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Compact);
    fwrite(json.constData(), 1, size_t(json.size()), stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--fixed") == 0)
        return measureFixedCosts(argc, argv, QString::fromLocal8Bit(argv[2]));
    if (argc < 4) {
        fprintf(stderr, "usage: bench_cli RESULTS.json FRISE WORKDIR [FRISE-GUI]\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    const QString resultsPath = QString::fromLocal8Bit(argv[1]);
    const QString frise = QString::fromLocal8Bit(argv[2]);
    const QDir work(QString::fromLocal8Bit(argv[3]));
    work.mkpath(QStringLiteral("."));
    const QString small = work.filePath(QStringLiteral("cli-30000.frise"));
    const QString big = work.filePath(QStringLiteral("cli-1000000.frise"));
    const QString empty = work.filePath(QStringLiteral("cli-empty.frise"));
    QElapsedTimer timer;
    timer.start();
    if (!generate(small, 30000) || !generate(big, 1000000) || !generate(empty, 0))
        return 1;
    fprintf(stderr, "databases ready in %.1f s\n", timer.elapsed() / 1000.0);

    QTemporaryDir scratch;
    const ProcessTimer frisetimer(frise, scratch.filePath(QStringLiteral("cache")));
    QJsonObject results;
    results.insert(QStringLiteral("version"), frisetimer.time({QStringLiteral("--version")}, 20));
    results.insert(QStringLiteral("version_bind_now"),
        frisetimer.time({QStringLiteral("--version")}, 20, {}, {QStringLiteral("LD_BIND_NOW=1")}));
    results.insert(
        QStringLiteral("version_loader"), loaderStatistics(frise, {QStringLiteral("--version")}, scratch.path()));
    // The window's executable (frise execs it when given no command): without a display it stops before Qt
    // starts, so this is what loading the window's libraries costs.
    if (argc > 4) {
        const QString gui = QString::fromLocal8Bit(argv[4]);
        const ProcessTimer guitimer(gui, scratch.filePath(QStringLiteral("cache")));
        results.insert(QStringLiteral("gui_start"), guitimer.time({}, 20, {}, {}, 2));
        results.insert(QStringLiteral("gui_start_loader"), loaderStatistics(gui, {}, scratch.path()));
    }
    results.insert(QStringLiteral("stats_empty"), frisetimer.time({QStringLiteral("stats"), empty}, 10));
    const QString png = scratch.filePath(QStringLiteral("export.png"));
    results.insert(QStringLiteral("export_timeline_30k"), measureExport(frisetimer, small, png, 10));
    results.insert(QStringLiteral("export_timeline_1m"), measureExport(frisetimer, big, png, 6));

    for (const auto &[name, db] : {std::pair {"fixed_costs_30k", small}, std::pair {"fixed_costs_1m", big}}) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--fixed"), db});
        if (!child.waitForFinished(600000) || child.exitCode() != 0) {
            qCritical("the fixed-cost child failed: %s", child.readAllStandardError().constData());
            return 1;
        }
        results.insert(QLatin1String(name), QJsonDocument::fromJson(child.readAllStandardOutput()).object());
    }
    results.insert(QStringLiteral("load_average"), loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}
