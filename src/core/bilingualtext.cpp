// SPDX-License-Identifier: GPL-3.0-or-later
#include "bilingualtext.h"

#include "enumcodes_p.h"

namespace Frise {

namespace {
constexpr CodeEntry<TranslationStatus> statusCodes[] = {
    {TranslationStatus::Missing, "missing"},
    {TranslationStatus::Original, "original"},
    {TranslationStatus::Translated, "translated"},
    {TranslationStatus::NeedsReview, "needs_review"},
};
} // namespace

QString translationStatusCode(TranslationStatus status)
{
    return codeOf(statusCodes, status);
}

bool translationStatusFromCode(const QString &code, TranslationStatus *status)
{
    return valueOf(statusCodes, code, status);
}

BilingualText BilingualText::original(Language language, const QString &text)
{
    BilingualText result;
    result.setText(language, text, text.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original);
    return result;
}

BilingualText BilingualText::both(const QString &fr, const QString &en)
{
    BilingualText result;
    result.setText(Language::French, fr, fr.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original);
    result.setText(Language::English, en, en.isEmpty() ? TranslationStatus::Missing : TranslationStatus::Original);
    return result;
}

void BilingualText::setText(Language language, const QString &text, TranslationStatus status)
{
    if (language == Language::French) {
        fr = text;
        frStatus = status;
    } else {
        en = text;
        enStatus = status;
    }
}

QString BilingualText::textOrFallback(Language language) const
{
    const QString &own = text(language);
    return own.isEmpty() ? text(otherLanguage(language)) : own;
}

} // namespace Frise
