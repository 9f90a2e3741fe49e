// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcommand.h"

#include "databasesession.h"

namespace Frise::Ui {

RecordCommand::RecordCommand(DatabaseSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{ }

RecordCommand::~RecordCommand() = default;

bool RecordCommand::applyNow()
{
    m_appliedByPush = run(true);
    return m_appliedByPush;
}

void RecordCommand::redo()
{
    // QUndoStack::push() calls redo(); the edit was already written by applyNow().
    if (m_appliedByPush) {
        m_appliedByPush = false;
        return;
    }
    if (!run(true))
        setObsolete(true);
}

void RecordCommand::undo()
{
    if (!run(false))
        setObsolete(true);
}

Storage::Database &RecordCommand::database() const
{
    return *m_session->database();
}

bool RecordCommand::run(bool forward)
{
    Storage::StorageError error;
    if (!m_session->database()) {
        error = {Storage::StorageError::Code::Other, QString()};
        m_session->reportError(error);
        return false;
    }
    QList<Change> changes;
    const bool ok = database().write(
        [&](Storage::StorageError *e) { return forward ? apply(&changes, e) : revert(&changes, e); }, &error);
    if (!ok) {
        m_session->reportError(error);
        return false;
    }
    for (const Change &change : std::as_const(changes)) {
        if (change.removed)
            m_session->notifyRemoved(change.entity, change.id);
        else
            m_session->notifyChanged(change.entity, change.id);
    }
    return true;
}

} // namespace Frise::Ui
