// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dataset for the fact-check and investigative exports (ClaimReview,
// FollowTheMoney, CSL-JSON): every actor kind, claim status and relation
// type, a confidential source, a dead link with an archive, internal notes.
// The strings in secretMarkers() must never appear in any of those exports.

#include "core/dataset.h"

#include <QStringList>

namespace FriseTest {

/// Text that only the confidential source and the internal notes hold.
inline QStringList secretMarkers()
{
    return {QStringLiteral("Gorge Profonde"), QStringLiteral("informant-memo"), QStringLiteral("secret.example"),
        QStringLiteral("INTERNAL-NOTE")};
}

inline Frise::Dataset factDataset()
{
    using namespace Frise;
    Dataset set;
    set.title = BilingualText::both(QStringLiteral("Essai"), QStringLiteral("Test"));
    const auto actor = [&set](RowId id, const char *uid, Actor::Kind kind, const char *fr, const char *en) {
        Actor a;
        a.id = id;
        a.uid = QString::fromLatin1(uid);
        a.kind = kind;
        a.name = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        a.description = BilingualText::original(Language::English, QStringLiteral("About ") + a.name.en);
        set.actors.append(a);
    };
    actor(1, "ada", Actor::Kind::Person, "Ada Lovelace", "Ada Lovelace");
    actor(2, "acme", Actor::Kind::Company, "Acmé", "Acme");
    actor(3, "chirp", Actor::Kind::Platform, "Chirp", "Chirp");
    actor(4, "cnil", Actor::Kind::Regulator, "CNIL", "CNIL");
    actor(5, "high-court", Actor::Kind::Court, "Haute Cour", "High Court");
    actor(6, "gazette", Actor::Kind::Outlet, "La Gazette", "The Gazette");
    actor(7, "collective", Actor::Kind::Other, "Le Collectif", "The Collective");
    actor(8, "acme-labs", Actor::Kind::Company, "Acmé Labs", "Acme Labs");
    set.actors[7].parentId = 2;
    set.actors[1].aliases = {QStringLiteral("Acme Inc.")};

    const auto source = [&set](RowId id, const char *uid, const char *outlet, const char *title, const char *url) {
        Source s;
        s.id = id;
        s.uid = QString::fromLatin1(uid);
        s.outlet = QString::fromUtf8(outlet);
        s.title = QString::fromUtf8(title);
        s.url = QString::fromUtf8(url);
        s.language = QStringLiteral("en");
        set.sources.append(s);
        return &set.sources.last();
    };
    Source *article = source(1, "gazette-article", "The Gazette", "Acme sues Chirp", "https://gazette.example/acme");
    article->published = Frise::FuzzyDate::fromIsoText(QStringLiteral("2023-04-19"));
    article->accessed = QDate(2023, 4, 20);
    Source *ruling = source(2, "ruling", "High Court", "Acme v Chirp, ruling", "https://court.example/ruling");
    ruling->published = Frise::FuzzyDate::fromIsoText(QStringLiteral("~2024-03"));
    Source *dead = source(3, "dead-blog", "Some blog", "A post since taken down", "https://blog.example/gone");
    dead->urlDead = true;
    dead->archives = {{QStringLiteral("https://web.archive.org/web/2023/https://blog.example/gone"),
        ArchivedUrl::Kind::WebArchive, QString(), QDate(2023, 5, 1)}};
    dead->published = Frise::FuzzyDate::fromIsoText(QStringLiteral("2023-04-17/2023-04-19"));
    Source *secret = source(4, "informant", "Gorge Profonde", "informant-memo", "https://secret.example/memo");
    secret->confidential = true;
    secret->excerpt = QStringLiteral("Gorge Profonde says");
    // Cited only by an unverified claim: a publish-safe export leaves it out.
    source(5, "rumour-thread", "Forum", "A rumour", "https://forum.example/rumour");

    Event sued;
    sued.id = 1;
    sued.uid = QStringLiteral("acme-sues-chirp");
    sued.title = BilingualText::both(QStringLiteral("Acmé poursuit Chirp"), QStringLiteral("Acme sues Chirp"));
    sued.text = BilingualText::both(QStringLiteral("Plainte déposée."), QStringLiteral("A complaint was filed."));
    sued.start = Frise::FuzzyDate::fromIsoText(QStringLiteral("2023-04-18"));
    sued.notes = QStringLiteral("INTERNAL-NOTE: call the lawyer");
    sued.actors = {{2, QStringLiteral("plaintiff")}, {3, QStringLiteral("defendant")}};
    sued.sourceIds = {1, 3, 4};
    sued.tags = {QStringLiteral("copyright")};
    sued.disputeIds = {1};
    set.events.append(sued);
    Event trial;
    trial.id = 2;
    trial.uid = QStringLiteral("trial");
    trial.title = BilingualText::original(Language::English, QStringLiteral("The trial"));
    trial.start = Frise::FuzzyDate::fromIsoText(QStringLiteral("~2024"));
    trial.end = Frise::FuzzyDate::fromIsoText(QStringLiteral("2024-06-30"));
    trial.actors = {{5, QStringLiteral("judge")}};
    trial.sourceIds = {2};
    set.events.append(trial);
    Event ancient;
    ancient.id = 3;
    ancient.uid = QStringLiteral("ancient");
    ancient.title = BilingualText::both(QStringLiteral("Jadis"), QStringLiteral("Long ago"));
    ancient.start = Frise::FuzzyDate::fromIsoText(QStringLiteral("-0044-03-15"));
    set.events.append(ancient);

    Dispute dispute;
    dispute.id = 1;
    dispute.uid = QStringLiteral("acme-chirp");
    dispute.title = BilingualText::both(QStringLiteral("Acmé contre Chirp"), QStringLiteral("Acme vs Chirp"));
    dispute.partyIds = {2, 3};
    set.disputes.append(dispute);
    Tag tag;
    tag.name = QStringLiteral("copyright");
    tag.label = BilingualText::both(QStringLiteral("droit d’auteur"), QStringLiteral("copyright"));
    set.tags.append(tag);

    const auto claim = [&set](RowId id, Claim::Status status, RowId claimant, RowId madeIn, const char *en) {
        Claim c;
        c.id = id;
        c.uid = QStringLiteral("claim-%1").arg(id);
        c.status = status;
        c.claimantId = claimant;
        c.madeInSourceId = madeIn;
        c.text = BilingualText::both(QStringLiteral("Affirmation %1").arg(id), QString::fromUtf8(en));
        c.madeOn = Frise::FuzzyDate::fromIsoText(QStringLiteral("2023-04-19"));
        c.notes = QStringLiteral("INTERNAL-NOTE on claim %1").arg(id);
        set.claims.append(c);
    };
    claim(1, Claim::Status::Refuted, 1, 1, "Chirp never used Acme's data");
    claim(2, Claim::Status::Confirmed, 2, 3, "Acme filed in April 2023");
    claim(3, Claim::Status::Retracted, 3, 2, "The court threw the case out");
    claim(4, Claim::Status::Unverified, 7, 5, "Chirp will settle");
    claim(5, Claim::Status::Disputed, 4, 4, "The regulator opened an inquiry");
    claim(6, Claim::Status::Refuted, 2, 4, "Chirp copied the model"); // made in the confidential source
    set.claims[0].evidenceSourceIds = {2};
    set.claims[1].madeOn = Frise::FuzzyDate::fromIsoText(QStringLiteral("~2023"));

    const auto relation = [&set](RowId id, RowId from, RowId to, Relation::Type type) -> Relation & {
        Relation r;
        r.id = id;
        r.uid = QStringLiteral("relation-%1").arg(id);
        r.fromActorId = from;
        r.toActorId = to;
        r.type = type;
        r.note = QStringLiteral("INTERNAL-NOTE on relation %1").arg(id);
        set.relations.append(r);
        return set.relations.last();
    };
    relation(1, 2, 3, Relation::Type::Sues).sourceIds = {1, 4};
    relation(2, 1, 8, Relation::Type::InvestsIn).start = Frise::FuzzyDate::fromIsoText(QStringLiteral("2019-06"));
    relation(3, 1, 7, Relation::Type::InvestsIn); // not a company: no Ownership
    relation(4, 1, 2, Relation::Type::Cofounded).start = Frise::FuzzyDate::fromIsoText(QStringLiteral("2015-12-11"));
    relation(5, 1, 4, Relation::Type::Cofounded); // a regulator is an Organization: a Membership too
    relation(6, 1, 2, Relation::Type::Left).start = Frise::FuzzyDate::fromIsoText(QStringLiteral("2018"));
    relation(7, 3, 8, Relation::Type::ThreatensToSue);
    relation(8, 2, 6, Relation::Type::LicensesDataTo).end = Frise::FuzzyDate::fromIsoText(QStringLiteral("2024-01"));
    relation(9, 3, 2, Relation::Type::CompetesWith);
    relation(10, 4, 3, Relation::Type::Blocks);
    relation(11, 6, 5, Relation::Type::PartnersWith);
    return set;
}

} // namespace FriseTest
