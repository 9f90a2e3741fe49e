// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentlanguage.h"
#include "core/ids.h"
#include "databasesession.h"
#include "editcommand.h"

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;

namespace Frise::Ui {

/**
 * Base of the inspector's editors: shows one stored record as a form and
 * saves each finished change at once as an undoable command. Shared form
 * plumbing: a heading, labelled rows retranslated at runtime, plain-text
 * fields saved when they lose focus.
 */
class RecordEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    ~RecordEditor() override;

    /// "event", "actor"...
    virtual QString entity() const = 0;
    RowId recordId() const { return m_id; }
    /// Shows record @p id (0: nothing).
    void load(RowId id);
    /// Re-reads the record and the pickers' choices from the session.
    void reload();
    void setContentLanguage(ContentLanguage content);
    ContentLanguage contentLanguage() const { return m_content; }

protected:
    RecordEditor(DatabaseSession *session, QWidget *parent);

    /// Fills the widgets from the stored record; false when it no longer exists.
    virtual bool readRecord() = 0;
    /// Refreshes combo and completion choices from the session's caches.
    virtual void updateChoices() { }
    virtual void applyContentLanguage() { }
    /// Gathers the widgets and pushes an edit when something changed.
    virtual void commit() = 0;
    /// The heading text (the record's name).
    virtual QString headingText() const = 0;

    /// Adds a labelled row; @p label is a QT_TRANSLATE_NOOP("Frise::Ui::RecordEditor", ...) text.
    QLabel *addRow(const char *label, QWidget *field);
    /// Saves when @p widget (a QPlainTextEdit) loses focus.
    void commitOnFocusOut(QWidget *widget);
    /// Pushes an edit of @p stored into @p edited if they differ; reloads when it failed.
    template<typename Record>
    void pushEdit(const Record &stored, const Record &edited)
    {
        if (edited == stored)
            return;
        const QString text = tr("Edit %1").arg(headingText());
        if (!m_session->push(new EditCommand<Record>(m_session, stored, edited, text)))
            reload();
    }

    bool isLoading() const { return m_loading; }
    Language language() const { return primaryLanguage(m_content); }

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;

private:
    void retranslate();

    QLabel *m_heading = nullptr;
    QLabel *m_kind = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    QList<QWidget *> m_focusWatched;
    RowId m_id = 0;
    ContentLanguage m_content = ContentLanguage::Both;
    bool m_loading = false;
};

} // namespace Frise::Ui
