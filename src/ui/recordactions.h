// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/language.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace Frise::Ui {

class DatabaseSession;
struct RecordType;

/**
 * The record actions of the Edit menu: "New …" for every kind of record
 * RecordType::all() lets the user create (the main kind's action has a
 * shortcut, the others sit in Edit → New) and Delete for the selected
 * record. They create and delete through the kinds' table, so a new kind of
 * record gets its action from its row.
 *
 * The window tells them the selection, the content language and whether the
 * database is writable, and shows what they report.
 */
class RecordActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordActions)

public:
    /// The actions' shortcuts live in @p window.
    RecordActions(DatabaseSession *session, QWidget *window);
    ~RecordActions() override;

    /// "New Event" (Ctrl+E): the Edit menu and the toolbar show it.
    QAction *newMainAction() const { return m_newMain; }
    /// Edit → New: the other kinds.
    QMenu *newMenu() const { return m_newMenu; }
    QAction *deleteAction() const { return m_delete; }

    /// The record selected in the window: new records start from it, Delete deletes it.
    void setSelection(const QString &entity, RowId id);
    /// The language the text of new records is written in, and deleted records are named in.
    void setLanguage(Language language) { m_language = language; }
    /// Enables what can be done on a database that is (not) writable.
    void setWritable(bool writable);
    void retranslate();

    /// Creates a record of @p type as one undoable edit; created() or refused() tells what happened.
    void create(const RecordType &type);
    /**
     * Deletes record @p id of @p entity as the user sees it (an editor showing
     * it, checked against the version shown): true when deleted, false when
     * not, nullopt when nothing shows it (then the stored record is deleted).
     */
    using ShownDelete = std::function<std::optional<bool>(const QString &entity, RowId id)>;
    void setShownDelete(ShownDelete shownDelete) { m_shownDelete = std::move(shownDelete); }
    /// Deletes the selected record as one undoable edit.
    void deleteSelection();

Q_SIGNALS:
    /// A record was created: the window opens it in its editor.
    void created(const QString &entity, Frise::RowId id);
    /// A record could not be created, in words for the user.
    void refused(const QString &message);
    /// The selected record was deleted (undo brings it back).
    void deleted();

private:
    QAction *makeAction(const RecordType &type);
    void updateDelete();

    DatabaseSession *m_session = nullptr;
    QWidget *m_window = nullptr;
    QAction *m_newMain = nullptr;
    QMenu *m_newMenu = nullptr;
    QAction *m_delete = nullptr;
    QList<QAction *> m_newActions;
    ShownDelete m_shownDelete;
    QString m_entity;
    RowId m_id = 0;
    Language m_language = Language::English;
    bool m_writable = false;
};

} // namespace Frise::Ui
