// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dataset with every kind of date, span, media, group and era a
// TimelineJS export has to carry: what the TimelineJS client test loads into
// TimelineJS itself, and what tests/io/tst_timelinejsexport checks field by
// field. Built in code, so it does not wait for eras to be stored.

#include "core/dataset.h"

namespace FriseTest {

inline Frise::FuzzyDate isoDate(const char *text, const char *wording = nullptr)
{
    Frise::FuzzyDate date = Frise::FuzzyDate::fromIsoText(QString::fromUtf8(text));
    Q_ASSERT(date.isValid());
    if (wording)
        date.setWording(QString::fromUtf8(wording));
    return date;
}

inline Frise::Dataset timelineJsExportSet()
{
    using namespace Frise;
    Dataset set;
    set.title = BilingualText::both(
        QStringLiteral("Frise : jeu d’essai TimelineJS"), QStringLiteral("Frise: TimelineJS test set"));
    set.description = BilingualText::both(QStringLiteral("Toutes les sortes de dates, de médias et d’ères."),
        QStringLiteral("Every kind of date, media and era."));

    const auto dispute = [&set](RowId id, const char *fr, const char *en) {
        Dispute d;
        d.id = id;
        d.uid = QStringLiteral("dispute-%1").arg(id);
        d.title = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        set.disputes.append(d);
    };
    dispute(1, "Reddit contre les applis tierces", "Reddit vs third-party apps");
    dispute(2, "Getty Images contre Stability AI", "Getty Images vs Stability AI");

    const auto source = [&set](RowId id, const char *outlet, const char *title, const char *url) {
        Source s;
        s.id = id;
        s.uid = QStringLiteral("source-%1").arg(id);
        s.outlet = QString::fromUtf8(outlet);
        s.title = QString::fromUtf8(title);
        s.url = QString::fromUtf8(url);
        set.sources.append(s);
    };
    source(1, "The Verge", "Reddit’s API pricing", "https://www.example.org/verge/reddit-api");
    source(2, "Le Monde", "Getty attaque Stability AI", ""); // caption and credit, no url
    source(3, "", "", "https://www.example.org/bare-link"); // url alone
    source(4, "Reuters", "", ""); // credit alone
    source(5, "", "Court filing, Delaware", ""); // caption alone

    const auto event
        = [&set](const char *uid, const char *fr, const char *en, FuzzyDate start, FuzzyDate end = {}) -> Event & {
        Event e;
        e.id = set.events.size() + 1;
        e.uid = QString::fromUtf8(uid);
        e.title = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        e.text = BilingualText::both(QStringLiteral("Texte de « %1 ».").arg(QString::fromUtf8(fr)),
            QStringLiteral("Text of “%1”.").arg(QString::fromUtf8(en)));
        e.start = start;
        e.end = end;
        set.events.append(e);
        return set.events.last();
    };
    event("year", "Une année", "A year", isoDate("2015")).disputeIds = {1};
    event("month", "Un mois", "A month", isoDate("2016-03")).sourceIds = {1};
    event("day", "Un jour", "A day", isoDate("2017-04-25")).sourceIds = {2};
    event("minute", "Une minute", "A minute", isoDate("2018-05-06T14:30")).sourceIds = {3};
    event("circa-year", "Vers une année", "Circa a year", isoDate("~2014")).sourceIds = {4};
    event("circa-month", "Vers un mois", "Circa a month", isoDate("~2019-07")).sourceIds = {5};
    event("range-days", "Entre deux jours", "Between two days",
        isoDate("2023-04-17/2023-04-19", "plus tôt cette semaine"))
        .disputeIds
        = {1, 2};
    event("range-months", "Entre deux mois", "Between two months", isoDate("2020-01/2020-03")).sourceIds = {2, 4};
    event("wording", "Une date formulée", "A worded date", isoDate("2023-04-19", "on Wednesday")).sourceIds = {1, 2};
    event("span-days", "Du jour au jour", "From day to day", isoDate("2021-06-01"), isoDate("2021-06-30")).disputeIds
        = {2};
    event("span-year-month", "De l’année au mois", "From a year to a month", isoDate("2010"), isoDate("2012-09"));
    event("span-minutes", "De minute en minute", "From minute to minute", isoDate("2024-02-22T09:05"),
        isoDate("2024-02-22T17:45"));
    event("span-circa", "D’environ à environ", "From circa to circa", isoDate("~2005"), isoDate("~2008"));
    Event &html
        = event("html", "<b>Gras</b> & « guillemets »", "<b>Bold</b> & “curly” ‘quotes’", isoDate("2022-12-01"));
    html.text = BilingualText::both(
        QStringLiteral("<p>Un paragraphe<br>coupé</p>"), QStringLiteral("<p>A paragraph<br>broken</p>"));
    html.sourceIds = {1, 5};
    html.disputeIds = {1};
    // Imported before Frise kept eras: an event tagged `era`.
    event("legacy-era", "Ère étiquetée", "Tagged era", isoDate("2016"), isoDate("2017")).tags = {QStringLiteral("era")};

    const auto era = [&set](RowId id, const char *fr, const char *en, FuzzyDate start, FuzzyDate end, RowId disputeId) {
        Era e;
        e.id = id;
        e.uid = QStringLiteral("era-%1").arg(id);
        e.title = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        e.start = start;
        e.end = end;
        e.disputeId = disputeId;
        set.eras.append(e);
    };
    era(1, "La guerre des API", "The API war", isoDate("2023-04"), isoDate("2023-07"), 1);
    era(2, "Le procès", "The trial", isoDate("~2023"), isoDate("2025-11-04"), 2);
    return set;
}

} // namespace FriseTest
