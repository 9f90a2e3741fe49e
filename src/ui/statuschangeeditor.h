// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordeditor.h"

class QComboBox;

namespace Frise::Ui {

class BilingualField;
class DateField;
class LinkListField;
class RecordCombo;

/**
 * Edits a step of a dispute's history: the dispute, the status it left and
 * the one it entered, when, the sources it rests on, a note. A change
 * without a source is saved, with a visible reminder: the journalist may be
 * fetching it.
 */
class StatusChangeEditor final : public RecordEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusChangeEditor)

public:
    explicit StatusChangeEditor(DatabaseSession *session, QWidget *parent = nullptr);
    ~StatusChangeEditor() override;

    QString entity() const override { return QStringLiteral("status_change"); }
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
    void changeEvent(QEvent *event) override;

private:
    void showProblems();

    std::optional<StatusChange> m_stored;
    RecordCombo *m_dispute = nullptr;
    QComboBox *m_from = nullptr;
    QComboBox *m_to = nullptr;
    DateField *m_date = nullptr;
    LinkListField *m_sources = nullptr;
    BilingualField *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Frise::Ui
