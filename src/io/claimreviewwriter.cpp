// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimreviewwriter.h"

#include "publishsafe.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Frise::Io {

using namespace Qt::StringLiterals;

namespace {

QString schemaContext()
{
    return QStringLiteral("https://schema.org");
}

/// schema.org wants ISO 8601: a point date at its own precision; a range or circa date is not one date.
QString exactDate(const FuzzyDate &date)
{
    if (!date.isValid() || date.isRange() || date.isCirca())
        return {};
    const qint64 year = date.start().year;
    if (year < 1 || year > FuzzyDate::maximumDetailedYear())
        return {};
    const QString text = date.toIsoText();
    return date.precision() == FuzzyDate::Precision::Minute ? text + u'Z' : text;
}

QJsonObject partyOf(const Actor &actor, Language language)
{
    QJsonObject party;
    party.insert(u"@type"_s, actor.kind == Actor::Kind::Person ? u"Person"_s : u"Organization"_s);
    party.insert(u"name"_s, actor.name.textOrFallback(language));
    return party;
}

QJsonObject appearanceOf(const Source &source)
{
    QJsonObject work;
    work.insert(u"@type"_s, u"CreativeWork"_s);
    work.insert(u"url"_s, source.citedUrl());
    if (!source.title.isEmpty())
        work.insert(u"headline"_s, source.title);
    if (!source.outlet.isEmpty()) {
        QJsonObject outlet;
        outlet.insert(u"@type"_s, u"Organization"_s);
        outlet.insert(u"name"_s, source.outlet);
        work.insert(u"publisher"_s, outlet);
    }
    const QString published = exactDate(source.published);
    if (!published.isEmpty())
        work.insert(u"datePublished"_s, published);
    return work;
}

QJsonObject itemReviewed(const Claim &claim, const Dataset &dataset, Language language)
{
    QJsonObject item;
    item.insert(u"@type"_s, u"Claim"_s);
    if (const Actor *claimant = dataset.actor(claim.claimantId))
        item.insert(u"author"_s, partyOf(*claimant, language));
    const QString madeOn = exactDate(claim.madeOn);
    if (!madeOn.isEmpty())
        item.insert(u"datePublished"_s, madeOn);
    // A confidential source has no URL left after citableCopy(): nothing to point at.
    const Source *source = dataset.source(claim.madeInSourceId);
    if (source && !source->confidential && !source->citedUrl().isEmpty())
        item.insert(u"appearance"_s, appearanceOf(*source));
    return item;
}

} // namespace

bool ClaimReviewWriter::isVerdict(Claim::Status status)
{
    return status == Claim::Status::Confirmed || status == Claim::Status::Refuted || status == Claim::Status::Retracted;
}

ClaimReviewWriter::Rating ClaimReviewWriter::ratingOf(Claim::Status status, Language language)
{
    const bool fr = language == Language::French;
    switch (status) {
    case Claim::Status::Refuted:
        return {1, fr ? QStringLiteral("Faux") : QStringLiteral("False")};
    case Claim::Status::Confirmed:
        return {5, fr ? QStringLiteral("Vrai") : QStringLiteral("True")};
    case Claim::Status::Retracted:
        return {0, fr ? QStringLiteral("Retiré par son auteur") : QStringLiteral("Retracted by its author")};
    case Claim::Status::Unverified:
    case Claim::Status::Disputed:
        break;
    }
    return {};
}

QString ClaimReviewWriter::anchorOf(const Claim &claim)
{
    return u"claim-"_s + (claim.uid.isEmpty() ? QString::number(claim.id) : claim.uid);
}

QJsonArray ClaimReviewWriter::reviews(const Dataset &dataset, const ClaimReviewOptions &options)
{
    const Dataset safe = citableCopy(publishSafeCopy(dataset));
    const QDate published = options.published.isValid() ? options.published : QDateTime::currentDateTimeUtc().date();
    QJsonArray reviews;
    for (const Claim &claim : safe.claims) {
        if (!isVerdict(claim.status))
            continue;
        const Rating rating = ratingOf(claim.status, options.language);
        QJsonObject review;
        review.insert(u"@context"_s, schemaContext());
        review.insert(u"@type"_s, u"ClaimReview"_s);
        review.insert(u"url"_s, QString(options.publisherUrl + u'#' + anchorOf(claim)));
        review.insert(u"claimReviewed"_s, claim.text.textOrFallback(options.language));
        review.insert(u"inLanguage"_s, languageCode(options.language));
        review.insert(u"datePublished"_s, published.toString(Qt::ISODate));
        if (!options.publisher.isEmpty()) {
            QJsonObject author;
            author.insert(u"@type"_s, u"Organization"_s);
            author.insert(u"name"_s, options.publisher);
            if (!options.publisherUrl.isEmpty())
                author.insert(u"url"_s, options.publisherUrl);
            review.insert(u"author"_s, author);
        }
        QJsonObject reviewRating;
        reviewRating.insert(u"@type"_s, u"Rating"_s);
        if (rating.value > 0)
            reviewRating.insert(u"ratingValue"_s, rating.value);
        reviewRating.insert(u"bestRating"_s, bestRating);
        reviewRating.insert(u"worstRating"_s, worstRating);
        reviewRating.insert(u"alternateName"_s, rating.name);
        review.insert(u"reviewRating"_s, reviewRating);
        review.insert(u"itemReviewed"_s, itemReviewed(claim, safe, options.language));
        reviews.append(review);
    }
    return reviews;
}

QByteArray ClaimReviewWriter::write(const Dataset &dataset, const ClaimReviewOptions &options)
{
    return QJsonDocument(reviews(dataset, options)).toJson(QJsonDocument::Indented);
}

} // namespace Frise::Io
