// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ioerror.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Frise::Io {

/**
 * Reads delimited text (RFC 4180 and what spreadsheets really write).
 *
 * decode() turns file bytes into text: UTF-8 with or without BOM, UTF-16
 * LE/BE with BOM; bytes that are not UTF-8 but look like text are read as
 * Windows-1252 (old Excel "CSV" files) with a warning; NUL bytes or other
 * control characters mean a binary file and are an error.
 *
 * The reader then hands out one record at a time: line ends may be CRLF,
 * LF or CR; fields may be quoted with `"` and then hold delimiters, line
 * breaks and doubled quotes. A quote inside an unquoted field, text after a
 * closing quote, and a quoted field left open at the end of the file are
 * errors with the 1-based line and column where they happen. Blank lines
 * are skipped.
 */
class CsvReader
{
public:
    /// Reads @p text; a null @p delimiter means detectDelimiter().
    explicit CsvReader(QString text, QChar delimiter = QChar());

    /**
     * Decodes file bytes to text. Returns false and fills @p error (line,
     * column, message) when the bytes are not text. @p warning is set when
     * the bytes were read as Windows-1252.
     */
    static bool decode(const QByteArray &bytes, QString *text, IoError *error, QString *warning = nullptr);

    /**
     * The delimiter the first record uses most, outside quotes: `,`, `;` or
     * tab (ties in that order of preference: tab, `;`, `,`); `,` when none.
     */
    static QChar detectDelimiter(QStringView text);

    QChar delimiter() const { return m_delimiter; }

    /// Reads the next record into @p fields; false at the end or on error.
    bool readRow(QStringList *fields);
    /**
     * As readRow(QStringList *), without a string per field: each view
     * points into the text, or for a quoted field with doubled quotes into
     * a copy the reader keeps until the next record is read.
     */
    bool readRow(QList<QStringView> *fields);
    /// 1-based line the last record read started on.
    int rowLine() const { return m_rowLine; }
    /// Where field @p index of the last record starts (1-based line and column), for errors about its value.
    struct FieldStart
    {
        int line = 0;
        int column = 0;
    };
    FieldStart fieldStart(qsizetype index) const { return m_fieldStarts.value(index); }
    bool hasError() const { return !m_error.isNull(); }
    const IoError &error() const { return m_error; }
    /// How far the reader is, in characters of the text (for progress).
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    bool fail(qsizetype pos, const QString &message, const QString &expected = {});
    int columnOf(qsizetype pos) const { return int(pos - m_lineStart) + 1; }

    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    int m_rowLine = 0;
    QList<FieldStart> m_fieldStarts;
    QList<QStringView> m_views; ///< readRow(QStringList *)'s record
    QStringList m_unquoted; ///< this record's fields that had doubled quotes
    IoError m_error;
};

} // namespace Frise::Io
