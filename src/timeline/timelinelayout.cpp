// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelayout.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <map>

namespace Frise::Timeline {

namespace {

// Titles measured per layout at most: bounds the cost of a frame whatever the data.
constexpr int maxLabelsMeasuredPerLayout = 1500;
constexpr double labelGap = 5;
constexpr double boxGap = 4;
constexpr double minExtentWidth = 6;
constexpr double pointWidthThreshold = 8;

} // namespace

QFont defaultLabelFont()
{
    QFont f(QStringLiteral("Noto Sans"));
    f.setPixelSize(12);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void TimelineLayout::setData(const TimelineData *data, const TitleProvider *titles)
{
    m_data = data;
    m_titles = titles;
    m_filter.clear();
    m_prefix.clear();
    m_prefixMode.reset();
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
}

bool TimelineLayout::keep(quint32 index) const
{
    if (!m_filter.empty() && (index >= m_filter.size() || !m_filter[index]))
        return false;
    return !m_options.publishSafe || m_data->isPublishable(index);
}

void TimelineLayout::ensurePrefix()
{
    const bool filtering = !m_filter.empty() || m_options.publishSafe;
    if (!filtering) {
        m_prefix.clear();
        return;
    }
    if (m_prefixMode == m_options.laneMode && m_prefixPublishSafe == m_options.publishSafe && !m_prefix.empty())
        return;
    const auto &index = m_data->laneIndex(m_options.laneMode);
    m_prefix.assign(index.events.size() + 1, 0);
    for (size_t k = 0; k < index.events.size(); ++k)
        m_prefix[k + 1] = m_prefix[k] + (keep(index.events[k]) ? 1 : 0);
    m_prefixMode = m_options.laneMode;
    m_prefixPublishSafe = m_options.publishSafe;
}

qint64 TimelineLayout::countInLane(const TimelineData::LaneIndex &, size_t first, size_t last) const
{
    if (last <= first)
        return 0;
    if (m_prefix.empty())
        return qint64(last - first);
    return qint64(m_prefix[last]) - qint64(m_prefix[first]);
}

const QString &TimelineLayout::titleOf(RowId id, double *width)
{
    auto it = m_titleCache.find(id);
    if (it == m_titleCache.end()) {
        if (m_labelsMeasured >= maxLabelsMeasuredPerLayout) {
            *width = -1;
            static const QString none;
            return none;
        }
        if (m_titleCache.size() > 50000)
            m_titleCache.clear();
        ++m_labelsMeasured;
        CachedTitle title;
        title.text = m_titles->title(id, m_options.language);
        const qsizetype i = m_data->indexOf(id);
        if (i >= 0 && m_data->isCirca(i))
            title.text.prepend(QStringLiteral("~\u2009"));
        if (!m_metrics) {
            QFont strong = m_options.labelFont;
            strong.setWeight(QFont::DemiBold);
            m_metrics.emplace(m_options.labelFont);
            m_strongMetrics.emplace(strong);
        }
        // Important events are drawn bold: measure them bold.
        const bool strong = i >= 0 && m_data->importance(i) >= 4;
        title.width = (strong ? *m_strongMetrics : *m_metrics).horizontalAdvance(title.text) + 1;
        it = m_titleCache.insert(id, title);
    }
    *width = it->width;
    return it->text;
}

void TimelineLayout::compute(const LayoutOptions &options)
{
    if (options.language != m_cacheLanguage || options.labelFont != m_cacheFont) {
        m_titleCache.clear();
        m_cacheLanguage = options.language;
        m_cacheFont = options.labelFont;
        m_metrics.reset();
        m_strongMetrics.reset();
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
    if (!m_data)
        return;
    ensurePrefix();

    const auto &index = m_data->laneIndex(options.laneMode);
    const int laneCount = m_data->laneCount(options.laneMode);
    const qint64 from = m_scale.from();
    const qint64 to = m_scale.to();
    // Beyond this many events in range (about one per 24 px of a row), a lane is a histogram.
    const double detailBudget = std::max(8.0, double(options.maxRows) * options.width / 24.0);

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
        if (double(inRange) > detailBudget)
            layoutAggregated(lane, slot, firstInRange, last);
        else
            layoutDetailed(lane, slot, firstCandidate, last, m_height);
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
            m_eras.push_back({QRectF(x0, 0, x1 - x0, m_height), label, era.colour});
            continue;
        }
        if (era.mode != options.laneMode)
            continue;
        for (const LayoutLane &l : m_lanes) {
            if (l.lane == era.lane)
                m_eras.push_back(
                    {QRectF(x0, l.top, x1 - x0, l.height), label, era.colour.isValid() ? era.colour : l.colour});
        }
    }
}

void TimelineLayout::layoutDetailed(int lane, int slot, size_t lo, size_t hi, double top)
{
    const LayoutOptions &o = m_options;
    const auto &index = m_data->laneIndex(o.laneMode);
    LayoutLane &l = m_lanes[size_t(slot)];
    const double rowsTop = top + o.laneHeaderHeight;
    const double rowH = o.rowHeight;
    const double markerH = std::clamp(rowH - 10, 4.0, 14.0);
    const qint64 from = m_scale.from();
    std::vector<double> rowEnd(size_t(std::max(o.maxRows, 1)), -1e18);
    int rowsUsed = 0;
    // Overflow clusters keyed by their pixel bucket.
    std::map<qint64, LayoutCluster> overflow;
    const bool labels = o.labels && m_titles;

    for (size_t k = lo; k < hi; ++k) {
        if (index.latests[k] < from) // contiguous: most candidates end here without touching the event
            continue;
        const quint32 i = index.events[k];
        if (!keep(i))
            continue;
        LayoutItem item;
        item.index = i;
        item.id = m_data->id(i);
        item.lane = lane;
        item.laneSlot = slot;
        item.circa = m_data->isCirca(i);
        item.importance = m_data->importance(i);
        item.xStartEarliest = m_scale.toPixel(m_data->startEarliest(i));
        item.xStartLatest = m_scale.toPixel(m_data->startLatest(i) + 1);
        item.xEndEarliest = m_scale.toPixel(m_data->endEarliest(i) + 1);
        item.xEndLatest = m_scale.toPixel(m_data->latest(i) + 1);
        const auto precision = m_data->precision(i);
        const bool exact = precision == FuzzyDate::Precision::Day || precision == FuzzyDate::Precision::Minute;
        double mLeft = 0;
        double mRight = 0;
        double mHeight = markerH;
        if (m_data->hasEnd(i)) {
            item.shape = ItemShape::Span;
            mLeft = item.xStartEarliest;
            mRight = std::max(item.xEndLatest, mLeft + minExtentWidth);
        } else if (exact && !item.circa && item.xStartLatest - item.xStartEarliest < pointWidthThreshold) {
            item.shape = ItemShape::Point;
            const double size = item.importance >= 4 ? 11 : 9;
            const double cx = (item.xStartEarliest + item.xStartLatest) / 2;
            mLeft = cx - size / 2;
            mRight = cx + size / 2;
            mHeight = size;
        } else {
            item.shape = ItemShape::Extent;
            const double cx = (item.xStartEarliest + item.xStartLatest) / 2;
            mLeft = std::min(item.xStartEarliest, cx - minExtentWidth / 2);
            mRight = std::max(item.xStartLatest, cx + minExtentWidth / 2);
        }

        // Candidate boxes: with the label (right, then left, then inside a wide bar), then marker only.
        QRectF labelBox;
        double boxLeft = mLeft;
        double boxRight = mRight;
        bool placedWithLabel = false;
        int row = -1;
        if (labels) {
            double w = 0;
            const QString &text = titleOf(item.id, &w);
            if (w > 0) {
                double lx = -1;
                double bl = mLeft;
                double br = mRight;
                // Inside a bar, the label starts where the bar is solid (after a fuzzy start).
                const double solidLeft = std::max(item.xStartLatest, 0.0);
                if (item.shape == ItemShape::Span && std::min(item.xEndEarliest, o.width) - solidLeft >= w + 12) {
                    lx = solidLeft + 6;
                } else if (mRight + labelGap + w <= o.width) {
                    lx = std::max(mRight, 0.0) + labelGap;
                    br = lx + w;
                } else if (mLeft - labelGap - w >= 0) {
                    lx = mLeft - labelGap - w;
                    bl = lx;
                }
                if (lx >= 0) {
                    for (int r = 0; r < int(rowEnd.size()); ++r) {
                        if (rowEnd[size_t(r)] + boxGap <= bl) {
                            row = r;
                            break;
                        }
                    }
                    if (row >= 0) {
                        placedWithLabel = true;
                        boxLeft = bl;
                        boxRight = br;
                        item.label = text;
                        labelBox = QRectF(lx, 0, w, rowH);
                    }
                }
            }
        }
        if (row < 0) {
            for (int r = 0; r < int(rowEnd.size()); ++r) {
                if (rowEnd[size_t(r)] + boxGap <= mLeft) {
                    row = r;
                    break;
                }
            }
        }
        if (row < 0) {
            // No room: counted in the overflow strip.
            const double cx = std::clamp((mLeft + mRight) / 2, 0.0, o.width - 1);
            const qint64 bucket = qint64(std::floor(cx / o.clusterWidth));
            LayoutCluster &c = overflow[bucket];
            if (c.count == 0) {
                c.laneSlot = slot;
                c.from = m_data->startEarliest(i);
                c.to = m_data->latest(i);
                c.rect = QRectF(double(bucket) * o.clusterWidth, 0, o.clusterWidth - 2, o.clusterHeight - 4);
            }
            ++c.count;
            c.from = std::min(c.from, m_data->startEarliest(i));
            c.to = std::max(c.to, m_data->latest(i));
            continue;
        }
        rowEnd[size_t(row)] = boxRight;
        rowsUsed = std::max(rowsUsed, row + 1);
        const double rowTop = rowsTop + double(row) * rowH;
        item.row = row;
        item.marker = QRectF(mLeft, rowTop + (rowH - mHeight) / 2, mRight - mLeft, mHeight);
        item.box = QRectF(boxLeft, rowTop, boxRight - boxLeft, rowH);
        if (placedWithLabel)
            item.labelRect = labelBox.translated(0, rowTop);
        m_items.push_back(std::move(item));
        ++l.count;
    }
    l.rows = std::max(rowsUsed, 1);
    double height = o.laneHeaderHeight + double(l.rows) * rowH;
    if (!overflow.empty()) {
        const double stripTop = rowsTop + double(l.rows) * rowH + 2;
        for (auto &[bucket, c] : overflow) {
            c.rect.moveTop(stripTop);
            l.count += c.count;
            l.maxBin = std::max(l.maxBin, c.count);
            m_clusters.push_back(c);
        }
        height += o.clusterHeight;
    }
    l.height = height + o.lanePadding;
    l.rowsRect = QRectF(0, rowsTop, o.width, height - o.laneHeaderHeight);
}

void TimelineLayout::layoutAggregated(int lane, int slot, size_t laneBegin, size_t laneEnd)
{
    const LayoutOptions &o = m_options;
    const auto &index = m_data->laneIndex(o.laneMode);
    LayoutLane &l = m_lanes[size_t(slot)];
    l.aggregated = true;
    l.rows = 0;
    const double rowsTop = l.top + o.laneHeaderHeight;
    const int bins = std::max(1, int(std::ceil(o.width / o.binWidth)));
    const double minutesPerBin = o.binWidth * m_scale.resolution();
    const size_t firstCluster = m_clusters.size();
    size_t pos = laneBegin;
    for (int b = 0; b < bins && pos < laneEnd; ++b) {
        const qint64 binFrom = m_scale.from() + qint64(std::floor(double(b) * minutesPerBin));
        const qint64 binTo
            = b + 1 == bins ? m_scale.to() + 1 : m_scale.from() + qint64(std::floor(double(b + 1) * minutesPerBin));
        if (binTo <= binFrom)
            continue;
        const size_t next = size_t(
            std::lower_bound(index.starts.begin() + qsizetype(pos), index.starts.begin() + qsizetype(laneEnd), binTo)
            - index.starts.begin());
        const qint64 count = countInLane(index, pos, next);
        pos = next;
        if (count == 0)
            continue;
        LayoutCluster c;
        c.laneSlot = slot;
        c.from = binFrom;
        c.to = binTo - 1;
        c.count = int(count);
        c.histogram = true;
        c.rect = QRectF(double(b) * o.binWidth, rowsTop, o.binWidth, o.aggregateHeight);
        l.count += c.count;
        l.maxBin = std::max(l.maxBin, c.count);
        m_clusters.push_back(c);
    }
    l.height = o.laneHeaderHeight + o.aggregateHeight + o.lanePadding;
    l.rowsRect = QRectF(0, rowsTop, o.width, o.aggregateHeight);
    Q_UNUSED(lane);
    Q_UNUSED(firstCluster);
}

qint64 TimelineLayout::placedCount() const
{
    qint64 n = qint64(m_items.size());
    for (const LayoutCluster &c : m_clusters)
        n += c.count;
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
