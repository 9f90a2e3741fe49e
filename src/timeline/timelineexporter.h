// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/source.h"
#include "timelinedata.h"
#include "timelinepainter.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <optional>

class QPainter;

namespace Frise {
struct Dataset;
}

namespace Frise::Timeline {

/// Options of a timeline image export; mirrors `frise export-timeline`.
struct TimelineExportOptions
{
    enum class Format {
        Auto, ///< from the output file's extension
        Png,
        Svg,
        Pdf,
    };

    QString outputPath; ///< -o
    Format format = Format::Auto;
    std::optional<qint64> fromMinutes; ///< --from (see TimelineExporter::parseDate)
    std::optional<qint64> toMinutes; ///< --to
    Language language = Language::English; ///< --lang
    LaneMode laneMode = LaneMode::Dispute; ///< --lanes
    int width = 1920; ///< --width, in pixels (at most 7680)
    int height = 0; ///< --height, in pixels (at most 4320); 0 fits the content
    int dpi = 96; ///< --dpi: text and lines scale by dpi / 96
    bool publishSafe = false; ///< --publish-safe: leave out events flagged not publishable
    QString title; ///< empty: the dataset's title
    QString subtitle; ///< empty: the time range
    QString credits; ///< empty: the sources line (Dataset overload) or nothing
    std::optional<qint64> asOf; ///< an "as of" cursor to draw
    bool legend = true;
};

/**
 * Renders a whole timeline, or a range of it, to PNG, SVG or PDF (one
 * page), with a title, subtitle, legend of lanes and a credits line, in
 * French or English. Needs a QGuiApplication (the offscreen platform will
 * do) but no display; files are written through QSaveFile.
 */
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExporter)

public:
    static constexpr int maxWidth = 7680;
    static constexpr int maxHeight = 4320;

    /**
     * Parses a --from/--to value (a FuzzyDate text: `2023`, `2023-04`,
     * `2023-04-25`...): the first minute it can mean, or with @p end the last.
     */
    static bool parseDate(const QString &text, bool end, qint64 *minutes, QString *error);
    /// The format for @p options (resolving Auto from the extension); Auto when unknown.
    static TimelineExportOptions::Format resolveFormat(const TimelineExportOptions &options);

    /// Exports @p data with titles from @p titles (may be null: no labels). False and @p error on failure.
    static bool exportTimeline(
        const TimelineData &data, const TitleProvider *titles, const TimelineExportOptions &options, QString *error);
    /// Exports a Dataset; the title defaults to the dataset's, the credits to its sources.
    static bool exportTimeline(const Dataset &dataset, const TimelineExportOptions &options, QString *error);

    /**
     * Draws the export onto @p painter in a @p size area of logical pixels
     * (the export preview uses it). Returns the height the content needs.
     */
    static double render(QPainter *painter, QSizeF size, const TimelineData &data, const TitleProvider *titles,
        const TimelineExportOptions &options);

    /// The credits line for @p dataset: "Sources: Reuters, Mashable…".
    static QString sourcesLine(const Dataset &dataset, Language language);
    /// The credits line naming the outlets of @p sources.
    static QString sourcesLine(const QList<Source> &sources, Language language);
};

} // namespace Frise::Timeline
