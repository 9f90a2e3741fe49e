<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <source>format version 1</source>
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
    <name>Exporter</name>
    <message>
        <source>unknown export format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup, timelinejs-json, timelinejs-csv, csv or ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Cli</name>
    <message>
        <source>Usage: frise [DB]                  open the GUI (the sample on first run)
       frise --version | --help
       frise new DB                create an empty database
       frise sample DB             write the bundled bilingual sample to DB
       frise check DB              integrity and schema report
       frise stats DB [--json]     counts of events, actors, disputes, claims, sources, relations
       frise search DB QUERY [--limit N] [--json]
       frise import DB FILE [--format F] [--map COLUMN=field,...] [--date-order dmy|mdy|ymd] [--lang fr|en]
       frise export DB -o FILE [--format F] [--lang fr|en] [--publish-safe]
       frise export-timeline DB -o FILE.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]
                             [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi N] [--publish-safe]
       frise export-graph DB -o FILE.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang fr|en]
       frise copy SRC DST          SQLite &lt;-&gt; PostgreSQL, lossless
DB is a SQLite file path or a postgresql:// URL. Exit codes: 0 done, 1 refused, 2 cannot open or run.
</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>frise %1: PostgreSQL databases are not supported yet</source>
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
        <source>year must be 1 or later</source>
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
        <source>the year must be between 1 and 9999</source>
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
</context>
<context>
    <name>Frise::Ui::MainWindow</name>
    <message>
        <source>Frise — platform and AI disputes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineView</name>
    <message numerus="yes">
        <source>%n event(s), %1 – %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The width must be between 200 and %1 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The height must be between 200 and %1 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolution must be between 24 and 1200 DPI.</source>
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
        <source>columns Frise does not keep were dropped: %1</source>
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
        <source>fields Frise does not keep were dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
