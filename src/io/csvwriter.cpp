// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Frise::Io {

CsvWriter::CsvWriter(const Options &options)
    : m_options(options)
{ }

bool CsvWriter::startsLikeFormula(QStringView field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\0':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralised(const QString &field)
{
    return startsLikeFormula(field) ? u'\'' + field : field;
}

QStringView CsvWriter::unneutralised(QStringView field)
{
    if (field.size() >= 2 && field.front() == u'\'' && startsLikeFormula(field.mid(1)))
        return field.mid(1);
    return field;
}

QString CsvWriter::unneutralised(const QString &field)
{
    if (field.size() >= 2 && field.front() == u'\'' && startsLikeFormula(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

void CsvWriter::appendField(QString *line, const QString &field) const
{
    const QString value = m_options.neutraliseFormulas ? neutralised(field) : field;
    bool needsQuotes = false;
    for (const QChar c : value) {
        if (c == m_options.delimiter || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        line->append(value);
        return;
    }
    line->append(u'"');
    for (const QChar c : value) {
        if (c == u'"')
            line->append(u'"');
        line->append(c);
    }
    line->append(u'"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_data.append("\xEF\xBB\xBF");
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(m_options.delimiter);
        appendField(&line, fields.at(i));
    }
    line.append(u"\r\n");
    m_data.append(line.toUtf8());
}

} // namespace Frise::Io
