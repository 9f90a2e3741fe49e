// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/relation.h"

#include <QCoreApplication>

namespace Frise::Ui {

/// Display names of domain values in the UI language.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::Labels)

public:
    static QString actorKind(Actor::Kind kind);
    static QString disputeStatus(Dispute::Status status);
    /// What a dispute status means, for tooltips.
    static QString disputeStatusExplanation(Dispute::Status status);
    static QString claimStatus(Claim::Status status);
    static QString relationType(Relation::Type type);
    /// "Event", "Actor"... for an entity name ("event", "actor"...).
    static QString entity(const QString &entity);

    static QList<Actor::Kind> actorKinds();
    static QList<Dispute::Status> disputeStatuses();
    static QList<Claim::Status> claimStatuses();
};

} // namespace Frise::Ui
