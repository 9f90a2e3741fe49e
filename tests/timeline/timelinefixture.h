// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

namespace Frise::Test {

/// A small newsroom dataset: four disputes, ~30 events of every precision.
inline Dataset timelineFixture()
{
    Dataset d;
    d.title = BilingualText::both(QStringLiteral("Les plateformes face à l’IA"), QStringLiteral("Platforms versus AI"));
    auto actor = [&d](RowId id, const QString &name) {
        Actor a;
        a.id = id;
        a.uid = QStringLiteral("actor-%1").arg(id);
        a.name = BilingualText::both(name, name);
        d.actors.append(a);
    };
    actor(1, QStringLiteral("X Corp."));
    actor(2, QStringLiteral("Microsoft"));
    actor(3, QStringLiteral("Reddit"));
    actor(4, QStringLiteral("Anthropic"));
    actor(5, QStringLiteral("The New York Times"));
    actor(6, QStringLiteral("OpenAI"));
    actor(7, QStringLiteral("Getty Images"));
    actor(8, QStringLiteral("Stability AI"));
    auto dispute = [&d](RowId id, const QString &fr, const QString &en, const QString &colour, QList<RowId> parties) {
        Dispute x;
        x.id = id;
        x.uid = QStringLiteral("dispute-%1").arg(id);
        x.title = BilingualText::both(fr, en);
        x.colour = colour;
        x.partyIds = parties;
        d.disputes.append(x);
    };
    dispute(
        1, QStringLiteral("X contre Microsoft"), QStringLiteral("X vs Microsoft"), QStringLiteral("#2f6690"), {1, 2});
    dispute(2, QStringLiteral("Reddit contre Anthropic"), QStringLiteral("Reddit vs Anthropic"),
        QStringLiteral("#c8553d"), {3, 4});
    dispute(
        3, QStringLiteral("NYT contre OpenAI"), QStringLiteral("NYT vs OpenAI"), QStringLiteral("#3a7d44"), {5, 6, 2});
    dispute(4, QStringLiteral("Getty contre Stability AI"), QStringLiteral("Getty vs Stability AI"),
        QStringLiteral("#8c5e9e"), {7, 8});
    Source s1;
    s1.id = 1;
    s1.outlet = QStringLiteral("Reuters");
    Source s2;
    s2.id = 2;
    s2.outlet = QStringLiteral("Mashable");
    Source s3;
    s3.id = 3;
    s3.outlet = QStringLiteral("The Verge");
    d.sources = {s1, s2, s3};

    RowId next = 1;
    auto event = [&d, &next](RowId disputeId, const QString &start, const QString &end, const QString &fr,
                     const QString &en, QList<RowId> actors, int importance = 3) {
        Event e;
        e.id = next++;
        e.uid = QStringLiteral("event-%1").arg(e.id);
        e.title = BilingualText::both(fr, en);
        e.start = FuzzyDate::fromIsoText(start);
        if (!end.isEmpty())
            e.end = FuzzyDate::fromIsoText(end);
        e.importance = importance;
        e.disputeIds = {disputeId};
        for (RowId a : actors)
            e.actors.append({a, QString()});
        e.tags = {disputeId % 2 ? QStringLiteral("api") : QStringLiteral("copyright")};
        d.events.append(e);
        return e.id;
    };
    // X vs Microsoft
    event(1, QStringLiteral("2022"), {}, QStringLiteral("Tensions sur l’accès à l’API"),
        QStringLiteral("Tension over API access"), {1, 2});
    event(1, QStringLiteral("2023-02-02"), {}, QStringLiteral("Fin de l’API gratuite annoncée"),
        QStringLiteral("End of free API announced"), {1}, 4);
    event(1, QStringLiteral("2023-04-19"), {}, QStringLiteral("Microsoft retire Twitter de sa plateforme pub"),
        QStringLiteral("Microsoft drops Twitter from ad platform"), {2}, 4);
    event(1, QStringLiteral("2023-04-20"), {}, QStringLiteral("Musk & « Microsoft » <IA>"),
        QStringLiteral("Musk & \"Microsoft\" <AI>"), {1, 2}, 5);
    event(1, QStringLiteral("2023-05"), {}, QStringLiteral("Lettre sur l’usage des données"),
        QStringLiteral("Letter on data use"), {1, 2});
    event(1, QStringLiteral("~2023-07"), {}, QStringLiteral("Audit demandé"), QStringLiteral("Audit requested"), {1});
    event(1, QStringLiteral("2023-06"), QStringLiteral("2023-09"), QStringLiteral("Négociations"),
        QStringLiteral("Negotiations"), {1, 2});
    event(1, QStringLiteral("2024-03-14"), {}, QStringLiteral("Nouvelle mise en demeure"),
        QStringLiteral("New formal notice"), {1});
    // Reddit vs Anthropic
    event(2, QStringLiteral("2023-04-18"), {}, QStringLiteral("Reddit fait payer son API"),
        QStringLiteral("Reddit to charge for API"), {3}, 4);
    event(2, QStringLiteral("2023-06-12"), QStringLiteral("2023-06-14"), QStringLiteral("Grève des modérateurs"),
        QStringLiteral("Moderator blackout"), {3});
    event(2, QStringLiteral("~2024"), {}, QStringLiteral("Collecte massive alléguée"),
        QStringLiteral("Alleged mass scraping"), {4});
    event(2, QStringLiteral("2024-02-22"), {}, QStringLiteral("Accord de licence avec Google"),
        QStringLiteral("Licensing deal with Google"), {3});
    event(2, QStringLiteral("2025-06-04"), {}, QStringLiteral("Reddit assigne Anthropic"),
        QStringLiteral("Reddit sues Anthropic"), {3, 4}, 5);
    event(2, QStringLiteral("2025-06-04"), QStringLiteral("2025-12"), QStringLiteral("Procédure en Californie"),
        QStringLiteral("Proceedings in California"), {3, 4});
    event(2, QStringLiteral("2025-07"), {}, QStringLiteral("Réponse d’Anthropic"), QStringLiteral("Anthropic responds"),
        {4});
    // NYT vs OpenAI
    event(3, QStringLiteral("2023-04"), QStringLiteral("2023-11"), QStringLiteral("Pourparlers sur une licence"),
        QStringLiteral("Licensing talks"), {5, 6});
    event(3, QStringLiteral("2023-08"), {}, QStringLiteral("Le NYT bloque GPTBot"), QStringLiteral("NYT blocks GPTBot"),
        {5});
    event(3, QStringLiteral("2023-12-27"), {}, QStringLiteral("Plainte du New York Times"),
        QStringLiteral("New York Times files suit"), {5, 6, 2}, 5);
    event(3, QStringLiteral("2024-02-26"), {}, QStringLiteral("Requête en irrecevabilité"),
        QStringLiteral("Motion to dismiss"), {6});
    event(3, QStringLiteral("2024-04"), {}, QStringLiteral("Huit journaux rejoignent"),
        QStringLiteral("Eight papers join"), {5});
    event(3, QStringLiteral("2025-03-26"), {}, QStringLiteral("Le juge maintient la plainte"),
        QStringLiteral("Judge lets suit proceed"), {5, 6}, 4);
    event(3, QStringLiteral("2025-05"), QStringLiteral("2025-10"), QStringLiteral("Conservation des journaux"),
        QStringLiteral("Log preservation order"), {6});
    // Getty vs Stability AI
    event(4, QStringLiteral("2022-08"), {}, QStringLiteral("Sortie de Stable Diffusion"),
        QStringLiteral("Stable Diffusion released"), {8});
    event(4, QStringLiteral("2023-01-17"), {}, QStringLiteral("Getty annonce des poursuites"),
        QStringLiteral("Getty announces lawsuit"), {7, 8}, 4);
    event(4, QStringLiteral("2023-02-03"), {}, QStringLiteral("Plainte au Delaware"),
        QStringLiteral("Delaware complaint"), {7});
    event(4, QStringLiteral("~2023"), {}, QStringLiteral("Filigranes reproduits"),
        QStringLiteral("Watermarks reproduced"), {8});
    event(4, QStringLiteral("2023-12-01"), {}, QStringLiteral("Procès autorisé à Londres"),
        QStringLiteral("London trial allowed"), {7, 8});
    event(4, QStringLiteral("2025-06-09"), QStringLiteral("2025-06-30"), QStringLiteral("Procès à Londres"),
        QStringLiteral("London trial"), {7, 8}, 5);
    event(4, QStringLiteral("2025-11"), {}, QStringLiteral("Jugement de la Haute Cour"),
        QStringLiteral("High Court judgment"), {7, 8}, 4);
    event(4, QStringLiteral("2024"), {}, QStringLiteral("Plainte partiellement retirée"),
        QStringLiteral("Claims partly dropped"), {7});
    return d;
}

} // namespace Frise::Test
