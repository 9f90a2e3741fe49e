// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/language.h"

namespace Frise::Ui {

/// Which content language(s) the views show; the UI language is separate.
enum class ContentLanguage {
    French, ///< French only
    English, ///< English only
    Both, ///< French and English side by side
};

/// The language names and labels are shown in (French for Both).
inline Language primaryLanguage(ContentLanguage content)
{
    return content == ContentLanguage::English ? Language::English : Language::French;
}

inline bool showsLanguage(ContentLanguage content, Language language)
{
    return content == ContentLanguage::Both || primaryLanguage(content) == language;
}

} // namespace Frise::Ui
