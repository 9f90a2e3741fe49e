// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Form rows whose labels are (re)translated after creation: dialogs build
// their rows once and name them in retranslate().

#include "core/language.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Frise::Ui {

/// Adds @p field with an empty label (QFormLayout makes none for an empty text).
inline void addFormRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

/// Sets the label text of @p field's row.
inline void setFormLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

/// A file path field with its "Browse…" button, as one widget for a form row.
struct PathRow
{
    QWidget *widget = nullptr;
    QLineEdit *path = nullptr;
    QPushButton *browse = nullptr;
};

/// Builds a PathRow under @p parent; the caller names the button in retranslate().
inline PathRow createPathRow(QWidget *parent)
{
    PathRow row;
    row.widget = new QWidget(parent);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row.path = new QLineEdit(parent);
    row.path->setObjectName(QStringLiteral("exportPath"));
    row.browse = new QPushButton(parent);
    layout->addWidget(row.path, 1);
    layout->addWidget(row.browse);
    return row;
}

/// A French/English choice; language names are written in their own language,
/// so they need no translation.
inline QComboBox *createLanguageCombo(QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QStringLiteral("Français"), int(Language::French));
    combo->addItem(QStringLiteral("English"), int(Language::English));
    return combo;
}

/// The word-wrapped label where a dialog shows why it cannot proceed.
inline QLabel *createErrorLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace Frise::Ui
