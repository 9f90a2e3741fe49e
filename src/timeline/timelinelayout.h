// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textwidths.h"
#include "timelineaxis.h"
#include "timelinedata.h"
#include "timescale.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QStaticText>

#include <array>
#include <limits>
#include <memory>

#include <optional>
#include <vector>

namespace Frise::Timeline {

/// Noto Sans at 12 pixels: the labels' font unless told otherwise.
QFont defaultLabelFont();
/// "1 event", "1,250 events" / "1 événement", "1 250 événements": content language, not UI language.
QString eventCountText(int count, Language language);
/// The fonts of lane headers, their event counts and era labels, as TimelineStyle makes them by default.
QFont defaultHeaderFont();
QFont defaultCountFont();
QFont defaultEraFont();

/// Inputs of a layout: what to show and how big.
struct LayoutOptions
{
    /// Visible range, minutes since the epoch: between whole minutes when a view is zoomed to minutes.
    double from = 0;
    double to = 1;
    double width = 800; ///< pixels of the time axis
    LaneMode laneMode = LaneMode::Dispute;
    Language language = Language::English;
    QFont labelFont = defaultLabelFont();
    /// Measure lane headers, counts and era labels: where they go is decided with the item labels.
    QFont headerFont = defaultHeaderFont();
    QFont countFont = defaultCountFont();
    QFont eraFont = defaultEraFont();
    double rowHeight = 22;
    int maxRows = 4; ///< rows of items per lane before overflowing into clusters
    double laneHeaderHeight = 22;
    double aggregateHeight = 40; ///< height of a lane drawn as a histogram
    double clusterHeight = 18; ///< height of the overflow strip of a detailed lane
    double lanePadding = 8;
    /// Labels that do not fit anywhere: false counts their events in the overflow strip (every event
    /// in view is then labelled or counted), true draws their markers bare (as before labels are measured).
    bool bareMarkers = false;
    double binWidth = 6; ///< histogram bin width in pixels
    double clusterWidth = 26; ///< overflow cluster width in pixels
    bool labels = true;
    /// Titles measured (shaped) per compute at most; the rest wait for the next (labelsPending()).
    /// A view keeps frames short with a small budget; an export measures every title it needs.
    int titleBudget = 1500;
    bool hideEmptyLanes = true; ///< drop lanes with no event in the range
    /**
     * Lanes get their bins, items and clusters only where they meet
     * [binTop, binBottom) in lane coordinates (what a view shows, with some
     * margin); the others keep their height, rows and count but nothing to
     * draw (a detailed lane is still packed, which its height depends on).
     * The default fills every lane.
     */
    double binTop = -std::numeric_limits<double>::infinity();
    double binBottom = std::numeric_limits<double>::infinity();
};

/// How an item's time is drawn.
enum class ItemShape {
    Point, ///< an exact day or minute: a diamond
    Extent, ///< a fuzzy point (a month, a year, circa): a soft bar over what it can mean
    Span, ///< an event with an end: a solid bar, with soft fuzzy ends
};

/// An event placed in a lane row.
struct LayoutItem
{
    quint32 index = 0; ///< data index
    RowId id = 0;
    int lane = 0; ///< lane index in the data for the mode
    int laneSlot = 0; ///< position in TimelineLayout::lanes()
    int row = 0;
    ItemShape shape = ItemShape::Point;
    bool circa = false;
    int importance = 3;
    /// Pixel positions of startEarliest, startLatest + 1 minute, endEarliest, latest + 1 minute.
    double xStartEarliest = 0;
    double xStartLatest = 0;
    double xEndEarliest = 0;
    double xEndLatest = 0;
    QRectF marker; ///< what is drawn for the time
    QRectF box; ///< marker and label: boxes of a row never overlap
    QRectF labelRect; ///< empty when the label did not fit
    QString label;
    std::optional<QStaticText> staticLabel; ///< the label, shaped once and shared between layouts
};

/// Events counted together: an overflow cluster or a histogram bin.
struct LayoutCluster
{
    int laneSlot = 0;
    qint64 from = 0;
    qint64 to = 0;
    int count = 0;
    QRectF rect;
    bool histogram = false; ///< a bin of an aggregated lane (else an overflow cluster)
};

/// A lane as laid out.
struct LayoutLane
{
    int lane = 0; ///< lane index in the data for the mode
    QString label;
    QColor colour;
    double top = 0;
    double height = 0;
    int rows = 0;
    bool aggregated = false; ///< too dense: drawn as a histogram
    /// false: a lane outside [binTop, binBottom), counted and sized but without bins, items nor clusters
    bool binned = true;
    int count = 0; ///< events placed in this lane (items + clusters, or counted when not binned)
    QString header; ///< the label as drawn (elided to fit)
    QString countText; ///< "12 events", in the content language
    /// Where header and count are drawn (lane coordinates; empty when the lane is not binned).
    QRectF headerRect;
    QRectF countRect;
    int maxBin = 0; ///< largest histogram bin or cluster
    QRectF rowsRect; ///< where items or bins are drawn
    size_t itemBegin = 0; ///< this lane's items are items()[itemBegin .. itemEnd)
    size_t itemEnd = 0;
    size_t clusterBegin = 0; ///< and its clusters clusters()[clusterBegin .. clusterEnd)
    size_t clusterEnd = 0;
};

/// An era band as laid out.
struct LayoutEra
{
    QRectF rect;
    QString label;
    QString shownLabel; ///< the label as drawn (upper case, maybe elided); empty when it found no room
    QRectF labelRect; ///< where it is drawn: in a lane's header strip, clear of headers, counts and other eras
    QColor colour;
    double opacity = 0.10; ///< of its fill (eraOpacity())
    std::optional<Dispute::Status> status; ///< set for a period of a dispute's status history
};

/**
 * Lays out a TimelineData for a visible range and width, without widgets:
 * lanes, rows without overlap, labels that never overlap (dropped when they
 * do not fit), and counted clusters when items are too dense.
 *
 * Work is proportional to what is visible: a lane with more events in range
 * than it can show is counted into histogram bins by binary search over the
 * lane's sorted starts, never by a loop over its events. A detailed lane
 * places every event overlapping the range; an aggregated lane counts the
 * events starting in it by bin, and those started before it and still
 * running in its first bin. Events in several lanes are placed in each.
 * Lanes out of the bin window (LayoutOptions::binTop, binBottom) are sized
 * and counted but hold nothing to draw; a detailed one is still packed, from
 * what is kept per event (title widths, precision, flags) between layouts.
 * While the view pans at one zoom, a detailed lane out of the window keeps
 * the rows it was last packed into at that zoom (its count stays exact):
 * packing it again each frame would cost most of a frame, for a height that
 * nobody sees and that would make the lanes below jump. A change of zoom,
 * width, options, filter, data or titles packs every lane again.
 *
 * Titles come from a TitleProvider, asked only for labelled items, and are
 * cached between layouts.
 */
class TimelineLayout
{
public:
    TimelineLayout() = default;

    /// @p data and @p titles must outlive the layout (or be reset); @p titles may be null.
    void setData(const TimelineData *data, const TitleProvider *titles);
    /// Keeps only events whose data index has a non-zero entry; an empty vector keeps all.
    void setFilter(std::vector<quint8> keep);
    bool hasFilter() const { return !m_filter.empty(); }
    /// Whether the event of data index @p index passes the filter.
    bool passesFilter(quint32 index) const { return keep(index); }
    /// Forgets cached titles (after an edit).
    void clearTitleCache();

    void compute(const LayoutOptions &options);

    const LayoutOptions &options() const { return m_options; }
    const TimeScale &scale() const { return m_scale; }
    const TimelineAxis &axis() const { return m_axis; }
    const std::vector<LayoutLane> &lanes() const { return m_lanes; }
    const std::vector<LayoutItem> &items() const { return m_items; }
    const std::vector<LayoutCluster> &clusters() const { return m_clusters; }
    const std::vector<LayoutEra> &eras() const { return m_eras; }
    /// Total height of the lanes.
    double height() const { return m_height; }
    /// Events placed: items plus cluster counts (and counts of lanes left without bins).
    qint64 placedCount() const;
    /// Titles left unmeasured by the last compute() (a per-layout cap): computing again labels more.
    bool labelsPending() const { return m_labelsPending; }
    /// The item whose box contains @p point (lane coordinates), or nullptr.
    const LayoutItem *itemAt(QPointF point) const;
    /// The cluster containing @p point, or nullptr.
    const LayoutCluster *clusterAt(QPointF point) const;
    /// The laid out item for event @p id (first lane in the bin window), or nullptr.
    const LayoutItem *item(RowId id) const;
    /// Items whose marker intersects @p rect.
    std::vector<RowId> itemsIn(const QRectF &rect) const;
    const TimelineData *data() const { return m_data; }
    const TitleProvider *titles() const { return m_titles; }

private:
    bool keep(quint32 index) const;
    void ensurePrefix();
    qint64 countInLane(const TimelineData::LaneIndex &index, size_t first, size_t last) const;
    void ensureBlockLatest();
    void ensureEntries();
    /// EntryFlag bits of lane index entry @p k, read from the data on first use (with m_entrySpan).
    quint8 entryFlags(size_t k);
    void forgetTitleWidths();
    /// The first candidate at or after @p k, before @p hi, whose latest minute is at or after @p from.
    size_t nextOverlapping(size_t k, size_t hi, qint64 from);
    qint64 blockLatest(size_t block);
    void layoutDetailed(int lane, int slot, size_t lo, size_t hi, double top, bool materialize);
    /// Sizes detailed lane @p lane (out of the bin window) from its kept packing; false when there is none.
    bool reuseKeptPacking(int lane, int slot, size_t candidateBegin, size_t laneBegin, qint64 inRange);
    /// Kept events from [candidateBegin, laneBegin) still running at the range's start; the earliest start in @p from.
    qint64 countOngoing(size_t candidateBegin, size_t laneBegin, qint64 *from = nullptr);
    /// Whether packings made under @p a hold under @p b: the same options but for the range's position.
    static bool samePacking(const LayoutOptions &a, const LayoutOptions &b);
    /// Bins the lane's starts in [laneBegin, laneEnd) (@p count kept) and what still runs from [candidateBegin,
    /// laneBegin).
    void layoutAggregated(int slot, size_t candidateBegin, size_t laneBegin, size_t laneEnd, qint64 count);
    /// Lane headers and counts measured, then era labels placed clear of them and of each other.
    void placeHeaders();
    void placeEraLabels();
    double headerAdvance(int font, const QString &text);
    struct CachedTitle
    {
        QString text;
        double width = -1;
        QStaticText shaped;
    };
    /// The cached title of @p id, or null when the per-layout measuring budget is spent.
    const CachedTitle *titleOf(RowId id, quint32 index);

    const TimelineData *m_data = nullptr;
    const TitleProvider *m_titles = nullptr;
    std::vector<quint8> m_filter;
    // Prefix counts of kept events over the lane index of m_prefixMode.
    std::vector<quint32> m_prefix;
    std::optional<LaneMode> m_prefixMode;
    LayoutOptions m_options;
    TimeScale m_scale;
    TimelineAxis m_axis;
    std::vector<LayoutLane> m_lanes;
    std::vector<LayoutItem> m_items;
    std::vector<LayoutCluster> m_clusters;
    std::vector<LayoutEra> m_eras;
    double m_height = 0;
    bool m_labelsPending = false;
    std::vector<LayoutCluster> m_overflow; ///< scratch: overflow clusters of a lane by pixel bucket
    /// How a detailed lane was last packed at this zoom (per lane index of the mode), reused out of the window.
    struct KeptPacking
    {
        bool valid = false; ///< packed with every title it needed measured
        bool overflowed = false;
        int rows = 0;
        int maxBin = 0;
    };
    std::vector<KeptPacking> m_keptPackings;
    std::optional<LayoutOptions> m_keptPackingOptions; ///< what they were packed under
    std::vector<double> m_rowEnd; ///< scratch: right end of each row of a lane
    // Per lane mode, the largest latest minute of each block of the lane index: skips
    // runs of candidates that end before the range (long spans make a lane's candidates many).
    std::array<std::vector<qint64>, 4> m_blockLatest;
    // What packing reads of each event, in the lane index order of m_entryMode (filled as events are
    // first packed): contiguous reads instead of random ones into the data in the next layouts.
    std::optional<LaneMode> m_entryMode;
    struct EntryChunk
    {
        static constexpr size_t size = 4096;
        std::array<quint32, size> span; ///< startLatest - startEarliest, or ~0u: read it from the data
        std::array<quint8, size> flags; ///< EntryFlag bits, 0 until filled
        std::array<float, size> titleWidth; ///< the title's width once measured (exact in a float), else < 0
    };
    EntryChunk &entryChunk(size_t k);
    std::vector<std::unique_ptr<EntryChunk>> m_entryChunks; ///< entry k in chunk k / EntryChunk::size
    QHash<RowId, CachedTitle> m_titleCache;
    Language m_cacheLanguage = Language::English;
    QFont m_cacheFont;
    int m_labelsMeasured = 0;
    std::optional<TextWidths> m_widths;
    std::optional<TextWidths> m_strongWidths;
    std::array<std::optional<QFontMetricsF>, 3> m_headerMetrics; ///< header, count, era fonts
    std::array<QHash<QString, double>, 3> m_headerWidths; ///< their texts' advances, kept between layouts
};

} // namespace Frise::Timeline
