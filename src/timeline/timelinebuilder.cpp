// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebuilder.h"

#include "storage/timelinerows.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace Frise::Timeline {

using Storage::StorageError;

std::shared_ptr<const TimelineData> TimelineBuilder::build(Storage::Database &db, const TimelineLanes &lanes,
    qint64 expectedEvents, StorageError *error, const std::atomic<bool> *cancel, std::atomic<qint64> *done)
{
    auto data = std::make_shared<TimelineData>();
    // Lanes as TimelineData::fromDataset() makes them, so that both look alike.
    auto either = [](const QString &first, const QString &second) { return first.isEmpty() ? second : first; };
    QHash<RowId, int> disputeLane;
    QHash<RowId, int> actorLane;
    QHash<RowId, int> tagLane;
    for (const Storage::LaneRow &d : lanes.rows.disputes) {
        disputeLane.insert(d.id,
            data->addLane(LaneMode::Dispute,
                {laneKey(d.id, d.key), either(d.labelFr, d.labelEn), either(d.labelEn, d.labelFr),
                    QColor::isValidColorName(d.colour) ? QColor::fromString(d.colour) : QColor()}));
    }
    actorLane.reserve(lanes.rows.actors.size());
    for (const Storage::LaneRow &a : lanes.rows.actors) {
        actorLane.insert(a.id,
            data->addLane(LaneMode::Actor,
                {laneKey(a.id, a.key), either(a.labelFr, a.labelEn), either(a.labelEn, a.labelFr), QColor()}));
    }
    for (const Storage::LaneRow &t : lanes.rows.tags) {
        // A tag without a label is named by its name, not by its other label.
        const QString fr = t.labelFr.isEmpty() ? t.key : t.labelFr;
        const QString en = t.labelEn.isEmpty() ? t.key : t.labelEn;
        tagLane.insert(t.id, data->addLane(LaneMode::Tag, {t.key, fr, en, QColor()}));
    }
    data->reserve(std::max<qint64>(expectedEvents, 0));

    std::vector<int> disputes;
    std::vector<int> actors;
    std::vector<int> tags;
    qint64 count = 0;
    const bool complete = Storage::TimelineRows(db).forEach(
        [&](const Storage::TimelineRow &row) {
            if ((++count & 4095) == 0) {
                if (done)
                    done->store(count, std::memory_order_relaxed);
                if (cancel && cancel->load(std::memory_order_relaxed))
                    return false;
            }
            if (!row.start.isValid())
                return true;
            disputes.clear();
            actors.clear();
            tags.clear();
            for (RowId id : row.disputeIds)
                disputes.push_back(disputeLane.value(id, -1));
            for (RowId id : row.actorIds) {
                const int lane = actorLane.value(id, -1);
                if (std::find(actors.begin(), actors.end(), lane) == actors.end())
                    actors.push_back(lane);
            }
            for (RowId id : row.tagIds)
                tags.push_back(tagLane.value(id, -1));
            TimelineEventRecord record = TimelineEventRecord::fromDates(row.id, row.start, row.end);
            record.importance = row.importance;
            data->append(record, disputes, actors, tags);
            return true;
        },
        error);
    if (!complete)
        return nullptr;
    if (done)
        done->store(count);
    data->finish();
    data->addEras(lanes.eras, lanes.statusChanges, disputeLane);
    return data;
}

} // namespace Frise::Timeline
