// SPDX-License-Identifier: GPL-3.0-or-later
#include "actoreditor.h"

#include "bilingualfield.h"
#include "labels.h"
#include "recordcombo.h"

#include <QLineEdit>

namespace Frise::Ui {

ActorEditor::ActorEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_name(new BilingualField(BilingualField::Lines::Single, this))
    , m_description(new BilingualField(BilingualField::Lines::Multi, this))
    , m_kind(new QComboBox(this))
    , m_aliases(new QLineEdit(this))
    , m_parent(new RecordCombo(this))
{
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Name"), m_name);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Description"), m_description);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Kind"), m_kind);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Aliases"), m_aliases);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Part of"), m_parent);
    m_name->setAccessibleFieldName(tr("Name"));
    m_description->setAccessibleFieldName(tr("Description"));
    m_kind->setAccessibleName(tr("Kind"));
    m_aliases->setAccessibleName(tr("Aliases, separated by commas"));
    m_aliases->setPlaceholderText(tr("Twitter, X Corp."));
    m_parent->setAccessibleName(tr("Parent organisation"));
    connect(m_name, &BilingualField::edited, this, &ActorEditor::commit);
    connect(m_description, &BilingualField::edited, this, &ActorEditor::commit);
    connect(m_kind, &QComboBox::activated, this, &ActorEditor::commit);
    connect(m_aliases, &QLineEdit::editingFinished, this, &ActorEditor::commit);
    connect(m_parent, &RecordCombo::picked, this, &ActorEditor::commit);
}

ActorEditor::~ActorEditor() = default;

bool ActorEditor::readRecord()
{
    m_stored = m_session->find<Actor>(recordId());
    if (!m_stored)
        return false;
    m_name->setValue(m_stored->name);
    m_description->setValue(m_stored->description);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(m_stored->kind)));
    m_aliases->setText(m_stored->aliases.join(QStringLiteral(", ")));
    m_parent->setCurrentId(m_stored->parentId);
    return true;
}

void ActorEditor::updateChoices()
{
    m_kind->clear();
    for (Actor::Kind kind : Labels::actorKinds())
        m_kind->addItem(Labels::actorKind(kind), static_cast<int>(kind));
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        if (actor.id != recordId())
            actors.append({actor.id, actor.name.textOrFallback(language())});
    m_parent->setChoices(actors);
}

void ActorEditor::applyContentLanguage()
{
    m_name->setContentLanguage(contentLanguage());
    m_description->setContentLanguage(contentLanguage());
}

void ActorEditor::commit()
{
    if (isLoading() || !m_stored)
        return;
    Actor actor = *m_stored;
    actor.name = m_name->value();
    actor.description = m_description->value();
    actor.kind = static_cast<Actor::Kind>(m_kind->currentData().toInt());
    actor.aliases.clear();
    for (const QString &alias : m_aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            actor.aliases.append(alias.trimmed());
    actor.parentId = m_parent->currentId();
    pushEdit(*m_stored, actor);
}

QString ActorEditor::headingText() const
{
    return m_stored ? m_stored->name.textOrFallback(language()) : QString();
}

} // namespace Frise::Ui
