// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcombo.h"

#include <QCompleter>
#include <QLineEdit>

namespace Frise::Ui {

RecordCombo::RecordCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    setMinimumContentsLength(12);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(this, &QComboBox::activated, this, &RecordCombo::picked);
    connect(lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Typed text that names no record falls back to the current choice.
        const int index = findText(currentText(), Qt::MatchFixedString);
        if (index >= 0 && index != currentIndex()) {
            setCurrentIndex(index);
            Q_EMIT picked();
        } else if (index < 0) {
            setEditText(itemText(currentIndex()));
        }
    });
}

RecordCombo::~RecordCombo() = default;

void RecordCombo::setChoices(const QList<Choice> &choices)
{
    const RowId current = currentId();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("(none)"), qint64(0));
    for (const Choice &choice : choices)
        addItem(choice.label, choice.id);
    setCurrentId(current);
}

RowId RecordCombo::currentId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void RecordCombo::setCurrentId(RowId id)
{
    const QSignalBlocker blocker(this);
    const int index = findData(qint64(id));
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace Frise::Ui
