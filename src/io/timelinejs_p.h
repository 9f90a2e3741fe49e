// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: what TimelineJS JSON and the TimelineJS sheet share.

#include "core/dataset.h"

#include <QHash>

namespace Frise::Io::TimelineJs {

/// Events carrying this tag are TimelineJS eras (import and export).
inline QString eraTag()
{
    return QStringLiteral("era");
}

/**
 * A date from TimelineJS parts; a part is -1 when absent. The precision is
 * the finest part given (an hour makes it Minute). Null when invalid, and
 * when @p year is outside FuzzyDate::minimumYear() to maximumYear() (check
 * with yearInRange() first to say so).
 */
FuzzyDate dateFromParts(qint64 year, int month, int day, int hour, int minute);

/**
 * A title for a slide that has a text but no headline: the text's first
 * words (about 80 characters), markup removed, common entities decoded.
 */
QString titleFromText(const QString &html);

/// How a year written in a file reads.
enum class YearText {
    Absent, ///< empty
    Ok, ///< a whole number in the supported range
    NotWhole, ///< not a whole number ("12.5", "abc")
    OutOfRange, ///< a whole number outside FuzzyDate::minimumYear() to maximumYear()
    Zero, ///< 0: the historical count Frise uses has no year 0 (1 BCE is followed by AD 1)
};
/// Reads a year written as digits with an optional sign ("-3500", " 2023 "); any size of number.
YearText yearFromText(QStringView text, qint64 *year);
/// Reads a year given as a JSON number.
YearText yearFromNumber(double number, qint64 *year);

/// Looks up what a slide shows from an event: group, media, credit.
class SlideContext
{
public:
    SlideContext(const Dataset &dataset, Language language);

    bool isEra(const Event &event) const { return event.tags.contains(eraTag()); }
    QString headline(const Event &event) const { return event.title.textOrFallback(m_language); }
    QString text(const Event &event) const { return event.text.textOrFallback(m_language); }
    /**
     * What the slide's text shows: text(), then, when the event has sources
     * but none with a url, their caption and credit in a paragraph of their
     * own. TimelineJS draws a media caption and credit only under a media
     * item, and stops on a media object without a url (issue #19), so an
     * attribution without a link goes into the text rather than be lost.
     */
    QString slideText(const Event &event) const;
    /// The title of the event's first dispute.
    QString group(const Event &event) const;
    /// The first source's url.
    QString mediaUrl(const Event &event) const;
    /// The title of the source mediaUrl() comes from (the first source's, when none has a url).
    QString mediaCaption(const Event &event) const;
    /// Every source's outlet (or title), joined with "; ".
    QString mediaCredit(const Event &event) const;
    /// The source's wording when it has one, else "c. 2015" / "between …" for dates TimelineJS cannot show.
    QString displayDate(const FuzzyDate &date) const;

private:
    Language m_language;
    QHash<RowId, const Source *> m_sources;
    QHash<RowId, const Dispute *> m_disputes;
};

} // namespace Frise::Io::TimelineJs
