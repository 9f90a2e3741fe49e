// SPDX-License-Identifier: GPL-3.0-or-later
// Io::WebPage: what the page carries and what it must never carry. The
// browser test (tests/client/webpage-client.mjs) checks how it behaves.
#include "../client/webexportset.h"
#include "io/claimreviewwriter.h"
#include "io/webpage.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Frise;
using FriseTest::WebSecrets;

namespace {

QByteArray page(const Dataset &set, const Io::WebPageOptions &options = {})
{
    QString error;
    const QByteArray bytes = Io::WebPage::write(set, options, &error);
    if (bytes.isEmpty())
        qWarning("%s", qPrintable(error));
    return bytes;
}

/// The text between the first @p start and the `</script>` after it.
QByteArray scriptContent(const QByteArray &html, const QByteArray &start)
{
    const qsizetype from = html.indexOf(start);
    if (from < 0)
        return {};
    const qsizetype begin = from + start.size();
    return html.mid(begin, html.indexOf("</script>", begin) - begin);
}

QJsonObject pageData(const QByteArray &html)
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(scriptContent(html, R"(<script type="application/json" id="frise-data">)"), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("data: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonObject item(const QJsonObject &data, const QString &uid)
{
    for (const QJsonValue &value : data.value(QLatin1String("items")).toArray()) {
        if (value.toObject().value(QLatin1String("uid")).toString() == uid)
            return value.toObject();
    }
    return {};
}

QStringList verdicts(const QJsonObject &data)
{
    QStringList found;
    for (const QJsonValue &value : data.value(QLatin1String("items")).toArray()) {
        if (value.toObject().contains(QLatin1String("verdict")))
            found.append(value.toObject().value(QLatin1String("verdict")).toString());
    }
    found.sort();
    return found;
}

} // namespace

class TestWebPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptSafeJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("end tag") << QByteArray(R"(["</script>"])") << QByteArray(R"(["\u003c/script\u003e"])");
        QTest::newRow("comment") << QByteArray(R"(["<!--"])") << QByteArray(R"(["\u003c!--"])");
        QTest::newRow("ampersand") << QByteArray(R"(["a & b"])") << QByteArray(R"(["a \u0026 b"])");
        QTest::newRow("line separator") << QByteArray("[\"a\xe2\x80\xa8z\"]") << QByteArray(R"(["a\u2028z"])");
        QTest::newRow("other text kept") << QByteArray("[\"é – “x”\"]") << QByteArray("[\"é – “x”\"]");
    }

    void scriptSafeJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const QByteArray safe = Io::WebPage::scriptSafeJson(json);
        QCOMPARE(safe, expected);
        QCOMPARE(QJsonDocument::fromJson(safe), QJsonDocument::fromJson(json)); // still the same JSON
    }

    void markupStaysText()
    {
        const QByteArray html = page(FriseTest::webExportSet());
        QVERIFY(!html.isEmpty());
        // Three scripts (ClaimReview slot, data, code): the `</script>` in titles and texts ends none of them.
        QCOMPARE(html.toLower().count("</script"), 3);
        QVERIFY(!html.contains("<b>Gras"));
        QVERIFY(!html.contains("<img"));
        QVERIFY(!html.contains("<!-- test"));
        // The title element and the noscript heading hold the escaped title.
        QVERIFY(html.contains("<title>Frise &lt;/script&gt;&lt;!-- test &amp; “@DATA@”</title>"));
        // A placeholder of the template inside the data stays as it is, once.
        const QJsonObject data = pageData(html);
        QCOMPARE(data.value(QLatin1String("title")).toArray().at(1).toString(),
            QStringLiteral("Frise </script><!-- test & “@DATA@”"));
        QCOMPARE(item(data, QStringLiteral("markup")).value(QLatin1String("title")).toArray().at(1).toString(),
            QStringLiteral("<img src=x onerror=alert(1)> & </SCRIPT>"));
    }

    void loadsNothing()
    {
        const QByteArray html = page(FriseTest::webExportSet());
        static const QRegularExpression external(
            QStringLiteral("<(script|link|img|iframe|source|video|audio)\\b[^>]*\\b(src|href)=(?!\"?data:)"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = external.match(QString::fromUtf8(html));
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
        QVERIFY(html.contains(R"(<link rel="icon" href="data:,">)")); // no favicon request either
        // The policy forbids any load, and allows the page's own script and style by their hashes.
        const QByteArray code = scriptContent(html, "<script>");
        QVERIFY(code.contains("frise-data"));
        const QByteArray hash = QCryptographicHash::hash(code, QCryptographicHash::Sha256).toBase64();
        const QByteArray policy = "default-src 'none'; script-src 'sha256-" + hash + "'";
        QVERIFY2(html.contains(policy), html.left(800).constData());
    }

    // By default the head carries the ClaimReviews of the claims the page shows with a verdict, no other.
    void claimReviewsOfShownClaims()
    {
        const Dataset set = FriseTest::webExportSet();
        const auto reviewedAnchors = [&](const Io::WebPageOptions &options) {
            const QByteArray html = page(set, options);
            const QByteArray open = R"(<script type="application/ld+json" id="claimreview">)";
            const qsizetype start = html.indexOf(open) + open.size();
            const QJsonArray reviews
                = QJsonDocument::fromJson(html.mid(start, html.indexOf("</script>", start) - start)).array();
            QStringList anchors;
            for (const QJsonValue &review : reviews) {
                const QString url = review.toObject().value(QLatin1String("url")).toString();
                anchors << url.mid(url.lastIndexOf(u'#') + 1);
            }
            anchors.sort();
            return anchors;
        };
        QStringList withVerdict;
        for (const Claim &claim : set.claims) {
            if (claim.status == Claim::Status::Confirmed || claim.status == Claim::Status::Refuted
                || claim.status == Claim::Status::Retracted)
                withVerdict << Io::ClaimReviewWriter::anchorOf(claim);
        }
        withVerdict.sort();
        QCOMPARE(withVerdict.size(), 3);
        QCOMPARE(reviewedAnchors({}), withVerdict);
        Io::WebPageOptions unverifiedToo;
        unverifiedToo.includeUnverified = true;
        QCOMPARE(reviewedAnchors(unverifiedToo), withVerdict);
        // A period without those claims: no review of a claim the reader cannot find on the page.
        Io::WebPageOptions later;
        later.fromMinutes = FuzzyDate::fromYear(2030).earliestMinutes();
        QCOMPARE(reviewedAnchors(later), QStringList());
    }

    void claimReviewSlot()
    {
        Io::WebPageOptions options;
        options.claimReview = R"([{"@type":"ClaimReview","claimReviewed":"</script>"}])";
        QVERIFY(page(FriseTest::webExportSet(), options).contains(R"("claimReviewed":"\u003c/script\u003e")"));
    }

    void publishSafe_data()
    {
        QTest::addColumn<bool>("includeUnverified");
        QTest::newRow("default") << false;
        QTest::newRow("--include-unverified") << true;
    }

    void publishSafe()
    {
        QFETCH(bool, includeUnverified);
        Io::WebPageOptions options;
        options.includeUnverified = includeUnverified;
        const QByteArray html = page(FriseTest::webExportSet(), options);
        for (const QString &secret : {WebSecrets::eventNote(), WebSecrets::claimNote(),
                 WebSecrets::confidentialOutlet(), WebSecrets::confidentialUrl(), QStringLiteral("the memo says"),
                 QStringLiteral("Memo"), QStringLiteral("confidential")})
            QVERIFY2(!html.contains(secret.toUtf8()), qPrintable(secret));
        QCOMPARE(html.contains(WebSecrets::unverifiedClaim().toUtf8()), includeUnverified);
        QCOMPARE(html.contains(WebSecrets::disputedClaim().toUtf8()), includeUnverified);
        const QJsonObject data = pageData(html);
        QStringList expected {QStringLiteral("confirmed"), QStringLiteral("refuted"), QStringLiteral("retracted")};
        if (includeUnverified)
            expected << QStringLiteral("disputed") << QStringLiteral("unverified");
        expected.sort();
        QCOMPARE(verdicts(data), expected);
        // The event and the claim that cite the confidential source cite only the others.
        QCOMPARE(item(data, QStringLiteral("day")).value(QLatin1String("sources")).toArray().size(), 1);
        QCOMPARE(item(data, QStringLiteral("confirmed")).value(QLatin1String("evidence")).toArray().size(), 1);
        QCOMPARE(data.value(QLatin1String("sources")).toArray().size(), 2);
    }

    void deadLinkCitesTheArchive()
    {
        const QJsonObject data = pageData(page(FriseTest::webExportSet()));
        const QJsonArray sources = data.value(QLatin1String("sources")).toArray();
        const qsizetype index
            = item(data, QStringLiteral("circa")).value(QLatin1String("sources")).toArray().at(0).toInt();
        const QJsonObject source = sources.at(index).toObject();
        QCOMPARE(source.value(QLatin1String("url")).toString(),
            QStringLiteral("https://web.archive.org/web/2023/https://gone.example.com/fabrikam"));
        QVERIFY(source.value(QLatin1String("archived")).toBool());
        QCOMPARE(source.value(QLatin1String("lang")).toString(), QStringLiteral("fr"));
    }

    void translations_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QJsonValue>("fr");
        QTest::addColumn<QJsonValue>("en");
        QTest::newRow("both") << QStringLiteral("day") << QJsonValue(QStringLiteral("Contoso porte plainte"))
                              << QJsonValue(QStringLiteral("Contoso files suit"));
        // null: the page shows the other language, marked as the original.
        QTest::newRow("missing French") << QStringLiteral("english-only") << QJsonValue()
                                        << QJsonValue(QStringLiteral("Only in English"));
        QTest::newRow("French needs review")
            << QStringLiteral("unreviewed") << QJsonValue() << QJsonValue(QStringLiteral("Machine translated"));
        QTest::newRow("missing English") << QStringLiteral("french-only")
                                         << QJsonValue(QStringLiteral("Seulement en français")) << QJsonValue();
    }

    void translations()
    {
        QFETCH(QString, uid);
        QFETCH(QJsonValue, fr);
        QFETCH(QJsonValue, en);
        const QJsonArray title
            = item(pageData(page(FriseTest::webExportSet())), uid).value(QLatin1String("title")).toArray();
        QCOMPARE(title.size(), 2);
        QCOMPARE(title.at(0), fr);
        QCOMPARE(title.at(1), en);
    }

    void datesKeepTheirPrecision_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<bool>("fuzzy");
        QTest::addColumn<QString>("english");
        QTest::newRow("day") << QStringLiteral("day") << false << QStringLiteral("25 April 2023");
        QTest::newRow("month") << QStringLiteral("month") << true << QStringLiteral("June 2023");
        QTest::newRow("year") << QStringLiteral("year") << true << QStringLiteral("2021");
        QTest::newRow("circa") << QStringLiteral("circa") << true << QStringLiteral("c. 2019");
        QTest::newRow("range") << QStringLiteral("range") << true << QString();
        QTest::newRow("minute") << QStringLiteral("minute") << false << QString();
        QTest::newRow("BCE") << QStringLiteral("bce") << true << QStringLiteral("44 BCE");
    }

    void datesKeepTheirPrecision()
    {
        QFETCH(QString, uid);
        QFETCH(bool, fuzzy);
        QFETCH(QString, english);
        const QJsonObject event = item(pageData(page(FriseTest::webExportSet())), uid);
        QCOMPARE(event.value(QLatin1String("fuzzy")).toBool(), fuzzy);
        // The extent is the whole month or year, never a made-up day.
        const double a0 = event.value(QLatin1String("a0")).toDouble();
        const double a1 = event.value(QLatin1String("a1")).toDouble();
        QVERIFY(a1 >= a0);
        QCOMPARE(a1 - a0 > 24 * 60, fuzzy);
        if (!english.isEmpty())
            QCOMPARE(event.value(QLatin1String("date")).toArray().at(1).toString(), english);
    }

    void period()
    {
        Io::WebPageOptions options;
        options.fromMinutes = FuzzyDate::fromIsoText(QStringLiteral("2023")).earliestMinutes();
        options.toMinutes = FuzzyDate::fromIsoText(QStringLiteral("2023")).latestMinutes();
        const QJsonObject data = pageData(page(FriseTest::webExportSet(), options));
        QStringList uids;
        for (const QJsonValue &value : data.value(QLatin1String("items")).toArray())
            uids.append(value.toObject().value(QLatin1String("uid")).toString());
        QCOMPARE(uids,
            QStringList({QStringLiteral("day"), QStringLiteral("month"), QStringLiteral("range"),
                QStringLiteral("confirmed"), QStringLiteral("refuted"), QStringLiteral("retracted")}));
        QCOMPARE(data.value(QLatin1String("eras")).toArray().size(), 2); // both overlap 2023
    }

    void lanesAndEras()
    {
        const QJsonObject data = pageData(page(FriseTest::webExportSet()));
        const QJsonArray lanes = data.value(QLatin1String("lanes")).toArray();
        QCOMPARE(lanes.size(), 3); // two disputes, then the events of none
        QCOMPARE(lanes.at(0).toObject().value(QLatin1String("colour")).toString(), QStringLiteral("#1d9bf0"));
        QVERIFY(lanes.at(2).toObject().value(QLatin1String("other")).toBool());
        QCOMPARE(item(data, QStringLiteral("range")).value(QLatin1String("lanes")).toArray(), QJsonArray({0, 1}));
        const QJsonArray eras = data.value(QLatin1String("eras")).toArray();
        QCOMPARE(eras.size(), 2);
        QCOMPARE(eras.at(0).toObject().value(QLatin1String("title")).toArray().at(0).toString(),
            QStringLiteral("La guerre des licences"));
        // The claim made in a source the event cites is the event's claim.
        const QJsonObject confirmed = item(data, QStringLiteral("confirmed"));
        QCOMPARE(confirmed.value(QLatin1String("verdict")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(item(data, QStringLiteral("day")).value(QLatin1String("claims")).toArray().size(), 1);
    }

    void statusPeriodsWhenNoEras()
    {
        Dataset set = FriseTest::webExportSet();
        set.eras.clear();
        StatusChange change;
        change.id = 1;
        change.disputeId = 1;
        change.to = Dispute::Status::Filed;
        change.date = FriseTest::webDate("2023-04-25");
        set.statusChanges = {change};
        const QJsonArray eras = pageData(page(set)).value(QLatin1String("eras")).toArray();
        QCOMPARE(eras.size(), 1);
        QCOMPARE(eras.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("filed"));
    }

    void writeFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("page.html"));
        Io::IoError error;
        QVERIFY(Io::WebPage::writeFile(FriseTest::webExportSet(), path, {}, &error));
        QVERIFY(error.isNull());
        QVERIFY(QFileInfo(path).size() > 1000);
        // Cancelled: nothing written, no error.
        const QString cancelled = dir.filePath(QStringLiteral("cancelled.html"));
        const std::atomic<bool> cancel {true};
        QVERIFY(!Io::WebPage::writeFile(FriseTest::webExportSet(), cancelled, {}, &error, &cancel));
        QVERIFY(error.isNull());
        QVERIFY(!QFileInfo::exists(cancelled));
        // A folder that does not exist: a clear error naming the file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/page.html"));
        QVERIFY(!Io::WebPage::writeFile(FriseTest::webExportSet(), nowhere, {}, &error));
        QCOMPARE(error.file, nowhere);
        QVERIFY(!error.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebPage)
#include "tst_webpage.moc"
