// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Form rows whose labels are (re)translated after creation: dialogs build
// their rows once and name them in retranslate().

#include <QFormLayout>
#include <QLabel>

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

} // namespace Frise::Ui
