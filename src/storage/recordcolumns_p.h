// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private: how the import writers bind a record's columns. The quick way
// binds straight from the record into a RawStatement or a PostgresBatch
// (no QVariant, no lookup of names per value); the general way goes through
// the repositories' Traits::bind by name, for whatever the quick way does
// not cover.

#include "columns_p.h"
#include "database.h"
#include "repositories.h"

#include <QSqlQuery>

#include <utility>

namespace Frise::Storage {

// The Traits class (repositories.h) of a record type: TraitsOf<Event> is EventTraits.
ActorTraits traitsOf(const Actor &);
SourceTraits traitsOf(const Source &);
DisputeTraits traitsOf(const Dispute &);
EventTraits traitsOf(const Event &);
ClaimTraits traitsOf(const Claim &);
RelationTraits traitsOf(const Relation &);
EraTraits traitsOf(const Era &);
StatusChangeTraits traitsOf(const StatusChange &);
template<typename Record>
using TraitsOf = decltype(traitsOf(std::declval<const Record &>()));

/// Binds a record's columns 1-based from @p first, as RecordColumns::write()
/// names them (which is checked against the Traits' columns(): see
/// quickColumnsMatch). The names cost nothing here.
template<typename Sink>
class ColumnWriter final
{
public:
    ColumnWriter(Sink &sink, int first)
        : m_sink(sink)
        , m_index(first)
    { }
    void text(QStringView, const QString &value) { m_sink.bindText(m_index++, value); }
    void integer(QStringView, qint64 value) { m_sink.bind(m_index++, value); }
    /// 0 (no reference) is NULL.
    void id(QStringView name, RowId value)
    {
        if (value)
            integer(name, value);
        else
            m_sink.bindNull(m_index++);
    }
    void bilingual(QStringView, const BilingualText &value)
    {
        m_sink.bindText(m_index++, value.fr);
        m_sink.bindText(m_index++, statusCode(value.frStatus));
        m_sink.bindText(m_index++, value.en);
        m_sink.bindText(m_index++, statusCode(value.enStatus));
    }
    void fuzzy(QStringView, QStringView, const FuzzyDate &date)
    {
        m_sink.bindText(m_index++, date.toIsoText());
        m_sink.bindText(m_index++, date.wording());
        m_sink.bindText(
            m_index++, date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QString());
    }

private:
    // translationStatusCode() makes a string per call: four per record of a million-row import.
    static const QString &statusCode(TranslationStatus status)
    {
        static const QString codes[] = {translationStatusCode(TranslationStatus::Missing),
            translationStatusCode(TranslationStatus::Original), translationStatusCode(TranslationStatus::Translated),
            translationStatusCode(TranslationStatus::NeedsReview)};
        static const QString none;
        const auto index = size_t(status);
        return index < std::size(codes) ? codes[index] : none;
    }

    Sink &m_sink;
    int m_index;
};

/// The column names RecordColumns::write() binds, in order.
class ColumnNames final
{
public:
    void text(QStringView name, const QString &) { add(name); }
    void integer(QStringView name, qint64) { add(name); }
    void id(QStringView name, RowId) { add(name); }
    void bilingual(QStringView prefix, const BilingualText &)
    {
        for (const char16_t *suffix : {u"_fr", u"_fr_status", u"_en", u"_en_status"})
            add(prefix, suffix);
    }
    /// A fuzzy date: @p column holds its canonical text, @p stem names the others.
    void fuzzy(QStringView column, QStringView stem, const FuzzyDate &)
    {
        add(column);
        add(stem, u"_wording");
        add(stem, u"_reference");
    }
    const QStringList &names() const { return m_names; }

private:
    void add(QStringView name, QStringView suffix = {})
    {
        QString column = name.toString();
        column += suffix;
        m_names.append(column);
    }

    QStringList m_names;
};

// Each record's columns other than id, uid and version, in table order.
namespace RecordColumns {

template<typename Writer>
void write(Writer &writer, const Actor &actor)
{
    writer.text(u"kind", actorKindCode(actor.kind));
    writer.bilingual(u"name", actor.name);
    writer.bilingual(u"description", actor.description);
    writer.text(u"aliases", actor.aliases.join(u'\n'));
    writer.id(u"parent_id", actor.parentId);
}

template<typename Writer>
void write(Writer &writer, const Source &source)
{
    writer.text(u"outlet", source.outlet);
    writer.text(u"title", source.title);
    writer.text(u"url", source.url);
    writer.text(u"language", source.language);
    writer.fuzzy(u"published", u"published", source.published);
    writer.text(u"accessed", source.accessed.toString(Qt::ISODate));
    writer.text(u"excerpt", source.excerpt);
    writer.text(u"archives", archivedUrlsToJson(source.archives));
    writer.integer(u"url_dead", source.urlDead ? 1 : 0);
    writer.text(u"reliability", source.grade.reliability.isNull() ? QString() : QString(source.grade.reliability));
    writer.integer(u"credibility", source.grade.credibility);
    writer.integer(u"confidential", source.confidential ? 1 : 0);
}

template<typename Writer>
void write(Writer &writer, const Dispute &dispute)
{
    writer.bilingual(u"title", dispute.title);
    writer.bilingual(u"description", dispute.description);
    writer.text(u"status", disputeStatusCode(dispute.status));
    writer.text(u"colour", dispute.colour);
}

template<typename Writer>
void write(Writer &writer, const Event &event)
{
    writer.bilingual(u"title", event.title);
    writer.bilingual(u"text", event.text);
    writer.fuzzy(u"start_date", u"start", event.start);
    writer.fuzzy(u"end_date", u"end", event.end);
    writer.integer(u"t_min", event.earliestMinutes());
    writer.integer(u"t_max", event.latestMinutes());
    writer.integer(u"importance", event.importance);
    writer.text(u"notes", event.notes);
}

template<typename Writer>
void write(Writer &writer, const Claim &claim)
{
    writer.bilingual(u"text", claim.text);
    writer.text(u"quote", claim.quote);
    writer.text(u"quote_language", claim.quoteLanguage);
    writer.id(u"claimant_id", claim.claimantId);
    writer.fuzzy(u"made_on", u"made_on", claim.madeOn);
    writer.id(u"made_in_source_id", claim.madeInSourceId);
    writer.id(u"dispute_id", claim.disputeId);
    writer.text(u"status", claimStatusCode(claim.status));
    writer.id(u"rebuts_claim_id", claim.rebutsClaimId);
    writer.text(u"notes", claim.notes);
}

template<typename Writer>
void write(Writer &writer, const Relation &relation)
{
    writer.integer(u"from_actor_id", relation.fromActorId);
    writer.integer(u"to_actor_id", relation.toActorId);
    writer.text(u"type", relationTypeCode(relation.type));
    writer.fuzzy(u"start_date", u"start", relation.start);
    writer.fuzzy(u"end_date", u"end", relation.end);
    writer.text(u"note", relation.note);
}

template<typename Writer>
void write(Writer &writer, const Era &era)
{
    writer.bilingual(u"title", era.title);
    writer.fuzzy(u"start_date", u"start", era.start);
    writer.fuzzy(u"end_date", u"end", era.end);
    writer.id(u"dispute_id", era.disputeId);
}

template<typename Writer>
void write(Writer &writer, const StatusChange &change)
{
    writer.id(u"dispute_id", change.disputeId);
    writer.text(u"from_status", change.from ? disputeStatusCode(*change.from) : QString());
    writer.text(u"to_status", disputeStatusCode(change.to));
    writer.fuzzy(u"date", u"date", change.date);
    writer.integer(u"date_earliest", change.date.earliestMinutes());
    writer.integer(u"date_latest", change.date.latestMinutes());
    writer.bilingual(u"note", change.note);
}

} // namespace RecordColumns

/// Whether RecordColumns::write() binds exactly Traits::columns(), in
/// order; otherwise (a column added to one and not the other) the writers
/// bind by name, slower but right.
template<typename Traits>
bool quickColumnsMatch()
{
    static const bool match = [] {
        ColumnNames columns;
        RecordColumns::write(columns, typename Traits::Record());
        return columns.names() == Traits::columns();
    }();
    return match;
}

/// Binds @p record's columns straight into @p sink: uid, version, then
/// RecordColumns::write(), 1-based from @p first.
template<typename Sink, typename Record>
void bindQuickly(Sink &sink, int first, const Record &record)
{
    sink.bindText(first, record.uid);
    sink.bind(first + 1, qint64(record.version > 0 ? record.version : 1));
    ColumnWriter<Sink> writer(sink, first + 2);
    RecordColumns::write(writer, record);
}

/// INSERT INTO @p table (uid, version[, id], columns...) with a named
/// placeholder per column.
inline QString insertByName(const QString &table, const QStringList &columns, bool withId)
{
    QString names = QStringLiteral("uid, version");
    QString values = QStringLiteral(":uid, :version");
    if (withId) {
        names += QStringLiteral(", id");
        values += QStringLiteral(", :id");
    }
    for (const QString &column : columns) {
        names += QStringLiteral(", ") + column;
        values += QStringLiteral(", :") + column;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, values);
}

/// INSERT statements bound by name through the Traits (the general way),
/// prepared once per table, and once more for rows that keep their id.
class NamedInserts final
{
public:
    /// @p suffix follows each INSERT (" RETURNING id").
    explicit NamedInserts(const QString &suffix = {})
        : m_suffix(suffix)
    { }

    /// The INSERT for @p record, bound to it; nullptr when it cannot be prepared.
    template<typename Record>
    QSqlQuery *bind(Database &db, const Record &record, StorageError *error)
    {
        using Traits = TraitsOf<Record>;
        const QString table = Traits::entity();
        QSqlQuery &query = m_queries[record.id ? table + QStringLiteral("#id") : table];
        if (query.lastQuery().isEmpty()
            && !db.prepare(query, insertByName(table, Traits::columns(), record.id != 0) + m_suffix, error))
            return nullptr;
        query.bindValue(QStringLiteral(":uid"), record.uid);
        query.bindValue(QStringLiteral(":version"), record.version > 0 ? record.version : 1);
        if (record.id)
            query.bindValue(QStringLiteral(":id"), record.id);
        Traits::bind(query, record);
        return &query;
    }

private:
    QString m_suffix;
    QHash<QString, QSqlQuery> m_queries;
};

} // namespace Frise::Storage
