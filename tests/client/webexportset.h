// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dataset for the web page: every kind of date and translation status,
// claims of every verdict, a confidential source and a dead link, notes
// that must stay out, and markup in titles that must not break the page;
// then, when asked, thousands of generated events for the benchmark. The
// browser test imports it (as a backup) and exports it with `frise
// export-web`; tests/io/tst_webpage checks Io::WebPage on it directly.

#include "core/dataset.h"

namespace FriseTest {

/// Texts that must never reach a published page.
struct WebSecrets
{
    static QString eventNote() { return QStringLiteral("NOTE-INTERNE: ne pas publier avant le juriste"); }
    static QString claimNote() { return QStringLiteral("CLAIM-NOTE: our informant says otherwise"); }
    static QString confidentialOutlet() { return QStringLiteral("Informant at Contoso Legal"); }
    static QString confidentialUrl() { return QStringLiteral("https://confidential.example.org/leaked-memo"); }
    static QString unverifiedClaim() { return QStringLiteral("Contoso paid the regulator off"); }
    static QString disputedClaim() { return QStringLiteral("The licence covered AI training"); }
};

inline Frise::FuzzyDate webDate(const char *text)
{
    const Frise::FuzzyDate date = Frise::FuzzyDate::fromIsoText(QString::fromUtf8(text));
    Q_ASSERT(date.isValid());
    return date;
}

/// The set; @p generated more events spread over 2000-2025 in the two disputes and none.
inline Frise::Dataset webExportSet(int generated = 0)
{
    using namespace Frise;
    Dataset set;
    // Markup and a placeholder of the page's template in the title: both must stay text.
    set.title = BilingualText::both(QStringLiteral("Frise </script><script>alert(1)</script> & « @DATA@ »"),
        QStringLiteral("Frise </script><!-- test & “@DATA@”"));
    set.description = BilingualText::both(
        QStringLiteral("Jeu d’essai de la page web."), QStringLiteral("The web page's test set."));

    const auto actor = [&set](RowId id, const char *name) {
        Actor a;
        a.id = id;
        a.uid = QStringLiteral("actor-%1").arg(id);
        a.name = BilingualText::both(QString::fromUtf8(name), QString::fromUtf8(name));
        set.actors.append(a);
    };
    actor(1, "Contoso");
    actor(2, "Fabrikam AI");

    const auto dispute = [&set](RowId id, const char *fr, const char *en, const char *colour) {
        Dispute d;
        d.id = id;
        d.uid = QStringLiteral("dispute-%1").arg(id);
        d.title = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        d.colour = QString::fromLatin1(colour);
        d.status = Dispute::Status::Filed;
        d.partyIds = {1, 2};
        set.disputes.append(d);
    };
    dispute(1, "Contoso contre Fabrikam", "Contoso vs Fabrikam", "#1d9bf0");
    dispute(2, "Le procès des données", "The data trial", "#b91c1c");

    const auto source = [&set](RowId id, const char *outlet, const char *title, const char *url) -> Source & {
        Source s;
        s.id = id;
        s.uid = QStringLiteral("source-%1").arg(id);
        s.outlet = QString::fromUtf8(outlet);
        s.title = QString::fromUtf8(title);
        s.url = QString::fromUtf8(url);
        s.language = QStringLiteral("en");
        set.sources.append(s);
        return set.sources.last();
    };
    source(1, "The Daily Planet", "Contoso sues", "https://news.example.com/contoso-sues");
    Source &dead = source(2, "Le Courrier", "Fabrikam répond", "https://gone.example.com/fabrikam");
    dead.language = QStringLiteral("fr");
    dead.urlDead = true;
    dead.archives = {{QStringLiteral("https://web.archive.org/web/2023/https://gone.example.com/fabrikam"),
        ArchivedUrl::Kind::WebArchive, {}, QDate(2023, 5, 1)}};
    Source &secret = source(3, "", "Memo", "");
    secret.outlet = WebSecrets::confidentialOutlet();
    secret.url = WebSecrets::confidentialUrl();
    secret.excerpt = QStringLiteral("the memo says");
    secret.confidential = true;

    const auto event = [&set](const char *uid, const QString &fr, const QString &en, FuzzyDate start,
                           FuzzyDate end = {}) -> Event & {
        Event e;
        e.id = set.events.size() + 1;
        e.uid = QString::fromUtf8(uid);
        e.title = BilingualText::both(fr, en);
        e.text = BilingualText::both(QStringLiteral("Texte : %1.").arg(fr), QStringLiteral("Text: %1.").arg(en));
        e.start = start;
        e.end = end;
        set.events.append(e);
        return set.events.last();
    };
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    Event &day = event("day", s("Contoso porte plainte"), s("Contoso files suit"), webDate("2023-04-25"));
    day.disputeIds = {1};
    day.sourceIds = {1, 3};
    day.notes = WebSecrets::eventNote();
    day.actors = {{1, QStringLiteral("plaintiff")}, {2, QStringLiteral("defendant")}};
    event("month", s("Un mois"), s("A month"), webDate("2023-06")).disputeIds = {1};
    event("year", s("Une année"), s("A year"), webDate("2021")).disputeIds = {2};
    event("circa", s("Vers 2019"), s("Circa 2019"), webDate("~2019")).sourceIds = {2};
    event("range", s("Entre deux jours"), s("Between two days"), webDate("2023-04-17/2023-04-19")).disputeIds = {1, 2};
    event("span", s("Le procès"), s("The trial"), webDate("2024-01-10"), webDate("2024-03")).disputeIds = {2};
    event("minute", s("Une minute"), s("A minute"), webDate("2024-05-06T14:30")).disputeIds = {2};
    event("bce", s("Une date avant notre ère"), s("A date before the common era"), webDate("-0044"));
    // Translations: English only; French waiting for review; French only.
    Event &englishOnly = event("english-only", QString(), s("Only in English"), webDate("2022-02-02"));
    englishOnly.disputeIds = {1};
    englishOnly.text = BilingualText::original(Language::English, s("Written in English only."));
    Event &unreviewed
        = event("unreviewed", s("Traduction automatique"), s("Machine translated"), webDate("2022-03-03"));
    unreviewed.title.frStatus = TranslationStatus::NeedsReview;
    unreviewed.title.enStatus = TranslationStatus::Original;
    event("french-only", s("Seulement en français"), QString(), webDate("2022-04-04")).disputeIds = {2};
    event("markup", s("<b>Gras</b> & </script> « guillemets »"), s("<img src=x onerror=alert(1)> & </SCRIPT>"),
        webDate("2022-12-01"))
        .disputeIds
        = {1};

    const auto claim = [&set](const char *uid, const QString &fr, const QString &en, Claim::Status status,
                           const char *madeOn) -> Claim & {
        Claim c;
        c.id = set.claims.size() + 1;
        c.uid = QString::fromUtf8(uid);
        c.text = BilingualText::both(fr, en);
        c.status = status;
        c.madeOn = webDate(madeOn);
        c.claimantId = 2;
        c.disputeId = 1;
        set.claims.append(c);
        return set.claims.last();
    };
    Claim &confirmed = claim(
        "confirmed", s("Contoso a déposé plainte"), s("Contoso filed a suit"), Claim::Status::Confirmed, "2023-04-26");
    confirmed.evidenceSourceIds = {1, 3};
    confirmed.madeInSourceId = 1;
    confirmed.quote = QStringLiteral("We filed today.");
    confirmed.quoteLanguage = QStringLiteral("en");
    confirmed.notes = WebSecrets::claimNote();
    Claim &refuted = claim("refuted", s("Fabrikam n’a jamais utilisé ces données"), s("Fabrikam never used the data"),
        Claim::Status::Refuted, "2023-05");
    refuted.evidenceSourceIds = {2};
    claim("retracted", s("Un accord est signé"), s("A deal is signed"), Claim::Status::Retracted, "2023-07-01");
    claim("unverified", WebSecrets::unverifiedClaim(), WebSecrets::unverifiedClaim(), Claim::Status::Unverified,
        "2023-08-01");
    claim("disputed", WebSecrets::disputedClaim(), WebSecrets::disputedClaim(), Claim::Status::Disputed, "2023-09-01");
    set.claims[0].rebutsClaimId = set.claims[1].id; // the confirmed claim rebuts the refuted one

    const auto era = [&set](RowId id, const char *fr, const char *en, const char *from, const char *to, RowId d) {
        Era e;
        e.id = id;
        e.uid = QStringLiteral("era-%1").arg(id);
        e.title = BilingualText::both(QString::fromUtf8(fr), QString::fromUtf8(en));
        e.start = webDate(from);
        e.end = webDate(to);
        e.disputeId = d;
        set.eras.append(e);
    };
    era(1, "La guerre des licences", "The licence war", "2023-04", "2023-09", 1);
    era(2, "L’instruction", "The pre-trial", "2021", "2024-01", 2);

    for (int n = 0; n < generated; ++n) {
        // Days, months and years mixed, over 2000-2025, in both disputes and none.
        const qint64 dayNumber = (qint64(n) * 7919) % 9131;
        const QDate date = QDate(2000, 1, 1).addDays(dayNumber);
        FuzzyDate start = n % 5 == 0 ? FuzzyDate::fromMonth(date.year(), date.month())
            : n % 11 == 0            ? FuzzyDate::fromYear(date.year())
                                     : FuzzyDate::fromDay(date);
        Event &e = event(QStringLiteral("generated-%1").arg(n).toUtf8().constData(),
            QStringLiteral("Événement généré %1").arg(n), QStringLiteral("Generated event %1").arg(n), start,
            n % 13 == 0 ? FuzzyDate::fromDay(date.addDays(40)) : FuzzyDate());
        if (n % 3 != 2)
            e.disputeIds = {RowId(n % 3 + 1)};
        e.sourceIds = {1};
    }
    return set;
}

} // namespace FriseTest
