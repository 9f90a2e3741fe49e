// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/actor.h"
#include "core/actorrole.h"
#include "core/claim.h"
#include "core/dispute.h"
#include "core/era.h"
#include "core/relation.h"
#include "core/source.h"
#include "core/statuschange.h"
#include "core/tag.h"
#include "storage/storageerror.h"

#include <QList>

#include <atomic>

namespace Frise::Storage {
class Database;
}

namespace Frise::Ui {

/// The records DatabaseSession keeps for the pickers and the navigator, each list ordered as its repository reads it.
struct RecordLists
{
    QList<Dispute> disputes;
    QList<Actor> actors;
    QList<Tag> tags;
    QList<ActorRole> roles;
    QList<Source> sources;
    QList<Claim> claims;
    QList<Relation> relations;
    QList<Era> eras;
    QList<StatusChange> statusChanges;

    /// How many lists read() reads (its progress steps).
    static constexpr int listCount = 9;

    /**
     * Reads every list from @p db. False with @p error on failure; false
     * with an empty @p error when @p cancel was set meanwhile. @p done counts
     * the lists read so far.
     */
    static bool read(Storage::Database &db, RecordLists *lists, Storage::StorageError *error,
        const std::atomic<bool> *cancel = nullptr, std::atomic<qint64> *done = nullptr);
};

} // namespace Frise::Ui
