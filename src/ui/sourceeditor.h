// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QLineEdit;
class QPlainTextEdit;

namespace Frise::Ui {

class DateField;
class SavedCopiesField;

/// Edits a source: outlet, title, URL, language, dates, excerpt, saved copies.
class SourceEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceEditor)

public:
    explicit SourceEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~SourceEditor() override;

    /// The saved copies of the source shown.
    SavedCopiesField *savedCopies() const { return m_copies; }

    QString entity() const override { return QStringLiteral("source"); }
    std::optional<bool> deleteShown() override
    {
        return m_stored ? std::optional(pushDelete(*m_stored)) : std::nullopt;
    }

protected:
    bool readRecord() override;
    void updateChoices() override;
    void commit() override;
    QString headingText() const override;
    /// Files dropped on the editor become saved copies of the source.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    std::optional<Source> m_stored;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_language = nullptr;
    DateField *m_published = nullptr;
    QLineEdit *m_accessed = nullptr;
    QPlainTextEdit *m_excerpt = nullptr;
    SavedCopiesField *m_copies = nullptr;
};

} // namespace Frise::Ui
