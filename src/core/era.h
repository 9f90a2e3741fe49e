// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "fuzzydate.h"
#include "ids.h"

namespace Frise {

/**
 * A named period drawn as a band across the timeline ("the API pricing
 * row", "the trial"): a span of time, not something that happened, so it
 * is not an Event. TimelineJS calls these "eras".
 */
struct Era
{
    RowId id = 0;
    QString uid;
    BilingualText title;
    FuzzyDate start;
    FuzzyDate end; ///< required: an era is a period
    RowId disputeId = 0; ///< the dispute it belongs to, or 0
    int version = 1;

    qint64 earliestMinutes() const { return start.earliestMinutes(); }
    qint64 latestMinutes() const { return end.isValid() ? end.latestMinutes() : start.latestMinutes(); }

    friend bool operator==(const Era &, const Era &) = default;
};

} // namespace Frise
