<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Usage : frise [BASE]                ouvre l’interface (l’exemple au premier lancement)
        frise --version | --help
        frise new BASE              crée une base vide
        frise sample BASE           écrit l’exemple bilingue fourni dans BASE
        frise check BASE            rapport d’intégrité et de schéma
        frise stats BASE [--json]   nombre d’événements, acteurs, litiges, affirmations, sources, relations
        frise search BASE REQUÊTE [--limit N] [--json]
        frise import BASE FICHIER [--format F] [--map COLONNE=champ,...] [--date-order dmy|mdy|ymd] [--lang fr|en]
        frise export BASE -o FICHIER [--format F] [--lang fr|en] [--publish-safe]
        frise export-timeline BASE -o FICHIER.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]
                              [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi N] [--publish-safe]
        frise export-graph BASE -o FICHIER.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang fr|en]
        frise copy SOURCE CIBLE     SQLite &lt;-&gt; PostgreSQL, sans perte
BASE est un chemin de fichier SQLite ou une URL postgresql://. Codes de sortie : 0 fait, 1 refusé, 2 impossible d’ouvrir ou d’exécuter.
</translation>
    </message>
    <message>
        <source>frise: '%1' is not available yet</source>
        <translation>frise : « %1 » n’est pas encore disponible</translation>
    </message>
    <message>
        <source>frise %1: missing argument (see frise --help)</source>
        <translation>frise %1 : argument manquant (voir frise --help)</translation>
    </message>
    <message>
        <source>frise new: cannot create %1: %2</source>
        <translation>frise new : impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>frise new: %1 already exists; not touched</source>
        <translation>frise new : %1 existe déjà ; fichier laissé intact</translation>
    </message>
    <message>
        <source>frise: unknown command '%1' (see frise --help)</source>
        <translation>frise : commande inconnue « %1 » (voir frise --help)</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MainWindow</name>
    <message>
        <source>Frise — platform and AI disputes</source>
        <translation>Frise — litiges entre plateformes et IA</translation>
    </message>
</context>
</TS>
