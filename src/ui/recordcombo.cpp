// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordcombo.h"

#include <QAbstractListModel>
#include <QCompleter>
#include <QLineEdit>

namespace Frise::Ui {

namespace {

// The choices as one flat model: replaced with one reset, where addItem()
// inserted (and announced) 200k rows one by one into a QStandardItemModel.
class ChoiceModel final : public QAbstractListModel
{
public:
    using QAbstractListModel::QAbstractListModel;

    void setChoices(QList<RecordCombo::Choice> choices)
    {
        beginResetModel();
        m_choices = std::move(choices);
        endResetModel();
    }

    int rowOf(RowId id) const
    {
        for (qsizetype row = 0; row < m_choices.size(); ++row)
            if (m_choices.at(row).id == id)
                return int(row);
        return -1;
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_choices.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_choices.size())
            return {};
        const RecordCombo::Choice &choice = m_choices.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return choice.label;
        if (role == Qt::UserRole)
            return qint64(choice.id);
        return {};
    }

private:
    QList<RecordCombo::Choice> m_choices;
};

} // namespace

RecordCombo::RecordCombo(QWidget *parent)
    : QComboBox(parent)
{
    // Before the completer is set up: setModel() hands the model to it.
    setModel(new ChoiceModel(this));
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
    QList<Choice> all;
    all.reserve(choices.size() + 1);
    all.append({0, tr("(none)")});
    all.append(choices);
    static_cast<ChoiceModel *>(model())->setChoices(std::move(all));
    setCurrentId(current);
}

RowId RecordCombo::currentId() const
{
    return currentIndex() < 0 ? 0 : currentData().toLongLong();
}

void RecordCombo::setCurrentId(RowId id)
{
    const QSignalBlocker blocker(this);
    const int index = static_cast<const ChoiceModel *>(model())->rowOf(id);
    setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace Frise::Ui
