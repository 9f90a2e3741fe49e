// SPDX-License-Identifier: GPL-3.0-or-later
#include "userdate.h"

#include "core/fuzzydateparser.h"

namespace Frise::Ui {

ParsedUserDate parseUserDate(const QString &text, Language language)
{
    Q_UNUSED(language) // the parser reads French and English alike
    ParsedUserDate parsed;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return parsed;
    // Canonical text needs no wording kept; anything else keeps what was typed.
    const FuzzyDate canonical = FuzzyDate::fromIsoText(trimmed);
    if (canonical.isValid()) {
        parsed.date = canonical;
        return parsed;
    }
    FuzzyDateParser parser;
    // Relative wording typed by a journalist ("hier") means relative to today.
    parser.setReferenceDate(QDate::currentDate());
    const FuzzyDateParser::Result result = parser.parse(trimmed);
    if (result.date.isValid())
        parsed.date = result.date;
    else
        parsed.error = result.error;
    return parsed;
}

} // namespace Frise::Ui
