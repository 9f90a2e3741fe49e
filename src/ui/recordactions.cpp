// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordactions.h"

#include "recordtype.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QWidget>

namespace Frise::Ui {

RecordActions::RecordActions(DatabaseSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_newMenu(new QMenu(window))
{
    m_newMenu->setObjectName(QStringLiteral("newRecordMenu"));
    for (const RecordType &type : RecordType::all()) {
        if (!type.createNew)
            continue;
        QAction *action = makeAction(type);
        if (type.isMain) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
            action->setIcon(QIcon::fromTheme(
                QStringLiteral("list-add"), window->style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
            m_newMain = action;
        } else {
            m_newMenu->addAction(action);
        }
    }
    m_delete = new QAction(window);
    m_delete->setObjectName(QStringLiteral("actionDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setIcon(
        QIcon::fromTheme(QStringLiteral("edit-delete"), window->style()->standardIcon(QStyle::SP_TrashIcon)));
    connect(m_delete, &QAction::triggered, this, &RecordActions::deleteSelection);
    setWritable(false);
}

RecordActions::~RecordActions() = default;

QAction *RecordActions::makeAction(const RecordType &type)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QLatin1String(type.newActionName));
    // The table outlives every window: the row can be captured by reference.
    connect(action, &QAction::triggered, this, [this, &type] { create(type); });
    m_newActions.append(action);
    return action;
}

void RecordActions::setSelection(const QString &entity, RowId id)
{
    m_entity = id ? entity : QString();
    m_id = id;
    updateDelete();
}

void RecordActions::setWritable(bool writable)
{
    m_writable = writable;
    for (QAction *action : std::as_const(m_newActions))
        action->setEnabled(writable);
    updateDelete();
}

void RecordActions::updateDelete()
{
    const RecordType *type = RecordType::find(m_entity);
    m_delete->setEnabled(m_writable && m_id != 0 && type && type->remove);
}

void RecordActions::retranslate()
{
    m_newMenu->setTitle(tr("Ne&w"));
    for (QAction *action : std::as_const(m_newActions)) {
        for (const RecordType &type : RecordType::all())
            if (type.newActionName && action->objectName() == QLatin1String(type.newActionName))
                action->setText(type.newActionLabel());
    }
    if (m_newMain)
        m_newMain->setToolTip(tr("%1 (%2)", "an action's name, then its shortcut")
                .arg(m_newMain->iconText(), m_newMain->shortcut().toString(QKeySequence::NativeText)));
    m_delete->setText(tr("&Delete"));
}

void RecordActions::create(const RecordType &type)
{
    if (!m_writable || !type.createNew)
        return;
    QString refusal;
    const RowId id = type.createNew({m_session, m_language, m_entity, m_id}, &refusal);
    if (id)
        Q_EMIT created(type.name, id);
    else if (!refusal.isEmpty())
        Q_EMIT refused(refusal);
}

void RecordActions::deleteSelection()
{
    const RecordType *type = RecordType::find(m_entity);
    if (!m_writable || !m_id || !type || !type->remove)
        return;
    std::optional<bool> removed = m_shownDelete ? m_shownDelete(m_entity, m_id) : std::nullopt;
    if (!removed)
        removed = type->remove(m_session, m_id, m_language);
    if (*removed)
        Q_EMIT deleted();
}

} // namespace Frise::Ui
