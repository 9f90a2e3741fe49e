// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;

namespace Frise::Timeline {

/**
 * A finished TimelineData written to a file and read back as it was, so
 * that a million-event timeline opens in a fraction of the seconds its
 * build from storage takes.
 *
 * The arrays are written as raw bytes in this machine's byte order (a
 * cache, not an exchange format), after a header and a caller's @p key
 * saying what the data was built from. Reading checks the header, the key
 * and every index before it trusts the file: a damaged or foreign file is
 * refused, never drawn.
 */
class TimelineSnapshot final
{
public:
    /// Writes @p data, which must be finished; false when the device fails.
    static bool write(const TimelineData &data, const QByteArray &key, QIODevice *device);

    /**
     * Reads data written under @p key. Nothing when the device holds
     * another key, another format or a damaged snapshot; @p why then says
     * which, for the log.
     *
     * With @p onlyMode, the lanes, lane index and eras of the other lane
     * modes are skipped (seeked over, not read nor checked): about half the
     * bytes of a million-event snapshot, for a caller that draws one mode
     * (`frise export-timeline`). Such data answers hasLaneMode() false for
     * the others and is never written back.
     */
    static std::optional<TimelineData> read(QIODevice *device, const QByteArray &key, QString *why = nullptr,
        std::optional<LaneMode> onlyMode = std::nullopt);
};

} // namespace Frise::Timeline
