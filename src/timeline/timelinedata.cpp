// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinedata.h"

#include "core/dataset.h"
#include "core/statushistory.h"

#include <QHash>

#include <algorithm>
#include <bit>
#include <numeric>

namespace Frise::Timeline {

namespace {

constexpr size_t modeIndex(LaneMode mode)
{
    return size_t(mode);
}

template<typename T>
void permute(std::vector<T> &values, const std::vector<quint32> &order)
{
    std::vector<T> sorted(values.size());
    for (size_t i = 0; i < order.size(); ++i)
        sorted[i] = values[order[i]];
    values.swap(sorted);
}

/// Lane labels are content (they follow the export language), not UI text.
LaneInfo implicitLane(LaneMode mode)
{
    if (mode == LaneMode::None)
        return {
            QStringLiteral("all"), QStringLiteral("Événements"), QStringLiteral("Events"), QColor(0x4a, 0x5d, 0x7e)};
    return {QStringLiteral("other"), QStringLiteral("Autres"), QStringLiteral("Other"), QColor(0x8a, 0x8f, 0x98)};
}

} // namespace

QString laneModeCode(LaneMode mode)
{
    switch (mode) {
    case LaneMode::None:
        return QStringLiteral("none");
    case LaneMode::Dispute:
        return QStringLiteral("dispute");
    case LaneMode::Actor:
        return QStringLiteral("actor");
    case LaneMode::Tag:
        return QStringLiteral("tag");
    }
    return {};
}

QString laneKey(RowId id, const QString &uid)
{
    return uid.isEmpty() ? QString::number(id) : uid;
}

bool laneModeFromCode(const QString &code, LaneMode *mode)
{
    for (LaneMode m : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag}) {
        if (code.compare(laneModeCode(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

TimelineEventRecord TimelineEventRecord::fromDates(RowId id, const FuzzyDate &start, const FuzzyDate &end)
{
    TimelineEventRecord r;
    r.id = id;
    r.startEarliest = start.earliestMinutes();
    r.startLatest = start.latestMinutes();
    r.precision = start.precision();
    r.circa = start.isCirca() || end.isCirca();
    if (end.isValid()) {
        r.hasEnd = true;
        r.endEarliest = std::max(end.earliestMinutes(), r.startEarliest);
        r.endLatest = std::max(end.latestMinutes(), r.endEarliest);
    }
    return r;
}

TitleProvider::~TitleProvider() = default;

QString TitleProvider::tooltip(RowId id, Language language) const
{
    return title(id, language).toHtmlEscaped();
}

void TitleProvider::prefetch(std::span<const RowId>) const
{ }

FunctionTitleProvider::FunctionTitleProvider(Function title, Function tooltip)
    : m_title(std::move(title))
    , m_tooltip(std::move(tooltip))
{ }

QString FunctionTitleProvider::title(RowId id, Language language) const
{
    return m_title ? m_title(id, language) : QString();
}

QString FunctionTitleProvider::tooltip(RowId id, Language language) const
{
    return m_tooltip ? m_tooltip(id, language) : TitleProvider::tooltip(id, language);
}

int TimelineData::addLane(LaneMode mode, const LaneInfo &info)
{
    Q_ASSERT(mode != LaneMode::None);
    auto &lanes = m_lanes[modeIndex(mode)];
    lanes.push_back(info);
    return int(lanes.size()) - 1;
}

void TimelineData::reserve(qsizetype events)
{
    const auto n = size_t(events);
    m_ids.reserve(n);
    m_startEarliest.reserve(n);
    m_startLatest.reserve(n);
    m_endEarliest.reserve(n);
    m_latest.reserve(n);
    m_flags.reserve(n);
    m_importance.reserve(n);
    for (auto &offsets : m_memberOffsets)
        offsets.reserve(n + 1);
}

void TimelineData::append(const TimelineEventRecord &event, std::span<const int> disputeLanes,
    std::span<const int> actorLanes, std::span<const int> tagLanes)
{
    m_finished = false;
    m_ids.push_back(event.id);
    m_startEarliest.push_back(event.startEarliest);
    const qint64 startLatest = std::max(event.startLatest, event.startEarliest);
    m_startLatest.push_back(startLatest);
    m_endEarliest.push_back(event.hasEnd ? std::max(event.endEarliest, startLatest) : startLatest);
    m_latest.push_back(event.hasEnd ? std::max(event.endLatest, startLatest) : startLatest);
    quint8 flags = quint8(event.precision) & 3;
    if (event.hasEnd)
        flags |= HasEnd;
    if (event.circa)
        flags |= Circa;
    m_flags.push_back(flags);
    m_importance.push_back(quint8(std::clamp(event.importance, 1, 5)));

    const std::span<const int> lanes[] = {{}, disputeLanes, actorLanes, tagLanes};
    for (size_t m = 1; m < 4; ++m) {
        auto &offsets = m_memberOffsets[m];
        if (offsets.empty())
            offsets.resize(m_ids.size(), 0); // first event, or lanes of this mode appear late
        for (int lane : lanes[m]) {
            if (lane >= 0 && size_t(lane) < m_lanes[m].size())
                m_members[m].push_back(quint32(lane));
        }
        offsets.push_back(quint32(m_members[m].size()));
    }
}

void TimelineData::addEra(const EraBand &era)
{
    m_eras.push_back(era);
}

double eraOpacity(const std::optional<Dispute::Status> &status)
{
    if (!status)
        return 0.10;
    switch (*status) {
    case Dispute::Status::Brewing:
        return 0.05;
    case Dispute::Status::Threatened:
        return 0.10;
    case Dispute::Status::Filed:
        return 0.16;
    case Dispute::Status::Ruled:
        return 0.24;
    case Dispute::Status::Settled:
    case Dispute::Status::Dropped:
        break;
    }
    return 0.08; // an ending: lighter than the fight it closes
}

void TimelineData::addEras(
    const QList<Era> &eras, const QList<StatusChange> &changes, const QHash<RowId, int> &disputeLanes)
{
    Q_ASSERT(m_finished);
    QSet<int> recorded;
    for (const Era &era : eras) {
        if (!era.start.isValid() || !era.end.isValid())
            continue;
        const int lane = era.disputeId ? disputeLanes.value(era.disputeId, -1) : -1;
        if (era.disputeId && lane < 0)
            continue; // its dispute is not drawn
        if (lane >= 0)
            recorded.insert(lane);
        m_eras.push_back({LaneMode::Dispute, lane, era.earliestMinutes(), era.latestMinutes(),
            era.title.textOrFallback(Language::French), era.title.textOrFallback(Language::English),
            lane >= 0 ? laneColour(LaneMode::Dispute, lane) : QColor(), std::nullopt});
    }
    const StatusHistory history(changes);
    const LaneIndex &index = m_index[modeIndex(LaneMode::Dispute)];
    for (auto it = disputeLanes.cbegin(); it != disputeLanes.cend(); ++it) {
        const int lane = it.value();
        const QList<StatusPeriod> periods = history.periods(it.key());
        if (lane < 0 || recorded.contains(lane) || periods.isEmpty())
            continue;
        recorded.insert(lane);
        const QColor colour = laneColour(LaneMode::Dispute, lane);
        const auto add = [&](Dispute::Status status, qint64 from, qint64 to) {
            if (to > from)
                m_eras.push_back({LaneMode::Dispute, lane, from, to, disputeStatusName(status, Language::French),
                    disputeStatusName(status, Language::English), colour, status});
        };
        // Before the first recorded step, the status it left, from the lane's first event.
        const StatusChange first = history.changes(it.key()).constFirst();
        const bool hasEvents
            = size_t(lane) + 1 < index.offsets.size() && index.offsets[size_t(lane)] != index.offsets[size_t(lane) + 1];
        if (first.from && hasEvents)
            add(*first.from, index.starts[index.offsets[size_t(lane)]], first.date.earliestMinutes());
        for (const StatusPeriod &period : periods) {
            // The current status lasts to the end of what the timeline holds.
            const qint64 to
                = period.end.isValid() ? period.end.earliestMinutes() : std::max(m_max, period.start.latestMinutes());
            add(period.status, period.start.earliestMinutes(), to);
        }
    }
    addDisputeEras(recorded);
}

void TimelineData::addDisputeEras(const QSet<int> &skippedLanes)
{
    Q_ASSERT(m_finished);
    const LaneIndex &index = m_index[modeIndex(LaneMode::Dispute)];
    const int lanes = int(m_lanes[modeIndex(LaneMode::Dispute)].size()); // the trailing "Other" lane has no era
    for (int l = 0; l < lanes && size_t(l) + 1 < index.offsets.size(); ++l) {
        const quint32 first = index.offsets[size_t(l)];
        const quint32 last = index.offsets[size_t(l) + 1];
        if (first == last || skippedLanes.contains(l))
            continue;
        // Lanes are in start order: the first event starts earliest.
        const qint64 from = index.starts[first];
        const qint64 to = *std::max_element(index.latests.begin() + first, index.latests.begin() + last);
        const LaneInfo &info = lane(LaneMode::Dispute, l);
        m_eras.push_back({LaneMode::Dispute, l, from, to, info.labelFr, info.labelEn, laneColour(LaneMode::Dispute, l),
            std::nullopt});
    }
}

void TimelineData::finish()
{
    const size_t n = m_ids.size();
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const bool sorted = std::is_sorted(m_startEarliest.begin(), m_startEarliest.end());
    // Storage streams events in id order: the id look-up table is then the
    // inverse of the start order, with no second sort.
    const bool idsInOrder = std::is_sorted(m_ids.begin(), m_ids.end());
    if (idsInOrder)
        m_sortedIds = m_ids;
    if (!sorted) {
        // (start, position) pairs sort in one contiguous pass, ties kept in append order.
        std::vector<std::pair<qint64, quint32>> keyed(n);
        for (size_t i = 0; i < n; ++i)
            keyed[i] = {m_startEarliest[i], quint32(i)};
        std::sort(keyed.begin(), keyed.end());
        for (size_t i = 0; i < n; ++i)
            order[i] = keyed[i].second;
        permute(m_ids, order);
        permute(m_startEarliest, order);
        permute(m_startLatest, order);
        permute(m_endEarliest, order);
        permute(m_latest, order);
        permute(m_flags, order);
        permute(m_importance, order);
    }
    // Rebuild the membership CSR in the new order.
    for (size_t m = 1; m < 4; ++m) {
        auto &offsets = m_memberOffsets[m];
        auto &members = m_members[m];
        if (offsets.size() != n + 1)
            offsets.resize(n + 1, quint32(members.size()));
        if (!sorted) {
            std::vector<quint32> newOffsets(n + 1, 0);
            std::vector<quint32> newMembers;
            newMembers.reserve(members.size());
            for (size_t i = 0; i < n; ++i) {
                const quint32 old = order[i];
                newMembers.insert(newMembers.end(), members.begin() + offsets[old], members.begin() + offsets[old + 1]);
                newOffsets[i + 1] = quint32(newMembers.size());
            }
            offsets.swap(newOffsets);
            members.swap(newMembers);
        }
    }
    for (LaneMode mode : {LaneMode::None, LaneMode::Dispute, LaneMode::Actor, LaneMode::Tag})
        buildLaneIndex(mode, order);

    m_sortedIdIndex.resize(n);
    if (idsInOrder) {
        for (size_t i = 0; i < n; ++i)
            m_sortedIdIndex[order[i]] = quint32(i);
    } else {
        m_sortedIds = m_ids;
        std::iota(m_sortedIdIndex.begin(), m_sortedIdIndex.end(), 0u);
        std::sort(m_sortedIdIndex.begin(), m_sortedIdIndex.end(),
            [this](quint32 a, quint32 b) { return m_ids[a] < m_ids[b]; });
        for (size_t i = 0; i < n; ++i)
            m_sortedIds[i] = m_ids[m_sortedIdIndex[i]];
    }

    m_classes.clear();
    for (size_t i = 0; i < n; ++i) {
        const qint64 extent = m_latest[i] - m_startEarliest[i];
        const size_t k = size_t(std::bit_width(quint64(std::max<qint64>(extent, 0))));
        if (m_classes.size() <= k)
            m_classes.resize(k + 1);
        m_classes[k].events.push_back(quint32(i));
        m_classes[k].maxExtent = std::max(m_classes[k].maxExtent, extent);
    }
    m_min = n ? m_startEarliest.front() : 0;
    m_max = n ? *std::max_element(m_latest.begin(), m_latest.end()) : 0;
    m_finished = true;
}

void TimelineData::buildLaneIndex(LaneMode mode, const std::vector<quint32> &)
{
    LaneIndex &index = m_index[modeIndex(mode)];
    const size_t n = m_ids.size();
    const int lanes = laneCount(mode);
    const size_t other = size_t(lanes - 1);
    index = {};
    index.offsets.assign(size_t(lanes) + 1, 0);
    auto lanesOfEvent = [&](size_t i, auto &&visit) {
        if (mode == LaneMode::None) {
            visit(size_t(0));
            return;
        }
        const auto &offsets = m_memberOffsets[modeIndex(mode)];
        const auto &members = m_members[modeIndex(mode)];
        if (offsets[i] == offsets[i + 1]) {
            visit(other);
            return;
        }
        for (quint32 k = offsets[i]; k < offsets[i + 1]; ++k)
            visit(size_t(members[k]));
    };
    // Counting sort by lane keeps each lane in start order.
    for (size_t i = 0; i < n; ++i)
        lanesOfEvent(i, [&](size_t lane) { ++index.offsets[lane + 1]; });
    for (size_t l = 0; l < size_t(lanes); ++l)
        index.offsets[l + 1] += index.offsets[l];
    index.events.resize(index.offsets.back());
    index.starts.resize(index.offsets.back());
    index.latests.resize(index.offsets.back());
    index.maxExtent.assign(size_t(lanes), 0);
    std::vector<quint32> cursor(index.offsets.begin(), index.offsets.end() - 1);
    for (size_t i = 0; i < n; ++i) {
        lanesOfEvent(i, [&](size_t lane) {
            const quint32 at = cursor[lane]++;
            index.events[at] = quint32(i);
            index.starts[at] = m_startEarliest[i];
            index.latests[at] = m_latest[i];
            index.maxExtent[lane] = std::max(index.maxExtent[lane], m_latest[i] - m_startEarliest[i]);
        });
    }
}

qsizetype TimelineData::indexOf(RowId id) const
{
    const auto it = std::lower_bound(m_sortedIds.begin(), m_sortedIds.end(), id);
    if (it == m_sortedIds.end() || *it != id)
        return -1;
    return qsizetype(m_sortedIdIndex[size_t(it - m_sortedIds.begin())]);
}

int TimelineData::laneCount(LaneMode mode) const
{
    if (mode == LaneMode::None)
        return 1;
    return int(m_lanes[modeIndex(mode)].size()) + 1;
}

const LaneInfo &TimelineData::lane(LaneMode mode, int lane) const
{
    static const LaneInfo all = implicitLane(LaneMode::None);
    static const LaneInfo other = implicitLane(LaneMode::Dispute);
    if (mode == LaneMode::None)
        return all;
    const auto &lanes = m_lanes[modeIndex(mode)];
    if (lane >= 0 && size_t(lane) < lanes.size())
        return lanes[size_t(lane)];
    return other;
}

QColor TimelineData::laneColour(LaneMode mode, int lane) const
{
    const LaneInfo &info = this->lane(mode, lane);
    if (info.colour.isValid())
        return info.colour;
    return paletteColour(lane);
}

std::span<const quint32> TimelineData::lanesOf(LaneMode mode, qsizetype index) const
{
    if (mode == LaneMode::None)
        return {};
    const auto &offsets = m_memberOffsets[modeIndex(mode)];
    const auto &members = m_members[modeIndex(mode)];
    if (offsets.size() <= size_t(index) + 1)
        return {};
    return std::span<const quint32>(
        members.data() + offsets[size_t(index)], offsets[size_t(index) + 1] - offsets[size_t(index)]);
}

std::vector<quint32> TimelineData::eventsOverlapping(qint64 from, qint64 to) const
{
    std::vector<quint32> result;
    for (const ExtentClass &c : m_classes) {
        // Every event of this class starting before from - maxExtent ends before from.
        auto first = std::lower_bound(c.events.begin(), c.events.end(), from - c.maxExtent,
            [this](quint32 i, qint64 t) { return m_startEarliest[i] < t; });
        for (auto it = first; it != c.events.end() && m_startEarliest[*it] <= to; ++it) {
            if (m_latest[*it] >= from)
                result.push_back(*it);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

qsizetype TimelineData::memoryUsage() const
{
    auto bytes = [](const auto &v) {
        return qsizetype(v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type));
    };
    qsizetype total = bytes(m_ids) + bytes(m_startEarliest) + bytes(m_startLatest) + bytes(m_endEarliest)
        + bytes(m_latest) + bytes(m_flags) + bytes(m_importance) + bytes(m_sortedIds) + bytes(m_sortedIdIndex);
    for (size_t m = 0; m < 4; ++m) {
        total += bytes(m_memberOffsets[m]) + bytes(m_members[m]);
        total += bytes(m_index[m].offsets) + bytes(m_index[m].events) + bytes(m_index[m].starts)
            + bytes(m_index[m].latests) + bytes(m_index[m].maxExtent);
    }
    for (const ExtentClass &c : m_classes)
        total += bytes(c.events);
    return total;
}

QColor TimelineData::paletteColour(int n)
{
    // Muted, distinguishable on white and in greyscale print.
    static const QRgb colours[] = {0x2f6690, 0xc8553d, 0x3a7d44, 0x8c5e9e, 0xd08c2b, 0x1f8a8a, 0xa23e48, 0x5b6c8f,
        0x7d8a2e, 0xb5657e, 0x4d7ea8, 0x8f6b3e};
    const int count = int(std::size(colours));
    return QColor::fromRgb(colours[((n % count) + count) % count]);
}

// --- Dataset ---------------------------------------------------------------

TimelineData TimelineData::fromDataset(const Dataset &dataset)
{
    TimelineData data;
    QHash<RowId, int> disputeLane;
    QHash<RowId, int> actorLane;
    QHash<QString, int> tagLane;
    for (const Dispute &d : dataset.disputes) {
        disputeLane.insert(d.id,
            data.addLane(LaneMode::Dispute,
                {laneKey(d.id, d.uid), d.title.textOrFallback(Language::French),
                    d.title.textOrFallback(Language::English),
                    QColor::isValidColorName(d.colour) ? QColor::fromString(d.colour) : QColor()}));
    }
    for (const Actor &a : dataset.actors) {
        actorLane.insert(a.id,
            data.addLane(LaneMode::Actor,
                {laneKey(a.id, a.uid), a.name.textOrFallback(Language::French),
                    a.name.textOrFallback(Language::English), QColor()}));
    }
    for (const Tag &t : dataset.tags) {
        const QString fr = t.label.fr.isEmpty() ? t.name : t.label.textOrFallback(Language::French);
        const QString en = t.label.en.isEmpty() ? t.name : t.label.textOrFallback(Language::English);
        tagLane.insert(t.name, data.addLane(LaneMode::Tag, {t.name, fr, en, QColor()}));
    }
    data.reserve(dataset.events.size());
    std::vector<int> disputes;
    std::vector<int> actors;
    std::vector<int> tags;
    for (const Event &e : dataset.events) {
        if (!e.start.isValid())
            continue;
        disputes.clear();
        actors.clear();
        tags.clear();
        for (RowId id : e.disputeIds)
            disputes.push_back(disputeLane.value(id, -1));
        for (const EventActor &a : e.actors) {
            const int lane = actorLane.value(a.actorId, -1);
            if (std::find(actors.begin(), actors.end(), lane) == actors.end())
                actors.push_back(lane);
        }
        for (const QString &t : e.tags) {
            int lane = tagLane.value(t, -1);
            if (lane < 0) { // a tag used but not declared: give it a lane anyway
                lane = data.addLane(LaneMode::Tag, {t, t, t, QColor()});
                tagLane.insert(t, lane);
            }
            tags.push_back(lane);
        }
        TimelineEventRecord record = TimelineEventRecord::fromDates(e.id, e.start, e.end);
        record.importance = e.importance;
        data.append(record, disputes, actors, tags);
    }
    data.finish();
    return data;
}

std::unique_ptr<TitleProvider> TimelineData::titleProvider(const Dataset &dataset)
{
    // The provider outlives @p dataset (views keep it), so it owns a copy.
    auto events = std::make_shared<const QList<Event>>(dataset.events);
    auto byId = std::make_shared<QHash<RowId, const Event *>>();
    for (const Event &e : *events)
        byId->insert(e.id, &e);
    auto title = [events, byId](RowId id, Language language) {
        const Event *e = byId->value(id);
        return e ? e->title.textOrFallback(language) : QString();
    };
    auto tooltip = [events, byId](RowId id, Language language) {
        const Event *e = byId->value(id);
        if (!e)
            return QString();
        QString text = QStringLiteral("<b>") % e->title.textOrFallback(language).toHtmlEscaped()
            % QStringLiteral("</b><br/>") % e->start.toDisplayString(language).toHtmlEscaped();
        if (e->end.isValid())
            text += QStringLiteral(" – ") % e->end.toDisplayString(language).toHtmlEscaped();
        const QString body = e->text.textOrFallback(language);
        if (!body.isEmpty())
            text += QStringLiteral("<br/>") % body.left(280).toHtmlEscaped();
        return text;
    };
    return std::make_unique<FunctionTitleProvider>(title, tooltip);
}

} // namespace Frise::Timeline
