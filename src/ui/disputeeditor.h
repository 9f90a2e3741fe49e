// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QComboBox;
class QLineEdit;

namespace Frise::Ui {

class BilingualField;
class LinkListField;

/// Edits a dispute: FR/EN title and description, status, colour, parties.
class DisputeEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisputeEditor)

public:
    explicit DisputeEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~DisputeEditor() override;

    QString entity() const override { return QStringLiteral("dispute"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void applyContentLanguage() override;
    void commit() override;
    QString headingText() const override;

private:
    void showHistory();

    std::optional<Dispute> m_stored;
    BilingualField *m_title = nullptr;
    BilingualField *m_description = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_colour = nullptr;
    LinkListField *m_parties = nullptr;
    QLabel *m_history = nullptr;
};

} // namespace Frise::Ui
