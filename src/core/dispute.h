// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "ids.h"
#include "language.h"

#include <QList>

namespace Frise {

/// A named conflict between actors, e.g. "Twitter/X vs Microsoft".
struct Dispute
{
    enum class Status {
        Brewing, ///< "brewing": tension, no formal step yet
        Threatened, ///< "threatened": legal action announced
        Filed, ///< "filed": a case is before a court or regulator
        Settled, ///< "settled"
        Ruled, ///< "ruled": a decision was handed down
        Dropped, ///< "dropped"
    };

    RowId id = 0;
    QString uid;
    BilingualText title;
    BilingualText description;
    Status status = Status::Brewing;
    QString colour; ///< "#rrggbb", used for its timeline lane and graph hub
    QList<RowId> partyIds; ///< actors on either side
    int version = 1;

    friend bool operator==(const Dispute &, const Dispute &) = default;
};

QString disputeStatusCode(Dispute::Status status);
bool disputeStatusFromCode(const QString &code, Dispute::Status *status);
/// The status's name in @p language, for exports and the timeline, whatever the UI language.
QString disputeStatusName(Dispute::Status status, Language language);

} // namespace Frise
