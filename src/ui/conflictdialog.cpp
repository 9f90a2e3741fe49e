// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Frise::Ui {

namespace {

// Long notes would make a dialog taller than the screen; the tooltip has it all.
constexpr int shownCharacters = 400;

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text.size() > shownCharacters ? text.left(shownCharacters) + QChar(0x2026) : text);
    if (text.size() > shownCharacters)
        label->setToolTip(text);
    label->setMinimumWidth(220);
    return label;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &record, const QList<Row> &rows, QWidget *parent, Kind kind)
    : QDialog(parent)
    , m_rows(rows)
    , m_kind(kind)
{
    const bool deleting = kind == Kind::Delete;
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Changed by Someone Else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (deleting)
        intro->setText(tr("Someone else saved %1 after you last saw it, so it was not deleted. "
                          "Keep their version, or delete it anyway with their changes.")
                .arg(record));
    else
        intro->setText(tr("Someone else saved %1 while you were editing it, so your change was not saved. "
                          "Choose what to keep: your version, theirs, or a merge of the fields chosen below.")
                .arg(record));
    layout->addWidget(intro);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *table = new QWidget(scroll);
    auto *grid = new QGridLayout(table);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto *fieldHeader = new QLabel(tr("Field"), table);
    auto *mineHeader = new QLabel(deleting ? tr("The version you saw") : tr("Your version"), table);
    auto *theirsHeader = new QLabel(tr("Their version (saved)"), table);
    for (QLabel *header : {fieldHeader, mineHeader, theirsHeader}) {
        QFont font = header->font();
        font.setBold(true);
        header->setFont(font);
    }
    grid->addWidget(fieldHeader, 0, 0);
    grid->addWidget(mineHeader, 0, 1);
    grid->addWidget(theirsHeader, 0, 2);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const int line = int(i) + 1;
        auto *label = new QLabel(row.bothChanged ? tr("%1 (changed by both)").arg(row.label) : row.label, table);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        if (row.bothChanged) {
            QFont font = label->font();
            font.setBold(true);
            label->setFont(font);
        }
        grid->addWidget(label, line, 0);
        auto *group = new QButtonGroup(this);
        for (const bool mine : {true, false}) {
            auto *cell = new QWidget(table);
            auto *cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            auto *radio = new QRadioButton(cell);
            radio->setVisible(!deleting); // a delete takes the record whole: nothing to choose per field
            radio->setAccessibleName(mine ? tr("Keep my %1").arg(row.label) : tr("Keep their %1").arg(row.label));
            radio->setChecked(mine == row.preferMine);
            group->addButton(radio, mine ? 1 : 0);
            cellLayout->addWidget(radio, 0, Qt::AlignTop);
            QLabel *value = valueLabel(mine ? row.mine : row.theirs, cell);
            value->setBuddy(radio);
            cellLayout->addWidget(value, 1);
            grid->addWidget(cell, line, mine ? 1 : 2);
        }
        m_groups.append(group);
    }
    grid->setRowStretch(int(m_rows.size()) + 1, 1);
    scroll->setWidget(table);
    layout->addWidget(scroll, 1);

    auto *buttons = new QDialogButtonBox(this);
    if (deleting) {
        m_keepMine = buttons->addButton(tr("&Delete Anyway"), QDialogButtonBox::DestructiveRole);
        m_keepMine->setToolTip(tr("Delete the record as it is saved now, their changes included"));
        m_keepTheirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
        m_keepTheirs->setToolTip(tr("Delete nothing and show the saved version"));
        m_keepTheirs->setDefault(true);
    } else {
        m_keepMine = buttons->addButton(tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
        m_keepMine->setToolTip(tr("Save your version of every field over theirs"));
        m_keepTheirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
        m_keepTheirs->setToolTip(tr("Drop your change and show the saved version"));
        m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
        m_merge->setToolTip(tr("Save, for each field, the version chosen above"));
        m_merge->setDefault(true);
        connect(m_merge, &QPushButton::clicked, this, [this] { resolve(Resolution::Merge); });
    }
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepMine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] { resolve(Resolution::KeepTheirs); });
    layout->addWidget(buttons);
    resize(760, qMin(640, 180 + 48 * int(m_rows.size())));
}

ConflictDialog::~ConflictDialog() = default;

QList<bool> ConflictDialog::takeMine() const
{
    QList<bool> result;
    for (const QButtonGroup *group : m_groups)
        result.append(group->checkedId() == 1);
    return result;
}

void ConflictDialog::setTakeMine(int row, bool mine)
{
    if (QAbstractButton *button = m_groups.value(row) ? m_groups.at(row)->button(mine ? 1 : 0) : nullptr)
        button->setChecked(true);
}

void ConflictDialog::resolve(Resolution resolution)
{
    if (m_kind == Kind::Delete && resolution == Resolution::Merge)
        resolution = Resolution::KeepTheirs; // nothing to merge into a delete
    m_resolution = resolution;
    if (resolution == Resolution::KeepTheirs)
        QDialog::reject();
    else
        accept();
}

void ConflictDialog::reject()
{
    m_resolution = Resolution::KeepTheirs;
    QDialog::reject();
}

} // namespace Frise::Ui
