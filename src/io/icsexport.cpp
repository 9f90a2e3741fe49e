// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexport.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QHash>
#include <QTimeZone>
#include <QUrl>

namespace Frise::Io {

QByteArray IcsExport::write(const Dataset &dataset, const ExportOptions &options)
{
    KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
    const Language language = options.language;
    QHash<RowId, const Source *> sources;
    for (const Source &source : dataset.sources)
        sources.insert(source.id, &source);
    for (const Event &event : dataset.events) {
        if (!event.start.isValid())
            continue;
        // An iCalendar DATE has a four-digit year (RFC 5545): an event before
        // AD 1 or after 9999 cannot be written and is left out, not misdated.
        const QDate firstDay = event.start.earliest().date();
        const QDate lastDay = (event.end.isValid() ? event.end : event.start).latest().date();
        if (!firstDay.isValid() || !lastDay.isValid() || firstDay.year() < 1 || lastDay.year() > 9999)
            continue;
        KCalendarCore::Event::Ptr entry(new KCalendarCore::Event);
        entry->setUid(event.uid);
        entry->setSummary(event.title.textOrFallback(language));
        if (const QString text = event.text.textOrFallback(language); !text.isEmpty())
            entry->setDescription(text);
        // The first source with an address (the exporter gave it its archived URL if the live one is dead).
        for (const RowId id : event.sourceIds) {
            const Source *source = sources.value(id);
            if (source && !source->url.isEmpty()) {
                entry->setUrl(QUrl(source->url));
                break;
            }
        }
        const bool timed = event.start.precision() == FuzzyDate::Precision::Minute && !event.start.isRange()
            && !event.start.isCirca()
            && (!event.end.isValid()
                || (event.end.precision() == FuzzyDate::Precision::Minute && !event.end.isRange()
                    && !event.end.isCirca()));
        if (timed) {
            entry->setDtStart(event.start.earliest());
            if (event.end.isValid())
                entry->setDtEnd(event.end.earliest());
        } else {
            // KCalendarCore keeps an all-day end inclusive and writes DTEND as the day after.
            const QDate first = event.start.earliest().date();
            const QDate last = (event.end.isValid() ? event.end : event.start).latest().date();
            entry->setDtStart(QDateTime(first, QTime(), QTimeZone::utc()));
            entry->setAllDay(true);
            if (last > first)
                entry->setDtEnd(QDateTime(last, QTime(), QTimeZone::utc()));
        }
        calendar->addEvent(entry);
    }
    KCalendarCore::ICalFormat format;
    return format.toString(calendar).toUtf8();
}

} // namespace Frise::Io
