// SPDX-License-Identifier: GPL-3.0-or-later
#include "linklistfield.h"

#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>

namespace Frise::Ui {

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
    if (withRoles)
        m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
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
    connect(m_list, &QTreeWidget::itemChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
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
        links.append({item->data(0, Qt::UserRole).toLongLong(), m_withRoles ? item->text(1).trimmed() : QString()});
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
        item->setText(1, link.role);
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
