// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "bilingualfield.h"
#include "datefield.h"
#include "linklistfield.h"
#include "markdownnoteseditor.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>

namespace Frise::Ui {

EventEditor::EventEditor(DatabaseSession *session, QWidget *parent)
    : RecordEditor(session, parent)
    , m_title(new BilingualField(BilingualField::Lines::Single, this))
    , m_text(new BilingualField(BilingualField::Lines::Multi, this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_importance(new QSpinBox(this))
    , m_disputes(new QListWidget(this))
    , m_actors(new LinkListField(true, this))
    , m_tags(new QLineEdit(this))
    , m_sources(new LinkListField(false, this))
    , m_notes(new MarkdownNotesEditor(this))
{
    setObjectName(QStringLiteral("eventEditor"));
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Title"), m_title);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Te&xt"), m_text);
    addStartEndRow(m_start, m_end);
    m_importance->setRange(1, 5);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Importance"), m_importance);
    m_disputes->setMaximumHeight(90);
    m_disputes->setIconSize(QSize(10, 10));
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Disputes"), m_disputes);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Actors"), m_actors);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "Ta&gs"), m_tags);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "So&urces"), m_sources);
    m_notes->setMinimumHeight(140);
    addRow(QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", "&Notes"), m_notes);

    m_title->setAccessibleFieldName(tr("Title"));
    m_text->setAccessibleFieldName(tr("Text"));
    m_start->setAccessibleFieldName(tr("Start date"));
    m_end->setAccessibleFieldName(tr("End date"));
    m_importance->setAccessibleName(tr("Importance, 1 to 5"));
    m_disputes->setAccessibleName(tr("Disputes"));
    m_actors->setAccessibleFieldName(tr("Actors"));
    m_tags->setAccessibleName(tr("Tags, separated by commas"));
    m_tags->setPlaceholderText(tr("copyright, api-pricing"));
    m_sources->setAccessibleFieldName(tr("Sources"));

    connect(m_title, &BilingualField::edited, this, &EventEditor::commit);
    connect(m_text, &BilingualField::edited, this, &EventEditor::commit);
    connect(m_start, &DateField::edited, this, &EventEditor::commit);
    connect(m_end, &DateField::edited, this, &EventEditor::commit);
    connect(m_importance, &QSpinBox::valueChanged, this, &EventEditor::commit);
    connect(m_disputes, &QListWidget::itemChanged, this, &EventEditor::commit);
    connect(m_actors, &LinkListField::edited, this, &EventEditor::commit);
    connect(m_tags, &QLineEdit::editingFinished, this, &EventEditor::commit);
    connect(m_sources, &LinkListField::edited, this, &EventEditor::commit);
    connect(m_notes, &MarkdownNotesEditor::edited, this, &EventEditor::commit);

    setTabOrder(m_title->editor(Language::French), m_title->statusCombo(Language::French));
    setTabOrder(m_title->statusCombo(Language::French), m_title->editor(Language::English));
}

EventEditor::~EventEditor() = default;

bool EventEditor::readRecord()
{
    m_stored = m_session->find<Event>(recordId());
    if (!m_stored)
        return false;
    const Event &event = *m_stored;
    m_title->setValue(event.title);
    m_text->setValue(event.text);
    m_start->setDate(event.start);
    m_end->setDate(event.end);
    m_importance->setValue(event.importance);
    for (int i = 0; i < m_disputes->count(); ++i) {
        QListWidgetItem *item = m_disputes->item(i);
        item->setCheckState(
            event.disputeIds.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    QList<LinkListField::Link> actors;
    for (const EventActor &actor : event.actors)
        actors.append({actor.actorId, actor.role});
    m_actors->setLinks(actors);
    m_tags->setText(event.tags.join(QStringLiteral(", ")));
    m_sources->setIds(event.sourceIds);
    m_notes->setMarkdown(event.notes);
    return true;
}

void EventEditor::updateChoices()
{
    const Language lang = language();
    m_disputes->clear();
    for (const Dispute &dispute : m_session->disputes()) {
        auto *item = new QListWidgetItem(dispute.title.textOrFallback(lang), m_disputes);
        item->setData(Qt::UserRole, qint64(dispute.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!dispute.colour.isEmpty())
            item->setData(Qt::DecorationRole, QColor::fromString(dispute.colour));
    }
    QList<RecordCombo::Choice> actors;
    for (const Actor &actor : m_session->actors())
        actors.append({actor.id, actor.name.textOrFallback(lang)});
    m_actors->setChoices(actors);
    m_actors->setRoleVocabulary(m_session->roles(), lang);
    QList<RecordCombo::Choice> sources;
    for (const Source &source : m_session->sources())
        sources.append({source.id, m_session->sourceLabel(source.id)});
    m_sources->setChoices(sources);
    QStringList tagNames;
    for (const Tag &tag : m_session->tags())
        tagNames.append(tag.name);
    auto *completer = new QCompleter(tagNames, m_tags);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    delete m_tags->completer();
    m_tags->setCompleter(completer);
    m_start->setLanguage(lang);
    m_end->setLanguage(lang);
}

void EventEditor::applyContentLanguage()
{
    m_title->setContentLanguage(contentLanguage());
    m_text->setContentLanguage(contentLanguage());
}

void EventEditor::commit()
{
    if (isLoading() || !m_stored || !m_start->isAcceptable() || !m_end->isAcceptable())
        return;
    Event event = *m_stored;
    event.title = m_title->value();
    event.text = m_text->value();
    // Keep the stored wording when the date itself did not change.
    if (m_start->date().toIsoText() != m_stored->start.toIsoText())
        event.start = m_start->date();
    if (m_end->date().toIsoText() != m_stored->end.toIsoText())
        event.end = m_end->date();
    event.importance = m_importance->value();
    event.disputeIds.clear();
    for (int i = 0; i < m_disputes->count(); ++i)
        if (m_disputes->item(i)->checkState() == Qt::Checked)
            event.disputeIds.append(m_disputes->item(i)->data(Qt::UserRole).toLongLong());
    event.actors.clear();
    for (const LinkListField::Link &link : m_actors->links())
        event.actors.append({link.id, link.role});
    event.tags.clear();
    for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty() && !event.tags.contains(tag.trimmed()))
            event.tags.append(tag.trimmed());
    event.sourceIds = m_sources->ids();
    // The checklist and the tag text have their own order: an unchanged set is no edit.
    if (QSet<RowId>(event.disputeIds.cbegin(), event.disputeIds.cend())
        == QSet<RowId>(m_stored->disputeIds.cbegin(), m_stored->disputeIds.cend()))
        event.disputeIds = m_stored->disputeIds;
    if (QSet<QString>(event.tags.cbegin(), event.tags.cend())
        == QSet<QString>(m_stored->tags.cbegin(), m_stored->tags.cend()))
        event.tags = m_stored->tags;
    event.notes = m_notes->markdown();
    pushEdit(*m_stored, event);
}

QString EventEditor::headingText() const
{
    return m_stored ? m_stored->title.textOrFallback(language()) : QString();
}

} // namespace Frise::Ui
