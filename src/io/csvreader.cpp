// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace Frise::Io {

namespace {

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static QString binary() { return tr("binary data: this is not a text file"); }
    static QString notUtf8() { return tr("the file is not UTF-8; it was read as Windows-1252"); }
    static QString unclosedQuote() { return tr("quoted field is never closed"); }
    static QString closingQuote() { return tr("a closing quote"); }
    static QString strayQuote() { return tr("stray quote inside an unquoted field"); }
    static QString afterQuote() { return tr("unexpected text after a closing quote"); }
    static QString delimiterOrEnd() { return tr("a delimiter or the end of the line"); }
    static QString quoteFieldHint() { return tr("the whole field in quotes, with inner quotes doubled"); }
};

// Offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += extra + 1;
    }
    return -1;
}

// A control character no text file contains (tab, CR, LF and form feed are fine).
bool isBinaryChar(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f';
}

} // namespace

CsvReader::CsvReader(QString text, QChar delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter.isNull() ? detectDelimiter(m_text) : delimiter)
{ }

bool CsvReader::decode(const QByteArray &bytes, QString *text, IoError *error, QString *warning)
{
    QString decoded;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool le = bytes.at(0) == '\xFF';
        QStringDecoder decoder(le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
        decoded = decoder(QByteArrayView(bytes).mid(2));
    } else {
        const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        const QByteArrayView view = QByteArrayView(bytes).mid(start);
        const qsizetype bad = firstInvalidUtf8(bytes.mid(start));
        if (bad < 0) {
            decoded = QString::fromUtf8(view);
        } else {
            // Binary data: report where it starts.
            for (qsizetype i = 0; i < view.size(); ++i) {
                if (isBinaryChar(char16_t(static_cast<unsigned char>(view.at(i))))) {
                    lineColumnAt(bytes, start + i, &error->line, &error->column);
                    error->message = CsvText::binary();
                    return false;
                }
            }
            QStringDecoder cp1252("windows-1252");
            decoded = cp1252.isValid() ? cp1252(view) : QString::fromLatin1(view);
            if (warning)
                *warning = CsvText::notUtf8();
        }
    }
    // Binary garbage can be valid UTF-8 or UTF-16: control characters give it away.
    int line = 1;
    qsizetype lineStart = 0;
    const QChar *d = decoded.constData();
    for (qsizetype i = 0; i < decoded.size(); ++i) {
        const char16_t c = d[i].unicode();
        if (c == u'\n') {
            ++line;
            lineStart = i + 1;
        } else if (isBinaryChar(c)) {
            error->line = line;
            error->column = int(i - lineStart) + 1;
            error->message = CsvText::binary();
            return false;
        }
    }
    *text = std::move(decoded);
    return true;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u'\n' || c == u'\r')
                break;
            commas += c == u',';
            semicolons += c == u';';
            tabs += c == u'\t';
        }
    }
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return u'\t';
    if (semicolons > 0 && semicolons >= commas)
        return u';';
    return u',';
}

bool CsvReader::fail(qsizetype pos, const QString &message, const QString &expected)
{
    m_error.line = m_line;
    m_error.column = columnOf(pos);
    m_error.message = message;
    m_error.expected = expected;
    m_pos = m_text.size();
    return false;
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (!readRow(&m_views))
        return false;
    fields->reserve(m_views.size());
    for (const QStringView field : std::as_const(m_views))
        fields->append(field.toString());
    return true;
}

bool CsvReader::readRow(QList<QStringView> *fields)
{
    fields->clear();
    m_unquoted.clear();
    if (hasError())
        return false;
    const QChar *d = m_text.constData();
    const qsizetype n = m_text.size();
    const char16_t delim = m_delimiter.unicode();

    // Skip blank lines.
    while (m_pos < n && (d[m_pos] == u'\n' || d[m_pos] == u'\r')) {
        if (d[m_pos] == u'\r' && m_pos + 1 < n && d[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        m_lineStart = m_pos;
    }
    if (m_pos >= n)
        return false;
    m_rowLine = m_line;
    m_fieldStarts.clear();

    while (true) {
        m_fieldStarts.append({m_line, columnOf(m_pos)});
        if (m_pos < n && d[m_pos] == u'"') {
            const qsizetype openPos = m_pos;
            const int openLine = m_line;
            const qsizetype openLineStart = m_lineStart;
            ++m_pos;
            // A view of the text while no quote was doubled; a copy from the first one on.
            const qsizetype first = m_pos;
            bool copied = false;
            QString field;
            while (true) {
                qsizetype i = m_pos;
                while (i < n && d[i] != u'"') {
                    if (d[i] == u'\n' || (d[i] == u'\r' && (i + 1 >= n || d[i + 1] != u'\n'))) {
                        ++m_line;
                        m_lineStart = i + 1;
                    }
                    ++i;
                }
                if (i >= n) {
                    m_line = openLine;
                    m_lineStart = openLineStart;
                    return fail(openPos, CsvText::unclosedQuote(), CsvText::closingQuote());
                }
                const bool doubled = i + 1 < n && d[i + 1] == u'"';
                if (copied) {
                    field.append(d + m_pos, i - m_pos);
                } else if (doubled) {
                    field = QString(d + first, i - first);
                    copied = true;
                }
                if (doubled) {
                    field.append(u'"');
                    m_pos = i + 2;
                    continue;
                }
                if (copied) {
                    m_unquoted.append(std::move(field));
                    fields->append(QStringView(m_unquoted.constLast()));
                } else if (i == first) {
                    fields->append(QStringView()); // null, as "" always read
                } else {
                    fields->append(QStringView(d + first, i - first));
                }
                m_pos = i + 1;
                break;
            }
            if (m_pos < n && d[m_pos] != delim && d[m_pos] != u'\n' && d[m_pos] != u'\r')
                return fail(m_pos, CsvText::afterQuote(), CsvText::delimiterOrEnd());
        } else {
            qsizetype i = m_pos;
            while (i < n) {
                const char16_t c = d[i].unicode();
                if (c == delim || c == u'\n' || c == u'\r')
                    break;
                if (c == u'"')
                    return fail(i, CsvText::strayQuote(), CsvText::quoteFieldHint());
                ++i;
            }
            fields->append(QStringView(d + m_pos, i - m_pos));
            m_pos = i;
        }
        if (m_pos < n && d[m_pos] == delim) {
            ++m_pos;
            continue;
        }
        // End of record.
        if (m_pos < n) {
            if (d[m_pos] == u'\r' && m_pos + 1 < n && d[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        }
        return true;
    }
}

} // namespace Frise::Io
