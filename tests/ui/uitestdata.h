// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small bilingual database for the UI tests and screenshots.

#include "storage/database.h"
#include "storage/repositories.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace UiTestData {

using namespace Frise;

/// Keeps settings and app data of the test inside @p dir.
inline void isolateSettings(const QTemporaryDir &dir)
{
    // Test mode puts data under ~/.qttest, shared by every test and worktree:
    // a home of its own keeps one branch's sample database from another's.
    qputenv("HOME", dir.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("FriseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("frise-ui-tests"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    QSettings().clear();
}

struct Ids
{
    RowId twitter = 0, microsoft = 0, getty = 0, stability = 0, reddit = 0;
    RowId twitterVsMicrosoft = 0, gettyVsStability = 0, redditApi = 0;
    RowId drop = 0, threat = 0, gettyLondon = 0, redditPricing = 0, talks = 0;
    RowId mashable = 0, reuters = 0;
    RowId claim = 0;
};

inline Actor actor(Actor::Kind kind, const QString &fr, const QString &en)
{
    Actor a;
    a.kind = kind;
    a.name = BilingualText::both(fr, en);
    return a;
}

inline FuzzyDate day(int y, int m, int d)
{
    return FuzzyDate::fromDay(QDate(y, m, d));
}

/// Writes the records into a new database at @p path; QVERIFY-style failure returns empty ids.
inline Ids fill(const QString &path)
{
    Ids ids;
    Storage::StorageError error;
    Storage::Database::OpenOptions options;
    options.create = true;
    auto db = Storage::Database::open(path, options, &error);
    if (!db) {
        qWarning() << "cannot create test database" << error.message;
        return ids;
    }
    Storage::ActorRepository actors(*db);
    auto addActor = [&](Actor a) {
        if (!actors.insert(a, &error))
            qWarning() << "cannot insert actor" << error.message;
        return a.id;
    };
    ids.twitter = addActor(actor(Actor::Kind::Platform, QStringLiteral("Twitter / X"), QStringLiteral("Twitter / X")));
    ids.microsoft = addActor(actor(Actor::Kind::Company, QStringLiteral("Microsoft"), QStringLiteral("Microsoft")));
    ids.getty = addActor(actor(Actor::Kind::Company, QStringLiteral("Getty Images"), QStringLiteral("Getty Images")));
    ids.stability
        = addActor(actor(Actor::Kind::Company, QStringLiteral("Stability AI"), QStringLiteral("Stability AI")));
    ids.reddit = addActor(actor(Actor::Kind::Platform, QStringLiteral("Reddit"), QStringLiteral("Reddit")));

    Storage::DisputeRepository disputes(*db);
    auto addDispute = [&](const QString &fr, const QString &en, Dispute::Status status, const QString &colour,
                          QList<RowId> parties) {
        Dispute d;
        d.title = BilingualText::both(fr, en);
        d.status = status;
        d.colour = colour;
        d.partyIds = parties;
        if (!disputes.insert(d, &error))
            qWarning() << "cannot insert dispute" << error.message;
        return d.id;
    };
    ids.twitterVsMicrosoft = addDispute(QStringLiteral("Twitter/X contre Microsoft : données pour l’IA"),
        QStringLiteral("Twitter/X vs Microsoft: data for AI training"), Dispute::Status::Threatened,
        QStringLiteral("#1d9bf0"), {ids.twitter, ids.microsoft});
    ids.gettyVsStability
        = addDispute(QStringLiteral("Getty Images contre Stability AI"), QStringLiteral("Getty Images vs Stability AI"),
            Dispute::Status::Filed, QStringLiteral("#e0531f"), {ids.getty, ids.stability});
    ids.redditApi = addDispute(QStringLiteral("L’API payante de Reddit"), QStringLiteral("Reddit’s paid API"),
        Dispute::Status::Settled, QStringLiteral("#ff4500"), {ids.reddit});

    Storage::SourceRepository sources(*db);
    Source mashable;
    mashable.outlet = QStringLiteral("Mashable");
    mashable.title = QStringLiteral("Microsoft is dropping Twitter from its advertising platform");
    mashable.url = QStringLiteral("https://mashable.com/article/microsoft-twitter-advertising");
    mashable.language = QStringLiteral("en");
    mashable.published = day(2023, 4, 25);
    if (!sources.insert(mashable, &error))
        qWarning() << "cannot insert source" << error.message;
    ids.mashable = mashable.id;
    Source reuters;
    reuters.outlet = QStringLiteral("Reuters");
    reuters.title = QStringLiteral("Getty Images lawsuit says Stability AI misused photos to train AI");
    reuters.language = QStringLiteral("en");
    reuters.published = day(2023, 2, 6);
    sources.insert(reuters, &error);
    ids.reuters = reuters.id;

    Storage::EventRepository events(*db);
    auto addEvent = [&](FuzzyDate start, const QString &fr, const QString &en, const QString &textFr,
                        const QString &textEn, QList<RowId> disputeIds, QList<EventActor> eventActors, QStringList tags,
                        QList<RowId> sourceIds, int importance) {
        Event e;
        e.start = start;
        e.title = BilingualText::both(fr, en);
        e.text = BilingualText::both(textFr, textEn);
        e.disputeIds = disputeIds;
        e.actors = eventActors;
        e.tags = tags;
        e.sourceIds = sourceIds;
        e.importance = importance;
        if (!events.insert(e, &error))
            qWarning() << "cannot insert event" << error.message;
        return e.id;
    };
    ids.drop = addEvent(day(2023, 4, 25), QStringLiteral("Microsoft retire Twitter de ses outils publicitaires"),
        QStringLiteral("Microsoft drops Twitter from its advertising platform"),
        QStringLiteral("Smart Campaigns cesse de gérer les comptes Twitter, après le passage à une API payante."),
        QStringLiteral("Smart Campaigns stops managing Twitter accounts after the API became paid."),
        {ids.twitterVsMicrosoft}, {{ids.microsoft, QStringLiteral("announcer")}, {ids.twitter, QString()}},
        {QStringLiteral("advertising"), QStringLiteral("api-pricing")}, {ids.mashable}, 4);
    ids.threat = addEvent(day(2023, 5, 18), QStringLiteral("Twitter menace de poursuivre Microsoft"),
        QStringLiteral("Twitter threatens to sue Microsoft"),
        QStringLiteral("L’avocat de Twitter accuse Microsoft d’avoir utilisé ses données pour entraîner une IA."),
        QStringLiteral("Twitter’s lawyer accuses Microsoft of using its data to train AI."), {ids.twitterVsMicrosoft},
        {{ids.twitter, QStringLiteral("plaintiff")}, {ids.microsoft, QStringLiteral("defendant")}},
        {QStringLiteral("data")}, {}, 5);
    ids.gettyLondon = addEvent(day(2023, 1, 17), QStringLiteral("Getty Images attaque Stability AI à Londres"),
        QStringLiteral("Getty Images sues Stability AI in London"),
        QStringLiteral("Plainte pour copie de millions de photos protégées."),
        QStringLiteral("Claim over millions of copyrighted photos."), {ids.gettyVsStability},
        {{ids.getty, QStringLiteral("plaintiff")}, {ids.stability, QStringLiteral("defendant")}},
        {QStringLiteral("copyright")}, {ids.reuters}, 5);
    ids.redditPricing = addEvent(day(2023, 4, 18), QStringLiteral("Reddit fera payer l’accès à son API"),
        QStringLiteral("Reddit will charge for API access"),
        QStringLiteral("Les entreprises d’IA devront payer pour entraîner leurs modèles."),
        QStringLiteral("AI companies will have to pay to train their models."), {ids.redditApi},
        {{ids.reddit, QStringLiteral("announcer")}}, {QStringLiteral("api-pricing")}, {}, 3);
    Event talks;
    talks.start = FuzzyDate::fromMonth(2023, 6);
    talks.title = BilingualText::original(Language::French, QStringLiteral("Échec des négociations sur les données"));
    talks.text = BilingualText::original(Language::French,
        QStringLiteral("Les négociations de licence entre Reddit et les laboratoires d’IA échouent."));
    talks.disputeIds = {ids.redditApi};
    talks.importance = 2;
    events.insert(talks, &error);
    ids.talks = talks.id;

    Claim claim;
    claim.text = BilingualText::both(QStringLiteral("Microsoft aurait entraîné une IA avec les données de Twitter"),
        QStringLiteral("Microsoft trained AI on Twitter data"));
    claim.claimantId = ids.twitter;
    claim.disputeId = ids.twitterVsMicrosoft;
    claim.status = Claim::Status::Disputed;
    claim.madeOn = day(2023, 5, 18);
    Storage::ClaimRepository(*db).insert(claim, &error);
    ids.claim = claim.id;

    Storage::RelationRepository relations(*db);
    Relation sues;
    sues.fromActorId = ids.getty;
    sues.toActorId = ids.stability;
    sues.type = Relation::Type::Sues;
    sues.start = day(2023, 1, 17);
    relations.insert(sues, &error);
    Relation threat;
    threat.fromActorId = ids.twitter;
    threat.toActorId = ids.microsoft;
    threat.type = Relation::Type::ThreatensToSue;
    threat.start = day(2023, 5, 18);
    relations.insert(threat, &error);
    return ids;
}

} // namespace UiTestData
