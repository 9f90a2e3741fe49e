// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The repositories, one per aggregate. Usage:
//   Storage::EventRepository events(db);
//   Event e; ...; events.insert(e, &error);

#include "core/actor.h"
#include "core/actorrole.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/era.h"
#include "core/event.h"
#include "core/relation.h"
#include "core/source.h"
#include "core/statuschange.h"
#include "core/tag.h"
#include "repository.h"

#include <QMap>

class QSqlQuery;

namespace Frise::Storage {

class RowReader;

using FieldMap = QMap<QString, QString>;

// Each Traits class tells Repository<> how one aggregate maps to its table
// (columns other than id, uid and version) and its link tables.
#define FRISE_DECLARE_TRAITS(Name, RecordType)                                                                         \
    struct Name                                                                                                        \
    {                                                                                                                  \
        using Record = RecordType;                                                                                     \
        static QString entity();                                                                                       \
        static QStringList columns();                                                                                  \
        static void bind(QSqlQuery &query, const Record &record);                                                      \
        static Record read(const RowReader &row);                                                                      \
        static bool loadLinks(Database &db, QHash<RowId, Record *> &byId, RowId owner, StorageError *error);           \
        static bool saveLinks(Database &db, const Record &record, StorageError *error);                                \
        static FieldMap fields(const Record &record);                                                                  \
        static bool validate(const Record &record, StorageError *error);                                               \
    }

FRISE_DECLARE_TRAITS(ActorTraits, Actor);
FRISE_DECLARE_TRAITS(SourceTraits, Source);
FRISE_DECLARE_TRAITS(DisputeTraits, Dispute);
FRISE_DECLARE_TRAITS(EventTraits, Event);
FRISE_DECLARE_TRAITS(ClaimTraits, Claim);
FRISE_DECLARE_TRAITS(RelationTraits, Relation);
FRISE_DECLARE_TRAITS(EraTraits, Era);
FRISE_DECLARE_TRAITS(StatusChangeTraits, StatusChange);

#undef FRISE_DECLARE_TRAITS

extern template class Repository<ActorTraits>;
extern template class Repository<SourceTraits>;
extern template class Repository<DisputeTraits>;
extern template class Repository<EventTraits>;
extern template class Repository<ClaimTraits>;
extern template class Repository<RelationTraits>;
extern template class Repository<EraTraits>;
extern template class Repository<StatusChangeTraits>;

using ActorRepository = Repository<ActorTraits>;
using SourceRepository = Repository<SourceTraits>;
using DisputeRepository = Repository<DisputeTraits>;
using EventRepository = Repository<EventTraits>;
using ClaimRepository = Repository<ClaimTraits>;
using RelationRepository = Repository<RelationTraits>;
using EraRepository = Repository<EraTraits>;
using StatusChangeRepository = Repository<StatusChangeTraits>;

/// Tags are referenced by name from events; labels are edited here.
class TagRepository final
{
public:
    explicit TagRepository(Database &db);
    QList<Tag> all(StorageError *error) const;
    /// The id of the tag named @p name, created when missing.
    RowId ensure(const QString &name, StorageError *error);
    bool setLabel(const QString &name, const BilingualText &label, StorageError *error);

private:
    Database &m_db;
};

/**
 * The role vocabulary. Event actor links name their role; triggers add every
 * name in use, so only labels and unused entries are written here.
 */
class ActorRoleRepository final
{
public:
    explicit ActorRoleRepository(Database &db);
    QList<ActorRole> all(StorageError *error) const;
    /// Adds the role named @p name when missing; false on error.
    bool ensure(const QString &name, StorageError *error);
    /// Sets the label of the role named @p name, created when missing.
    bool setLabel(const QString &name, const BilingualText &label, StorageError *error);
    /// Removes the role named @p name unless an event uses it; *removed says whether it went.
    bool removeUnused(const QString &name, bool *removed, StorageError *error);

private:
    Database &m_db;
};

} // namespace Frise::Storage
