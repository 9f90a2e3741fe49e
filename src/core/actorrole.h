// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "ids.h"

#include <QList>

namespace Frise {

/**
 * One entry of the role vocabulary: what an actor does in an event
 * ("plaintiff", "investor"). Events refer to roles by name, as they refer to
 * tags; the label says the role in French and English. A label left empty
 * shows the name, as typed.
 */
struct ActorRole
{
    RowId id = 0;
    QString name; ///< unique key stored in event actor links ("plaintiff", "rights holder")
    BilingualText label;

    /// The label in @p language, else in the other one, else the name.
    QString display(Language language) const;

    friend bool operator==(const ActorRole &, const ActorRole &) = default;
};

/**
 * The roles every database starts with, translated in both languages; users
 * add their own and translate them.
 */
const QList<ActorRole> &builtinActorRoles();

/**
 * The role name that @p text means in @p vocabulary (then in the built-in
 * roles): a name or a label in either language, compared ignoring case and
 * surrounding spaces. Text that names no role is returned trimmed: a new role.
 */
QString canonicalRoleName(const QString &text, const QList<ActorRole> &vocabulary = {});

/// The role named @p name in @p vocabulary (then the built-in roles), or nullptr.
const ActorRole *findActorRole(const QString &name, const QList<ActorRole> &vocabulary);

/// How @p name reads in @p language: its label in the vocabulary, else the name itself.
QString roleDisplayName(const QString &name, Language language, const QList<ActorRole> &vocabulary);

} // namespace Frise
