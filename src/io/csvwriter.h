// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Frise::Io {

/**
 * Writes delimited text that spreadsheets open safely.
 *
 * Rows end with CRLF (RFC 4180, and what Excel expects). A field is quoted
 * when it holds the delimiter, a quote or a line break. Every field that
 * starts with `=`, `+`, `-`, `@`, tab, CR or NUL gets a leading `'` so a
 * spreadsheet never runs it as a formula (OWASP "CSV injection"); Frise's
 * own CSV readers take that `'` off again (see unneutralised()).
 */
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = u',';
        bool byteOrderMark = false; ///< start with a UTF-8 BOM (Excel then reads UTF-8)
        bool neutraliseFormulas = true;
    };

    CsvWriter() = default;
    explicit CsvWriter(const Options &options);

    void writeRow(const QStringList &fields);
    /// The UTF-8 bytes written so far.
    const QByteArray &data() const { return m_data; }
    QByteArray takeData() { return std::exchange(m_data, {}); }

    /// @p field with a leading `'` when a spreadsheet would run it as a formula.
    static QString neutralised(const QString &field);
    /// Undoes neutralised(): drops a `'` that is followed by a formula character.
    static QString unneutralised(const QString &field);
    /// As unneutralised(const QString &), as a view of @p field.
    static QStringView unneutralised(QStringView field);
    /// Whether @p field starts with a character a spreadsheet treats as a formula.
    static bool startsLikeFormula(QStringView field);

private:
    void appendField(QString *line, const QString &field) const;

    Options m_options;
    QByteArray m_data;
    bool m_started = false;
};

} // namespace Frise::Io
