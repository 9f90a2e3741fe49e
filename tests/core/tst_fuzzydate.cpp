// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fuzzydate.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace Frise;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// "yyyy-MM-ddTHH:mm" of a UTC instant given in minutes since the epoch.
QString minuteText(qint64 minutes)
{
    return FuzzyDate::dateTimeFromMinutes(minutes).toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
}

qint64 epochMinutes(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::UTC).toSecsSinceEpoch() / 60;
}

} // namespace

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCanonical_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<bool>("circa");
        QTest::addColumn<bool>("range");
        QTest::addColumn<qint64>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("minute");
        using P = FuzzyDate::Precision;
        QTest::newRow("year") << s("2023") << int(P::Year) << false << false << qint64(2023) << 0 << 0 << -1;
        QTest::newRow("month") << s("2023-04") << int(P::Month) << false << false << qint64(2023) << 4 << 0 << -1;
        QTest::newRow("day") << s("2023-04-25") << int(P::Day) << false << false << qint64(2023) << 4 << 25 << -1;
        QTest::newRow("minute") << s("2023-04-25T10:00") << int(P::Minute) << false << false << qint64(2023) << 4 << 25
                                << 600;
        QTest::newRow("minute 23:59") << s("2023-04-25T23:59") << int(P::Minute) << false << false << qint64(2023) << 4
                                      << 25 << 1439;
        QTest::newRow("minute Z") << s("2023-04-25T10:30Z") << int(P::Minute) << false << false << qint64(2023) << 4
                                  << 25 << 630;
        QTest::newRow("circa year") << s("~2015") << int(P::Year) << true << false << qint64(2015) << 0 << 0 << -1;
        QTest::newRow("circa day") << s("~2015-03-02") << int(P::Day) << true << false << qint64(2015) << 3 << 2 << -1;
        QTest::newRow("month range") << s("2023-04/2023-06") << int(P::Month) << false << true << qint64(2023) << 4 << 0
                                     << -1;
        QTest::newRow("day range") << s("2023-06-12/2023-06-14") << int(P::Day) << false << true << qint64(2023) << 6
                                   << 12 << -1;
        QTest::newRow("circa range") << s("~2014/2016") << int(P::Year) << true << true << qint64(2014) << 0 << 0 << -1;
        QTest::newRow("1450") << s("1450") << int(P::Year) << false << false << qint64(1450) << 0 << 0 << -1;
        QTest::newRow("year 1") << s("0001") << int(P::Year) << false << false << qint64(1) << 0 << 0 << -1;
        QTest::newRow("leap day") << s("2024-02-29") << int(P::Day) << false << false << qint64(2024) << 2 << 29 << -1;
        QTest::newRow("leap day 2000") << s("2000-02-29") << int(P::Day) << false << false << qint64(2000) << 2 << 29
                                       << -1;
        QTest::newRow("44 BCE") << s("-0044") << int(P::Year) << false << false << qint64(-44) << 0 << 0 << -1;
        QTest::newRow("ides of march") << s("-0044-03-15") << int(P::Day) << false << false << qint64(-44) << 3 << 15
                                       << -1;
        QTest::newRow("1 BCE") << s("-0001") << int(P::Year) << false << false << qint64(-1) << 0 << 0 << -1;
        QTest::newRow("1 BCE leap day") << s("-0001-02-29") << int(P::Day) << false << false << qint64(-1) << 2 << 29
                                        << -1;
        QTest::newRow("10000 BCE") << s("-10000") << int(P::Year) << false << false << qint64(-10000) << 0 << 0 << -1;
        QTest::newRow("big bang") << s("-13800000000") << int(P::Year) << false << false << qint64(-13800000000) << 0
                                  << 0 << -1;
        QTest::newRow("AD 20000") << s("+20000") << int(P::Year) << false << false << qint64(20000) << 0 << 0 << -1;
        QTest::newRow("first year") << s("-17000000000") << int(P::Year) << false << false << qint64(-17000000000) << 0
                                    << 0 << -1;
        QTest::newRow("last year") << s("+17000000000") << int(P::Year) << false << false << qint64(17000000000) << 0
                                   << 0 << -1;
        QTest::newRow("BCE range") << s("-0500/-0400") << int(P::Year) << false << true << qint64(-500) << 0 << 0 << -1;
        QTest::newRow("same ends") << s("2023-04/2023-04") << int(P::Month) << false << false << qint64(2023) << 4 << 0
                                   << -1;
    }

    void parseCanonical()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(bool, circa);
        QFETCH(bool, range);
        QFETCH(qint64, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, minute);
        QString error;
        int column = -2;
        const FuzzyDate date = FuzzyDate::fromIsoText(text, &error, &column);
        QVERIFY2(date.isValid(), qPrintable(error));
        QVERIFY(!date.isNull());
        QCOMPARE(int(date.precision()), precision);
        QCOMPARE(date.isCirca(), circa);
        QCOMPARE(date.isRange(), range);
        QCOMPARE(date.start().year, year);
        QCOMPARE(date.start().month, month);
        QCOMPARE(date.start().day, day);
        QCOMPARE(date.start().minuteOfDay, minute);
        QVERIFY(date.earliestMinutes() <= date.latestMinutes());
    }

    void rejectBadText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("month 13") << s("2023-13") << 5;
        QTest::newRow("month 00") << s("2023-00") << 5;
        QTest::newRow("february 30") << s("2023-02-30") << 8;
        QTest::newRow("february 29 non-leap") << s("2023-02-29") << 8;
        QTest::newRow("february 29 1900") << s("1900-02-29") << 8;
        QTest::newRow("april 31") << s("2023-04-31") << 8;
        QTest::newRow("letter in year") << s("20x3") << 2;
        QTest::newRow("short year") << s("203") << 3;
        QTest::newRow("year 0") << s("0000") << 0;
        QTest::newRow("year -0") << s("-0000") << 0;
        QTest::newRow("short BCE year") << s("-44") << 3;
        QTest::newRow("plus before four digits") << s("+2023") << 0;
        QTest::newRow("expanded year with leading zero") << s("-010000") << 1;
        QTest::newRow("expanded year without sign") << s("10000") << 4;
        QTest::newRow("before the first year") << s("-17000000001") << 0;
        QTest::newRow("after the last year") << s("+17000000001") << 0;
        QTest::newRow("far too many digits") << s("-99999999999999999999999") << 0;
        QTest::newRow("month of a deep year") << s("-10000-01") << 6;
        QTest::newRow("BCE february 29 non-leap") << s("-0002-02-29") << 9;
        QTest::newRow("BCE range backwards") << s("-0400/-0500") << 6;
        QTest::newRow("out of range end") << s("2023/+99999999999") << 5;
        QTest::newRow("range backwards") << s("2023-04/2022") << 8;
        QTest::newRow("day range backwards") << s("2023-04-25/2023-04-24") << 11;
        QTest::newRow("trailing junk") << s("2023x") << 4;
        QTest::newRow("trailing junk after day") << s("2023-04-25 and more") << 11;
        QTest::newRow("trailing space") << s("2023 ") << 4;
        QTest::newRow("leading space") << s(" 2023") << 0;
        QTest::newRow("two slashes") << s("2023/2024/2025") << 9;
        QTest::newRow("one-digit month") << s("2023-4") << 6;
        QTest::newRow("hour 25") << s("2023-04-25T25:00") << 11;
        QTest::newRow("minute 60") << s("2023-04-25T10:60") << 11;
        QTest::newRow("no colon") << s("2023-04-25T1000") << 13;
        QTest::newRow("circa alone") << s("~") << 1;
        QTest::newRow("double circa") << s("~~2015") << 1;
        QTest::newRow("slash then nothing") << s("2023/") << 5;
        QTest::newRow("arabic-indic digits") << s("٢٠٢٣") << 0;
        QTest::newRow("french date") << s("25/04/2023") << 2;
    }

    void rejectBadText()
    {
        QFETCH(QString, text);
        QFETCH(int, column);
        QString error;
        int errorColumn = -1;
        const FuzzyDate date = FuzzyDate::fromIsoText(text, &error, &errorColumn);
        QVERIFY(!date.isValid());
        QVERIFY(date.isNull());
        QVERIFY(!error.isEmpty());
        QCOMPARE(errorColumn, column);
        QVERIFY(date.toIsoText().isEmpty());
    }

    void extent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("earliest");
        QTest::addColumn<QString>("latest");
        QTest::newRow("year") << s("2023") << s("2023-01-01T00:00") << s("2023-12-31T23:59");
        QTest::newRow("leap year") << s("2024") << s("2024-01-01T00:00") << s("2024-12-31T23:59");
        QTest::newRow("month") << s("2023-04") << s("2023-04-01T00:00") << s("2023-04-30T23:59");
        QTest::newRow("february") << s("2023-02") << s("2023-02-01T00:00") << s("2023-02-28T23:59");
        QTest::newRow("leap february") << s("2024-02") << s("2024-02-01T00:00") << s("2024-02-29T23:59");
        QTest::newRow("february 2000") << s("2000-02") << s("2000-02-01T00:00") << s("2000-02-29T23:59");
        QTest::newRow("february 1900") << s("1900-02") << s("1900-02-01T00:00") << s("1900-02-28T23:59");
        QTest::newRow("december") << s("2023-12") << s("2023-12-01T00:00") << s("2023-12-31T23:59");
        QTest::newRow("day") << s("2023-04-25") << s("2023-04-25T00:00") << s("2023-04-25T23:59");
        QTest::newRow("minute") << s("2023-04-25T10:00") << s("2023-04-25T10:00") << s("2023-04-25T10:00");
        QTest::newRow("circa year") << s("~2015") << s("2014-01-01T00:00") << s("2016-12-31T23:59");
        QTest::newRow("circa year before leap") << s("~2023") << s("2022-01-01T00:00") << s("2024-12-31T23:59");
        QTest::newRow("circa month") << s("~2023-04") << s("2023-03-01T00:00") << s("2023-05-31T23:59");
        QTest::newRow("circa month across years") << s("~2024-01") << s("2023-12-01T00:00") << s("2024-02-29T23:59");
        QTest::newRow("circa december") << s("~2023-12") << s("2023-11-01T00:00") << s("2024-01-31T23:59");
        QTest::newRow("circa day") << s("~2023-04-25") << s("2023-04-24T00:00") << s("2023-04-26T23:59");
        QTest::newRow("circa leap day") << s("~2024-02-29") << s("2024-02-28T00:00") << s("2024-03-01T23:59");
        QTest::newRow("circa minute") << s("~2023-04-25T10:00") << s("2023-04-25T09:00") << s("2023-04-25T11:00");
        QTest::newRow("circa minute midnight")
            << s("~2023-01-01T00:30") << s("2022-12-31T23:30") << s("2023-01-01T01:30");
        QTest::newRow("month range") << s("2023-04/2023-06") << s("2023-04-01T00:00") << s("2023-06-30T23:59");
        QTest::newRow("circa month range") << s("~2023-04/2023-06") << s("2023-03-01T00:00") << s("2023-07-31T23:59");
        QTest::newRow("day range") << s("2023-06-12/2023-06-14") << s("2023-06-12T00:00") << s("2023-06-14T23:59");
        QTest::newRow("year range") << s("2015/2017") << s("2015-01-01T00:00") << s("2017-12-31T23:59");
        QTest::newRow("mixed range") << s("2023/2024-02") << s("2023-01-01T00:00") << s("2024-02-29T23:59");
        QTest::newRow("1450") << s("1450") << s("1450-01-01T00:00") << s("1450-12-31T23:59");
        QTest::newRow("1450 day") << s("1450-03-15") << s("1450-03-15T00:00") << s("1450-03-15T23:59");
        QTest::newRow("circa 1450") << s("~1450") << s("1449-01-01T00:00") << s("1451-12-31T23:59");
        QTest::newRow("1600 leap") << s("1600-02") << s("1600-02-01T00:00") << s("1600-02-29T23:59");
        QTest::newRow("1969 last minute") << s("1969-12-31T23:59") << s("1969-12-31T23:59") << s("1969-12-31T23:59");
        QTest::newRow("9999") << s("9999") << s("9999-01-01T00:00") << s("9999-12-31T23:59");
    }

    void extent()
    {
        QFETCH(QString, text);
        QFETCH(QString, earliest);
        QFETCH(QString, latest);
        const FuzzyDate date = FuzzyDate::fromIsoText(text);
        QVERIFY(date.isValid());
        QCOMPARE(minuteText(date.earliestMinutes()), earliest);
        QCOMPARE(minuteText(date.latestMinutes()), latest);
        QCOMPARE(date.earliest().toString(QStringLiteral("yyyy-MM-ddTHH:mm")), earliest);
        QCOMPARE(date.latest().toString(QStringLiteral("yyyy-MM-ddTHH:mm")), latest);
        QCOMPARE(date.earliest().timeSpec(), Qt::UTC);
        QCOMPARE(date.sortKey(), date.earliestMinutes());
        // The minute count agrees with Qt's own epoch arithmetic.
        QCOMPARE(date.earliestMinutes(), date.earliest().toSecsSinceEpoch() / 60);
        QCOMPARE(date.latestMinutes(), date.latest().toSecsSinceEpoch() / 60);
    }

    void epochMinutesAroundZero()
    {
        QCOMPARE(FuzzyDate::fromIsoText(s("1970-01-01T00:00")).earliestMinutes(), 0);
        QCOMPARE(FuzzyDate::fromIsoText(s("1969-12-31T23:59")).earliestMinutes(), -1);
        QCOMPARE(FuzzyDate::fromIsoText(s("1969")).latestMinutes(), -1);
        QCOMPARE(FuzzyDate::fromYear(1450).earliestMinutes(), epochMinutes(1450, 1, 1));
        QCOMPARE(FuzzyDate::fromYear(1).earliestMinutes(), epochMinutes(1, 1, 1));
        FuzzyDate circaYearOne = FuzzyDate::fromYear(1);
        circaYearOne.setCirca(true);
        QVERIFY(circaYearOne.earliestMinutes() < FuzzyDate::fromYear(1).earliestMinutes());
        QCOMPARE(FuzzyDate::minutesFromDateTime(QDateTime()), 0);
        QCOMPARE(FuzzyDate::dateTimeFromMinutes(-1), QDateTime(QDate(1969, 12, 31), QTime(23, 59), QTimeZone::UTC));
        QCOMPARE(FuzzyDate::minutesFromDateTime(FuzzyDate::dateTimeFromMinutes(-1234567890)), -1234567890);
    }

    void ordering_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("less");
        QTest::newRow("earlier year") << s("2022") << s("2023") << true;
        QTest::newRow("later year") << s("2023") << s("2022") << false;
        QTest::newRow("same year") << s("2023") << s("2023") << false;
        QTest::newRow("year before its april") << s("2023") << s("2023-04") << true;
        QTest::newRow("january before its year") << s("2023-01") << s("2023") << true;
        QTest::newRow("year after its january") << s("2023") << s("2023-01") << false;
        QTest::newRow("first day before january") << s("2023-01-01") << s("2023-01") << true;
        QTest::newRow("midnight before day") << s("2023-01-01T00:00") << s("2023-01-01") << true;
        QTest::newRow("circa before plain") << s("~2015") << s("2015") << true;
        QTest::newRow("range before circa of same extent") << s("2014/2016") << s("~2015") << true;
        QTest::newRow("circa after range of same extent") << s("~2015") << s("2014/2016") << false;
        QTest::newRow("1450 before 2023") << s("1450") << s("2023") << true;
        QTest::newRow("1969 before 1970") << s("1969-12-31T23:59") << s("1970") << true;
        QTest::newRow("null before 1450") << QString() << s("1450") << true;
        QTest::newRow("1450 not before null") << s("1450") << QString() << false;
        QTest::newRow("null not before null") << QString() << QString() << false;
        QTest::newRow("short range before long") << s("2023-04/2023-05") << s("2023-04/2023-06") << true;
        QTest::newRow("minute order") << s("2023-04-25T10:00") << s("2023-04-25T10:01") << true;
    }

    void ordering()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, less);
        const FuzzyDate da = FuzzyDate::fromIsoText(a);
        const FuzzyDate db = FuzzyDate::fromIsoText(b);
        QCOMPARE(da < db, less);
        if (less) {
            QVERIFY(!(db < da));
            if (da.isValid() && db.isValid())
                QVERIFY(da.sortKey() <= db.sortKey());
        }
    }

    void sortIsStable()
    {
        const QStringList expected = {s("1450"), s("~2014"), s("2014/2016"), s("~2015"), s("2015-01-01T00:00"),
            s("2015-01-01"), s("2015-01"), s("2015"), s("2015-04/2015-06"), s("2023-04-25")};
        QList<FuzzyDate> dates;
        for (const QString &text : expected)
            dates.append(FuzzyDate::fromIsoText(text));
        std::reverse(dates.begin(), dates.end());
        std::rotate(dates.begin(), dates.begin() + 3, dates.end());
        std::sort(dates.begin(), dates.end());
        QStringList sorted;
        for (const FuzzyDate &date : std::as_const(dates))
            sorted.append(date.toIsoText());
        QCOMPARE(sorted, expected);
    }

    void display_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fr");
        QTest::addColumn<QString>("en");
        QTest::newRow("year") << s("2023") << s("2023") << s("2023");
        QTest::newRow("month") << s("2023-04") << s("avril 2023") << s("April 2023");
        QTest::newRow("august") << s("2023-08") << s("août 2023") << s("August 2023");
        QTest::newRow("day") << s("2023-04-25") << s("25 avril 2023") << s("25 April 2023");
        QTest::newRow("first") << s("2023-04-01") << s("1er avril 2023") << s("1 April 2023");
        QTest::newRow("first of february") << s("2023-02-01") << s("1er février 2023") << s("1 February 2023");
        QTest::newRow("second") << s("2023-04-02") << s("2 avril 2023") << s("2 April 2023");
        QTest::newRow("minute") << s("2023-04-25T10:05") << s("25 avril 2023 à 10:05") << s("25 April 2023, 10:05");
        QTest::newRow("circa") << s("~2015") << s("vers 2015") << s("c. 2015");
        QTest::newRow("circa month") << s("~2015-12") << s("vers décembre 2015") << s("c. December 2015");
        QTest::newRow("range") << s("2023-04/2023-06") << s("entre avril 2023 et juin 2023")
                               << s("between April 2023 and June 2023");
        QTest::newRow("day range") << s("2023-06-12/2023-06-14") << s("entre 12 juin 2023 et 14 juin 2023")
                                   << s("between 12 June 2023 and 14 June 2023");
        QTest::newRow("circa range") << s("~2014/2016") << s("environ entre 2014 et 2016")
                                     << s("roughly between 2014 and 2016");
        QTest::newRow("1450") << s("1450") << s("1450") << s("1450");
        QTest::newRow("null") << QString() << QString() << QString();
    }

    void display()
    {
        QFETCH(QString, text);
        QFETCH(QString, fr);
        QFETCH(QString, en);
        const FuzzyDate date = FuzzyDate::fromIsoText(text);
        QCOMPARE(date.toDisplayString(Language::French), fr);
        QCOMPARE(date.toDisplayString(Language::English), en);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text :
            {"2023", "2023-04", "2023-04-25", "2023-04-25T10:00", "2023-04-25T00:00", "2023-04-25T23:59", "~2015",
                "~2015-06", "~2015-06-30", "~2015-06-30T12:34", "2023-04/2023-06", "~2023-04/2023-06",
                "2023-06-12/2023-06-14", "2023/2024-02", "2023-04-25T10:00/2023-04-25T12:00", "1450", "0001",
                "0800-07-14", "9999-12-31T23:59", "2024-02-29", "-0001", "-0044", "-0044-03-15", "-0044-03-15T12:00",
                "~-0001", "~-0001-12", "-0500/-0400", "-0001/0001", "-9999-01-01", "-10000", "+10000", "-13800000000",
                "~-13800000000/-4500000000", "-17000000000", "+17000000000", "~+17000000000", "~-17000000000"}) {
            QTest::newRow(text) << s(text);
        }
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        const FuzzyDate date = FuzzyDate::fromIsoText(text);
        QVERIFY(date.isValid());
        QCOMPARE(date.toIsoText(), text);
        const FuzzyDate again = FuzzyDate::fromIsoText(date.toIsoText());
        QCOMPARE(again, date);
        QVERIFY(!(again < date) && !(date < again));
        QCOMPARE(again.earliestMinutes(), date.earliestMinutes());
        QCOMPARE(again.latestMinutes(), date.latestMinutes());
    }

    void factories()
    {
        QVERIFY(FuzzyDate().isNull());
        QVERIFY(!FuzzyDate().isValid());
        QCOMPARE(FuzzyDate().earliestMinutes(), 0);
        QVERIFY(!FuzzyDate::fromYear(0).isValid());
        QVERIFY(FuzzyDate::fromYear(10000).isValid());
        QVERIFY(!FuzzyDate::fromMonth(10000, 1).isValid());
        QVERIFY(!FuzzyDate::fromMonth(-10000, 12).isValid());
        QVERIFY(FuzzyDate::fromMonth(-9999, 12).isValid());
        QVERIFY(!FuzzyDate::fromPoint({-10000, 1, 1, -1}).isValid());
        QCOMPARE(FuzzyDate::fromDay(QDate(-44, 3, 15)).toIsoText(), s("-0044-03-15"));
        QVERIFY(!FuzzyDate::fromMonth(2023, 13).isValid());
        QVERIFY(!FuzzyDate::fromMonth(2023, 0).isValid());
        QVERIFY(!FuzzyDate::fromDay(QDate()).isValid());
        QCOMPARE(FuzzyDate::fromMonth(2023, 4).toIsoText(), s("2023-04"));
        QCOMPARE(FuzzyDate::fromDay(QDate(2023, 4, 25)).toIsoText(), s("2023-04-25"));
        QVERIFY(!FuzzyDate::fromPoint({2023, 4, 25, -5}).isValid());
        QVERIFY(!FuzzyDate::fromPoint({2023, 4, 25, 1440}).isValid());
        QVERIFY(!FuzzyDate::fromPoint({2023, 0, 25, -1}).isValid());
        QVERIFY(!FuzzyDate::fromPoint({2023, 4, 0, 60}).isValid());
        // Converted to UTC: 10:30 in Paris summer time is 08:30Z.
        const QDateTime paris(QDate(2023, 4, 25), QTime(10, 30), QTimeZone(QByteArrayLiteral("Europe/Paris")));
        QCOMPARE(FuzzyDate::fromMinute(paris).toIsoText(), s("2023-04-25T08:30"));
        const QDateTime late(QDate(2023, 4, 25), QTime(23, 30), QTimeZone::fromSecondsAheadOfUtc(-3600));
        QCOMPARE(FuzzyDate::fromMinute(late).toIsoText(), s("2023-04-26T00:30"));
        QVERIFY(!FuzzyDate::fromMinute(QDateTime()).isValid());

        const FuzzyDate april = FuzzyDate::fromMonth(2023, 4);
        const FuzzyDate june = FuzzyDate::fromMonth(2023, 6);
        QCOMPARE(FuzzyDate::between(april, june).toIsoText(), s("2023-04/2023-06"));
        QVERIFY(!FuzzyDate::between(june, april).isValid());
        QVERIFY(!FuzzyDate::between(april, FuzzyDate()).isValid());
        QVERIFY(!FuzzyDate::between(april, april).isRange());
        QCOMPARE(FuzzyDate::between(april, april), april);
        QCOMPARE(FuzzyDate::fromIsoText(s("2023-04/2023-04")), april);
    }

    // Before AD 1: QDate's proleptic Gregorian calendar and its numbering (no year 0) are the reference.
    void bceExtent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("earliest");
        QTest::addColumn<qint64>("latest");
        QTest::newRow("1 BCE") << s("-0001") << epochMinutes(-1, 1, 1) << epochMinutes(1, 1, 1) - 1;
        QTest::newRow("AD 1") << s("0001") << epochMinutes(1, 1, 1) << epochMinutes(2, 1, 1) - 1;
        QTest::newRow("44 BCE") << s("-0044") << epochMinutes(-44, 1, 1) << epochMinutes(-43, 1, 1) - 1;
        QTest::newRow("ides of march") << s("-0044-03-15") << epochMinutes(-44, 3, 15) << epochMinutes(-44, 3, 16) - 1;
        QTest::newRow("noon, ides of march")
            << s("-0044-03-15T12:00") << epochMinutes(-44, 3, 15, 12) << epochMinutes(-44, 3, 15, 12);
        QTest::newRow("1 BCE is leap") << s("-0001-02") << epochMinutes(-1, 2, 1) << epochMinutes(-1, 3, 1) - 1;
        QTest::newRow("december 1 BCE") << s("-0001-12") << epochMinutes(-1, 12, 1) << epochMinutes(1, 1, 1) - 1;
        // Circa widens by one calendar unit each side, across the missing year 0.
        QTest::newRow("circa 1 BCE") << s("~-0001") << epochMinutes(-2, 1, 1) << epochMinutes(2, 1, 1) - 1;
        QTest::newRow("circa AD 1") << s("~0001") << epochMinutes(-1, 1, 1) << epochMinutes(3, 1, 1) - 1;
        QTest::newRow("circa december 1 BCE") << s("~-0001-12") << epochMinutes(-1, 11, 1) << epochMinutes(1, 2, 1) - 1;
        QTest::newRow("circa january AD 1") << s("~0001-01") << epochMinutes(-1, 12, 1) << epochMinutes(1, 3, 1) - 1;
        QTest::newRow("circa 31 december 1 BCE")
            << s("~-0001-12-31") << epochMinutes(-1, 12, 30) << epochMinutes(1, 1, 2) - 1;
        QTest::newRow("range across year 0") << s("-0001/0001") << epochMinutes(-1, 1, 1) << epochMinutes(2, 1, 1) - 1;
        QTest::newRow("BCE range") << s("-0500/-0400") << epochMinutes(-500, 1, 1) << epochMinutes(-399, 1, 1) - 1;
        QTest::newRow("9999 BCE") << s("-9999") << epochMinutes(-9999, 1, 1) << epochMinutes(-9998, 1, 1) - 1;
        QTest::newRow("10000 BCE") << s("-10000") << epochMinutes(-10000, 1, 1) << epochMinutes(-9999, 1, 1) - 1;
        QTest::newRow("AD 20000") << s("+20000") << epochMinutes(20000, 1, 1) << epochMinutes(20001, 1, 1) - 1;
        // Beyond QDate's int years: the Gregorian calendar by hand (Python big integers).
        QTest::newRow("big bang") << s("-13800000000") << Q_INT64_C(-7258099995593280)
                                  << Q_INT64_C(-7258099995067680) - 1;
        QTest::newRow("first year, circa")
            << s("~-17000000000") << Q_INT64_C(-8941137436120320) << Q_INT64_C(-8941137434542081);
        QTest::newRow("last year, circa")
            << s("~+17000000000") << Q_INT64_C(8941135363354080) << Q_INT64_C(8941135364932319);
    }

    void bceExtent()
    {
        QFETCH(QString, text);
        QFETCH(qint64, earliest);
        QFETCH(qint64, latest);
        QString error;
        const FuzzyDate date = FuzzyDate::fromIsoText(text, &error);
        QVERIFY2(date.isValid(), qPrintable(error));
        QCOMPARE(date.earliestMinutes(), earliest);
        QCOMPARE(date.latestMinutes(), latest);
        if (date.start().year >= -9999 && date.end().year <= 9999) {
            QCOMPARE(FuzzyDate::minutesFromDateTime(date.earliest()), earliest);
            QCOMPARE(FuzzyDate::minutesFromDateTime(date.latest()), latest);
        }
    }

    void supportedRange()
    {
        // Every extent stays within ±2^53 minutes, exact in a double.
        constexpr qint64 exact = Q_INT64_C(1) << 53;
        FuzzyDate first = FuzzyDate::fromYear(FuzzyDate::minimumYear());
        FuzzyDate last = FuzzyDate::fromYear(FuzzyDate::maximumYear());
        QVERIFY(first.isValid());
        QVERIFY(last.isValid());
        first.setCirca(true);
        last.setCirca(true);
        QVERIFY(first.earliestMinutes() > -exact);
        QVERIFY(last.latestMinutes() < exact);
        QVERIFY(first < last);
        QVERIFY(!FuzzyDate::fromYear(FuzzyDate::minimumYear() - 1).isValid());
        QVERIFY(!FuzzyDate::fromYear(FuzzyDate::maximumYear() + 1).isValid());
        QVERIFY(!FuzzyDate::fromYear(std::numeric_limits<qint64>::min()).isValid());
        QVERIFY(!FuzzyDate::fromYear(std::numeric_limits<qint64>::max()).isValid());
        QVERIFY(!FuzzyDate::fromYear(0).isValid());
        QCOMPARE(FuzzyDate::minimumYear(), Q_INT64_C(-17000000000));
        QCOMPARE(FuzzyDate::maximumYear(), Q_INT64_C(17000000000));
        // Refused by name, never wrapped or clamped.
        for (const char *text : {"-17000000001", "+17000000001", "-99999999999999999999999", "~+17000000001"}) {
            QString error;
            int column = -1;
            QVERIFY(!FuzzyDate::fromIsoText(s(text), &error, &column).isValid());
            QCOMPARE(error, s("year out of supported range"));
        }
        // Period of the Gregorian calendar: 400 years are 146,097 days, in deep time too.
        QCOMPARE(
            FuzzyDate::fromYear(-13800000000).earliestMinutes() - FuzzyDate::fromYear(-13800000400).earliestMinutes(),
            Q_INT64_C(146097) * 1440);
        // QDateTime stops at about 292 million years: an invalid QDateTime, not a wrong one.
        QVERIFY(!FuzzyDate::fromYear(-13800000000).earliest().isValid());
        QVERIFY(FuzzyDate::fromYear(-100000000).earliest().isValid());
        QCOMPARE(FuzzyDate::fromYear(-100000000).earliest().date().year(), -100000000);
    }

    void orderAcrossYearZero()
    {
        QStringList texts {s("2023"), s("0001"), s("-0001"), s("~-0001"), s("-0044-03-15"), s("-0044"),
            s("-13800000000"), s("-0001-12-31"), s("0001-01-01"), s("-10000"), s("-0500/-0400"), s("+20000"),
            s("-0044-03-16"), s("-0002")};
        QList<FuzzyDate> dates;
        for (const QString &text : texts)
            dates.append(FuzzyDate::fromIsoText(text));
        std::sort(dates.begin(), dates.end());
        QStringList sorted;
        for (const FuzzyDate &date : dates)
            sorted.append(date.toIsoText());
        QCOMPARE(sorted,
            QStringList({s("-13800000000"), s("-10000"), s("-0500/-0400"), s("-0044"), s("-0044-03-15"),
                s("-0044-03-16"), s("-0002"), s("~-0001"), s("-0001"), s("-0001-12-31"), s("0001-01-01"), s("0001"),
                s("2023"), s("+20000")}));
        QVERIFY(FuzzyDate::fromYear(-1).latestMinutes() < FuzzyDate::fromYear(1).earliestMinutes());
        QCOMPARE(FuzzyDate::fromYear(-1).latestMinutes() + 1, FuzzyDate::fromYear(1).earliestMinutes());
    }

    void containing()
    {
        using P = FuzzyDate::Precision;
        const qint64 ides = epochMinutes(-44, 3, 15, 10, 30);
        QCOMPARE(FuzzyDate::containing(ides, P::Minute).toIsoText(), s("-0044-03-15T10:30"));
        QCOMPARE(FuzzyDate::containing(ides, P::Day).toIsoText(), s("-0044-03-15"));
        QCOMPARE(FuzzyDate::containing(ides, P::Month).toIsoText(), s("-0044-03"));
        QCOMPARE(FuzzyDate::containing(ides, P::Year).toIsoText(), s("-0044"));
        QCOMPARE(FuzzyDate::containing(epochMinutes(2023, 4, 25, 10), P::Day).toIsoText(), s("2023-04-25"));
        const qint64 deep = FuzzyDate::fromYear(-13800000000).earliestMinutes() + 1000;
        QCOMPARE(FuzzyDate::containing(deep, P::Day).toIsoText(), s("-13800000000"));
        QVERIFY(!FuzzyDate::containing(std::numeric_limits<qint64>::min(), P::Year).isValid());
        QVERIFY(!FuzzyDate::containing(std::numeric_limits<qint64>::max(), P::Year).isValid());
    }

    void bceDisplay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fr");
        QTest::addColumn<QString>("en");
        const QString frGroup = QLocale(QLocale::French).groupSeparator();
        QTest::newRow("44 BCE") << s("-0044") << s("44 av. J.-C.") << s("44 BCE");
        QTest::newRow("1 BCE") << s("-0001") << s("1 av. J.-C.") << s("1 BCE");
        QTest::newRow("ides of march") << s("-0044-03-15") << s("15 mars 44 av. J.-C.") << s("15 March 44 BCE");
        QTest::newRow("month") << s("-0044-03") << s("mars 44 av. J.-C.") << s("March 44 BCE");
        QTest::newRow("circa") << s("~-3500") << s("vers 3500 av. J.-C.") << s("c. 3500 BCE");
        QTest::newRow("range") << s("-0500/-0400") << s("entre 500 av. J.-C. et 400 av. J.-C.")
                               << s("between 500 BCE and 400 BCE");
        QTest::newRow("across year 0") << s("-0001/0001") << s("entre 1 av. J.-C. et 1") << s("between 1 BCE and 1");
        QTest::newRow("12,000 BCE") << s("-12000") << QString(s("12") + frGroup + s("000 av. J.-C."))
                                    << s("12,000 BCE");
        QTest::newRow("AD 20000") << s("+20000") << QString(s("20") + frGroup + s("000 apr. J.-C.")) << s("20,000 CE");
        QTest::newRow("1,234,567 BCE") << s("-1234567")
                                       << QString(s("1") + frGroup + s("234") + frGroup + s("567 av. J.-C."))
                                       << s("1,234,567 BCE");
        QTest::newRow("one million") << s("-1000000") << s("1 million av. J.-C.") << s("1 million BCE");
        QTest::newRow("2.5 million") << s("-2500000") << s("2,5 millions av. J.-C.") << s("2.5 million BCE");
        QTest::newRow("big bang") << s("-13800000000") << s("13,8 milliards av. J.-C.") << s("13.8 billion BCE");
        QTest::newRow("earth") << s("-4540000000") << s("4,54 milliards av. J.-C.") << s("4.54 billion BCE");
        QTest::newRow("circa big bang") << s("~-13800000000") << s("vers 13,8 milliards av. J.-C.")
                                        << s("c. 13.8 billion BCE");
    }

    void bceDisplay()
    {
        QFETCH(QString, text);
        QFETCH(QString, fr);
        QFETCH(QString, en);
        const FuzzyDate date = FuzzyDate::fromIsoText(text);
        QVERIFY(date.isValid());
        QCOMPARE(date.toDisplayString(Language::French), fr);
        QCOMPARE(date.toDisplayString(Language::English), en);
    }

    void wordingIsKept()
    {
        FuzzyDate date = FuzzyDate::fromIsoText(s("2023-04-24/2023-04-25"));
        date.setWording(s("plus tôt cette semaine"));
        date.setReferenceDate(QDate(2023, 4, 26));
        QCOMPARE(date.wording(), s("plus tôt cette semaine"));
        QCOMPARE(date.referenceDate(), QDate(2023, 4, 26));
        FuzzyDate plain = FuzzyDate::fromIsoText(s("2023-04-24/2023-04-25"));
        QVERIFY(!(plain == date));
        // The wording does not change where the date sorts.
        QVERIFY(!(plain < date) && !(date < plain));
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
