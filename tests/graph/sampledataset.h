// SPDX-License-Identifier: GPL-3.0-or-later
// A small hand-built Dataset mirroring the bundled sample's actors and
// relations, shared by the graph and graph view tests.
#pragma once

#include "core/dataset.h"

#include <QDateTime>
#include <QTimeZone>

namespace FriseTest {

inline qint64 minutesAt(int year, int month, int day)
{
    return Frise::FuzzyDate::minutesFromDateTime(QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::UTC));
}

inline Frise::Dataset sampleGraphDataset()
{
    using namespace Frise;
    Dataset data;
    auto actor = [&data](RowId id, Actor::Kind kind, const QString &fr, const QString &en) {
        Actor a;
        a.id = id;
        a.kind = kind;
        a.name = BilingualText::both(fr, en);
        data.actors.append(a);
    };
    actor(1, Actor::Kind::Person, QStringLiteral("Elon Musk"), QStringLiteral("Elon Musk"));
    actor(2, Actor::Kind::Company, QStringLiteral("OpenAI"), QStringLiteral("OpenAI"));
    actor(3, Actor::Kind::Company, QStringLiteral("Microsoft"), QStringLiteral("Microsoft"));
    actor(4, Actor::Kind::Platform, QStringLiteral("Twitter / X"), QStringLiteral("Twitter / X"));
    actor(5, Actor::Kind::Platform, QStringLiteral("Reddit"), QStringLiteral("Reddit"));
    actor(6, Actor::Kind::Company, QStringLiteral("Getty Images"), QStringLiteral("Getty Images"));
    actor(7, Actor::Kind::Company, QStringLiteral("Stability AI"), QStringLiteral("Stability AI"));

    auto relation
        = [&data](RowId id, RowId from, RowId to, Relation::Type type, const QString &start, const QString &end = {}) {
              Relation r;
              r.id = id;
              r.fromActorId = from;
              r.toActorId = to;
              r.type = type;
              r.start = FuzzyDate::fromIsoText(start);
              if (!end.isEmpty())
                  r.end = FuzzyDate::fromIsoText(end);
              data.relations.append(r);
          };
    relation(1, 1, 2, Relation::Type::Cofounded, QStringLiteral("2015-12"));
    relation(2, 1, 2, Relation::Type::Left, QStringLiteral("2018-02"));
    relation(3, 3, 2, Relation::Type::InvestsIn, QStringLiteral("2019-07"));
    relation(4, 4, 3, Relation::Type::ThreatensToSue, QStringLiteral("2023-04"));
    relation(5, 6, 7, Relation::Type::Sues, QStringLiteral("2023-01"));
    relation(6, 5, 2, Relation::Type::LicensesDataTo, QStringLiteral("2024-05"));
    relation(7, 4, 3, Relation::Type::PartnersWith, QStringLiteral("2013"), QStringLiteral("2023-04-25"));
    relation(8, 1, 4, Relation::Type::InvestsIn, QStringLiteral("2022-10"));

    auto dispute
        = [&data](RowId id, const QString &fr, const QString &en, const QString &colour, QList<RowId> parties) {
              Dispute d;
              d.id = id;
              d.title = BilingualText::both(fr, en);
              d.colour = colour;
              d.partyIds = parties;
              data.disputes.append(d);
          };
    dispute(1, QStringLiteral("Twitter/X contre Microsoft"), QStringLiteral("Twitter/X vs Microsoft"),
        QStringLiteral("#1d9bf0"), {4, 3});
    dispute(2, QStringLiteral("Getty Images contre Stability AI"), QStringLiteral("Getty Images vs Stability AI"),
        QStringLiteral("#b71c1c"), {6, 7});
    dispute(3, QStringLiteral("API payante de Reddit"), QStringLiteral("Reddit's paid API"), QStringLiteral("#ff4500"),
        {5});

    auto event = [&data](RowId id, const QString &date, QList<RowId> actors, QList<RowId> disputes) {
        Event e;
        e.id = id;
        e.title = BilingualText::both(QStringLiteral("Événement %1").arg(id), QStringLiteral("Event %1").arg(id));
        e.start = FuzzyDate::fromIsoText(date);
        for (RowId a : actors)
            e.actors.append({a, QString()});
        e.disputeIds = disputes;
        data.events.append(e);
    };
    event(1, QStringLiteral("2023-04-19"), {3, 4}, {1});
    event(2, QStringLiteral("2023-01-17"), {6, 7}, {2});
    event(3, QStringLiteral("2023-04-18"), {5}, {3});
    event(4, QStringLiteral("2023-04-19T18:00"), {1, 4}, {1});
    return data;
}

} // namespace FriseTest
