// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcommand.h"

#include "core/actorrole.h"

#include <optional>

namespace Frise::Ui {

/**
 * Edits the actor role vocabulary: new roles and new labels, as one undoable
 * step. Undo gives each role its label back and removes the roles it added,
 * unless an event has used one since.
 */
class ActorRoleCommand final : public RecordCommand
{
public:
    struct Edit
    {
        QString name;
        std::optional<BilingualText> before; ///< nullopt: the edit adds the role
        BilingualText after;
    };

    ActorRoleCommand(DatabaseSession *session, const QList<Edit> &edits, const QString &text);

protected:
    bool apply(QList<Change> *changes, Storage::StorageError *error) override;
    bool revert(QList<Change> *changes, Storage::StorageError *error) override;

private:
    QList<Edit> m_edits;
};

} // namespace Frise::Ui
