// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioerror.h"

#include "core/dataset.h"

#include <QByteArray>

#include <atomic>
#include <optional>

namespace Frise::Io {

/// What `frise export-web` and File → Export Web Page put in the page.
struct WebPageOptions
{
    Language language = Language::English; ///< the language the page opens in (it carries both)
    /// Keep unverified and disputed claims (shown with that status); left out by default.
    bool includeUnverified = false;
    std::optional<qint64> fromMinutes; ///< only what overlaps from this minute on (--from)
    std::optional<qint64> toMinutes; ///< only what overlaps up to this minute (--to)
    /// The JSON-LD of the head's `<script type="application/ld+json" id="claimreview">` (a JSON array);
    /// null: the ClaimReviews of the claims with a verdict that the page shows (ClaimReviewWriter).
    QByteArray claimReview;
};

/**
 * One self-contained HTML page: an interactive bilingual timeline of a
 * Dataset (lanes by dispute, eras, fuzzy dates drawn as what they are, zoom
 * and pan, a list view, an FR/EN switch) with each event's text, sources and
 * the claims with their verdicts.
 *
 * The page makes no network request: its script, style and data are inline,
 * and its Content-Security-Policy forbids any fetch. It is always
 * publish-safe (WebPageData says what that leaves out). The script and the
 * style are the project's own, resources under src/io/web/.
 */
class WebPage
{
public:
    /// The page's bytes; empty and @p error set when a resource is missing from the build.
    static QByteArray write(const Dataset &dataset, const WebPageOptions &options, QString *error);
    /// Writes @p path through QSaveFile. When @p cancel is set before the commit, nothing is written
    /// and false is returned with an empty @p error.
    static bool writeFile(const Dataset &dataset, const QString &path, const WebPageOptions &options, IoError *error,
        const std::atomic<bool> *cancel = nullptr);

    /**
     * JSON made safe inside an HTML `<script>` element: `<`, `>` and `&` as
     * `\u003c`, `\u003e`, `\u0026`, so that no text in it can close the
     * element or open a comment; U+2028 and U+2029 escaped too.
     */
    static QByteArray scriptSafeJson(const QByteArray &json);
};

} // namespace Frise::Io
