// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

namespace Frise::Ui {

class BilingualField;
class DateField;
class RecordCombo;

/// Edits an era: FR/EN title, its period (both ends required), the dispute it belongs to.
class EraEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EraEditor)

public:
    explicit EraEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~EraEditor() override;

    QString entity() const override { return QStringLiteral("era"); }
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
    std::optional<Era> m_stored;
    BilingualField *m_title = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    RecordCombo *m_dispute = nullptr;
};

} // namespace Frise::Ui
