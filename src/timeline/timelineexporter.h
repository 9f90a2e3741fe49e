// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alttext.h"
#include "timelinedata.h"
#include "timelinepainter.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

class QPainter;

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
    int width = 1920; ///< --width, in pixels (TimelineExporter::minWidth to maxWidth)
    int height = 0; ///< --height, in pixels (minHeight to maxHeight); 0 fits the content
    int dpi = 96; ///< --dpi (minDpi to maxDpi): text and lines scale by dpi / 96
    /// --publish-safe: marked in the footer; the caller's credits leave out what is not for
    /// publication (Storage::TimelineRows::creditedOutlets()). Events themselves have no
    /// publication status (claims do, and the timeline draws no claim), so all are drawn.
    bool publishSafe = false;
    QString title; ///< empty: no title
    QString subtitle; ///< empty: the time range
    QString credits; ///< the footer's credits line (see TimelineExporter::sourcesLine()); empty: none
    std::optional<qint64> asOf; ///< an "as of" cursor to draw
    bool legend = true;
    /// --smallest-file: PNG through QImageWriter (libpng's best filter per row, zlib's strongest level),
    /// slower to write; otherwise PngEncoder (one filter, zlib's fastest level, stripes on several cores).
    bool smallestFile = false;
    /// Writes the text alternative beside the image as FILE.alt.txt (`--no-alt-text` clears it). The image
    /// carries it whatever this says: SVG <title>/<desc>, PDF title and XMP description, PNG "Description" text.
    bool altTextFile = true;
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
    static constexpr int minWidth = 200;
    static constexpr int maxWidth = 7680;
    static constexpr int minHeight = 200;
    static constexpr int maxHeight = 4320;
    static constexpr int minDpi = 24;
    static constexpr int maxDpi = 1200;

    /**
     * Parses a --from/--to value (a FuzzyDate text: `2023`, `2023-04`,
     * `2023-04-25`...): the first minute it can mean, or with @p end the last.
     */
    static bool parseDate(const QString &text, bool end, qint64 *minutes, QString *error);
    /// The format for @p options (resolving Auto from the extension); Auto when unknown.
    static TimelineExportOptions::Format resolveFormat(const TimelineExportOptions &options);

    /**
     * Exports @p data with titles from @p titles (may be null: no labels).
     * False and @p error on failure, or when the size, resolution or range
     * is out of bounds (nothing is written then). A set @p cancel, seen
     * before the file replaces what was there, leaves everything as it was.
     */
    static bool exportTimeline(const TimelineData &data, const TitleProvider *titles,
        const TimelineExportOptions &options, QString *error, const std::atomic<bool> *cancel = nullptr);

    /**
     * Draws the export onto @p painter in a @p size area of logical pixels
     * (the export preview uses it). Returns the height the content needs.
     * A null @p painter only lays out. @p altText, when given, receives the
     * text alternative of what is (or would be) drawn (TimelineAltText).
     */
    static double render(QPainter *painter, QSizeF size, const TimelineData &data, const TitleProvider *titles,
        const TimelineExportOptions &options, AltText *altText = nullptr);

    /// The text alternative exportTimeline() writes for @p options: laid out at the export's size, not drawn.
    static AltText altText(const TimelineData &data, const TitleProvider *titles, const TimelineExportOptions &options);

    /// The credits line naming @p outlets once each, in order: "Sources: Reuters, Mashable…".
    static QString sourcesLine(const QStringList &outlets, Language language);
};

} // namespace Frise::Timeline
