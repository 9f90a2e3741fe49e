// SPDX-License-Identifier: GPL-3.0-or-later
// Stable text codes of the domain enums, as stored in databases and files.
#include "actor.h"
#include "claim.h"
#include "dispute.h"
#include "enumcodes_p.h"
#include "relation.h"

namespace Frise {

namespace {
constexpr CodeEntry<Actor::Kind> actorKinds[] = {
    {Actor::Kind::Person, "person"},
    {Actor::Kind::Company, "company"},
    {Actor::Kind::Platform, "platform"},
    {Actor::Kind::Regulator, "regulator"},
    {Actor::Kind::Court, "court"},
    {Actor::Kind::Outlet, "outlet"},
    {Actor::Kind::Other, "other"},
};
constexpr CodeEntry<Dispute::Status> disputeStatuses[] = {
    {Dispute::Status::Brewing, "brewing"},
    {Dispute::Status::Threatened, "threatened"},
    {Dispute::Status::Filed, "filed"},
    {Dispute::Status::Settled, "settled"},
    {Dispute::Status::Ruled, "ruled"},
    {Dispute::Status::Dropped, "dropped"},
};
constexpr CodeEntry<Claim::Status> claimStatuses[] = {
    {Claim::Status::Unverified, "unverified"},
    {Claim::Status::Disputed, "disputed"},
    {Claim::Status::Confirmed, "confirmed"},
    {Claim::Status::Refuted, "refuted"},
    {Claim::Status::Retracted, "retracted"},
};
constexpr CodeEntry<Relation::Type> relationTypes[] = {
    {Relation::Type::Sues, "sues"},
    {Relation::Type::ThreatensToSue, "threatens_to_sue"},
    {Relation::Type::InvestsIn, "invests_in"},
    {Relation::Type::LicensesDataTo, "licenses_data_to"},
    {Relation::Type::Cofounded, "cofounded"},
    {Relation::Type::Left, "left"},
    {Relation::Type::CompetesWith, "competes_with"},
    {Relation::Type::Blocks, "blocks"},
    {Relation::Type::PartnersWith, "partners_with"},
};
} // namespace

QString actorKindCode(Actor::Kind kind)
{
    return codeOf(actorKinds, kind);
}

bool actorKindFromCode(const QString &code, Actor::Kind *kind)
{
    return valueOf(actorKinds, code, kind);
}

QString disputeStatusCode(Dispute::Status status)
{
    return codeOf(disputeStatuses, status);
}

bool disputeStatusFromCode(const QString &code, Dispute::Status *status)
{
    return valueOf(disputeStatuses, code, status);
}

QString disputeStatusName(Dispute::Status status, Language language)
{
    const bool fr = language == Language::French;
    switch (status) {
    case Dispute::Status::Brewing:
        return fr ? QStringLiteral("Latent") : QStringLiteral("Brewing");
    case Dispute::Status::Threatened:
        return fr ? QStringLiteral("Menace d’action") : QStringLiteral("Threatened");
    case Dispute::Status::Filed:
        return fr ? QStringLiteral("Procédure engagée") : QStringLiteral("Filed");
    case Dispute::Status::Settled:
        return fr ? QStringLiteral("Accord conclu") : QStringLiteral("Settled");
    case Dispute::Status::Ruled:
        return fr ? QStringLiteral("Jugé") : QStringLiteral("Ruled");
    case Dispute::Status::Dropped:
        break;
    }
    return fr ? QStringLiteral("Abandonné") : QStringLiteral("Dropped");
}

QString claimStatusCode(Claim::Status status)
{
    return codeOf(claimStatuses, status);
}

bool claimStatusFromCode(const QString &code, Claim::Status *status)
{
    return valueOf(claimStatuses, code, status);
}

bool isUnsafeToPublish(Claim::Status status)
{
    return status == Claim::Status::Unverified || status == Claim::Status::Disputed;
}

QString relationTypeCode(Relation::Type type)
{
    return codeOf(relationTypes, type);
}

bool relationTypeFromCode(const QString &code, Relation::Type *type)
{
    return valueOf(relationTypes, code, type);
}

QList<Relation::Type> allRelationTypes()
{
    QList<Relation::Type> types;
    for (const auto &entry : relationTypes)
        types.append(entry.value);
    return types;
}

bool Relation::isActiveAt(qint64 minutes) const
{
    if (start.isValid() && minutes < start.earliestMinutes())
        return false;
    if (end.isValid() && minutes > end.latestMinutes())
        return false;
    return true;
}

} // namespace Frise
