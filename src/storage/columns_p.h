// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helpers shared by the repositories: how bilingual texts, fuzzy
// dates and id lists map to columns.

#include "core/bilingualtext.h"
#include "core/fuzzydate.h"
#include "core/ids.h"

#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Frise::Storage {

/// A record flattened to field name -> text, for audit diffs.
using FieldMap = QMap<QString, QString>;

inline void bindBilingual(QSqlQuery &query, const QString &prefix, const BilingualText &text)
{
    query.bindValue(u':' + prefix + QStringLiteral("_fr"), text.fr);
    query.bindValue(u':' + prefix + QStringLiteral("_fr_status"), translationStatusCode(text.frStatus));
    query.bindValue(u':' + prefix + QStringLiteral("_en"), text.en);
    query.bindValue(u':' + prefix + QStringLiteral("_en_status"), translationStatusCode(text.enStatus));
}

inline BilingualText readBilingual(const QSqlQuery &query, const QString &prefix)
{
    BilingualText text;
    text.fr = query.value(prefix + QStringLiteral("_fr")).toString();
    text.en = query.value(prefix + QStringLiteral("_en")).toString();
    translationStatusFromCode(query.value(prefix + QStringLiteral("_fr_status")).toString(), &text.frStatus);
    translationStatusFromCode(query.value(prefix + QStringLiteral("_en_status")).toString(), &text.enStatus);
    return text;
}

inline void addBilingual(FieldMap &fields, const QString &prefix, const BilingualText &text)
{
    fields.insert(prefix + QStringLiteral("_fr"), text.fr);
    fields.insert(prefix + QStringLiteral("_fr_status"), translationStatusCode(text.frStatus));
    fields.insert(prefix + QStringLiteral("_en"), text.en);
    fields.insert(prefix + QStringLiteral("_en_status"), translationStatusCode(text.enStatus));
}

/// Binds :<column> (canonical text), :<stem>_wording and :<stem>_reference.
inline void bindFuzzy(QSqlQuery &query, const QString &column, const QString &stem, const FuzzyDate &date)
{
    query.bindValue(u':' + column, date.toIsoText());
    query.bindValue(u':' + stem + QStringLiteral("_wording"), date.wording());
    query.bindValue(u':' + stem + QStringLiteral("_reference"),
        date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QString());
}

inline FuzzyDate readFuzzy(const QSqlQuery &query, const QString &column, const QString &stem)
{
    const QString text = query.value(column).toString();
    if (text.isEmpty())
        return {};
    FuzzyDate date = FuzzyDate::fromIsoText(text);
    date.setWording(query.value(stem + QStringLiteral("_wording")).toString());
    date.setReferenceDate(QDate::fromString(query.value(stem + QStringLiteral("_reference")).toString(), Qt::ISODate));
    return date;
}

inline void addFuzzy(FieldMap &fields, const QString &name, const FuzzyDate &date)
{
    fields.insert(name, date.toIsoText());
    fields.insert(name + QStringLiteral("_wording"), date.wording());
    fields.insert(name + QStringLiteral("_reference"),
        date.referenceDate().isValid() ? date.referenceDate().toString(Qt::ISODate) : QString());
}

inline QString idListText(const QList<RowId> &ids)
{
    QStringList parts;
    for (RowId id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

/// Qt binds a null QString as SQL NULL; text columns are NOT NULL DEFAULT '',
/// so empty texts are rebound as empty strings.
inline void replaceNullStrings(QSqlQuery &query)
{
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(int(i), QString::fromLatin1(""));
    }
}

/// 0 (no reference) is stored as NULL.
inline QVariant nullableId(RowId id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace Frise::Storage
