// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QByteArray>

namespace Frise::Io {

/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).
 *
 * Import: each event becomes an Event: `text.headline` its title (or,
 * without one, the first words of `text.text` without markup) and
 * `text.text` its text (HTML kept as is), in ImportOptions::language
 * (status Original, the other language Missing); `start_date`/`end_date`
 * its start and end, with the precision of the finest part given (a year
 * alone is Year precision, an hour makes it Minute precision; seconds and
 * milliseconds are dropped), `display_date` (of the date, else of the
 * slide) kept as the date's wording; `media` a Source (credit → outlet,
 * caption → title, url → url); `group` a Dispute of that title;
 * `unique_id` the uid. `eras` become Dataset::eras (headline → title); the
 * title slide's headline and text are the dataset's title and description.
 *
 * Lenient where TimelineJS is, strict where the data needs it: an event
 * must have a start year and a headline or a text, an era a start and an
 * end; anything else that is null, empty or of another type is skipped
 * with a warning (`line:column: path: …`), as are an end_date that is not
 * a date, keys TimelineJS does not have (once per path pattern) and keys
 * Frise has no place for (background, media thumbnail and alt, the title's
 * media). Date parts may be numbers or numeric strings; null or "" parts
 * are absent. Years are read as 64-bit whole numbers, negative for BCE; a
 * year outside FuzzyDate::minimumYear() to maximumYear() is refused with
 * "year out of supported range", never clamped. Errors carry the line and
 * column of the value at fault.
 *
 * Export: the reverse, one language at a time (falling back to the other
 * language where a text is missing). The title slide carries the dataset's
 * title and description; Dataset::eras (and events tagged `era`, from files
 * imported before Frise kept eras) are written as `eras`. A date's wording,
 * or for a circa date or a range its human rendering ("c. 2015", "between
 * 17 and 19 April 2023"), is its `display_date`; a range without an end is
 * a span over the range with the slide's `display_date` naming it. Sources
 * go into `media` (first url, that source's title as caption, every outlet
 * as credit) only when one has a url: TimelineJS stops on a media object
 * without one, so the caption and credit of sources without a link are
 * appended to the text instead (a `<p class="frise-credit">`). `group` is
 * the first dispute's title; `unique_id` the event uid, stable across
 * exports. Claims and internal notes are never written: TimelineJS output
 * is for publication (ExportOptions::publishSafe changes nothing more here).
 * TimelineJS has no circa flag: a circa date comes back from a round trip
 * with its extent and precision, its wording, but not the flag.
 */
class TimelineJsJson
{
public:
    static void read(const QByteArray &data, const ImportOptions &options, ImportResult *result);
    static QByteArray write(const Dataset &dataset, const ExportOptions &options);
};

} // namespace Frise::Io
