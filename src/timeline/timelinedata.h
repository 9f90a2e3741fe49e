// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/era.h"
#include "core/fuzzydate.h"
#include "core/ids.h"
#include "core/language.h"
#include "core/statuschange.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace Frise {
struct Dataset;
}

namespace Frise::Timeline {

/// How events are grouped into horizontal lanes.
enum class LaneMode {
    None, ///< one lane holding every event
    Dispute, ///< one lane per dispute
    Actor, ///< one lane per actor
    Tag, ///< one lane per tag
};

/// "none", "dispute", "actor", "tag".
QString laneModeCode(LaneMode mode);
/// Parses the codes above (case-insensitive); false when unknown.
bool laneModeFromCode(const QString &code, LaneMode *mode);

/// What a lane is: its key (uid, slug or id), its FR/EN label and colour.
struct LaneInfo
{
    QString key;
    QString labelFr;
    QString labelEn;
    QColor colour; ///< invalid: a colour is picked from the palette
    const QString &label(Language language) const { return language == Language::French ? labelFr : labelEn; }
};

/// The key of a dispute's or actor's lane: its uid, or its id when it has none.
QString laneKey(RowId id, const QString &uid);

/// A background band over a period, e.g. a dispute status ("filed", "ruled").
struct EraBand
{
    LaneMode mode = LaneMode::Dispute; ///< lanes the band belongs to
    int lane = -1; ///< lane index in @c mode, or -1 for a band across all lanes
    qint64 fromMinutes = 0;
    qint64 toMinutes = 0;
    QString labelFr;
    QString labelEn;
    QColor colour; ///< invalid: the lane colour
    std::optional<Dispute::Status> status; ///< set for a period of a dispute's status history
};

/// How strongly a band of @p status is tinted: later steps darker, so periods differ without colour alone.
double eraOpacity(const std::optional<Dispute::Status> &status);

/// One event as the timeline sees it: times, precision and weight only.
struct TimelineEventRecord
{
    RowId id = 0;
    qint64 startEarliest = 0; ///< FuzzyDate::earliestMinutes() of the start
    qint64 startLatest = 0; ///< FuzzyDate::latestMinutes() of the start (inclusive)
    bool hasEnd = false;
    qint64 endEarliest = 0; ///< of the end date, when hasEnd
    qint64 endLatest = 0; ///< of the end date, when hasEnd (inclusive)
    FuzzyDate::Precision precision = FuzzyDate::Precision::Day;
    bool circa = false;
    int importance = 3; ///< 1-5
    // No publication flag: what a publish-safe export leaves out (unverified
    // and disputed claims, notes) is never drawn on the timeline.

    /// Fills the times, precision and circa flag from an event's dates.
    static TimelineEventRecord fromDates(RowId id, const FuzzyDate &start, const FuzzyDate &end);
};

/**
 * Supplies the text of events, asked only for the few items drawn with a
 * label or hovered, so that a million titles never sit in memory.
 */
class TitleProvider
{
public:
    virtual ~TitleProvider();
    /// The event's title in @p language (falling back to the other language).
    virtual QString title(RowId id, Language language) const = 0;
    /// Rich text for the tooltip; the default is the title.
    virtual QString tooltip(RowId id, Language language) const;
    /// Says that the titles of @p ids are about to be asked for, so that a provider reading them from
    /// storage can read them together; the default does nothing.
    virtual void prefetch(std::span<const RowId> ids) const;
};

/// A TitleProvider over plain functions (handy for storage-backed look-ups).
class FunctionTitleProvider final : public TitleProvider
{
public:
    using Function = std::function<QString(RowId, Language)>;
    explicit FunctionTitleProvider(Function title, Function tooltip = {});
    QString title(RowId id, Language language) const override;
    QString tooltip(RowId id, Language language) const override;

private:
    Function m_title;
    Function m_tooltip;
};

/**
 * Compact in-memory store of what the timeline draws, for up to millions of
 * events: a structure of arrays of plain numbers sorted by earliest start
 * (about 60 bytes an event with its lane indexes), no QObject nor string per
 * event.
 *
 * Fill it with addLane() and append() (in any order), then call finish(),
 * which sorts by start and builds the per-lane indexes used by
 * TimelineLayout. Indexes (0 ... count()-1) refer to the sorted order.
 */
class TimelineData
{
    Q_DECLARE_TR_FUNCTIONS(TimelineData)

public:
    /// Per lane mode: which events each lane holds, sorted by start.
    struct LaneIndex
    {
        std::vector<quint32> offsets; ///< lane l holds events[offsets[l] .. offsets[l+1])
        std::vector<quint32> events; ///< data indexes
        std::vector<qint64> starts; ///< startEarliest of events[i], contiguous for binary search
        std::vector<qint64> latests; ///< latest of events[i], contiguous for overlap scans
        std::vector<qint64> maxExtent; ///< per lane: longest (latest - startEarliest)
    };

    TimelineData() = default;

    /// Adds a lane for @p mode and returns its index. LaneMode::None has one implicit lane.
    int addLane(LaneMode mode, const LaneInfo &info);
    void reserve(qsizetype events);
    /**
     * Appends an event with the lanes it belongs to in each mode (indexes
     * returned by addLane()). An event may sit in several lanes of a mode;
     * one in none goes to the "Other" lane of that mode.
     */
    void append(const TimelineEventRecord &event, std::span<const int> disputeLanes = {},
        std::span<const int> actorLanes = {}, std::span<const int> tagLanes = {});
    void addEra(const EraBand &era);
    /**
     * Adds one era per dispute lane holding events: from its first event's
     * earliest minute to its last event's latest minute, in the lane's colour,
     * titled with the dispute. Call after finish().
     */
    void addDisputeEras(const QSet<int> &skippedLanes = {});
    /**
     * Adds the recorded @p eras, each over its dispute's lane (@p disputeLanes:
     * dispute id to lane) or across all lanes when it has no dispute; then,
     * in each dispute lane with no recorded era, one band per period of its
     * status history (@p changes), each named after its status; then the
     * automatic era (addDisputeEras()) of each dispute lane left. Call after
     * finish().
     */
    void addEras(const QList<Era> &eras, const QList<StatusChange> &changes, const QHash<RowId, int> &disputeLanes);
    /// Sorts by start and builds the indexes. Needed after append() and before use.
    void finish();

    /**
     * Builds the data of a Dataset: events with lanes for its disputes,
     * actors and tags (dispute colours kept), and a TitleProvider reading the
     * titles from @p dataset, which must outlive it.
     */
    static TimelineData fromDataset(const Dataset &dataset);
    static std::unique_ptr<TitleProvider> titleProvider(const Dataset &dataset);

    qsizetype count() const { return qsizetype(m_ids.size()); }
    bool isEmpty() const { return m_ids.empty(); }
    RowId id(qsizetype index) const { return m_ids[size_t(index)]; }
    qint64 startEarliest(qsizetype i) const { return m_startEarliest[size_t(i)]; }
    qint64 startLatest(qsizetype i) const { return m_startLatest[size_t(i)]; }
    bool hasEnd(qsizetype i) const { return m_flags[size_t(i)] & HasEnd; }
    qint64 endEarliest(qsizetype i) const { return hasEnd(i) ? m_endEarliest[size_t(i)] : m_startLatest[size_t(i)]; }
    /// The last minute the event can cover (end's latest, or start's latest).
    qint64 latest(qsizetype i) const { return m_latest[size_t(i)]; }
    FuzzyDate::Precision precision(qsizetype i) const { return FuzzyDate::Precision(m_flags[size_t(i)] & 3); }
    bool isCirca(qsizetype i) const { return m_flags[size_t(i)] & Circa; }
    int importance(qsizetype i) const { return m_importance[size_t(i)]; }
    /// Data index of the event with @p id, or -1.
    qsizetype indexOf(RowId id) const;

    /// Earliest start and latest minute over all events (0, 0 when empty).
    qint64 minMinutes() const { return m_min; }
    qint64 maxMinutes() const { return m_max; }

    /**
     * Whether the lanes of @p mode are here: always, but in data read from a snapshot for one lane
     * mode only (TimelineSnapshot::read()), which holds that mode's lanes and no other's.
     */
    bool hasLaneMode(LaneMode mode) const { return !m_modeLeftOut[size_t(mode)]; }
    /// Lanes of @p mode, including a trailing "Other" lane for events without one.
    int laneCount(LaneMode mode) const;
    const LaneInfo &lane(LaneMode mode, int lane) const;
    /// The lane's colour (its own, or one from the palette).
    QColor laneColour(LaneMode mode, int lane) const;
    const LaneIndex &laneIndex(LaneMode mode) const { return m_index[size_t(mode)]; }
    /// Lanes holding event @p index in @p mode.
    std::span<const quint32> lanesOf(LaneMode mode, qsizetype index) const;
    const std::vector<EraBand> &eras() const { return m_eras; }

    /// Data indexes of the events overlapping [@p from, @p to], in start order.
    std::vector<quint32> eventsOverlapping(qint64 from, qint64 to) const;

    /// Approximate heap use in bytes.
    qsizetype memoryUsage() const;

    /// A muted newsroom palette for lanes without their own colour.
    static QColor paletteColour(int n);

private:
    friend class TimelineSnapshot; // writes and reads the arrays below as they are
    enum Flag : quint8 { HasEnd = 4, Circa = 8 };
    void buildLaneIndex(LaneMode mode, const std::vector<quint32> &order);

    std::vector<RowId> m_ids;
    std::vector<qint64> m_startEarliest;
    std::vector<qint64> m_startLatest;
    std::vector<qint64> m_endEarliest;
    std::vector<qint64> m_latest;
    std::vector<quint8> m_flags; ///< precision in bits 0-1, then Flag
    std::vector<quint8> m_importance;
    // Event -> lanes membership (CSR) for Dispute, Actor, Tag.
    std::array<std::vector<quint32>, 4> m_memberOffsets;
    std::array<std::vector<quint32>, 4> m_members;
    std::array<std::vector<LaneInfo>, 4> m_lanes;
    std::array<LaneIndex, 4> m_index;
    std::vector<EraBand> m_eras;
    // Sorted ids and their data indexes, for indexOf().
    std::vector<RowId> m_sortedIds;
    std::vector<quint32> m_sortedIdIndex;
    // Extent classes: events whose extent < 2^k minutes, in start order.
    struct ExtentClass
    {
        qint64 maxExtent = 0;
        std::vector<quint32> events;
    };
    std::vector<ExtentClass> m_classes;
    qint64 m_min = 0;
    qint64 m_max = 0;
    bool m_finished = false;
    std::array<bool, 4> m_modeLeftOut {}; ///< lane modes a snapshot read left out (hasLaneMode())
};

} // namespace Frise::Timeline
