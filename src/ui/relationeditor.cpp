// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationeditor.h"

#include "datefield.h"
#include "labels.h"
#include "linklistfield.h"
#include "recordcombo.h"

#include <QLineEdit>

namespace Frise::Ui {

RelationEditor::RelationEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_from(new RecordCombo(this))
    , m_type(new QComboBox(this))
    , m_to(new RecordCombo(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_note(new QLineEdit(this))
    , m_sources(new LinkListField(false, this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&From"), m_from);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Relation"), m_type);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&To"), m_to);
    addStartEndRow(m_start, m_end);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Note"), m_note);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "So&urces"), m_sources);
    m_from->setAccessibleName(tr("From actor"));
    m_type->setAccessibleName(tr("Relation type"));
    m_to->setAccessibleName(tr("To actor"));
    m_start->setAccessibleFieldName(tr("Start date"));
    m_end->setAccessibleFieldName(tr("End date"));
    m_note->setAccessibleName(tr("Note"));
    m_sources->setAccessibleFieldName(tr("Sources"));
    connect(m_from, &RecordCombo::picked, this, &RelationEditor::commit);
    connect(m_type, &QComboBox::activated, this, &RelationEditor::commit);
    connect(m_to, &RecordCombo::picked, this, &RelationEditor::commit);
    connect(m_start, &DateField::edited, this, &RelationEditor::commit);
    connect(m_end, &DateField::edited, this, &RelationEditor::commit);
    connect(m_note, &QLineEdit::editingFinished, this, &RelationEditor::commit);
    connect(m_sources, &LinkListField::edited, this, &RelationEditor::commit);
}

RelationEditor::~RelationEditor() = default;

bool RelationEditor::readRecord()
{
    m_stored = m_session->find<Relation>(recordId());
    if (!m_stored)
        return false;
    m_from->setCurrentId(m_stored->fromActorId);
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(m_stored->type)));
    m_to->setCurrentId(m_stored->toActorId);
    m_start->setDate(m_stored->start);
    m_end->setDate(m_stored->end);
    m_note->setText(m_stored->note);
    m_sources->setIds(m_stored->sourceIds);
    return true;
}

void RelationEditor::updateChoices()
{
    m_type->clear();
    for (Relation::Type type : allRelationTypes())
        m_type->addItem(Labels::relationType(type), static_cast<int>(type));
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        actors.append({actor.id, actor.name.textOrFallback(language())});
    m_from->setChoices(actors);
    m_to->setChoices(actors);
    QList<RecordCombo::Choice> sources;
    for (const Source &source : m_session->sources())
        sources.append({source.id, m_session->sourceLabel(source.id)});
    m_sources->setChoices(sources);
    m_start->setLanguage(language());
    m_end->setLanguage(language());
}

void RelationEditor::commit()
{
    if (isLoading() || !m_stored || !m_start->isAcceptable() || !m_end->isAcceptable())
        return;
    Relation relation = *m_stored;
    relation.fromActorId = m_from->currentId();
    relation.type = static_cast<Relation::Type>(m_type->currentData().toInt());
    relation.toActorId = m_to->currentId();
    if (m_start->date().toIsoText() != m_stored->start.toIsoText())
        relation.start = m_start->date();
    if (m_end->date().toIsoText() != m_stored->end.toIsoText())
        relation.end = m_end->date();
    relation.note = m_note->text().trimmed();
    relation.sourceIds = m_sources->ids();
    pushEdit(*m_stored, relation);
}

QString RelationEditor::headingText() const
{
    if (!m_stored)
        return QString();
    return m_session->actorName(m_stored->fromActorId, language()) + QLatin1Char(' ')
        + Labels::relationType(m_stored->type) + QLatin1Char(' ')
        + m_session->actorName(m_stored->toActorId, language());
}

} // namespace Frise::Ui
