// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QByteArray>

namespace Frise::Io {

/**
 * iCalendar (RFC 5545) export through KDE's KCalendarCore, which does the
 * escaping and line folding.
 *
 * Each event is a VEVENT with the event uid as UID, its title as SUMMARY
 * and its text as DESCRIPTION in ExportOptions::language (falling back to
 * the other language). Dates never claim more precision than known:
 * day precision is an all-day event (DTSTART;VALUE=DATE); month and year
 * precision are all-day events covering the whole month or year; a range
 * ("between A and B") or a circa date covers its whole extent; minute
 * precision is a UTC date-time. A span ends with its end date (DTEND is
 * exclusive, as the standard says). An event is timed only when its start
 * and end (if any) both have minute precision.
 */
class IcsExport
{
public:
    static QByteArray write(const Dataset &dataset, const ExportOptions &options);
};

} // namespace Frise::Io
