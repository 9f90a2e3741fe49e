// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictdialog.h"
#include "databasesession.h"
#include "deletecommand.h"
#include "editcommand.h"
#include "recordfields.h"

#include <QCoreApplication>

namespace Frise::Ui {

/**
 * Saves an edit and, when someone else changed the record meanwhile (a
 * version conflict), asks the user with a ConflictDialog and saves the
 * choice through the same versioned EditCommand, so a change made while the
 * dialog is open is caught and shown again: no update is ever lost. Only the
 * edit that finally lands goes on the undo stack (its undo brings back the
 * version it replaced, if nobody changed it since).
 *
 * Deletes work the same way: a delete of a record changed since the user
 * saw it is refused, and the dialog offers theirs (nothing deleted) or
 * delete anyway (the version now saved, again versioned).
 */
class ConflictResolver final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::ConflictResolver)

public:
    /// What became of the edit.
    enum class Outcome {
        Saved, ///< mine or the merge is stored (or theirs already equals it)
        KeptTheirs, ///< the user dropped the edit; theirs stays
        Failed, ///< not saved (error reported to the user)
    };

    /**
     * Saves @p edited over @p stored (the version the edit started from) as
     * one undoable command named @p text. @p recordName names the record in
     * the dialog, whose linked records are named in @p language.
     */
    template<typename Record>
    static Outcome pushEdit(DatabaseSession *session, const Record &stored, const Record &edited, const QString &text,
        const QString &recordName, Language language, QWidget *parent)
    {
        Record base = stored; // what the edit started from: decides the merge defaults
        Record expected = stored; // what the command must still find stored
        Record target = edited;
        for (;;) {
            Storage::StorageError error;
            if (session->push(new EditCommand<Record>(session, expected, target, text), &error))
                return Outcome::Saved;
            if (error.code != Storage::StorageError::Code::Conflict)
                return Outcome::Failed;
            const std::optional<Record> theirs = session->find<Record>(stored.id);
            if (!theirs) {
                session->reportError({Storage::StorageError::Code::NotFound,
                    tr("%1 was deleted by someone else meanwhile; your change was not saved.").arg(recordName)});
                return Outcome::Failed;
            }
            const QList<RecordField<Record>> fields = RecordFields::list<Record>(session, language);
            QList<ConflictDialog::Row> rows;
            QList<qsizetype> rowField;
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const RecordField<Record> &field = fields.at(i);
                if (field.same(target, *theirs))
                    continue;
                rows.append({field.label, field.text(target), field.text(*theirs),
                    RecordFields::preferMine(field, base, target, *theirs),
                    !field.same(target, base) && !field.same(*theirs, base)});
                rowField.append(i);
            }
            if (rows.isEmpty()) // they saved exactly what I meant to save
                return Outcome::Saved;
            ConflictDialog dialog(recordName, rows, parent);
            dialog.exec();
            switch (dialog.resolution()) {
            case ConflictDialog::Resolution::KeepTheirs:
                return Outcome::KeptTheirs;
            case ConflictDialog::Resolution::KeepMine:
                break;
            case ConflictDialog::Resolution::Merge: {
                QList<bool> takeMine(fields.size(), true);
                const QList<bool> chosen = dialog.takeMine();
                for (qsizetype row = 0; row < rowField.size(); ++row)
                    takeMine[rowField.at(row)] = chosen.value(row, true);
                target = RecordFields::merged(fields, target, *theirs, takeMine);
                break;
            }
            }
            if (withVersion(target, 0) == withVersion(*theirs, 0))
                return Outcome::KeptTheirs;
            // Try again against the version just shown; a newer one means another round.
            base = *theirs;
            expected = *theirs;
        }
    }

    /**
     * Deletes @p seen (the record as the user saw it) as one undoable command
     * named @p text, unless it changed since: then the dialog shows what
     * changed and the user keeps theirs (KeptTheirs; the views are told to
     * show it) or deletes the version now saved (Saved).
     */
    template<typename Record>
    static Outcome pushDelete(DatabaseSession *session, const Record &seen, const QString &text,
        const QString &recordName, Language language, QWidget *parent)
    {
        Record expected = seen;
        for (;;) {
            Storage::StorageError error;
            if (session->push(new DeleteCommand<Record>(session, expected, text), &error))
                return Outcome::Saved;
            if (error.code != Storage::StorageError::Code::Conflict)
                return Outcome::Failed;
            const std::optional<Record> theirs = session->find<Record>(seen.id);
            if (!theirs) {
                session->reportError({Storage::StorageError::Code::NotFound,
                    tr("%1 was already deleted by someone else.").arg(recordName)});
                session->notifyRemoved(RecordKind<Record>::entity(), seen.id);
                return Outcome::Failed;
            }
            if (withVersion(*theirs, 0) != withVersion(expected, 0)) {
                QList<ConflictDialog::Row> rows;
                for (const RecordField<Record> &field : RecordFields::list<Record>(session, language))
                    if (!field.same(expected, *theirs))
                        rows.append({field.label, field.text(expected), field.text(*theirs), false, false});
                ConflictDialog dialog(recordName, rows, parent, ConflictDialog::Kind::Delete);
                dialog.exec();
                if (dialog.resolution() != ConflictDialog::Resolution::KeepMine) {
                    // The view may still show the version the user saw: show theirs.
                    session->notifyChanged(RecordKind<Record>::entity(), seen.id);
                    return Outcome::KeptTheirs;
                }
            }
            // Delete anyway (or only the version moved): against the version now saved.
            expected = *theirs;
        }
    }
};

} // namespace Frise::Ui
