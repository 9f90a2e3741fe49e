// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

namespace Frise {

QString languageCode(Language language)
{
    return language == Language::French ? QStringLiteral("fr") : QStringLiteral("en");
}

bool languageFromCode(const QString &code, Language *language)
{
    const QString prefix = code.left(2).toLower();
    if (prefix == QLatin1String("fr") && (code.size() == 2 || code.at(2) == u'_' || code.at(2) == u'-')) {
        *language = Language::French;
        return true;
    }
    if (prefix == QLatin1String("en") && (code.size() == 2 || code.at(2) == u'_' || code.at(2) == u'-')) {
        *language = Language::English;
        return true;
    }
    return false;
}

Language otherLanguage(Language language)
{
    return language == Language::French ? Language::English : Language::French;
}

QLocale localeFor(Language language)
{
    return language == Language::French ? QLocale(QLocale::French, QLocale::France)
                                        : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace Frise
