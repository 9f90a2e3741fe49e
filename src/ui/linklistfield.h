// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordcombo.h"

#include "core/actorrole.h"

#include <QWidget>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Frise::Ui {

/**
 * An ordered list of linked records (sources, actors with roles): a table of
 * the linked names, an entry with completion to add one, a remove button.
 */
class LinkListField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkListField)

public:
    struct Link
    {
        RowId id = 0;
        QString role; ///< a role name (ActorRole::name), used when roles are shown
        friend bool operator==(const Link &, const Link &) = default;
    };

    /// @p withRoles adds an editable "Role" column (actors of an event).
    explicit LinkListField(bool withRoles, QWidget *parent = nullptr);
    ~LinkListField() override;

    void setChoices(const QList<RecordCombo::Choice> &choices);
    /// The roles offered in the "Role" column, shown in @p language; typed text naming none is a new role.
    void setRoleVocabulary(const QList<ActorRole> &roles, Language language);
    void setLinks(const QList<Link> &links);
    QList<Link> links() const;
    QList<RowId> ids() const;
    void setIds(const QList<RowId> &ids);
    void setAccessibleFieldName(const QString &name);
    QLineEdit *entry() const { return m_entry; }

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFromEntry();
    void addRow(const Link &link);
    void onItemChanged(QTreeWidgetItem *item, int column);
    QString labelFor(RowId id) const;
    void retranslate();

    bool m_withRoles = false;
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_entry = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QStringListModel *m_names = nullptr;
    QList<RecordCombo::Choice> m_choices;
    QList<ActorRole> m_roles;
    Language m_roleLanguage = Language::English;
    QString m_fieldName;
    bool m_loading = false;
};

} // namespace Frise::Ui
