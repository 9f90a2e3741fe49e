// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzydate.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace Frise {

namespace {

// Messages are marked with QT_TRANSLATE_NOOP in this context and translated here.
class Messages
{
    Q_DECLARE_TR_FUNCTIONS(Frise::FuzzyDate)
public:
    static QString expected(const char *what)
    {
        //: %1 is what was missing, e.g. "a four-digit year"
        return tr("expected %1").arg(text(what));
    }
    static QString text(const char *message) { return QCoreApplication::translate("Frise::FuzzyDate", message); }
};

constexpr qint64 minutesPerDay = CivilDate::minutesPerDay;

// Every extent, circa widening included, stays within ±2^53 minutes: exact
// in a double, and far from overflowing a qint64 in any sum or difference of
// two extents. Points are checked against the year range before any of this
// arithmetic runs.
constexpr qint64 exactInDouble = Q_INT64_C(1) << 53;
static_assert(CivilDate::minutesOfYear(CivilDate::addYears(FuzzyDate::minimumYear(), -1)) > -exactInDouble);
static_assert(CivilDate::minutesOfYear(CivilDate::addYears(FuzzyDate::maximumYear(), 2)) < exactInDouble);
static_assert(FuzzyDate::maximumYear() <= CivilDate::maximumArithmeticYear);

// First minute of the month @p offset months after (year, month).
qint64 monthStart(qint64 year, int month, int offset)
{
    const qint64 index = CivilDate::astronomical(year) * 12 + (month - 1) + offset;
    const qint64 y = CivilDate::floorDiv(index, 12);
    return CivilDate::minutesFromCivil(CivilDate::historical(y), int(index - y * 12) + 1, 1);
}

// First minute of the period a point names.
qint64 pointStart(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return CivilDate::minutesOfYear(p.year);
    case FuzzyDate::Precision::Month:
        return CivilDate::minutesFromCivil(p.year, p.month, 1);
    case FuzzyDate::Precision::Day:
        return CivilDate::minutesFromCivil(p.year, p.month, p.day);
    case FuzzyDate::Precision::Minute:
        return CivilDate::minutesFromCivil(p.year, p.month, p.day) + p.minuteOfDay;
    }
    return 0;
}

// First minute after the period a point names.
qint64 pointEndExclusive(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return CivilDate::minutesOfYear(CivilDate::addYears(p.year, 1));
    case FuzzyDate::Precision::Month:
        return monthStart(p.year, p.month, 1);
    case FuzzyDate::Precision::Day:
        return pointStart(p) + minutesPerDay;
    case FuzzyDate::Precision::Minute:
        return pointStart(p) + 1;
    }
    return 0;
}

// First minute of the period one unit of precision before the point's own.
// Circa widens by whole calendar units, so a leap year or a 31-day month
// next door is covered completely; around year 0, which does not exist,
// circa 1 BCE covers 2 BCE to 1 CE.
qint64 circaStart(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return CivilDate::minutesOfYear(CivilDate::addYears(p.year, -1));
    case FuzzyDate::Precision::Month:
        return monthStart(p.year, p.month, -1);
    case FuzzyDate::Precision::Day:
        return pointStart(p) - minutesPerDay;
    case FuzzyDate::Precision::Minute:
        return pointStart(p) - 60;
    }
    return 0;
}

// First minute after the period one unit of precision after the point's own.
qint64 circaEndExclusive(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return CivilDate::minutesOfYear(CivilDate::addYears(p.year, 2));
    case FuzzyDate::Precision::Month:
        return monthStart(p.year, p.month, 2);
    case FuzzyDate::Precision::Day:
        return pointEndExclusive(p) + minutesPerDay;
    case FuzzyDate::Precision::Minute:
        return pointEndExclusive(p) + 60;
    }
    return 0;
}

QString pointIsoText(const FuzzyDate::Point &p)
{
    // Four digits (and a '-' before year 1) within ±9999, as stored since the
    // first version; beyond, the sign is always written, as in ISO 8601's
    // expanded years. Written into a fixed buffer: an import stores this for
    // every event, and a QString::arg() per part cost more than the rest of
    // the date.
    char16_t buffer[48];
    char16_t *out = buffer;
    // @p value >= 0, zero-padded to @p width digits.
    const auto digits = [&out](qint64 value, int width) {
        char16_t reversed[20];
        int count = 0;
        do {
            reversed[count++] = char16_t(u'0' + value % 10);
            value /= 10;
        } while (value > 0);
        for (int i = count; i < width; ++i)
            *out++ = u'0';
        while (count > 0)
            *out++ = reversed[--count];
    };
    const qint64 magnitude = p.year < 0 ? -p.year : p.year;
    if (p.year < 0)
        *out++ = u'-';
    if (magnitude <= FuzzyDate::maximumDetailedYear()) {
        digits(magnitude, 4);
    } else {
        if (p.year > 0)
            *out++ = u'+';
        digits(magnitude, 1);
    }
    if (p.month) {
        *out++ = u'-';
        digits(p.month, 2);
    }
    if (p.day) {
        *out++ = u'-';
        digits(p.day, 2);
    }
    if (p.minuteOfDay >= 0) {
        *out++ = u'T';
        digits(p.minuteOfDay / 60, 2);
        *out++ = u':';
        digits(p.minuteOfDay % 60, 2);
    }
    return QString::fromUtf16(buffer, out - buffer);
}

// Strict reader of one canonical point; `pos` advances past what was read.
class PointReader
{
public:
    PointReader(const QString &text, int pos)
        : m_text(text)
        , m_pos(pos)
    { }

    bool read(FuzzyDate::Point *point, QString *error)
    {
        FuzzyDate::Point p;
        if (!readYear(&p.year, error))
            return false;
        if (peek(u'-') && (p.year < 0 ? -p.year : p.year) <= FuzzyDate::maximumDetailedYear()) {
            ++m_pos;
            if (!readNumber(2, &p.month, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a two-digit month")))
                return false;
            if (p.month < 1 || p.month > 12) {
                m_pos -= 2;
                *error = Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "month must be between 01 and 12"));
                return false;
            }
            if (peek(u'-')) {
                ++m_pos;
                if (!readNumber(2, &p.day, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a two-digit day")))
                    return false;
                if (!CivilDate::isValid(p.year, p.month, p.day)) {
                    m_pos -= 2;
                    *error = Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "no such day in that month"));
                    return false;
                }
                if (peek(u'T') || peek(u' ')) {
                    ++m_pos;
                    int hour = 0;
                    int minute = 0;
                    if (!readNumber(2, &hour, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a two-digit hour")))
                        return false;
                    if (!peek(u':')) {
                        *error = Messages::text(
                            QT_TRANSLATE_NOOP("Frise::FuzzyDate", "expected ':' between hours and minutes"));
                        return false;
                    }
                    ++m_pos;
                    if (!readNumber(2, &minute, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "two-digit minutes")))
                        return false;
                    if (hour > 23 || minute > 59) {
                        m_pos -= 5;
                        *error = Messages::text(
                            QT_TRANSLATE_NOOP("Frise::FuzzyDate", "time must be between 00:00 and 23:59"));
                        return false;
                    }
                    p.minuteOfDay = hour * 60 + minute;
                    if (peek(u'Z'))
                        ++m_pos;
                }
            }
        }
        *point = p;
        return true;
    }

    int pos() const { return m_pos; }

private:
    bool peek(QChar c) const { return m_pos < m_text.size() && m_text.at(m_pos) == c; }
    bool isDigit(qsizetype at) const
    {
        return at < m_text.size() && m_text.at(at).unicode() >= '0' && m_text.at(at).unicode() <= '9';
    }

    // `2023`, `-0044`, `-13800000000`, `+20000`.
    bool readYear(qint64 *year, QString *error)
    {
        const int start = m_pos;
        const bool minus = peek(u'-');
        const bool plus = peek(u'+');
        if (minus || plus)
            ++m_pos;
        int digits = 0;
        while (isDigit(m_pos + digits))
            ++digits;
        if (digits <= 4 || (!minus && !plus)) {
            // A plain year: exactly four digits.
            int value = 0;
            if (!readNumber(4, &value, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a four-digit year")))
                return false;
            if (plus) {
                m_pos = start;
                *error = Messages::text(
                    QT_TRANSLATE_NOOP("Frise::FuzzyDate", "'+' is written only before years beyond 9999"));
                return false;
            }
            if (value == 0) {
                m_pos = start;
                *error = Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "there is no year 0 (1 BCE is -0001)"));
                return false;
            }
            *year = minus ? -value : value;
            return true;
        }
        // An expanded year: its sign and at least five digits, no leading zero.
        if (m_text.at(m_pos) == u'0') {
            *error = Messages::expected(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a year without leading zeros"));
            return false;
        }
        // More digits than the range has is out of range too (and would overflow).
        qint64 value = 0;
        const bool tooLong = digits > 12;
        for (int i = 0; i < digits; ++i) {
            if (!tooLong)
                value = value * 10 + m_text.at(m_pos).digitValue();
            ++m_pos;
        }
        value = minus ? -value : value;
        if (tooLong || value < FuzzyDate::minimumYear() || value > FuzzyDate::maximumYear()) {
            m_pos = start;
            *error = Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "year out of supported range"));
            return false;
        }
        *year = value;
        return true;
    }

    bool readNumber(int digits, int *value, QString *error, const char *what)
    {
        int result = 0;
        for (int i = 0; i < digits; ++i) {
            if (m_pos >= m_text.size() || !m_text.at(m_pos).isDigit() || m_text.at(m_pos).unicode() > 127) {
                *error = Messages::expected(what);
                return false;
            }
            result = result * 10 + m_text.at(m_pos).digitValue();
            ++m_pos;
        }
        *value = result;
        return true;
    }

    const QString &m_text;
    int m_pos;
};

QString pointDisplay(const FuzzyDate::Point &p, Language language)
{
    const QLocale locale = localeFor(language);
    const bool fr = language == Language::French;
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return FuzzyDate::yearDisplayString(p.year, language);
    case FuzzyDate::Precision::Month:
        return locale.standaloneMonthName(p.month) + u' ' + FuzzyDate::yearDisplayString(p.year, language);
    case FuzzyDate::Precision::Day:
    case FuzzyDate::Precision::Minute: {
        // French writes the first of the month as an ordinal: "1er avril".
        const QString dayText = (fr && p.day == 1) ? QStringLiteral("1er") : QString::number(p.day);
        QString text
            = dayText + u' ' + locale.monthName(p.month) + u' ' + FuzzyDate::yearDisplayString(p.year, language);
        if (p.minuteOfDay >= 0) {
            const QString time = QStringLiteral("%1:%2")
                                     .arg(p.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                                     .arg(p.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
            text += fr ? QStringLiteral(" à ") + time : QStringLiteral(", ") + time;
        }
        return text;
    }
    }
    return {};
}

} // namespace

FuzzyDate::Precision FuzzyDate::Point::precision() const
{
    if (minuteOfDay >= 0)
        return Precision::Minute;
    if (day)
        return Precision::Day;
    if (month)
        return Precision::Month;
    return Precision::Year;
}

bool FuzzyDate::Point::isValid() const
{
    if (year == 0 || year < minimumYear() || year > maximumYear())
        return false;
    if (minuteOfDay < -1)
        return false;
    if (month == 0)
        return day == 0 && minuteOfDay < 0;
    if (month < 1 || month > 12 || year < -maximumDetailedYear() || year > maximumDetailedYear())
        return false;
    if (day == 0)
        return minuteOfDay < 0;
    if (!CivilDate::isValid(year, month, day))
        return false;
    return minuteOfDay < 1440;
}

FuzzyDate FuzzyDate::fromPoint(const Point &point)
{
    FuzzyDate date;
    if (point.isValid())
        date.m_start = point;
    return date;
}

FuzzyDate FuzzyDate::fromYear(qint64 year)
{
    return fromPoint({year, 0, 0, -1});
}

FuzzyDate FuzzyDate::fromMonth(qint64 year, int month)
{
    // Month 0 would silently mean "the whole year".
    return month >= 1 ? fromPoint({year, month, 0, -1}) : FuzzyDate();
}

FuzzyDate FuzzyDate::fromDay(QDate date)
{
    return date.isValid() ? fromPoint({date.year(), date.month(), date.day(), -1}) : FuzzyDate();
}

FuzzyDate FuzzyDate::fromMinute(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return fromPoint({d.year(), d.month(), d.day(), t.hour() * 60 + t.minute()});
}

FuzzyDate FuzzyDate::between(const FuzzyDate &from, const FuzzyDate &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    FuzzyDate date = from;
    const Point &last = to.end();
    if (pointEndExclusive(last) <= pointStart(date.m_start))
        return {};
    // A range whose ends are the same point is that point (and compares equal to it).
    date.m_isRange = !(last == date.m_start);
    date.m_end = date.m_isRange ? last : Point();
    date.m_circa = from.m_circa || to.m_circa;
    return date;
}

FuzzyDate FuzzyDate::containing(qint64 minutes, Precision precision)
{
    if (minutes < CivilDate::minutesOfYear(minimumYear())
        || minutes >= CivilDate::minutesOfYear(CivilDate::addYears(maximumYear(), 1)))
        return {};
    const CivilDate d = CivilDate::fromMinutes(minutes);
    if (d.year < -maximumDetailedYear() || d.year > maximumDetailedYear())
        precision = Precision::Year;
    switch (precision) {
    case Precision::Year:
        return fromPoint({d.year, 0, 0, -1});
    case Precision::Month:
        return fromPoint({d.year, d.month, 0, -1});
    case Precision::Day:
        return fromPoint({d.year, d.month, d.day, -1});
    case Precision::Minute:
        return fromPoint({d.year, d.month, d.day, d.minuteOfDay});
    }
    return {};
}

FuzzyDate FuzzyDate::fromIsoText(const QString &text, QString *error, int *errorColumn)
{
    QString localError;
    int pos = 0;
    auto fail = [&](int column, const QString &message) {
        if (error)
            *error = message;
        if (errorColumn)
            *errorColumn = column;
        return FuzzyDate();
    };
    if (text.isEmpty())
        return fail(0, Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "empty date")));
    FuzzyDate date;
    if (text.at(0) == u'~') {
        date.m_circa = true;
        ++pos;
    }
    PointReader startReader(text, pos);
    if (!startReader.read(&date.m_start, &localError))
        return fail(startReader.pos(), localError);
    pos = startReader.pos();
    if (pos < text.size() && text.at(pos) == u'/') {
        ++pos;
        PointReader endReader(text, pos);
        Point end;
        if (!endReader.read(&end, &localError))
            return fail(endReader.pos(), localError);
        pos = endReader.pos();
        if (pointEndExclusive(end) <= pointStart(date.m_start))
            return fail(startReader.pos() + 1,
                Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "range ends before it starts")));
        date.m_isRange = !(end == date.m_start);
        if (date.m_isRange)
            date.m_end = end;
    }
    if (pos != text.size())
        return fail(pos, Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "unexpected text after the date")));
    return date;
}

qint64 FuzzyDate::earliestMinutes() const
{
    if (!isValid())
        return 0;
    return m_circa ? circaStart(m_start) : pointStart(m_start);
}

qint64 FuzzyDate::latestMinutes() const
{
    if (!isValid())
        return 0;
    const Point &last = end();
    return (m_circa ? circaEndExclusive(last) : pointEndExclusive(last)) - 1;
}

QDateTime FuzzyDate::earliest() const
{
    return isValid() ? dateTimeFromMinutes(earliestMinutes()) : QDateTime();
}

QDateTime FuzzyDate::latest() const
{
    return isValid() ? dateTimeFromMinutes(latestMinutes()) : QDateTime();
}

QString FuzzyDate::toIsoText() const
{
    if (!isValid())
        return {};
    QString text = m_circa ? QStringLiteral("~") : QString();
    text += pointIsoText(m_start);
    if (m_isRange)
        text += u'/' + pointIsoText(m_end);
    return text;
}

QString FuzzyDate::toDisplayString(Language language) const
{
    if (!isValid())
        return {};
    const bool fr = language == Language::French;
    QString text;
    if (m_isRange) {
        text = fr ? QStringLiteral("entre %1 et %2") : QStringLiteral("between %1 and %2");
        text = text.arg(pointDisplay(m_start, language), pointDisplay(m_end, language));
    } else {
        text = pointDisplay(m_start, language);
    }
    if (m_circa) {
        // "vers entre…" is not French; a circa range reads "environ entre…".
        if (m_isRange)
            text = (fr ? QStringLiteral("environ ") : QStringLiteral("roughly ")) + text;
        else
            text = (fr ? QStringLiteral("vers ") : QStringLiteral("c. ")) + text;
    }
    return text;
}

bool operator<(const FuzzyDate &a, const FuzzyDate &b)
{
    // Null dates first, so that a sort is a strict weak ordering with them too.
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid();
    const qint64 ae = a.earliestMinutes();
    const qint64 be = b.earliestMinutes();
    if (ae != be)
        return ae < be;
    const qint64 al = a.latestMinutes();
    const qint64 bl = b.latestMinutes();
    if (al != bl)
        return al < bl;
    if (a.precision() != b.precision())
        return a.precision() > b.precision();
    // Same extent and precision (e.g. ~2015 and 2014/2016): plain before circa,
    // then by text, so that distinct values never compare equivalent.
    if (a.isCirca() != b.isCirca())
        return !a.isCirca();
    return a.toIsoText() < b.toIsoText();
}

qint64 FuzzyDate::minutesFromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return 0;
    const QDateTime utc = dateTime.toUTC();
    const QDate d = utc.date();
    return CivilDate::minutesFromCivil(d.year(), d.month(), d.day()) + utc.time().hour() * 60 + utc.time().minute();
}

QDateTime FuzzyDate::dateTimeFromMinutes(qint64 minutes)
{
    // QDateTime counts milliseconds in a qint64: about 292 million years each side.
    constexpr qint64 limit = Q_INT64_C(200000000);
    if (minutes < CivilDate::minutesOfYear(-limit) || minutes > CivilDate::minutesOfYear(limit))
        return {};
    const CivilDate d = CivilDate::fromMinutes(minutes);
    return QDateTime(QDate(int(d.year), d.month, d.day), QTime(d.minuteOfDay / 60, d.minuteOfDay % 60), QTimeZone::UTC);
}

QString FuzzyDate::yearDisplayString(qint64 year, Language language)
{
    const bool fr = language == Language::French;
    const qint64 magnitude = year < 0 ? -year : year;
    if (year >= 1 && year <= maximumDetailedYear())
        return QString::number(year);
    const QString era = year < 0 ? (fr ? QStringLiteral("av. J.-C.") : QStringLiteral("BCE"))
                                 : (fr ? QStringLiteral("apr. J.-C.") : QStringLiteral("CE"));
    if (magnitude <= maximumDetailedYear())
        return QString::number(magnitude) + u' ' + era;
    const QLocale locale = localeFor(language);
    // Whole millions and billions read in words when three decimals say it exactly.
    struct Scale
    {
        qint64 unit;
        const char *fr;
        const char *frPlural;
        const char *en;
    };
    const Scale scales[] = {{Q_INT64_C(1000000000), "milliard", "milliards", "billion"},
        {Q_INT64_C(1000000), "million", "millions", "million"}};
    for (const Scale &scale : scales) {
        if (magnitude < scale.unit || magnitude % (scale.unit / 1000) != 0)
            continue;
        const qint64 thousandths = magnitude / (scale.unit / 1000);
        const double value = double(thousandths) / 1000.0;
        // French makes "million" plural from two on; English never after a number.
        const char *word = fr ? (magnitude >= 2 * scale.unit ? scale.frPlural : scale.fr) : scale.en;
        return locale.toString(value, 'f',
                   thousandths % 10         ? 3
                       : thousandths % 100  ? 2
                       : thousandths % 1000 ? 1
                                            : 0)
            + u' ' + QLatin1String(word) + u' ' + era;
    }
    return locale.toString(magnitude) + u' ' + era;
}

} // namespace Frise
