// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QByteArray>

namespace Frise::Io {

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * Import: each event becomes an Event: `text.headline` its title and
 * `text.text` its text (HTML kept as is), in ImportOptions::language
 * (status Original, the other language Missing); `start_date`/`end_date`
 * its start and end, with the precision of the finest part given (a year
 * alone is Year precision, an hour makes it Minute precision; seconds and
 * milliseconds are dropped), `display_date` kept as the date's wording;
 * `media` a Source (credit → outlet, caption → title, url → url); `group`
 * a Dispute of that title; `unique_id` the uid. `eras` become events tagged
 * `era` with their span; the title slide's headline is the dataset title.
 * Date parts may be numbers or numeric strings. Fields Frise has no place
 * for (background, media thumbnail and alt, the title slide's text) are
 * dropped with one warning.
 *
 * Export: the reverse, one language at a time (falling back to the other
 * language where a text is missing); sources go into `media` (first url,
 * first title as caption, every outlet as credit); `group` is the first
 * dispute's title; `unique_id` the event uid; events tagged `era` are
 * written as eras. Claims and internal notes are never written: TimelineJS
 * output is for publication (ExportOptions::publishSafe changes nothing
 * more here).
 */
class TimelineJsJson
{
public:
    static void read(const QByteArray &data, const ImportOptions &options, ImportResult *result);
    static QByteArray write(const Dataset &dataset, const ExportOptions &options);
};

} // namespace Frise::Io
