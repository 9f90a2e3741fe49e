// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "fuzzydate.h"
#include "ids.h"

#include <QList>

namespace Frise {

/// A statement someone made, and how far it holds up.
struct Claim
{
    enum class Status {
        Unverified, ///< "unverified": not checked yet
        Disputed, ///< "disputed": contested, no conclusive evidence
        Confirmed, ///< "confirmed": evidence supports it
        Refuted, ///< "refuted": evidence contradicts it
        Retracted, ///< "retracted": withdrawn by whoever made it
    };

    RowId id = 0;
    QString uid;
    BilingualText text; ///< the claim, summarised in FR/EN
    QString quote; ///< verbatim, in its original language
    QString quoteLanguage; ///< ISO 639-1 code of the quote
    RowId claimantId = 0; ///< who made it (actor)
    FuzzyDate madeOn;
    RowId madeInSourceId = 0; ///< where it was made (a source)
    RowId disputeId = 0; ///< the dispute it belongs to, if any
    Status status = Status::Unverified;
    RowId rebutsClaimId = 0; ///< the claim this one contradicts, if any
    QList<RowId> evidenceSourceIds; ///< sources supporting the status
    QString notes; ///< Markdown, internal
    int version = 1;

    friend bool operator==(const Claim &, const Claim &) = default;
};

QString claimStatusCode(Claim::Status status);
bool claimStatusFromCode(const QString &code, Claim::Status *status);
/// True for the statuses a publish-safe export omits (unverified, disputed).
bool isUnsafeToPublish(Claim::Status status);

} // namespace Frise
