// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claim.h"

#include <QList>
#include <QString>

namespace Frise {

/**
 * The rules a claim's status must match its evidence by. They apply to
 * editing: the claim editor refuses to store a change that breaks one and
 * says which and why. Imports and backups keep accepting claims that break
 * them (databases written before the rules).
 */
struct ClaimRules
{
    /// One rule a claim can break.
    enum class Rule {
        EvidenceRequired, ///< "evidence-required": confirmed or refuted needs at least one evidence source
        RebuttalRequired, ///< "rebuttal-required": refuted needs a claim that rebuts it or a source
        DisputantRequired, ///< "disputant-required": disputed needs who disputed it publicly (a rebutting
                           ///< claim with its claimant) or a source that reports the dispute
    };

    /// The rule's stable code ("evidence-required"...), for scripts and the command line.
    static QString code(Rule rule);
    /// Why the rule exists and how to satisfy it, translated (context "Frise::ClaimRules").
    static QString explanation(Rule rule);

    /// The claims of @p claims that rebut @p claim (whose rebutsClaimId is its id).
    static QList<Claim> rebuttalsOf(const Claim &claim, const QList<Claim> &claims);
    /**
     * The rules @p claim breaks, in the order of Rule, given @p rebuttals,
     * the claims that rebut it. Its evidence is its evidenceSourceIds.
     */
    static QList<Rule> broken(const Claim &claim, const QList<Claim> &rebuttals);
};

} // namespace Frise
