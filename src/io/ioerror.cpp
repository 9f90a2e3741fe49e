// SPDX-License-Identifier: GPL-3.0-or-later
#include "ioerror.h"

#include <QCoreApplication>

namespace Frise::Io {

namespace {
class IoErrorText
{
    Q_DECLARE_TR_FUNCTIONS(IoError)
public:
    static QString expected(const QString &what) { return tr("expected %1").arg(what); }
};
} // namespace

QString IoError::toString() const
{
    QString text;
    if (!file.isEmpty())
        text += file + u':';
    if (line > 0) {
        text += QString::number(line) + u':';
        if (column > 0)
            text += QString::number(column) + u':';
    }
    if (!text.isEmpty())
        text += u' ';
    text += message;
    if (!expected.isEmpty())
        text += QStringLiteral(" (") + IoErrorText::expected(expected) + u')';
    return text;
}

void lineColumnAt(const QByteArray &data, qsizetype offset, int *line, int *column)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto ch = static_cast<unsigned char>(data.at(i));
        if (ch == '\n') {
            ++l;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            ++c;
        }
    }
    *line = l;
    *column = c;
}

} // namespace Frise::Io
