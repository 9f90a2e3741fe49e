// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace Frise::Storage {

/// The step that adds saved copies (SavedCopies' tables).
constexpr int postgresSavedCopiesStep = 6;

/// The PostgreSQL schema, one list of statements per version (each applied in one transaction).
const QList<QStringList> &postgresMigrations();
/// The PostgreSQL schema version this build writes.
int postgresSchemaVersion();

/// The text search configuration: unaccent, then `simple` (no stemming, like SQLite's unicode61).
inline constexpr char postgresSearchConfig[] = "frise_search";

/// The stored weighted tsvector of each searchable table (schema step 5), GIN-indexed.
inline constexpr char postgresSearchColumn[] = "search_vector";

/**
 * Events whose search vector, as text, is at most this many bytes (nearly
 * all) are in the span index event_span_text with their vector (schema step
 * 10); the others in event_span_long, without it, since an index row holds at
 * most 8 KB (the stored vector is at most 1.25 times its text plus 8 bytes).
 */
inline constexpr int postgresSpanVectorLimit = 3000;
/// Whether a row's vector is in event_span_text (@p shortVector) or not, its columns prefixed with @p alias.
QString postgresSpanVectorCondition(const QString &alias, bool shortVector);

/// The view frise_reader reads sources through: confidential ones without their identity (schema step 8).
inline constexpr char postgresSourceReaderView[] = "source_reader";

/// The columns of source frise_reader may read from the table itself (all but the identity and search vector).
inline constexpr char postgresSourcePublicColumns[]
    = "id, uid, language, published, published_wording, published_reference, accessed, version, url_dead, "
      "reliability, credibility, confidential";

/**
 * The weighted tsvector of one searchable table (event, claim, actor,
 * source), its columns prefixed with @p alias ("r." or empty): what
 * postgresSearchColumn holds (and, before step 5, what the GIN indexes were
 * built on).
 */
QString postgresSearchVector(const QString &entity, const QString &alias);
/// The searchable columns joined into one text, for ts_headline.
QString postgresSearchText(const QString &entity, const QString &alias);

} // namespace Frise::Storage
