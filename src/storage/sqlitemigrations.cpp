// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitemigrations.h"

#include "rolevocabularysql_p.h"

namespace Frise::Storage {

namespace {

// Bilingual fields are four columns: x_fr, x_fr_status, x_en, x_en_status.
// Fuzzy dates are three: x (canonical text), x_wording, x_reference.
// Times are minutes since the Unix epoch (t_min first, t_max last minute).
QStringList step1()
{
    return {
        QStringLiteral(R"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE actor (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name_fr TEXT NOT NULL DEFAULT '', name_fr_status TEXT NOT NULL DEFAULT 'missing',
            name_en TEXT NOT NULL DEFAULT '', name_en_status TEXT NOT NULL DEFAULT 'missing',
            description_fr TEXT NOT NULL DEFAULT '', description_fr_status TEXT NOT NULL DEFAULT 'missing',
            description_en TEXT NOT NULL DEFAULT '', description_en_status TEXT NOT NULL DEFAULT 'missing',
            aliases TEXT NOT NULL DEFAULT '',
            parent_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            outlet TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '', published_wording TEXT NOT NULL DEFAULT '',
            published_reference TEXT NOT NULL DEFAULT '',
            accessed TEXT NOT NULL DEFAULT '',
            excerpt TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE tag (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            label_fr TEXT NOT NULL DEFAULT '', label_fr_status TEXT NOT NULL DEFAULT 'missing',
            label_en TEXT NOT NULL DEFAULT '', label_en_status TEXT NOT NULL DEFAULT 'missing'))"),
        QStringLiteral(R"(CREATE TABLE dispute (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title_fr TEXT NOT NULL DEFAULT '', title_fr_status TEXT NOT NULL DEFAULT 'missing',
            title_en TEXT NOT NULL DEFAULT '', title_en_status TEXT NOT NULL DEFAULT 'missing',
            description_fr TEXT NOT NULL DEFAULT '', description_fr_status TEXT NOT NULL DEFAULT 'missing',
            description_en TEXT NOT NULL DEFAULT '', description_en_status TEXT NOT NULL DEFAULT 'missing',
            status TEXT NOT NULL DEFAULT 'brewing',
            colour TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE dispute_party (
            dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (dispute_id, actor_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX dispute_party_actor ON dispute_party(actor_id))"),
        QStringLiteral(R"(CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title_fr TEXT NOT NULL DEFAULT '', title_fr_status TEXT NOT NULL DEFAULT 'missing',
            title_en TEXT NOT NULL DEFAULT '', title_en_status TEXT NOT NULL DEFAULT 'missing',
            text_fr TEXT NOT NULL DEFAULT '', text_fr_status TEXT NOT NULL DEFAULT 'missing',
            text_en TEXT NOT NULL DEFAULT '', text_en_status TEXT NOT NULL DEFAULT 'missing',
            start_date TEXT NOT NULL, start_wording TEXT NOT NULL DEFAULT '',
            start_reference TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '', end_wording TEXT NOT NULL DEFAULT '',
            end_reference TEXT NOT NULL DEFAULT '',
            t_min INTEGER NOT NULL,
            t_max INTEGER NOT NULL,
            importance INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            CHECK (t_min <= t_max)))"),
        QStringLiteral(R"(CREATE INDEX event_t_min ON event(t_min))"),
        QStringLiteral(R"(CREATE TABLE event_dispute (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, dispute_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX event_dispute_dispute ON event_dispute(dispute_id))"),
        QStringLiteral(R"(CREATE TABLE event_actor (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            role TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, actor_id, role)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX event_actor_actor ON event_actor(actor_id))"),
        QStringLiteral(R"(CREATE TABLE event_tag (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, tag_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX event_tag_tag ON event_tag(tag_id))"),
        QStringLiteral(R"(CREATE TABLE event_source (
            event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (event_id, source_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX event_source_source ON event_source(source_id))"),
        QStringLiteral(R"(CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            text_fr TEXT NOT NULL DEFAULT '', text_fr_status TEXT NOT NULL DEFAULT 'missing',
            text_en TEXT NOT NULL DEFAULT '', text_en_status TEXT NOT NULL DEFAULT 'missing',
            quote TEXT NOT NULL DEFAULT '',
            quote_language TEXT NOT NULL DEFAULT '',
            claimant_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
            made_on TEXT NOT NULL DEFAULT '', made_on_wording TEXT NOT NULL DEFAULT '',
            made_on_reference TEXT NOT NULL DEFAULT '',
            made_in_source_id INTEGER REFERENCES source(id) ON DELETE SET NULL,
            dispute_id INTEGER REFERENCES dispute(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'unverified',
            rebuts_claim_id INTEGER REFERENCES claim(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE INDEX claim_claimant ON claim(claimant_id))"),
        QStringLiteral(R"(CREATE INDEX claim_dispute ON claim(dispute_id))"),
        QStringLiteral(R"(CREATE TABLE claim_evidence (
            claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (claim_id, source_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE relation (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            from_actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            to_actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            start_date TEXT NOT NULL DEFAULT '', start_wording TEXT NOT NULL DEFAULT '',
            start_reference TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '', end_wording TEXT NOT NULL DEFAULT '',
            end_reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE relation_source (
            relation_id INTEGER NOT NULL REFERENCES relation(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (relation_id, source_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER NOT NULL,
            entity_uid TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT))"),
        QStringLiteral(R"(CREATE INDEX audit_entity ON audit(entity, entity_id))"),
        // Time-window index for the timeline; 32-bit minutes cover years
        // -2113..6053, and the event table keeps the exact 64-bit values.
        QStringLiteral(R"(CREATE VIRTUAL TABLE event_span USING rtree_i32(id, t_min, t_max))"),
        QStringLiteral(R"(CREATE TRIGGER event_span_insert AFTER INSERT ON event BEGIN
            INSERT INTO event_span(id, t_min, t_max) VALUES (new.id,
                max(min(new.t_min, 2147483647), -2147483648), max(min(new.t_max, 2147483647), -2147483648));
            END)"),
        QStringLiteral(R"(CREATE TRIGGER event_span_update AFTER UPDATE OF t_min, t_max ON event BEGIN
            UPDATE event_span SET t_min = max(min(new.t_min, 2147483647), -2147483648),
                t_max = max(min(new.t_max, 2147483647), -2147483648) WHERE id = new.id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER event_span_delete AFTER DELETE ON event BEGIN
            DELETE FROM event_span WHERE id = old.id;
            END)"),
    };
}

// Full-text search (FTS5 external content over the records' own columns) and
// the graph layout cache.
QStringList step2()
{
    QStringList sql;
    struct Indexed
    {
        const char *table;
        const char *columns;
    };
    const Indexed indexed[] = {
        {"event", "title_fr, title_en, text_fr, text_en, notes"},
        {"claim", "text_fr, text_en, quote, notes"},
        {"actor", "name_fr, name_en, description_fr, description_en, aliases"},
        {"source", "outlet, title, excerpt"},
    };
    for (const auto &entry : indexed) {
        const QString table = QLatin1String(entry.table);
        const QString columns = QLatin1String(entry.columns);
        QString newValues;
        QString oldValues;
        for (const QString &column : columns.split(QStringLiteral(", "))) {
            newValues += QStringLiteral(", new.") + column;
            oldValues += QStringLiteral(", old.") + column;
        }
        sql << QStringLiteral("CREATE VIRTUAL TABLE %1_fts USING fts5(%2, content='%1', content_rowid='id', "
                              "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
                   .arg(table, columns);
        sql << QStringLiteral("CREATE TRIGGER %1_fts_insert AFTER INSERT ON %1 BEGIN "
                              "INSERT INTO %1_fts(rowid, %2) VALUES (new.id%3); END")
                   .arg(table, columns, newValues);
        sql << QStringLiteral("CREATE TRIGGER %1_fts_delete AFTER DELETE ON %1 BEGIN "
                              "INSERT INTO %1_fts(%1_fts, rowid, %2) VALUES ('delete', old.id%3); END")
                   .arg(table, columns, oldValues);
        sql << QStringLiteral("CREATE TRIGGER %1_fts_update AFTER UPDATE OF %2 ON %1 BEGIN "
                              "INSERT INTO %1_fts(%1_fts, rowid, %2) VALUES ('delete', old.id%3); "
                              "INSERT INTO %1_fts(rowid, %2) VALUES (new.id%4); END")
                   .arg(table, columns, oldValues, newValues);
        sql << QStringLiteral("INSERT INTO %1_fts(%1_fts) VALUES ('rebuild')").arg(table);
    }
    sql << QStringLiteral(R"(CREATE TABLE layout_position (
            layout TEXT NOT NULL,
            actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            x REAL NOT NULL,
            y REAL NOT NULL,
            pinned INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (layout, actor_id)) WITHOUT ROWID)");
    return sql;
}

// The time index becomes a B-tree on (duration class, t_min, t_max) instead
// of the R*Tree: built by one sort after a bulk import, no trigger (see
// timeindex_p.h). The expression is TimeIndex::classExpression(), spelled
// out: it is stored in files and must never change.
QStringList step3()
{
    return {
        QStringLiteral("DROP TRIGGER event_span_insert"),
        QStringLiteral("DROP TRIGGER event_span_update"),
        QStringLiteral("DROP TRIGGER event_span_delete"),
        QStringLiteral("DROP TABLE event_span"),
        QStringLiteral("CREATE INDEX event_window ON event((CASE WHEN t_max - t_min <= 0 THEN 0 "
                       "WHEN t_max - t_min <= 1439 THEN 1 WHEN t_max - t_min <= 11519 THEN 2 "
                       "WHEN t_max - t_min <= 44639 THEN 3 WHEN t_max - t_min <= 132479 THEN 4 "
                       "WHEN t_max - t_min <= 527039 THEN 5 WHEN t_max - t_min <= 2108159 THEN 6 "
                       "WHEN t_max - t_min <= 8432639 THEN 7 WHEN t_max - t_min <= 33730559 THEN 8 "
                       "WHEN t_max - t_min <= 134922239 THEN 9 ELSE 10 END), t_min, t_max)"),
    };
}

// Eras: named periods drawn as bands (TimelineJS's "eras"), not events.
QStringList step4()
{
    return {
        QStringLiteral(R"(CREATE TABLE era (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title_fr TEXT NOT NULL DEFAULT '', title_fr_status TEXT NOT NULL DEFAULT 'missing',
            title_en TEXT NOT NULL DEFAULT '', title_en_status TEXT NOT NULL DEFAULT 'missing',
            start_date TEXT NOT NULL, start_wording TEXT NOT NULL DEFAULT '',
            start_reference TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL, end_wording TEXT NOT NULL DEFAULT '',
            end_reference TEXT NOT NULL DEFAULT '',
            dispute_id INTEGER REFERENCES dispute(id) ON DELETE SET NULL,
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE INDEX era_dispute ON era(dispute_id))"),
    };
}

// Status changes: a dispute's dated, sourced history. Its status column
// becomes derived data, the `to` of its latest change, kept so by triggers
// whatever writes (the window, an import, a copy); with no history left it
// falls back to the `from` of the last change removed.
QStringList step5()
{
    const QString latest = QStringLiteral("(SELECT to_status FROM status_change WHERE dispute_id = %1 "
                                          "ORDER BY date_earliest DESC, date_latest DESC, id DESC LIMIT 1)");
    return {
        QStringLiteral(R"(CREATE TABLE status_change (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            dispute_id INTEGER NOT NULL REFERENCES dispute(id) ON DELETE CASCADE,
            from_status TEXT NOT NULL DEFAULT '',
            to_status TEXT NOT NULL,
            date TEXT NOT NULL, date_wording TEXT NOT NULL DEFAULT '',
            date_reference TEXT NOT NULL DEFAULT '',
            date_earliest INTEGER NOT NULL, date_latest INTEGER NOT NULL,
            note_fr TEXT NOT NULL DEFAULT '', note_fr_status TEXT NOT NULL DEFAULT 'missing',
            note_en TEXT NOT NULL DEFAULT '', note_en_status TEXT NOT NULL DEFAULT 'missing',
            version INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE INDEX status_change_dispute ON status_change(dispute_id, date_earliest))"),
        QStringLiteral(R"(CREATE TABLE status_change_source (
            status_change_id INTEGER NOT NULL REFERENCES status_change(id) ON DELETE CASCADE,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE RESTRICT,
            position INTEGER NOT NULL,
            PRIMARY KEY (status_change_id, source_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE INDEX status_change_source_source ON status_change_source(source_id))"),
        QStringLiteral("CREATE TRIGGER status_change_insert AFTER INSERT ON status_change BEGIN "
                       "UPDATE dispute SET status = %1 WHERE id = NEW.dispute_id; END")
            .arg(latest.arg(QStringLiteral("NEW.dispute_id"))),
        QStringLiteral("CREATE TRIGGER status_change_update AFTER UPDATE ON status_change BEGIN "
                       "UPDATE dispute SET status = coalesce(%1, nullif(OLD.from_status, ''), status) "
                       "WHERE id = OLD.dispute_id; "
                       "UPDATE dispute SET status = %2 WHERE id = NEW.dispute_id; END")
            .arg(latest.arg(QStringLiteral("OLD.dispute_id")), latest.arg(QStringLiteral("NEW.dispute_id"))),
        QStringLiteral("CREATE TRIGGER status_change_delete AFTER DELETE ON status_change BEGIN "
                       "UPDATE dispute SET status = coalesce(%1, nullif(OLD.from_status, ''), status) "
                       "WHERE id = OLD.dispute_id; END")
            .arg(latest.arg(QStringLiteral("OLD.dispute_id"))),
        // A dispute saved with another status than its history's gets its history's back.
        QStringLiteral("CREATE TRIGGER dispute_status_derived AFTER UPDATE OF status ON dispute "
                       "WHEN NEW.status IS NOT coalesce(%1, NEW.status) BEGIN "
                       "UPDATE dispute SET status = %1 WHERE id = NEW.id; END")
            .arg(latest.arg(QStringLiteral("NEW.id"))),
    };
}

// Actor roles from a bilingual vocabulary: event actor links keep a role
// name, as they did with free text; actor_role translates it. Triggers add
// every name a link uses, whatever writes it.
QStringList step6()
{
    QStringList statements = {
        QStringLiteral(R"(CREATE TABLE actor_role (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            label_fr TEXT NOT NULL DEFAULT '', label_fr_status TEXT NOT NULL DEFAULT 'missing',
            label_en TEXT NOT NULL DEFAULT '', label_en_status TEXT NOT NULL DEFAULT 'missing'))"),
    };
    statements += roleVocabularySeed();
    statements += {
        QStringLiteral("INSERT INTO actor_role (name) SELECT DISTINCT role FROM event_actor WHERE role <> '' "
                       "ON CONFLICT (name) DO NOTHING"),
        QStringLiteral("CREATE TRIGGER event_actor_role_insert AFTER INSERT ON event_actor WHEN NEW.role <> '' "
                       "BEGIN INSERT OR IGNORE INTO actor_role (name) VALUES (NEW.role); END"),
        QStringLiteral("CREATE TRIGGER event_actor_role_update AFTER UPDATE OF role ON event_actor "
                       "WHEN NEW.role <> '' BEGIN INSERT OR IGNORE INTO actor_role (name) VALUES (NEW.role); END"),
    };
    return statements;
}

// Saved copies of sources (evidence files), content-addressed: one
// copy_blob per SHA-256, its bytes in copy_chunk rows of SavedCopies::chunkSize
// bytes each (a 200 MiB file is never one value in memory), and one
// saved_copy per source and blob. Records are read without ever touching
// copy_chunk. Removing the last link leaves the blob for
// SavedCopies::collectUnused(), so that undo can link it again.
QStringList savedCopiesStep()
{
    return {
        QStringLiteral(R"(CREATE TABLE copy_blob (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL CHECK (size >= 0)))"),
        QStringLiteral(R"(CREATE TABLE copy_chunk (
            blob_id INTEGER NOT NULL REFERENCES copy_blob(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            data BLOB NOT NULL,
            PRIMARY KEY (blob_id, seq)))"),
        QStringLiteral(R"(CREATE TABLE saved_copy (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            blob_id INTEGER NOT NULL REFERENCES copy_blob(id) ON DELETE RESTRICT,
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            captured TEXT NOT NULL,
            UNIQUE (source_id, blob_id)))"),
        QStringLiteral(R"(CREATE INDEX saved_copy_blob ON saved_copy(blob_id))"),
    };
}

// Evidence that survives link rot (issue #23): a source's archived URLs (a
// JSON list, read and written only with its source), the mark that its
// live URL is dead, its grade (Admiralty system: reliability A-F,
// credibility 1-6, '' and 0 when ungraded) and the confidential flag.
QStringList step8()
{
    return {
        QStringLiteral("ALTER TABLE source ADD COLUMN archives TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE source ADD COLUMN url_dead INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE source ADD COLUMN reliability TEXT NOT NULL DEFAULT '' "
                       "CHECK (reliability IN ('', 'A', 'B', 'C', 'D', 'E', 'F'))"),
        QStringLiteral("ALTER TABLE source ADD COLUMN credibility INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (credibility BETWEEN 0 AND 6)"),
        QStringLiteral("ALTER TABLE source ADD COLUMN confidential INTEGER NOT NULL DEFAULT 0"),
    };
}

} // namespace

const QList<QStringList> &sqliteMigrations()
{
    static const QList<QStringList> steps
        = {step1(), step2(), step3(), step4(), step5(), step6(), savedCopiesStep(), step8()};
    return steps;
}

int sqliteSchemaVersion()
{
    return int(sqliteMigrations().size());
}

} // namespace Frise::Storage
