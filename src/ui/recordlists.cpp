// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordlists.h"

#include "storage/database.h"
#include "storage/repositories.h"

#include <functional>
#include <iterator>

namespace Frise::Ui {

bool RecordLists::read(Storage::Database &db, RecordLists *lists, Storage::StorageError *error,
    const std::atomic<bool> *cancel, std::atomic<qint64> *done)
{
    // The big lists last: a cancel lands between them.
    const std::function<void()> steps[] = {
        [&] { lists->disputes = Storage::DisputeRepository(db).all(error); },
        [&] { lists->eras = Storage::EraRepository(db).all(error); },
        [&] { lists->statusChanges = Storage::StatusChangeRepository(db).all(error); },
        [&] { lists->tags = Storage::TagRepository(db).all(error); },
        [&] { lists->roles = Storage::ActorRoleRepository(db).all(error); },
        [&] { lists->sources = Storage::SourceRepository(db).all(error); },
        [&] { lists->actors = Storage::ActorRepository(db).all(error); },
        [&] { lists->relations = Storage::RelationRepository(db).all(error); },
        [&] { lists->claims = Storage::ClaimRepository(db).all(error); },
    };
    static_assert(std::size(steps) == listCount);
    for (const auto &step : steps) {
        if (cancel && cancel->load())
            return false;
        step();
        if (*error)
            return false;
        if (done)
            ++*done;
    }
    return true;
}

} // namespace Frise::Ui
