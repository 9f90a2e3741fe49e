// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector.h"

#include "databasesession.h"
#include "recordeditor.h"
#include "recordtype.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>

namespace Frise::Ui {

Inspector::Inspector(DatabaseSession *session, QWidget *parent)
    : QScrollArea(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(m_empty);
    for (const RecordType &type : RecordType::all()) {
        if (!type.createEditor)
            continue;
        RecordEditor *editor = type.createEditor(session, m_stack);
        m_editors.append(editor);
        m_stack->addWidget(editor);
        connect(editor, &RecordEditor::recordRequested, this, &Inspector::recordRequested);
    }
    setWidget(m_stack);
    connect(session, &DatabaseSession::recordChanged, this, [this](const QString &entity, RowId id) {
        // Another record's change can rename a linked record shown in the pickers; the editor follows its own.
        RecordEditor *editor = currentEditor();
        // ...but never under the user's typing because of someone else's save.
        if (editor && !(editor->entity() == entity && editor->recordId() == id)
            && !(m_session->isApplyingRemoteChange() && editor->hasUnsavedEdits()))
            editor->reload();
    });
    connect(session, &DatabaseSession::recordRemoved, this, [this](const QString &entity, RowId id) {
        RecordEditor *editor = currentEditor();
        // The editor has already emptied itself when its own record went.
        if (editor && editor->entity() == entity && (editor->recordId() == 0 || editor->recordId() == id))
            clear();
        else if (editor)
            editor->reload();
    });
    connect(session, &DatabaseSession::reset, this, [this] {
        // Back from a lost connection, the same database: the record shown stays, with a change that could not
        // be saved meanwhile.
        RecordEditor *editor = currentEditor();
        if (m_session->isRefreshingAfterReconnect() && editor) {
            editor->reloadKeepingUnsaved();
            if (!editor->recordId()) // deleted by someone else meanwhile
                clear();
            return;
        }
        clear();
    });
    m_empty->setText(tr("Select an event, an actor or a dispute to edit it here."));
}

Inspector::~Inspector() = default;

void Inspector::showRecord(const QString &entity, RowId id)
{
    RecordEditor *target = editor(entity);
    if (!target || id == 0) {
        clear();
        return;
    }
    target->load(id);
    m_stack->setCurrentWidget(target->recordId() ? static_cast<QWidget *>(target) : m_empty);
}

void Inspector::clear()
{
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->load(0);
    m_stack->setCurrentWidget(m_empty);
}

void Inspector::setContentLanguage(ContentLanguage content)
{
    for (RecordEditor *editor : std::as_const(m_editors))
        editor->setContentLanguage(content);
}

RecordEditor *Inspector::currentEditor() const
{
    return qobject_cast<RecordEditor *>(m_stack->currentWidget());
}

RecordEditor *Inspector::editor(const QString &entity) const
{
    for (RecordEditor *editor : m_editors)
        if (editor->entity() == entity)
            return editor;
    return nullptr;
}

void Inspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_empty->setText(tr("Select an event, an actor or a dispute to edit it here."));
    QScrollArea::changeEvent(event);
}

} // namespace Frise::Ui
