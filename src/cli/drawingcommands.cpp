// SPDX-License-Identifier: GPL-3.0-or-later
// export-timeline and export-graph: images (and graph data) without a display.
#include "arguments.h"
#include "commandline.h"
#include "commands.h"
#include "commandsupport.h"

#include "graph/graphexport.h"
#include "storage/datasetstore.h"
#include "storage/maintenance.h"
#include "storage/timelinerows.h"
#include "timeline/storagetitleprovider.h"
#include "timeline/timelinebuilder.h"
#include "timeline/timelinecache.h"
#include "timeline/timelinedata.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinepainter.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>

#include <future>
#include <system_error>
#include <thread>

namespace Frise::Cli {

namespace {

class Messages : public CommonMessages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Cli)
public:
    static QString unknownLanes(const QString &value)
    {
        return tr("--lanes expects dispute, actor, tag or none, not '%1'").arg(value);
    }
    static QString badNumber(const QString &option, const QString &value)
    {
        return tr("%1 expects a positive whole number, not '%2'").arg(option, value);
    }
    static QString outOfRange(const QString &option, int value, int min, int max)
    {
        return tr("%1 must be between %2 and %3, not %4").arg(option).arg(min).arg(max).arg(value);
    }
};

/// Reads a whole number option within [@p min, @p max] (the exporter's bounds), left as it is when absent.
bool readBounded(const Arguments &arguments, const QString &option, int min, int max, int *value, QString *error)
{
    if (!arguments.has(option))
        return true;
    bool ok = false;
    const int number = arguments.value(option).toInt(&ok);
    if (!ok || number <= 0) {
        *error = Messages::badNumber(option, arguments.value(option));
        return false;
    }
    if (number < min || number > max) {
        *error = Messages::outOfRange(option, number, min, max);
        return false;
    }
    *value = number;
    return true;
}

// Reads the whole database as a Dataset; prints why not.
bool loadDataset(const QString &command, const QString &location, Dataset *dataset, int *code)
{
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    auto db = openForCommand(command, location, options, code);
    if (!db)
        return false;
    Storage::StorageError error;
    if (!Storage::DatasetStore(*db).exportAll(dataset, &error)) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        *code = CannotRun;
        return false;
    }
    return true;
}

/**
 * The timeline `frise export-timeline` draws: the snapshot the window (or an
 * earlier export) cached when the database has not changed since, otherwise
 * built from storage as the window builds it, then cached on another thread
 * while the caller draws. The snapshot is read on another thread from
 * startReading() to load(), while the caller queries what else it needs (the
 * connection stays on the caller's thread). The destructor waits for the
 * threads.
 */
class CommandTimeline final
{
    Q_DISABLE_COPY_MOVE(CommandTimeline)
public:
    /// Smaller timelines are not cached: they build in a few milliseconds, and their
    /// snapshots would push the big ones out of the cache (TimelineCache::maxSnapshots).
    static constexpr qsizetype minCachedEvents = 10000;

    CommandTimeline(Storage::Database &db, QString location)
        : m_db(db)
        , m_location(std::move(location))
        , m_cache(Timeline::TimelineCache::defaultFolder())
    { }
    ~CommandTimeline()
    {
        if (m_reading.valid())
            m_reading.wait();
        if (m_writer.joinable())
            m_writer.join();
    }

    /// Starts reading the snapshot of the database as it is now, for lane mode @p mode (that mode's lanes only).
    void startReading(Timeline::LaneMode mode)
    {
        Storage::StorageError keyError; // the cache is a shortcut: without a key, build
        m_key = Timeline::TimelineCache::keyOf(m_db, &keyError);
        if (m_key.isEmpty() || !m_cache.isEnabled())
            return;
        auto read
            = [cache = m_cache, location = m_location, key = m_key, mode] { return cache.read(location, key, mode); };
        try {
            m_reading = std::async(std::launch::async, read);
        } catch (const std::system_error &) { // no thread to be had: read now
            std::promise<std::shared_ptr<const Timeline::TimelineData>> now;
            now.set_value(read());
            m_reading = now.get_future();
        }
    }

    /// The data to draw (read from the snapshot, else built from storage), or null with @p error set.
    std::shared_ptr<const Timeline::TimelineData> load(Storage::StorageError *error)
    {
        if (m_reading.valid()) {
            if (auto cached = m_reading.get())
                return cached;
        }
        Storage::StorageError keyError;
        const QByteArray &key = m_key;
        const qint64 events = Storage::Maintenance(m_db).counts(error).events;
        const Timeline::TimelineLanes lanes
            = *error ? Timeline::TimelineLanes() : Timeline::TimelineLanes::read(m_db, error);
        std::shared_ptr<const Timeline::TimelineData> data
            = *error ? nullptr : Timeline::TimelineBuilder::build(m_db, lanes, events, error);
        // Not cached when a write landed while the rows were read: the data belongs to no key.
        if (data && data->count() >= minCachedEvents && !key.isEmpty()
            && Timeline::TimelineCache::keyOf(m_db, &keyError) == key) {
            m_writer = std::thread(
                [cache = m_cache, location = m_location, key, data] { cache.write(location, key, *data); });
        }
        return data;
    }

private:
    Storage::Database &m_db;
    QString m_location;
    Timeline::TimelineCache m_cache;
    QByteArray m_key;
    std::future<std::shared_ptr<const Timeline::TimelineData>> m_reading;
    std::thread m_writer;
};

/**
 * Loads the font database (fontconfig's configuration, then every installed font registered with Qt: about
 * 20 ms) on another thread while the command opens the database and reads the timeline, instead of when
 * the first text is measured. QFontDatabase is thread-safe; the destructor waits for the thread.
 */
class FontDatabaseLoader final
{
    Q_DISABLE_COPY_MOVE(FontDatabaseLoader)
public:
    FontDatabaseLoader()
    {
        try {
            m_thread = std::thread([] { (void)QFontDatabase::families(); });
        } catch (const std::system_error &) { // no thread to be had: it loads when first used
        }
    }
    ~FontDatabaseLoader()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

} // namespace

int exportTimelineCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export-timeline");
    const Arguments arguments(args,
        {QStringLiteral("-o"), QStringLiteral("--from"), QStringLiteral("--to"), QStringLiteral("--lang"),
            QStringLiteral("--lanes"), QStringLiteral("--width"), QStringLiteral("--height"), QStringLiteral("--dpi")},
        {QStringLiteral("--publish-safe"), QStringLiteral("--smallest-file"), QStringLiteral("--no-alt-text")});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(command));
    if (!arguments.has(QStringLiteral("-o")))
        return refuse(Messages::usage(command, Messages::needsOutput()));

    Timeline::TimelineExportOptions options;
    options.outputPath = arguments.value(QStringLiteral("-o"));
    QString problem;
    if (!readLanguage(arguments, &options.language, &problem))
        return refuse(Messages::usage(command, problem));
    if (arguments.has(QStringLiteral("--lanes"))
        && !Timeline::laneModeFromCode(arguments.value(QStringLiteral("--lanes")), &options.laneMode))
        return refuse(Messages::usage(command, Messages::unknownLanes(arguments.value(QStringLiteral("--lanes")))));
    using Exporter = Timeline::TimelineExporter;
    if (!readBounded(
            arguments, QStringLiteral("--width"), Exporter::minWidth, Exporter::maxWidth, &options.width, &problem)
        || !readBounded(
            arguments, QStringLiteral("--height"), Exporter::minHeight, Exporter::maxHeight, &options.height, &problem)
        || !readBounded(arguments, QStringLiteral("--dpi"), Exporter::minDpi, Exporter::maxDpi, &options.dpi, &problem))
        return refuse(Messages::usage(command, problem));
    if (!readPeriod(arguments, &options.fromMinutes, &options.toMinutes, &problem))
        return refuse(Messages::usage(command, problem));
    options.publishSafe = arguments.has(QStringLiteral("--publish-safe"));
    options.smallestFile = arguments.has(QStringLiteral("--smallest-file"));
    options.altTextFile = !arguments.has(QStringLiteral("--no-alt-text"));
    if (Timeline::TimelineExporter::resolveFormat(options) == Timeline::TimelineExportOptions::Format::Auto)
        return refuse(Messages::usage(
            command, QCoreApplication::translate("Frise::Cli", "the output must end in .png, .svg or .pdf")));

    // What the window draws, built the same way (Timeline::TimelineBuilder) or read from the
    // window's cache, titles read only for the labels drawn: a million events stay well under
    // the memory target.
    const FontDatabaseLoader fonts;
    int code = Done;
    Storage::Database::OpenOptions openOptions;
    openOptions.readOnly = true;
    auto db = openForCommand(command, arguments.positional(0), openOptions, &code);
    if (!db)
        return code;
    Storage::StorageError error;
    CommandTimeline timeline(*db, arguments.positional(0));
    timeline.startReading(options.laneMode);
    // While the snapshot and the font database load: the texts around the picture.
    options.title = Storage::DatasetStore(*db).title(&error).textOrFallback(options.language);
    if (!error)
        options.credits = Exporter::sourcesLine(
            Storage::TimelineRows(*db).creditedOutlets(options.publishSafe, &error), options.language);
    (void)QFontMetricsF(QFont(Timeline::TimelineStyle().fontFamily)).height();
    std::shared_ptr<const Timeline::TimelineData> data = error ? nullptr : timeline.load(&error);
    if (error) {
        err() << Messages::failed(command, error.message) << Qt::endl;
        return CannotRun;
    }
    const Timeline::StorageTitleProvider titles(db.get(), data);
    if (!Exporter::exportTimeline(*data, &titles, options, &problem)) {
        err() << Messages::failed(command, problem) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::exported(options.outputPath) << Qt::endl;
    return Done;
}

int exportGraphCommand(const QStringList &args)
{
    const QString command = QStringLiteral("export-graph");
    const Arguments arguments(args, {QStringLiteral("-o"), QStringLiteral("--as-of"), QStringLiteral("--lang")},
        {QStringLiteral("--no-alt-text")});
    if (!arguments.isValid())
        return refuse(Messages::usage(command, arguments.error()));
    if (arguments.positionals().size() != 1)
        return refuse(Messages::missingArgument(command));
    if (!arguments.has(QStringLiteral("-o")))
        return refuse(Messages::usage(command, Messages::needsOutput()));
    const QString output = arguments.value(QStringLiteral("-o"));
    Graph::GraphExportOptions options;
    options.altTextFile = !arguments.has(QStringLiteral("--no-alt-text"));
    QString problem;
    if (!readLanguage(arguments, &options.language, &problem))
        return refuse(Messages::usage(command, problem));
    if (arguments.has(QStringLiteral("--as-of"))) {
        qint64 minutes = 0;
        if (!Graph::GraphExport::parseAsOf(arguments.value(QStringLiteral("--as-of")), &minutes, &problem))
            return refuse(Messages::usage(command, QStringLiteral("--as-of: ") + problem));
        options.asOfMinutes = minutes;
    }
    if (Graph::GraphExport::formatForPath(output) == Graph::GraphExportOptions::Format::Auto)
        return refuse(Messages::usage(command,
            QCoreApplication::translate(
                "Frise::Cli", "the output must end in .png, .svg, .pdf, .gexf, .graphml or .dot")));

    int code = Done;
    Dataset dataset;
    if (!loadDataset(command, arguments.positional(0), &dataset, &code))
        return code;
    options.title = dataset.title.textOrFallback(options.language);
    if (!Graph::GraphExport::exportDataset(dataset, output, options, &problem)) {
        err() << Messages::failed(command, problem) << Qt::endl;
        return CannotRun;
    }
    err() << Messages::exported(output) << Qt::endl;
    return Done;
}

} // namespace Frise::Cli
