// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Frise::Ui {

class BilingualField;
class DateField;
class LinkListField;
class MarkdownNotesEditor;

/// Edits an event: FR/EN title and text, dates, importance, links, notes.
class EventEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    explicit EventEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~EventEditor() override;

    QString entity() const override { return QStringLiteral("event"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }

    BilingualField *titleField() const { return m_title; }
    BilingualField *textField() const { return m_text; }
    DateField *startField() const { return m_start; }
    DateField *endField() const { return m_end; }
    QSpinBox *importanceField() const { return m_importance; }
    QListWidget *disputesField() const { return m_disputes; }
    LinkListField *actorsField() const { return m_actors; }
    QLineEdit *tagsField() const { return m_tags; }
    LinkListField *sourcesField() const { return m_sources; }
    MarkdownNotesEditor *notesField() const { return m_notes; }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void applyContentLanguage() override;
    void commit() override;
    QString headingText() const override;

private:
    std::optional<Event> m_stored;
    BilingualField *m_title = nullptr;
    BilingualField *m_text = nullptr;
    DateField *m_start = nullptr;
    DateField *m_end = nullptr;
    QSpinBox *m_importance = nullptr;
    QListWidget *m_disputes = nullptr;
    LinkListField *m_actors = nullptr;
    QLineEdit *m_tags = nullptr;
    LinkListField *m_sources = nullptr;
    MarkdownNotesEditor *m_notes = nullptr;
};

} // namespace Frise::Ui
