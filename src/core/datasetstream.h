// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>

namespace Frise {

/**
 * A Dataset handed over in parts, from a reader thread to a writer thread:
 * a bounded queue, so that a file is parsed on one core while the records
 * read so far are stored on the other, and the parts waiting never hold
 * more than a few thousand records.
 *
 * Each part holds the records the reader made since the previous part
 * (events, and the disputes, sources, actors... they are the first to
 * name), with ids that continue across parts: a record may refer to one
 * of an earlier part, never of a later one. The title and description are
 * those of the last part that has them.
 *
 * The reader ends with finish() or, when the file turns out bad, fail();
 * a writer that stops first calls abandon(), which releases a reader
 * waiting for room. Either side may stop at any time: nothing blocks for
 * ever.
 */
class DatasetStream final
{
    Q_DISABLE_COPY_MOVE(DatasetStream)

public:
    /// At most @p capacity parts wait at once.
    explicit DatasetStream(qsizetype capacity = 4);

    /// Reader: queues @p part, waiting while the queue is full. False (the
    /// part dropped) once the writer abandoned the stream.
    bool push(Dataset &&part);
    /// Reader: no more parts; the writer still receives those queued.
    void finish();
    /// Reader: the data is bad; the writer gets Failed at its next call,
    /// whatever is still queued.
    void fail();

    enum class Next {
        Part, ///< @p part holds the next part
        End, ///< every part was received
        Failed, ///< the reader failed: write nothing
    };
    /// Writer: the next part, waiting for the reader if need be.
    Next next(Dataset *part);
    /**
     * Writer: hands back a part once written, for the reader to free at its
     * next push(): the memory goes back where it came from, on the core
     * that has time for it (the writer is the slower side).
     */
    void recycle(Dataset &&part);
    /// Writer: stops receiving (an error, a cancel); the reader's next push() returns false.
    void abandon();

    /// Writer: wall seconds spent so far in next() waiting for the reader.
    double secondsWaited() const;

private:
    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<Dataset> m_parts;
    std::deque<Dataset> m_written; ///< handed back by recycle(), for push() to free
    bool m_finished = false;
    bool m_failed = false;
    bool m_abandoned = false;
    qint64 m_waitedNs = 0;
};

} // namespace Frise
