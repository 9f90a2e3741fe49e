// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Frise::Ui {

class BilingualField;
class DateField;
class LinkListField;
class MarkdownNotesEditor;
class RecordCombo;

/// Edits a claim: text, quote, who and when, status, the claim it rebuts, evidence.
class ClaimEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimEditor)

public:
    explicit ClaimEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~ClaimEditor() override;

    QString entity() const override { return QStringLiteral("claim"); }
    QComboBox *statusField() const { return m_status; }
    RecordCombo *rebutsField() const { return m_rebuts; }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void applyContentLanguage() override;
    void commit() override;
    QString headingText() const override;

private:
    std::optional<Claim> m_stored;
    BilingualField *m_text = nullptr;
    QPlainTextEdit *m_quote = nullptr;
    QLineEdit *m_quoteLanguage = nullptr;
    RecordCombo *m_claimant = nullptr;
    DateField *m_madeOn = nullptr;
    RecordCombo *m_madeIn = nullptr;
    RecordCombo *m_dispute = nullptr;
    QComboBox *m_status = nullptr;
    RecordCombo *m_rebuts = nullptr;
    LinkListField *m_evidence = nullptr;
    MarkdownNotesEditor *m_notes = nullptr;
};

} // namespace Frise::Ui
