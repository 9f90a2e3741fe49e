// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"

#include <QComboBox>

namespace Frise::Ui {

/// A choice of one record (or none) by name, with completion as you type.
class RecordCombo final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordCombo)

public:
    struct Choice
    {
        RowId id = 0;
        QString label;
    };

    explicit RecordCombo(QWidget *parent = nullptr);
    ~RecordCombo() override;

    /// Replaces the choices, keeping the current id when still present.
    void setChoices(const QList<Choice> &choices);
    RowId currentId() const;
    void setCurrentId(RowId id);

Q_SIGNALS:
    /// The user picked another record.
    void picked();
};

} // namespace Frise::Ui
