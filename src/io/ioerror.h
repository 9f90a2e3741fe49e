// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Frise::Io {

/// Where an import went wrong, and what was expected there.
struct IoError
{
    QString file; ///< the file read, when known
    int line = 0; ///< 1-based, 0 when unknown
    int column = 0; ///< 1-based (characters), 0 when unknown
    QString message; ///< what is wrong, translated
    QString expected; ///< what the reader expected at that place, translated (may be empty)

    bool isNull() const { return message.isEmpty(); }
    /// "file:line:column: message (expected …)", leaving out what is unknown.
    QString toString() const;

    friend bool operator==(const IoError &, const IoError &) = default;
};

/// The 1-based line and column (in characters) of byte @p offset of UTF-8 @p data.
void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column);

} // namespace Frise::Io
