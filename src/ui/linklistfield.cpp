// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklistfield.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeWidget>

namespace Frise::Ui {

namespace {

// The role column's name lives under this data role; the item's text is its label.
constexpr int RoleNameData = Qt::UserRole + 1;

// Edits a role as an editable list of the vocabulary's labels: pick one or type a new role.
class RoleDelegate final : public QStyledItemDelegate
{
public:
    RoleDelegate(const QList<ActorRole> *roles, const Language *language, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_roles(roles)
        , m_language(language)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QStringList labels;
        for (const ActorRole &role : *m_roles)
            labels.append(role.display(*m_language));
        labels.sort(Qt::CaseInsensitive);
        labels.removeDuplicates();
        combo->addItems(labels);
        combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
        combo->completer()->setFilterMode(Qt::MatchContains);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        static_cast<QComboBox *>(editor)->setCurrentText(index.data(Qt::DisplayRole).toString());
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentText().trimmed(), Qt::EditRole);
    }

private:
    const QList<ActorRole> *m_roles;
    const Language *m_language;
};

} // namespace

LinkListField::LinkListField(bool withRoles, QWidget *parent)
    : QWidget(parent)
    , m_withRoles(withRoles)
    , m_list(new QTreeWidget(this))
    , m_entry(new QLineEdit(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
    , m_names(new QStringListModel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 0, 0, 1, 3);
    layout->addWidget(m_entry, 1, 0);
    layout->addWidget(m_add, 1, 1);
    layout->addWidget(m_remove, 1, 2);
    m_list->setColumnCount(withRoles ? 2 : 1);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderHidden(!withRoles);
    m_list->setMaximumHeight(96);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    if (withRoles) {
        m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_list->setItemDelegateForColumn(1, new RoleDelegate(&m_roles, &m_roleLanguage, m_list));
    }
    auto *completer = new QCompleter(m_names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_entry->setCompleter(completer);
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove"), style()->standardIcon(QStyle::SP_TrashIcon)));
    connect(m_entry, &QLineEdit::returnPressed, this, &LinkListField::addFromEntry);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
        [this] { QMetaObject::invokeMethod(this, &LinkListField::addFromEntry, Qt::QueuedConnection); });
    connect(m_add, &QToolButton::clicked, this, &LinkListField::addFromEntry);
    connect(m_remove, &QToolButton::clicked, this, [this] {
        delete m_list->currentItem();
        Q_EMIT edited();
    });
    connect(m_list, &QTreeWidget::itemChanged, this, &LinkListField::onItemChanged);
    retranslate();
}

LinkListField::~LinkListField() = default;

void LinkListField::setChoices(const QList<RecordCombo::Choice> &choices)
{
    m_choices = choices;
    QStringList names;
    for (const RecordCombo::Choice &choice : choices)
        names.append(choice.label);
    m_names->setStringList(names);
    const QList<Link> current = links();
    setLinks(current);
}

void LinkListField::setRoleVocabulary(const QList<ActorRole> &roles, Language language)
{
    m_roles = roles;
    m_roleLanguage = language;
    const QList<Link> current = links();
    setLinks(current);
}

void LinkListField::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_loading)
        return;
    if (m_withRoles && column == 1) {
        // What was typed or picked is a label in either language, a name, or a new role.
        const QString name = canonicalRoleName(item->text(1), m_roles);
        m_loading = true;
        item->setData(1, RoleNameData, name);
        item->setText(1, roleDisplayName(name, m_roleLanguage, m_roles));
        m_loading = false;
    }
    // Queued: the save reloads the list, which must not delete the item
    // while the view is still inside its edit.
    QMetaObject::invokeMethod(this, &LinkListField::edited, Qt::QueuedConnection);
}

void LinkListField::setLinks(const QList<Link> &links)
{
    m_loading = true;
    m_list->clear();
    for (const Link &link : links)
        addRow(link);
    m_loading = false;
}

QList<LinkListField::Link> LinkListField::links() const
{
    QList<Link> links;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        links.append({item->data(0, Qt::UserRole).toLongLong(),
            m_withRoles ? item->data(1, RoleNameData).toString() : QString()});
    }
    return links;
}

QList<RowId> LinkListField::ids() const
{
    QList<RowId> ids;
    for (const Link &link : links())
        ids.append(link.id);
    return ids;
}

void LinkListField::setIds(const QList<RowId> &ids)
{
    QList<Link> links;
    for (RowId id : ids)
        links.append({id, QString()});
    setLinks(links);
}

void LinkListField::setAccessibleFieldName(const QString &name)
{
    m_fieldName = name;
    retranslate();
}

void LinkListField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinkListField::addFromEntry()
{
    const QString text = m_entry->text().trimmed();
    if (text.isEmpty())
        return;
    for (const RecordCombo::Choice &choice : std::as_const(m_choices)) {
        if (choice.label.compare(text, Qt::CaseInsensitive) != 0)
            continue;
        if (!ids().contains(choice.id)) {
            m_loading = true;
            addRow({choice.id, QString()});
            m_loading = false;
            m_entry->clear();
            Q_EMIT edited();
        } else {
            m_entry->clear();
        }
        return;
    }
    m_entry->setStyleSheet(QStringLiteral("border: 1px solid rgb(218, 68, 83);"));
    m_entry->setToolTip(tr("No record is called “%1”.").arg(text));
    connect(
        m_entry, &QLineEdit::textEdited, m_entry, [this] { m_entry->setStyleSheet(QString()); },
        Qt::SingleShotConnection);
}

void LinkListField::addRow(const Link &link)
{
    auto *item = new QTreeWidgetItem(m_list);
    item->setText(0, labelFor(link.id));
    item->setData(0, Qt::UserRole, qint64(link.id));
    if (m_withRoles) {
        item->setData(1, RoleNameData, link.role);
        item->setText(1, roleDisplayName(link.role, m_roleLanguage, m_roles));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
}

QString LinkListField::labelFor(RowId id) const
{
    for (const RecordCombo::Choice &choice : m_choices)
        if (choice.id == id)
            return choice.label;
    return QStringLiteral("#%1").arg(id);
}

void LinkListField::retranslate()
{
    if (m_withRoles)
        m_list->setHeaderLabels({tr("Name"), tr("Role")});
    m_list->setAccessibleName(m_fieldName);
    m_entry->setPlaceholderText(tr("Add by name…"));
    m_entry->setAccessibleName(tr("Add to %1").arg(m_fieldName));
    m_add->setToolTip(tr("Add"));
    m_add->setAccessibleName(tr("Add to %1").arg(m_fieldName));
    m_remove->setToolTip(tr("Remove the selected line"));
    m_remove->setAccessibleName(tr("Remove from %1").arg(m_fieldName));
}

} // namespace Frise::Ui
