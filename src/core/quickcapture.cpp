// SPDX-License-Identifier: GPL-3.0-or-later
#include "quickcapture.h"

#include <QCoreApplication>

namespace Frise {

namespace {

// Messages are marked with QT_TRANSLATE_NOOP in this context and translated here.
class Messages
{
public:
    static QString text(const char *message) { return QCoreApplication::translate("Frise::QuickCapture", message); }
};

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u',' || c == u':' || c == u'-' || c == u'|' || c == QChar(0x2013) || c == QChar(0x2014)
        || c == u';';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'\'' || c == QChar(0x2019) || c == u'&'
        || c == u'/';
}

// Opening quote -> closing quote for @"…", @“…” and @«…».
QChar closingQuote(QChar open)
{
    if (open == u'"')
        return u'"';
    if (open == QChar(0x201C))
        return QChar(0x201D);
    if (open == QChar(0x00AB))
        return QChar(0x00BB);
    return {};
}

void appendUnique(QStringList *list, const QString &value)
{
    for (const QString &existing : std::as_const(*list)) {
        if (existing.compare(value, Qt::CaseInsensitive) == 0)
            return;
    }
    list->append(value);
}

} // namespace

QuickCapture::Result QuickCapture::parse(const QString &line) const
{
    Result result;
    auto fail = [&](int column, const QString &message) {
        result.error = message;
        result.errorColumn = column;
        return result;
    };
    // Today is taken now, not at construction: the quick-capture box may stay open past midnight.
    FuzzyDateParser parser = m_parser;
    parser.setReferenceDate(referenceDate());
    const FuzzyDateParser::Result date = parser.parseLeading(line);
    if (!date.isValid())
        return fail(date.errorColumn, date.error);
    result.date = date.date;

    const int n = int(line.size());
    int pos = date.length;
    while (pos < n && isSeparator(line.at(pos)))
        ++pos;
    const int titleColumn = pos;

    QString title;
    while (pos < n) {
        const QChar c = line.at(pos);
        const bool wordStart = pos == 0 || line.at(pos - 1).isSpace();
        if (wordStart && c == u'#') {
            const int start = pos++;
            while (pos < n && isNameChar(line.at(pos)))
                ++pos;
            QString slug = line.mid(start + 1, pos - start - 1);
            while (slug.endsWith(u'.') || slug.endsWith(u'-'))
                slug.chop(1);
            if (slug.isEmpty())
                return fail(
                    start, Messages::text(QT_TRANSLATE_NOOP("Frise::QuickCapture", "a dispute name must follow '#'")));
            appendUnique(&result.disputeSlugs, slug);
            title += u' ';
            continue;
        }
        if (wordStart && c == u'@') {
            const int start = pos++;
            QString name;
            const QChar close = pos < n ? closingQuote(line.at(pos)) : QChar();
            if (!close.isNull()) {
                const int end = int(line.indexOf(close, pos + 1));
                if (end < 0)
                    return fail(start,
                        Messages::text(
                            QT_TRANSLATE_NOOP("Frise::QuickCapture", "the quoted actor name is not closed")));
                name = line.mid(pos + 1, end - pos - 1).simplified();
                pos = end + 1;
            } else {
                while (pos < n && isNameChar(line.at(pos)))
                    ++pos;
                name = line.mid(start + 1, pos - start - 1);
                // A sentence's full stop is not part of the name.
                while (name.endsWith(u'.') || name.endsWith(u'-') || name.endsWith(u'\''))
                    name.chop(1);
            }
            if (name.isEmpty())
                return fail(
                    start, Messages::text(QT_TRANSLATE_NOOP("Frise::QuickCapture", "an actor name must follow '@'")));
            appendUnique(&result.actorNames, name);
            title += u' ';
            continue;
        }
        title += c;
        ++pos;
    }
    result.title = title.simplified();
    if (result.title.isEmpty())
        return fail(titleColumn, Messages::text(QT_TRANSLATE_NOOP("Frise::QuickCapture", "the title is missing")));
    return result;
}

Event QuickCapture::toEvent(const Result &result, Language titleLanguage)
{
    Event event;
    event.start = result.date;
    event.title = BilingualText::original(titleLanguage, result.title);
    return event;
}

} // namespace Frise
