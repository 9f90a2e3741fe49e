// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/claimrules.h"
#include "recordeditor.h"

#include <optional>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Frise::Ui {

class BilingualField;
class DateField;
class LinkListField;
class MarkdownNotesEditor;
class RecordCombo;

/**
 * Edits a claim: text, quote, who and when, status, the claim it rebuts, evidence.
 *
 * Applies the claim rules (core/claimrules.h): a change that would break one
 * is not stored, and a message under the status says which rule and why. A
 * refused status stays chosen (shown, not stored) until the rule is met — a
 * source added to the evidence, a rebutting claim linked through "Rebutted
 * by" — and is then saved; "Keep" drops it. A claim that broke a rule before
 * (an older database) can still be edited; the message says what it breaks.
 */
class ClaimEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimEditor)

public:
    explicit ClaimEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    QString entity() const override { return QStringLiteral("claim"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }
    QComboBox *statusField() const { return m_status; }
    RecordCombo *rebutsField() const { return m_rebuts; }
    /// Links another claim as rebutting this one (sets that claim's rebutsClaimId, undoably).
    RecordCombo *rebuttedByField() const { return m_rebuttedBy; }
    LinkListField *evidenceField() const { return m_evidence; }
    /// The message saying which rule a change would break, or breaks (hidden when none).
    QFrame *ruleMessage() const { return m_ruleMessage; }
    QLabel *ruleMessageText() const { return m_ruleText; }
    /// Drops the status the rules kept from being stored.
    QPushButton *keepStoredStatusButton() const { return m_keepStatus; }
    /// The status chosen but not stored because it would break a rule.
    std::optional<Claim::Status> pendingStatus() const { return m_pendingStatus; }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void applyContentLanguage() override;
    void commit() override;
    QString headingText() const override;

private:
    void linkRebuttal();
    void dropPendingStatus();
    void updateRuleMessage();
    void showRebuttals();
    QList<Claim> rebuttals() const;

    std::optional<Claim> m_stored;
    RowId m_shownId = 0; ///< the claim the state below belongs to
    std::optional<Claim::Status> m_pendingStatus;
    QList<ClaimRules::Rule> m_refusedRules; ///< rules the last change would have broken
    bool m_evidenceKept = false; ///< the last change removed evidence a rule needs: it was kept
    BilingualField *m_text = nullptr;
    QPlainTextEdit *m_quote = nullptr;
    QLineEdit *m_quoteLanguage = nullptr;
    RecordCombo *m_claimant = nullptr;
    DateField *m_madeOn = nullptr;
    RecordCombo *m_madeIn = nullptr;
    RecordCombo *m_dispute = nullptr;
    QComboBox *m_status = nullptr;
    RecordCombo *m_rebuts = nullptr;
    RecordCombo *m_rebuttedBy = nullptr;
    QLabel *m_rebuttals = nullptr;
    QFrame *m_ruleMessage = nullptr;
    QLabel *m_ruleText = nullptr;
    QPushButton *m_keepStatus = nullptr;
    LinkListField *m_evidence = nullptr;
    MarkdownNotesEditor *m_notes = nullptr;
};

} // namespace Frise::Ui
