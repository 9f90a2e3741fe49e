// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language.h"

#include <QString>

namespace Frise {

/// How far one language of a bilingual field can be trusted.
enum class TranslationStatus {
    Missing, ///< no text in this language yet
    Original, ///< written in this language
    Translated, ///< translated from the other language and checked
    NeedsReview, ///< translated (e.g. by machine) but not yet checked
};

/// "missing", "original", "translated", "needs_review".
QString translationStatusCode(TranslationStatus status);
/// Parses the codes above; false when unknown.
bool translationStatusFromCode(const QString &code, TranslationStatus *status);

/// A text field kept in French and English, each with its translation status.
struct BilingualText
{
    QString fr;
    QString en;
    TranslationStatus frStatus = TranslationStatus::Missing;
    TranslationStatus enStatus = TranslationStatus::Missing;

    /// Text written in @p language, status Original; the other language Missing.
    static BilingualText original(Language language, const QString &text);
    /// Both languages; an empty one is Missing, a filled one Original.
    static BilingualText both(const QString &fr, const QString &en);

    const QString &text(Language language) const { return language == Language::French ? fr : en; }
    TranslationStatus status(Language language) const { return language == Language::French ? frStatus : enStatus; }
    void setText(Language language, const QString &text, TranslationStatus status);
    /// The text in @p language, or in the other language when that one is empty.
    QString textOrFallback(Language language) const;
    bool isEmpty() const { return fr.isEmpty() && en.isEmpty(); }

    friend bool operator==(const BilingualText &, const BilingualText &) = default;
};

} // namespace Frise
