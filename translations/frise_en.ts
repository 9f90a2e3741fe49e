<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>Frise::Ui::MainWindow</name>
    <message>
        <source>Frise — platform and AI disputes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
