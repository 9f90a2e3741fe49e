// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdate.h"

namespace Frise::Ui {

ParsedUserDate parseUserDate(const QString &text, Language language)
{
    Q_UNUSED(language)
    ParsedUserDate parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parsed;
    parsed.date = FuzzyDate::fromIsoText(trimmed, &parsed.error);
    if (!parsed.date.isValid())
        parsed.date = {};
    return parsed;
}

} // namespace Frise::Ui
