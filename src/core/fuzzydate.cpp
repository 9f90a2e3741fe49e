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

constexpr qint64 unixEpochJulianDay = 2440588;
constexpr qint64 minutesPerDay = 24 * 60;

qint64 minutesOfDay(QDate date)
{
    return (date.toJulianDay() - unixEpochJulianDay) * minutesPerDay;
}

// First minute of the period a point names.
qint64 pointStart(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return minutesOfDay(QDate(p.year, 1, 1));
    case FuzzyDate::Precision::Month:
        return minutesOfDay(QDate(p.year, p.month, 1));
    case FuzzyDate::Precision::Day:
        return minutesOfDay(QDate(p.year, p.month, p.day));
    case FuzzyDate::Precision::Minute:
        return minutesOfDay(QDate(p.year, p.month, p.day)) + p.minuteOfDay;
    }
    return 0;
}

// First minute after the period a point names.
qint64 pointEndExclusive(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return minutesOfDay(QDate(p.year + 1, 1, 1));
    case FuzzyDate::Precision::Month:
        return minutesOfDay(QDate(p.year, p.month, 1).addMonths(1));
    case FuzzyDate::Precision::Day:
        return minutesOfDay(QDate(p.year, p.month, p.day).addDays(1));
    case FuzzyDate::Precision::Minute:
        return pointStart(p) + 1;
    }
    return 0;
}

// First minute of the period one unit of precision before the point's own.
// Circa widens by whole calendar units, so a leap year or a 31-day month
// next door is covered completely.
qint64 circaStart(const FuzzyDate::Point &p)
{
    switch (p.precision()) {
    case FuzzyDate::Precision::Year:
        return minutesOfDay(QDate(p.year, 1, 1).addYears(-1));
    case FuzzyDate::Precision::Month:
        return minutesOfDay(QDate(p.year, p.month, 1).addMonths(-1));
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
        return minutesOfDay(QDate(p.year, 1, 1).addYears(2));
    case FuzzyDate::Precision::Month:
        return minutesOfDay(QDate(p.year, p.month, 1).addMonths(2));
    case FuzzyDate::Precision::Day:
        return pointEndExclusive(p) + minutesPerDay;
    case FuzzyDate::Precision::Minute:
        return pointEndExclusive(p) + 60;
    }
    return 0;
}

QString pointIsoText(const FuzzyDate::Point &p)
{
    QString text = QStringLiteral("%1").arg(p.year, 4, 10, QLatin1Char('0'));
    if (p.month)
        text += QStringLiteral("-%1").arg(p.month, 2, 10, QLatin1Char('0'));
    if (p.day)
        text += QStringLiteral("-%1").arg(p.day, 2, 10, QLatin1Char('0'));
    if (p.minuteOfDay >= 0) {
        text += QStringLiteral("T%1:%2")
                    .arg(p.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                    .arg(p.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
    }
    return text;
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
        if (!readNumber(4, &p.year, error, QT_TRANSLATE_NOOP("Frise::FuzzyDate", "a four-digit year")))
            return false;
        if (p.year < 1) {
            m_pos -= 4;
            *error = Messages::text(QT_TRANSLATE_NOOP("Frise::FuzzyDate", "year must be 1 or later"));
            return false;
        }
        if (peek(u'-')) {
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
                if (!QDate::isValid(p.year, p.month, p.day)) {
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
        return QString::number(p.year);
    case FuzzyDate::Precision::Month:
        return locale.standaloneMonthName(p.month) + u' ' + QString::number(p.year);
    case FuzzyDate::Precision::Day:
    case FuzzyDate::Precision::Minute: {
        // French writes the first of the month as an ordinal: "1er avril".
        const QString dayText = (fr && p.day == 1) ? QStringLiteral("1er") : QString::number(p.day);
        QString text = dayText + u' ' + locale.monthName(p.month) + u' ' + QString::number(p.year);
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
    if (year < minimumYear() || year > maximumYear())
        return false;
    if (minuteOfDay < -1)
        return false;
    if (month == 0)
        return day == 0 && minuteOfDay < 0;
    if (month < 1 || month > 12)
        return false;
    if (day == 0)
        return minuteOfDay < 0;
    if (!QDate::isValid(year, month, day))
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

FuzzyDate FuzzyDate::fromYear(int year)
{
    return fromPoint({year, 0, 0, -1});
}

FuzzyDate FuzzyDate::fromMonth(int year, int month)
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
    return minutesOfDay(utc.date()) + utc.time().hour() * 60 + utc.time().minute();
}

QDateTime FuzzyDate::dateTimeFromMinutes(qint64 minutes)
{
    const qint64 days = minutes >= 0 ? minutes / minutesPerDay : -((-minutes + minutesPerDay - 1) / minutesPerDay);
    const int minuteOfDay = int(minutes - days * minutesPerDay);
    return QDateTime(
        QDate::fromJulianDay(days + unixEpochJulianDay), QTime(minuteOfDay / 60, minuteOfDay % 60), QTimeZone::UTC);
}

} // namespace Frise
