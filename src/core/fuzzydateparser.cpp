// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzydateparser.h"

#include "civildate.h"

#include <QCoreApplication>

#include <array>

namespace Frise {

namespace {

// Messages are marked with QT_TRANSLATE_NOOP in this context and translated here.
class Messages
{
public:
    static QString text(const char *message) { return QCoreApplication::translate("Frise::FuzzyDateParser", message); }
};

// One character for one character, so columns in the folded text are
// columns in the original: lower case, accents dropped, typographic
// apostrophes and dashes made plain.
QString fold(const QString &text)
{
    QString out = text;
    for (qsizetype i = 0; i < out.size(); ++i) {
        QChar c = out.at(i);
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x02BC))
            c = u'\'';
        else if (c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2212))
            c = u'-';
        else if (c.decompositionTag() == QChar::Canonical && !c.decomposition().isEmpty())
            c = c.decomposition().at(0);
        out[i] = c.toLower();
    }
    return out;
}

struct MonthName
{
    const char *name;
    int month;
};

// Full names and the usual abbreviations; folded (no accents).
constexpr std::array monthNames {
    MonthName {"janvier", 1},
    MonthName {"january", 1},
    MonthName {"janv", 1},
    MonthName {"jan", 1},
    MonthName {"fevrier", 2},
    MonthName {"february", 2},
    MonthName {"fevr", 2},
    MonthName {"fev", 2},
    MonthName {"feb", 2},
    MonthName {"mars", 3},
    MonthName {"march", 3},
    MonthName {"mar", 3},
    MonthName {"avril", 4},
    MonthName {"april", 4},
    MonthName {"avr", 4},
    MonthName {"apr", 4},
    MonthName {"mai", 5},
    MonthName {"may", 5},
    MonthName {"juin", 6},
    MonthName {"june", 6},
    MonthName {"jun", 6},
    MonthName {"juillet", 7},
    MonthName {"july", 7},
    MonthName {"juil", 7},
    MonthName {"jul", 7},
    MonthName {"aout", 8},
    MonthName {"august", 8},
    MonthName {"aug", 8},
    MonthName {"septembre", 9},
    MonthName {"september", 9},
    MonthName {"sept", 9},
    MonthName {"sep", 9},
    MonthName {"octobre", 10},
    MonthName {"october", 10},
    MonthName {"oct", 10},
    MonthName {"novembre", 11},
    MonthName {"november", 11},
    MonthName {"nov", 11},
    MonthName {"decembre", 12},
    MonthName {"december", 12},
    MonthName {"dec", 12},
};

struct DayName
{
    const char *name;
    int weekday; // 1 = Monday, as QDate::dayOfWeek()
};

constexpr std::array dayNames {
    DayName {"lundi", 1},
    DayName {"monday", 1},
    DayName {"mardi", 2},
    DayName {"tuesday", 2},
    DayName {"mercredi", 3},
    DayName {"wednesday", 3},
    DayName {"jeudi", 4},
    DayName {"thursday", 4},
    DayName {"vendredi", 5},
    DayName {"friday", 5},
    DayName {"samedi", 6},
    DayName {"saturday", 6},
    DayName {"dimanche", 7},
    DayName {"sunday", 7},
    DayName {"mon", 1},
    DayName {"tue", 2},
    DayName {"wed", 3},
    DayName {"thu", 4},
    DayName {"fri", 5},
    DayName {"sat", 6},
    DayName {"sun", 7},
};

// A point as written; 0 (or -1 for the minute) where the text left a field out.
struct Partial
{
    qint64 year = 0; // historical, negative before year 1
    int month = 0;
    int day = 0;
    int minute = -1;
    int column = 0;
    int monthColumn = 0;
    int dayColumn = 0;
    int weekday = 0;
    int weekdayColumn = 0;
    int era = 0; // -1 when written with "av. J.-C."/"BC", 1 with "apr. J.-C."/"AD", else 0
    bool bareYear = false; // a year of other than four digits and no era, read only as a range start
};

using Order = FuzzyDateParser::DateOrder;

class Parser
{
public:
    Parser(const QString &folded, Order order, QDate reference)
        : m_text(folded)
        , m_size(int(folded.size()))
        , m_order(order)
        , m_reference(reference)
    { }

    // The whole grammar: [circa] expression.
    bool date(FuzzyDate *result)
    {
        const int start = m_pos;
        const bool circa = circaPrefix();
        FuzzyDate d;
        if (!expression(&d)) {
            if (!failed())
                m_pos = start;
            return false;
        }
        if (circa)
            d.setCirca(true);
        *result = d;
        return true;
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error.isEmpty() ? m_expected : m_error; }
    int errorColumn() const { return m_error.isEmpty() ? m_expectedColumn : m_errorColumn; }
    bool usedReference() const { return m_usedReference; }
    void setError(int column, const char *message)
    {
        if (m_error.isEmpty()) {
            m_error = Messages::text(message);
            m_errorColumn = column;
        }
    }
    void expect(const char *message)
    {
        if (m_pos >= m_expectedColumn) {
            m_expected = Messages::text(message);
            m_expectedColumn = m_pos;
        }
    }

    int position() const { return m_pos; }
    int size() const { return m_size; }

    void skipSpaces()
    {
        while (m_pos < m_size && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool boundary(int at) const { return at >= m_size || !m_text.at(at).isLetterOrNumber(); }

private:
    bool isDigit(int at) const
    {
        return at < m_size && m_text.at(at).unicode() >= '0' && m_text.at(at).unicode() <= '9';
    }
    bool isLetter(int at) const { return at < m_size && m_text.at(at).isLetter(); }
    bool peek(char16_t c) const { return m_pos < m_size && m_text.at(m_pos) == c; }

    // Matches a folded phrase: ' ' needs spaces, '\'' an apostrophe and
    // optional spaces, '-' a hyphen or spaces. Ends at a word boundary.
    bool lit(const char *phrase)
    {
        const int saved = m_pos;
        for (const char *p = phrase; *p; ++p) {
            if (*p == ' ') {
                if (m_pos >= m_size || !m_text.at(m_pos).isSpace()) {
                    m_pos = saved;
                    return false;
                }
                skipSpaces();
            } else if (*p == '\'') {
                if (!peek(u'\'')) {
                    m_pos = saved;
                    return false;
                }
                ++m_pos;
                skipSpaces();
            } else if (*p == '-') {
                if (peek(u'-'))
                    ++m_pos;
                else if (m_pos < m_size && m_text.at(m_pos).isSpace())
                    skipSpaces();
                else {
                    m_pos = saved;
                    return false;
                }
            } else {
                if (m_pos >= m_size || m_text.at(m_pos) != QLatin1Char(*p)) {
                    m_pos = saved;
                    return false;
                }
                ++m_pos;
            }
        }
        const char last = phrase[qstrlen(phrase) - 1];
        if ((last != '\'' && last != '.') && !boundary(m_pos)) {
            m_pos = saved;
            return false;
        }
        return true;
    }

    // Same, after optional spaces; on failure nothing is consumed.
    bool litAfterSpaces(const char *phrase)
    {
        const int saved = m_pos;
        skipSpaces();
        if (lit(phrase))
            return true;
        m_pos = saved;
        return false;
    }

    // Reads ASCII digits; @p digits gets how many (values are capped).
    bool number(int *value, int *digits)
    {
        int count = 0;
        qint64 v = 0;
        while (isDigit(m_pos)) {
            if (v < 100000000)
                v = v * 10 + (m_text.at(m_pos).unicode() - '0');
            ++m_pos;
            ++count;
        }
        *value = int(v);
        *digits = count;
        return count > 0;
    }

    // Reads ASCII digits as a year; beyond twelve digits the value is
    // 10^13, out of any supported range (and no overflow).
    bool wideNumber(qint64 *value, int *digits)
    {
        int count = 0;
        qint64 v = 0;
        while (isDigit(m_pos)) {
            if (count < 13)
                v = v * 10 + (m_text.at(m_pos).unicode() - '0');
            ++m_pos;
            ++count;
        }
        *value = count > 12 ? Q_INT64_C(10000000000000) : v;
        *digits = count;
        return count > 0;
    }

    // Matches a folded era phrase: '.' is an optional dot then optional
    // spaces, ' ' one or more spaces, '-' an optional hyphen or spaces.
    bool eraPhrase(const char *phrase)
    {
        const int saved = m_pos;
        bool endsWithDot = false;
        for (const char *p = phrase; *p; ++p) {
            endsWithDot = false;
            if (*p == '.') {
                if (peek(u'.')) {
                    ++m_pos;
                    endsWithDot = true;
                }
                if (p[1])
                    skipSpaces();
            } else if (*p == ' ') {
                if (m_pos >= m_size || !m_text.at(m_pos).isSpace()) {
                    m_pos = saved;
                    return false;
                }
                skipSpaces();
            } else if (*p == '-') {
                if (peek(u'-'))
                    ++m_pos;
                skipSpaces();
            } else if (peek(char16_t(*p))) {
                ++m_pos;
            } else {
                m_pos = saved;
                return false;
            }
        }
        if (!endsWithDot && !boundary(m_pos)) {
            m_pos = saved;
            return false;
        }
        return true;
    }

    // After a year: "av. J.-C.", "avant Jésus-Christ", "BC", "BCE", "AEC" give
    // -1; "apr. J.-C.", "AD", "C.E." give 1; nothing (and nothing read) 0.
    int eraSuffix()
    {
        const int saved = m_pos;
        skipSpaces();
        if (m_pos > saved) {
            for (const char *phrase :
                {"av.j.-c.", "avant j.-c.", "avant jesus-christ", "avant notre ere", "av. notre ere", "av.n.e.",
                    "a.e.c.", "b.c.e.", "b.c.", "before christ", "before common era", "before the common era"}) {
                if (eraPhrase(phrase))
                    return -1;
            }
            for (const char *phrase :
                {"apr.j.-c.", "ap.j.-c.", "apres j.-c.", "apres jesus-christ", "de notre ere", "a.d.", "common era"}) {
                if (eraPhrase(phrase))
                    return 1;
            }
            // Not "ce": "2023 ce matin" is French.
            if (lit("c.e."))
                return 1;
        }
        m_pos = saved;
        return 0;
    }

    // A year after a month or "en": four digits, or any number with its era
    // ("mars 44 av. J.-C.").
    bool yearNumber(Partial *p)
    {
        const int saved = m_pos;
        qint64 value = 0;
        int digits = 0;
        if (wideNumber(&value, &digits)) {
            const int afterNumber = m_pos;
            if (const int era = eraSuffix()) {
                p->year = era * value;
                p->era = era;
                return true;
            }
            m_pos = afterNumber;
            if (digits == 4 && boundary(m_pos)) {
                p->year = value;
                return true;
            }
        }
        m_pos = saved;
        return false;
    }

    bool circaPrefix()
    {
        const int saved = m_pos;
        if (peek(u'~')) {
            ++m_pos;
            skipSpaces();
            return true;
        }
        for (const char *word : {"vers", "environ", "circa", "about", "around", "approximately"}) {
            if (lit(word)) {
                skipSpaces();
                return true;
            }
        }
        for (const char *abbrev : {"ca.", "c.", "approx."}) {
            if (lit(abbrev)) {
                skipSpaces();
                return true;
            }
        }
        m_pos = saved;
        return false;
    }

    bool expression(FuzzyDate *d)
    {
        const int start = m_pos;
        if (relative(d) || failed())
            return !failed();
        m_pos = start;
        if (rangeInWords(d) || failed())
            return !failed();
        m_pos = start;
        return pointOrRange(d);
    }

    // --- relative wording ---------------------------------------------------

    bool needReference(int column)
    {
        if (m_reference.isValid()) {
            m_usedReference = true;
            return true;
        }
        setError(column,
            QT_TRANSLATE_NOOP(
                "Frise::FuzzyDateParser", "a relative date needs a reference date (the source's publication date)"));
        return false;
    }

    static QDate monday(QDate d) { return d.addDays(1 - d.dayOfWeek()); }

    bool dayResult(FuzzyDate *d, QDate day)
    {
        Partial p {day.year(), day.month(), day.day()};
        optionalTime(&p);
        if (failed())
            return false;
        return finish(p, d);
    }

    static bool rangeResult(FuzzyDate *d, QDate from, QDate to)
    {
        *d = from == to ? FuzzyDate::fromDay(from)
                        : FuzzyDate::between(FuzzyDate::fromDay(from), FuzzyDate::fromDay(to));
        return d->isValid();
    }

    bool relative(FuzzyDate *d)
    {
        const int start = m_pos;
        const QDate r = m_reference;
        auto ok = [&]() { return needReference(start); };
        // Longest phrases first: "plus tôt cette semaine" before "cette semaine".
        if (lit("a compter de la semaine prochaine") || lit("a partir de la semaine prochaine")
            || lit("des la semaine prochaine") || lit("from next week") || lit("starting next week")) {
            return ok() && dayResult(d, monday(r).addDays(7));
        }
        if (lit("plus tot cette semaine") || lit("earlier this week")) {
            if (!ok())
                return false;
            return r.dayOfWeek() == 1 ? dayResult(d, r) : rangeResult(d, monday(r), r.addDays(-1));
        }
        if (lit("plus tard cette semaine") || lit("later this week")) {
            if (!ok())
                return false;
            return r.dayOfWeek() == 7 ? dayResult(d, r) : rangeResult(d, r.addDays(1), monday(r).addDays(6));
        }
        if (lit("cette semaine") || lit("this week"))
            return ok() && rangeResult(d, monday(r), monday(r).addDays(6));
        if (lit("la semaine prochaine") || lit("semaine prochaine") || lit("next week"))
            return ok() && rangeResult(d, monday(r).addDays(7), monday(r).addDays(13));
        if (lit("la semaine derniere") || lit("la semaine passee") || lit("semaine derniere") || lit("last week"))
            return ok() && rangeResult(d, monday(r).addDays(-7), monday(r).addDays(-1));
        if (lit("le mois dernier") || lit("le mois passe") || lit("last month")) {
            if (!ok())
                return false;
            const QDate m = r.addMonths(-1);
            *d = FuzzyDate::fromMonth(m.year(), m.month());
            return d->isValid();
        }
        if (lit("ce mois-ci") || lit("ce mois") || lit("this month")) {
            if (!ok())
                return false;
            *d = FuzzyDate::fromMonth(r.year(), r.month());
            return d->isValid();
        }
        if (lit("le mois prochain") || lit("next month")) {
            if (!ok())
                return false;
            const QDate m = r.addMonths(1);
            *d = FuzzyDate::fromMonth(m.year(), m.month());
            return d->isValid();
        }
        if (lit("l'annee derniere") || lit("l'an dernier") || lit("l'annee passee") || lit("l'an passe")
            || lit("last year")) {
            return ok() && (*d = FuzzyDate::fromYear(CivilDate::addYears(r.year(), -1))).isValid();
        }
        if (lit("cette annee") || lit("this year"))
            return ok() && (*d = FuzzyDate::fromYear(r.year())).isValid();
        if (lit("l'annee prochaine") || lit("l'an prochain") || lit("next year"))
            return ok() && (*d = FuzzyDate::fromYear(CivilDate::addYears(r.year(), 1))).isValid();
        if (lit("avant-hier") || lit("the day before yesterday"))
            return ok() && dayResult(d, r.addDays(-2));
        if (lit("apres-demain") || lit("the day after tomorrow"))
            return ok() && dayResult(d, r.addDays(2));
        if (lit("hier") || lit("yesterday")) {
            for (const char *part : {"matin", "soir", "apres-midi", "morning", "afternoon", "evening", "night"}) {
                if (litAfterSpaces(part))
                    break;
            }
            return ok() && dayResult(d, r.addDays(-1));
        }
        if (lit("last night"))
            return ok() && dayResult(d, r.addDays(-1));
        if (lit("demain") || lit("tomorrow")) {
            for (const char *part : {"matin", "soir", "apres-midi", "morning", "afternoon", "evening"}) {
                if (litAfterSpaces(part))
                    break;
            }
            return ok() && dayResult(d, r.addDays(1));
        }
        if (lit("aujourd'hui") || lit("today") || lit("ce jour") || lit("ce matin") || lit("ce soir")
            || lit("cet apres-midi") || lit("this morning") || lit("this afternoon") || lit("this evening")
            || lit("tonight")) {
            return ok() && dayResult(d, r);
        }
        // "lundi dernier", "last Monday", "lundi prochain", "next Monday".
        {
            const int saved = m_pos;
            int wd = 0;
            if (lit("last") && (skipSpaces(), weekdayName(&wd))) {
                if (!ok())
                    return false;
                const int back = (r.dayOfWeek() - wd + 7) % 7;
                return dayResult(d, r.addDays(-(back == 0 ? 7 : back)));
            }
            m_pos = saved;
            if (lit("next") && (skipSpaces(), weekdayName(&wd))) {
                if (!ok())
                    return false;
                const int ahead = (wd - r.dayOfWeek() + 7) % 7;
                return dayResult(d, r.addDays(ahead == 0 ? 7 : ahead));
            }
            m_pos = saved;
            if (weekdayName(&wd)) {
                if (litAfterSpaces("dernier")) {
                    if (!ok())
                        return false;
                    const int back = (r.dayOfWeek() - wd + 7) % 7;
                    return dayResult(d, r.addDays(-(back == 0 ? 7 : back)));
                }
                if (litAfterSpaces("prochain")) {
                    if (!ok())
                        return false;
                    const int ahead = (wd - r.dayOfWeek() + 7) % 7;
                    return dayResult(d, r.addDays(ahead == 0 ? 7 : ahead));
                }
            }
            m_pos = saved;
        }
        // "il y a 3 jours", "3 days ago".
        {
            const int saved = m_pos;
            int value = 0;
            int digits = 0;
            if (lit("il y a") && (skipSpaces(), number(&value, &digits)) && digits <= 4
                && (litAfterSpaces("jours") || litAfterSpaces("jour"))) {
                return ok() && dayResult(d, r.addDays(-value));
            }
            m_pos = saved;
            if (number(&value, &digits) && digits <= 4 && (litAfterSpaces("days") || litAfterSpaces("day"))
                && litAfterSpaces("ago")) {
                return ok() && dayResult(d, r.addDays(-value));
            }
            m_pos = saved;
        }
        m_pos = start;
        return false;
    }

    bool weekdayName(int *weekday)
    {
        for (const DayName &day : dayNames) {
            if (lit(day.name)) {
                if (peek(u'.'))
                    ++m_pos;
                *weekday = day.weekday;
                return true;
            }
        }
        return false;
    }

    bool monthName(int *month)
    {
        for (const MonthName &m : monthNames) {
            if (lit(m.name)) {
                // "janv.", "Apr."
                if (peek(u'.'))
                    ++m_pos;
                *month = m.month;
                return true;
            }
        }
        return false;
    }

    // --- ranges in words ------------------------------------------------------

    bool rangeInWords(FuzzyDate *d)
    {
        const int start = m_pos;
        struct Pair
        {
            const char *open;
            std::array<const char *, 5> close;
        };
        const Pair pairs[] = {
            {"entre", {"et"}},
            {"between", {"and"}},
            {"du", {"au"}},
            {"from", {"to", "until", "till", "through", "thru"}},
            {"d'", {"a", "au"}},
            {"de", {"a", "au"}},
        };
        for (const Pair &pair : pairs) {
            m_pos = start;
            if (!lit(pair.open))
                continue;
            skipSpaces();
            Partial first;
            if (!partialPoint(&first, true)) {
                if (failed())
                    return false;
                continue;
            }
            const int afterFirst = m_pos;
            bool closed = false;
            for (const char *word : pair.close) {
                if (word && litAfterSpaces(word)) {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                // "from 2023", "à partir du 1er mai": the start itself.
                if (qstrcmp(pair.open, "from") == 0 || qstrcmp(pair.open, "du") == 0) {
                    m_pos = afterFirst;
                    return finish(first, d);
                }
                expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected the end of the range"));
                continue;
            }
            skipSpaces();
            Partial second;
            if (!partialPoint(&second, false)) {
                if (!failed() && first.bareYear)
                    validPartial(first); // says how to write the start year
                if (!failed())
                    expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected the end of the range"));
                return false;
            }
            return finishRange(first, second, d);
        }
        m_pos = start;
        const int saved = m_pos;
        for (const char *word : {"a partir de", "a partir du", "a compter de", "a compter du", "des", "starting"}) {
            if (lit(word)) {
                skipSpaces();
                Partial p;
                if (partialPoint(&p, false))
                    return finish(p, d);
                if (failed())
                    return false;
            }
            m_pos = saved;
        }
        return false;
    }

    bool finishRange(Partial first, const Partial &second, FuzzyDate *d)
    {
        const int secondColumn = second.column;
        FuzzyDate to;
        if (!finish(second, &to))
            return false;
        const FuzzyDate::Point &end = to.start();
        // "entre 500 et 400 av. J.-C.", "from 44 to 40 BC": the end's era
        // applies to a start year written without one.
        if (second.era != 0 && first.era == 0 && first.month == 0) {
            if (first.year == 0 && first.day != 0) {
                first.year = first.day;
                first.day = 0;
            }
            if (first.year > 0)
                first.year *= second.era;
            first.bareYear = false;
        }
        bool borrowedYear = false;
        if (first.year == 0) {
            if (first.month == 0) {
                if (end.month == 0) {
                    setError(first.column,
                        QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the start of the range needs a month"));
                    return false;
                }
                first.month = end.month;
            }
            first.year = end.year;
            borrowedYear = true;
        }
        if (!validPartial(first))
            return false;
        FuzzyDate from = FuzzyDate::fromPoint(pointOf(first));
        if (borrowedYear && from.earliestMinutes() > to.earliestMinutes()) {
            first.year = CivilDate::addYears(first.year, -1);
            from = FuzzyDate::fromPoint(pointOf(first));
        }
        *d = FuzzyDate::between(from, to);
        if (!d->isValid()) {
            setError(secondColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the range ends before it starts"));
            return false;
        }
        return true;
    }

    // --- points -----------------------------------------------------------

    bool pointOrRange(FuzzyDate *d)
    {
        Partial first;
        if (!partialPoint(&first, false))
            return false;
        FuzzyDate from;
        if (!finish(first, &from))
            return false;
        // "2023-06-12/2023-06-14", "2015-2017", "25/04/2023 - 27/04/2023".
        const int afterFirst = m_pos;
        bool separator = false;
        if (peek(u'/') || peek(u'-')) {
            ++m_pos;
            separator = true;
        } else {
            skipSpaces();
            if (peek(u'-') && m_pos > afterFirst) {
                ++m_pos;
                skipSpaces();
                separator = m_pos > afterFirst + 2;
            }
        }
        if (separator && (isDigit(m_pos) || isLetter(m_pos) || ((peek(u'-') || peek(u'+')) && isDigit(m_pos + 1)))) {
            const int secondStart = m_pos;
            Partial second;
            if (partialPoint(&second, false) && second.year != 0) {
                FuzzyDate to;
                if (!finish(second, &to))
                    return false;
                *d = FuzzyDate::between(from, to);
                if (!d->isValid()) {
                    setError(
                        secondStart, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the range ends before it starts"));
                    return false;
                }
                return true;
            }
            if (failed())
                return false;
        }
        m_pos = afterFirst;
        *d = from;
        return true;
    }

    static FuzzyDate::Point pointOf(const Partial &p) { return {p.year, p.month, p.day, p.day ? p.minute : -1}; }

    bool validPartial(const Partial &p)
    {
        if (p.bareYear) {
            setError(p.column,
                QT_TRANSLATE_NOOP(
                    "Frise::FuzzyDateParser", "write the year with four digits or with its era (av. J.-C., BC)"));
            return false;
        }
        if (p.year == 0) {
            setError(
                p.column, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no year 0: 1 BC is followed by AD 1"));
            return false;
        }
        if (p.year < FuzzyDate::minimumYear() || p.year > FuzzyDate::maximumYear()) {
            setError(p.column, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "year out of supported range"));
            return false;
        }
        if (p.month && (p.year < -FuzzyDate::maximumDetailedYear() || p.year > FuzzyDate::maximumDetailedYear())) {
            setError(p.monthColumn,
                QT_TRANSLATE_NOOP(
                    "Frise::FuzzyDateParser", "months and days are kept only for the years -9999 to 9999"));
            return false;
        }
        if (p.day && !CivilDate::isValid(p.year, p.month, p.day)) {
            setError(p.dayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no such day in that month"));
            return false;
        }
        if (p.weekday && p.day && CivilDate::dayOfWeek(CivilDate::daysFromCivil(p.year, p.month, p.day)) != p.weekday) {
            setError(
                p.weekdayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the weekday does not match the date"));
            return false;
        }
        return true;
    }

    // Fills a missing year from the reference date, then builds the date.
    bool finish(Partial p, FuzzyDate *d)
    {
        if (p.year == 0) {
            if (p.month == 0 || p.day == 0) {
                setError(p.column, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "a year is missing"));
                return false;
            }
            if (!needReference(p.column))
                return false;
            // The occurrence nearest to the reference date.
            int best = 0;
            qint64 bestDistance = -1;
            for (int year = m_reference.year() - 1; year <= m_reference.year() + 1; ++year) {
                const QDate candidate(year, p.month, p.day);
                if (!candidate.isValid())
                    continue;
                const qint64 distance = qAbs(candidate.daysTo(m_reference));
                if (bestDistance < 0 || distance < bestDistance) {
                    best = year;
                    bestDistance = distance;
                }
            }
            if (!best) {
                setError(
                    p.dayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no such day in that month"));
                return false;
            }
            p.year = best;
        }
        if (!validPartial(p))
            return false;
        *d = FuzzyDate::fromPoint(pointOf(p));
        return d->isValid();
    }

    bool ordinalSuffix(int at, int *length) const
    {
        for (const char *suffix : {"er", "re", "st", "nd", "rd", "th", "e"}) {
            const int len = int(qstrlen(suffix));
            if (at + len <= m_size && m_text.mid(at, len) == QLatin1String(suffix)
                && (at + len >= m_size || !m_text.at(at + len).isLetterOrNumber())) {
                *length = len;
                return true;
            }
        }
        return false;
    }

    /**
     * One point, maybe without its year (then finish() asks the reference
     * date). With @p startOfRange, also a day alone ("entre le 12 et…") or
     * a month alone ("entre avril et…").
     */
    bool partialPoint(Partial *out, bool startOfRange)
    {
        const int start = m_pos;
        Partial p;
        p.column = m_pos;
        if (lit("le") || lit("the"))
            skipSpaces();
        if (weekdayName(&p.weekday)) {
            p.weekdayColumn = start;
            if (peek(u','))
                ++m_pos;
            skipSpaces();
        }
        if (isDigit(m_pos) || ((peek(u'-') || peek(u'+')) && isDigit(m_pos + 1))) {
            if (numericPoint(&p, startOfRange)) {
                *out = p;
                return true;
            }
        } else if (isLetter(m_pos)) {
            if (wordPoint(&p, startOfRange)) {
                *out = p;
                return true;
            }
        }
        if (!failed())
            m_pos = start;
        return false;
    }

    bool wordPoint(Partial *p, bool startOfRange)
    {
        const int saved = m_pos;
        if (lit("en") || lit("in")) {
            skipSpaces();
            if (!isDigit(m_pos) && !isLetter(m_pos)) {
                m_pos = saved;
                return false;
            }
            if (isDigit(m_pos)) {
                if (yearNumber(p))
                    return true;
                m_pos = saved;
                return false;
            }
        }
        p->monthColumn = m_pos;
        if (!monthName(&p->month)) {
            expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected a date"));
            m_pos = saved;
            return false;
        }
        const int afterMonth = m_pos;
        skipSpaces();
        // "April 2023", "mars 44 av. J.-C."
        if (yearNumber(p))
            return true;
        // "April 25, 2023", "April 25th 2023", "April 25"
        int day = 0;
        int digits = 0;
        const int dayColumn = m_pos;
        if (m_pos > afterMonth && number(&day, &digits) && digits <= 2) {
            int suffix = 0;
            if (ordinalSuffix(m_pos, &suffix))
                m_pos += suffix;
            if (boundary(m_pos)) {
                p->day = day;
                p->dayColumn = dayColumn;
                const int afterDay = m_pos;
                if (peek(u','))
                    ++m_pos;
                skipSpaces();
                if (!yearNumber(p))
                    m_pos = afterDay;
                optionalTime(p);
                return !failed();
            }
        }
        m_pos = afterMonth;
        if (startOfRange)
            return true;
        expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected a year after the month"));
        m_pos = saved;
        return false;
    }

    bool numericPoint(Partial *p, bool startOfRange)
    {
        const int saved = m_pos;
        // "-44", "-0044-03-15", "-13800000000", "+20000": signed years, as TimelineJS and the canonical text write
        // them.
        const bool signedYear = peek(u'-') || peek(u'+');
        const qint64 sign = peek(u'-') ? -1 : 1;
        if (signedYear)
            ++m_pos;
        qint64 wide = 0;
        int firstDigits = 0;
        wideNumber(&wide, &firstDigits);
        const int first = int(qMin<qint64>(wide, 100000000));
        const int afterNumber = m_pos;
        // "44 av. J.-C.", "3500 BC", "2023 apr. J.-C.": a year with its era.
        if (!signedYear) {
            if (const int era = eraSuffix()) {
                p->year = era * wide;
                p->era = era;
                return true;
            }
        }
        m_pos = afterNumber;
        const char16_t sep = m_pos < m_size ? m_text.at(m_pos).unicode() : 0;
        const bool numericSeparator = (sep == u'/' || sep == u'-' || sep == u'.') && isDigit(m_pos + 1);
        if (signedYear) {
            p->year = sign * wide;
            if (firstDigits == 4 && sep == u'-' && isDigit(m_pos + 1)) {
                const int probe = m_pos;
                ++m_pos;
                int second = 0;
                int secondDigits = 0;
                number(&second, &secondDigits);
                m_pos = probe;
                if (secondDigits == 4)
                    return true;
                ++m_pos;
                return yearFirst(p, sep);
            }
            if (boundary(m_pos) || sep == u'/' || sep == u'-')
                return true;
            expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "unexpected text after the date"));
            m_pos = saved;
            return false;
        }
        if (firstDigits == 4) {
            p->year = first;
            if (!numericSeparator) {
                if (boundary(m_pos))
                    return true;
                expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "unexpected text after the date"));
                m_pos = saved;
                return false;
            }
            // "2015-2017", "2023/2024": a range, read by the caller.
            {
                const int probe = m_pos;
                ++m_pos;
                int second = 0;
                int secondDigits = 0;
                number(&second, &secondDigits);
                m_pos = probe;
                if (secondDigits == 4 || sep == u'.')
                    return true;
            }
            ++m_pos;
            return yearFirst(p, sep);
        }
        // "entre 500 et 400 av. J.-C.": the era comes with the end.
        if (startOfRange && firstDigits > 2 && boundary(m_pos)) {
            p->year = wide;
            p->bareYear = true;
            return true;
        }
        if (firstDigits > 2 || firstDigits == 0) {
            m_pos = saved;
            return false;
        }
        if (numericSeparator)
            return yearLast(p, first, sep, saved);
        // "25 avril 2023", "1er avril", "25th April 2023"
        int suffix = 0;
        if (ordinalSuffix(m_pos, &suffix))
            m_pos += suffix;
        const int afterDay = m_pos;
        p->day = first;
        p->dayColumn = saved;
        skipSpaces();
        if (lit("of"))
            skipSpaces();
        p->monthColumn = m_pos;
        if (m_pos > afterDay && monthName(&p->month)) {
            const int afterMonth = m_pos;
            if (peek(u','))
                ++m_pos;
            skipSpaces();
            if (!yearNumber(p))
                m_pos = afterMonth;
            optionalTime(p);
            return !failed();
        }
        if (startOfRange && boundary(afterDay)) {
            m_pos = afterDay;
            p->month = 0;
            return true;
        }
        expect(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected a month name"));
        m_pos = saved;
        return false;
    }

    // After "2023-": month, then maybe day and time.
    bool yearFirst(Partial *p, char16_t sep)
    {
        int value = 0;
        int digits = 0;
        p->monthColumn = m_pos;
        number(&value, &digits);
        if (digits > 2 || value < 1 || value > 12) {
            setError(p->monthColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the month must be between 1 and 12"));
            return false;
        }
        p->month = value;
        if (m_pos < m_size && m_text.at(m_pos) == sep && isDigit(m_pos + 1)) {
            ++m_pos;
            p->dayColumn = m_pos;
            number(&value, &digits);
            if (digits > 2 || value < 1) {
                setError(
                    p->dayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no such day in that month"));
                return false;
            }
            p->day = value;
            if (!CivilDate::isValid(p->year, p->month, p->day)) {
                setError(
                    p->dayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no such day in that month"));
                return false;
            }
            optionalTime(p);
            if (failed())
                return false;
        }
        if (!boundary(m_pos) && !(m_pos < m_size && m_text.at(m_pos) == u't')) {
            setError(m_pos, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "unexpected text after the date"));
            return false;
        }
        return true;
    }

    // "25/04/2023", "04/25/2023", "04/2023", "25/04".
    bool yearLast(Partial *p, int first, char16_t sep, int saved)
    {
        ++m_pos;
        const int secondColumn = m_pos;
        int second = 0;
        int secondDigits = 0;
        number(&second, &secondDigits);
        if (secondDigits == 4) {
            // Month and year.
            if (first < 1 || first > 12) {
                setError(saved, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the month must be between 1 and 12"));
                return false;
            }
            p->month = first;
            p->monthColumn = saved;
            p->year = second;
            return true;
        }
        if (secondDigits > 2) {
            setError(secondColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "expected a day or a month"));
            return false;
        }
        bool hasYear = false;
        int yearColumn = m_pos;
        if (m_pos < m_size && m_text.at(m_pos) == sep && isDigit(m_pos + 1)) {
            ++m_pos;
            yearColumn = m_pos;
            int year = 0;
            int yearDigits = 0;
            number(&year, &yearDigits);
            if (yearDigits != 4) {
                setError(yearColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "write the year with four digits"));
                return false;
            }
            p->year = year;
            hasYear = true;
        } else if (sep != u'/') {
            m_pos = saved;
            return false;
        }
        if (hasYear && m_order == Order::YearMonthDay) {
            setError(saved,
                QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "dates are read year first (YYYY-MM-DD) for this source"));
            return false;
        }
        const bool dayFirst = m_order == Order::DayMonthYear;
        p->day = dayFirst ? first : second;
        p->month = dayFirst ? second : first;
        p->dayColumn = dayFirst ? saved : secondColumn;
        p->monthColumn = dayFirst ? secondColumn : saved;
        if (p->month < 1 || p->month > 12) {
            setError(p->monthColumn,
                dayFirst ? QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "not a month: dates are read day/month/year")
                         : QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "not a month: dates are read month/day/year"));
            return false;
        }
        if (p->day < 1 || p->day > 31 || (p->year && !CivilDate::isValid(p->year, p->month, p->day))) {
            setError(p->dayColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "there is no such day in that month"));
            return false;
        }
        optionalTime(p);
        return !failed();
    }

    // ", 10:30", " à 10h30", "T10:00", " at 3:15 pm", " 10h".
    void optionalTime(Partial *p)
    {
        if (!p->day)
            return;
        const int saved = m_pos;
        if (peek(u't') && isDigit(m_pos + 1)) {
            ++m_pos;
        } else {
            if (peek(u','))
                ++m_pos;
            skipSpaces();
            if (lit("a") || lit("at") || lit("vers"))
                skipSpaces();
            if (m_pos == saved) {
                m_pos = saved;
                return;
            }
        }
        const int timeColumn = m_pos;
        int hour = 0;
        int digits = 0;
        if (!number(&hour, &digits) || digits > 2) {
            m_pos = saved;
            return;
        }
        int minute = 0;
        bool marked = false;
        if (peek(u':') && isDigit(m_pos + 1)) {
            ++m_pos;
            if (!number(&minute, &digits) || digits != 2) {
                setError(timeColumn,
                    QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the time must be between 00:00 and 23:59"));
                return;
            }
            marked = true;
        } else if (peek(u'h')) {
            ++m_pos;
            if (isDigit(m_pos)) {
                if (!number(&minute, &digits) || digits != 2) {
                    setError(timeColumn,
                        QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the time must be between 00:00 and 23:59"));
                    return;
                }
            }
            marked = true;
        }
        const int beforeMeridiem = m_pos;
        skipSpaces();
        bool pm = false;
        bool meridiem = false;
        if (lit("am") || lit("a.m.")) {
            meridiem = true;
        } else if (lit("pm") || lit("p.m.")) {
            meridiem = true;
            pm = true;
        } else {
            m_pos = beforeMeridiem;
        }
        if (!marked && !meridiem) {
            m_pos = saved;
            return;
        }
        if (meridiem) {
            if (hour < 1 || hour > 12) {
                setError(timeColumn,
                    QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the time must be between 00:00 and 23:59"));
                return;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            setError(
                timeColumn, QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "the time must be between 00:00 and 23:59"));
            return;
        }
        if (peek(u'z'))
            ++m_pos;
        else
            litAfterSpaces("utc");
        if (!boundary(m_pos)) {
            m_pos = saved;
            return;
        }
        p->minute = hour * 60 + minute;
    }

    const QString &m_text;
    const int m_size;
    int m_pos = 0;
    Order m_order;
    QDate m_reference;
    QString m_error;
    int m_errorColumn = -1;
    QString m_expected;
    int m_expectedColumn = -1;
    bool m_usedReference = false;
};

} // namespace

FuzzyDateParser::Result FuzzyDateParser::run(const QString &text, bool wholeText) const
{
    Result result;
    const QString folded = fold(text);
    Parser parser(folded, m_order, m_reference);
    parser.skipSpaces();
    const int start = parser.position();
    auto fail = [&](int column, const QString &message) {
        result.date = FuzzyDate();
        result.length = 0;
        result.error = message;
        result.errorColumn = column;
        return result;
    };
    if (start == parser.size())
        return fail(start, Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "no date")));
    FuzzyDate date;
    if (!parser.date(&date)) {
        if (parser.failed() || parser.errorColumn() >= 0)
            return fail(parser.errorColumn(), parser.error());
        return fail(start, Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "not a date")));
    }
    const int end = parser.position();
    if (wholeText) {
        parser.skipSpaces();
        if (parser.position() != parser.size())
            return fail(parser.position(),
                Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "unexpected text after the date")));
    } else if (!parser.boundary(end)) {
        return fail(end, Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDateParser", "unexpected text after the date")));
    }
    date.setWording(text.mid(start, end - start).trimmed());
    if (parser.usedReference())
        date.setReferenceDate(m_reference);
    result.date = date;
    result.length = end;
    return result;
}

FuzzyDateParser::Result FuzzyDateParser::parse(const QString &text) const
{
    return run(text, true);
}

FuzzyDate FuzzyDateParser::parseDate(const QString &text, QString *error, int *errorColumn) const
{
    const Result result = parse(text);
    if (error)
        *error = result.error;
    if (errorColumn)
        *errorColumn = result.errorColumn;
    return result.date;
}

FuzzyDateParser::Result FuzzyDateParser::parseLeading(const QString &line) const
{
    return run(line, false);
}

QString FuzzyDateParser::dateOrderCode(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        return QStringLiteral("ymd");
    }
    return {};
}

bool FuzzyDateParser::dateOrderFromCode(const QString &code, DateOrder *order)
{
    const QString lower = code.trimmed().toLower();
    for (DateOrder candidate : {DateOrder::DayMonthYear, DateOrder::MonthDayYear, DateOrder::YearMonthDay}) {
        if (lower == dateOrderCode(candidate)) {
            *order = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Frise
