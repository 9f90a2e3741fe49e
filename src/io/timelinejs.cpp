// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs_p.h"

namespace Frise::Io::TimelineJs {

FuzzyDate dateFromParts(int year, int month, int day, int hour, int minute)
{
    if (month < -1 || day < -1 || hour < -1 || minute < -1 || hour >= 24 || minute >= 60)
        return {};
    FuzzyDate::Point point;
    point.year = year;
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
