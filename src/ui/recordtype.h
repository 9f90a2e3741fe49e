// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ids.h"
#include "core/language.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Frise::Storage {
class Database;
}

namespace Frise::Ui {

class DatabaseSession;
class RecordCommand;
class RecordEditor;
struct RecordLists;

/// What a new record starts from: the language its text is written in and the record selected in the window.
struct NewRecordContext
{
    DatabaseSession *session = nullptr;
    Language language = Language::English;
    QString selectedEntity; ///< "dispute", "actor"... (empty: nothing selected)
    RowId selectedId = 0;
};

/**
 * One kind of record as the UI handles it: its name, its label, and how to
 * check, cache, edit, create and delete one.
 *
 * RecordType::all() is the table the session, the main window, the
 * inspector, the labels and the navigator look up instead of branching on
 * entity names. Adding a kind of record is one row in recordtype.cpp plus
 * its editor. A behaviour left empty means the kind does not have it (tags:
 * no editor, no "New" action, no delete).
 */
struct RecordType
{
    /// The entity name storage, search hits, the audit log and server notifications use ("event", "actor"...).
    QString name;
    /// Singular label ("Event"), translated in the context "Frise::Ui::RecordType".
    const char *label = nullptr;
    /// Text of its "New" action ("&Actor" in Edit → New, "New &Event" for the main kind), same context.
    const char *newActionText = nullptr;
    /// objectName of the "New" action ("actionNewActor"): shortcuts and tests find it by that name.
    const char *newActionName = nullptr;
    /// The main kind (events): its "New" action has a shortcut and sits in the Edit menu and the toolbar.
    bool isMain = false;
    /// Edits of it change what the timeline draws (claims, sources, relations do not: no rebuild for them).
    bool drawnOnTimeline = false;
    /// Edits of it change the search filters' choices (disputes, actors, and the tags events create).
    bool changesSearchChoices = false;

    /// Whether record @p id is still stored (false and @p error set when the lookup failed).
    std::function<bool(Storage::Database &db, RowId id, Storage::StorageError *error)> exists {};
    /// Brings the cached list holding record @p id in line with @p db; empty when the kind is not cached.
    std::function<void(Storage::Database &db, RecordLists &lists, RowId id)> refreshCache {};
    /// The inspector's editor of this kind; empty when it has none.
    std::function<RecordEditor *(DatabaseSession *session, QWidget *parent)> createEditor {};
    /**
     * Creates a new record for @p context as one undoable edit and returns
     * its id; 0 when refused (@p refusal says why, for the user) or when the
     * write failed (the session reported it). Empty: the user cannot create one.
     */
    std::function<RowId(const NewRecordContext &context, QString *refusal)> createNew {};
    /// Deletes record @p id as one undoable edit named in @p language; false when nothing was deleted. Empty: the
    /// user cannot delete one.
    std::function<bool(DatabaseSession *session, RowId id, Language language)> remove {};

    /// The translated label ("Event", "Événement").
    QString displayLabel() const { return tr(label); }
    /// The translated text of its "New" action.
    QString newActionLabel() const { return newActionText ? tr(newActionText) : QString(); }

    /// Every kind, in the order menus and the inspector list them.
    static const QList<RecordType> &all();
    /// The kind named @p name; nullptr for an unknown name.
    static const RecordType *find(QStringView name);

    // Last: the macro ends with "private:". It adds static functions only, so the table rows stay aggregates.
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::RecordType)
};

/// Entity names the window refers to by name (the rest is looked up in the table).
namespace RecordNames {
inline const QString event = QStringLiteral("event");
inline const QString actor = QStringLiteral("actor");
inline const QString dispute = QStringLiteral("dispute");
inline const QString tag = QStringLiteral("tag");
inline const QString source = QStringLiteral("source");
inline const QString actorRole = QStringLiteral("actor_role");
} // namespace RecordNames

} // namespace Frise::Ui
