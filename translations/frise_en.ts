<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BackupCopies</name>
    <message>
        <source>the saved copy %1 is missing from %2 (a backup with saved copies needs its copies folder beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved copy %1 has %2 bytes instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored saved copy %1 does not match its hash; run frise check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved copies cannot be read from the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJson</name>
    <message>
        <source>not a Frise backup: “format” is not “frise-backup”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Frise (format version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no record with uid “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: uid “%2” is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid uid “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowercase letters, digits, “.”, “_” or “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown value “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ISO 8601 UTC date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YYYY-MM-DD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object {&quot;actor&quot;: uid, &quot;role&quot;: text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 lowercase hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is not COLUMN=field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>binary data: this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stray quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delimiter or the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole field in quotes, with inner quotes doubled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatasetBuilder</name>
    <message>
        <source>%1: duplicate unique id “%2” (first at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: same title and date as %2 (duplicate?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>unknown export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm or csl-json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::ClaimRules</name>
    <message>
        <source>A confirmed or refuted claim needs at least one source as evidence: add the source that settles it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refuted claim needs what rebuts it: link the claim that rebuts it (Rebutted by) or add the rebutting source to its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Disputed” means someone disputed it publicly: link the claim that disputes it, with who made it (Rebutted by), or add a source that reports the dispute. A claim nobody answered stays unverified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Cli</name>
    <message>
        <source>frise: &apos;%1&apos; is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise %1: missing argument (see frise --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise: unknown command &apos;%1&apos; (see frise --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise %1: %2 (see frise --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise %1: %2 already exists; not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--limit expects a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events: %1
actors: %2
disputes: %3
claims: %4
sources: %5
relations: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang expects fr or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lanes expects dispute, actor, tag or none, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects a positive whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .png, .svg or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .png, .svg, .pdf, .gexf, .graphml or .dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order expects dmy, mdy or ymd, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records (%2 already present, kept as they were).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the bilingual sample to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; the sample goes into a new or empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise copy: write frise copy SRC DST (see frise --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise copy: %1 (see frise --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise copy: SRC and DST are the same database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise copy: %1 already holds records; copy into a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 records and %2 audit entries from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv-dialect expects standard or excel-fr, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv-dialect applies to --format csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 (%2) would import:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), listed above: what they name was skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: note: claim %2 (%3) breaks the editing rule %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise %1: no source with uid &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached to source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already attached to source %2; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved copies written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot make a safe file name of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search index %1 % built; results may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the search index in the background (process %1); until it is complete, search says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index build could not be started; it resumes at the next open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise build-search-index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies to --format claimreview only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--publisher-url expects an http:// or https:// address, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: frise [DB]                  open the GUI (the sample on first run)
       frise --db DB             the same, DB given as an option (a file or a postgresql:// URL)
       frise --version | --help
       frise new DB                create an empty database
       frise sample DB             write the bundled bilingual sample to DB
       frise check DB              integrity, schema and saved copies report
       frise stats DB [--json]     counts of events, actors, disputes, claims, sources, relations
       frise search DB QUERY [--limit N] [--json]
       frise import DB FILE [--format F] [--map COLUMN=field,...] [--date-order dmy|mdy|ymd] [--lang fr|en] [--dry-run] [--wait-index]
       frise export DB -o FILE [--format F] [--lang fr|en] [--publish-safe] [--csv-dialect standard|excel-fr]
                             F: backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm, csl-json
                             claimreview: [--publisher NAME] [--publisher-url URL]
       frise export-timeline DB -o FILE.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]
                             [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi N] [--publish-safe] [--smallest-file] [--no-alt-text]
       frise export-graph DB -o FILE.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang fr|en] [--no-alt-text]
                             images come with FILE.alt.txt, their text alternative (summary, blank line, description)
       frise export-web DB -o FILE.html [--lang fr|en] [--from DATE] [--to DATE] [--include-unverified]
                             one self-contained interactive page, publish-safe
       frise copy SRC DST          SQLite &lt;-&gt; PostgreSQL, lossless
       frise attach DB SOURCE-UID FILE   keep FILE as a saved copy of the source (prints its SHA-256)
       frise evidence DB SOURCE-UID -o DIR   write the source&apos;s saved copies and a manifest to DIR
       frise build-search-index DB finish a search index left by a big import (import starts it)
DB is a SQLite file path or a postgresql:// URL. Exit codes: 0 done, 1 refused, 2 cannot open or run.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output must end in .html or .htm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise: cannot start the window (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise: no display (DISPLAY/WAYLAND_DISPLAY unset); see frise --help for commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::FuzzyDate</name>
    <message>
        <source>expected %1</source>
        <extracomment>%1 is what was missing, e.g. &quot;a four-digit year&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a four-digit year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-digit month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month must be between 01 and 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-digit day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such day in that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-digit hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; between hours and minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-digit minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time must be between 00:00 and 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;+&apos; is written only before years beyond 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year 0 (1 BCE is -0001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year out of supported range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::FuzzyDateParser</name>
    <message>
        <source>expected the end of the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the range needs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such day in that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekday does not match the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a year after the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a month name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a day or a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the year with four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates are read year first (YYYY-MM-DD) for this source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a month: dates are read day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a month: dates are read month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time must be between 00:00 and 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a relative date needs a reference date (the source&apos;s publication date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the year with four digits or with its era (av. J.-C., BC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no year 0: 1 BC is followed by AD 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year out of supported range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months and days are kept only for the years -9999 to 9999</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphExport</name>
    <message>
        <source>Bad date &quot;%1&quot; (column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown graph format; use .png, .svg, .pdf, .gexf, .graphml or .dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG output failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF output failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the graph (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphStyle</name>
    <message>
        <source>sues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threatens to sue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invests in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licenses data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cofounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Io::Sample</name>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::QuickCapture</name>
    <message>
        <source>a dispute name must follow &apos;#&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted actor name is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor name must follow &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::SourceGrade</name>
    <message>
        <source>Completely reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <comment>reliability of the source, A to F</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <comment>credibility of the information, 1 to 6</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: not graded (A completely reliable … F cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information: not graded (1 confirmed by other sources … 6 truth cannot be judged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Frise backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in a Frise window; close it before restoring a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Frise file; it was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Frise (schema %2; this version knows up to %3). It was not modified; update Frise to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Frise window (process %2 on %3). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1; is the folder writable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup (File → Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write a backup before upgrading the database, so it was not upgraded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation of Frise cannot talk to PostgreSQL (the Qt PostgreSQL driver is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid address; write postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another application; it was not modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to change this database; nothing was saved. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump) or copied with frise copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted or moved while open; the change was not saved. Save a backup copy elsewhere to keep what is still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped before it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::DatasetStore</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 refers to a record (#%3) that is not in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no new ids for table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has saved copies (%1 …) but not their files; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copy %1 of source %2: not a SHA-256 or an unknown source; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read to the end; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Maintenance</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing %3 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index %1 is inconsistent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, row %2: unreadable date &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version %1 (this Frise writes %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2): saved copy %3 is missing or incomplete (SHA-256 %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source %1 (%2): saved copy %3 was altered (SHA-256 %4 expected, %5 stored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n saved copies against their SHA-256.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search index %1 % built; a build is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index %1 % built and no build is running; opening the database resumes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text indexes not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::PostgresBatch</name>
    <message>
        <source>The server&apos;s table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Repositories</name>
    <message>
        <source>An actor needs a name in French or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title in French or English is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event needs a valid start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation needs two actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim needs its text in French or English, or a quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An actor cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era needs a valid start date and a valid end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change needs its dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change needs a status other than the one it leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source&apos;s reliability is a letter from A to F and its credibility a number from 1 to 6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived copy of a source needs its URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Repository</name>
    <message>
        <source>The %1 #%2 no longer exists; someone may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 #%2 was changed by someone else since you opened it; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 #%2 was changed by someone else since you saw it; it was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::SavedCopies</name>
    <message>
        <source>%1 is %2 MiB; a saved copy can be at most %3 MiB. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being attached. Nothing was attached; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved copy %1 is no longer stored in this database; attach the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes given for the saved copy %1 do not match its hash or size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored saved copy %1 is damaged: its bytes no longer match its hash. Run frise check, and restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Storage::SearchBacklog</name>
    <message>
        <source>Unexpected full-text index object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index build was stopped; it resumes at the next open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Timeline::PngEncoder</name>
    <message>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to compress the image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live URL dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ActorEditor</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitter, X Corp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ActorRolesDialog</name>
    <message>
        <source>&amp;Add Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles actors play in events. Translate each role once: events show it in the language being read. A role typed in an event is added here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a role called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already names the role “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ArchiveListField</name>
    <message>
        <source>Wayback Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive.today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date: write it yyyy-mm-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived URL (https://web.archive.org/…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived URL to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the archived copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured on (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the archived URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected archived URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::BilingualField</name>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbatim quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed in source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuts claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a claim that rebuts this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the claim that rebuts or disputes this one: it is linked to this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims that rebut this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>claim (who made it)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim rebuts this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 as rebutting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status “%1” not saved: the claim stays “%2” until the rule below is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source was kept as evidence: a “%1” claim needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This “%1” claim breaks a rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it, so your change was not saved. Choose what to keep: your version, theirs, or a merge of the fields chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your version of every field over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change and show the saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, for each field, the version chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 after you last saw it, so it was not deleted. Keep their version, or delete it anyway with their changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version you saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record as it is saved now, their changes included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete nothing and show the saved version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConflictResolver</name>
    <message>
        <source>%1 was deleted by someone else meanwhile; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a newsroom’s shared Frise database on a PostgreSQL server. Paste its address, or fill in the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: ~/.pgpass or your system login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for this connection only; Frise never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least the server and the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” holds another application’s tables: it is not a Frise database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is not set up for Frise yet, and %2 may not set it up. Ask its administrator to connect once with Frise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 wants a password for %2. Type it (or put it in ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 refused the password for %2. Check the user name and the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no user named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”. Ask its administrator to create it; Frise sets it up on the first connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not allowed to use the database “%2” on %3 (permission denied). Ask the server’s administrator for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the server name and port, your network (VPN), and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DatabaseSession</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A status change&apos;s name: the status a dispute entered, and when (&quot;Filed, June 2025&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>a source&apos;s grade, e.g. [B2]</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DateField</name>
    <message>
        <source>%1, as understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2023-04-25, 2023-04, ~2015</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DisputeEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour, as #rrggbb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status change recorded: Edit → New → Status change dates and sources each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the latest status change; add a status change to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::EraEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::EventEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copyright, api-pricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish-safe (no internal notes, unverified claims or history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated, dates as 2023-04-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French Excel or LibreOffice (“;”, dates as 25/04/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blisher:</source>
        <comment>the newsroom publishing fact-checks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your newsroom, the author of the fact-checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (the page the fact-checks appear on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact-check page must be an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportGraphDialog</name>
    <message>
        <source>Export Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;disputes as nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (images only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph files (*.png *.svg *.pdf *.gexf *.graphml *.dot);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only what the graph shows now (%n node(s), as laid out)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Write the text &amp;alternative beside the image (.alt.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known once the whole database is read: the export writes it beside the image (.alt.txt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database, laying the graph out and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> DPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish-safe (leave out what is not for publication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database’s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the timeline and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the text &amp;alternative beside the image (.alt.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image’s short description, in the export’s language, for the alt field of a web page. The full description lists every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportWebDialog</name>
    <message>
        <source>Export Web Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;unverified and disputed claims (shown as such)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One HTML file, in French and English, that opens offline and loads nothing from the network. Never in it: internal notes, confidential sources, the history of changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::GraphFocusBar</name>
    <message>
        <source>&amp;Hops:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many links away from the centre the graph reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the whole graph out and show it (may take a while on a big database); uncheck to come back to the neighbourhood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole graph: %1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around %1: %2 of %3 nodes shown, %4 hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::GraphView</name>
    <message>
        <source>Play: animate the graph through time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the relations as of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every relation, whatever its dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the graph out again; pinned nodes stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying the graph out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel to zoom, drag the background to pan, drag a node to pin it, double-click an actor to filter the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1 on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin all nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the legend beside the graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n relation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the graph on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day/month/year (25/04/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month/day/year (04/25/2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-month-day (2023-04-25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TimelineJS sheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (any spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frise backup (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warnings and errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is written in one step, all or nothing, and cannot be undone with Edit → Undo: records already in the database (same identifier) are kept, not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importable files (*.json *.csv *.tsv *.txt *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a CSV file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) ready to import</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n shown).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see the error below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already in the database and were kept as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n era(s) too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>a source&apos;s reliability and credibility, e.g. B2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-checks (ClaimReview JSON-LD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FollowTheMoney entities (JSON lines, for Aleph)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources for reference managers (CSL-JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::Inspector</name>
    <message>
        <source>Select an event, an actor or a dispute to edit it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::Labels</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threatened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threatens to sue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invests in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licenses data to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cofounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competes with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tension in public, no formal step yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone announced legal or regulatory action, none is filed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case is before a court or a regulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties reached an agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A court or regulator decided; an appeal may follow: record it as another change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case or threat was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet, or nobody has answered it publicly. A claim nobody answered stays unverified, even when someone declined to comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone disputed it publicly, without conclusive evidence either way. Cite who: link the claim that disputes it (with who made it) or a source that reports the dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence supports it. Needs at least one source as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence contradicts it. Needs at least one source as evidence, and what rebuts it: a claim that rebuts it or the rebutting source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by whoever made it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::LinkListField</name>
    <message>
        <source>No record is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MainWindow</name>
    <message>
        <source>Frise — platform and AI disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Frise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Both, Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Frise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigator: disputes, actors and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frise databases (*.frise);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frise databases (*.frise *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Frise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frise %1&lt;/h3&gt;&lt;p&gt;Timelines and relationship graphs of disputes between online platforms and AI companies, in French and English.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture: one line, date first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to restore one of its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is backed up and restored by its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with one of its automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shared database on a PostgreSQL server (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading records (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the automatic backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop filtering the timeline with the search filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Timeline filtered: %1 of %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importable files (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor &amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate the roles actors play in events, or add roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit actor roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Web Page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MarkdownNotesEditor</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes in Markdown: never published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::NavigatorModel</name>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>navigator group: records whose translation needs review</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::PropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::QuickCaptureBar</name>
    <message>
        <source>25/04/2023 What happened #dispute @actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date, a title, #dispute and @actor links. Enter saves, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the line and edit the new event in the inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date and what happened, e.g. “25/04/2023 Microsoft drops Twitter #twitter-microsoft @Microsoft”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date at the start of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No title after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dispute #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown actor @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches several records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ReconnectBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the database server now instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordActions</name>
    <message>
        <source>Ne&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an action&apos;s name, then its shortcut</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordCombo</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>The status a dispute left (status change editor)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <extracomment>The status a dispute entered (status change editor)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else has just changed this record. What you are typing is kept; when it is saved you will see both versions and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>A dispute&apos;s status history, its dated status changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebutted b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not saved: the database server could not be reached. What you typed is kept here; save it again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard My Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordFields</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordType</name>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relation links two actors: create them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>A source record: where a fact comes from (an article, a filing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <extracomment>Edit → New → Source: where a fact comes from (an article, a filing)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <extracomment>A named period drawn as a band across the timeline (&quot;the trial&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Era</source>
        <extracomment>Edit → New → Era: a named period drawn as a band across the timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change belongs to a dispute: create one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <extracomment>A dated, sourced step in a dispute&apos;s history (&quot;filed on 4 June 2025&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus change</source>
        <extracomment>Edit → New → Status change: a dated, sourced step in a dispute&apos;s history</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RelationEditor</name>
    <message>
        <source>From actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups (every database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no automatic backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many automatic backups of each database are kept; older ones are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of backups kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On opening a database, a backup is written when the newest one is older than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup on open after (&amp;hours):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is on a server. Frise writes backups of database files only; the server&apos;s administrator keeps its backups and restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. Frise writes one when the database is opened, as set below; they are kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. Restoring one replaces the database; its current state is backed up first, so the restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: it cannot be replaced by a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made since then are no longer in the database, but its current state is backed up first: restoring that backup undoes this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SavedCopiesField</name>
    <message>
        <source>Change the capture date of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already attached to this source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach cancelled; the file being stored was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Saved Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved pages, documents and captures (*.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.warc *.warc.gz *.wacz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a saved page, PDF, screenshot or web archive with this source (or drop the file on the editor); at most 200 MiB a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved copy with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SavedCopyModel</name>
    <message>
        <source>%1
%2, %3 bytes
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <comment>when a saved copy was taken</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SearchWidget</name>
    <message>
        <source>Type to search events, claims, actors and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search in French and English…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show search filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by claim status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the timeline only the events that match the dispute, actor, tag and dates set here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources by reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sources at least this reliable (A best; F and ungraded sources never match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter sources by credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sources whose information is at least this credible (1 best; 6 and ungraded never match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index %1 % built; results may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SessionMessages</name>
    <message>
        <source>The database is open in another Frise window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written (read-only file or folder); your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; your change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another writer; your change was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are connected as %1, a user who may read this database but not change it: you can browse, search and export, not edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: you can browse and search it, not edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database’s records are still being read: editing starts as soon as they are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database’s records could not be read, so editing is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a server is not restored from Frise backups; ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is read-only: it cannot be replaced by a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored, your database is unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored, your database is unchanged: the current state could not be backed up first (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup. The database as it was before is kept as a backup of %1: restore it to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened (%1); your database was put back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database could not be opened again (%1). The state before the restore is in the backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing can be saved until it is back, so editing is off. You can still browse and export what is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt to reconnect in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected; the view was refreshed and you can edit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected; the view was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SourceEditor</name>
    <message>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed on (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source (A to F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the information (1 to 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability: not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility: not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credibility of the information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live URL is &amp;dead (publications cite the first archived copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidential source (protected informant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its outlet, title, URLs and excerpt never appear in publications or timeline credits, and readers of a shared database cannot see them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::StatusChangeEditor</name>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status before the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: its first recorded status)</source>
        <extracomment>The &quot;from&quot; status of a dispute&apos;s first recorded change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source yet: a status change should rest on at least one (a filing, a ruling, a statement).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineAccessible</name>
    <message>
        <source>%1 (%2)</source>
        <comment>dispute (its status then)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineActions</name>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;Decade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a D&amp;ay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;None (One Lane)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &quot;As &amp;Of&quot; Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line to drag along the timeline; the graph shows the relations as of its date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineController</name>
    <message>
        <source>Timeline loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole timeline in miniature: drag the frame to move the visible period, or click to centre it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenericCsv</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header row naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column for the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column named date/Date/Début and one named title/titre/headline, or a --map option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names a column “%1” that the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 25/04/2023 (day first), 2023-04-25, 04/2023 or 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 04/25/2023 (month first), 2023-04-25, 04/2023 or 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2023-04-25, 2023-04 or 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no title: row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every date is written year first (yyyy-mm-dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can only be day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can only be month/day/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date settles it; “;”-separated or French file: day first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date settles it; month first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a source grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Frise backup, TimelineJS JSON, a TimelineJS sheet or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large to import: %1 MiB, Frise reads up to %2 MiB at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller file: split it, or import it in parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClaimReview, FollowTheMoney and CSL-JSON files are exports only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IoError</name>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown status “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original, translated, needs_review or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid date (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date such as 2023, 2023-04, 2023-04-25, 2023-04-25T10:00, ~2015 or 2023-04/2023-06</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a YYYY-MM-DD date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: null, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wrong type (%2), skipped; expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid, skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown key, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not kept by Frise, dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more like this at %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Invalid date “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown image format for “%1”: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width must be between %1 and %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The height must be between %1 and %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineJsCsv</name>
    <message>
        <source>not a TimelineJS sheet: no “Year” and “Headline” columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TimelineJS template columns (Year, Month, Day, …, Headline, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time such as 14:30 or 2:30 PM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, then optionally Month (1–12) and Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: year out of supported range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Year: missing; an era needs an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither a Headline nor a Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not kept by Frise, dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: not kept by Frise, dropped (%n more row(s) like this)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: not a TimelineJS column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; end date skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year other than 0 (-1 is 1 BCE, followed by 1 CE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineJsJson</name>
    <message>
        <source>%1: not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number or a string of digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year, then optionally month (1–12), day, hour (0–23), minute (0–59)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing start_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with at least “year”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a TimelineJS file: no “events” array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an “events” array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: year out of supported range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an era needs an end_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a headline nor a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“text” with a “headline” or a “text”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an era object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year other than 0 (-1 is 1 BCE, followed by 1 CE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>the web page&apos;s %1 is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the web page&apos;s %1 would end its element early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
