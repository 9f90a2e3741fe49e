// SPDX-License-Identifier: GPL-3.0-or-later
// The claim editor applies the claim rules: a change that would break one is
// not stored, the editor says which rule and why, and nothing is lost.
#include "core/claimrules.h"
#include "core/uilanguage.h"
#include "ui/bilingualfield.h"
#include "ui/claimeditor.h"
#include "ui/databasesession.h"
#include "ui/linklistfield.h"
#include "ui/recordcombo.h"
#include "uitestdata.h"

#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Frise;

Q_DECLARE_METATYPE(Frise::Claim::Status)

namespace {

using Rule = ClaimRules::Rule;

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void chooseStatus(Ui::ClaimEditor &editor, Claim::Status status)
{
    choose(editor.statusField(), int(status));
}

void setEvidence(Ui::ClaimEditor &editor, const QList<RowId> &ids)
{
    editor.evidenceField()->setIds(ids);
    Q_EMIT editor.evidenceField()->edited();
}

Claim::Status shownStatus(const Ui::ClaimEditor &editor)
{
    return static_cast<Claim::Status>(editor.statusField()->currentData().toInt());
}

} // namespace

class TestClaimEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        UiTestData::Ids ids;
        RowId claim = 0; ///< unverified, by Microsoft, no evidence
        RowId namedRebuttal = 0; ///< by Twitter, rebuts nothing yet
        RowId anonymousRebuttal = 0; ///< nobody named, rebuts nothing yet
    };

    // A database with the UI test data plus three claims of our own, opened in @p session.
    Fixture open(
        Ui::DatabaseSession &session, Claim::Status status = Claim::Status::Unverified, QList<RowId> evidence = {})
    {
        const QString path = m_dir.filePath(QStringLiteral("claims%1.frise").arg(++m_counter));
        Fixture fixture;
        fixture.ids = UiTestData::fill(path);
        if (!session.open(path, false, nullptr))
            return fixture;
        Storage::ClaimRepository claims(*session.database());
        Storage::StorageError error;
        auto insert = [&](const QString &text, RowId claimant, Claim::Status s, const QList<RowId> &sources) {
            Claim claim;
            claim.text = BilingualText::original(Language::English, text);
            claim.claimantId = claimant;
            claim.status = s;
            claim.evidenceSourceIds = sources;
            if (!claims.insert(claim, &error))
                qWarning() << error.message;
            session.notifyChanged(QStringLiteral("claim"), claim.id);
            return claim.id;
        };
        if (evidence.isEmpty() && status == Claim::Status::Confirmed)
            evidence = {fixture.ids.mashable};
        fixture.claim = insert(
            QStringLiteral("Twitter data trained Microsoft's models"), fixture.ids.microsoft, status, evidence);
        fixture.namedRebuttal = insert(
            QStringLiteral("Microsoft never used the data"), fixture.ids.twitter, Claim::Status::Unverified, {});
        fixture.anonymousRebuttal
            = insert(QStringLiteral("An unnamed insider denies it"), 0, Claim::Status::Unverified, {});
        return fixture;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void statusNeedsEvidence_data()
    {
        QTest::addColumn<Claim::Status>("status");
        QTest::addColumn<QList<Rule>>("rules");
        QTest::newRow("confirmed") << Claim::Status::Confirmed << QList<Rule> {Rule::EvidenceRequired};
        QTest::newRow("refuted") << Claim::Status::Refuted
                                 << QList<Rule> {Rule::EvidenceRequired, Rule::RebuttalRequired};
        QTest::newRow("disputed") << Claim::Status::Disputed << QList<Rule> {Rule::DisputantRequired};
    }

    // The status is refused with the rules it breaks, stays chosen, and is saved with the source that meets them.
    void statusNeedsEvidence()
    {
        QFETCH(Claim::Status, status);
        QFETCH(QList<Rule>, rules);
        Ui::DatabaseSession session;
        const Fixture f = open(session);
        QVERIFY(f.claim);
        Ui::ClaimEditor editor(&session);
        editor.load(f.claim);
        QVERIFY(editor.ruleMessage()->isHidden());
        const Claim original = *session.find<Claim>(f.claim);

        chooseStatus(editor, status);
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Unverified); // not stored
        QCOMPARE(session.undoStack()->count(), 0);
        QCOMPARE(editor.pendingStatus(), std::optional<Claim::Status>(status));
        QCOMPARE(shownStatus(editor), status); // still chosen: nothing lost
        QVERIFY(!editor.ruleMessage()->isHidden());
        const QString message = editor.ruleMessageText()->text();
        for (Rule rule : rules)
            QVERIFY2(message.contains(ClaimRules::explanation(rule)), qPrintable(message));
        QCOMPARE(editor.ruleMessage()->accessibleDescription(), message);
        QVERIFY(!editor.ruleMessage()->accessibleName().isEmpty());
        QVERIFY(editor.keepStoredStatusButton()->isVisibleTo(&editor));

        // A second try is refused the same way.
        choose(editor.statusField(), int(status));
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Unverified);

        // A source as evidence meets every rule: the status is stored with it, as one edit.
        setEvidence(editor, {f.ids.reuters});
        const Claim stored = *session.find<Claim>(f.claim);
        QCOMPARE(stored.status, status);
        QCOMPARE(stored.evidenceSourceIds, QList<RowId> {f.ids.reuters});
        QVERIFY(!editor.pendingStatus());
        QVERIFY(editor.ruleMessage()->isHidden());
        QCOMPARE(session.undoStack()->count(), 1);
        session.undoStack()->undo();
        QCOMPARE(Ui::withVersion(*session.find<Claim>(f.claim), 0), Ui::withVersion(original, 0));
        QCOMPARE(shownStatus(editor), Claim::Status::Unverified);
    }

    // An editor that goes while a field has the focus saves what was typed, before it is half destroyed (the
    // field's focus-out reached a destroyed editor).
    void closesWhileTyping()
    {
        Ui::DatabaseSession session;
        const Fixture f = open(session);
        auto editor = std::make_unique<Ui::ClaimEditor>(&session);
        editor->load(f.claim);
        editor->show();
        QVERIFY(QTest::qWaitForWindowActive(editor.get()));
        auto *english
            = qobject_cast<QPlainTextEdit *>(editor->findChild<Ui::BilingualField *>()->editor(Language::English));
        QVERIFY(english);
        english->setFocus();
        QTRY_VERIFY(english->hasFocus());
        english->moveCursor(QTextCursor::End);
        QTest::keyClicks(english, QStringLiteral(", says Twitter"));
        editor.reset();
        QCOMPARE(session.find<Claim>(f.claim)->text.en,
            QStringLiteral("Twitter data trained Microsoft's models, says Twitter"));
    }

    void keepStoredStatus()
    {
        Ui::DatabaseSession session;
        const Fixture f = open(session);
        Ui::ClaimEditor editor(&session);
        editor.load(f.claim);
        chooseStatus(editor, Claim::Status::Refuted);
        QVERIFY(editor.pendingStatus());
        editor.keepStoredStatusButton()->click();
        QVERIFY(!editor.pendingStatus());
        QCOMPARE(shownStatus(editor), Claim::Status::Unverified);
        QVERIFY(editor.ruleMessage()->isHidden());
        // Later edits no longer carry the dropped status.
        setEvidence(editor, {f.ids.reuters});
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Unverified);
    }

    // "Rebutted by" links another claim; the status it allows is stored with the link, as one undo step.
    void rebuttedByLinksTheRebuttal()
    {
        Ui::DatabaseSession session;
        const Fixture f = open(session);
        Ui::ClaimEditor editor(&session);
        editor.load(f.claim);
        chooseStatus(editor, Claim::Status::Disputed);
        QVERIFY(editor.pendingStatus());

        // A rebuttal that names nobody is linked, but does not say who disputed the claim.
        choose(editor.rebuttedByField(), qint64(f.anonymousRebuttal));
        QCOMPARE(session.find<Claim>(f.anonymousRebuttal)->rebutsClaimId, f.claim);
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Unverified);
        QCOMPARE(editor.pendingStatus(), std::optional<Claim::Status>(Claim::Status::Disputed));
        QVERIFY(editor.ruleMessageText()->text().contains(ClaimRules::explanation(Rule::DisputantRequired)));
        QCOMPARE(editor.rebuttedByField()->findData(qint64(f.anonymousRebuttal)), -1); // already linked
        QCOMPARE(session.undoStack()->count(), 1);

        // Twitter's answer names who disputed it: the status is stored.
        choose(editor.rebuttedByField(), qint64(f.namedRebuttal));
        QCOMPARE(session.find<Claim>(f.namedRebuttal)->rebutsClaimId, f.claim);
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Disputed);
        QVERIFY(!editor.pendingStatus());
        QVERIFY(editor.ruleMessage()->isHidden());
        QCOMPARE(editor.rebuttedByField()->currentId(), RowId(0));
        QCOMPARE(session.undoStack()->count(), 2);

        session.undoStack()->undo(); // the link and the status together
        QCOMPARE(session.find<Claim>(f.namedRebuttal)->rebutsClaimId, RowId(0));
        QCOMPARE(session.find<Claim>(f.claim)->status, Claim::Status::Unverified);
        QCOMPARE(session.find<Claim>(f.anonymousRebuttal)->rebutsClaimId, f.claim);
    }

    // Removing the only source of a confirmed claim would break a rule: the source is kept and the editor says why.
    void evidenceKeptWhileNeeded()
    {
        Ui::DatabaseSession session;
        const Fixture f = open(session, Claim::Status::Confirmed);
        Ui::ClaimEditor editor(&session);
        editor.load(f.claim);
        QVERIFY(editor.ruleMessage()->isHidden());
        setEvidence(editor, {});
        QCOMPARE(session.find<Claim>(f.claim)->evidenceSourceIds, QList<RowId> {f.ids.mashable});
        QCOMPARE(editor.evidenceField()->ids(), QList<RowId> {f.ids.mashable}); // shown again
        QVERIFY(!editor.ruleMessage()->isHidden());
        QVERIFY(editor.ruleMessageText()->text().contains(ClaimRules::explanation(Rule::EvidenceRequired)));
        QCOMPARE(session.undoStack()->count(), 0);

        // Replacing it is fine: one added, then the first removed.
        setEvidence(editor, {f.ids.mashable, f.ids.reuters});
        setEvidence(editor, {f.ids.reuters});
        QCOMPARE(session.find<Claim>(f.claim)->evidenceSourceIds, QList<RowId> {f.ids.reuters});
        QVERIFY(editor.ruleMessage()->isHidden());
    }

    // A claim stored before the rules (the test data's: disputed, nobody named) loads and edits; the editor says what
    // it breaks, and a status that breaks nothing is stored.
    void olderClaimBreakingARule()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Ui::ClaimEditor editor(&session);
        editor.load(ids.claim);
        QCOMPARE(shownStatus(editor), Claim::Status::Disputed);
        QVERIFY(!editor.ruleMessage()->isHidden());
        QVERIFY(editor.ruleMessageText()->text().contains(ClaimRules::explanation(Rule::DisputantRequired)));
        QVERIFY(!editor.keepStoredStatusButton()->isVisibleTo(&editor));

        setEvidence(editor, {ids.reuters}); // a source reporting the dispute meets the rule
        QCOMPARE(session.find<Claim>(ids.claim)->evidenceSourceIds, QList<RowId> {ids.reuters});
        QVERIFY(editor.ruleMessage()->isHidden());
        session.undoStack()->undo();
        QVERIFY(!editor.ruleMessage()->isHidden());

        chooseStatus(editor, Claim::Status::Unverified);
        QCOMPARE(session.find<Claim>(ids.claim)->status, Claim::Status::Unverified);
        QVERIFY(editor.ruleMessage()->isHidden());
    }

    void statusToolTips_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("disputed");
        QTest::addColumn<QString>("unverified");
        QTest::newRow("en") << Language::English << QStringLiteral("publicly") << QStringLiteral("nobody answered");
        QTest::newRow("fr") << Language::French << QStringLiteral("publiquement") << QStringLiteral("personne n’a");
    }

    void statusToolTips()
    {
        QFETCH(Language, language);
        QFETCH(QString, disputed);
        QFETCH(QString, unverified);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));
        Ui::DatabaseSession session;
        const Fixture f = open(session);
        Ui::ClaimEditor editor(&session);
        editor.load(f.claim);
        QComboBox *status = editor.statusField();
        for (int i = 0; i < status->count(); ++i)
            QVERIFY(!status->itemData(i, Qt::ToolTipRole).toString().isEmpty());
        auto tip = [status](Claim::Status s) {
            return status->itemData(status->findData(int(s)), Qt::ToolTipRole).toString();
        };
        QVERIFY2(tip(Claim::Status::Disputed).contains(disputed), qPrintable(tip(Claim::Status::Disputed)));
        QVERIFY2(tip(Claim::Status::Unverified).contains(unverified), qPrintable(tip(Claim::Status::Unverified)));
        QCOMPARE(status->toolTip(), tip(Claim::Status::Unverified)); // the closed picker explains what it shows
        chooseStatus(editor, Claim::Status::Disputed); // refused, but shown
        QCOMPARE(status->toolTip(), tip(Claim::Status::Disputed));
        QVERIFY(uiLanguage.apply(Language::English));
    }
};

QTEST_MAIN(TestClaimEditor)
#include "tst_claimeditor.moc"
