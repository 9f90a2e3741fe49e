// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QByteArray>
#include <QString>

namespace Frise {

/**
 * The text alternative of an exported image, in the export's language: a
 * short summary (what the image shows, in a sentence or two) and a long
 * description (what it draws, item by item). The timeline and graph
 * exporters build it from what they draw; this type only carries and
 * writes it.
 */
struct AltText
{
    QString summary; ///< one or two sentences, for an HTML alt attribute or a CMS field
    QString description; ///< one line per item drawn, in the order they are drawn

    bool isEmpty() const { return summary.isEmpty() && description.isEmpty(); }
    /// The `.alt.txt` file's text: the summary, a blank line, the description (UTF-8 when written).
    QString fileText() const;
    /// Where the text alternative of @p imagePath goes: `timeline.png` → `timeline.alt.txt`.
    static QString pathBeside(const QString &imagePath);
    /**
     * An XMP packet (ISO 16684-1) with @p title as dc:title and the summary
     * and description as dc:description, in @p language: what a PDF reader
     * shows as the document's subject. Written with QXmlStreamWriter, so
     * every text is escaped.
     */
    QByteArray xmpPacket(const QString &title, Language language) const;

    friend bool operator==(const AltText &, const AltText &) = default;
};

} // namespace Frise
