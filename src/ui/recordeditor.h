// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictresolver.h"
#include "contentlanguage.h"
#include "core/ids.h"
#include "databasesession.h"

#include <QWidget>

#include <functional>
#include <optional>

class QFormLayout;
class QFrame;
class QLabel;
class QPushButton;

namespace Frise::Ui {

/**
 * Base of the inspector's editors: shows one stored record as a form and
 * saves each finished change at once as an undoable command. Shared form
 * plumbing: a heading, labelled rows retranslated at runtime, plain-text
 * fields saved when they lose focus.
 *
 * Another client's change of the record on show reloads it, unless the user
 * is in the middle of typing (unsaved edits): then the typing is kept and a
 * notice says so; saving it goes through the conflict dialog.
 *
 * An edit that finds the server gone is not saved; what the user typed stays
 * in the (now read-only) form, with a notice, to be saved again once the
 * connection is back (against the version it started from, so a colleague's
 * change meanwhile opens the conflict dialog).
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
    /// Like reload(), but a change the user typed and could not save (the server was away) stays in the form,
    /// which becomes editable again if the session is writable.
    void reloadKeepingUnsaved();
    void setContentLanguage(ContentLanguage content);
    ContentLanguage contentLanguage() const { return m_content; }
    /// True while the user has typed something not saved yet.
    bool hasUnsavedEdits() const { return m_dirty; }
    /**
     * Deletes the record shown as one undoable edit, provided it is still the
     * version shown; otherwise the conflict dialog decides. True when deleted,
     * false when not (kept theirs, failed), nullopt when nothing is shown.
     */
    virtual std::optional<bool> deleteShown() { return std::nullopt; }
    /// The notice shown when someone else changed the record under unsaved edits, or when an edit could not be
    /// saved because the server was away (hidden otherwise).
    QFrame *remoteChangeNotice() const { return m_notice; }
    /// True while the form holds an edit that could not be saved because the server was away.
    bool hasUnsavedAfterLoss() const { return m_notSaved; }

Q_SIGNALS:
    /// The user followed a link to another record (a dispute's status change...): the window selects it.
    void recordRequested(const QString &entity, Frise::RowId id);

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
    /// Adds the "Start / end" row: @p start and @p end side by side, equally wide.
    void addStartEndRow(QWidget *start, QWidget *end);
    /// Saves when @p widget (a QPlainTextEdit) loses focus.
    void commitOnFocusOut(QWidget *widget);
    /**
     * Pushes an edit of @p stored into @p edited if they differ; a version
     * conflict opens the conflict dialog; then shows what is stored.
     */
    template<typename Record>
    void pushEdit(const Record &stored, const Record &edited)
    {
        if (m_resolving) // the conflict dialog took the focus: that is no new edit
            return;
        if (edited == stored) {
            m_dirty = false;
            return;
        }
        const QString text = tr("Edit %1").arg(headingText());
        const QString name = QStringLiteral("“") + headingText() + QStringLiteral("”");
        m_resolving = true;
        const auto outcome = ConflictResolver::pushEdit(m_session, stored, edited, text, name, language(), this);
        m_resolving = false;
        if (outcome == ConflictResolver::Outcome::Failed && m_session->isConnectionLost()) {
            keepNotSaved();
            return;
        }
        // Otherwise, show what is stored now (and base the next edit on it).
        reload();
    }

    /// Deletes @p stored, the record as shown, through ConflictResolver::pushDelete(); true when deleted.
    template<typename Record>
    bool pushDelete(const Record &stored)
    {
        const QString text = tr("Delete %1").arg(headingText());
        const QString name = QStringLiteral("“") + headingText() + QStringLiteral("”");
        m_resolving = true;
        const auto outcome = ConflictResolver::pushDelete(m_session, stored, text, name, language(), this);
        m_resolving = false;
        if (outcome == ConflictResolver::Outcome::Saved)
            return true;
        reload(); // show what is stored now
        return false;
    }

    bool isLoading() const { return m_loading; }
    Language language() const { return primaryLanguage(m_content); }

    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    DatabaseSession *m_session = nullptr;
    QFormLayout *m_form = nullptr;

private:
    /// Keeps the form as typed, read-only, with the notice that it was not saved.
    void keepNotSaved();
    void retranslate();
    void trackEdits();
    void onRecordChanged();

    QLabel *m_heading = nullptr;
    QFrame *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeReload = nullptr;
    QLabel *m_kind = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    QList<QWidget *> m_focusWatched;
    RowId m_id = 0;
    ContentLanguage m_content = ContentLanguage::Both;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_notSaved = false; ///< the notice says "not saved" rather than "someone else changed it"
    bool m_resolving = false;
    bool m_tracking = false;
};

} // namespace Frise::Ui
