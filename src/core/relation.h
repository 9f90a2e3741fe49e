// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QList>

namespace Frise {

/// A directed, dated edge between two actors.
struct Relation
{
    enum class Type {
        Sues, ///< "sues"
        ThreatensToSue, ///< "threatens_to_sue"
        InvestsIn, ///< "invests_in"
        LicensesDataTo, ///< "licenses_data_to"
        Cofounded, ///< "cofounded"
        Left, ///< "left"
        CompetesWith, ///< "competes_with"
        Blocks, ///< "blocks"
        PartnersWith, ///< "partners_with"
    };

    RowId id = 0;
    QString uid;
    RowId fromActorId = 0;
    RowId toActorId = 0;
    Type type = Type::PartnersWith;
    FuzzyDate start; ///< null when unknown (then active since always)
    FuzzyDate end; ///< null while still active
    QString note;
    QList<RowId> sourceIds;
    int version = 1;

    /// Whether the relation holds at @p minutes (since the epoch).
    bool isActiveAt(qint64 minutes) const;

    friend bool operator==(const Relation &, const Relation &) = default;
};

QString relationTypeCode(Relation::Type type);
bool relationTypeFromCode(const QString &code, Relation::Type *type);
/// All relation types, in display order.
QList<Relation::Type> allRelationTypes();

} // namespace Frise
