// SPDX-License-Identifier: GPL-3.0-or-later
#include "eraeditor.h"

#include "bilingualfield.h"
#include "datefield.h"
#include "recordcombo.h"

namespace Frise::Ui {

EraEditor::EraEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_title(new BilingualField(BilingualField::Lines::Single, this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_dispute(new RecordCombo(this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Title"), m_title);
    addStartEndRow(m_start, m_end);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Dispute"), m_dispute);
    m_title->setAccessibleFieldName(tr("Title"));
    m_start->setAccessibleFieldName(tr("Start date"));
    m_end->setAccessibleFieldName(tr("End date"));
    m_dispute->setAccessibleName(tr("Dispute"));
    connect(m_title, &BilingualField::edited, this, &EraEditor::commit);
    connect(m_start, &DateField::edited, this, &EraEditor::commit);
    connect(m_end, &DateField::edited, this, &EraEditor::commit);
    connect(m_dispute, &RecordCombo::picked, this, &EraEditor::commit);
}

EraEditor::~EraEditor() = default;

bool EraEditor::readRecord()
{
    m_stored = m_session->find<Era>(recordId());
    if (!m_stored)
        return false;
    m_title->setValue(m_stored->title);
    m_start->setDate(m_stored->start);
    m_end->setDate(m_stored->end);
    m_dispute->setCurrentId(m_stored->disputeId);
    return true;
}

void EraEditor::updateChoices()
{
    QList<RecordCombo::Choice> disputes;
    for (const Dispute &dispute : m_session->disputes())
        disputes.append({dispute.id, dispute.title.textOrFallback(language())});
    m_dispute->setChoices(disputes);
    m_start->setLanguage(language());
    m_end->setLanguage(language());
}

void EraEditor::applyContentLanguage()
{
    m_title->setContentLanguage(contentLanguage());
}

void EraEditor::commit()
{
    if (isLoading() || !m_stored || !m_start->isAcceptable() || !m_end->isAcceptable())
        return;
    Era era = *m_stored;
    era.title = m_title->value();
    // Unchanged text keeps the stored date whole (its wording and reference).
    if (m_start->date().toIsoText() != m_stored->start.toIsoText())
        era.start = m_start->date();
    if (m_end->date().toIsoText() != m_stored->end.toIsoText())
        era.end = m_end->date();
    era.disputeId = m_dispute->currentId();
    pushEdit(*m_stored, era);
}

QString EraEditor::headingText() const
{
    return m_stored ? m_stored->title.textOrFallback(language()) : QString();
}

} // namespace Frise::Ui
