// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftmwriter.h"

#include "publishsafe.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Frise::Io {

using namespace Qt::StringLiterals;

namespace {

QString idPart(const QString &uid, RowId id)
{
    return uid.isEmpty() ? QString::number(id) : uid;
}

QString relationWords(Relation::Type type, Language language)
{
    const bool fr = language == Language::French;
    switch (type) {
    case Relation::Type::Sues:
        return fr ? u"poursuit en justice"_s : u"sues"_s;
    case Relation::Type::ThreatensToSue:
        return fr ? u"menace de poursuivre"_s : u"threatens to sue"_s;
    case Relation::Type::InvestsIn:
        return fr ? u"investit dans"_s : u"invests in"_s;
    case Relation::Type::LicensesDataTo:
        return fr ? u"concède des données à"_s : u"licenses data to"_s;
    case Relation::Type::Cofounded:
        return fr ? u"a cofondé"_s : u"cofounded"_s;
    case Relation::Type::Left:
        return fr ? u"a quitté"_s : u"left"_s;
    case Relation::Type::CompetesWith:
        return fr ? u"concurrence"_s : u"competes with"_s;
    case Relation::Type::Blocks:
        return fr ? u"bloque"_s : u"blocks"_s;
    case Relation::Type::PartnersWith:
        break;
    }
    return fr ? u"s’associe à"_s : u"partners with"_s;
}

/// The first or last FtM date (ISO 8601 prefix) a fuzzy date can mean, at its precision; empty when none.
QString ftmDate(qint64 minutes, FuzzyDate::Precision precision)
{
    const FuzzyDate date = FuzzyDate::containing(minutes, precision);
    if (!date.isValid() || date.start().year < 1 || date.start().year > FuzzyDate::maximumDetailedYear())
        return {};
    return date.toIsoText();
}

/// Multi-valued properties, as FtM keeps every property: name -> values, without empty or repeated values.
class Properties
{
public:
    void add(const QString &name, const QString &value)
    {
        if (value.isEmpty())
            return;
        QStringList &values = m_values[name];
        if (!values.contains(value))
            values.append(value);
        if (!m_order.contains(name))
            m_order.append(name);
    }
    void addDates(const FuzzyDate &start, const FuzzyDate &end)
    {
        if (!start.isValid())
            return;
        if (!end.isValid() && !start.isRange() && !start.isCirca()) {
            add(u"date"_s, ftmDate(start.earliestMinutes(), start.precision()));
            return;
        }
        const FuzzyDate &last = end.isValid() ? end : start;
        add(u"startDate"_s, ftmDate(start.earliestMinutes(), start.precision()));
        add(u"endDate"_s, ftmDate(last.latestMinutes(), last.precision()));
    }
    void addSources(const QList<RowId> &sourceIds, const Dataset &dataset)
    {
        for (RowId id : sourceIds) {
            const Source *source = dataset.source(id);
            if (!source || source->confidential)
                continue;
            add(u"sourceUrl"_s, source->citedUrl());
            add(u"publisher"_s, source->outlet);
        }
    }
    QJsonObject toJson() const
    {
        QJsonObject object;
        for (const QString &name : m_order)
            object.insert(name, QJsonArray::fromStringList(m_values.value(name)));
        return object;
    }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_order;
};

QJsonObject entity(const QString &id, const QString &schema, const Properties &properties)
{
    QJsonObject object;
    object.insert(u"id"_s, id);
    object.insert(u"schema"_s, schema);
    object.insert(u"properties"_s, properties.toJson());
    return object;
}

QString actorId(const Actor &actor)
{
    return u"frise-actor-"_s + idPart(actor.uid, actor.id);
}

} // namespace

QString FtmWriter::schemaOf(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return u"Person"_s;
    case Actor::Kind::Company:
    case Actor::Kind::Platform:
        return u"Company"_s;
    case Actor::Kind::Regulator:
    case Actor::Kind::Court:
    case Actor::Kind::Outlet:
        return u"Organization"_s;
    case Actor::Kind::Other:
        break;
    }
    return u"LegalEntity"_s;
}

QList<QJsonObject> FtmWriter::entities(const Dataset &input, Language language)
{
    // Confidential identities and dead links never leave, whoever asks.
    const Dataset dataset = citableCopy(input);
    QList<QJsonObject> entities;
    QHash<RowId, const Actor *> actors;
    for (const Actor &actor : dataset.actors)
        actors.insert(actor.id, &actor);

    for (const Actor &actor : dataset.actors) {
        Properties properties;
        const QString name = actor.name.textOrFallback(language);
        properties.add(u"name"_s, name);
        const QString otherName = actor.name.text(otherLanguage(language));
        if (otherName != name)
            properties.add(u"alias"_s, otherName);
        for (const QString &alias : actor.aliases)
            properties.add(u"alias"_s, alias);
        properties.add(u"description"_s, actor.description.textOrFallback(language));
        if (const Actor *parent = actors.value(actor.parentId))
            properties.add(u"parent"_s, actorId(*parent));
        entities.append(entity(actorId(actor), schemaOf(actor.kind), properties));
    }

    QHash<QString, QString> tagNames;
    for (const Tag &tag : dataset.tags) {
        const QString label = tag.label.textOrFallback(language);
        tagNames.insert(tag.name, label.isEmpty() ? tag.name : label);
    }
    for (const Event &event : dataset.events) {
        const QString eventId = u"frise-event-"_s + idPart(event.uid, event.id);
        Properties properties;
        properties.add(u"name"_s, event.title.textOrFallback(language));
        properties.add(u"description"_s, event.text.textOrFallback(language));
        properties.addDates(event.start, event.end);
        for (const EventActor &link : event.actors) {
            if (const Actor *actor = actors.value(link.actorId))
                properties.add(u"involved"_s, actorId(*actor));
        }
        for (RowId disputeId : event.disputeIds) {
            if (const Dispute *dispute = dataset.dispute(disputeId))
                properties.add(u"keywords"_s, dispute->title.textOrFallback(language));
        }
        for (const QString &slug : event.tags)
            properties.add(u"keywords"_s, tagNames.value(slug, slug));
        properties.addSources(event.sourceIds, dataset);
        entities.append(entity(eventId, u"Event"_s, properties));

        for (const EventActor &link : event.actors) {
            const Actor *actor = actors.value(link.actorId);
            if (!actor)
                continue;
            const QByteArray key
                = (idPart(event.uid, event.id) + u'\n' + idPart(actor->uid, actor->id) + u'\n' + link.role).toUtf8();
            Properties involvement;
            involvement.add(u"subject"_s, actorId(*actor));
            involvement.add(u"object"_s, eventId);
            involvement.add(u"role"_s, roleDisplayName(link.role, language, dataset.roles));
            involvement.addDates(event.start, event.end);
            entities.append(entity(u"frise-involvement-"_s
                    + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex()),
                u"UnknownLink"_s, involvement));
        }
    }

    for (const Relation &relation : dataset.relations) {
        const Actor *from = actors.value(relation.fromActorId);
        const Actor *to = actors.value(relation.toActorId);
        if (!from || !to)
            continue;
        const QString toSchema = schemaOf(to->kind);
        Properties properties;
        QString schema = u"UnknownLink"_s;
        if (relation.type == Relation::Type::InvestsIn && toSchema == u"Company"_s) {
            schema = u"Ownership"_s;
            properties.add(u"owner"_s, actorId(*from));
            properties.add(u"asset"_s, actorId(*to));
        } else if (relation.type == Relation::Type::Cofounded
            && (toSchema == u"Company"_s || toSchema == u"Organization"_s)) {
            schema = u"Membership"_s;
            properties.add(u"member"_s, actorId(*from));
            properties.add(u"organization"_s, actorId(*to));
        } else {
            properties.add(u"subject"_s, actorId(*from));
            properties.add(u"object"_s, actorId(*to));
        }
        properties.add(u"role"_s, relationWords(relation.type, language));
        // A relation's start and end are two separate moments, each as fuzzy as its sources.
        if (relation.start.isValid())
            properties.add(u"startDate"_s, ftmDate(relation.start.earliestMinutes(), relation.start.precision()));
        if (relation.end.isValid())
            properties.add(u"endDate"_s, ftmDate(relation.end.latestMinutes(), relation.end.precision()));
        properties.addSources(relation.sourceIds, dataset);
        entities.append(entity(u"frise-relation-"_s + idPart(relation.uid, relation.id), schema, properties));
    }
    return entities;
}

QByteArray FtmWriter::write(const Dataset &dataset, Language language)
{
    QByteArray lines;
    for (const QJsonObject &object : entities(dataset, language)) {
        lines += QJsonDocument(object).toJson(QJsonDocument::Compact);
        lines += '\n';
    }
    return lines;
}

} // namespace Frise::Io
