// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmark: a generated million events (every precision, ~50 years,
// 200 lanes), frame times per zoom level, exports and peak memory, as JSON.
#include "timeline/timelineexporter.h"
#include "timeline/timelinelayout.h"
#include "timeline/timelinepainter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Frise;
using namespace Frise::Timeline;

namespace {

constexpr int eventCount = 1'000'000;
constexpr int laneCount = 200;
constexpr int framesPerZoom = 200;
constexpr qint64 minutesPerDay = 1440;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

qint64 dayMinutes(QDate d)
{
    return QDate(1970, 1, 1).daysTo(d) * minutesPerDay;
}

/// Events of every precision over 1975-2025, lanes skewed so some are dense and some sparse.
std::vector<std::pair<TimelineEventRecord, std::array<int, 2>>> generate()
{
    QRandomGenerator rng(20261126);
    std::vector<std::pair<TimelineEventRecord, std::array<int, 2>>> events;
    events.reserve(eventCount);
    const QDate first(1975, 1, 1);
    for (int i = 0; i < eventCount; ++i) {
        const QDate day = first.addDays(rng.bounded(50 * 365));
        TimelineEventRecord r;
        r.id = i + 1;
        r.importance = 1 + int(rng.bounded(5));
        static_cast<void>(
            rng.bounded(50)); // drawn for a publication flag events no longer have: the same data as before
        const int kind = int(rng.bounded(100));
        if (kind < 5) { // year
            r.precision = FuzzyDate::Precision::Year;
            r.startEarliest = dayMinutes(QDate(day.year(), 1, 1));
            r.startLatest = dayMinutes(QDate(day.year() + 1, 1, 1)) - 1;
        } else if (kind < 20) { // month
            r.precision = FuzzyDate::Precision::Month;
            r.startEarliest = dayMinutes(QDate(day.year(), day.month(), 1));
            r.startLatest = dayMinutes(QDate(day.year(), day.month(), 1).addMonths(1)) - 1;
        } else if (kind < 75) { // day
            r.precision = FuzzyDate::Precision::Day;
            r.startEarliest = dayMinutes(day);
            r.startLatest = r.startEarliest + minutesPerDay - 1;
        } else { // minute
            r.precision = FuzzyDate::Precision::Minute;
            r.startEarliest = dayMinutes(day) + rng.bounded(int(minutesPerDay));
            r.startLatest = r.startEarliest;
        }
        r.circa = rng.bounded(20) == 0;
        if (r.circa) {
            const qint64 widen = r.startLatest - r.startEarliest + 1;
            r.startEarliest -= widen;
            r.startLatest += widen;
        }
        if (rng.bounded(10) == 0) { // a span of up to ~2 years
            r.hasEnd = true;
            r.endEarliest = r.startLatest + qint64(rng.bounded(700)) * minutesPerDay;
            r.endLatest = r.endEarliest + minutesPerDay - 1;
        }
        // Skewed lanes: low numbers are much busier.
        const double u = rng.generateDouble();
        const int lane = std::min(laneCount - 1, int(u * u * laneCount));
        const int second = rng.bounded(8) == 0 ? int(rng.bounded(laneCount)) : -1;
        events.push_back({r, {lane, second}});
    }
    return events;
}

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size() - 1) + 0.5))]; };
    return {at(0.50), at(0.95), at(0.99), ms.back()};
}

QJsonObject toJson(const Percentiles &p)
{
    return {{QStringLiteral("p50_ms"), p.p50}, {QStringLiteral("p95_ms"), p.p95}, {QStringLiteral("p99_ms"), p.p99},
        {QStringLiteral("max_ms"), p.max}};
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of this thread in ms: unlike wall time, not inflated when other jobs share the cores.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// The 1, 5 and 15 minute load averages: how busy the shared machine was.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QString output = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("timeline.json");
    QTextStream out(stdout);
    QJsonObject result;
    result.insert(QStringLiteral("events"), eventCount);
    result.insert(QStringLiteral("lanes"), laneCount);

    const auto generated = generate();
    QElapsedTimer timer;
    timer.start();
    TimelineData data;
    for (int l = 0; l < laneCount; ++l) {
        data.addLane(LaneMode::Dispute,
            {QString::number(l), QStringLiteral("Litige %1").arg(l + 1), QStringLiteral("Dispute %1").arg(l + 1),
                QColor()});
    }
    data.reserve(eventCount);
    for (const auto &[record, lanes] : generated)
        data.append(record, std::span<const int>(lanes.data(), lanes[1] < 0 ? 1 : 2));
    data.finish();
    const double buildMs = ms(timer);
    const FunctionTitleProvider titles([](RowId id, Language language) {
        return (language == Language::French ? QStringLiteral("Événement n° %1 du litige")
                                             : QStringLiteral("Event #%1 of the dispute"))
            .arg(id);
    });

    // Open to first painted frame: data ready, one layout and one paint at "all".
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    const double plotLeft = 16;
    const double plotWidth = 1920 - 2 * plotLeft;
    const TimelinePainter painter;
    TimelineLayout layout;
    layout.setData(&data, &titles);
    LayoutOptions o;
    o.width = plotWidth;
    o.laneMode = LaneMode::Dispute;
    // As TimelineView does: histograms binned for the lanes a screen above and below the visible ones,
    // a few hundred titles measured a frame.
    const double lanesHeight = 1080 - painter.style().axisHeight;
    o.titleBudget = 400;
    o.binTop = -lanesHeight;
    o.binBottom = 2 * lanesHeight;
    const qint64 allFrom = data.minMinutes();
    const qint64 allTo = data.maxMinutes();
    auto paintFrame = [&](double scrollY) {
        QPainter p(&frame);
        PaintState s;
        s.rect = QRectF(0, 0, 1920, 1080);
        s.plotLeft = plotLeft;
        s.scrollY = scrollY;
        painter.paint(&p, layout, s);
    };
    timer.restart();
    o.from = allFrom;
    o.to = allTo;
    layout.compute(o);
    paintFrame(0);
    const double firstFrameMs = ms(timer) + buildMs;
    result.insert(QStringLiteral("build_ms"), buildMs);
    result.insert(QStringLiteral("open_to_first_frame_ms"), firstFrameMs);
    result.insert(QStringLiteral("data_bytes"), double(data.memoryUsage()));
    out << "build " << buildMs << " ms, first frame " << firstFrameMs << " ms, data "
        << data.memoryUsage() / (1024 * 1024) << " MiB\n";
    out.flush();

    // Per zoom: 200 frames while panning (layout + paint each frame, as when dragging or
    // zooming) and 200 repaints of a cached layout (hover, selection, scrolling).
    const qint64 centre = dayMinutes(QDate(2000, 6, 15));
    const struct
    {
        const char *name;
        double span;
    } zooms[] = {{"all", double(allTo - allFrom)}, {"decade", 3652.5 * minutesPerDay}, {"year", 365.25 * minutesPerDay},
        {"month", 30.4 * minutesPerDay}, {"day", double(minutesPerDay)}};
    QJsonObject frames;
    // FRISE_BENCH_SNAPSHOTS=DIR saves the first frame of each zoom there as PNG (to look at).
    const QByteArray onlyZooms = qgetenv("FRISE_BENCH_ZOOMS");
    const QString snapshots = qEnvironmentVariable("FRISE_BENCH_SNAPSHOTS");
    for (const auto &zoom : zooms) {
        if (!onlyZooms.isEmpty() && !onlyZooms.split(',').contains(QByteArray(zoom.name)))
            continue;
        const QString loadBefore = loadAverage();
        std::vector<double> interactive;
        std::vector<double> interactiveCpu;
        std::vector<double> layoutOnly;
        std::vector<double> layoutOnlyCpu;
        std::vector<double> repaint;
        std::vector<double> repaintCpu;
        qint64 placed = 0;
        size_t items = 0;
        for (int f = 0; f < framesPerZoom; ++f) {
            // Pan by 3 pixels a frame.
            const double shift = double(f) * 3 * zoom.span / plotWidth;
            o.from = zoom.name == std::string_view("all") ? allFrom + qint64(shift)
                                                          : centre - qint64(zoom.span / 2) + qint64(shift);
            o.to = o.from + qint64(zoom.span);
            double cpu0 = threadCpuMs();
            timer.restart();
            layout.compute(o);
            layoutOnly.push_back(ms(timer));
            layoutOnlyCpu.push_back(threadCpuMs() - cpu0);
            paintFrame(0);
            interactive.push_back(ms(timer));
            interactiveCpu.push_back(threadCpuMs() - cpu0);
            if (f == 0 && !snapshots.isEmpty())
                frame.save(snapshots + QLatin1Char('/') + QLatin1String(zoom.name) + QStringLiteral(".png"));
            cpu0 = threadCpuMs();
            timer.restart();
            paintFrame(double(f % 7) * 10);
            repaint.push_back(ms(timer));
            repaintCpu.push_back(threadCpuMs() - cpu0);
            placed = layout.placedCount();
            items = layout.items().size();
        }
        QJsonObject z;
        z.insert(QStringLiteral("layout_and_paint"), toJson(percentiles(interactive)));
        z.insert(QStringLiteral("layout_and_paint_cpu"), toJson(percentiles(interactiveCpu)));
        z.insert(QStringLiteral("layout_only"), toJson(percentiles(layoutOnly)));
        z.insert(QStringLiteral("layout_only_cpu"), toJson(percentiles(layoutOnlyCpu)));
        z.insert(QStringLiteral("paint_only"), toJson(percentiles(repaint)));
        z.insert(QStringLiteral("paint_only_cpu"), toJson(percentiles(repaintCpu)));
        z.insert(QStringLiteral("events_in_view"), double(placed));
        z.insert(QStringLiteral("items_drawn"), double(items));
        z.insert(QStringLiteral("load_average_before"), loadBefore);
        z.insert(QStringLiteral("load_average_after"), loadAverage());
        frames.insert(QString::fromLatin1(zoom.name), z);
        const Percentiles p = percentiles(interactive);
        const Percentiles c = percentiles(interactiveCpu);
        const Percentiles l = percentiles(layoutOnlyCpu);
        const Percentiles r = percentiles(repaint);
        const Percentiles rc = percentiles(repaintCpu);
        out << zoom.name << ": layout+paint wall p50 " << p.p50 << " p95 " << p.p95 << " p99 " << p.p99 << " | cpu p50 "
            << c.p50 << " p95 " << c.p95 << " p99 " << c.p99 << " (layout cpu p50 " << l.p50 << " p95 " << l.p95
            << "); paint wall p50 " << r.p50 << " p95 " << r.p95 << " p99 " << r.p99 << " | cpu p50 " << rc.p50
            << " p95 " << rc.p95 << " p99 " << rc.p99 << " ms; events in view " << placed << ", items " << items
            << "; load " << loadBefore << "\n";
        out.flush();
    }
    result.insert(QStringLiteral("frames_1920x1080"), frames);

    // Exports of a view with ~100,000 events (5 of the 50 years).
    const bool skipExports = qgetenv("FRISE_BENCH_EXPORTS") == "0";
    QTemporaryDir dir;
    TimelineExportOptions e;
    e.fromMinutes = dayMinutes(QDate(1995, 1, 1));
    e.toMinutes = dayMinutes(QDate(2000, 1, 1)) - 1;
    e.title = QStringLiteral("Benchmark");
    e.credits = QStringLiteral("Sources: generated");
    e.height = 1080;
    qint64 inView = 0;
    for (qsizetype i = 0; i < data.count(); ++i)
        inView += data.startEarliest(i) <= *e.toMinutes && data.latest(i) >= *e.fromMinutes;
    QJsonObject exports;
    exports.insert(QStringLiteral("events_in_view"), double(inView));
    const struct
    {
        const char *name;
        const char *file;
        int width;
        int height;
    } targets[]
        = {{"svg", "view.svg", 1920, 1080}, {"pdf", "view.pdf", 1920, 1080}, {"png_4k", "view.png", 3840, 2160}};
    for (const auto &t : targets) {
        if (skipExports)
            break;
        e.outputPath = dir.filePath(QString::fromLatin1(t.file));
        e.width = t.width;
        e.height = t.height;
        e.dpi = t.width > 1920 ? 192 : 96;
        QString error;
        const double cpu0 = threadCpuMs();
        timer.restart();
        const bool ok = TimelineExporter::exportTimeline(data, &titles, e, &error);
        const double elapsed = ms(timer);
        const double cpu = threadCpuMs() - cpu0;
        exports.insert(QString::fromLatin1(t.name) + QStringLiteral("_cpu_ms"), ok ? cpu : -1);
        exports.insert(QString::fromLatin1(t.name) + QStringLiteral("_ms"), ok ? elapsed : -1);
        exports.insert(QString::fromLatin1(t.name) + QStringLiteral("_bytes"), double(QFileInfo(e.outputPath).size()));
        out << "export " << t.name << ": " << elapsed << " ms (cpu " << cpu << " ms)" << (ok ? "" : " FAILED: ")
            << error << "\n";
        out.flush();
    }
    result.insert(QStringLiteral("exports"), exports);
    const qint64 rss = peakRssKiB();
    result.insert(QStringLiteral("peak_rss_mib"), double(rss) / 1024.0);
    result.insert(QStringLiteral("load_average"), loadAverage());
    out << "peak RSS " << rss / 1024 << " MiB\n";

    QFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(output));
        return 1;
    }
    file.write(QJsonDocument(result).toJson());
    return 0;
}
