// SPDX-License-Identifier: GPL-3.0-or-later
#include "webpage.h"

#include "claimreviewwriter.h"
#include "webpagedata.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

namespace Frise::Io {

namespace {

class WebPageText
{
    Q_DECLARE_TR_FUNCTIONS(WebPage)
public:
    static QString missingResource(const QString &name)
    {
        return tr("the web page's %1 is missing from this build").arg(name);
    }
    static QString unsafeResource(const QString &name)
    {
        return tr("the web page's %1 would end its element early").arg(name);
    }
    static QString cannotWrite(const QString &why) { return tr("cannot write the file: %1").arg(why); }
};

bool readResource(const QString &name, QByteArray *bytes, QString *error)
{
    QFile file(QStringLiteral(":/web/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = WebPageText::missingResource(name);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QByteArray sha256Source(const QByteArray &content)
{
    return "'sha256-" + QCryptographicHash::hash(content, QCryptographicHash::Sha256).toBase64() + '\'';
}

/// Replaces each `@NAME@` of @p page in one pass: what is inserted is never read for placeholders again.
QByteArray fillTemplate(const QByteArray &page, const QHash<QByteArray, QByteArray> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("@([A-Z]+)@"));
    const QString text = QString::fromUtf8(page);
    QByteArray result;
    result.reserve(page.size() + values.value("DATA").size() + values.value("SCRIPT").size());
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
        const QByteArray name = match.captured(1).toLatin1();
        if (!values.contains(name))
            continue;
        result += text.mid(at, match.capturedStart() - at).toUtf8();
        result += values.value(name);
        at = match.capturedEnd();
    }
    result += text.mid(at).toUtf8();
    return result;
}

// Fact-check markup for the claims the page shows: ClaimReviewWriter's reviews (always publish-safe, only
// claims with a verdict), kept to those whose claim is among the page's items, so that a period or the
// publish-safe rules leave none that the reader cannot find on the page.
QJsonArray shownClaimReviews(const Dataset &dataset, const QJsonObject &pageData, Language language)
{
    QSet<QString> shown;
    const QJsonArray items = pageData.value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject object = item.toObject();
        if (object.value(QLatin1String("kind")).toString() == QLatin1String("claim"))
            shown.insert(object.value(QLatin1String("uid")).toString());
    }
    ClaimReviewOptions options;
    options.language = language;
    QHash<QString, QString> uidOfAnchor;
    for (const Claim &claim : dataset.claims)
        uidOfAnchor.insert(ClaimReviewWriter::anchorOf(claim), claim.uid);
    QJsonArray kept;
    const QJsonArray reviews = ClaimReviewWriter::reviews(dataset, options);
    for (const QJsonValue &review : reviews) {
        const QString url = review.toObject().value(QLatin1String("url")).toString();
        if (shown.contains(uidOfAnchor.value(url.mid(url.lastIndexOf(u'#') + 1))))
            kept.append(review);
    }
    return kept;
}

} // namespace

QByteArray WebPage::scriptSafeJson(const QByteArray &json)
{
    QByteArray safe;
    safe.reserve(json.size() + json.size() / 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '<')
            safe += "\\u003c";
        else if (c == '>')
            safe += "\\u003e";
        else if (c == '&')
            safe += "\\u0026";
        else if (c == '\xe2' && i + 2 < json.size() && json.at(i + 1) == '\x80'
            && (json.at(i + 2) == '\xa8' || json.at(i + 2) == '\xa9')) {
            safe += json.at(i + 2) == '\xa8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            safe += c;
    }
    return safe;
}

QByteArray WebPage::write(const Dataset &dataset, const WebPageOptions &options, QString *error)
{
    QByteArray page, style, script;
    if (!readResource(QStringLiteral("page.html"), &page, error)
        || !readResource(QStringLiteral("timeline.css"), &style, error)
        || !readResource(QStringLiteral("timeline.js"), &script, error))
        return {};
    // Both are inserted as they are: neither may hold its element's end tag.
    if (style.toLower().contains("</style")) {
        *error = WebPageText::unsafeResource(QStringLiteral("timeline.css"));
        return {};
    }
    if (script.toLower().contains("</script")) {
        *error = WebPageText::unsafeResource(QStringLiteral("timeline.js"));
        return {};
    }
    const QJsonObject pageData = WebPageData::build(dataset, options);
    const QByteArray data = QJsonDocument(pageData).toJson(QJsonDocument::Compact);
    const QJsonDocument givenReviews = QJsonDocument::fromJson(options.claimReview);
    const QByteArray claimReview = options.claimReview.isNull()
        ? scriptSafeJson(
              QJsonDocument(shownClaimReviews(dataset, pageData, options.language)).toJson(QJsonDocument::Compact))
        : givenReviews.isNull() ? QByteArrayLiteral("[]")
                                : scriptSafeJson(givenReviews.toJson(QJsonDocument::Compact));
    // The page may load nothing: no script, style, font, image or connection but its own inline ones.
    const QByteArray policy = "default-src 'none'; script-src " + sha256Source(script) + "; style-src "
        + sha256Source(style) + "; img-src data:; base-uri 'none'; form-action 'none'";
    const QString title = dataset.title.textOrFallback(options.language);
    const QHash<QByteArray, QByteArray> values {
        {"LANG", languageCode(options.language).toUtf8()},
        {"TITLE", (title.isEmpty() ? QStringLiteral("Frise") : title).toHtmlEscaped().toUtf8()},
        {"CSP", policy},
        {"CLAIMREVIEW", claimReview},
        {"STYLE", style},
        {"DATA", scriptSafeJson(data)},
        {"SCRIPT", script},
    };
    error->clear();
    return fillTemplate(page, values);
}

bool WebPage::writeFile(const Dataset &dataset, const QString &path, const WebPageOptions &options, IoError *error,
    const std::atomic<bool> *cancel)
{
    *error = {};
    error->file = path;
    QString problem;
    const QByteArray bytes = write(dataset, options, &problem);
    if (bytes.isEmpty()) {
        error->message = problem;
        return false;
    }
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    if (cancel && cancel->load()) {
        file.cancelWriting();
        *error = {};
        return false;
    }
    if (!written || !file.commit()) {
        error->message = WebPageText::cannotWrite(file.errorString());
        return false;
    }
    *error = {};
    return true;
}

} // namespace Frise::Io
