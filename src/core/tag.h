// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bilingualtext.h"
#include "ids.h"

namespace Frise {

/// A free label on events ("copyright", "api-pricing").
struct Tag
{
    RowId id = 0;
    QString name; ///< unique slug, as typed after '#'
    BilingualText label; ///< display name in FR/EN (may be empty: the slug is shown)

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Frise
