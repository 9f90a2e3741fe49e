-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- Roles of a shared Frise database on PostgreSQL.
--
-- Run as the database's owner, in the Frise database, after the owner opened
-- it once with Frise (which creates the schema):
--     psql "postgresql://owner@host/newsroom" -f roles.sql
-- then give each journalist a login in one of the two roles:
--     CREATE ROLE alice LOGIN PASSWORD '...' IN ROLE frise_writer;
--     CREATE ROLE intern LOGIN PASSWORD '...' IN ROLE frise_reader;
--
-- frise_reader browses, searches and exports; it cannot change anything.
-- frise_writer edits records; it cannot rewrite history (the audit log is
-- append-only) nor the schema. Running the script again is harmless, also
-- when several runs overlap (two administrators, parallel test processes):
-- everything is one statement, hence one transaction, and runs in one
-- database one at a time.

DO $$
BEGIN
    -- Runs in this database wait for each other here (until the end of the
    -- transaction): concurrent GRANTs on one object fail with "tuple
    -- concurrently updated".
    PERFORM pg_advisory_xact_lock(hashtext('frise packaging/postgresql/roles.sql'));
    -- Roles belong to the whole cluster, advisory locks to one database: a
    -- run in another database may create a role between the check and the
    -- CREATE (duplicate_object once it committed, unique_violation while it
    -- was still in flight). Either way the role is there.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frise_reader') THEN
        BEGIN
            CREATE ROLE frise_reader NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frise_writer') THEN
        BEGIN
            CREATE ROLE frise_writer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO frise_reader, frise_writer', current_database());

    GRANT USAGE ON SCHEMA public TO frise_reader, frise_writer;

    GRANT SELECT ON ALL TABLES IN SCHEMA public TO frise_reader;
    -- Confidential sources (schema step 7): readers get the identity columns
    -- of source (outlet, title, url, excerpt, archives, search_vector) only
    -- through the view source_reader, which blanks them for confidential rows.
    IF to_regclass('source_reader') IS NOT NULL THEN
        REVOKE SELECT ON source FROM frise_reader;
        GRANT SELECT (id, uid, language, published, published_wording, published_reference, accessed, version,
            url_dead, reliability, credibility, confidential) ON source TO frise_reader;
    END IF;

    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frise_writer;
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frise_writer;
    REVOKE INSERT, UPDATE, DELETE ON frise_schema FROM frise_writer;
    REVOKE UPDATE, DELETE ON audit FROM frise_writer;
END
$$;
