// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace Frise {

QString ClaimRules::code(Rule rule)
{
    switch (rule) {
    case Rule::EvidenceRequired:
        return QStringLiteral("evidence-required");
    case Rule::RebuttalRequired:
        return QStringLiteral("rebuttal-required");
    case Rule::DisputantRequired:
        break;
    }
    return QStringLiteral("disputant-required");
}

QString ClaimRules::explanation(Rule rule)
{
    switch (rule) {
    case Rule::EvidenceRequired:
        return QCoreApplication::translate("Frise::ClaimRules",
            "A confirmed or refuted claim needs at least one source as evidence: add the source that "
            "settles it.");
    case Rule::RebuttalRequired:
        return QCoreApplication::translate("Frise::ClaimRules",
            "A refuted claim needs what rebuts it: link the claim that rebuts it (Rebutted by) or add the "
            "rebutting source to its evidence.");
    case Rule::DisputantRequired:
        break;
    }
    return QCoreApplication::translate("Frise::ClaimRules",
        "“Disputed” means someone disputed it publicly: link the claim that disputes it, with who made it "
        "(Rebutted by), or add a source that reports the dispute. A claim nobody answered stays unverified.");
}

QList<Claim> ClaimRules::rebuttalsOf(const Claim &claim, const QList<Claim> &claims)
{
    QList<Claim> rebuttals;
    if (claim.id == 0)
        return rebuttals;
    std::copy_if(claims.cbegin(), claims.cend(), std::back_inserter(rebuttals),
        [&claim](const Claim &other) { return other.rebutsClaimId == claim.id && other.id != claim.id; });
    return rebuttals;
}

QList<ClaimRules::Rule> ClaimRules::broken(const Claim &claim, const QList<Claim> &rebuttals)
{
    QList<Rule> rules;
    const bool hasEvidence = !claim.evidenceSourceIds.isEmpty();
    switch (claim.status) {
    case Claim::Status::Confirmed:
        if (!hasEvidence)
            rules.append(Rule::EvidenceRequired);
        break;
    case Claim::Status::Refuted:
        if (!hasEvidence)
            rules.append(Rule::EvidenceRequired);
        if (!hasEvidence && rebuttals.isEmpty())
            rules.append(Rule::RebuttalRequired);
        break;
    case Claim::Status::Disputed: {
        // Who disputed it must be named: a rebutting claim counts only with its claimant.
        const bool named = std::any_of(
            rebuttals.cbegin(), rebuttals.cend(), [](const Claim &rebuttal) { return rebuttal.claimantId != 0; });
        if (!hasEvidence && !named)
            rules.append(Rule::DisputantRequired);
        break;
    }
    case Claim::Status::Unverified:
    case Claim::Status::Retracted:
        break;
    }
    return rules;
}

} // namespace Frise
