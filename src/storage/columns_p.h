// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the repositories: how bilingual texts, fuzzy
// dates and id lists map to columns.

#include "core/bilingualtext.h"
#include "core/fuzzydate.h"
#include "core/ids.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Frise::Storage {

/**
 * The current row of an executed query, its columns found by name through
 * an index built once per query: QSqlQuery::value(name) builds a whole
 * QSqlRecord on every call, which made reading 200k records take seconds.
 */
class RowReader final
{
public:
    /// @p query must be executed (its columns known) and outlive the reader.
    explicit RowReader(const QSqlQuery &query)
        : m_query(query)
    {
        const QSqlRecord record = query.record();
        m_columns.reserve(record.count());
        for (int i = 0; i < record.count(); ++i)
            m_columns.insert(record.fieldName(i), i);
    }

    /// The value of @p column in the current row; invalid when there is no such column.
    QVariant value(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index < 0 ? QVariant() : m_query.value(index);
    }

private:
    const QSqlQuery &m_query;
    QHash<QString, int> m_columns;
};

/// A record flattened to field name -> text, for audit diffs.
using FieldMap = QMap<QString, QString>;

/// Text for a NOT NULL column: Qt binds a null QString as SQL NULL, which
/// those columns refuse, so an empty text is bound as ''.
inline QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

inline void bindBilingual(QSqlQuery &query, const QString &prefix, const BilingualText &text)
{
    query.bindValue(u':' + prefix + QStringLiteral("_fr"), nonNull(text.fr));
    query.bindValue(u':' + prefix + QStringLiteral("_fr_status"), translationStatusCode(text.frStatus));
    query.bindValue(u':' + prefix + QStringLiteral("_en"), nonNull(text.en));
    query.bindValue(u':' + prefix + QStringLiteral("_en_status"), translationStatusCode(text.enStatus));
}

inline BilingualText readBilingual(const RowReader &row, const QString &prefix)
{
    BilingualText text;
    text.fr = row.value(prefix + QStringLiteral("_fr")).toString();
    text.en = row.value(prefix + QStringLiteral("_en")).toString();
    translationStatusFromCode(row.value(prefix + QStringLiteral("_fr_status")).toString(), &text.frStatus);
    translationStatusFromCode(row.value(prefix + QStringLiteral("_en_status")).toString(), &text.enStatus);
    return text;
}

inline void addBilingual(FieldMap &fields, const QString &prefix, const BilingualText &text)
{
    fields.insert(prefix + QStringLiteral("_fr"), nonNull(text.fr));
    fields.insert(prefix + QStringLiteral("_fr_status"), translationStatusCode(text.frStatus));
    fields.insert(prefix + QStringLiteral("_en"), nonNull(text.en));
    fields.insert(prefix + QStringLiteral("_en_status"), translationStatusCode(text.enStatus));
}

/// Binds :<column> (canonical text), :<stem>_wording and :<stem>_reference.
inline void bindFuzzy(QSqlQuery &query, const QString &column, const QString &stem, const FuzzyDate &date)
{
    query.bindValue(u':' + column, nonNull(date.toIsoText()));
    query.bindValue(u':' + stem + QStringLiteral("_wording"), nonNull(date.wording()));
    query.bindValue(u':' + stem + QStringLiteral("_reference"),
        date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QStringLiteral(""));
}

inline FuzzyDate readFuzzy(const RowReader &row, const QString &column, const QString &stem)
{
    const QString text = row.value(column).toString();
    if (text.isEmpty())
        return {};
    FuzzyDate date = FuzzyDate::fromIsoText(text);
    date.setWording(row.value(stem + QStringLiteral("_wording")).toString());
    date.setReferenceDate(QDate::fromString(row.value(stem + QStringLiteral("_reference")).toString(), Qt::ISODate));
    return date;
}

inline void addFuzzy(FieldMap &fields, const QString &name, const FuzzyDate &date)
{
    fields.insert(name, date.toIsoText());
    fields.insert(name + QStringLiteral("_wording"), nonNull(date.wording()));
    fields.insert(name + QStringLiteral("_reference"),
        date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QStringLiteral(""));
}

inline QString idListText(const QList<RowId> &ids)
{
    QStringList parts;
    for (RowId id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

/// 0 (no reference) is stored as NULL.
inline QVariant nullableId(RowId id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace Frise::Storage
