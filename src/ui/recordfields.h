// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/era.h"
#include "core/event.h"
#include "core/language.h"
#include "core/relation.h"
#include "core/source.h"
#include "core/statuschange.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace Frise::Ui {

class DatabaseSession;

/**
 * One user-visible field of a record, as the conflict dialog compares and
 * merges it: each language of a bilingual text is a field of its own (with
 * its translation status), links are one field (the whole list).
 */
template<typename Record>
struct RecordField
{
    QString label; ///< translated, e.g. "Title (FR)"
    std::function<QString(const Record &)> text; ///< the value as the user reads it
    std::function<bool(const Record &, const Record &)> same; ///< whether two records agree on it
    std::function<void(Record &, const Record &)> copy; ///< copies it from the second into the first
};

/**
 * The field lists of every record kind. Together a list's fields cover
 * every stored member but id, uid and version, so copying all of them from
 * one record into another makes the two equal (the tests check it).
 */
class RecordFields final
{
    Q_DECLARE_TR_FUNCTIONS(Frise::Ui::RecordFields)

public:
    /// The fields of @p Record; linked records are named through @p session (may be null) in @p language.
    template<typename Record>
    static QList<RecordField<Record>> list(const DatabaseSession *session, Language language);

    /**
     * Three-way merge default for one field: take mine when I changed it
     * since @p base, theirs when only they did; both changed: mine.
     */
    template<typename Record>
    static bool preferMine(
        const RecordField<Record> &field, const Record &base, const Record &mine, const Record &theirs)
    {
        return field.same(mine, theirs) || !field.same(mine, base);
    }

    /// @p mine with the fields whose @p takeMine entry is false taken from @p theirs; version from @p theirs.
    template<typename Record>
    static Record merged(
        const QList<RecordField<Record>> &fields, const Record &mine, const Record &theirs, const QList<bool> &takeMine)
    {
        Record result = mine;
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (!takeMine.value(i, true))
                fields.at(i).copy(result, theirs);
        result.version = theirs.version;
        return result;
    }
};

template<>
QList<RecordField<Event>> RecordFields::list<Event>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Actor>> RecordFields::list<Actor>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Dispute>> RecordFields::list<Dispute>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Claim>> RecordFields::list<Claim>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Source>> RecordFields::list<Source>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Relation>> RecordFields::list<Relation>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<Era>> RecordFields::list<Era>(const DatabaseSession *session, Language language);
template<>
QList<RecordField<StatusChange>> RecordFields::list<StatusChange>(const DatabaseSession *session, Language language);

} // namespace Frise::Ui
