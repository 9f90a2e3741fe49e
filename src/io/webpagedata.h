// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webpage.h"

#include <QJsonObject>

namespace Frise::Io {

/**
 * The data a web page carries, as the JSON its script reads
 * (src/io/web/timeline.js documents the keys).
 *
 * Publish-safe whatever is asked: no notes, no audit, no confidential
 * source (not even a trace of one: events and claims simply do not cite
 * it), no unverified or disputed claim unless
 * WebPageOptions::includeUnverified. A dead link is replaced by its
 * archived copy (Source::citedUrl()).
 *
 * Every text is given in both languages. A language whose text is missing,
 * or whose translation still needs review, is left null: the page then
 * shows the other language's text with a marker ("original in English"),
 * so nothing unchecked is published as a translation.
 */
class WebPageData
{
public:
    static QJsonObject build(const Dataset &dataset, const WebPageOptions &options);
};

} // namespace Frise::Io
