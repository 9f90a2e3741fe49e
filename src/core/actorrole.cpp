// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrole.h"

namespace Frise {

namespace {

ActorRole builtin(const char *name, const char *en, const QString &fr)
{
    ActorRole role;
    role.name = QString::fromUtf8(name);
    role.label = BilingualText::both(fr, QString::fromUtf8(en));
    return role;
}

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

bool means(const ActorRole &role, const QString &text)
{
    return sameText(role.name, text) || sameText(role.label.en, text) || sameText(role.label.fr, text);
}

} // namespace

QString ActorRole::display(Language language) const
{
    const QString text = label.textOrFallback(language);
    return text.isEmpty() ? name : text;
}

const QList<ActorRole> &builtinActorRoles()
{
    // Names are the English labels, so that databases written before the
    // vocabulary existed (free English text) map onto it without rewriting.
    static const QList<ActorRole> roles = {
        builtin("accuser", "accuser", QStringLiteral("accusateur")),
        builtin("accused", "accused", QStringLiteral("accusé")),
        builtin("plaintiff", "plaintiff", QStringLiteral("demandeur")),
        builtin("defendant", "defendant", QStringLiteral("défendeur")),
        builtin("claimant", "claimant", QStringLiteral("plaignant")),
        builtin("applicant", "applicant", QStringLiteral("requérant")),
        builtin("appellant", "appellant", QStringLiteral("appelant")),
        builtin("respondent", "respondent", QStringLiteral("intimé")),
        builtin("court", "court", QStringLiteral("tribunal")),
        builtin("judge", "judge", QStringLiteral("juge")),
        builtin("regulator", "regulator", QStringLiteral("régulateur")),
        builtin("platform", "platform", QStringLiteral("plateforme")),
        builtin("developer", "developer", QStringLiteral("développeur")),
        builtin("investor", "investor", QStringLiteral("investisseur")),
        builtin("partner", "partner", QStringLiteral("partenaire")),
        builtin("vendor", "vendor", QStringLiteral("fournisseur")),
        builtin("licensor", "licensor", QStringLiteral("concédant de licence")),
        builtin("licensee", "licensee", QStringLiteral("preneur de licence")),
        builtin("owner", "owner", QStringLiteral("propriétaire")),
        builtin("rights holder", "rights holder", QStringLiteral("ayant droit")),
        builtin("acquirer", "acquirer", QStringLiteral("acquéreur")),
        builtin("acquired", "acquired", QStringLiteral("société rachetée")),
        builtin("founder", "founder", QStringLiteral("fondateur")),
        builtin("author", "author", QStringLiteral("auteur")),
        builtin("creator", "creator", QStringLiteral("créateur")),
        builtin("announcer", "announcer", QStringLiteral("auteur de l’annonce")),
        builtin("spokesperson", "spokesperson", QStringLiteral("porte-parole")),
        builtin("recipient", "recipient", QStringLiteral("destinataire")),
        builtin("target", "target", QStringLiteral("cible")),
        builtin("witness", "witness", QStringLiteral("témoin")),
        builtin("interviewer", "interviewer", QStringLiteral("intervieweur")),
        builtin("interviewee", "interviewee", QStringLiteral("personne interviewée")),
        builtin("broadcaster", "broadcaster", QStringLiteral("diffuseur")),
        builtin("decision-maker", "decision-maker", QStringLiteral("décideur")),
    };
    return roles;
}

const ActorRole *findActorRole(const QString &name, const QList<ActorRole> &vocabulary)
{
    for (const QList<ActorRole> *list : {&vocabulary, &builtinActorRoles()})
        for (const ActorRole &role : *list)
            if (role.name == name)
                return &role;
    return nullptr;
}

QString canonicalRoleName(const QString &text, const QList<ActorRole> &vocabulary)
{
    const QString trimmed = text.trimmed();
    if (const ActorRole *exact = findActorRole(trimmed, vocabulary))
        return exact->name;
    for (const QList<ActorRole> *list : {&vocabulary, &builtinActorRoles()})
        for (const ActorRole &role : *list)
            if (means(role, trimmed))
                return role.name;
    return trimmed;
}

QString roleDisplayName(const QString &name, Language language, const QList<ActorRole> &vocabulary)
{
    const ActorRole *role = findActorRole(name, vocabulary);
    return role ? role->display(language) : name;
}

} // namespace Frise
