// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Frise {

/// The two content languages of Frise. UI language is separate (Qt translators).
enum class Language {
    French, ///< "fr"
    English, ///< "en"
};

/// "fr" or "en".
QString languageCode(Language language);
/// Parses "fr"/"en" (case-insensitive, "fr_FR" accepted); false when unknown.
bool languageFromCode(const QString &code, Language *language);
/// The other content language (French <-> English).
Language otherLanguage(Language language);
/// The QLocale used to show dates and numbers for @p language.
QLocale localeFor(Language language);

} // namespace Frise
