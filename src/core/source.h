// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fuzzydate.h"
#include "ids.h"

#include <QString>

namespace Frise {

/// Where a fact comes from: an article, a filing, a post.
struct Source
{
    RowId id = 0;
    QString uid; ///< stable identifier used by imports/exports
    QString outlet; ///< "Mashable", "Reuters", "High Court of Justice"
    QString title;
    QString url;
    QString language; ///< ISO 639-1 code of the source text ("fr", "en", ...)
    FuzzyDate published;
    QDate accessed;
    QString excerpt; ///< quoted passage, in the source's language
    int version = 1; ///< bumped on every stored change (optimistic concurrency)

    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace Frise
