// SPDX-License-Identifier: GPL-3.0-or-later
// GUI open benchmark: the real MainWindow (offscreen) opens a database of
// 1M generated events; measures open → first painted frame, open → frame
// with the whole timeline (first open: built from storage; later opens: read
// from the timeline cache), peak RSS, CPU time and the load average.
//   bench_guiopen RESULTS.json [EVENTS [DATABASE]]
// The database is generated when DATABASE does not exist (kept when given).
// Each measurement runs in a child process (`--measure MODE DATABASE`), so
// that peak RSS is the window's alone. MODE "window" is the MainWindow;
// "legacy" is what the window did before: every Event read, then
// TimelineData::fromDataset (for the before/after comparison; run when
// FRISE_BENCH_LEGACY is set); "loader" the timeline build alone.
#include "benchutil.h"
#include "datasetgenerator.h"

#include "storage/database.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "timeline/timelinebuilder.h"
#include "timeline/timelinecache.h"
#include "ui/databasesession.h"
#include "ui/mainwindow.h"
#include "ui/timelineloader.h"
#include "ui/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <limits>

#include <sys/resource.h>

using namespace Frise;
using Bench::cpuSeconds;
using Bench::loadAverage;

namespace {

bool generate(const QString &path, int events)
{
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
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.create = true;
    auto db = Storage::Database::open(path, options, &error);
    Storage::DatasetStore::ImportOptions importOptions;
    importOptions.matchActorsByName = false;
    if (!db || !Storage::DatasetStore(*db).import(dataset, importOptions, {}, nullptr, &error)) {
        qCritical("generate: %s", qPrintable(error.message));
        return false;
    }
    return true;
}

/// The window as a user opens it: returns the timings, in the child process.
int measureWindow(const QString &path, const QString &resultsPath)
{
    QJsonObject results;
    results.insert(QStringLiteral("load_average_before"), loadAverage());
    const double cpu0 = cpuSeconds();
    Ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    Ui::TimelineView *view = window.timelineView();
    QElapsedTimer timer;
    double firstFrame = -1;
    double fullFrame = -1;
    double dataReady = -1;
    double cpuFull = 0;
    double recordsLoaded = -1;
    double backupDone = -1;
    double cpuAllDone = 0;
    Ui::DatabaseSession *session = window.session();
    // Measured until the window is fully there: timeline drawn, record lists and automatic backup done.
    auto quitWhenDone = [&] {
        if (fullFrame < 0 || session->isLoading() || session->isBackingUp())
            return;
        cpuAllDone = cpuSeconds() - cpu0;
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    };
    QObject::connect(view, &Ui::TimelineView::framePainted, view, [&] {
        const double ms = timer.nsecsElapsed() / 1e6;
        if (firstFrame < 0)
            firstFrame = ms;
        if (fullFrame < 0 && view->data() && !view->data()->isEmpty()) {
            fullFrame = ms;
            cpuFull = cpuSeconds() - cpu0;
            quitWhenDone();
        }
    });
    QObject::connect(session, &Ui::DatabaseSession::recordsLoaded, view, [&] {
        recordsLoaded = timer.nsecsElapsed() / 1e6;
        quitWhenDone();
    });
    QObject::connect(session, &Ui::DatabaseSession::backupFinished, view, [&] {
        backupDone = timer.nsecsElapsed() / 1e6;
        quitWhenDone();
    });
    QObject::connect(session, &Ui::DatabaseSession::backupFailed, view, [&](const QString &message) {
        qWarning("backup failed: %s", qPrintable(message));
        quitWhenDone();
    });
    QObject::connect(
        window.timelineLoader(), &Ui::TimelineLoader::finished, view, [&] { dataReady = timer.nsecsElapsed() / 1e6; });
    // The event loop's longest stall while loading: is the window responsive?
    double longestStall = 0;
    QElapsedTimer tick;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, &heartbeat, [&] {
        if (tick.isValid())
            longestStall = std::max(longestStall, tick.nsecsElapsed() / 1e6 - 10);
        tick.restart();
    });

    timer.start();
    if (!window.openDatabase(path)) {
        qCritical("open failed");
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    const bool loadingAfterOpen = session->isLoading();
    const bool backingUpAfterOpen = session->isBackingUp();
    heartbeat.start();
    QTimer::singleShot(600000, qApp, &QCoreApplication::quit);
    QCoreApplication::exec();
    heartbeat.stop();
    // The next round's open reads what this one cached.
    window.timelineLoader()->waitForCacheWrite();
    results.insert(QStringLiteral("timeline_from_cache"), window.timelineLoader()->lastCameFromCache());
    results.insert(QStringLiteral("events"), qint64(view->data() ? view->data()->count() : 0));
    results.insert(QStringLiteral("open_call_ms"), openMs);
    results.insert(QStringLiteral("open_to_first_frame_ms"), firstFrame);
    results.insert(QStringLiteral("open_to_timeline_data_ms"), dataReady);
    results.insert(QStringLiteral("open_to_full_timeline_frame_ms"), fullFrame);
    results.insert(QStringLiteral("cpu_seconds_to_full_frame"), cpuFull);
    results.insert(QStringLiteral("records_loaded_in_background"), loadingAfterOpen);
    results.insert(QStringLiteral("open_to_records_loaded_ms"), recordsLoaded);
    results.insert(QStringLiteral("backup_in_background"), backingUpAfterOpen);
    results.insert(QStringLiteral("open_to_backup_done_ms"), backupDone);
    results.insert(QStringLiteral("cpu_seconds_to_all_done"), cpuAllDone);
    results.insert(QStringLiteral("longest_event_loop_stall_ms"), longestStall);
    results.insert(QStringLiteral("timeline_data_mib"), view->data() ? view->data()->memoryUsage() / 1048576.0 : 0);
    results.insert(QStringLiteral("event_list_loads"), window.session()->eventListLoads());
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    results.insert(QStringLiteral("load_average_after"), loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}

/// What the window did before: every Event record, then the timeline from the Dataset.
int measureLegacy(const QString &path, const QString &resultsPath)
{
    QJsonObject results;
    results.insert(QStringLiteral("load_average_before"), loadAverage());
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    Ui::DatabaseSession session;
    // As the window did then: every list read at once.
    session.setBackgroundLimits({std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()});
    QString message;
    if (!session.open(path, false, &message)) {
        qCritical("open: %s", qPrintable(message));
        return 1;
    }
    const double openMs = timer.nsecsElapsed() / 1e6;
    Dataset dataset;
    dataset.events = session.events();
    dataset.disputes = session.disputes();
    dataset.actors = session.actors();
    dataset.tags = session.tags();
    const double eventsMs = timer.nsecsElapsed() / 1e6;
    const auto data = Timeline::TimelineData::fromDataset(dataset);
    const auto titles = Timeline::TimelineData::titleProvider(dataset);
    const double dataMs = timer.nsecsElapsed() / 1e6;
    results.insert(QStringLiteral("events"), qint64(data.count()));
    results.insert(QStringLiteral("session_open_ms"), openMs);
    results.insert(QStringLiteral("read_all_events_ms"), eventsMs - openMs);
    results.insert(QStringLiteral("open_to_timeline_data_ms"), dataMs);
    results.insert(QStringLiteral("cpu_seconds"), cpuSeconds() - cpu0);
    results.insert(QStringLiteral("note"),
        QStringLiteral("one events() call; the old window made three at open (timeline, graph, navigator)"));
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    results.insert(QStringLiteral("load_average_after"), loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}

/// The timeline alone: the lanes' names, then Timeline::TimelineBuilder::build() over the compact rows.
int measureLoader(const QString &path, const QString &resultsPath)
{
    QJsonObject results;
    results.insert(QStringLiteral("load_average_before"), loadAverage());
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = Storage::Database::open(path, options, &error);
    if (!db)
        return 1;
    QElapsedTimer timer;
    timer.start();
    const Timeline::TimelineLanes lanes = Timeline::TimelineLanes::read(*db, &error);
    results.insert(QStringLiteral("lanes_read_ms"), timer.nsecsElapsed() / 1e6);
    results.insert(QStringLiteral("lanes"),
        qint64(lanes.rows.disputes.size() + lanes.rows.actors.size() + lanes.rows.tags.size()));
    const double cpu0 = cpuSeconds();
    timer.restart();
    const auto data = Timeline::TimelineBuilder::build(*db, lanes, 1000000, &error);
    results.insert(QStringLiteral("build_ms"), timer.nsecsElapsed() / 1e6);
    results.insert(QStringLiteral("build_cpu_seconds"), cpuSeconds() - cpu0);
    results.insert(QStringLiteral("events"), qint64(data ? data->count() : 0));
    results.insert(QStringLiteral("eras"), qint64(data ? data->eras().size() : 0));
    results.insert(QStringLiteral("timeline_data_mib"), data ? data->memoryUsage() / 1048576.0 : 0);
    results.insert(QStringLiteral("peak_rss_mib"), Bench::peakResidentMiB());
    results.insert(QStringLiteral("load_average_after"), loadAverage());
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir settings;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FriseBench"));
    QCoreApplication::setApplicationName(QStringLiteral("frise-bench-guiopen"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());

    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--measure")) {
        const QString mode = args.value(2);
        if (mode == QLatin1String("legacy"))
            return measureLegacy(args.value(3), args.value(4));
        if (mode == QLatin1String("loader"))
            return measureLoader(args.value(3), args.value(4));
        return measureWindow(args.value(3), args.value(4));
    }

    const QString resultsPath = args.value(1, QStringLiteral("guiopen.json"));
    const int events = args.value(2, QStringLiteral("1000000")).toInt();
    QTemporaryDir dir;
    const QString path = args.value(3, dir.filePath(QStringLiteral("guiopen.frise")));
    QJsonObject results;
    if (!QFileInfo::exists(path)) {
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, events))
            return 1;
        results.insert(QStringLiteral("generate_seconds"), timer.nsecsElapsed() / 1e9);
    }
    results.insert(QStringLiteral("database_mib"), QFileInfo(path).size() / 1048576.0);

    auto run = [&](const QString &mode, int round) {
        const QString out = dir.filePath(QStringLiteral("%1-%2.json").arg(mode).arg(round));
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), mode, path, out});
        child.waitForFinished(-1);
        QFile file(out);
        if (child.exitCode() != 0 || !file.open(QIODevice::ReadOnly))
            return QJsonObject {{QStringLiteral("error"), QStringLiteral("child failed")}};
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    // The first open of the day also writes the rotating backup and builds
    // the timeline from storage; later ones do not, and read it from the cache.
    QDir(Timeline::TimelineCache::defaultFolder()).removeRecursively();
    QJsonArray windowRuns;
    for (int round = 0; round < 3; ++round)
        windowRuns.append(run(QStringLiteral("window"), round));
    results.insert(QStringLiteral("window"), windowRuns);
    results.insert(QStringLiteral("timeline_loader"), run(QStringLiteral("loader"), 0));
    if (qEnvironmentVariableIsSet("FRISE_BENCH_LEGACY"))
        results.insert(QStringLiteral("legacy"), run(QStringLiteral("legacy"), 0));
    return Bench::writeResults(resultsPath, results) ? 0 : 1;
}
