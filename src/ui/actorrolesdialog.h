// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actorrolecommand.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Frise::Ui {

/**
 * The actor role vocabulary as a table to translate and extend: each role's
 * name, its English and its French label. Built-in roles come translated;
 * roles typed in events show their name until someone translates them.
 */
class ActorRolesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorRolesDialog)

public:
    /// @p readOnly shows the vocabulary without letting it change.
    ActorRolesDialog(const QList<ActorRole> &roles, bool readOnly, QWidget *parent = nullptr);
    ~ActorRolesDialog() override;

    /// What the user changed: new roles and changed labels (valid once accepted).
    QList<ActorRoleCommand::Edit> edits() const;

    void accept() override;

private:
    void addRole();
    void filter(const QString &text);
    /// Empty when the table can be applied, else why not.
    QString problem() const;

    QList<ActorRole> m_roles;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Frise::Ui
