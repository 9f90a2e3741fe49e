// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fuzzydate.h"

namespace Frise::Ui {

/// What a typed date was understood as.
struct ParsedUserDate
{
    FuzzyDate date; ///< null when the text is empty or not understood
    QString error; ///< why it was not understood (empty when it was)
};

/**
 * Reads a date as the user typed it in an editor, in @p language. The one
 * place editors parse dates: today the canonical text of FuzzyDate
 * (`2023-04-25`, `~2015`, `2023-04/2023-06`); the human parser (“25 avril
 * 2023”, “early May”) plugs in here.
 */
ParsedUserDate parseUserDate(const QString &text, Language language);

} // namespace Frise::Ui
