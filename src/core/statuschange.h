// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "dispute.h"
#include "fuzzydate.h"
#include "ids.h"

#include <QList>

#include <optional>

namespace Frise {

/**
 * A dated, sourced step in a dispute's history: "filed on 4 June 2025, per
 * the complaint". A dispute's status is the `to` of its latest change; the
 * timeline draws one band per status period.
 */
struct StatusChange
{
    RowId id = 0;
    QString uid;
    RowId disputeId = 0; ///< required
    std::optional<Dispute::Status> from; ///< none for a dispute's first change
    Dispute::Status to = Dispute::Status::Brewing;
    FuzzyDate date; ///< required; no more precise than its sources
    QList<RowId> sourceIds; ///< what the change rests on
    BilingualText note;
    int version = 1;

    friend bool operator==(const StatusChange &, const StatusChange &) = default;
};

} // namespace Frise
