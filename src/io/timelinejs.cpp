// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs_p.h"

#include <QRegularExpression>

#include <cmath>

namespace Frise::Io::TimelineJs {

YearText yearFromText(QStringView text, qint64 *year)
{
    text = text.trimmed();
    if (text.isEmpty())
        return YearText::Absent;
    qsizetype digits = text.startsWith(u'-') || text.startsWith(u'+') ? 1 : 0;
    if (digits == text.size())
        return YearText::NotWhole;
    for (qsizetype i = digits; i < text.size(); ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return YearText::NotWhole;
    }
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    // Digits too many for 64 bits are a whole number all the same, only far out of range.
    if (!ok || value < FuzzyDate::minimumYear() || value > FuzzyDate::maximumYear())
        return YearText::OutOfRange;
    if (value == 0)
        return YearText::Zero;
    *year = value;
    return YearText::Ok;
}

YearText yearFromNumber(double number, qint64 *year)
{
    if (!std::isfinite(number) || number != std::floor(number))
        return YearText::NotWhole;
    if (number < double(FuzzyDate::minimumYear()) || number > double(FuzzyDate::maximumYear()))
        return YearText::OutOfRange;
    if (number == 0)
        return YearText::Zero;
    *year = qint64(number);
    return YearText::Ok;
}

QString titleFromText(const QString &html)
{
    // Block tags part words, inline tags do not ("<b>text</b>, more").
    static const QRegularExpression blocks(
        QStringLiteral("</?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|tr|td|th)\\b[^>]*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString plain = QString(html)
                        .replace(blocks, QStringLiteral(" "))
                        .replace(tags, QString())
                        .replace(spaces, QStringLiteral(" "))
                        .trimmed();
    plain.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
        .replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    constexpr qsizetype maxLength = 80;
    if (plain.size() > maxLength) {
        const qsizetype space = plain.lastIndexOf(u' ', maxLength);
        qsizetype cut = space > maxLength / 2 ? space : maxLength;
        if (plain.at(cut - 1).isHighSurrogate())
            --cut; // never half a character
        plain = plain.left(cut) + u'…';
    }
    return plain;
}

FuzzyDate dateFromParts(qint64 year, int month, int day, int hour, int minute)
{
    if (month < -1 || day < -1 || hour < -1 || minute < -1 || hour >= 24 || minute >= 60)
        return {};
    if (year < FuzzyDate::minimumYear() || year > FuzzyDate::maximumYear())
        return {};
    FuzzyDate::Point point;
    point.year = decltype(point.year)(year);
    if (month > 0) {
        point.month = month;
        if (day > 0) {
            point.day = day;
            if (hour >= 0)
                point.minuteOfDay = hour * 60 + qMax(minute, 0);
        }
    } else if (day > 0 || hour >= 0) {
        return {};
    }
    return FuzzyDate::fromPoint(point);
}

SlideContext::SlideContext(const Dataset &dataset, Language language)
    : m_language(language)
{
    m_sources.reserve(dataset.sources.size());
    for (const Source &source : dataset.sources)
        m_sources.insert(source.id, &source);
    for (const Dispute &dispute : dataset.disputes)
        m_disputes.insert(dispute.id, &dispute);
}

QString SlideContext::group(const Event &event) const
{
    for (const RowId id : event.disputeIds) {
        if (const Dispute *dispute = m_disputes.value(id))
            return dispute->title.textOrFallback(m_language);
    }
    return {};
}

QString SlideContext::mediaUrl(const Event &event) const
{
    for (const RowId id : event.sourceIds) {
        if (const Source *source = m_sources.value(id); source && !source->url.isEmpty())
            return source->url;
    }
    return {};
}

QString SlideContext::mediaCaption(const Event &event) const
{
    const Source *first = nullptr;
    for (const RowId id : event.sourceIds) {
        if (const Source *source = m_sources.value(id)) {
            if (!source->url.isEmpty())
                return source->title;
            if (!first)
                first = source;
        }
    }
    return first ? first->title : QString();
}

QString SlideContext::slideText(const Event &event) const
{
    QString body = text(event);
    if (!mediaUrl(event).isEmpty())
        return body;
    QStringList parts;
    if (const QString caption = mediaCaption(event); !caption.isEmpty())
        parts.append(caption.toHtmlEscaped());
    if (const QString credit = mediaCredit(event); !credit.isEmpty() && !parts.contains(credit.toHtmlEscaped()))
        parts.append(credit.toHtmlEscaped());
    if (parts.isEmpty())
        return body;
    const QString attribution
        = QStringLiteral("<p class=\"frise-credit\">") + parts.join(QStringLiteral(" — ")) + u"</p>";
    return body.isEmpty() ? attribution : body + u'\n' + attribution;
}

QString SlideContext::mediaCredit(const Event &event) const
{
    QStringList credits;
    for (const RowId id : event.sourceIds) {
        if (const Source *source = m_sources.value(id)) {
            const QString credit = source->outlet.isEmpty() ? source->title : source->outlet;
            if (!credit.isEmpty() && !credits.contains(credit))
                credits.append(credit);
        }
    }
    return credits.join(QStringLiteral("; "));
}

QString SlideContext::displayDate(const FuzzyDate &date) const
{
    if (!date.wording().isEmpty())
        return date.wording();
    if (date.isCirca() || date.isRange())
        return date.toDisplayString(m_language);
    return {};
}

} // namespace Frise::Io::TimelineJs
