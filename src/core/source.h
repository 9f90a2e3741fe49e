// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archivedurl.h"
#include "fuzzydate.h"
#include "ids.h"
#include "sourcegrade.h"

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
    QList<ArchivedUrl> archives; ///< archived copies of the page, best first
    bool urlDead = false; ///< the live URL no longer shows the page: cite an archive instead
    SourceGrade grade;
    /**
     * A protected informant: the identity fields (outlet, title, URL,
     * archived URLs, excerpt) never leave in a publication (see
     * withoutIdentity()), and PostgreSQL's reader role cannot read them.
     */
    bool confidential = false;
    int version = 1; ///< bumped on every stored change (optimistic concurrency)

    /// The URL a publication cites: the first archived URL when the live one is dead and one exists.
    QString citedUrl() const
    {
        if (urlDead && !archives.isEmpty())
            return archives.first().url;
        return url;
    }
    /// The same source with its identity fields emptied (a confidential source as the world may see it).
    Source withoutIdentity() const
    {
        Source redacted = *this;
        redacted.outlet.clear();
        redacted.title.clear();
        redacted.url.clear();
        redacted.excerpt.clear();
        redacted.archives.clear();
        return redacted;
    }

    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace Frise
