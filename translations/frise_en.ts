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
        <source>frise new: cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise new: %1 already exists; not touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frise: unknown command &apos;%1&apos; (see frise --help)</source>
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
