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
-- append-only) nor the schema. Running the script again is harmless.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frise_reader') THEN
        CREATE ROLE frise_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'frise_writer') THEN
        CREATE ROLE frise_writer NOLOGIN;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO frise_reader, frise_writer', current_database());
END
$$;

GRANT USAGE ON SCHEMA public TO frise_reader, frise_writer;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO frise_reader;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO frise_writer;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO frise_writer;
REVOKE INSERT, UPDATE, DELETE ON frise_schema FROM frise_writer;
REVOKE UPDATE, DELETE ON audit FROM frise_writer;
