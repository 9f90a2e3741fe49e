// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/repositories.h"

namespace Frise::Ui {

/// Maps a record type to its repository and entity name ("event", ...).
template<typename Record>
struct RecordKind;

#define FRISE_RECORD_KIND(RecordType, RepositoryType, name)                                                            \
    template<>                                                                                                         \
    struct RecordKind<RecordType>                                                                                      \
    {                                                                                                                  \
        using Repository = Storage::RepositoryType;                                                                    \
        static QString entity()                                                                                        \
        {                                                                                                              \
            return QStringLiteral(name);                                                                               \
        }                                                                                                              \
    };

FRISE_RECORD_KIND(Event, EventRepository, "event")
FRISE_RECORD_KIND(Actor, ActorRepository, "actor")
FRISE_RECORD_KIND(Dispute, DisputeRepository, "dispute")
FRISE_RECORD_KIND(Claim, ClaimRepository, "claim")
FRISE_RECORD_KIND(Source, SourceRepository, "source")
FRISE_RECORD_KIND(Relation, RelationRepository, "relation")
FRISE_RECORD_KIND(Era, EraRepository, "era")
FRISE_RECORD_KIND(StatusChange, StatusChangeRepository, "status_change")

#undef FRISE_RECORD_KIND

/// @p record with @p version: compares stored content while ignoring the version counter.
template<typename Record>
Record withVersion(Record record, int version)
{
    record.version = version;
    return record;
}

} // namespace Frise::Ui
