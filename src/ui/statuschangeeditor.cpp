// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuschangeeditor.h"

#include "bilingualfield.h"
#include "datefield.h"
#include "labels.h"
#include "linklistfield.h"
#include "recordcombo.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace Frise::Ui {

namespace {
// The "from" combo's entry for a dispute's first change.
constexpr int noStatus = -1;
} // namespace

StatusChangeEditor::StatusChangeEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_dispute(new RecordCombo(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_date(new DateField(this))
    , m_sources(new LinkListField(false, this))
    , m_note(new BilingualField(BilingualField::Lines::Multi, this))
    , m_problem(new QLabel(this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Dispute"), m_dispute);
    //: The status a dispute left (status change editor)
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&From"), m_from);
    //: The status a dispute entered (status change editor)
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&To"), m_to);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "D&ate"), m_date);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Sources"), m_sources);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Note"), m_note);
    m_form->addRow(m_problem);
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::LinkVisited);
    m_dispute->setAccessibleName(tr("Dispute"));
    m_from->setAccessibleName(tr("Status before the change"));
    m_to->setAccessibleName(tr("Status after the change"));
    m_date->setAccessibleFieldName(tr("Date of the change"));
    m_sources->setAccessibleFieldName(tr("Sources"));
    m_note->setAccessibleFieldName(tr("Note"));
    connect(m_dispute, &RecordCombo::picked, this, &StatusChangeEditor::commit);
    connect(m_from, &QComboBox::activated, this, &StatusChangeEditor::commit);
    connect(m_to, &QComboBox::activated, this, &StatusChangeEditor::commit);
    connect(m_date, &DateField::edited, this, &StatusChangeEditor::commit);
    connect(m_sources, &LinkListField::edited, this, &StatusChangeEditor::commit);
    connect(m_note, &BilingualField::edited, this, &StatusChangeEditor::commit);
}

StatusChangeEditor::~StatusChangeEditor() = default;

bool StatusChangeEditor::readRecord()
{
    m_stored = m_session->find<StatusChange>(recordId());
    if (!m_stored)
        return false;
    m_dispute->setCurrentId(m_stored->disputeId);
    m_from->setCurrentIndex(m_from->findData(m_stored->from ? static_cast<int>(*m_stored->from) : noStatus));
    m_to->setCurrentIndex(m_to->findData(static_cast<int>(m_stored->to)));
    m_date->setDate(m_stored->date);
    m_sources->setIds(m_stored->sourceIds);
    m_note->setValue(m_stored->note);
    showProblems();
    return true;
}

void StatusChangeEditor::updateChoices()
{
    const Language lang = language();
    QList<RecordCombo::Choice> disputes;
    for (const Dispute &dispute : m_session->disputes())
        disputes.append({dispute.id, dispute.title.textOrFallback(lang)});
    m_dispute->setChoices(disputes);
    m_from->clear();
    m_to->clear();
    //: The "from" status of a dispute's first recorded change
    m_from->addItem(tr("(none: its first recorded status)"), noStatus);
    for (Dispute::Status status : Labels::disputeStatuses()) {
        m_from->addItem(Labels::disputeStatus(status), static_cast<int>(status));
        m_to->addItem(Labels::disputeStatus(status), static_cast<int>(status));
        const int index = m_to->count() - 1;
        m_to->setItemData(index, Labels::disputeStatusExplanation(status), Qt::ToolTipRole);
        m_from->setItemData(index + 1, Labels::disputeStatusExplanation(status), Qt::ToolTipRole);
    }
    QList<RecordCombo::Choice> sources;
    for (const Source &source : m_session->sources())
        sources.append({source.id, m_session->sourceLabel(source.id)});
    m_sources->setChoices(sources);
    m_date->setLanguage(lang);
}

void StatusChangeEditor::applyContentLanguage()
{
    m_note->setContentLanguage(contentLanguage());
}

void StatusChangeEditor::commit()
{
    if (isLoading() || !m_stored || !m_date->isAcceptable())
        return;
    StatusChange change = *m_stored;
    change.disputeId = m_dispute->currentId();
    const int from = m_from->currentData().toInt();
    change.from = from == noStatus ? std::nullopt : std::optional(static_cast<Dispute::Status>(from));
    change.to = static_cast<Dispute::Status>(m_to->currentData().toInt());
    if (m_date->date().toIsoText() != m_stored->date.toIsoText())
        change.date = m_date->date();
    change.sourceIds = m_sources->ids();
    change.note = m_note->value();
    pushEdit(*m_stored, change);
}

QString StatusChangeEditor::headingText() const
{
    return m_stored ? m_session->statusChangeLabel(*m_stored, language()) : QString();
}

void StatusChangeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showProblems();
    RecordEditor::changeEvent(event);
}

// What the journalist should know before publishing this step: it rests on nothing yet.
void StatusChangeEditor::showProblems()
{
    const bool unsourced = m_stored && m_stored->sourceIds.isEmpty();
    m_problem->setText(unsourced ? tr("No source yet: a status change should rest on at least one (a filing, a "
                                      "ruling, a statement).")
                                 : QString());
    m_problem->setVisible(unsourced);
}

} // namespace Frise::Ui
