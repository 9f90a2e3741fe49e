// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimeditor.h"

#include "bilingualfield.h"
#include "datefield.h"
#include "labels.h"
#include "linklistfield.h"
#include "markdownnoteseditor.h"
#include "recordcombo.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Frise::Ui {

ClaimEditor::ClaimEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_text(new BilingualField(BilingualField::Lines::Multi, this))
    , m_quote(new QPlainTextEdit(this))
    , m_quoteLanguage(new QLineEdit(this))
    , m_claimant(new RecordCombo(this))
    , m_madeOn(new DateField(this))
    , m_madeIn(new RecordCombo(this))
    , m_dispute(new RecordCombo(this))
    , m_status(new QComboBox(this))
    , m_rebuts(new RecordCombo(this))
    , m_evidence(new LinkListField(false, this))
    , m_notes(new MarkdownNotesEditor(this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Claim"), m_text);
    auto *quote = new QWidget(this);
    auto *quoteLayout = new QHBoxLayout(quote);
    quoteLayout->setContentsMargins(0, 0, 0, 0);
    quoteLayout->addWidget(m_quote, 1);
    quoteLayout->addWidget(m_quoteLanguage, 0, Qt::AlignTop);
    m_quote->setMaximumHeight(70);
    m_quote->setTabChangesFocus(true);
    m_quoteLanguage->setMaximumWidth(48);
    m_quoteLanguage->setMaxLength(2);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Quote"), quote);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Claimed &by"), m_claimant);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&On"), m_madeOn);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&In"), m_madeIn);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Dispute"), m_dispute);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "St&atus"), m_status);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Rebuts"), m_rebuts);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Evidence"), m_evidence);
    m_notes->setMinimumHeight(120);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Notes"), m_notes);
    m_text->setAccessibleFieldName(tr("Claim"));
    m_quote->setAccessibleName(tr("Verbatim quote"));
    m_quoteLanguage->setAccessibleName(tr("Language of the quote"));
    m_quoteLanguage->setPlaceholderText(QStringLiteral("en"));
    m_claimant->setAccessibleName(tr("Claimed by"));
    m_madeOn->setAccessibleFieldName(tr("Claimed on"));
    m_madeIn->setAccessibleName(tr("Claimed in source"));
    m_dispute->setAccessibleName(tr("Dispute"));
    m_status->setAccessibleName(tr("Verification status"));
    m_rebuts->setAccessibleName(tr("Rebuts claim"));
    m_evidence->setAccessibleFieldName(tr("Evidence"));
    commitOnFocusOut(m_quote);
    connect(m_text, &BilingualField::edited, this, &ClaimEditor::commit);
    connect(m_quoteLanguage, &QLineEdit::editingFinished, this, &ClaimEditor::commit);
    connect(m_claimant, &RecordCombo::picked, this, &ClaimEditor::commit);
    connect(m_madeOn, &DateField::edited, this, &ClaimEditor::commit);
    connect(m_madeIn, &RecordCombo::picked, this, &ClaimEditor::commit);
    connect(m_dispute, &RecordCombo::picked, this, &ClaimEditor::commit);
    connect(m_status, &QComboBox::activated, this, &ClaimEditor::commit);
    connect(m_rebuts, &RecordCombo::picked, this, &ClaimEditor::commit);
    connect(m_evidence, &LinkListField::edited, this, &ClaimEditor::commit);
    connect(m_notes, &MarkdownNotesEditor::edited, this, &ClaimEditor::commit);
}

ClaimEditor::~ClaimEditor() = default;

bool ClaimEditor::readRecord()
{
    m_stored = m_session->find<Claim>(recordId());
    if (!m_stored)
        return false;
    const Claim &claim = *m_stored;
    m_text->setValue(claim.text);
    if (m_quote->toPlainText() != claim.quote)
        m_quote->setPlainText(claim.quote);
    m_quoteLanguage->setText(claim.quoteLanguage);
    m_claimant->setCurrentId(claim.claimantId);
    m_madeOn->setDate(claim.madeOn);
    m_madeIn->setCurrentId(claim.madeInSourceId);
    m_dispute->setCurrentId(claim.disputeId);
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(claim.status)));
    m_rebuts->setCurrentId(claim.rebutsClaimId);
    m_evidence->setIds(claim.evidenceSourceIds);
    m_notes->setMarkdown(claim.notes);
    return true;
}

void ClaimEditor::updateChoices()
{
    const Language lang = language();
    m_status->clear();
    for (Claim::Status status : Labels::claimStatuses())
        m_status->addItem(Labels::claimStatus(status), static_cast<int>(status));
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        actors.append({actor.id, actor.name.textOrFallback(lang)});
    m_claimant->setChoices(actors);
    QList<RecordCombo::Choice> sources;
    for (const Source &source : m_session->sources())
        sources.append({source.id, m_session->sourceLabel(source.id)});
    m_madeIn->setChoices(sources);
    m_evidence->setChoices(sources);
    QList<RecordCombo::Choice> disputes;
    for (const Dispute &dispute : m_session->disputes())
        disputes.append({dispute.id, dispute.title.textOrFallback(lang)});
    m_dispute->setChoices(disputes);
    QList<RecordCombo::Choice> claims;
    for (const Claim &claim : m_session->claims())
        if (claim.id != recordId())
            claims.append({claim.id, m_session->claimLabel(claim.id, lang)});
    m_rebuts->setChoices(claims);
    m_madeOn->setLanguage(lang);
}

void ClaimEditor::applyContentLanguage()
{
    m_text->setContentLanguage(contentLanguage());
}

void ClaimEditor::commit()
{
    if (isLoading() || !m_stored || !m_madeOn->isAcceptable())
        return;
    Claim claim = *m_stored;
    claim.text = m_text->value();
    claim.quote = m_quote->toPlainText().trimmed();
    claim.quoteLanguage = m_quoteLanguage->text().trimmed().toLower();
    claim.claimantId = m_claimant->currentId();
    if (m_madeOn->date().toIsoText() != m_stored->madeOn.toIsoText())
        claim.madeOn = m_madeOn->date();
    claim.madeInSourceId = m_madeIn->currentId();
    claim.disputeId = m_dispute->currentId();
    claim.status = static_cast<Claim::Status>(m_status->currentData().toInt());
    claim.rebutsClaimId = m_rebuts->currentId();
    claim.evidenceSourceIds = m_evidence->ids();
    claim.notes = m_notes->markdown();
    pushEdit(*m_stored, claim);
}

QString ClaimEditor::headingText() const
{
    return m_stored ? m_session->claimLabel(m_stored->id, language()) : QString();
}

} // namespace Frise::Ui
