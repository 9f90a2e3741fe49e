// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dataset.h"

#include <QByteArray>
#include <QJsonArray>

namespace Frise::Io {

/**
 * The sources as CSL-JSON (Citation Style Language input data, the format
 * Zotero and other reference managers import), one item per source:
 * `id` (the source's uid), `type`, `title`, `container-title` (the outlet),
 * `URL` (the cited URL: archived when the live one is dead), `accessed`,
 * `issued` (a range as two date-parts, `circa` when circa; no years before
 * 1 or after 9999), `language`.
 *
 * The type says what the outlet is, as far as Frise knows it: a source whose
 * outlet is an actor of the dataset of kind court is a `legal_case`, of kind
 * outlet an `article-newspaper`; any other a `webpage`.
 *
 * Confidential sources are never written, whatever the options. The items
 * are the same in both languages: they say what the sources say, in theirs.
 */
class CslJsonWriter
{
public:
    /// Which sources to write.
    enum class Scope {
        AllSources, ///< every source that is not confidential
        CitedSources, ///< only those a record of the dataset cites (publish-safe)
    };

    /// The CSL type of @p source, from the kind of the actor that its outlet names.
    static QString typeOf(const Source &source, const Dataset &dataset);
    static QJsonArray items(const Dataset &dataset, Scope scope);
    /// items() as an indented JSON array (UTF-8).
    static QByteArray write(const Dataset &dataset, Scope scope);
};

} // namespace Frise::Io
