// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QDate>
#include <QJsonArray>

namespace Frise::Io {

/// What a set of ClaimReviews says about who publishes them, in which language, when.
struct ClaimReviewOptions
{
    Language language = Language::English;
    QString publisher; ///< the newsroom, each review's author; empty: no author
    QString publisherUrl; ///< the page the reviews appear on (each review's url, with `#claim-UID`)
    QDate published; ///< each review's datePublished; invalid: today (UTC)
};

/**
 * The claims of a dataset that carry a verdict, as schema.org `ClaimReview`
 * JSON-LD (https://schema.org/ClaimReview), as Google's fact-check
 * structured data reads it.
 *
 * Always publish-safe, whatever the caller asks: the dataset first goes
 * through publishSafeCopy() (no notes, no unverified or disputed claim) and
 * citableCopy() (no confidential identity, archived URL for a dead link).
 * Only claims with a verdict become reviews (ratingOf()); a claim whose
 * status is no verdict is never written as if it had been checked.
 *
 * Each review: `url` (the publisher's page + `#claim-UID`, the anchor the web
 * export gives the claim), `claimReviewed` (the claim's text in the
 * language, else the other one), `reviewRating` (see ratingOf()), `author`
 * (the publisher, an Organization), `datePublished`, `inLanguage`, and
 * `itemReviewed`: a `Claim` with its `author` (the claimant: a Person for a
 * person, an Organization otherwise), `datePublished` (when it was made, for
 * an exact date only) and `appearance` (the source it was made in, at its
 * cited URL: the archived one when the live one is dead).
 */
class ClaimReviewWriter
{
public:
    /// A verdict on Frise's scale, 1 (false) to 5 (true); docs/import-export.md has the table.
    struct Rating
    {
        int value = 0; ///< 0: no number on the scale (a retraction says nothing of truth)
        QString name; ///< alternateName, the verdict in words
    };
    static constexpr int worstRating = 1;
    static constexpr int bestRating = 5;

    /// True for the statuses that are a verdict: confirmed, refuted, retracted.
    static bool isVerdict(Claim::Status status);
    /// The rating of a claim of @p status, in @p language; a null Rating when no verdict.
    static Rating ratingOf(Claim::Status status, Language language);
    /// The anchor of a claim's review in a page: `claim-UID`.
    static QString anchorOf(const Claim &claim);

    /// One ClaimReview object per claim with a verdict, in the dataset's order.
    static QJsonArray reviews(const Dataset &dataset, const ClaimReviewOptions &options);
    /// reviews() as an indented JSON array (UTF-8), the file `--format claimreview` writes.
    static QByteArray write(const Dataset &dataset, const ClaimReviewOptions &options);
};

} // namespace Frise::Io
