// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QComboBox;
class QLineEdit;

namespace Frise::Ui {

class DateField;
class LinkListField;
class RecordCombo;

/// Edits a relation: from, type, to, dates, note, sources.
class RelationEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationEditor)

public:
    explicit RelationEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~RelationEditor() override;

    QString entity() const override { return QStringLiteral("relation"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void commit() override;
    QString headingText() const override;

private:
    std::optional<Relation> m_stored;
    RecordCombo *m_from = nullptr;
    QComboBox *m_type = nullptr;
    RecordCombo *m_to = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QLineEdit *m_note = nullptr;
    LinkListField *m_sources = nullptr;
};

} // namespace Frise::Ui
