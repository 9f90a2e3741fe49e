<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupCopies</name>
    <message>
        <source>the saved copy %1 is missing from %2 (a backup with saved copies needs its copies folder beside it)</source>
        <translation>la copie sauvegardée %1 manque dans %2 (une sauvegarde avec des copies a besoin de son dossier de copies à côté d’elle)</translation>
    </message>
    <message>
        <source>the saved copy %1 has %2 bytes instead of %3</source>
        <translation>la copie sauvegardée %1 a %2 octets au lieu de %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the stored saved copy %1 does not match its hash; run frise check</source>
        <translation>la copie sauvegardée %1 ne correspond pas à son empreinte&#x202f;; lancez frise check</translation>
    </message>
    <message>
        <source>the saved copies cannot be read from the database</source>
        <translation>les copies sauvegardées ne peuvent pas être lues dans la base</translation>
    </message>
</context>
<context>
    <name>BackupJson</name>
    <message>
        <source>not a Frise backup: “format” is not “frise-backup”</source>
        <translation>pas une sauvegarde Frise&#xa0;: «&#xa0;format&#xa0;» ne vaut pas «&#xa0;frise-backup&#xa0;»</translation>
    </message>
    <message>
        <source>written by a newer Frise (format version %1)</source>
        <translation>écrit par une version plus récente de Frise (version de format %1)</translation>
    </message>
    <message>
        <source>%1: no record with uid “%2”</source>
        <translation>%1&#xa0;: aucun enregistrement d’uid «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: uid “%2” is used twice</source>
        <translation>%1&#xa0;: l’uid «&#xa0;%2&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1: invalid uid “%2”</source>
        <translation>%1&#xa0;: uid «&#xa0;%2&#xa0;» invalide</translation>
    </message>
    <message>
        <source>lowercase letters, digits, “.”, “_” or “-”</source>
        <translation>des minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>%1: unknown value “%2”</source>
        <translation>%1&#xa0;: valeur «&#xa0;%2&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>%1: invalid date and time</source>
        <translation>%1&#xa0;: date et heure invalides</translation>
    </message>
    <message>
        <source>an ISO 8601 UTC date and time</source>
        <translation>une date et heure ISO 8601 en UTC</translation>
    </message>
    <message>
        <source>a YYYY-MM-DD date</source>
        <translation>une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>an object {&quot;actor&quot;: uid, &quot;role&quot;: text}</source>
        <translation>un objet {&quot;actor&quot;: uid, &quot;role&quot;: texte}</translation>
    </message>
    <message>
        <source>format version 1 to %1</source>
        <translation>version de format 1 à %1</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 lowercase hex digits)</source>
        <translation>%1&#xa0;: pas un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”</source>
        <translation>une cotation comme «&#xa0;B2&#xa0;»&#xa0;: fiabilité de A à F, crédibilité de 1 à 6, l’une ou l’autre peut être «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>%1: empty URL</source>
        <translation>%1&#xa0;: URL vide</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>“%1” is not COLUMN=field</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme COLONNE=champ</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>binary data: this is not a text file</source>
        <translation>données binaires&#xa0;: ce n’est pas un fichier texte</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as Windows-1252</source>
        <translation>le fichier n’est pas en UTF-8 ; il a été lu en Windows-1252</translation>
    </message>
    <message>
        <source>quoted field is never closed</source>
        <translation>champ entre guillemets jamais refermé</translation>
    </message>
    <message>
        <source>a closing quote</source>
        <translation>un guillemet fermant</translation>
    </message>
    <message>
        <source>stray quote inside an unquoted field</source>
        <translation>guillemet isolé dans un champ sans guillemets</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texte inattendu après un guillemet fermant</translation>
    </message>
    <message>
        <source>a delimiter or the end of the line</source>
        <translation>un séparateur ou la fin de la ligne</translation>
    </message>
    <message>
        <source>the whole field in quotes, with inner quotes doubled</source>
        <translation>tout le champ entre guillemets, les guillemets intérieurs doublés</translation>
    </message>
</context>
<context>
    <name>DatasetBuilder</name>
    <message>
        <source>%1: duplicate unique id “%2” (first at %3)</source>
        <translation>%1&#xa0;: identifiant unique «&#xa0;%2&#xa0;» en double (d’abord en %3)</translation>
    </message>
    <message>
        <source>%1: same title and date as %2 (duplicate?)</source>
        <translation>%1&#xa0;: même titre et même date qu’en %2 (doublon ?)</translation>
    </message>
</context>
<context>
    <name>EvidenceFolder</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existe et n’est pas un dossier</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>unknown export format</source>
        <translation>format d’export inconnu</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm or csl-json</source>
        <translation>backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm ou csl-json</translation>
    </message>
</context>
<context>
    <name>Frise::ClaimRules</name>
    <message>
        <source>A confirmed or refuted claim needs at least one source as evidence: add the source that settles it.</source>
        <translation>Une affirmation confirmée ou réfutée doit avoir au moins une source pour preuve&#xa0;: ajoutez la source qui tranche.</translation>
    </message>
    <message>
        <source>A refuted claim needs what rebuts it: link the claim that rebuts it (Rebutted by) or add the rebutting source to its evidence.</source>
        <translation>Une affirmation réfutée doit avoir ce qui la réfute&#xa0;: liez l’affirmation qui la contredit (Contredit par) ou ajoutez la source qui la réfute à ses preuves.</translation>
    </message>
    <message>
        <source>“Disputed” means someone disputed it publicly: link the claim that disputes it, with who made it (Rebutted by), or add a source that reports the dispute. A claim nobody answered stays unverified.</source>
        <translation>«&#xa0;Contestée&#xa0;» signifie que quelqu’un l’a contestée publiquement&#xa0;: liez l’affirmation qui la conteste, avec son auteur (Contredit par), ou ajoutez une source qui rapporte la contestation. Une affirmation à laquelle personne n’a répondu reste non vérifiée.</translation>
    </message>
</context>
<context>
    <name>Frise::Cli</name>
    <message>
        <source>frise: &apos;%1&apos; is not available yet</source>
        <translation>frise : « %1 » n’est pas encore disponible</translation>
    </message>
    <message>
        <source>frise %1: missing argument (see frise --help)</source>
        <translation>frise %1 : argument manquant (voir frise --help)</translation>
    </message>
    <message>
        <source>frise: unknown command &apos;%1&apos; (see frise --help)</source>
        <translation>frise : commande inconnue « %1 » (voir frise --help)</translation>
    </message>
    <message>
        <source>frise %1: %2 (see frise --help)</source>
        <translation>frise %1 : %2 (voir frise --help)</translation>
    </message>
    <message>
        <source>frise %1: %2 already exists; not touched</source>
        <translation>frise %1 : %2 existe déjà ; fichier laissé intact</translation>
    </message>
    <message>
        <source>frise %1: %2</source>
        <translation>frise %1 : %2</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1 : ok</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problem(s) found</source>
        <translation>
            <numerusform>%1 : %n problème trouvé</numerusform>
            <numerusform>%1 : %n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>--limit expects a positive number, not &apos;%1&apos;</source>
        <translation>--limit attend un nombre positif, pas « %1 »</translation>
    </message>
    <message>
        <source>events: %1
actors: %2
disputes: %3
claims: %4
sources: %5
relations: %6</source>
        <translation>événements : %1
acteurs : %2
litiges : %3
affirmations : %4
sources : %5
relations : %6</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>--lang expects fr or en, not &apos;%1&apos;</source>
        <translation>--lang attend fr ou en, pas « %1 »</translation>
    </message>
    <message>
        <source>--lanes expects dispute, actor, tag or none, not &apos;%1&apos;</source>
        <translation>--lanes attend dispute, actor, tag ou none, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 expects a positive whole number, not &apos;%2&apos;</source>
        <translation>%1 attend un nombre entier positif, pas « %2 »</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>the output must end in .png, .svg or .pdf</source>
        <translation>le fichier de sortie doit se terminer par .png, .svg ou .pdf</translation>
    </message>
    <message>
        <source>the output must end in .png, .svg, .pdf, .gexf, .graphml or .dot</source>
        <translation>le fichier de sortie doit se terminer par .png, .svg, .pdf, .gexf, .graphml ou .dot</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;</source>
        <translation>format inconnu « %1 »</translation>
    </message>
    <message>
        <source>--date-order expects dmy, mdy or ymd, not &apos;%1&apos;</source>
        <translation>--date-order attend dmy, mdy ou ymd, pas « %1 »</translation>
    </message>
    <message>
        <source>Imported %1 records (%2 already present, kept as they were).</source>
        <translation>%1 enregistrements importés (%2 déjà présents, laissés tels quels).</translation>
    </message>
    <message>
        <source>Wrote the bilingual sample to %1.</source>
        <translation>Exemple bilingue écrit dans %1.</translation>
    </message>
    <message>
        <source>%1 already holds data; the sample goes into a new or empty database</source>
        <translation>%1 contient déjà des données ; l’exemple s’écrit dans une base neuve ou vide</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>frise copy: write frise copy SRC DST (see frise --help)</source>
        <translation>frise copy : écrivez frise copy SOURCE DESTINATION (voir frise --help)</translation>
    </message>
    <message>
        <source>frise copy: %1 (see frise --help)</source>
        <translation>frise copy : %1 (voir frise --help)</translation>
    </message>
    <message>
        <source>frise copy: SRC and DST are the same database</source>
        <translation>frise copy : la source et la destination sont la même base</translation>
    </message>
    <message>
        <source>frise copy: %1 already holds records; copy into a new, empty database</source>
        <translation>frise copy : %1 contient déjà des fiches ; copiez vers une base neuve et vide</translation>
    </message>
    <message>
        <source>frise copy: %1</source>
        <translation>frise copy : %1</translation>
    </message>
    <message>
        <source>Copied %1 records and %2 audit entries from %3 to %4.</source>
        <translation>%1 fiches et %2 entrées du journal copiées de %3 vers %4.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 doit être compris entre %2 et %3, pas %4</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>--csv-dialect expects standard or excel-fr, not &apos;%1&apos;</source>
        <translation>--csv-dialect attend standard ou excel-fr, pas « %1 »</translation>
    </message>
    <message>
        <source>--csv-dialect applies to --format csv only</source>
        <translation>--csv-dialect ne s’applique qu’à --format csv</translation>
    </message>
    <message>
        <source>Dry run: %1 (%2) would import:</source>
        <translation>Essai à blanc : %1 (%2) importerait :</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>  warnings: %1</source>
        <translation>  avertissements : %1</translation>
    </message>
    <message>
        <source>Nothing was changed in %1.</source>
        <translation>Rien n’a été modifié dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), listed above: what they name was skipped.</source>
        <translation>
            <numerusform>%n avertissement ci-dessus : ce qu’il désigne a été ignoré.</numerusform>
            <numerusform>%n avertissements ci-dessus : ce qu’ils désignent a été ignoré.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: note: claim %2 (%3) breaks the editing rule %4</source>
        <translation>%1&#xa0;: remarque&#xa0;: l’affirmation %2 (%3) enfreint la règle d’édition %4</translation>
    </message>
    <message>
        <source>frise %1: no source with uid &apos;%2&apos;</source>
        <translation>frise %1&#xa0;: aucune source d’uid &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 attached to source %2</source>
        <translation>%1 joint à la source %2</translation>
    </message>
    <message>
        <source>%1 was already attached to source %2; nothing changed</source>
        <translation>%1 était déjà joint à la source %2&#x202f;; rien n’a changé</translation>
    </message>
    <message numerus="yes">
        <source>%n saved copies written to %1</source>
        <translation>
            <numerusform>%n copie sauvegardée écrite dans %1</numerusform>
            <numerusform>%n copies sauvegardées écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot make a safe file name of &apos;%1&apos;</source>
        <translation>impossible de tirer un nom de fichier sûr de &apos;%1&apos;</translation>
    </message>
    <message>
        <source>search index %1 % built; results may be incomplete</source>
        <translation>index de recherche construit à %1&#xa0;%&#x202f;; les résultats peuvent être incomplets</translation>
    </message>
    <message>
        <source>Building the search index in the background (process %1); until it is complete, search says so.</source>
        <translation>Construction de l’index de recherche en arrière-plan (processus %1)&#x202f;; tant qu’il n’est pas complet, la recherche le signale.</translation>
    </message>
    <message>
        <source>The search index build could not be started; it resumes at the next open.</source>
        <translation>La construction de l’index de recherche n’a pas pu démarrer&#x202f;; elle reprendra à la prochaine ouverture.</translation>
    </message>
    <message>
        <source>Search index: %1 %</source>
        <translation>Index de recherche&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Search index complete.</source>
        <translation>Index de recherche complet.</translation>
    </message>
    <message>
        <source>frise build-search-index: %1</source>
        <translation>frise build-search-index&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 applies to --format claimreview only</source>
        <translation>%1 ne s’applique qu’à --format claimreview</translation>
    </message>
    <message>
        <source>--publisher-url expects an http:// or https:// address, not &apos;%1&apos;</source>
        <translation>--publisher-url attend une adresse http:// ou https://, pas «&#xa0;%1&#xa0;»</translation>
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
        <translation>Usage : frise [BASE]                ouvre l’interface (l’exemple au premier lancement)
        frise --db BASE           de même, BASE donnée en option (un fichier ou une URL postgresql://)
        frise --version | --help
        frise new BASE              crée une base vide
        frise sample BASE           écrit l’exemple bilingue fourni dans BASE
        frise check BASE            rapport d’intégrité, de schéma et des copies sauvegardées
        frise stats BASE [--json]   nombre d’événements, acteurs, litiges, affirmations, sources, relations
        frise search BASE REQUÊTE [--limit N] [--json]
        frise import BASE FICHIER [--format F] [--map COLONNE=champ,...] [--date-order dmy|mdy|ymd] [--lang fr|en] [--dry-run] [--wait-index]
        frise export BASE -o FICHIER [--format F] [--lang fr|en] [--publish-safe] [--csv-dialect standard|excel-fr]
                              F&#xa0;: backup, timelinejs-json, timelinejs-csv, csv, ics, claimreview, ftm, csl-json
                              claimreview&#xa0;: [--publisher NOM] [--publisher-url URL]
        frise export-timeline BASE -o FICHIER.png|.svg|.pdf [--from DATE] [--to DATE] [--lang fr|en]
                              [--lanes dispute|actor|tag|none] [--width PX] [--height PX] [--dpi N] [--publish-safe] [--smallest-file] [--no-alt-text]
        frise export-graph BASE -o FICHIER.png|.svg|.pdf|.gexf|.graphml|.dot [--as-of DATE] [--lang fr|en] [--no-alt-text]
                              les images s’accompagnent de FICHIER.alt.txt, leur alternative textuelle (résumé, ligne vide, description)
        frise export-web BASE -o FICHIER.html [--lang fr|en] [--from DATE] [--to DATE] [--include-unverified]
                              une page interactive autonome, publiable telle quelle
        frise copy SOURCE CIBLE     SQLite &lt;-&gt; PostgreSQL, sans perte
        frise attach BASE UID-SOURCE FICHIER   garde FICHIER comme copie sauvegardée de la source (affiche son SHA-256)
        frise evidence BASE UID-SOURCE -o DOSSIER   écrit les copies sauvegardées de la source et un manifeste dans DOSSIER
        frise build-search-index BASE termine un index de recherche laissé par une grande importation (l’importation le lance)
BASE est un chemin de fichier SQLite ou une URL postgresql://. Codes de sortie : 0 fait, 1 refusé, 2 impossible d’ouvrir ou d’exécuter.
</translation>
    </message>
    <message>
        <source>the output must end in .html or .htm</source>
        <translation>le fichier écrit doit finir par .html ou .htm</translation>
    </message>
    <message>
        <source>frise: cannot start the window (%1): %2</source>
        <translation>frise&#xa0;: impossible de lancer la fenêtre (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>frise: no display (DISPLAY/WAYLAND_DISPLAY unset); see frise --help for commands</source>
        <translation>frise&#xa0;: aucun affichage (DISPLAY et WAYLAND_DISPLAY ne sont pas définies)&#xa0;; voir frise --help pour les commandes</translation>
    </message>
</context>
<context>
    <name>Frise::Cli::Arguments</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>l’option %1 attend une valeur</translation>
    </message>
</context>
<context>
    <name>Frise::FuzzyDate</name>
    <message>
        <source>expected %1</source>
        <extracomment>%1 is what was missing, e.g. &quot;a four-digit year&quot;</extracomment>
        <translation>%1 attendu(e)</translation>
    </message>
    <message>
        <source>a four-digit year</source>
        <translation>une année à quatre chiffres</translation>
    </message>
    <message>
        <source>a two-digit month</source>
        <translation>un mois à deux chiffres</translation>
    </message>
    <message>
        <source>month must be between 01 and 12</source>
        <translation>le mois doit être compris entre 01 et 12</translation>
    </message>
    <message>
        <source>a two-digit day</source>
        <translation>un jour à deux chiffres</translation>
    </message>
    <message>
        <source>no such day in that month</source>
        <translation>ce jour n’existe pas dans ce mois</translation>
    </message>
    <message>
        <source>a two-digit hour</source>
        <translation>une heure à deux chiffres</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; between hours and minutes</source>
        <translation>« : » attendu entre les heures et les minutes</translation>
    </message>
    <message>
        <source>two-digit minutes</source>
        <translation>des minutes à deux chiffres</translation>
    </message>
    <message>
        <source>time must be between 00:00 and 23:59</source>
        <translation>l’heure doit être comprise entre 00:00 et 23:59</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>date vide</translation>
    </message>
    <message>
        <source>range ends before it starts</source>
        <translation>l’intervalle finit avant de commencer</translation>
    </message>
    <message>
        <source>unexpected text after the date</source>
        <translation>texte inattendu après la date</translation>
    </message>
    <message>
        <source>&apos;+&apos; is written only before years beyond 9999</source>
        <translation>« + » ne s’écrit que devant une année au-delà de 9999</translation>
    </message>
    <message>
        <source>there is no year 0 (1 BCE is -0001)</source>
        <translation>il n’y a pas d’an 0 (1 av. J.-C. s’écrit -0001)</translation>
    </message>
    <message>
        <source>a year without leading zeros</source>
        <translation>une année sans zéro en tête</translation>
    </message>
    <message>
        <source>year out of supported range</source>
        <translation>année hors de la plage prise en charge</translation>
    </message>
</context>
<context>
    <name>Frise::FuzzyDateParser</name>
    <message>
        <source>expected the end of the range</source>
        <translation>fin de l’intervalle attendue</translation>
    </message>
    <message>
        <source>the start of the range needs a month</source>
        <translation>le début de l’intervalle doit avoir un mois</translation>
    </message>
    <message>
        <source>the range ends before it starts</source>
        <translation>l’intervalle finit avant de commencer</translation>
    </message>
    <message>
        <source>there is no such day in that month</source>
        <translation>ce jour n’existe pas dans ce mois</translation>
    </message>
    <message>
        <source>the weekday does not match the date</source>
        <translation>le jour de la semaine ne correspond pas à la date</translation>
    </message>
    <message>
        <source>a year is missing</source>
        <translation>il manque l’année</translation>
    </message>
    <message>
        <source>expected a date</source>
        <translation>date attendue</translation>
    </message>
    <message>
        <source>expected a year after the month</source>
        <translation>année attendue après le mois</translation>
    </message>
    <message>
        <source>unexpected text after the date</source>
        <translation>texte inattendu après la date</translation>
    </message>
    <message>
        <source>expected a month name</source>
        <translation>nom de mois attendu</translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation>le mois doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>expected a day or a month</source>
        <translation>jour ou mois attendu</translation>
    </message>
    <message>
        <source>write the year with four digits</source>
        <translation>écrivez l’année avec quatre chiffres</translation>
    </message>
    <message>
        <source>dates are read year first (YYYY-MM-DD) for this source</source>
        <translation>les dates de cette source se lisent année d’abord (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a month: dates are read day/month/year</source>
        <translation>ce n’est pas un mois : les dates se lisent jour/mois/année</translation>
    </message>
    <message>
        <source>not a month: dates are read month/day/year</source>
        <translation>ce n’est pas un mois : les dates se lisent mois/jour/année</translation>
    </message>
    <message>
        <source>the time must be between 00:00 and 23:59</source>
        <translation>l’heure doit être comprise entre 00:00 et 23:59</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ce n’est pas une date</translation>
    </message>
    <message>
        <source>a relative date needs a reference date (the source&apos;s publication date)</source>
        <translation>une date relative a besoin d’une date de référence (la date de publication de la source)</translation>
    </message>
    <message>
        <source>write the year with four digits or with its era (av. J.-C., BC)</source>
        <translation>écrivez l’année sur quatre chiffres ou avec son ère (av. J.-C., BC)</translation>
    </message>
    <message>
        <source>there is no year 0: 1 BC is followed by AD 1</source>
        <translation>il n’y a pas d’an 0 : 1 av. J.-C. est suivi de 1 apr. J.-C.</translation>
    </message>
    <message>
        <source>year out of supported range</source>
        <translation>année hors de la plage prise en charge</translation>
    </message>
    <message>
        <source>months and days are kept only for the years -9999 to 9999</source>
        <translation>les mois et les jours ne sont gardés que pour les années -9999 à 9999</translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphExport</name>
    <message>
        <source>Bad date &quot;%1&quot; (column %2): %3</source>
        <translation>Date incorrecte « %1 » (colonne %2) : %3</translation>
    </message>
    <message>
        <source>%1: unknown graph format; use .png, .svg, .pdf, .gexf, .graphml or .dot.</source>
        <translation>%1 : format de graphe inconnu ; utilisez .png, .svg, .pdf, .gexf, .graphml ou .dot.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>SVG output failed</source>
        <translation>la sortie SVG a échoué</translation>
    </message>
    <message>
        <source>PDF output failed</source>
        <translation>la sortie PDF a échoué</translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphLayout</name>
    <message>
        <source>Graphviz could not lay out the graph (%1).</source>
        <translation>Graphviz n’a pas pu disposer le graphe (%1).</translation>
    </message>
</context>
<context>
    <name>Frise::Graph::GraphStyle</name>
    <message>
        <source>sues</source>
        <translation>poursuit en justice</translation>
    </message>
    <message>
        <source>threatens to sue</source>
        <translation>menace de poursuivre</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>investit dans</translation>
    </message>
    <message>
        <source>licenses data to</source>
        <translation>concède des données à</translation>
    </message>
    <message>
        <source>cofounded</source>
        <translation>a cofondé</translation>
    </message>
    <message>
        <source>left</source>
        <translation>a quitté</translation>
    </message>
    <message>
        <source>competes with</source>
        <translation>concurrence</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>s’associe à</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>party to</source>
        <translation>partie à</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
</context>
<context>
    <name>Frise::Io::Sample</name>
    <message>
        <source>The bundled sample is missing from this build.</source>
        <translation>L’exemple fourni manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>Frise::QuickCapture</name>
    <message>
        <source>a dispute name must follow &apos;#&apos;</source>
        <translation>un nom de différend doit suivre « # »</translation>
    </message>
    <message>
        <source>the quoted actor name is not closed</source>
        <translation>le nom d’acteur entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>an actor name must follow &apos;@&apos;</source>
        <translation>un nom d’acteur doit suivre « @ »</translation>
    </message>
    <message>
        <source>the title is missing</source>
        <translation>il manque le titre</translation>
    </message>
</context>
<context>
    <name>Frise::SourceGrade</name>
    <message>
        <source>Completely reliable</source>
        <translation>Entièrement fiable</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Habituellement fiable</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Assez fiable</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Habituellement peu fiable</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Peu fiable</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Fiabilité impossible à évaluer</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Confirmée par d’autres sources</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Probablement vraie</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Possiblement vraie</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Véracité impossible à évaluer</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <comment>reliability of the source, A to F</comment>
        <translation>Source %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <comment>credibility of the information, 1 to 6</comment>
        <translation>Information %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Source: not graded (A completely reliable … F cannot be judged)</source>
        <translation>Source&#xa0;: non cotée (A entièrement fiable … F impossible à évaluer)</translation>
    </message>
    <message>
        <source>Information: not graded (1 confirmed by other sources … 6 truth cannot be judged)</source>
        <translation>Information&#xa0;: non cotée (1 confirmée par d’autres sources … 6 véracité impossible à évaluer)</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Backups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegardes %1.</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Frise backup.</source>
        <translation>%1 n’est pas une sauvegarde Frise.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2).</source>
        <translation>La sauvegarde %1 est endommagée (%2).</translation>
    </message>
    <message>
        <source>%1 is open in a Frise window; close it before restoring a backup.</source>
        <translation>%1 est ouvert dans une fenêtre de Frise ; fermez-le avant de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The backup was stopped before it was complete.</source>
        <translation>La sauvegarde a été interrompue avant d’être terminée.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Database</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 n’est pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>%1 is a database of another application, not a Frise file; it was not modified.</source>
        <translation>%1 est une base d’une autre application, pas un fichier Frise ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Frise (schema %2; this version knows up to %3). It was not modified; update Frise to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Frise (schéma %2 ; cette version connaît jusqu’au %3). Il n’a pas été modifié ; mettez Frise à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is already open in another Frise window (process %2 on %3). Close it there first.</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre de Frise (processus %2 sur %3). Fermez-le d’abord là-bas.</translation>
    </message>
    <message>
        <source>Cannot create the lock file next to %1; is the folder writable?</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1 ; le dossier est-il accessible en écriture ?</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is read-only; changes cannot be saved.</source>
        <translation>%1 est en lecture seule ; les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved.</source>
        <translation>Le disque est plein ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; try again.</source>
        <translation>La base est occupée par une autre écriture ; réessayez.</translation>
    </message>
    <message>
        <source>%1 is damaged. Restore it from a backup (File → Restore from backup).</source>
        <translation>%1 est endommagé. Restaurez-le depuis une sauvegarde (Fichier → Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>Could not write a backup before upgrading the database, so it was not upgraded: %1</source>
        <translation>Impossible d’écrire une sauvegarde avant la mise à niveau ; la base n’a donc pas été mise à niveau : %1</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>This installation of Frise cannot talk to PostgreSQL (the Qt PostgreSQL driver is missing).</source>
        <translation>Cette installation de Frise ne peut pas dialoguer avec PostgreSQL (le pilote PostgreSQL de Qt est absent).</translation>
    </message>
    <message>
        <source>%1 is not a valid address; write postgresql://user@host:port/database.</source>
        <translation>%1 n’est pas une adresse valide ; écrivez postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another application; it was not modified.</source>
        <translation>La base %1 contient déjà les tables d’une autre application ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>You are not allowed to change this database; nothing was saved. (%1)</source>
        <translation>Vous n’avez pas le droit de modifier cette base ; rien n’a été enregistré. (%1)</translation>
    </message>
    <message>
        <source>The connection to the database server was lost; the change was not saved.</source>
        <translation>La connexion au serveur de base de données a été perdue ; la modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A PostgreSQL database is backed up on the server (pg_dump) or copied with frise copy.</source>
        <translation>Une base PostgreSQL se sauvegarde sur le serveur (pg_dump) ou se copie avec frise copy.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while open; the change was not saved. Save a backup copy elsewhere to keep what is still open.</source>
        <translation>%1 a été supprimé ou déplacé pendant qu’il était ouvert ; la modification n’a pas été enregistrée. Enregistrez une copie de sauvegarde ailleurs pour conserver ce qui est encore ouvert.</translation>
    </message>
    <message>
        <source>The backup was stopped before it was complete.</source>
        <translation>La sauvegarde a été interrompue avant d’être terminée.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::DatasetStore</name>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>%1 %2 refers to a record (#%3) that is not in the file.</source>
        <translation>%1 %2 fait référence à un enregistrement (n° %3) absent du fichier.</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>The server gave no new ids for table %1.</source>
        <translation>Le serveur n’a pas donné de nouveaux identifiants pour la table %1.</translation>
    </message>
    <message>
        <source>The data has saved copies (%1 …) but not their files; nothing was imported.</source>
        <translation>Les données ont des copies sauvegardées (%1 …) mais pas leurs fichiers&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Saved copy %1 of source %2: not a SHA-256 or an unknown source; nothing was imported.</source>
        <translation>Copie sauvegardée %1 de la source %2&#xa0;: SHA-256 invalide ou source inconnue&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file could not be read to the end; nothing was imported.</source>
        <translation>Le fichier n’a pas pu être lu jusqu’au bout&#x202f;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Maintenance</name>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>Contrôle d’intégrité SQLite : %1</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing %3 record.</source>
        <translation>Table %1, ligne %2 : fait référence à un enregistrement %3 manquant.</translation>
    </message>
    <message>
        <source>Index %1 is inconsistent: %2</source>
        <translation>L’index %1 est incohérent : %2</translation>
    </message>
    <message>
        <source>Table %1, row %2: unreadable date &quot;%3&quot;.</source>
        <translation>Table %1, ligne %2 : date illisible « %3 ».</translation>
    </message>
    <message>
        <source>Schema version %1 (this Frise writes %2).</source>
        <translation>Version du schéma : %1 (cette version de Frise écrit la %2).</translation>
    </message>
    <message>
        <source>Checked: %1.</source>
        <translation>Vérifié : %1.</translation>
    </message>
    <message>
        <source>Source %1 (%2): saved copy %3 is missing or incomplete (SHA-256 %4).</source>
        <translation>Source %1 (%2)&#xa0;: la copie sauvegardée %3 manque ou est incomplète (SHA-256 %4).</translation>
    </message>
    <message>
        <source>Source %1 (%2): saved copy %3 was altered (SHA-256 %4 expected, %5 stored).</source>
        <translation>Source %1 (%2)&#xa0;: la copie sauvegardée %3 a été altérée (SHA-256 %4 attendu, %5 conservé).</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n saved copies against their SHA-256.</source>
        <translation>
            <numerusform>Vérifié&#xa0;: %n copie sauvegardée, d’après son SHA-256.</numerusform>
            <numerusform>Vérifié&#xa0;: %n copies sauvegardées, d’après leur SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search index %1 % built; a build is running.</source>
        <translation>Index de recherche construit à %1&#xa0;%&#x202f;; une construction est en cours.</translation>
    </message>
    <message>
        <source>Search index %1 % built and no build is running; opening the database resumes it.</source>
        <translation>Index de recherche construit à %1&#xa0;% et aucune construction en cours&#x202f;; ouvrir la base la reprend.</translation>
    </message>
    <message>
        <source>Full-text indexes not checked: %1</source>
        <translation>Index plein texte non vérifiés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::PostgresBatch</name>
    <message>
        <source>The server&apos;s table %1 has no column %2.</source>
        <translation>La table %1 du serveur n’a pas de colonne %2.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Repositories</name>
    <message>
        <source>An actor needs a name in French or English.</source>
        <translation>Un acteur doit avoir un nom en français ou en anglais.</translation>
    </message>
    <message>
        <source>A title in French or English is required.</source>
        <translation>Un titre en français ou en anglais est obligatoire.</translation>
    </message>
    <message>
        <source>An event needs a valid start date.</source>
        <translation>Un événement doit avoir une date de début valide.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>A relation needs two actors.</source>
        <translation>Une relation relie deux acteurs.</translation>
    </message>
    <message>
        <source>Importance must be between 1 and 5.</source>
        <translation>L’importance doit être comprise entre 1 et 5.</translation>
    </message>
    <message>
        <source>A claim needs its text in French or English, or a quote.</source>
        <translation>Une affirmation doit avoir un texte en français ou en anglais, ou une citation.</translation>
    </message>
    <message>
        <source>An actor cannot be its own parent.</source>
        <translation>Un acteur ne peut pas être son propre parent.</translation>
    </message>
    <message>
        <source>An era needs a valid start date and a valid end date.</source>
        <translation>Une période a besoin d’une date de début et d’une date de fin valides.</translation>
    </message>
    <message>
        <source>A status change needs its dispute.</source>
        <translation>Un changement de statut doit appartenir à un litige.</translation>
    </message>
    <message>
        <source>A status change needs a valid date.</source>
        <translation>Un changement de statut doit avoir une date valide.</translation>
    </message>
    <message>
        <source>A status change needs a status other than the one it leaves.</source>
        <translation>Un changement de statut doit mener à un autre statut que celui qu’il quitte.</translation>
    </message>
    <message>
        <source>A source&apos;s reliability is a letter from A to F and its credibility a number from 1 to 6.</source>
        <translation>La fiabilité d’une source est une lettre de A à F et sa crédibilité un chiffre de 1 à 6.</translation>
    </message>
    <message>
        <source>An archived copy of a source needs its URL.</source>
        <translation>Une copie archivée d’une source doit avoir son URL.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::Repository</name>
    <message>
        <source>The %1 #%2 no longer exists; someone may have deleted it.</source>
        <translation>L’enregistrement %1 n° %2 n’existe plus ; quelqu’un l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>The %1 #%2 was changed by someone else since you opened it; your change was not saved.</source>
        <translation>L’enregistrement %1 n° %2 a été modifié par quelqu’un d’autre depuis son ouverture ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The %1 #%2 was changed by someone else since you saw it; it was not deleted.</source>
        <translation>L’enregistrement %1 n° %2 a été modifié par quelqu’un d’autre depuis que vous l’avez vu&#xa0;; il n’a pas été supprimé.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::SavedCopies</name>
    <message>
        <source>%1 is %2 MiB; a saved copy can be at most %3 MiB. Nothing was attached.</source>
        <translation>%1 fait %2&#xa0;Mio&#x202f;; une copie sauvegardée ne peut dépasser %3&#xa0;Mio. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Nothing was attached.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 is not a file. Nothing was attached.</source>
        <translation>%1 n’est pas un fichier. Rien n’a été joint.</translation>
    </message>
    <message>
        <source>%1 changed while it was being attached. Nothing was attached; try again.</source>
        <translation>%1 a changé pendant qu’il était joint. Rien n’a été joint&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>There is no source #%1.</source>
        <translation>Il n’existe pas de source n°%1.</translation>
    </message>
    <message>
        <source>The saved copy %1 is no longer stored in this database; attach the file again.</source>
        <translation>La copie sauvegardée %1 n’est plus conservée dans cette base&#x202f;; joignez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>The bytes given for the saved copy %1 do not match its hash or size.</source>
        <translation>Les octets fournis pour la copie sauvegardée %1 ne correspondent pas à son empreinte ou à sa taille.</translation>
    </message>
    <message>
        <source>The stored saved copy %1 is damaged: its bytes no longer match its hash. Run frise check, and restore it from a backup.</source>
        <translation>La copie sauvegardée %1 est endommagée&#xa0;: ses octets ne correspondent plus à son empreinte. Lancez frise check, puis restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was attached.</source>
        <translation>Annulé&#x202f;; rien n’a été joint.</translation>
    </message>
</context>
<context>
    <name>Frise::Storage::SearchBacklog</name>
    <message>
        <source>Unexpected full-text index object: %1</source>
        <translation>Objet d’index plein texte inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The search index build was stopped; it resumes at the next open.</source>
        <translation>La construction de l’index de recherche a été arrêtée&#x202f;; elle reprendra à la prochaine ouverture.</translation>
    </message>
</context>
<context>
    <name>Frise::Timeline::PngEncoder</name>
    <message>
        <source>The image is empty.</source>
        <translation>L’image est vide.</translation>
    </message>
    <message>
        <source>Not enough memory to compress the image.</source>
        <translation>Pas assez de mémoire pour compresser l’image.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fait partie de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quote language</source>
        <translation>Langue de la citation</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Faite par</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Faite dans</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Rebuts</source>
        <translation>Réfute</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultée le</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Archived copies</source>
        <translation>Copies archivées</translation>
    </message>
    <message>
        <source>Live URL dead</source>
        <translation>URL d’origine morte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ActorEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aliases, separated by commas</source>
        <translation>Autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>Twitter, X Corp.</source>
        <translation>Twitter, X Corp.</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Organisation mère</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ActorRolesDialog</name>
    <message>
        <source>&amp;Add Role</source>
        <translation>&amp;Ajouter un rôle</translation>
    </message>
    <message>
        <source>Actor Roles</source>
        <translation>Rôles des acteurs</translation>
    </message>
    <message>
        <source>The roles actors play in events. Translate each role once: events show it in the language being read. A role typed in an event is added here.</source>
        <translation>Les rôles que jouent les acteurs dans les événements. Traduisez chaque rôle une fois&#xa0;: les événements l’affichent dans la langue de lecture. Un rôle saisi dans un événement s’ajoute ici.</translation>
    </message>
    <message>
        <source>Filter roles…</source>
        <translation>Filtrer les rôles…</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Actor roles</source>
        <translation>Rôles des acteurs</translation>
    </message>
    <message>
        <source>There is already a role called “%1”.</source>
        <translation>Il existe déjà un rôle nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” already names the role “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» désigne déjà le rôle «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ArchiveListField</name>
    <message>
        <source>Wayback Machine</source>
        <translation>Wayback Machine</translation>
    </message>
    <message>
        <source>archive.today</source>
        <translation>archive.today</translation>
    </message>
    <message>
        <source>Newsroom archive</source>
        <translation>Archive de la rédaction</translation>
    </message>
    <message>
        <source>Other archive</source>
        <translation>Autre archive</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it yyyy-mm-dd</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez-la aaaa-mm-jj</translation>
    </message>
    <message>
        <source>Archived URL</source>
        <translation>URL archivée</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>Archived URLs</source>
        <translation>URL archivées</translation>
    </message>
    <message>
        <source>Archived URL (https://web.archive.org/…)</source>
        <translation>URL archivée (https://web.archive.org/…)</translation>
    </message>
    <message>
        <source>Archived URL to add</source>
        <translation>URL archivée à ajouter</translation>
    </message>
    <message>
        <source>Label of the archived copy</source>
        <translation>Libellé de la copie archivée</translation>
    </message>
    <message>
        <source>Captured on (yyyy-mm-dd)</source>
        <translation>Capturée le (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>Add the archived URL</source>
        <translation>Ajouter l’URL archivée</translation>
    </message>
    <message>
        <source>Remove the selected archived URL</source>
        <translation>Retirer l’URL archivée sélectionnée</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::BilingualField</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translation status, %1</source>
        <translation>État de la traduction, %1</translation>
    </message>
    <message>
        <source>Translation status</source>
        <translation>État de la traduction</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Translated</source>
        <translation>Traduit</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>À relire</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation>Traduction manquante</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ClaimEditor</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Verbatim quote</source>
        <translation>Citation exacte</translation>
    </message>
    <message>
        <source>Language of the quote</source>
        <translation>Langue de la citation</translation>
    </message>
    <message>
        <source>Claimed by</source>
        <translation>Affirmé par</translation>
    </message>
    <message>
        <source>Claimed on</source>
        <translation>Affirmé le</translation>
    </message>
    <message>
        <source>Claimed in source</source>
        <translation>Affirmé dans la source</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Verification status</source>
        <translation>État de la vérification</translation>
    </message>
    <message>
        <source>Rebuts claim</source>
        <translation>Contredit l’affirmation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Link a claim that rebuts this one</source>
        <translation>Lier une affirmation qui contredit celle-ci</translation>
    </message>
    <message>
        <source>Pick the claim that rebuts or disputes this one: it is linked to this claim</source>
        <translation>Choisissez l’affirmation qui contredit ou conteste celle-ci&#xa0;: elle sera liée à cette affirmation</translation>
    </message>
    <message>
        <source>Claims that rebut this one</source>
        <translation>Affirmations qui contredisent celle-ci</translation>
    </message>
    <message>
        <source>Claim rule</source>
        <translation>Règle des affirmations</translation>
    </message>
    <message>
        <source>Keep the stored status</source>
        <translation>Garder l’état enregistré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>claim (who made it)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No claim rebuts this one.</source>
        <translation>Aucune affirmation ne contredit celle-ci.</translation>
    </message>
    <message>
        <source>Link %1 as rebutting %2</source>
        <translation>Lier %1 comme contredisant %2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Status “%1” not saved: the claim stays “%2” until the rule below is met.</source>
        <translation>État «&#xa0;%1&#xa0;» non enregistré&#xa0;: l’affirmation reste «&#xa0;%2&#xa0;» tant que la règle ci-dessous n’est pas respectée.</translation>
    </message>
    <message>
        <source>The source was kept as evidence: a “%1” claim needs it.</source>
        <translation>La source est gardée comme preuve&#xa0;: une affirmation «&#xa0;%1&#xa0;» en a besoin.</translation>
    </message>
    <message>
        <source>This “%1” claim breaks a rule:</source>
        <translation>Cette affirmation «&#xa0;%1&#xa0;» enfreint une règle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Keep “%1”</source>
        <translation>&amp;Garder «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConflictDialog</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were editing it, so your change was not saved. Choose what to keep: your version, theirs, or a merge of the fields chosen below.</source>
        <translation>Quelqu’un d’autre a enregistré %1 pendant que vous le modifiiez&#xa0;: votre modification n’a donc pas été enregistrée. Choisissez ce qu’il faut garder&#xa0;: votre version, la leur, ou une fusion des champs choisis ci-dessous.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Leur version (enregistrée)</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (modifié des deux côtés)</translation>
    </message>
    <message>
        <source>Keep my %1</source>
        <translation>Garder mon %1</translation>
    </message>
    <message>
        <source>Keep their %1</source>
        <translation>Garder leur %1</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Save your version of every field over theirs</source>
        <translation>Enregistrer votre version de chaque champ à la place de la leur</translation>
    </message>
    <message>
        <source>Keep &amp;Theirs</source>
        <translation>Garder la &amp;leur</translation>
    </message>
    <message>
        <source>Drop your change and show the saved version</source>
        <translation>Abandonner votre modification et afficher la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Save, for each field, the version chosen above</source>
        <translation>Enregistrer, pour chaque champ, la version choisie ci-dessus</translation>
    </message>
    <message>
        <source>Someone else saved %1 after you last saw it, so it was not deleted. Keep their version, or delete it anyway with their changes.</source>
        <translation>Quelqu’un d’autre a enregistré %1 après que vous l’avez vu&#xa0;: il n’a donc pas été supprimé. Gardez leur version, ou supprimez-le quand même, avec leurs modifications.</translation>
    </message>
    <message>
        <source>The version you saw</source>
        <translation>La version que vous avez vue</translation>
    </message>
    <message>
        <source>&amp;Delete Anyway</source>
        <translation>&amp;Supprimer quand même</translation>
    </message>
    <message>
        <source>Delete the record as it is saved now, their changes included</source>
        <translation>Supprimer l’enregistrement tel qu’il est enregistré maintenant, leurs modifications comprises</translation>
    </message>
    <message>
        <source>Delete nothing and show the saved version</source>
        <translation>Ne rien supprimer et afficher la version enregistrée</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConflictResolver</name>
    <message>
        <source>%1 was deleted by someone else meanwhile; your change was not saved.</source>
        <translation>%1 a été supprimé par quelqu’un d’autre entre-temps&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>%1 was already deleted by someone else.</source>
        <translation>%1 a déjà été supprimé par quelqu’un d’autre.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <source>Open a newsroom’s shared Frise database on a PostgreSQL server. Paste its address, or fill in the fields.</source>
        <translation>Ouvrir la base Frise partagée d’une rédaction sur un serveur PostgreSQL. Collez son adresse ou remplissez les champs.</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.exemple.org</translation>
    </message>
    <message>
        <source>Empty: ~/.pgpass or your system login</source>
        <translation>Vide&#xa0;: ~/.pgpass ou votre session système</translation>
    </message>
    <message>
        <source>Used for this connection only; Frise never stores it.</source>
        <translation>Utilisé pour cette connexion seulement&#xa0;; Frise ne l’enregistre jamais.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Give at least the server and the database name.</source>
        <translation>Indiquez au moins le serveur et le nom de la base de données.</translation>
    </message>
    <message>
        <source>Connection cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>The database “%1” holds another application’s tables: it is not a Frise database. Nothing was changed.</source>
        <translation>La base «&#xa0;%1&#xa0;» contient les tables d’une autre application&#xa0;: ce n’est pas une base Frise. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database “%1” is not set up for Frise yet, and %2 may not set it up. Ask its administrator to connect once with Frise first.</source>
        <translation>La base «&#xa0;%1&#xa0;» n’est pas encore préparée pour Frise, et %2 n’a pas le droit de le faire. Demandez à son administrateur de s’y connecter une première fois avec Frise.</translation>
    </message>
    <message>
        <source>The server %1 wants a password for %2. Type it (or put it in ~/.pgpass).</source>
        <translation>Le serveur %1 demande un mot de passe pour %2. Saisissez-le (ou mettez-le dans ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server %1 refused the password for %2. Check the user name and the password.</source>
        <translation>Le serveur %1 a refusé le mot de passe de %2. Vérifiez le nom d’utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The server %1 has no user named %2.</source>
        <translation>Le serveur %1 n’a pas d’utilisateur nommé %2.</translation>
    </message>
    <message>
        <source>The server %1 has no database named “%2”. Ask its administrator to create it; Frise sets it up on the first connection.</source>
        <translation>Le serveur %1 n’a pas de base nommée «&#xa0;%2&#xa0;». Demandez à son administrateur de la créer&#xa0;; Frise la prépare à la première connexion.</translation>
    </message>
    <message>
        <source>%1 is not allowed to use the database “%2” on %3 (permission denied). Ask the server’s administrator for access.</source>
        <translation>%1 n’a pas le droit d’utiliser la base «&#xa0;%2&#xa0;» sur %3 (permission refusée). Demandez l’accès à l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>No database server answers at %1. Check the server name and port, your network (VPN), and that the server is running.</source>
        <translation>Aucun serveur de bases de données ne répond à %1. Vérifiez le nom du serveur et le port, votre réseau (VPN) et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>Could not connect to %1.</source>
        <translation>Impossible de se connecter à %1.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DatabaseSession</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A status change&apos;s name: the status a dispute entered, and when (&quot;Filed, June 2025&quot;)</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Confidential source</source>
        <translation>Source confidentielle</translation>
    </message>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidentielle)</translation>
    </message>
    <message>
        <source>[%1]</source>
        <comment>a source&apos;s grade, e.g. [B2]</comment>
        <translation>[%1]</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DateField</name>
    <message>
        <source>%1, as understood</source>
        <translation>%1, tel que compris</translation>
    </message>
    <message>
        <source>e.g. 2023-04-25, 2023-04, ~2015</source>
        <translation>p. ex. 2023-04-25, 2023-04, ~2015</translation>
    </message>
    <message>
        <source>Not understood: %1</source>
        <translation>Non compris&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::DisputeEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Colour, as #rrggbb</source>
        <translation>Couleur, au format #rrvvbb</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>No status change recorded: Edit → New → Status change dates and sources each step.</source>
        <translation>Aucun changement de statut enregistré&#xa0;: Édition → Nouveau → Changement de statut date et source chaque étape.</translation>
    </message>
    <message>
        <source>Follows the latest status change; add a status change to move it.</source>
        <translation>Suit le dernier changement de statut&#x202f;; ajoutez un changement de statut pour le faire évoluer.</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::EraEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Conflit</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::EventEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Importance, 1 to 5</source>
        <translation>Importance, de 1 à 5</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>copyright, api-pricing</source>
        <translation>copyright, api-pricing</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportDataDialog</name>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish-safe (no internal notes, unverified claims or history)</source>
        <translation>Version &amp;publiable (sans notes internes, affirmations non vérifiées ni historique)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation>%1 (*.%2);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Reading the database and writing %1…</source>
        <translation>Lecture de la base et écriture de %1…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet:</source>
        <translation>&amp;Tableur :</translation>
    </message>
    <message>
        <source>Comma-separated, dates as 2023-04-25</source>
        <translation>Séparé par des virgules, dates comme 2023-04-25</translation>
    </message>
    <message>
        <source>French Excel or LibreOffice (“;”, dates as 25/04/2023)</source>
        <translation>Excel ou LibreOffice en français (« ; », dates comme 25/04/2023)</translation>
    </message>
    <message>
        <source>Pu&amp;blisher:</source>
        <comment>the newsroom publishing fact-checks</comment>
        <translation>É&amp;diteur&#xa0;:</translation>
    </message>
    <message>
        <source>Your newsroom, the author of the fact-checks</source>
        <translation>Votre rédaction, autrice des vérifications</translation>
    </message>
    <message>
        <source>Fact-check pa&amp;ge:</source>
        <translation>Pa&amp;ge des vérifications&#xa0;:</translation>
    </message>
    <message>
        <source>https://… (the page the fact-checks appear on)</source>
        <translation>https://… (la page où paraissent les vérifications)</translation>
    </message>
    <message>
        <source>The fact-check page must be an http:// or https:// address.</source>
        <translation>La page des vérifications doit être une adresse http:// ou https://.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportGraphDialog</name>
    <message>
        <source>Export Graph</source>
        <translation>Exporter le graphe</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;À la date du&#xa0;:</translation>
    </message>
    <message>
        <source>Everything (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation>Tout (ou une date&#xa0;: 2023, 2023-04, 2023-04-25)</translation>
    </message>
    <message>
        <source>Show &amp;disputes as nodes</source>
        <translation>Afficher les &amp;litiges comme nœuds</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>None (images only)</source>
        <translation>Aucun (images seulement)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Graph files (*.png *.svg *.pdf *.gexf *.graphml *.dot);;All files (*)</source>
        <translation>Fichiers de graphe (*.png *.svg *.pdf *.gexf *.graphml *.dot);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Only what the graph shows now (%n node(s), as laid out)</source>
        <translation>
            <numerusform>&amp;Seulement ce que le graphe montre (%n nœud, tel que disposé)</numerusform>
            <numerusform>&amp;Seulement ce que le graphe montre (%n nœuds, tels que disposés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the text &amp;alternative beside the image (.alt.txt)</source>
        <translation>Écrire l’&amp;alternative textuelle à côté de l’image (.alt.txt)</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Te&amp;xte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>Known once the whole database is read: the export writes it beside the image (.alt.txt).</source>
        <translation>Connu une fois toute la base lue&#xa0;: l’exportation l’écrit à côté de l’image (.alt.txt).</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Reading the database, laying the graph out and writing %1…</source>
        <translation>Lecture de la base, disposition du graphe et écriture de %1…</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportTimelineDialog</name>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la frise</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Whole timeline</source>
        <translation>&amp;Toute la frise</translation>
    </message>
    <message>
        <source>&amp;Visible range</source>
        <translation>Période &amp;visible</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
    <message>
        <source>Fit the content</source>
        <translation>Ajustée au contenu</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution&#xa0;:</translation>
    </message>
    <message>
        <source> DPI</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>La&amp;nes:</source>
        <translation>Li&amp;gnes&#xa0;:</translation>
    </message>
    <message>
        <source>One per dispute</source>
        <translation>Une par litige</translation>
    </message>
    <message>
        <source>One per actor</source>
        <translation>Une par acteur</translation>
    </message>
    <message>
        <source>One per tag</source>
        <translation>Une par étiquette</translation>
    </message>
    <message>
        <source>A single lane</source>
        <translation>Une seule ligne</translation>
    </message>
    <message>
        <source>&amp;Publish-safe (leave out what is not for publication)</source>
        <translation>Version &amp;publiable (sans ce qui n’est pas destiné à la publication)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>The database’s title</source>
        <translation>Le titre de la base</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sous-titre&#xa0;:</translation>
    </message>
    <message>
        <source>The time range</source>
        <translation>La période couverte</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.pdf);;All files (*)</source>
        <translation>Images (*.png *.svg *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source> px</source>
        <comment>pixels</comment>
        <translation>&#xa0;px</translation>
    </message>
    <message>
        <source>Drawing the timeline and writing %1…</source>
        <translation>Dessin de la frise et écriture de %1…</translation>
    </message>
    <message>
        <source>Write the text &amp;alternative beside the image (.alt.txt)</source>
        <translation>Écrire l’&amp;alternative textuelle à côté de l’image (.alt.txt)</translation>
    </message>
    <message>
        <source>Alt te&amp;xt:</source>
        <translation>Te&amp;xte alternatif&#xa0;:</translation>
    </message>
    <message>
        <source>The image’s short description, in the export’s language, for the alt field of a web page. The full description lists every event.</source>
        <translation>La description courte de l’image, dans la langue de l’exportation, pour le champ «&#xa0;alt&#xa0;» d’une page web. La description complète énumère chaque événement.</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ExportWebDialog</name>
    <message>
        <source>Export Web Page</source>
        <translation>Exporter la page web</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Opens &amp;in:</source>
        <translation>&amp;Langue d’ouverture&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>the beginning (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation>le début (ou une date&#xa0;: 2023, 2023-04, 2023-04-25)</translation>
    </message>
    <message>
        <source>the end (or a date: 2023, 2023-04, 2023-04-25)</source>
        <translation>la fin (ou une date&#xa0;: 2023, 2023-04, 2023-04-25)</translation>
    </message>
    <message>
        <source>Include &amp;unverified and disputed claims (shown as such)</source>
        <translation>Inclure les affirmations non vérifiées et contestées (&amp;présentées comme telles)</translation>
    </message>
    <message>
        <source>One HTML file, in French and English, that opens offline and loads nothing from the network. Never in it: internal notes, confidential sources, the history of changes.</source>
        <translation>Un seul fichier HTML, en français et en anglais, qui s’ouvre hors ligne et ne charge rien du réseau. Jamais dedans&#xa0;: les notes internes, les sources confidentielles, l’historique des modifications.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>Web page (*.html);;All files (*)</source>
        <translation>Page web (*.html);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
    <message>
        <source>Reading the database and writing %1…</source>
        <translation>Lecture de la base et écriture de %1…</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::GraphFocusBar</name>
    <message>
        <source>&amp;Hops:</source>
        <translation>&amp;Sauts&#xa0;:</translation>
    </message>
    <message>
        <source>How many links away from the centre the graph reaches</source>
        <translation>Jusqu’à combien de liens du centre le graphe s’étend</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>Graphe entier</translation>
    </message>
    <message>
        <source>Lay the whole graph out and show it (may take a while on a big database); uncheck to come back to the neighbourhood</source>
        <translation>Disposer et afficher le graphe entier (peut prendre du temps sur une grande base)&#x202f;; décocher pour revenir au voisinage</translation>
    </message>
    <message>
        <source>Whole graph: %1 nodes</source>
        <translation>Graphe entier&#xa0;: %1 nœuds</translation>
    </message>
    <message>
        <source>Around %1: %2 of %3 nodes shown, %4 hidden</source>
        <translation>Autour de %1&#xa0;: %2 nœuds affichés sur %3, %4 masqués</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::GraphView</name>
    <message>
        <source>Play: animate the graph through time</source>
        <translation>Lecture : animer le graphe dans le temps</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Show the relations as of this date</source>
        <translation>Afficher les relations à cette date</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Show every relation, whatever its dates</source>
        <translation>Afficher toutes les relations, quelles que soient leurs dates</translation>
    </message>
    <message>
        <source>Lay out again</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <source>Lay the graph out again; pinned nodes stay where they are</source>
        <translation>Disposer à nouveau le graphe ; les nœuds épinglés restent en place</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the layout</source>
        <translation>Arrêter la disposition</translation>
    </message>
    <message>
        <source>Laying the graph out…</source>
        <translation>Disposition du graphe…</translation>
    </message>
    <message>
        <source>Wheel to zoom, drag the background to pan, drag a node to pin it, double-click an actor to filter the timeline</source>
        <translation>Molette pour zoomer, glisser le fond pour se déplacer, glisser un nœud pour l’épingler, double-cliquer sur un acteur pour filtrer la frise</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Show only %1 on the timeline</source>
        <translation>N’afficher que %1 sur la frise</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Désépingler %1</translation>
    </message>
    <message>
        <source>Fit to view</source>
        <translation>Ajuster à la vue</translation>
    </message>
    <message>
        <source>Unpin all nodes</source>
        <translation>Désépingler tous les nœuds</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Show or hide the legend beside the graph</source>
        <translation>Afficher ou masquer la légende à côté du graphe</translation>
    </message>
    <message>
        <source>Dispute, %1</source>
        <translation>Litige, %1</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n relation(s)</source>
        <translation>
            <numerusform>%1, %n relation</numerusform>
            <numerusform>%1, %n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>Centre the graph on %1</source>
        <translation>Centrer le graphe sur %1</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Day/month/year (25/04/2023)</source>
        <translation>Jour/mois/année (25/04/2023)</translation>
    </message>
    <message>
        <source>Month/day/year (04/25/2023)</source>
        <translation>Mois/jour/année (04/25/2023)</translation>
    </message>
    <message>
        <source>Year-month-day (2023-04-25)</source>
        <translation>Année-mois-jour (2023-04-25)</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>point-virgule (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>virgule (,)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>TimelineJS JSON</source>
        <translation>TimelineJS JSON</translation>
    </message>
    <message>
        <source>TimelineJS sheet (CSV)</source>
        <translation>Feuille TimelineJS (CSV)</translation>
    </message>
    <message>
        <source>CSV (any spreadsheet)</source>
        <translation>CSV (tout tableur)</translation>
    </message>
    <message>
        <source>Frise backup (JSON)</source>
        <translation>Sauvegarde Frise (JSON)</translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation>Agenda (ICS)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Detect from the file</source>
        <translation>D’après le fichier</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language of the texts:</source>
        <translation>&amp;Langue des textes&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation>Ordre des &amp;dates&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>&amp;Warnings and errors:</source>
        <translation>&amp;Avertissements et erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>An import is written in one step, all or nothing, and cannot be undone with Edit → Undo: records already in the database (same identifier) are kept, not overwritten.</source>
        <translation>Une importation est écrite d’un seul coup, tout ou rien, et ne peut pas être annulée par Édition → Annuler&#xa0;: les fiches déjà présentes dans la base (même identifiant) sont conservées, pas écrasées.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Importable files (*.json *.csv *.tsv *.txt *.ics);;All files (*)</source>
        <translation>Fichiers importables (*.json *.csv *.tsv *.txt *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation>Lecture annulée.</translation>
    </message>
    <message>
        <source>The file cannot be imported: nothing was written.</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>(not a CSV file)</source>
        <translation>(pas un fichier CSV)</translation>
    </message>
    <message>
        <source>Used: %1 (%2)</source>
        <translation>Utilisé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) ready to import</source>
        <translation>
            <numerusform>%n événement(s) prêt(s) à importer</numerusform>
            <numerusform>%n événement(s) prêt(s) à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (the first %n shown).</source>
        <translation>
            <numerusform> (les %n premiers affichés).</numerusform>
            <numerusform> (les %n premiers affichés).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file cannot be imported as it is; see the error below.</source>
        <translation>Ce fichier ne peut pas être importé tel quel&#xa0;; voir l’erreur ci-dessous.</translation>
    </message>
    <message>
        <source>Writing to the database…</source>
        <translation>Écriture dans la base…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s).</source>
        <translation>
            <numerusform>%n fiche(s) importée(s).</numerusform>
            <numerusform>%n fiche(s) importée(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were already in the database and were kept as they are.</source>
        <translation>
            <numerusform>%n fiche(s) déjà présente(s) dans la base, conservée(s) telle(s) quelle(s).</numerusform>
            <numerusform>%n fiche(s) déjà présente(s) dans la base, conservée(s) telle(s) quelle(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n era(s) too.</source>
        <translation>
            <numerusform>Et %n période.</numerusform>
            <numerusform>Et %n périodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) below.</source>
        <translation>
            <numerusform>%n avertissement ci-dessous.</numerusform>
            <numerusform>%n avertissements ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade</source>
        <comment>a source&apos;s reliability and credibility, e.g. B2</comment>
        <translation>Cotation</translation>
    </message>
    <message>
        <source>Fact-checks (ClaimReview JSON-LD)</source>
        <translation>Vérifications (ClaimReview JSON-LD)</translation>
    </message>
    <message>
        <source>FollowTheMoney entities (JSON lines, for Aleph)</source>
        <translation>Entités FollowTheMoney (lignes JSON, pour Aleph)</translation>
    </message>
    <message>
        <source>Sources for reference managers (CSL-JSON)</source>
        <translation>Sources pour gestionnaires de références (CSL-JSON)</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::Inspector</name>
    <message>
        <source>Select an event, an actor or a dispute to edit it here.</source>
        <translation>Sélectionnez un événement, un acteur ou un litige pour le modifier ici.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::Labels</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Regulator</source>
        <translation>Régulateur</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Brewing</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>Threatened</source>
        <translation>Menace d’action</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Procédure engagée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Accord conclu</translation>
    </message>
    <message>
        <source>Ruled</source>
        <translation>Jugé</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contestée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Refuted</source>
        <translation>Réfutée</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>sues</source>
        <translation>poursuit en justice</translation>
    </message>
    <message>
        <source>threatens to sue</source>
        <translation>menace de poursuivre</translation>
    </message>
    <message>
        <source>invests in</source>
        <translation>investit dans</translation>
    </message>
    <message>
        <source>licenses data to</source>
        <translation>concède des données à</translation>
    </message>
    <message>
        <source>cofounded</source>
        <translation>a cofondé</translation>
    </message>
    <message>
        <source>left</source>
        <translation>a quitté</translation>
    </message>
    <message>
        <source>competes with</source>
        <translation>concurrence</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>bloque</translation>
    </message>
    <message>
        <source>partners with</source>
        <translation>s’associe à</translation>
    </message>
    <message>
        <source>Tension in public, no formal step yet.</source>
        <translation>Tension publique, sans démarche formelle pour l’instant.</translation>
    </message>
    <message>
        <source>Someone announced legal or regulatory action, none is filed yet.</source>
        <translation>Une action en justice ou auprès d’un régulateur a été annoncée, aucune n’est encore engagée.</translation>
    </message>
    <message>
        <source>A case is before a court or a regulator.</source>
        <translation>Une affaire est devant un tribunal ou un régulateur.</translation>
    </message>
    <message>
        <source>The parties reached an agreement.</source>
        <translation>Les parties sont parvenues à un accord.</translation>
    </message>
    <message>
        <source>A court or regulator decided; an appeal may follow: record it as another change.</source>
        <translation>Un tribunal ou un régulateur a tranché&#x202f;; un appel peut suivre&#xa0;: enregistrez-le comme un autre changement.</translation>
    </message>
    <message>
        <source>The case or threat was withdrawn.</source>
        <translation>L’action ou la menace a été retirée.</translation>
    </message>
    <message>
        <source>Not checked yet, or nobody has answered it publicly. A claim nobody answered stays unverified, even when someone declined to comment.</source>
        <translation>Pas encore vérifiée, ou personne n’y a répondu publiquement. Une affirmation à laquelle personne n’a répondu reste non vérifiée, même si quelqu’un a refusé de commenter.</translation>
    </message>
    <message>
        <source>Someone disputed it publicly, without conclusive evidence either way. Cite who: link the claim that disputes it (with who made it) or a source that reports the dispute.</source>
        <translation>Quelqu’un l’a contestée publiquement, sans preuve concluante dans un sens ou dans l’autre. Citez qui&#xa0;: liez l’affirmation qui la conteste (avec son auteur) ou une source qui rapporte la contestation.</translation>
    </message>
    <message>
        <source>Evidence supports it. Needs at least one source as evidence.</source>
        <translation>Les preuves l’étayent. Il faut au moins une source pour preuve.</translation>
    </message>
    <message>
        <source>Evidence contradicts it. Needs at least one source as evidence, and what rebuts it: a claim that rebuts it or the rebutting source.</source>
        <translation>Les preuves la contredisent. Il faut au moins une source pour preuve, et ce qui la réfute&#xa0;: une affirmation qui la contredit ou la source qui la réfute.</translation>
    </message>
    <message>
        <source>Withdrawn by whoever made it.</source>
        <translation>Retirée par son auteur.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::LinkListField</name>
    <message>
        <source>No record is called “%1”.</source>
        <translation>Aucune fiche ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add by name…</source>
        <translation>Ajouter par nom…</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove the selected line</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MainWindow</name>
    <message>
        <source>Frise — platform and AI disputes</source>
        <translation>Frise — litiges entre plateformes et IA</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Relationship graph</source>
        <translation>Graphe des relations</translation>
    </message>
    <message>
        <source>%1 — Frise</source>
        <translation>%1 — Frise</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Content Language</source>
        <translation>Langue du &amp;contenu</translation>
    </message>
    <message>
        <source>&amp;French</source>
        <translation>&amp;Français</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;Anglais</translation>
    </message>
    <message>
        <source>&amp;Both, Side by Side</source>
        <translation>&amp;Les deux, côte à côte</translation>
    </message>
    <message>
        <source>&amp;Interface Language</source>
        <translation>Langue de l’&amp;interface</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Frise</source>
        <translation>À &amp;propos de Frise</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graphe</translation>
    </message>
    <message>
        <source>Navigator: disputes, actors and tags</source>
        <translation>Navigateur&#xa0;: litiges, acteurs et étiquettes</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement(s)</numerusform>
            <numerusform>%n événement(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n acteur(s)</numerusform>
            <numerusform>%n acteur(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dispute(s)</source>
        <translation>
            <numerusform>%n litige(s)</numerusform>
            <numerusform>%n litige(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n affirmation(s)</numerusform>
            <numerusform>%n affirmation(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Frise databases (*.frise);;All files (*)</source>
        <translation>Bases de données Frise (*.frise);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 créée.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Frise databases (*.frise *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Frise (*.frise *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Frise</source>
        <translation>À propos de Frise</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Frise %1&lt;/h3&gt;&lt;p&gt;Timelines and relationship graphs of disputes between online platforms and AI companies, in French and English.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Frise %1&lt;/h3&gt;&lt;p&gt;Frises chronologiques et graphes de relations des litiges entre plateformes en ligne et entreprises d’IA, en français et en anglais.&lt;/p&gt;&lt;p&gt;Sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Deleted. %1 brings it back.</source>
        <translation>Supprimé. %1 le rétablit.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Exporter la &amp;frise…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Exporter les &amp;données…</translation>
    </message>
    <message>
        <source>Export &amp;Graph…</source>
        <translation>Exporter le &amp;graphe…</translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation>Saisie &amp;rapide</translation>
    </message>
    <message>
        <source>Quick capture: one line, date first (%1)</source>
        <translation>Saisie rapide&#xa0;: une ligne, la date d’abord (%1)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Open a database to restore one of its backups</source>
        <translation>Ouvrez une base de données pour restaurer l’une de ses sauvegardes</translation>
    </message>
    <message>
        <source>A database on a server is backed up and restored by its administrator</source>
        <translation>Une base de données sur un serveur est sauvegardée et restaurée par son administrateur</translation>
    </message>
    <message>
        <source>Replace the database with one of its automatic backups</source>
        <translation>Remplacer la base de données par l’une de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Co&amp;nnect to Server…</source>
        <translation>Se co&amp;nnecter à un serveur…</translation>
    </message>
    <message>
        <source>Open a shared database on a PostgreSQL server (%1)</source>
        <translation>Ouvrir une base partagée sur un serveur PostgreSQL (%1)</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>Automatic backup written.</source>
        <translation>Sauvegarde automatique écrite.</translation>
    </message>
    <message>
        <source>reading records (%1 of %2)…</source>
        <translation>lecture des fiches (%1 sur %2)…</translation>
    </message>
    <message>
        <source>writing the automatic backup…</source>
        <translation>écriture de la sauvegarde automatique…</translation>
    </message>
    <message>
        <source>Show &amp;All Events</source>
        <translation>&amp;Afficher tous les événements</translation>
    </message>
    <message>
        <source>Stop filtering the timeline with the search filters</source>
        <translation>Ne plus filtrer la frise avec les filtres de recherche</translation>
    </message>
    <message numerus="yes">
        <source>Timeline filtered: %1 of %n event(s)</source>
        <translation>
            <numerusform>Frise filtrée&#xa0;: %1 sur %n événement</numerusform>
            <numerusform>Frise filtrée&#xa0;: %1 sur %n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Importable files (*.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers importables (*.json *.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Actor &amp;Roles…</source>
        <translation>&amp;Rôles des acteurs…</translation>
    </message>
    <message>
        <source>Translate the roles actors play in events, or add roles</source>
        <translation>Traduire les rôles que jouent les acteurs dans les événements, ou en ajouter</translation>
    </message>
    <message>
        <source>Edit actor roles</source>
        <translation>Modifier les rôles des acteurs</translation>
    </message>
    <message>
        <source>Export &amp;Web Page…</source>
        <translation>Exporter la page &amp;web…</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MarkdownNotesEditor</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Notes (Markdown)</source>
        <translation>Notes (Markdown)</translation>
    </message>
    <message>
        <source>Internal notes in Markdown: never published.</source>
        <translation>Notes internes en Markdown&#xa0;: jamais publiées.</translation>
    </message>
    <message>
        <source>Notes preview</source>
        <translation>Aperçu des notes</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::NavigatorModel</name>
    <message>
        <source>Disputes</source>
        <translation>Litiges</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Périodes</translation>
    </message>
    <message>
        <source>Needs review</source>
        <comment>navigator group: records whose translation needs review</comment>
        <translation>À relire</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::PropertiesDialog</name>
    <message>
        <source>Database properties</source>
        <translation>Propriétés de la base de données</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version du schéma&#xa0;:</translation>
    </message>
    <message>
        <source>Access:</source>
        <translation>Accès&#xa0;:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Read and write</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>Actors:</source>
        <translation>Acteurs&#xa0;:</translation>
    </message>
    <message>
        <source>Disputes:</source>
        <translation>Litiges&#xa0;:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Affirmations&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relations&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::QuickCaptureBar</name>
    <message>
        <source>25/04/2023 What happened #dispute @actor</source>
        <translation>25/04/2023 Ce qui s’est passé #litige @acteur</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>A date, a title, #dispute and @actor links. Enter saves, Escape closes.</source>
        <translation>Une date, un titre, des liens #litige et @acteur. Entrée enregistre, Échap ferme.</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>Ouvrir dans l’éditeur</translation>
    </message>
    <message>
        <source>Save the line and edit the new event in the inspector</source>
        <translation>Enregistrer la ligne et modifier le nouvel événement dans l’inspecteur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Type a date and what happened, e.g. “25/04/2023 Microsoft drops Twitter #twitter-microsoft @Microsoft”.</source>
        <translation>Tapez une date et ce qui s’est passé, par exemple «&#xa0;25/04/2023 Microsoft retire Twitter #twitter-microsoft @Microsoft&#xa0;».</translation>
    </message>
    <message>
        <source>No date at the start of the line</source>
        <translation>Pas de date en début de ligne</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Colonne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Date: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Date&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No title after the date</source>
        <translation>Pas de titre après la date</translation>
    </message>
    <message>
        <source>Title: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Titre&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Disputes: %1</source>
        <translation>Litiges&#xa0;: %1</translation>
    </message>
    <message>
        <source>Actors: %1</source>
        <translation>Acteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown dispute #%1</source>
        <translation>Litige inconnu #%1</translation>
    </message>
    <message>
        <source>Unknown actor @%1</source>
        <translation>Acteur inconnu @%1</translation>
    </message>
    <message>
        <source>%1 matches several records</source>
        <translation>%1 correspond à plusieurs fiches</translation>
    </message>
    <message>
        <source>The event could not be saved.</source>
        <translation>L’événement n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>Saved “%1”. Undo takes it back.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré. Annuler le retire.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::ReconnectBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
    <message>
        <source>Try to reach the database server now instead of waiting</source>
        <translation>Tenter de joindre le serveur de bases de données maintenant, sans attendre</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordActions</name>
    <message>
        <source>Ne&amp;w</source>
        <translation>Nou&amp;veau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an action&apos;s name, then its shortcut</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordCombo</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordEditor</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Aliases</source>
        <translation>&amp;Autres noms</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Fait partie de</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>Claimed &amp;by</source>
        <translation>Affirmé &amp;par</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;In</source>
        <translation>&amp;Dans</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Litige</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Rebuts</source>
        <translation>&amp;Contredit</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Couleur</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xte</translation>
    </message>
    <message>
        <source>&amp;Start / end</source>
        <translation>&amp;Début / fin</translation>
    </message>
    <message>
        <source>&amp;Importance</source>
        <translation>&amp;Importance</translation>
    </message>
    <message>
        <source>&amp;Disputes</source>
        <translation>&amp;Litiges</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>So&amp;urces</source>
        <translation>So&amp;urces</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>The status a dispute left (status change editor)</extracomment>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <extracomment>The status a dispute entered (status change editor)</extracomment>
        <translation>&amp;À</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Outlet</source>
        <translation>&amp;Média</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Publié</translation>
    </message>
    <message>
        <source>A&amp;ccessed</source>
        <translation>&amp;Consulté</translation>
    </message>
    <message>
        <source>&amp;Excerpt</source>
        <translation>&amp;Extrait</translation>
    </message>
    <message>
        <source>Someone else has just changed this record. What you are typing is kept; when it is saved you will see both versions and choose.</source>
        <translation>Quelqu’un d’autre vient de modifier cette fiche. Ce que vous saisissez est conservé&#xa0;; à l’enregistrement, vous verrez les deux versions et choisirez.</translation>
    </message>
    <message>
        <source>Show &amp;Their Version</source>
        <translation>Afficher &amp;leur version</translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved record</source>
        <translation>Abandonner ce que vous avez saisi et afficher la fiche enregistrée</translation>
    </message>
    <message>
        <source>History</source>
        <extracomment>A dispute&apos;s status history, its dated status changes</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Rebutted b&amp;y</source>
        <translation>C&amp;ontredit par</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Your change was not saved: the database server could not be reached. What you typed is kept here; save it again once the connection is back.</source>
        <translation>Votre modification n’a pas été enregistrée&#xa0;: le serveur de bases de données était injoignable. Ce que vous avez saisi est conservé ici&#x202f;; enregistrez-le de nouveau une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>&amp;Discard My Change</source>
        <translation>&amp;Abandonner ma modification</translation>
    </message>
    <message>
        <source>Saved &amp;copies</source>
        <translation>Copies sau&amp;vegardées</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>A&amp;rchived copies</source>
        <translation>Copies a&amp;rchivées</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Cotation</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordFields</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <source>translated</source>
        <translation>traduite</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à relire</translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <translation>%1 (français)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (anglais)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RecordType</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>New actor</source>
        <translation>Nouvel acteur</translation>
    </message>
    <message>
        <source>New dispute</source>
        <translation>Nouveau litige</translation>
    </message>
    <message>
        <source>New claim</source>
        <translation>Nouvelle affirmation</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>A relation links two actors: create them first.</source>
        <translation>Une relation relie deux acteurs&#xa0;: créez-les d’abord.</translation>
    </message>
    <message>
        <source>New relation</source>
        <translation>Nouvelle relation</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Nouvel &amp;événement</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Acteur</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Litige</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Affirmation</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>A source record: where a fact comes from (an article, a filing)</extracomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <extracomment>Edit → New → Source: where a fact comes from (an article, a filing)</extracomment>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>&amp;Relation</source>
        <translation>&amp;Relation</translation>
    </message>
    <message>
        <source>Delete relation</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>New era</source>
        <translation>Nouvelle période</translation>
    </message>
    <message>
        <source>Era</source>
        <extracomment>A named period drawn as a band across the timeline (&quot;the trial&quot;)</extracomment>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Era</source>
        <extracomment>Edit → New → Era: a named period drawn as a band across the timeline</extracomment>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>A status change belongs to a dispute: create one first.</source>
        <translation>Un changement de statut appartient à un litige&#xa0;: créez-en un d’abord.</translation>
    </message>
    <message>
        <source>New status change</source>
        <translation>Nouveau changement de statut</translation>
    </message>
    <message>
        <source>Status change</source>
        <extracomment>A dated, sourced step in a dispute&apos;s history (&quot;filed on 4 June 2025&quot;)</extracomment>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>S&amp;tatus change</source>
        <extracomment>Edit → New → Status change: a dated, sourced step in a dispute&apos;s history</extracomment>
        <translation>Changement de s&amp;tatut</translation>
    </message>
    <message>
        <source>Actor role</source>
        <translation>Rôle d’acteur</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RelationEditor</name>
    <message>
        <source>From actor</source>
        <translation>Acteur d’origine</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Type de relation</translation>
    </message>
    <message>
        <source>To actor</source>
        <translation>Acteur visé</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::RestoreBackupDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Automatic backups (every database)</source>
        <translation>Sauvegardes automatiques (toutes les bases de données)</translation>
    </message>
    <message>
        <source>None (no automatic backups)</source>
        <translation>Aucune (pas de sauvegarde automatique)</translation>
    </message>
    <message>
        <source>How many automatic backups of each database are kept; older ones are deleted.</source>
        <translation>Nombre de sauvegardes automatiques conservées pour chaque base de données ; les plus anciennes sont supprimées.</translation>
    </message>
    <message>
        <source>&amp;Number of backups kept:</source>
        <translation>&amp;Nombre de sauvegardes conservées :</translation>
    </message>
    <message>
        <source>On opening a database, a backup is written when the newest one is older than this.</source>
        <translation>À l’ouverture d’une base de données, une sauvegarde est écrite si la plus récente est plus ancienne que ce délai.</translation>
    </message>
    <message>
        <source>New backup on open after (&amp;hours):</source>
        <translation>Nouvelle sauvegarde à l’ouverture après (&amp;heures) :</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>This database is on a server. Frise writes backups of database files only; the server&apos;s administrator keeps its backups and restores them.</source>
        <translation>Cette base de données se trouve sur un serveur. Frise ne sauvegarde que les fichiers de base de données ; c’est l’administrateur du serveur qui en conserve les sauvegardes et les restaure.</translation>
    </message>
    <message>
        <source>There is no backup of %1 yet. Frise writes one when the database is opened, as set below; they are kept in %2.</source>
        <translation>Il n’y a pas encore de sauvegarde de %1. Frise en écrit une à l’ouverture de la base de données, selon les réglages ci-dessous ; elles sont conservées dans %2.</translation>
    </message>
    <message>
        <source>&amp;Backups of %1, newest first. Restoring one replaces the database; its current state is backed up first, so the restore can be undone.</source>
        <translation>&amp;Sauvegardes de %1, de la plus récente à la plus ancienne. En restaurer une remplace la base de données ; son état actuel est d’abord sauvegardé, la restauration peut donc être annulée.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Endommagée</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intacte</translation>
    </message>
    <message>
        <source>The backup passed its integrity check.</source>
        <translation>La sauvegarde a passé la vérification d’intégrité.</translation>
    </message>
    <message>
        <source>This database is read-only: it cannot be replaced by a backup.</source>
        <translation>Cette base de données est en lecture seule : elle ne peut pas être remplacée par une sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: %1</source>
        <translation>Cette sauvegarde est endommagée et ne peut pas être restaurée : %1</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>Vérification des sauvegardes…</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1?</source>
        <translation>Remplacer la base de données par la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>Changes made since then are no longer in the database, but its current state is backed up first: restoring that backup undoes this.</source>
        <translation>Les modifications faites depuis ne seront plus dans la base de données, mais son état actuel est d’abord sauvegardé : restaurer cette sauvegarde annule l’opération.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SavedCopiesField</name>
    <message>
        <source>Change the capture date of %1</source>
        <translation>Modifier la date de capture de %1</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Joindre %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fichier joint.</numerusform>
            <numerusform>%n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already attached to this source.</source>
        <translation>%1 était déjà joint à cette source.</translation>
    </message>
    <message>
        <source>Attach cancelled; the file being stored was not kept.</source>
        <translation>Ajout annulé&#x202f;; le fichier en cours d’enregistrement n’a pas été conservé.</translation>
    </message>
    <message>
        <source>Attach Saved Copies</source>
        <translation>Joindre des copies sauvegardées</translation>
    </message>
    <message>
        <source>Saved pages, documents and captures (*.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.warc *.warc.gz *.wacz);;All files (*)</source>
        <translation>Pages enregistrées, documents et captures (*.html *.htm *.mhtml *.mht *.pdf *.png *.jpg *.jpeg *.warc *.warc.gz *.wacz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the saved copy %1</source>
        <translation>Retirer la copie sauvegardée %1</translation>
    </message>
    <message>
        <source>&amp;Attach…</source>
        <translation>&amp;Joindre…</translation>
    </message>
    <message>
        <source>Keep a saved page, PDF, screenshot or web archive with this source (or drop the file on the editor); at most 200 MiB a file</source>
        <translation>Garder une page enregistrée, un PDF, une capture d’écran ou une archive web avec cette source (ou déposer le fichier sur l’éditeur)&#x202f;; 200&#xa0;Mio au plus par fichier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the saved copy with the system&apos;s viewer</source>
        <translation>Ouvrir la copie sauvegardée avec la visionneuse du système</translation>
    </message>
    <message>
        <source>Copy SHA-&amp;256</source>
        <translation>Copier le SHA-&amp;256</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved copies</source>
        <translation>Copies sauvegardées</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SavedCopyModel</name>
    <message>
        <source>%1
%2, %3 bytes
SHA-256: %4</source>
        <translation>%1
%2, %3 octets
SHA-256&#xa0;: %4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Captured</source>
        <comment>when a saved copy was taken</comment>
        <translation>Capturée le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SearchWidget</name>
    <message>
        <source>Type to search events, claims, actors and sources.</source>
        <translation>Tapez pour chercher parmi les événements, affirmations, acteurs et sources.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat(s)</numerusform>
            <numerusform>%n résultat(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Search in French and English…</source>
        <translation>Chercher en français et en anglais…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show search filters</source>
        <translation>Afficher les filtres de recherche</translation>
    </message>
    <message>
        <source>&amp;Dispute:</source>
        <translation>&amp;Litige&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Acteur&#xa0;:</translation>
    </message>
    <message>
        <source>Claim &amp;status:</source>
        <translation>É&amp;tat de l’affirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;g:</source>
        <translation>Éti&amp;quette&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by dispute</source>
        <translation>Filtrer par litige</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par acteur</translation>
    </message>
    <message>
        <source>Filter by claim status</source>
        <translation>Filtrer par état d’affirmation</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Apply to the &amp;timeline</source>
        <translation>Appliquer à la &amp;frise chronologique</translation>
    </message>
    <message>
        <source>Show on the timeline only the events that match the dispute, actor, tag and dates set here</source>
        <translation>N’afficher sur la frise que les événements qui correspondent au litige, à l’acteur, à l’étiquette et aux dates choisis ici</translation>
    </message>
    <message>
        <source>Source &amp;grade:</source>
        <translation>&amp;Cotation de la source&#xa0;:</translation>
    </message>
    <message>
        <source>Filter sources by reliability</source>
        <translation>Filtrer les sources par fiabilité</translation>
    </message>
    <message>
        <source>Only sources at least this reliable (A best; F and ungraded sources never match)</source>
        <translation>Seulement les sources au moins aussi fiables (A la meilleure&#x202f;; F et les sources non cotées ne correspondent jamais)</translation>
    </message>
    <message>
        <source>Any reliability</source>
        <translation>Toute fiabilité</translation>
    </message>
    <message>
        <source>At least %1 (%2)</source>
        <translation>Au moins %1 (%2)</translation>
    </message>
    <message>
        <source>Filter sources by credibility</source>
        <translation>Filtrer les sources par crédibilité</translation>
    </message>
    <message>
        <source>Only sources whose information is at least this credible (1 best; 6 and ungraded never match)</source>
        <translation>Seulement les sources dont l’information est au moins aussi crédible (1 la meilleure&#x202f;; 6 et les sources non cotées ne correspondent jamais)</translation>
    </message>
    <message>
        <source>Any credibility</source>
        <translation>Toute crédibilité</translation>
    </message>
    <message>
        <source>Search index %1 % built; results may be incomplete.</source>
        <translation>Index de recherche construit à %1&#xa0;%&#x202f;; les résultats peuvent être incomplets.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SessionMessages</name>
    <message>
        <source>The database is open in another Frise window.</source>
        <translation>La base de données est ouverte dans une autre fenêtre de Frise.</translation>
    </message>
    <message>
        <source>The database cannot be written (read-only file or folder); your change was not saved.</source>
        <translation>Impossible d’écrire dans la base de données (fichier ou dossier en lecture seule)&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The disk is full; your change was not saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;; votre modification n’a pas été enregistrée. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The database is busy with another writer; your change was not saved. Try again.</source>
        <translation>La base de données est occupée par une autre écriture&#xa0;; votre modification n’a pas été enregistrée. Réessayez.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere meanwhile; your change was not saved.</source>
        <translation>Cette fiche a été modifiée ailleurs entre-temps&#xa0;; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Unexpected database error.</source>
        <translation>Erreur inattendue de la base de données.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>You are connected as %1, a user who may read this database but not change it: you can browse, search and export, not edit.</source>
        <translation>Vous êtes connecté en tant que %1, un utilisateur qui peut lire cette base mais pas la modifier&#xa0;: vous pouvez parcourir, chercher et exporter, pas modifier.</translation>
    </message>
    <message>
        <source>This database is read-only: you can browse and search it, not edit it.</source>
        <translation>Cette base est en lecture seule&#xa0;: vous pouvez la parcourir et y chercher, pas la modifier.</translation>
    </message>
    <message>
        <source>The database’s records are still being read: editing starts as soon as they are loaded.</source>
        <translation>Les fiches de la base sont encore en cours de lecture : la modification sera possible dès qu’elles seront chargées.</translation>
    </message>
    <message>
        <source>The database’s records could not be read, so editing is off: %1</source>
        <translation>Les fiches de la base n’ont pas pu être lues, la modification est donc désactivée : %1</translation>
    </message>
    <message>
        <source>The automatic backup could not be written: %1</source>
        <translation>La sauvegarde automatique n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>A database on a server is not restored from Frise backups; ask its administrator.</source>
        <translation>Une base de données sur un serveur ne se restaure pas à partir des sauvegardes de Frise ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>This database is read-only: it cannot be replaced by a backup.</source>
        <translation>Cette base de données est en lecture seule : elle ne peut pas être remplacée par une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup was not restored, your database is unchanged: %1</source>
        <translation>La sauvegarde n’a pas été restaurée, votre base de données est inchangée : %1</translation>
    </message>
    <message>
        <source>The backup was not restored, your database is unchanged: the current state could not be backed up first (%1).</source>
        <translation>La sauvegarde n’a pas été restaurée, votre base de données est inchangée : l’état actuel n’a pas pu être sauvegardé au préalable (%1).</translation>
    </message>
    <message>
        <source>Restored the backup. The database as it was before is kept as a backup of %1: restore it to undo.</source>
        <translation>Sauvegarde restaurée. La base de données telle qu’elle était avant est conservée dans une sauvegarde du %1 : restaurez-la pour annuler.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be opened (%1); your database was put back as it was.</source>
        <translation>La sauvegarde a été restaurée mais n’a pas pu être ouverte (%1) ; votre base de données a été remise dans son état précédent.</translation>
    </message>
    <message>
        <source>Your database could not be opened again (%1). The state before the restore is in the backup %2.</source>
        <translation>Votre base de données n’a pas pu être rouverte (%1). L’état d’avant la restauration se trouve dans la sauvegarde %2.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: nothing can be saved until it is back, so editing is off. You can still browse and export what is loaded.</source>
        <translation>La connexion au serveur de bases de données a été perdue&#xa0;: rien ne peut être enregistré avant son retour, la modification est donc désactivée. Vous pouvez encore parcourir et exporter ce qui est chargé.</translation>
    </message>
    <message>
        <source>Your last change was not saved.</source>
        <translation>Votre dernière modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Next attempt to reconnect in %1 s.</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Prochaine tentative de reconnexion dans %1&#xa0;s.</translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>Tentative de reconnexion…</translation>
    </message>
    <message>
        <source>Reconnected; the view was refreshed and you can edit again.</source>
        <translation>Reconnecté&#x202f;; l’affichage a été actualisé et vous pouvez de nouveau modifier.</translation>
    </message>
    <message>
        <source>Reconnected; the view was refreshed.</source>
        <translation>Reconnecté&#x202f;; l’affichage a été actualisé.</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::SourceEditor</name>
    <message>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Code de langue</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Accessed on (yyyy-mm-dd)</source>
        <translation>Consulté le (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>Quoted excerpt</source>
        <translation>Extrait cité</translation>
    </message>
    <message>
        <source>Confidential source</source>
        <translation>Source confidentielle</translation>
    </message>
    <message>
        <source>Reliability of the source (A to F)</source>
        <translation>Fiabilité de la source (A à F)</translation>
    </message>
    <message>
        <source>Credibility of the information (1 to 6)</source>
        <translation>Crédibilité de l’information (1 à 6)</translation>
    </message>
    <message>
        <source>Reliability: not graded</source>
        <translation>Fiabilité&#xa0;: non cotée</translation>
    </message>
    <message>
        <source>Reliability of the source</source>
        <translation>Fiabilité de la source</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Credibility: not graded</source>
        <translation>Crédibilité&#xa0;: non cotée</translation>
    </message>
    <message>
        <source>Credibility of the information</source>
        <translation>Crédibilité de l’information</translation>
    </message>
    <message>
        <source>The live URL is &amp;dead (publications cite the first archived copy)</source>
        <translation>L’URL d’origine est &amp;morte (les publications citent la première copie archivée)</translation>
    </message>
    <message>
        <source>Con&amp;fidential source (protected informant)</source>
        <translation>Source con&amp;fidentielle (informateur protégé)</translation>
    </message>
    <message>
        <source>Its outlet, title, URLs and excerpt never appear in publications or timeline credits, and readers of a shared database cannot see them</source>
        <translation>Son média, son titre, ses URL et son extrait n’apparaissent jamais dans les publications ni dans les crédits de la frise, et les lecteurs d’une base partagée ne peuvent pas les voir</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::StatusChangeEditor</name>
    <message>
        <source>Dispute</source>
        <translation>Litige</translation>
    </message>
    <message>
        <source>Status before the change</source>
        <translation>Statut avant le changement</translation>
    </message>
    <message>
        <source>Status after the change</source>
        <translation>Statut après le changement</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(none: its first recorded status)</source>
        <extracomment>The &quot;from&quot; status of a dispute&apos;s first recorded change</extracomment>
        <translation>(aucun&#xa0;: son premier statut enregistré)</translation>
    </message>
    <message>
        <source>No source yet: a status change should rest on at least one (a filing, a ruling, a statement).</source>
        <translation>Pas encore de source&#xa0;: un changement de statut doit reposer sur au moins une source (une plainte, une décision, une déclaration).</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineAccessible</name>
    <message>
        <source>%1 (%2)</source>
        <comment>dispute (its status then)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineActions</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>Frise &amp;chronologique</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show a &amp;Decade</source>
        <translation>Afficher une &amp;décennie</translation>
    </message>
    <message>
        <source>Show a &amp;Year</source>
        <translation>Afficher une &amp;année</translation>
    </message>
    <message>
        <source>Show a &amp;Month</source>
        <translation>Afficher un &amp;mois</translation>
    </message>
    <message>
        <source>Show a &amp;Week</source>
        <translation>Afficher une &amp;semaine</translation>
    </message>
    <message>
        <source>Show a D&amp;ay</source>
        <translation>Afficher un &amp;jour</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>By &amp;Dispute</source>
        <translation>Par &amp;litige</translation>
    </message>
    <message>
        <source>By &amp;Actor</source>
        <translation>Par &amp;acteur</translation>
    </message>
    <message>
        <source>By &amp;Tag</source>
        <translation>Par é&amp;tiquette</translation>
    </message>
    <message>
        <source>&amp;None (One Lane)</source>
        <translation>&amp;Aucune (une seule ligne)</translation>
    </message>
    <message>
        <source>Show the &quot;As &amp;Of&quot; Cursor</source>
        <translation>Afficher le curseur «&#xa0;&amp;à la date du&#xa0;»</translation>
    </message>
    <message>
        <source>A line to drag along the timeline; the graph shows the relations as of its date</source>
        <translation>Une ligne à faire glisser sur la frise&#xa0;; le graphe montre les relations à sa date</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineController</name>
    <message>
        <source>Timeline loading cancelled.</source>
        <translation>Chargement de la frise annulé.</translation>
    </message>
    <message>
        <source>Timeline %p%</source>
        <translation>Frise %p&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop loading the timeline</source>
        <translation>Arrêter le chargement de la frise</translation>
    </message>
</context>
<context>
    <name>Frise::Ui::TimelineOverview</name>
    <message>
        <source>Timeline overview</source>
        <translation>Vue d’ensemble de la frise</translation>
    </message>
    <message>
        <source>The whole timeline in miniature: drag the frame to move the visible period, or click to centre it there.</source>
        <translation>Toute la frise en miniature&#xa0;: faites glisser le cadre pour déplacer la période visible, ou cliquez pour l’y centrer.</translation>
    </message>
</context>
<context>
    <name>GenericCsv</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>a header row naming the columns</source>
        <translation>une ligne d’en-tête nommant les colonnes</translation>
    </message>
    <message>
        <source>no column for the date</source>
        <translation>aucune colonne pour la date</translation>
    </message>
    <message>
        <source>no column for the title</source>
        <translation>aucune colonne pour le titre</translation>
    </message>
    <message>
        <source>a column named date/Date/Début and one named title/titre/headline, or a --map option</source>
        <translation>une colonne nommée date/Date/Début et une nommée title/titre/headline, ou une option --map</translation>
    </message>
    <message>
        <source>the mapping names a column “%1” that the file does not have</source>
        <translation>la correspondance nomme une colonne «&#xa0;%1&#xa0;» absente du fichier</translation>
    </message>
    <message>
        <source>“%1” is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>a date such as 25/04/2023 (day first), 2023-04-25, 04/2023 or 2023</source>
        <translation>une date comme 25/04/2023 (jour en premier), 2023-04-25, 04/2023 ou 2023</translation>
    </message>
    <message>
        <source>a date such as 04/25/2023 (month first), 2023-04-25, 04/2023 or 2023</source>
        <translation>une date comme 04/25/2023 (mois en premier), 2023-04-25, 04/2023 ou 2023</translation>
    </message>
    <message>
        <source>a date such as 2023-04-25, 2023-04 or 2023</source>
        <translation>une date comme 2023-04-25, 2023-04 ou 2023</translation>
    </message>
    <message>
        <source>%1: no title: row skipped</source>
        <translation>%1&#xa0;: pas de titre&#xa0;: ligne ignorée</translation>
    </message>
    <message>
        <source>every date is written year first (yyyy-mm-dd)</source>
        <translation>toutes les dates commencent par l’année (aaaa-mm-jj)</translation>
    </message>
    <message>
        <source>“%1” can only be day/month/year</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être que jour/mois/année</translation>
    </message>
    <message>
        <source>“%1” can only be month/day/year</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être que mois/jour/année</translation>
    </message>
    <message>
        <source>no date settles it; “;”-separated or French file: day first</source>
        <translation>aucune date ne tranche ; fichier séparé par «&#xa0;;&#xa0;» ou en français&#xa0;: jour en premier</translation>
    </message>
    <message>
        <source>no date settles it; month first</source>
        <translation>aucune date ne tranche&#xa0;: mois en premier</translation>
    </message>
    <message>
        <source>“%1” is not a source grade</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une cotation de source</translation>
    </message>
    <message>
        <source>a grade such as “B2”: reliability A to F, credibility 1 to 6, either may be “-”</source>
        <translation>une cotation comme «&#xa0;B2&#xa0;»&#xa0;: fiabilité de A à F, crédibilité de 1 à 6, l’une ou l’autre peut être «&#xa0;-&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>unknown file format</source>
        <translation>format de fichier inconnu</translation>
    </message>
    <message>
        <source>a Frise backup, TimelineJS JSON, a TimelineJS sheet or a CSV file</source>
        <translation>une sauvegarde Frise, du JSON TimelineJS, une feuille TimelineJS ou un fichier CSV</translation>
    </message>
    <message>
        <source>iCalendar files cannot be imported</source>
        <translation>les fichiers iCalendar ne peuvent pas être importés</translation>
    </message>
    <message>
        <source>the file is too large to import: %1 MiB, Frise reads up to %2 MiB at once</source>
        <translation>le fichier est trop volumineux pour être importé : %1 Mio, Frise lit au plus %2 Mio à la fois</translation>
    </message>
    <message>
        <source>a smaller file: split it, or import it in parts</source>
        <translation>un fichier plus petit : découpez-le, ou importez-le en plusieurs parties</translation>
    </message>
    <message>
        <source>ClaimReview, FollowTheMoney and CSL-JSON files are exports only</source>
        <translation>les fichiers ClaimReview, FollowTheMoney et CSL-JSON sont des exports seulement, ils ne s’importent pas</translation>
    </message>
</context>
<context>
    <name>IoError</name>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu(e)</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the file is not a JSON object</source>
        <translation>le fichier n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>%1: unknown key</source>
        <translation>%1&#xa0;: clé inconnue</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une de %1</translation>
    </message>
    <message>
        <source>%1: wrong type (%2)</source>
        <translation>%1&#xa0;: mauvais type (%2)</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1&#xa0;: manquant</translation>
    </message>
    <message>
        <source>%1: out of range</source>
        <translation>%1&#xa0;: hors limites</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>%1: unknown status “%2”</source>
        <translation>%1&#xa0;: statut «&#xa0;%2&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>original, translated, needs_review or missing</source>
        <translation>original, translated, needs_review ou missing</translation>
    </message>
    <message>
        <source>%1: invalid date (%2)</source>
        <translation>%1&#xa0;: date invalide (%2)</translation>
    </message>
    <message>
        <source>a date such as 2023, 2023-04, 2023-04-25, 2023-04-25T10:00, ~2015 or 2023-04/2023-06</source>
        <translation>une date comme 2023, 2023-04, 2023-04-25, 2023-04-25T10:00, ~2015 ou 2023-04/2023-06</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>un tableau de chaînes</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>a YYYY-MM-DD date</source>
        <translation>une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1: null, skipped</source>
        <translation>%1 : null, ignoré</translation>
    </message>
    <message>
        <source>%1: empty, skipped</source>
        <translation>%1 : vide, ignoré</translation>
    </message>
    <message>
        <source>%1: wrong type (%2), skipped; expected %3</source>
        <translation>%1 : mauvais type (%2), ignoré ; %3 attendu(e)</translation>
    </message>
    <message>
        <source>%1: not valid, skipped</source>
        <translation>%1 : invalide, ignoré</translation>
    </message>
    <message>
        <source>%1: unknown key, ignored</source>
        <translation>%1 : clé inconnue, ignorée</translation>
    </message>
    <message>
        <source>%1: not kept by Frise, dropped</source>
        <translation>%1 : non conservé par Frise, abandonné</translation>
    </message>
    <message numerus="yes">
        <source>(%n more like this at %1)</source>
        <translation>
            <numerusform>(%n autre semblable en %1)</numerusform>
            <numerusform>(%n autres semblables en %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
</context>
<context>
    <name>TimelineExporter</name>
    <message>
        <source>Invalid date “%1”: %2</source>
        <translation>Date « %1 » non valide : %2</translation>
    </message>
    <message>
        <source>Unknown image format for “%1”: use .png, .svg or .pdf.</source>
        <translation>Format d’image inconnu pour « %1 » : utilisez .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
    <message>
        <source>Not enough memory for a %1×%2 image.</source>
        <translation>Mémoire insuffisante pour une image de %1 × %2.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
    <message>
        <source>The width must be between %1 and %2 pixels.</source>
        <translation>La largeur doit être comprise entre %1 et %2 pixels.</translation>
    </message>
    <message>
        <source>The height must be between %1 and %2 pixels.</source>
        <translation>La hauteur doit être comprise entre %1 et %2 pixels.</translation>
    </message>
    <message>
        <source>The resolution must be between %1 and %2 DPI.</source>
        <translation>La résolution doit être comprise entre %1 et %2 PPP.</translation>
    </message>
    <message>
        <source>The start of the range is after its end.</source>
        <translation>Le début de la période est postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Export annulé.</translation>
    </message>
</context>
<context>
    <name>TimelineJsCsv</name>
    <message>
        <source>not a TimelineJS sheet: no “Year” and “Headline” columns</source>
        <translation>pas une feuille TimelineJS&#xa0;: pas de colonnes «&#xa0;Year&#xa0;» et «&#xa0;Headline&#xa0;»</translation>
    </message>
    <message>
        <source>the TimelineJS template columns (Year, Month, Day, …, Headline, …)</source>
        <translation>les colonnes du modèle TimelineJS (Year, Month, Day, …, Headline, …)</translation>
    </message>
    <message>
        <source>%1: “%2” is not a whole number</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>%1: “%2” is not a time</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une heure</translation>
    </message>
    <message>
        <source>a time such as 14:30 or 2:30 PM</source>
        <translation>une heure comme 14:30 ou 2:30 PM</translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation>%1&#xa0;: date invalide</translation>
    </message>
    <message>
        <source>Year, then optionally Month (1–12) and Day</source>
        <translation>Year, puis éventuellement Month (1–12) et Day</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>%1: year out of supported range</source>
        <translation>%1 : année hors de la plage prise en charge</translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation>une année de %1 à %2</translation>
    </message>
    <message>
        <source>Year: missing</source>
        <translation>Year : manquante</translation>
    </message>
    <message>
        <source>End Year: missing; an era needs an end</source>
        <translation>End Year : manquante ; une période doit avoir une fin</translation>
    </message>
    <message>
        <source>neither a Headline nor a Text</source>
        <translation>ni Headline ni Text</translation>
    </message>
    <message>
        <source>%1: not kept by Frise, dropped</source>
        <translation>%1 : non conservé par Frise, abandonné</translation>
    </message>
    <message numerus="yes">
        <source>%1: not kept by Frise, dropped (%n more row(s) like this)</source>
        <translation>
            <numerusform>%1 : non conservé par Frise, abandonné (%n autre ligne semblable)</numerusform>
            <numerusform>%1 : non conservé par Frise, abandonné (%n autres lignes semblables)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: not a TimelineJS column, ignored</source>
        <translation>« %1 » : pas une colonne TimelineJS, ignorée</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1; end date skipped</source>
        <translation>%1 ; date de fin ignorée</translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation>%1 : l’année 0 n’existe pas</translation>
    </message>
    <message>
        <source>a year other than 0 (-1 is 1 BCE, followed by 1 CE)</source>
        <translation>une année autre que 0 (-1 est 1 av. J.-C., suivie de 1 apr. J.-C.)</translation>
    </message>
</context>
<context>
    <name>TimelineJsJson</name>
    <message>
        <source>%1: not a whole number</source>
        <translation>%1&#xa0;: pas un nombre entier</translation>
    </message>
    <message>
        <source>a whole number or a string of digits</source>
        <translation>un nombre entier ou une chaîne de chiffres</translation>
    </message>
    <message>
        <source>%1: not a valid date</source>
        <translation>%1&#xa0;: date invalide</translation>
    </message>
    <message>
        <source>year, then optionally month (1–12), day, hour (0–23), minute (0–59)</source>
        <translation>year, puis éventuellement month (1–12), day, hour (0–23), minute (0–59)</translation>
    </message>
    <message>
        <source>%1: missing start_date</source>
        <translation>%1&#xa0;: start_date manquant</translation>
    </message>
    <message>
        <source>an object with at least “year”</source>
        <translation>un objet avec au moins «&#xa0;year&#xa0;»</translation>
    </message>
    <message>
        <source>not a TimelineJS file: no “events” array</source>
        <translation>pas un fichier TimelineJS&#xa0;: pas de tableau «&#xa0;events&#xa0;»</translation>
    </message>
    <message>
        <source>an “events” array</source>
        <translation>un tableau «&#xa0;events&#xa0;»</translation>
    </message>
    <message>
        <source>%1: year out of supported range</source>
        <translation>%1 : année hors de la plage prise en charge</translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation>une année de %1 à %2</translation>
    </message>
    <message>
        <source>%1: an era needs an end_date</source>
        <translation>%1 : une période doit avoir une end_date</translation>
    </message>
    <message>
        <source>%1: missing year</source>
        <translation>%1 : année manquante</translation>
    </message>
    <message>
        <source>%1: neither a headline nor a text</source>
        <translation>%1 : ni headline ni text</translation>
    </message>
    <message>
        <source>“text” with a “headline” or a “text”</source>
        <translation>« text » avec un « headline » ou un « text »</translation>
    </message>
    <message>
        <source>%1; skipped</source>
        <translation>%1 ; ignoré</translation>
    </message>
    <message>
        <source>an era object</source>
        <translation>un objet période</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>%1: there is no year 0</source>
        <translation>%1 : l’année 0 n’existe pas</translation>
    </message>
    <message>
        <source>a year other than 0 (-1 is 1 BCE, followed by 1 CE)</source>
        <translation>une année autre que 0 (-1 est 1 av. J.-C., suivie de 1 apr. J.-C.)</translation>
    </message>
</context>
<context>
    <name>WebPage</name>
    <message>
        <source>the web page&apos;s %1 is missing from this build</source>
        <translation>le fichier %1 de la page web manque à cette version</translation>
    </message>
    <message>
        <source>the web page&apos;s %1 would end its element early</source>
        <translation>le fichier %1 de la page web fermerait son élément trop tôt</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
</TS>
