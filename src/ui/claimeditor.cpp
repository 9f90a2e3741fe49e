// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimeditor.h"

#include "bilingualfield.h"
#include "datefield.h"
#include "labels.h"
#include "linklistfield.h"
#include "markdownnoteseditor.h"
#include "recordcombo.h"

#include <QAccessible>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

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
    , m_rebuttedBy(new RecordCombo(this))
    , m_rebuttals(new QLabel(this))
    , m_ruleMessage(new QFrame(this))
    , m_ruleText(new QLabel(m_ruleMessage))
    , m_keepStatus(new QPushButton(m_ruleMessage))
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
    // Which rule a change would break, and why: right under the status it is about.
    m_ruleMessage->setObjectName(QStringLiteral("claimRuleMessage"));
    m_ruleMessage->setFrameShape(QFrame::StyledPanel);
    m_ruleMessage->setAutoFillBackground(true);
    m_ruleMessage->setBackgroundRole(QPalette::ToolTipBase);
    m_ruleMessage->setForegroundRole(QPalette::ToolTipText);
    auto *messageLayout = new QHBoxLayout(m_ruleMessage);
    m_ruleText->setWordWrap(true);
    m_ruleText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    messageLayout->addWidget(m_ruleText, 1);
    messageLayout->addWidget(m_keepStatus, 0, Qt::AlignTop);
    m_ruleMessage->hide();
    m_form->addRow(m_ruleMessage);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Rebuts"), m_rebuts);
    auto *rebuttedBy = new QWidget(this);
    auto *rebuttedByLayout = new QVBoxLayout(rebuttedBy);
    rebuttedByLayout->setContentsMargins(0, 0, 0, 0);
    m_rebuttals->setWordWrap(true);
    m_rebuttals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rebuttedByLayout->addWidget(m_rebuttals);
    rebuttedByLayout->addWidget(m_rebuttedBy);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Rebutted b&y"), rebuttedBy);
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
    m_rebuttedBy->setAccessibleName(tr("Link a claim that rebuts this one"));
    m_rebuttedBy->setToolTip(tr("Pick the claim that rebuts or disputes this one: it is linked to this claim"));
    m_rebuttals->setAccessibleName(tr("Claims that rebut this one"));
    m_ruleMessage->setAccessibleName(tr("Claim rule"));
    m_keepStatus->setAccessibleName(tr("Keep the stored status"));
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
    connect(m_rebuttedBy, &RecordCombo::picked, this, &ClaimEditor::linkRebuttal);
    connect(m_keepStatus, &QPushButton::clicked, this, &ClaimEditor::dropPendingStatus);
    connect(m_evidence, &LinkListField::edited, this, &ClaimEditor::commit);
    connect(m_notes, &MarkdownNotesEditor::edited, this, &ClaimEditor::commit);
    // Another claim may start or stop rebutting this one: the rules' verdict follows.
    auto otherClaimChanged = [this](const QString &entity, RowId id) {
        if (m_stored && id != m_stored->id && entity == this->entity() && !isLoading())
            showRebuttals();
    };
    connect(session, &DatabaseSession::recordChanged, this, otherClaimChanged);
    connect(session, &DatabaseSession::recordRemoved, this, otherClaimChanged);
}

ClaimEditor::~ClaimEditor()
{
    // A focused field saves on focus-out: let it now, while this editor is whole, not as its children go.
    if (QWidget *focus = focusWidget(); focus && isAncestorOf(focus))
        focus->clearFocus();
}

bool ClaimEditor::readRecord()
{
    m_stored = m_session->find<Claim>(recordId());
    if (!m_stored)
        return false;
    const Claim &claim = *m_stored;
    if (claim.id != m_shownId || (m_pendingStatus && *m_pendingStatus == claim.status)) {
        m_shownId = claim.id;
        m_pendingStatus.reset();
        m_refusedRules.clear();
        m_evidenceKept = false;
    }
    m_text->setValue(claim.text);
    if (m_quote->toPlainText() != claim.quote)
        m_quote->setPlainText(claim.quote);
    m_quoteLanguage->setText(claim.quoteLanguage);
    m_claimant->setCurrentId(claim.claimantId);
    m_madeOn->setDate(claim.madeOn);
    m_madeIn->setCurrentId(claim.madeInSourceId);
    m_dispute->setCurrentId(claim.disputeId);
    // A status the rules refused stays on show until it can be stored or is dropped.
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(m_pendingStatus.value_or(claim.status))));
    m_rebuts->setCurrentId(claim.rebutsClaimId);
    m_evidence->setIds(claim.evidenceSourceIds);
    m_notes->setMarkdown(claim.notes);
    m_rebuttedBy->setCurrentId(0);
    showRebuttals();
    return true;
}

void ClaimEditor::showRebuttals()
{
    QStringList names;
    for (const Claim &rebuttal : rebuttals()) {
        const QString claimant = m_session->actorName(rebuttal.claimantId, language());
        const QString label = m_session->claimLabel(rebuttal.id, language());
        names.append(claimant.isEmpty() ? label : tr("%1 (%2)", "claim (who made it)").arg(label, claimant));
    }
    m_rebuttals->setText(names.isEmpty() ? tr("No claim rebuts this one.") : names.join(QLatin1Char('\n')));
    updateRuleMessage();
}

void ClaimEditor::updateChoices()
{
    const Language lang = language();
    m_status->clear();
    for (Claim::Status status : Labels::claimStatuses()) {
        m_status->addItem(Labels::claimStatus(status), static_cast<int>(status));
        m_status->setItemData(m_status->count() - 1, Labels::claimStatusHelp(status), Qt::ToolTipRole);
    }
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
    QList<RecordCombo::Choice> notRebutting;
    for (const Claim &claim : m_session->claims()) {
        if (claim.id == recordId())
            continue;
        claims.append({claim.id, m_session->claimLabel(claim.id, lang)});
        if (claim.rebutsClaimId != recordId())
            notRebutting.append(claims.constLast());
    }
    m_rebuts->setChoices(claims);
    m_rebuttedBy->setChoices(notRebutting);
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

    // Rules the stored claim already broke (an older database) do not block other edits; new breaks do.
    const QList<Claim> rebutting = rebuttals();
    const QList<ClaimRules::Rule> before = ClaimRules::broken(*m_stored, rebutting);
    auto newlyBroken = [&](const Claim &candidate) {
        QList<ClaimRules::Rule> rules;
        for (ClaimRules::Rule rule : ClaimRules::broken(candidate, rebutting))
            if (!before.contains(rule))
                rules.append(rule);
        return rules;
    };
    m_refusedRules = newlyBroken(claim);
    m_evidenceKept = false;
    m_pendingStatus.reset();
    if (!m_refusedRules.isEmpty()) {
        if (claim.status != m_stored->status) {
            m_pendingStatus = claim.status;
            claim.status = m_stored->status;
        }
        if (!newlyBroken(claim).isEmpty()) {
            claim.evidenceSourceIds = m_stored->evidenceSourceIds;
            m_evidenceKept = true;
        }
    }
    pushEdit(*m_stored, claim);
    if (m_evidenceKept)
        reload(); // show the kept source again (nothing else may have changed, and then nothing reloaded)
    updateRuleMessage();
}

QList<Claim> ClaimEditor::rebuttals() const
{
    return m_stored ? ClaimRules::rebuttalsOf(*m_stored, m_session->claims()) : QList<Claim>();
}

void ClaimEditor::linkRebuttal()
{
    const RowId otherId = m_rebuttedBy->currentId();
    const std::optional<Claim> other = otherId ? m_session->find<Claim>(otherId) : std::nullopt;
    if (isLoading() || !m_stored || !other)
        return;
    Claim edited = *other;
    edited.rebutsClaimId = m_stored->id;
    const QString name = m_session->claimLabel(other->id, language());
    // Linking the rebuttal and storing the status it allows are one step for undo.
    QUndoStack *stack = m_session->undoStack();
    const bool withStatus = m_pendingStatus.has_value();
    if (withStatus)
        stack->beginMacro(tr("Link %1 as rebutting %2").arg(name, headingText()));
    const auto outcome = ConflictResolver::pushEdit(m_session, *other, edited, tr("Edit %1").arg(name),
        QStringLiteral("“") + name + QStringLiteral("”"), language(), this);
    reload();
    if (withStatus) {
        if (outcome == ConflictResolver::Outcome::Saved)
            commit();
        stack->endMacro();
    }
}

void ClaimEditor::dropPendingStatus()
{
    m_pendingStatus.reset();
    m_refusedRules.clear();
    reload();
}

void ClaimEditor::updateRuleMessage()
{
    // The closed picker explains the status it shows, as its items do in the list.
    m_status->setToolTip(Labels::claimStatusHelp(static_cast<Claim::Status>(m_status->currentData().toInt())));
    if (!m_stored) {
        m_ruleMessage->hide();
        return;
    }
    const QString stored = Labels::claimStatus(m_stored->status);
    QStringList lines;
    QList<ClaimRules::Rule> rules;
    if (m_pendingStatus) {
        Claim candidate = *m_stored;
        candidate.status = *m_pendingStatus;
        rules = ClaimRules::broken(candidate, rebuttals());
        lines.append(tr("Status “%1” not saved: the claim stays “%2” until the rule below is met.")
                .arg(Labels::claimStatus(*m_pendingStatus), stored));
    } else if (m_evidenceKept) {
        rules = m_refusedRules;
        lines.append(tr("The source was kept as evidence: a “%1” claim needs it.").arg(stored));
    } else {
        rules = ClaimRules::broken(*m_stored, rebuttals());
        if (!rules.isEmpty())
            lines.append(tr("This “%1” claim breaks a rule:").arg(stored));
    }
    for (ClaimRules::Rule rule : std::as_const(rules))
        lines.append(ClaimRules::explanation(rule));
    m_keepStatus->setVisible(m_pendingStatus.has_value());
    m_keepStatus->setText(tr("&Keep “%1”").arg(stored));
    const QString text = lines.join(QLatin1Char('\n'));
    const bool changed = text != m_ruleText->text() || m_ruleMessage->isHidden() == text.isEmpty();
    m_ruleText->setText(text);
    m_ruleMessage->setAccessibleDescription(text);
    m_ruleMessage->setVisible(!text.isEmpty());
    if (changed && !text.isEmpty() && QAccessible::isActive()) {
        QAccessibleEvent alert(m_ruleMessage, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

QString ClaimEditor::headingText() const
{
    return m_stored ? m_session->claimLabel(m_stored->id, language()) : QString();
}

} // namespace Frise::Ui
