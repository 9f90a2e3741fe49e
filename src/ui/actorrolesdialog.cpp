// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorrolesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

enum Column { NameColumn, EnglishColumn, FrenchColumn };

// A label edited in the table: a changed language becomes the user's own text.
BilingualText editedLabel(const BilingualText &before, const QString &en, const QString &fr)
{
    BilingualText label = before;
    const auto set = [&label, &before](Language language, const QString &text) {
        if (text != before.text(language))
            label.setText(language, text, text.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original);
    };
    set(Language::English, en);
    set(Language::French, fr);
    return label;
}

QTableWidgetItem *cell(const QString &text, bool editable)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ActorRolesDialog::ActorRolesDialog(const QList<ActorRole> &roles, bool readOnly, QWidget *parent)
    : QDialog(parent)
    , m_roles(roles)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableWidget(int(roles.size()), 3, this))
    , m_add(new QPushButton(tr("&Add Role"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Actor Roles"));
    setObjectName(QStringLiteral("actorRolesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The roles actors play in events. Translate each role once: events show it in the "
                                "language being read. A role typed in an event is added here."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_filter->setPlaceholderText(tr("Filter roles…"));
    m_filter->setAccessibleName(tr("Filter roles"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_table->setObjectName(QStringLiteral("actorRoleTable"));
    m_table->setHorizontalHeaderLabels({tr("Role"), tr("English"), tr("French")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Actor roles"));
    for (int row = 0; row < roles.size(); ++row) {
        const ActorRole &role = roles.at(row);
        m_table->setItem(row, NameColumn, cell(role.name, false));
        m_table->setItem(row, EnglishColumn, cell(role.label.en, !readOnly));
        m_table->setItem(row, FrenchColumn, cell(role.label.fr, !readOnly));
    }
    layout->addWidget(m_table, 1);
    m_add->setObjectName(QStringLiteral("addRoleButton"));
    m_problem->setObjectName(QStringLiteral("actorRoleProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(
        readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    if (!readOnly)
        buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    else
        m_add->hide();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActorRolesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActorRolesDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ActorRolesDialog::addRole);
    connect(m_filter, &QLineEdit::textChanged, this, &ActorRolesDialog::filter);
    connect(m_table, &QTableWidget::itemChanged, m_problem, &QLabel::hide);
    resize(560, 480);
}

ActorRolesDialog::~ActorRolesDialog() = default;

void ActorRolesDialog::addRole()
{
    m_filter->clear();
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, cell(QString(), true));
    m_table->setItem(row, EnglishColumn, cell(QString(), true));
    m_table->setItem(row, FrenchColumn, cell(QString(), true));
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
}

void ActorRolesDialog::filter(const QString &text)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        bool shown = text.isEmpty();
        for (int column = NameColumn; column <= FrenchColumn && !shown; ++column)
            shown = m_table->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

QList<ActorRoleCommand::Edit> ActorRolesDialog::edits() const
{
    QList<ActorRoleCommand::Edit> edits;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString en = m_table->item(row, EnglishColumn)->text().trimmed();
        const QString fr = m_table->item(row, FrenchColumn)->text().trimmed();
        if (row < m_roles.size()) {
            const ActorRole &role = m_roles.at(row);
            const BilingualText label = editedLabel(role.label, en, fr);
            if (label != role.label)
                edits.append({role.name, role.label, label});
            continue;
        }
        // A new role without a name is named by its English label, else its French one.
        QString name = m_table->item(row, NameColumn)->text().trimmed();
        if (name.isEmpty())
            name = en.isEmpty() ? fr : en;
        if (!name.isEmpty())
            edits.append({name, std::nullopt, BilingualText::both(fr, en)});
    }
    return edits;
}

QString ActorRolesDialog::problem() const
{
    QSet<QString> names;
    for (const ActorRole &role : m_roles)
        names.insert(role.name.toCaseFolded());
    for (const ActorRoleCommand::Edit &edit : edits()) {
        if (edit.before)
            continue;
        if (names.contains(edit.name.toCaseFolded()))
            return tr("There is already a role called “%1”.").arg(edit.name);
        if (const QString known = canonicalRoleName(edit.name, m_roles); known != edit.name)
            return tr("“%1” already names the role “%2”.").arg(edit.name, known);
        names.insert(edit.name.toCaseFolded());
    }
    return {};
}

void ActorRolesDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        m_problem->setText(why);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace Frise::Ui
