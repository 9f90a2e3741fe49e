// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QComboBox;
class QLineEdit;

namespace Frise::Ui {

class BilingualField;
class RecordCombo;

/// Edits an actor: FR/EN name and description, kind, aliases, parent.
class ActorEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorEditor)

public:
    explicit ActorEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~ActorEditor() override;

    QString entity() const override { return QStringLiteral("actor"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }
    BilingualField *nameField() const { return m_name; }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void applyContentLanguage() override;
    void commit() override;
    QString headingText() const override;

private:
    std::optional<Actor> m_stored;
    BilingualField *m_name = nullptr;
    BilingualField *m_description = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_aliases = nullptr;
    RecordCombo *m_parent = nullptr;
};

} // namespace Frise::Ui
