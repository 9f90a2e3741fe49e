// SPDX-License-Identifier: GPL-3.0-or-later
// ClaimReview JSON-LD: Google's required and recommended properties, the
// rating scale, publish-safe always, both languages.
#include "factdataset.h"

#include "io/claimreviewwriter.h"
#include "io/exporter.h"
#include "io/ioerror.h"
#include "io/sample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

/*
 * What a ClaimReview must and should carry, from Google Search Central,
 * "Fact check (ClaimReview) structured data"
 * (https://developers.google.com/search/docs/appearance/structured-data/factcheck),
 * read against schema.org's ClaimReview, Claim and Rating types
 * (https://schema.org/ClaimReview):
 * - ClaimReview, required: claimReviewed, reviewRating, url;
 *   recommended: author, datePublished, itemReviewed.
 * - Rating (reviewRating), required: alternateName; recommended: bestRating,
 *   ratingValue, worstRating (a number between worstRating and bestRating,
 *   bestRating above worstRating).
 * - Claim (itemReviewed), recommended: author (a Person or an Organization
 *   with a name), datePublished, appearance (a CreativeWork with a url).
 * - Organization/Person (author), required: name.
 */
const QStringList reviewRequired {
    QStringLiteral("claimReviewed"), QStringLiteral("reviewRating"), QStringLiteral("url")};
const QStringList reviewRecommended {
    QStringLiteral("author"), QStringLiteral("datePublished"), QStringLiteral("itemReviewed")};

const QRegularExpression isoDate(QStringLiteral("^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}Z)?)?)?$"));

/// Every problem of @p review against the list above; empty when none.
QStringList problemsOf(const QJsonObject &review)
{
    QStringList problems;
    if (review.value(u"@context").toString() != QLatin1String("https://schema.org"))
        problems << QStringLiteral("@context");
    if (review.value(u"@type").toString() != QLatin1String("ClaimReview"))
        problems << QStringLiteral("@type");
    for (const QString &key : reviewRequired + reviewRecommended) {
        if (!review.contains(key))
            problems << QStringLiteral("missing ") + key;
    }
    if (review.value(u"claimReviewed").toString().isEmpty())
        problems << QStringLiteral("empty claimReviewed");
    if (!isoDate.match(review.value(u"datePublished").toString()).hasMatch())
        problems << QStringLiteral("datePublished not ISO 8601");
    const QJsonObject rating = review.value(u"reviewRating").toObject();
    if (rating.value(u"@type").toString() != QLatin1String("Rating"))
        problems << QStringLiteral("reviewRating @type");
    if (rating.value(u"alternateName").toString().isEmpty())
        problems << QStringLiteral("missing alternateName");
    const int best = rating.value(u"bestRating").toInt(-1);
    const int worst = rating.value(u"worstRating").toInt(-1);
    if (best <= worst || worst < 0)
        problems << QStringLiteral("bestRating/worstRating");
    if (rating.contains(u"ratingValue")) {
        const int value = rating.value(u"ratingValue").toInt(-1);
        if (value < worst || value > best)
            problems << QStringLiteral("ratingValue out of the scale");
    }
    const QJsonObject author = review.value(u"author").toObject();
    if (author.value(u"@type").toString() != QLatin1String("Organization")
        || author.value(u"name").toString().isEmpty())
        problems << QStringLiteral("author");
    const QJsonObject item = review.value(u"itemReviewed").toObject();
    if (item.value(u"@type").toString() != QLatin1String("Claim"))
        problems << QStringLiteral("itemReviewed @type");
    if (item.contains(u"author")) {
        const QJsonObject claimant = item.value(u"author").toObject();
        const QString type = claimant.value(u"@type").toString();
        if ((type != QLatin1String("Person") && type != QLatin1String("Organization"))
            || claimant.value(u"name").toString().isEmpty())
            problems << QStringLiteral("itemReviewed.author");
    }
    if (item.contains(u"datePublished") && !isoDate.match(item.value(u"datePublished").toString()).hasMatch())
        problems << QStringLiteral("itemReviewed.datePublished");
    if (item.contains(u"appearance")) {
        const QJsonObject appearance = item.value(u"appearance").toObject();
        if (appearance.value(u"@type").toString() != QLatin1String("CreativeWork")
            || !appearance.value(u"url").toString().startsWith(QLatin1String("http")))
            problems << QStringLiteral("itemReviewed.appearance");
    }
    return problems;
}

ClaimReviewOptions optionsFor(Language language)
{
    return {language, QStringLiteral("Le Desk"), QStringLiteral("https://desk.example/checks"), QDate(2026, 12, 7)};
}

QJsonObject reviewOf(const QJsonArray &reviews, const QString &claimUid)
{
    for (const QJsonValue &review : reviews) {
        if (review.toObject().value(u"url").toString().endsWith(QStringLiteral("#claim-") + claimUid))
            return review.toObject();
    }
    return {};
}

} // namespace

class TestClaimReviewWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<bool>("sample");
        QTest::addColumn<Language>("language");
        QTest::newRow("sample fr") << true << Language::French;
        QTest::newRow("sample en") << true << Language::English;
        QTest::newRow("generated fr") << false << Language::French;
        QTest::newRow("generated en") << false << Language::English;
    }

    void valid()
    {
        QFETCH(bool, sample);
        QFETCH(Language, language);
        Dataset dataset = sample ? Dataset() : FriseTest::factDataset();
        IoError error;
        if (sample)
            QVERIFY2(loadSample(&dataset, &error), qPrintable(error.toString()));
        qsizetype verdicts = 0;
        for (const Claim &claim : std::as_const(dataset.claims))
            verdicts += ClaimReviewWriter::isVerdict(claim.status) ? 1 : 0;
        QVERIFY(verdicts >= 3);

        // Parsed back from the bytes a file holds.
        QJsonParseError parseError;
        const QJsonDocument document
            = QJsonDocument::fromJson(ClaimReviewWriter::write(dataset, optionsFor(language)), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray reviews = document.array();
        QCOMPARE(reviews.size(), verdicts);
        for (const QJsonValue &review : reviews) {
            const QStringList problems = problemsOf(review.toObject());
            QVERIFY2(problems.isEmpty(),
                qPrintable(problems.join(QStringLiteral(", ")) + QStringLiteral(": ")
                    + QString::fromUtf8(QJsonDocument(review.toObject()).toJson(QJsonDocument::Compact))));
            QCOMPARE(review.toObject().value(u"inLanguage").toString(), languageCode(language));
        }
    }

    void scale_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("nameEn");
        QTest::addColumn<QString>("nameFr");
        QTest::newRow("refuted") << "1" << 1 << "False" << "Faux";
        QTest::newRow("confirmed") << "2" << 5 << "True" << "Vrai";
        QTest::newRow("retracted: no number") << "3" << 0 << "Retracted by its author" << "Retiré par son auteur";
    }

    void scale()
    {
        QFETCH(QString, claim);
        QFETCH(int, value);
        QFETCH(QString, nameEn);
        QFETCH(QString, nameFr);
        const Dataset dataset = FriseTest::factDataset();
        for (const Language language : {Language::English, Language::French}) {
            const QJsonObject review
                = reviewOf(ClaimReviewWriter::reviews(dataset, optionsFor(language)), QStringLiteral("claim-") + claim);
            QVERIFY(!review.isEmpty());
            const QJsonObject rating = review.value(u"reviewRating").toObject();
            QCOMPARE(rating.value(u"ratingValue").toInt(0), value);
            QCOMPARE(rating.value(u"bestRating").toInt(), 5);
            QCOMPARE(rating.value(u"worstRating").toInt(), 1);
            QCOMPARE(rating.value(u"alternateName").toString(), language == Language::French ? nameFr : nameEn);
            QCOMPARE(review.value(u"claimReviewed").toString(),
                language == Language::French ? QString(QStringLiteral("Affirmation ") + claim)
                                             : dataset.claim(claim.toLongLong())->text.en);
        }
    }

    void noVerdictNoReview()
    {
        const QJsonArray reviews = ClaimReviewWriter::reviews(FriseTest::factDataset(), optionsFor(Language::English));
        QVERIFY(reviewOf(reviews, QStringLiteral("claim-4")).isEmpty()); // unverified
        QVERIFY(reviewOf(reviews, QStringLiteral("claim-5")).isEmpty()); // disputed
        QCOMPARE(reviews.size(), 4);
        QVERIFY(!ClaimReviewWriter::isVerdict(Claim::Status::Unverified));
        QVERIFY(!ClaimReviewWriter::isVerdict(Claim::Status::Disputed));
        QCOMPARE(ClaimReviewWriter::ratingOf(Claim::Status::Unverified, Language::English).name, QString());
    }

    void claimDetails()
    {
        const QJsonArray reviews = ClaimReviewWriter::reviews(FriseTest::factDataset(), optionsFor(Language::English));
        const QJsonObject refuted = reviewOf(reviews, QStringLiteral("claim-1"));
        QCOMPARE(refuted.value(u"url").toString(), QStringLiteral("https://desk.example/checks#claim-claim-1"));
        QCOMPARE(refuted.value(u"datePublished").toString(), QStringLiteral("2026-12-07"));
        QCOMPARE(refuted.value(u"author").toObject().value(u"name").toString(), QStringLiteral("Le Desk"));
        const QJsonObject item = refuted.value(u"itemReviewed").toObject();
        QCOMPARE(item.value(u"author").toObject().value(u"@type").toString(), QStringLiteral("Person"));
        QCOMPARE(item.value(u"author").toObject().value(u"name").toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(item.value(u"datePublished").toString(), QStringLiteral("2023-04-19"));
        const QJsonObject appearance = item.value(u"appearance").toObject();
        QCOMPARE(appearance.value(u"url").toString(), QStringLiteral("https://gazette.example/acme"));
        QCOMPARE(appearance.value(u"publisher").toObject().value(u"name").toString(), QStringLiteral("The Gazette"));

        // A company's claim, made at a circa date (not one date: none given), in a dead page (its archive cited).
        const QJsonObject confirmed = reviewOf(reviews, QStringLiteral("claim-2")).value(u"itemReviewed").toObject();
        QCOMPARE(confirmed.value(u"author").toObject().value(u"@type").toString(), QStringLiteral("Organization"));
        QVERIFY(!confirmed.contains(u"datePublished"));
        QCOMPARE(confirmed.value(u"appearance").toObject().value(u"url").toString(),
            QStringLiteral("https://web.archive.org/web/2023/https://blog.example/gone"));

        // Made in a confidential source: no appearance at all.
        const QJsonObject secret = reviewOf(reviews, QStringLiteral("claim-6")).value(u"itemReviewed").toObject();
        QVERIFY(!secret.isEmpty());
        QVERIFY(!secret.contains(u"appearance"));
    }

    void anchorWithoutPublisherPage()
    {
        ClaimReviewOptions options;
        const QJsonArray reviews = ClaimReviewWriter::reviews(FriseTest::factDataset(), options);
        const QJsonObject review = reviewOf(reviews, QStringLiteral("claim-1"));
        // Relative to the page it is embedded in; no author when no publisher is given.
        QCOMPARE(review.value(u"url").toString(), QStringLiteral("#claim-claim-1"));
        QVERIFY(!review.contains(u"author"));
        QVERIFY(isoDate.match(review.value(u"datePublished").toString()).hasMatch());
    }

    void publishSafeAlways_data()
    {
        QTest::addColumn<bool>("publishSafe");
        QTest::newRow("asked") << true;
        QTest::newRow("not asked") << false;
    }

    void publishSafeAlways()
    {
        QFETCH(bool, publishSafe);
        ExportOptions options;
        options.format = Format::ClaimReview;
        options.publishSafe = publishSafe;
        options.publisher = QStringLiteral("Le Desk");
        for (const Language language : {Language::English, Language::French}) {
            options.language = language;
            const QByteArray data = Exporter::exportData(FriseTest::factDataset(), options);
            QVERIFY(data.contains("ClaimReview"));
            for (const QString &marker : FriseTest::secretMarkers())
                QVERIFY2(!data.contains(marker.toUtf8()), qPrintable(marker));
            QVERIFY(!data.contains("Chirp will settle")); // unverified
            QVERIFY(!data.contains("opened an inquiry")); // disputed
            QVERIFY(!data.contains("Affirmation 4"));
            QVERIFY(!data.contains("\"https://blog.example/gone\""));
        }
    }

    void fileByExtension()
    {
        QCOMPARE(formatFromFileName(QStringLiteral("checks.jsonld")), Format::ClaimReview);
        QCOMPARE(formatFromCode(QStringLiteral("claimreview")), Format::ClaimReview);
        QCOMPARE(formatCode(Format::ClaimReview), QStringLiteral("claimreview"));
    }
};

QTEST_GUILESS_MAIN(TestClaimReviewWriter)
#include "tst_claimreviewwriter.moc"
