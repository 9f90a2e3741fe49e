// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private helper: enum <-> stable text code tables. The codes are stored in
// databases and files, so they never change once released.

#include <QString>

namespace Frise {

template<typename Enum>
struct CodeEntry
{
    Enum value;
    const char *code;
};

template<typename Enum, std::size_t N>
QString codeOf(const CodeEntry<Enum> (&table)[N], Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool valueOf(const CodeEntry<Enum> (&table)[N], const QString &code, Enum *value)
{
    for (const auto &entry : table) {
        if (code.compare(QLatin1String(entry.code), Qt::CaseInsensitive) == 0) {
            *value = entry.value;
            return true;
        }
    }
    return false;
}

} // namespace Frise
