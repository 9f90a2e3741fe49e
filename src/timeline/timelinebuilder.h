// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storageerror.h"
#include "timelinedata.h"
#include "timelinelanes.h"

#include <atomic>
#include <memory>

namespace Frise::Storage {
class Database;
}

namespace Frise::Timeline {

/**
 * Builds a TimelineData from storage's compact event stream
 * (Storage::TimelineRows), never from Event records: about 60 bytes an
 * event, so a million events fit in ~100 MB and load in about a second.
 * The window (through Ui::TimelineLoader, which adds a thread, cancel and
 * a cache) and `frise export-timeline` both draw what it builds.
 */
class TimelineBuilder final
{
public:
    /**
     * Builds the data now, on the calling thread's @p db, lanes named by
     * @p lanes, dispute eras added; @p expectedEvents sizes the arrays.
     * Returns null when cancelled (@p cancel set) or on error (@p error
     * set). @p done counts the events read so far.
     */
    static std::shared_ptr<const TimelineData> build(Storage::Database &db, const TimelineLanes &lanes,
        qint64 expectedEvents, Storage::StorageError *error, const std::atomic<bool> *cancel = nullptr,
        std::atomic<qint64> *done = nullptr);
};

} // namespace Frise::Timeline
