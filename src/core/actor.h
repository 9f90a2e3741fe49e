// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "ids.h"

#include <QStringList>

namespace Frise {

/// A party to disputes: a person, a company, a court...
struct Actor
{
    enum class Kind {
        Person, ///< "person"
        Company, ///< "company"
        Platform, ///< "platform"
        Regulator, ///< "regulator"
        Court, ///< "court"
        Outlet, ///< "outlet"
        Other, ///< "other"
    };

    RowId id = 0;
    QString uid;
    Kind kind = Kind::Company;
    BilingualText name;
    BilingualText description;
    QStringList aliases; ///< other names it goes by ("X Corp." for Twitter)
    RowId parentId = 0; ///< e.g. Microsoft Advertising -> Microsoft
    int version = 1;

    friend bool operator==(const Actor &, const Actor &) = default;
};

QString actorKindCode(Actor::Kind kind);
bool actorKindFromCode(const QString &code, Actor::Kind *kind);

} // namespace Frise
