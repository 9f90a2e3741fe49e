// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

namespace Frise::Timeline {

namespace {

// Titles kept between layouts: a few screens' worth while panning and zooming.
constexpr qsizetype maxCachedTitles = 50000;
constexpr double labelGap = 5;
constexpr double boxGap = 4;
constexpr double minExtentWidth = 6;
constexpr double pointWidthThreshold = 8;
// Lane index entries per block of TimelineLayout::m_blockLatest.
constexpr size_t latestBlock = 32;
constexpr qint64 unknownBlock = std::numeric_limits<qint64>::max();
// Bits of TimelineLayout::m_entryFlags.
enum EntryFlag : quint8 { EntryExact = 1, EntryHasEnd = 2, EntryCirca = 4, EntryStrong = 8, EntryFilled = 128 };

} // namespace

QFont defaultLabelFont()
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(12);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

namespace {

QFont headerStyleFont(int pixels, QFont::Weight weight)
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(pixels);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// Lane header geometry (lane coordinates), shared with TimelinePainter::paintLanes().
constexpr double headerChipWidth = 10; // colour chip and the gap after it
constexpr double headerTop = 3;
constexpr double headerTextHeight = 19;
constexpr double countGap = 10;
constexpr double eraTextHeight = 16;
constexpr double eraInset = 4; // from the band's edges
constexpr double eraGap = 8; // from a header's count or another era's label
constexpr double minEraLabel = 48; // narrower than this an elided era label says nothing
enum HeaderFontSlot { HeaderSlot, CountSlot, EraSlot };

} // namespace

QString eventCountText(int count, Language language)
{
    const bool fr = language == Language::French;
    if (count == 1)
        return fr ? QStringLiteral("1 événement") : QStringLiteral("1 event");
    return localeFor(language).toString(count) % (fr ? QStringLiteral(" événements") : QStringLiteral(" events"));
}

// Pixel sizes of TimelineStyle::font() for its default 9 pt labels: 9, 8 and 7.5 pt.
QFont defaultHeaderFont()
{
    return headerStyleFont(12, QFont::DemiBold);
}

QFont defaultCountFont()
{
    return headerStyleFont(11, QFont::Normal);
}

QFont defaultEraFont()
{
    return headerStyleFont(10, QFont::Normal);
}

void TimelineLayout::setData(const TimelineData *data, const TitleProvider *titles)
{
    m_data = data;
    m_titles = titles;
    m_filter.clear();
    m_prefix.clear();
    m_prefixMode.reset();
    for (auto &blocks : m_blockLatest)
        blocks.clear();
    m_entryMode.reset();
    m_keptPackingOptions.reset();
    m_titleCache.clear();
    m_items.clear();
    m_clusters.clear();
    m_lanes.clear();
    m_eras.clear();
}

void TimelineLayout::setFilter(std::vector<quint8> keep)
{
    m_filter = std::move(keep);
    m_prefixMode.reset();
    m_keptPackingOptions.reset();
}

bool TimelineLayout::keep(quint32 index) const
{
    return m_filter.empty() || (index < m_filter.size() && m_filter[index]);
}

void TimelineLayout::ensurePrefix()
{
    if (m_filter.empty()) {
        m_prefix.clear();
        return;
    }
    if (m_prefixMode == m_options.laneMode && !m_prefix.empty())
        return;
    const auto &index = m_data->laneIndex(m_options.laneMode);
    m_prefix.assign(index.events.size() + 1, 0);
    for (size_t k = 0; k < index.events.size(); ++k)
        m_prefix[k + 1] = m_prefix[k] + (keep(index.events[k]) ? 1 : 0);
    m_prefixMode = m_options.laneMode;
}

void TimelineLayout::ensureBlockLatest()
{
    // Blocks are measured when first reached (unknownBlock until then): a fresh layout (an export)
    // pays for what it scans, not for the whole index.
    auto &blocks = m_blockLatest[size_t(m_options.laneMode)];
    const auto &latests = m_data->laneIndex(m_options.laneMode).latests;
    const size_t count = (latests.size() + latestBlock - 1) / latestBlock;
    if (blocks.size() != count)
        blocks.assign(count, unknownBlock);
}

qint64 TimelineLayout::blockLatest(size_t b)
{
    qint64 &block = m_blockLatest[size_t(m_options.laneMode)][b];
    if (block == unknownBlock) {
        const auto &latests = m_data->laneIndex(m_options.laneMode).latests;
        const size_t end = std::min(latests.size(), (b + 1) * latestBlock);
        qint64 latest = std::numeric_limits<qint64>::min();
        for (size_t k = b * latestBlock; k < end; ++k)
            latest = std::max(latest, latests[k]);
        block = latest;
    }
    return block;
}

size_t TimelineLayout::nextOverlapping(size_t k, size_t hi, qint64 from)
{
    const auto &latests = m_data->laneIndex(m_options.laneMode).latests;
    const size_t blocks = m_blockLatest[size_t(m_options.laneMode)].size();
    while (k < hi) {
        if (k % latestBlock == 0) {
            // A whole block ending before the range: skipped without reading its entries.
            size_t b = k / latestBlock;
            while (b < blocks && b * latestBlock < hi && blockLatest(b) < from)
                ++b;
            k = std::max(k, b * latestBlock);
            if (k >= hi)
                return hi;
        }
        if (latests[k] >= from)
            return k;
        ++k;
    }
    return hi;
}

void TimelineLayout::clearTitleCache()
{
    m_titleCache.clear();
    forgetTitleWidths();
    m_keptPackingOptions.reset(); // packed with the old titles' widths
}

void TimelineLayout::forgetTitleWidths()
{
    for (auto &chunk : m_entryChunks) {
        if (chunk)
            chunk->titleWidth.fill(-1.0f);
    }
}

TimelineLayout::EntryChunk &TimelineLayout::entryChunk(size_t k)
{
    auto &chunk = m_entryChunks[k / EntryChunk::size];
    if (!chunk) {
        chunk = std::make_unique<EntryChunk>();
        chunk->flags.fill(0);
        chunk->titleWidth.fill(-1.0f);
    }
    return *chunk;
}

void TimelineLayout::ensureEntries()
{
    if (m_entryMode == m_options.laneMode)
        return;
    // One mode at a time, a few bytes an entry, filled as events are first packed.
    const auto &index = m_data->laneIndex(m_options.laneMode);
    m_entryMode = m_options.laneMode;
    // In chunks made as events are reached: a fresh layout (an export) pays for what it packs.
    m_entryChunks.clear();
    m_entryChunks.resize(index.events.size() / EntryChunk::size + 1);
}

quint8 TimelineLayout::entryFlags(size_t k)
{
    EntryChunk &chunk = entryChunk(k);
    const size_t at = k % EntryChunk::size;
    if (chunk.flags[at])
        return chunk.flags[at];
    const auto &index = m_data->laneIndex(m_options.laneMode);
    const quint32 i = index.events[k];
    const qint64 span = m_data->startLatest(i) - index.starts[k];
    chunk.span[at] = span >= 0 && span < qint64(~0u) ? quint32(span) : ~0u;
    const auto precision = m_data->precision(i);
    quint8 flags = EntryFilled;
    if (precision == FuzzyDate::Precision::Day || precision == FuzzyDate::Precision::Minute)
        flags |= EntryExact;
    if (m_data->hasEnd(i))
        flags |= EntryHasEnd;
    if (m_data->isCirca(i))
        flags |= EntryCirca;
    if (m_data->importance(i) >= 4)
        flags |= EntryStrong;
    chunk.flags[at] = flags;
    return flags;
}

qint64 TimelineLayout::countInLane(const TimelineData::LaneIndex &, size_t first, size_t last) const
{
    if (last <= first)
        return 0;
    if (m_prefix.empty())
        return qint64(last - first);
    return qint64(m_prefix[last]) - qint64(m_prefix[first]);
}

const TimelineLayout::CachedTitle *TimelineLayout::titleOf(RowId id, quint32 index)
{
    const auto it = m_titleCache.constFind(id);
    if (it != m_titleCache.constEnd())
        return &*it;
    if (m_labelsMeasured >= m_options.titleBudget) {
        m_labelsPending = true;
        return nullptr;
    }
    if (m_titleCache.size() > maxCachedTitles)
        m_titleCache.clear();
    ++m_labelsMeasured;
    CachedTitle title;
    title.text = m_titles->title(id, m_options.language);
    if (m_data->isCirca(index))
        title.text.prepend(QStringLiteral("~\u2009"));
    if (!m_widths) {
        QFont strong = m_options.labelFont;
        strong.setWeight(QFont::DemiBold);
        m_widths.emplace(m_options.labelFont);
        m_strongWidths.emplace(strong);
    }
    // Important events are drawn bold: measure them bold.
    const bool strong = m_data->importance(index) >= 4;
    // Kept as a float too (EntryChunk::titleWidth): exact for advances in 1/64 pixels, rounded here alike.
    title.width = double(float((strong ? *m_strongWidths : *m_widths).horizontalAdvance(title.text) + 1));
    // Shaped on its first drawing, then drawn from the cache in every frame that shows it.
    title.shaped = QStaticText(title.text);
    title.shaped.setTextFormat(Qt::PlainText);
    return &*m_titleCache.insert(id, title);
}

void TimelineLayout::compute(const LayoutOptions &options)
{
    // Fonts only when texts are placed: a layout without labels runs without a GUI application.
    if (options.labels
        && (options.headerFont != m_options.headerFont || options.countFont != m_options.countFont
            || options.eraFont != m_options.eraFont || !m_headerMetrics[HeaderSlot])) {
        m_headerMetrics[HeaderSlot].emplace(options.headerFont);
        m_headerMetrics[CountSlot].emplace(options.countFont);
        m_headerMetrics[EraSlot].emplace(options.eraFont);
        for (auto &widths : m_headerWidths)
            widths.clear();
    }
    if (options.language != m_cacheLanguage || options.labelFont != m_cacheFont) {
        m_titleCache.clear();
        forgetTitleWidths();
        m_cacheLanguage = options.language;
        m_cacheFont = options.labelFont;
        m_widths.reset();
        m_strongWidths.reset();
    }
    m_options = options;
    m_scale = TimeScale(options.from, options.to, options.width);
    m_axis = TimelineAxis::compute(m_scale, options.language);
    m_lanes.clear();
    m_items.clear();
    m_clusters.clear();
    m_eras.clear();
    m_height = 0;
    m_labelsMeasured = 0;
    m_labelsPending = false;
    if (!m_data)
        return;
    ensurePrefix();
    ensureBlockLatest();

    const auto &index = m_data->laneIndex(options.laneMode);
    const int laneCount = m_data->laneCount(options.laneMode);
    if (!m_keptPackingOptions || !samePacking(*m_keptPackingOptions, options)) {
        m_keptPackings.assign(size_t(laneCount), KeptPacking());
        m_keptPackingOptions = options;
    }
    const qint64 from = m_scale.from();
    const qint64 to = m_scale.to();
    // Beyond this many events in range (about one per 24 px of a row), a lane is a histogram.
    const double detailBudget = std::max(8.0, double(options.maxRows) * options.width / 24.0);
    // A detailed lane is at most this tall: filled when that much of it could meet the window.
    const double detailedMaxHeight = options.laneHeaderHeight + double(std::max(options.maxRows, 1)) * options.rowHeight
        + options.clusterHeight + options.lanePadding;

    for (int lane = 0; lane < laneCount; ++lane) {
        const size_t begin = index.offsets[size_t(lane)];
        const size_t end = index.offsets[size_t(lane) + 1];
        if (begin == end && options.hideEmptyLanes)
            continue;
        const auto sBegin = index.starts.begin() + qsizetype(begin);
        const auto sEnd = index.starts.begin() + qsizetype(end);
        const size_t firstCandidate
            = size_t(std::lower_bound(sBegin, sEnd, from - index.maxExtent[size_t(lane)]) - index.starts.begin());
        const size_t firstInRange = size_t(std::lower_bound(sBegin, sEnd, from) - index.starts.begin());
        const size_t last = size_t(std::upper_bound(sBegin, sEnd, to) - index.starts.begin());
        const qint64 inRange = countInLane(index, firstInRange, last);

        const int slot = int(m_lanes.size());
        LayoutLane l;
        l.lane = lane;
        l.label = m_data->lane(options.laneMode, lane).label(options.language);
        l.colour = m_data->laneColour(options.laneMode, lane);
        l.top = m_height;
        m_lanes.push_back(l);
        const size_t itemsBefore = m_items.size();
        const size_t clustersBefore = m_clusters.size();
        const bool inWindow = m_height < options.binBottom && m_height + detailedMaxHeight > options.binTop;
        if (double(inRange) > detailBudget)
            layoutAggregated(slot, firstCandidate, firstInRange, last, inRange);
        else if (inWindow || !reuseKeptPacking(lane, slot, firstCandidate, firstInRange, inRange))
            layoutDetailed(lane, slot, firstCandidate, last, m_height, inWindow);
        if (m_lanes.back().count == 0 && options.hideEmptyLanes) {
            m_items.resize(itemsBefore);
            m_clusters.resize(clustersBefore);
            m_lanes.pop_back();
            continue;
        }
        LayoutLane &placed = m_lanes.back();
        placed.itemBegin = itemsBefore;
        placed.itemEnd = m_items.size();
        placed.clusterBegin = clustersBefore;
        placed.clusterEnd = m_clusters.size();
        m_height += placed.height;
    }

    // Era bands behind the lanes they belong to.
    for (const EraBand &era : m_data->eras()) {
        if (era.toMinutes < from || era.fromMinutes > to)
            continue;
        const double x0 = std::max(m_scale.toPixel(era.fromMinutes), 0.0);
        const double x1 = std::min(m_scale.toPixel(era.toMinutes), options.width);
        const QString label = options.language == Language::French ? era.labelFr : era.labelEn;
        if (era.lane < 0) {
            m_eras.push_back(
                {QRectF(x0, 0, x1 - x0, m_height), label, {}, {}, era.colour, eraOpacity(era.status), era.status});
            continue;
        }
        if (era.mode != options.laneMode)
            continue;
        for (const LayoutLane &l : m_lanes) {
            if (l.lane == era.lane)
                m_eras.push_back({QRectF(x0, l.top, x1 - x0, l.height), label, {}, {},
                    era.colour.isValid() ? era.colour : l.colour, eraOpacity(era.status), era.status});
        }
    }
    if (options.labels) {
        placeHeaders();
        placeEraLabels();
    }
}

double TimelineLayout::headerAdvance(int font, const QString &text)
{
    auto &widths = m_headerWidths[size_t(font)];
    const auto it = widths.constFind(text);
    if (it != widths.constEnd())
        return *it;
    if (widths.size() > 4096)
        widths.clear(); // counts change from layout to layout
    return *widths.insert(text, m_headerMetrics[size_t(font)]->horizontalAdvance(text));
}

void TimelineLayout::placeHeaders()
{
    const LayoutOptions &o = m_options;
    const double labelWidth = std::max(40.0, o.width - 120);
    for (LayoutLane &l : m_lanes) {
        // Lanes out of the bin window are not drawn from this layout: not measured either.
        if (!l.binned)
            continue;
        l.header = l.label;
        double width = headerAdvance(HeaderSlot, l.header);
        if (width > labelWidth) {
            l.header = m_headerMetrics[HeaderSlot]->elidedText(l.label, Qt::ElideRight, labelWidth);
            width = headerAdvance(HeaderSlot, l.header);
        }
        l.headerRect = QRectF(0, l.top + headerTop, headerChipWidth + width, headerTextHeight);
        l.countText = eventCountText(l.count, o.language);
        l.countRect = QRectF(l.headerRect.right() + countGap, l.top + headerTop, headerAdvance(CountSlot, l.countText),
            headerTextHeight);
    }
}

void TimelineLayout::placeEraLabels()
{
    const LayoutOptions &o = m_options;
    std::vector<QRectF> placed;
    for (LayoutEra &era : m_eras) {
        if (era.label.isEmpty())
            continue;
        const QString text = era.label.toUpper();
        const double width = headerAdvance(EraSlot, text);
        // The header strips of the lanes the band covers, top down, within the bin window: the first
        // with room right of its header and count, and clear of the era labels placed before, takes it.
        // (Item labels sit in the rows below the strips, never in them.)
        const double top = std::max(era.rect.top(), o.binTop);
        const double bottom = std::min(era.rect.bottom(), o.binBottom);
        auto lane = std::upper_bound(
            m_lanes.begin(), m_lanes.end(), top, [](double y, const LayoutLane &l) { return y < l.top + l.height; });
        for (; lane != m_lanes.end() && lane->top < bottom && era.shownLabel.isEmpty(); ++lane) {
            if (!lane->binned || lane->top < era.rect.top())
                continue;
            const double left = std::max(era.rect.left() + eraInset, lane->countRect.right() + eraGap);
            const double y = lane->top + headerTop;
            auto clear = [&](double l, double r) {
                return std::none_of(placed.begin(), placed.end(), [&](const QRectF &other) {
                    return other.top() < y + eraTextHeight && other.bottom() > y && other.left() - eraGap < r
                        && other.right() + eraGap > l;
                });
            };
            // Right-aligned in the band, else just left of a label already in this strip.
            std::vector<double> rights {std::min(era.rect.right(), o.width) - eraInset};
            for (const QRectF &other : placed) {
                if (other.top() < y + eraTextHeight && other.bottom() > y && other.left() - eraGap < rights.front())
                    rights.push_back(other.left() - eraGap);
            }
            std::sort(rights.begin(), rights.end(), std::greater<>());
            for (double right : rights) {
                const double room = right - left;
                if (room < std::min(width, minEraLabel))
                    continue;
                const QString shown
                    = width <= room ? text : m_headerMetrics[EraSlot]->elidedText(text, Qt::ElideRight, room);
                const double shownWidth = width <= room ? width : headerAdvance(EraSlot, shown);
                if (shown.isEmpty() || !clear(right - shownWidth, right))
                    continue;
                era.shownLabel = shown;
                era.labelRect = QRectF(right - shownWidth, y, shownWidth, eraTextHeight);
                placed.push_back(era.labelRect);
                break;
            }
        }
    }
}

void TimelineLayout::layoutDetailed(int lane, int slot, size_t lo, size_t hi, double top, bool materialize)
{
    const LayoutOptions &o = m_options;
    const auto &index = m_data->laneIndex(o.laneMode);
    LayoutLane &l = m_lanes[size_t(slot)];
    l.binned = materialize;
    ensureEntries();
    const double rowsTop = top + o.laneHeaderHeight;
    const double rowH = o.rowHeight;
    const double markerH = std::clamp(rowH - 10, 4.0, 14.0);
    const qint64 from = m_scale.from();
    const size_t rowCount = size_t(std::max(o.maxRows, 1));
    m_rowEnd.assign(rowCount, -1e18);
    double lowestRowEnd = -1e18; // an item whose marker starts before this gets no row
    int rowsUsed = 0;
    // Overflow clusters by pixel bucket: a flat array, the buckets span the width.
    const size_t buckets = size_t(std::max(0.0, std::floor((o.width - 1) / o.clusterWidth))) + 1;
    if (m_overflow.size() < buckets)
        m_overflow.resize(buckets);
    bool overflowed = false;
    const bool labels = o.labels && m_titles;
    // The bucket under a marker's centre (clamped to the width, so never negative: truncation floors).
    auto bucketOf = [&](double centre) {
        const double cx = std::clamp(centre, 0.0, o.width - 1);
        return std::min(buckets - 1, size_t(cx / o.clusterWidth));
    };
    // No room: counted in the overflow strip, in the bucket under the marker's centre.
    auto addOverflowAt = [&](size_t bucket, qint64 startEarliest, qint64 latest) {
        LayoutCluster &c = m_overflow[bucket];
        if (c.count == 0) {
            c.laneSlot = slot;
            c.from = startEarliest;
            c.to = latest;
            c.rect = QRectF(double(bucket) * o.clusterWidth, 0, o.clusterWidth - 2, o.clusterHeight - 4);
        }
        ++c.count;
        c.from = std::min(c.from, startEarliest);
        c.to = std::max(c.to, latest);
        overflowed = true;
    };
    auto addOverflow = [&](double centre, qint64 startEarliest, qint64 latest) {
        addOverflowAt(bucketOf(centre), startEarliest, latest);
    };

    const bool filtering = !m_filter.empty();
    bool titleMissing = false; // the measuring budget ran out: this packing is not the lane's final one
    // Candidates that end before the range are skipped on the contiguous latests, without touching the event.
    for (size_t k = nextOverlapping(lo, hi, from); k < hi; k = nextOverlapping(k + 1, hi, from)) {
        if (filtering && !keep(index.events[k]))
            continue;
        // The lane index holds both in lane order: no random access into the data for them.
        const qint64 startEarliest = index.starts[k];
        const qint64 latest = index.latests[k];
        const double xStartEarliest = m_scale.toPixel(startEarliest);
        const double xEndLatest = m_scale.toPixel(latest + 1);
        // A marker never starts right of the event's earliest start (a span starts there, an extent at
        // or before it, a diamond centred less than 4 px after it is at least 9 px wide): with every row
        // taken there, the event overflows, known without reading the rest of it (most do in a busy
        // lane). Its marker's centre is then the middle of what it covers, which the checks below give.
        if (lowestRowEnd + boxGap > xStartEarliest) {
            const size_t bucket = bucketOf((xStartEarliest + xEndLatest) / 2);
            if (xEndLatest < xStartEarliest + minExtentWidth) {
                // A short span is drawn minExtentWidth wide, which moves its centre: whether it is
                // a span is read only when that changes the bucket.
                const size_t wide = bucketOf((xStartEarliest + (xStartEarliest + minExtentWidth)) / 2);
                addOverflowAt(wide != bucket && (entryFlags(k) & EntryHasEnd) ? wide : bucket, startEarliest, latest);
            } else {
                addOverflowAt(bucket, startEarliest, latest);
            }
            continue;
        }
        const quint32 i = index.events[k];
        const quint8 flags = entryFlags(k);
        EntryChunk &entry = entryChunk(k);
        const size_t at = k % EntryChunk::size;
        const bool circa = flags & EntryCirca;
        const bool strong = flags & EntryStrong;
        const qint64 startLatest
            = entry.span[at] != ~0u ? startEarliest + qint64(entry.span[at]) : m_data->startLatest(i);
        const double xStartLatest = m_scale.toPixel(startLatest + 1);
        const bool exact = flags & EntryExact;
        const bool hasEnd = flags & EntryHasEnd;
        ItemShape shape = ItemShape::Point;
        double mLeft = 0;
        double mRight = 0;
        double mHeight = markerH;
        if (hasEnd) {
            shape = ItemShape::Span;
            mLeft = xStartEarliest;
            mRight = std::max(xEndLatest, mLeft + minExtentWidth);
        } else if (exact && !circa && xStartLatest - xStartEarliest < pointWidthThreshold) {
            const double size = strong ? 11 : 9;
            const double cx = (xStartEarliest + xStartLatest) / 2;
            mLeft = cx - size / 2;
            mRight = cx + size / 2;
            mHeight = size;
        } else {
            shape = ItemShape::Extent;
            const double cx = (xStartEarliest + xStartLatest) / 2;
            mLeft = std::min(xStartEarliest, cx - minExtentWidth / 2);
            mRight = std::max(xStartLatest, cx + minExtentWidth / 2);
        }

        int row = -1;
        const CachedTitle *title = nullptr;
        double boxLeft = mLeft;
        double boxRight = mRight;
        double lx = -1;
        // Every candidate box starts at or before the marker: with no row free there, none is.
        if (lowestRowEnd + boxGap <= mLeft) {
            // Candidate boxes: with the label (right, then left, then inside a wide bar), then marker only.
            // Out of the window, only the width matters: kept per entry, no look-up by id.
            double w = -1;
            if (labels && !materialize && entry.titleWidth[at] >= 0) {
                w = double(entry.titleWidth[at]);
            } else if (labels) {
                title = titleOf(m_data->id(i), i);
                if (title) {
                    w = title->width;
                    entry.titleWidth[at] = float(w);
                } else {
                    titleMissing = true;
                }
            }
            if (w > 0) {
                double bl = mLeft;
                double br = mRight;
                // Inside a bar, the label starts where the bar is solid (after a fuzzy start).
                const double solidLeft = std::max(xStartLatest, 0.0);
                // (The end is read from the data only for spans.)
                if (shape == ItemShape::Span
                    && std::min(m_scale.toPixel(m_data->endEarliest(i) + 1), o.width) - solidLeft >= w + 12) {
                    lx = solidLeft + 6;
                } else if (mRight + labelGap + w <= o.width) {
                    lx = std::max(mRight, 0.0) + labelGap;
                    br = lx + w;
                } else if (mLeft - labelGap - w >= 0) {
                    lx = mLeft - labelGap - w;
                    bl = lx;
                } else if (std::min(mRight, o.width) - std::max(mLeft, 0.0) >= w + 12) {
                    // A fuzzy extent as wide as the view (one day seen at hour scale): the label goes inside.
                    lx = std::max(mLeft, 0.0) + 6;
                }
                if (lx >= 0) {
                    for (size_t r = 0; r < rowCount; ++r) {
                        if (m_rowEnd[r] + boxGap <= bl) {
                            row = int(r);
                            break;
                        }
                    }
                    if (row >= 0) {
                        boxLeft = bl;
                        boxRight = br;
                    } else {
                        lx = -1;
                    }
                }
            }
            // A known title with no room: counted in the overflow strip rather than a bare dot,
            // so that every event in view is either labelled or counted.
            const bool labelless = w > 0 && lx < 0 && !o.bareMarkers;
            if (row < 0 && !labelless) {
                for (size_t r = 0; r < rowCount; ++r) {
                    if (m_rowEnd[r] + boxGap <= mLeft) {
                        row = int(r);
                        break;
                    }
                }
            }
        }
        if (row < 0) {
            addOverflow((mLeft + mRight) / 2, startEarliest, latest);
            continue;
        }
        m_rowEnd[size_t(row)] = boxRight;
        lowestRowEnd = *std::min_element(m_rowEnd.begin(), m_rowEnd.begin() + qsizetype(rowCount));
        rowsUsed = std::max(rowsUsed, row + 1);
        ++l.count;
        if (!materialize)
            continue; // packed for the lane's height, not drawn
        const double rowTop = rowsTop + double(row) * rowH;

        LayoutItem &item = m_items.emplace_back();
        item.index = i;
        item.id = m_data->id(i);
        item.lane = lane;
        item.laneSlot = slot;
        item.row = row;
        item.shape = shape;
        item.circa = circa;
        item.importance = m_data->importance(i);
        item.xStartEarliest = xStartEarliest;
        item.xStartLatest = xStartLatest;
        item.xEndEarliest = hasEnd ? m_scale.toPixel(m_data->endEarliest(i) + 1) : xStartLatest;
        item.xEndLatest = xEndLatest;
        item.marker = QRectF(mLeft, rowTop + (rowH - mHeight) / 2, mRight - mLeft, mHeight);
        item.box = QRectF(boxLeft, rowTop, boxRight - boxLeft, rowH);
        if (lx >= 0 && title) {
            item.label = title->text;
            item.staticLabel = title->shaped;
            item.labelRect = QRectF(lx, rowTop, title->width, rowH);
        }
    }
    l.rows = std::max(rowsUsed, 1);
    double height = o.laneHeaderHeight + double(l.rows) * rowH;
    if (overflowed) {
        const double stripTop = rowsTop + double(l.rows) * rowH + 2;
        for (size_t b = 0; b < buckets; ++b) {
            LayoutCluster &c = m_overflow[b];
            if (c.count == 0)
                continue;
            c.rect.moveTop(stripTop);
            l.count += c.count;
            l.maxBin = std::max(l.maxBin, c.count);
            if (materialize)
                m_clusters.push_back(c);
            c = LayoutCluster();
        }
        height += o.clusterHeight;
    }
    l.height = height + o.lanePadding;
    l.rowsRect = QRectF(0, rowsTop, o.width, height - o.laneHeaderHeight);
    if (size_t(lane) < m_keptPackings.size())
        m_keptPackings[size_t(lane)] = {!titleMissing, overflowed, l.rows, l.maxBin};
}

bool TimelineLayout::reuseKeptPacking(int lane, int slot, size_t candidateBegin, size_t laneBegin, qint64 inRange)
{
    if (size_t(lane) >= m_keptPackings.size() || !m_keptPackings[size_t(lane)].valid)
        return false;
    const KeptPacking &kept = m_keptPackings[size_t(lane)];
    const LayoutOptions &o = m_options;
    LayoutLane &l = m_lanes[size_t(slot)];
    l.binned = false;
    l.rows = kept.rows;
    l.maxBin = kept.maxBin;
    // Every event overlapping the range is placed or counted by a packing: the count needs no packing.
    l.count = int(inRange + countOngoing(candidateBegin, laneBegin));
    const double height = o.laneHeaderHeight + double(l.rows) * o.rowHeight + (kept.overflowed ? o.clusterHeight : 0);
    l.height = height + o.lanePadding;
    l.rowsRect = QRectF(0, l.top + o.laneHeaderHeight, o.width, height - o.laneHeaderHeight);
    return true;
}

qint64 TimelineLayout::countOngoing(size_t candidateBegin, size_t laneBegin, qint64 *from)
{
    const auto &index = m_data->laneIndex(m_options.laneMode);
    const bool filtering = !m_filter.empty();
    qint64 ongoing = 0;
    for (size_t k = nextOverlapping(candidateBegin, laneBegin, m_scale.from()); k < laneBegin;
        k = nextOverlapping(k + 1, laneBegin, m_scale.from())) {
        if (filtering && !keep(index.events[k]))
            continue;
        ++ongoing;
        if (from)
            *from = std::min(*from, index.starts[k]);
    }
    return ongoing;
}

bool TimelineLayout::samePacking(const LayoutOptions &a, const LayoutOptions &b)
{
    // The same pixels per minute, to rounding: panning moves the range, not its span.
    const double spanA = a.to - a.from;
    const double spanB = b.to - b.from;
    return std::abs(spanA - spanB) <= 1e-9 * std::max(std::abs(spanA), std::abs(spanB)) && a.width == b.width
        && a.laneMode == b.laneMode && a.language == b.language && a.labelFont == b.labelFont
        && a.rowHeight == b.rowHeight && a.maxRows == b.maxRows && a.laneHeaderHeight == b.laneHeaderHeight
        && a.clusterHeight == b.clusterHeight && a.lanePadding == b.lanePadding && a.bareMarkers == b.bareMarkers
        && a.clusterWidth == b.clusterWidth && a.labels == b.labels;
}

void TimelineLayout::layoutAggregated(int slot, size_t candidateBegin, size_t laneBegin, size_t laneEnd, qint64 count)
{
    const LayoutOptions &o = m_options;
    const auto &index = m_data->laneIndex(o.laneMode);
    LayoutLane &l = m_lanes[size_t(slot)];
    l.aggregated = true;
    l.rows = 0;
    const double rowsTop = l.top + o.laneHeaderHeight;
    l.height = o.laneHeaderHeight + o.aggregateHeight + o.lanePadding;
    l.rowsRect = QRectF(0, rowsTop, o.width, o.aggregateHeight);
    // Events that started before the range and still run (long spans) start in no bin: they are
    // counted in the first one, which then reaches back to the earliest of them. Candidates that
    // ended before the range are skipped by blocks, as in a detailed lane.
    qint64 ongoingFrom = std::numeric_limits<qint64>::max();
    const qint64 ongoing = countOngoing(candidateBegin, laneBegin, &ongoingFrom);
    if (l.top >= o.binBottom || l.top + l.height <= o.binTop) {
        // Out of sight: counted, binned when it comes into view.
        l.binned = false;
        l.count = int(count + ongoing);
        return;
    }
    const int bins = std::max(1, int(std::ceil(o.width / o.binWidth)));
    const double minutesPerBin = o.binWidth * m_scale.resolution();
    const auto starts = index.starts.begin();
    size_t pos = laneBegin;
    for (int b = 0; b < bins && pos < laneEnd; ++b) {
        // The whole minutes whose start is drawn in the bin's pixels.
        const qint64 binFrom = qint64(std::ceil(m_scale.origin() + double(b) * minutesPerBin));
        const qint64 binTo
            = b + 1 == bins ? m_scale.to() + 1 : qint64(std::ceil(m_scale.origin() + double(b + 1) * minutesPerBin));
        size_t next = pos;
        if (binTo > binFrom) {
            // Galloping from the previous bin's end: bins hold few events each, so the answer is near.
            size_t step = 1;
            size_t lo = pos;
            size_t hi = pos;
            while (hi < laneEnd && starts[qsizetype(hi)] < binTo) {
                lo = hi + 1;
                hi = std::min(laneEnd, hi + step);
                step *= 2;
            }
            next = size_t(std::lower_bound(starts + qsizetype(lo), starts + qsizetype(hi), binTo) - starts);
        }
        const qint64 before = b == 0 ? ongoing : 0;
        const qint64 inBin = countInLane(index, pos, next) + before;
        pos = next;
        if (inBin == 0)
            continue;
        LayoutCluster &c = m_clusters.emplace_back();
        c.laneSlot = slot;
        c.from = before > 0 ? std::min(binFrom, ongoingFrom) : binFrom;
        c.to = std::max(binTo - 1, c.from);
        c.count = int(inBin);
        c.histogram = true;
        c.rect = QRectF(double(b) * o.binWidth, rowsTop, o.binWidth, o.aggregateHeight);
        l.count += c.count;
        l.maxBin = std::max(l.maxBin, c.count);
    }
}

qint64 TimelineLayout::placedCount() const
{
    qint64 n = 0;
    for (const LayoutLane &l : m_lanes)
        n += l.count;
    return n;
}

const LayoutItem *TimelineLayout::itemAt(QPointF point) const
{
    // Markers first (they are what people aim at), then whole boxes.
    for (const LayoutItem &item : m_items) {
        if (item.marker.adjusted(-3, -3, 3, 3).contains(point))
            return &item;
    }
    for (const LayoutItem &item : m_items) {
        if (item.box.contains(point))
            return &item;
    }
    return nullptr;
}

const LayoutCluster *TimelineLayout::clusterAt(QPointF point) const
{
    for (const LayoutCluster &c : m_clusters) {
        if (c.rect.contains(point))
            return &c;
    }
    return nullptr;
}

const LayoutItem *TimelineLayout::item(RowId id) const
{
    for (const LayoutItem &item : m_items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

std::vector<RowId> TimelineLayout::itemsIn(const QRectF &rect) const
{
    std::vector<RowId> ids;
    for (const LayoutItem &item : m_items) {
        if (item.marker.intersects(rect) && std::find(ids.begin(), ids.end(), item.id) == ids.end())
            ids.push_back(item.id);
    }
    return ids;
}

} // namespace Frise::Timeline
