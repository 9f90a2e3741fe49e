// SPDX-License-Identifier: GPL-3.0-or-later
// Each claim rule, kept and broken.
#include "core/claimrules.h"

#include <QTest>

using namespace Frise;

Q_DECLARE_METATYPE(Frise::Claim::Status)

namespace {

using Rule = ClaimRules::Rule;

constexpr RowId claimId = 10;

Claim rebuttal(RowId claimant)
{
    Claim claim;
    claim.id = 11;
    claim.rebutsClaimId = claimId;
    claim.claimantId = claimant;
    return claim;
}

QStringList codes(const QList<Rule> &rules)
{
    QStringList list;
    for (Rule rule : rules)
        list.append(ClaimRules::code(rule));
    return list;
}

} // namespace

class TestClaimRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void broken_data()
    {
        QTest::addColumn<Claim::Status>("status");
        QTest::addColumn<bool>("evidence");
        QTest::addColumn<QList<Claim>>("rebuttals");
        QTest::addColumn<QStringList>("broken");
        const QList<Claim> none;
        const QList<Claim> named {rebuttal(3)};
        const QList<Claim> anonymous {rebuttal(0)};
        const QStringList ok;
        const QString evidence = QStringLiteral("evidence-required");
        const QString rebuttalRequired = QStringLiteral("rebuttal-required");
        const QString disputant = QStringLiteral("disputant-required");
        using S = Claim::Status;
        QTest::newRow("unverified, nothing") << S::Unverified << false << none << ok;
        QTest::newRow("retracted, nothing") << S::Retracted << false << none << ok;
        QTest::newRow("confirmed, no source") << S::Confirmed << false << none << QStringList {evidence};
        QTest::newRow("confirmed, a rebuttal but no source")
            << S::Confirmed << false << named << QStringList {evidence};
        QTest::newRow("confirmed, a source") << S::Confirmed << true << none << ok;
        QTest::newRow("refuted, nothing") << S::Refuted << false << none << QStringList {evidence, rebuttalRequired};
        QTest::newRow("refuted, a rebutting claim but no source")
            << S::Refuted << false << named << QStringList {evidence};
        QTest::newRow("refuted, a rebutting source") << S::Refuted << true << none << ok;
        QTest::newRow("refuted, a source and a rebutting claim") << S::Refuted << true << named << ok;
        QTest::newRow("disputed, nobody answered") << S::Disputed << false << none << QStringList {disputant};
        QTest::newRow("disputed, a rebuttal naming nobody")
            << S::Disputed << false << anonymous << QStringList {disputant};
        QTest::newRow("disputed, a rebuttal with its claimant") << S::Disputed << false << named << ok;
        QTest::newRow("disputed, a source reporting the dispute") << S::Disputed << true << none << ok;
    }

    void broken()
    {
        QFETCH(Claim::Status, status);
        QFETCH(bool, evidence);
        QFETCH(QList<Claim>, rebuttals);
        QFETCH(QStringList, broken);
        Claim claim;
        claim.id = claimId;
        claim.status = status;
        if (evidence)
            claim.evidenceSourceIds = {7};
        QCOMPARE(codes(ClaimRules::broken(claim, rebuttals)), broken);
    }

    void rebuttalsOf()
    {
        Claim claim;
        claim.id = claimId;
        Claim rebutting = rebuttal(3);
        Claim unrelated;
        unrelated.id = 12;
        unrelated.rebutsClaimId = 99;
        Claim self = claim;
        self.rebutsClaimId = claimId; // a claim never rebuts itself
        const QList<Claim> all {claim, rebutting, unrelated, self};
        QCOMPARE(ClaimRules::rebuttalsOf(claim, all), QList<Claim> {rebutting});
        QVERIFY(ClaimRules::rebuttalsOf(Claim(), all).isEmpty()); // an unsaved claim has none
    }

    void explanations()
    {
        QStringList seen;
        for (Rule rule : {Rule::EvidenceRequired, Rule::RebuttalRequired, Rule::DisputantRequired}) {
            QVERIFY(!ClaimRules::explanation(rule).isEmpty());
            QVERIFY(!seen.contains(ClaimRules::code(rule)));
            seen.append(ClaimRules::code(rule));
        }
        QVERIFY(ClaimRules::explanation(Rule::DisputantRequired).contains(QStringLiteral("unverified")));
    }
};

QTEST_GUILESS_MAIN(TestClaimRules)
#include "tst_claimrules.moc"
