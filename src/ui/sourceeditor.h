// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Frise::Ui {

class ArchiveListField;
class DateField;
class SavedCopiesField;

/// Edits a source: outlet, title, URL and its archived copies, language, dates, excerpt, grade,
/// confidentiality, saved copies.
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

    QComboBox *reliabilityField() const { return m_reliability; }
    QComboBox *credibilityField() const { return m_credibility; }
    /// Shows the grade as "B2", both meanings in its tooltip.
    QLabel *gradeLabel() const { return m_grade; }
    QCheckBox *urlDeadField() const { return m_urlDead; }
    QCheckBox *confidentialField() const { return m_confidential; }
    ArchiveListField *archivesField() const { return m_archives; }

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
    QCheckBox *m_urlDead = nullptr;
    ArchiveListField *m_archives = nullptr;
    QComboBox *m_reliability = nullptr;
    QComboBox *m_credibility = nullptr;
    QLabel *m_grade = nullptr; ///< "B2", its meaning in the tooltip
    QCheckBox *m_confidential = nullptr;

    void showGrade(const SourceGrade &grade);
    void retranslateChoices();
    void changeEvent(QEvent *event) override;
};

} // namespace Frise::Ui
