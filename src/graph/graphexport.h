// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alttext.h"
#include "graphlayout.h"
#include "graphmodel.h"

#include <QCoreApplication>
#include <QSize>

#include <optional>

class QIODevice;

namespace Frise::Graph {

class LayoutCache;

/// Everything `frise export-graph` can ask for.
struct GraphExportOptions
{
    enum class Format {
        Auto, ///< from the file name's extension
        Png,
        Svg,
        Pdf,
        Gexf, ///< GEXF 1.3, dynamic
        GraphMl,
        Dot,
    };

    Format format = Format::Auto;
    Language language = Language::English; ///< of labels in images and DOT; GEXF and GraphML carry both
    std::optional<qint64> asOfMinutes; ///< only what holds then (minutes since the epoch)
    bool includeDisputes = true; ///< dispute hub nodes
    QString title; ///< images: drawn on top; empty for none
    QSize imageSize; ///< PNG size in pixels; invalid for the natural size (capped at 4096 px)
    int dpi = 144; ///< PNG: pixels per inch written in the file, and the scale from points
    LayoutOptions layout;
    /// Positions to use instead of laying out (e.g. what the view shows); nodes without one trigger a layout.
    Positions positions;
    /// Images: the text alternative (GraphAltText) also beside the image, as FILE.alt.txt (`--no-alt-text`
    /// clears it). The image carries it anyway: SVG <title>/<desc>, PDF title and XMP, PNG "Description".
    bool altTextFile = true;
};

/**
 * Writes the relationship graph as an image (PNG, SVG, PDF: the view's
 * painting plus a legend) or as data (GEXF 1.3, GraphML, DOT). Every file is
 * written through QSaveFile: an existing file is only replaced by a
 * complete new one. Image formats need a QGuiApplication.
 */
class GraphExport final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Graph::GraphExport)

public:
    using Format = GraphExportOptions::Format;

    /**
     * Parses the `--as-of DATE` argument: any FuzzyDate text (`2023`,
     * `2023-04`, `2023-04-25`, `2023-04-25T10:00`); the graph is shown as of
     * the last minute that date covers (`2023-04` includes all of April).
     * Returns false with a translated @p error on bad text.
     */
    static bool parseAsOf(const QString &text, qint64 *minutes, QString *error = nullptr);

    /// Format for a file name's extension (.png .svg .pdf .gexf .graphml .dot/.gv); Auto when unknown.
    static Format formatForPath(const QString &path);

    /**
     * The one call behind `frise export-graph DB -o FILE [--as-of DATE] [--lang fr|en]`:
     * builds the graph from @p dataset, filters it "as of", lays it out when
     * the format needs positions (through @p cache when given) and writes
     * @p path. Returns false with a translated @p error.
     */
    static bool exportDataset(const Dataset &dataset, const QString &path, const GraphExportOptions &options,
        QString *error = nullptr, LayoutCache *cache = nullptr);

    /// Writes an already built (and filtered) graph; @p positions must cover every node for images.
    static bool exportModel(const GraphModel &model, const Positions &positions, const QString &path,
        const GraphExportOptions &options, QString *error = nullptr);

    /// The text alternative an image export of @p model writes (GraphAltText over the export's painter).
    static AltText altText(const GraphModel &model, const Positions &positions, const GraphExportOptions &options);

    /// GEXF 1.3 (`http://gexf.net/1.3`), mode="dynamic", timeformat="date", edge/node start-end, viz positions.
    static bool writeGexf(const GraphModel &model, const Positions &positions, QIODevice *device);
    /// GraphML with a <key> for every <data>.
    static bool writeGraphMl(const GraphModel &model, const Positions &positions, QIODevice *device);
    /// Graphviz DOT (UTF-8), every ID and label quoted and escaped.
    static bool writeDot(const GraphModel &model, const Positions &positions, Language language, QIODevice *device);

    /// A DOT double-quoted string for @p text ("a \"b\"").
    static QByteArray dotQuoted(const QString &text);
};

} // namespace Frise::Graph
