// SPDX-License-Identifier: GPL-3.0-or-later
#include "csljsonwriter.h"

#include "publishsafe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Frise::Io {

using namespace Qt::StringLiterals;

namespace {

bool namesActor(const Actor &actor, const QString &outlet)
{
    const auto same
        = [&outlet](const QString &name) { return !name.isEmpty() && name.compare(outlet, Qt::CaseInsensitive) == 0; };
    if (same(actor.name.fr) || same(actor.name.en))
        return true;
    return std::any_of(actor.aliases.cbegin(), actor.aliases.cend(), same);
}

/// CSL date-parts of a point: [year], [year, month] or [year, month, day]; empty beyond CSL's four-digit years.
QJsonArray dateParts(const FuzzyDate::Point &point)
{
    if (point.year < 1 || point.year > FuzzyDate::maximumDetailedYear())
        return {};
    QJsonArray parts {qint64(point.year)};
    if (point.month > 0)
        parts.append(point.month);
    if (point.day > 0)
        parts.append(point.day);
    return parts;
}

QJsonObject issuedOf(const FuzzyDate &date)
{
    if (!date.isValid())
        return {};
    QJsonArray from = dateParts(date.start());
    if (from.isEmpty())
        return {};
    QJsonArray all {from};
    if (date.isRange()) {
        const QJsonArray to = dateParts(date.end());
        if (to.isEmpty())
            return {};
        all.append(to);
    }
    QJsonObject issued;
    issued.insert(u"date-parts"_s, all);
    if (date.isCirca())
        issued.insert(u"circa"_s, true);
    return issued;
}

QSet<RowId> citedSources(const Dataset &dataset)
{
    QSet<RowId> cited;
    const auto add = [&cited](const QList<RowId> &ids) {
        for (RowId id : ids)
            cited.insert(id);
    };
    for (const Event &event : dataset.events)
        add(event.sourceIds);
    for (const Relation &relation : dataset.relations)
        add(relation.sourceIds);
    for (const StatusChange &change : dataset.statusChanges)
        add(change.sourceIds);
    for (const Claim &claim : dataset.claims) {
        cited.insert(claim.madeInSourceId);
        add(claim.evidenceSourceIds);
    }
    return cited;
}

} // namespace

QString CslJsonWriter::typeOf(const Source &source, const Dataset &dataset)
{
    if (!source.outlet.isEmpty()) {
        for (const Actor &actor : dataset.actors) {
            if (!namesActor(actor, source.outlet))
                continue;
            if (actor.kind == Actor::Kind::Court)
                return u"legal_case"_s;
            if (actor.kind == Actor::Kind::Outlet)
                return u"article-newspaper"_s;
        }
    }
    return u"webpage"_s;
}

QJsonArray CslJsonWriter::items(const Dataset &input, Scope scope)
{
    const Dataset dataset = citableCopy(input);
    const QSet<RowId> cited = scope == Scope::CitedSources ? citedSources(dataset) : QSet<RowId>();
    QJsonArray items;
    for (const Source &source : dataset.sources) {
        if (source.confidential || (scope == Scope::CitedSources && !cited.contains(source.id)))
            continue;
        QJsonObject item;
        item.insert(u"id"_s, source.uid.isEmpty() ? QString(u"source-"_s + QString::number(source.id)) : source.uid);
        item.insert(u"type"_s, typeOf(source, dataset));
        if (!source.title.isEmpty())
            item.insert(u"title"_s, source.title);
        if (!source.outlet.isEmpty())
            item.insert(u"container-title"_s, source.outlet);
        if (!source.url.isEmpty())
            item.insert(u"URL"_s, source.url); // citableCopy() put the archived URL there for a dead link
        if (source.accessed.isValid()) {
            QJsonObject accessed;
            accessed.insert(u"date-parts"_s,
                QJsonArray {QJsonArray {source.accessed.year(), source.accessed.month(), source.accessed.day()}});
            item.insert(u"accessed"_s, accessed);
        }
        const QJsonObject issued = issuedOf(source.published);
        if (!issued.isEmpty())
            item.insert(u"issued"_s, issued);
        if (!source.language.isEmpty())
            item.insert(u"language"_s, source.language);
        items.append(item);
    }
    return items;
}

QByteArray CslJsonWriter::write(const Dataset &dataset, Scope scope)
{
    return QJsonDocument(items(dataset, scope)).toJson(QJsonDocument::Indented);
}

} // namespace Frise::Io
