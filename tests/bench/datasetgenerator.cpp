// SPDX-License-Identifier: GPL-3.0-or-later
#include "datasetgenerator.h"

#include <QTimeZone>

namespace Frise::Bench {

namespace {
const char *const frenchWords[] = {
    "plainte",
    "données",
    "accord",
    "licence",
    "tribunal",
    "négociation",
    "entraînement",
    "modèle",
    "plateforme",
    "droits",
    "auteur",
    "image",
    "musique",
    "réseau",
    "social",
    "publicité",
    "interface",
    "tarif",
    "menace",
    "procès",
    "jugement",
    "appel",
    "régulateur",
    "enquête",
    "chatbot",
    "photo",
    "chanson",
    "imitation",
    "paiement",
    "abonnement",
    "accès",
    "contenu",
    "archive",
    "mémoire",
    "éditeur",
    "presse",
    "journal",
    "algorithme",
    "utilisateur",
    "protection",
};
const char *const englishWords[] = {
    "lawsuit",
    "data",
    "agreement",
    "licence",
    "court",
    "negotiation",
    "training",
    "model",
    "platform",
    "rights",
    "copyright",
    "image",
    "music",
    "network",
    "social",
    "advertising",
    "interface",
    "pricing",
    "threat",
    "trial",
    "ruling",
    "appeal",
    "regulator",
    "inquiry",
    "chatbot",
    "photo",
    "song",
    "imitation",
    "payment",
    "subscription",
    "access",
    "content",
    "archive",
    "memory",
    "publisher",
    "press",
    "newspaper",
    "algorithm",
    "user",
    "protection",
};
constexpr int wordCount = int(sizeof(frenchWords) / sizeof(frenchWords[0]));
} // namespace

DatasetGenerator::DatasetGenerator(quint32 seed)
    : m_random(seed)
{ }

QString DatasetGenerator::phrase(bool french, int words)
{
    QString text;
    for (int i = 0; i < words; ++i) {
        // Squaring skews the distribution: low indexes are common words.
        const double r = m_random.generateDouble();
        const int index = int(r * r * wordCount) % wordCount;
        if (i)
            text += u' ';
        text += QString::fromUtf8(french ? frenchWords[index] : englishWords[index]);
    }
    // A rare unique-ish token makes rare-term searches possible.
    text += QStringLiteral(" k%1").arg(m_random.bounded(100000));
    return text;
}

FuzzyDate DatasetGenerator::randomDate()
{
    const int year = 1975 + int(m_random.bounded(50));
    const int month = 1 + int(m_random.bounded(12));
    const int day = 1 + int(m_random.bounded(28));
    FuzzyDate date;
    switch (m_random.bounded(10)) {
    case 0:
        date = FuzzyDate::fromYear(year);
        break;
    case 1:
    case 2:
        date = FuzzyDate::fromMonth(year, month);
        break;
    case 3:
        date = FuzzyDate::fromMinute(
            QDateTime(QDate(year, month, day), QTime(int(m_random.bounded(24)), 0), QTimeZone::UTC));
        break;
    default:
        date = FuzzyDate::fromDay(QDate(year, month, day));
        break;
    }
    if (m_random.bounded(20) == 0)
        date.setCirca(true);
    return date;
}

Dataset DatasetGenerator::base(const Sizes &sizes)
{
    Dataset dataset;
    dataset.title = BilingualText::both(QStringLiteral("Jeu de test"), QStringLiteral("Benchmark set"));
    for (int i = 1; i <= sizes.actors; ++i) {
        Actor actor;
        actor.id = i;
        actor.uid = QStringLiteral("actor-%1").arg(i);
        actor.kind = Actor::Kind(m_random.bounded(7));
        actor.name = BilingualText::both(QStringLiteral("Acteur %1").arg(i), QStringLiteral("Actor %1").arg(i));
        dataset.actors.append(actor);
    }
    for (int i = 1; i <= sizes.sources; ++i) {
        Source source;
        source.id = i;
        source.uid = QStringLiteral("source-%1").arg(i);
        source.outlet = QStringLiteral("Outlet %1").arg(i % 500);
        source.title = phrase(false, 6);
        source.url = QStringLiteral("https://example.org/%1").arg(i);
        source.language = QStringLiteral("en");
        source.published = randomDate();
        dataset.sources.append(source);
    }
    for (int i = 1; i <= sizes.disputes; ++i) {
        Dispute dispute;
        dispute.id = i;
        dispute.uid = QStringLiteral("dispute-%1").arg(i);
        dispute.title = BilingualText::both(QStringLiteral("Litige %1").arg(i), QStringLiteral("Dispute %1").arg(i));
        dispute.colour = QStringLiteral("#%1").arg(m_random.bounded(0xffffff), 6, 16, QLatin1Char('0'));
        dispute.partyIds = {1 + m_random.bounded(sizes.actors), 1 + m_random.bounded(sizes.actors)};
        if (dispute.partyIds.at(0) == dispute.partyIds.at(1))
            dispute.partyIds.removeLast();
        dataset.disputes.append(dispute);
    }
    for (int i = 0; i < 50; ++i) {
        Tag tag;
        tag.name = QStringLiteral("tag-%1").arg(i);
        dataset.tags.append(tag);
    }
    return dataset;
}

QList<Event> DatasetGenerator::events(const Sizes &sizes, int first, int count)
{
    QList<Event> events;
    events.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Event event;
        event.id = i + 1;
        event.uid = QStringLiteral("event-%1").arg(i);
        event.title = BilingualText::both(phrase(true, 5), phrase(false, 5));
        if (m_random.bounded(4) == 0)
            event.text = BilingualText::both(phrase(true, 12), phrase(false, 12));
        event.start = randomDate();
        if (m_random.bounded(10) == 0) {
            const QDateTime end = event.start.latest().addDays(1 + m_random.bounded(60));
            event.end = FuzzyDate::fromDay(end.date());
        }
        event.importance = 1 + int(m_random.bounded(5));
        event.disputeIds = {1 + m_random.bounded(sizes.disputes)};
        event.actors = {{1 + m_random.bounded(sizes.actors), QStringLiteral("party")}};
        event.tags = {QStringLiteral("tag-%1").arg(m_random.bounded(50))};
        event.sourceIds = {1 + m_random.bounded(sizes.sources)};
        events.append(event);
    }
    return events;
}

QList<Claim> DatasetGenerator::claims(const Sizes &sizes, int first, int count)
{
    QList<Claim> claims;
    claims.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Claim claim;
        claim.id = i + 1;
        claim.uid = QStringLiteral("claim-%1").arg(i);
        claim.text = BilingualText::both(phrase(true, 8), phrase(false, 8));
        claim.claimantId = 1 + m_random.bounded(sizes.actors);
        claim.madeOn = randomDate();
        claim.status = Claim::Status(m_random.bounded(5));
        claim.disputeId = 1 + m_random.bounded(sizes.disputes);
        claim.evidenceSourceIds = {1 + m_random.bounded(sizes.sources)};
        claims.append(claim);
    }
    return claims;
}

QList<Relation> DatasetGenerator::relations(const Sizes &sizes, int count)
{
    QList<Relation> relations;
    for (int i = 0; i < count; ++i) {
        Relation relation;
        relation.id = i + 1;
        relation.uid = QStringLiteral("relation-%1").arg(i);
        relation.fromActorId = 1 + m_random.bounded(sizes.actors);
        relation.toActorId = 1 + m_random.bounded(sizes.actors);
        relation.type = Relation::Type(m_random.bounded(9));
        relation.start = randomDate();
        relations.append(relation);
    }
    return relations;
}

} // namespace Frise::Bench
