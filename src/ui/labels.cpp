// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include "recordtype.h"

namespace Frise::Ui {

QString Labels::actorKind(Actor::Kind kind)
{
    switch (kind) {
    case Actor::Kind::Person:
        return tr("Person");
    case Actor::Kind::Company:
        return tr("Company");
    case Actor::Kind::Platform:
        return tr("Platform");
    case Actor::Kind::Regulator:
        return tr("Regulator");
    case Actor::Kind::Court:
        return tr("Court");
    case Actor::Kind::Outlet:
        return tr("Outlet");
    case Actor::Kind::Other:
        break;
    }
    return tr("Other");
}

QString Labels::disputeStatus(Dispute::Status status)
{
    switch (status) {
    case Dispute::Status::Brewing:
        return tr("Brewing");
    case Dispute::Status::Threatened:
        return tr("Threatened");
    case Dispute::Status::Filed:
        return tr("Filed");
    case Dispute::Status::Settled:
        return tr("Settled");
    case Dispute::Status::Ruled:
        return tr("Ruled");
    case Dispute::Status::Dropped:
        break;
    }
    return tr("Dropped");
}

QString Labels::disputeStatusExplanation(Dispute::Status status)
{
    switch (status) {
    case Dispute::Status::Brewing:
        return tr("Tension in public, no formal step yet.");
    case Dispute::Status::Threatened:
        return tr("Someone announced legal or regulatory action, none is filed yet.");
    case Dispute::Status::Filed:
        return tr("A case is before a court or a regulator.");
    case Dispute::Status::Settled:
        return tr("The parties reached an agreement.");
    case Dispute::Status::Ruled:
        return tr("A court or regulator decided; an appeal may follow: record it as another change.");
    case Dispute::Status::Dropped:
        break;
    }
    return tr("The case or threat was withdrawn.");
}

QString Labels::claimStatus(Claim::Status status)
{
    switch (status) {
    case Claim::Status::Unverified:
        return tr("Unverified");
    case Claim::Status::Disputed:
        return tr("Disputed");
    case Claim::Status::Confirmed:
        return tr("Confirmed");
    case Claim::Status::Refuted:
        return tr("Refuted");
    case Claim::Status::Retracted:
        break;
    }
    return tr("Retracted");
}

QString Labels::relationType(Relation::Type type)
{
    switch (type) {
    case Relation::Type::Sues:
        return tr("sues");
    case Relation::Type::ThreatensToSue:
        return tr("threatens to sue");
    case Relation::Type::InvestsIn:
        return tr("invests in");
    case Relation::Type::LicensesDataTo:
        return tr("licenses data to");
    case Relation::Type::Cofounded:
        return tr("cofounded");
    case Relation::Type::Left:
        return tr("left");
    case Relation::Type::CompetesWith:
        return tr("competes with");
    case Relation::Type::Blocks:
        return tr("blocks");
    case Relation::Type::PartnersWith:
        break;
    }
    return tr("partners with");
}

QString Labels::entity(const QString &entity)
{
    const RecordType *type = RecordType::find(entity);
    return type ? type->displayLabel() : entity;
}

QList<Actor::Kind> Labels::actorKinds()
{
    return {Actor::Kind::Person, Actor::Kind::Company, Actor::Kind::Platform, Actor::Kind::Regulator,
        Actor::Kind::Court, Actor::Kind::Outlet, Actor::Kind::Other};
}

QList<Dispute::Status> Labels::disputeStatuses()
{
    return {Dispute::Status::Brewing, Dispute::Status::Threatened, Dispute::Status::Filed, Dispute::Status::Settled,
        Dispute::Status::Ruled, Dispute::Status::Dropped};
}

QList<Claim::Status> Labels::claimStatuses()
{
    return {Claim::Status::Unverified, Claim::Status::Disputed, Claim::Status::Confirmed, Claim::Status::Refuted,
        Claim::Status::Retracted};
}

} // namespace Frise::Ui
