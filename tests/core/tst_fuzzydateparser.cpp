// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fuzzydateparser.h"

#include <QTest>

using namespace Frise;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Wednesday 26 April 2023: its week runs from Monday 24 to Sunday 30 April.
const QDate wednesday(2023, 4, 26);

FuzzyDateParser::DateOrder orderOf(const QString &code)
{
    FuzzyDateParser::DateOrder order = FuzzyDateParser::DateOrder::DayMonthYear;
    FuzzyDateParser::dateOrderFromCode(code, &order);
    return order;
}

} // namespace

class TestFuzzyDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<bool>("relative");

        auto row = [](const char *text, const char *iso, const char *order = "dmy") {
            QTest::newRow(text) << s(text) << s(order) << QDate() << s(iso) << false;
        };
        auto rel = [](const char *text, const char *iso, QDate reference = wednesday) {
            QTest::newRow(text) << s(text) << s("dmy") << reference << s(iso) << true;
        };
        // Canonical text.
        row("2023", "2023");
        row("2023-04", "2023-04");
        row("2023-04-25", "2023-04-25");
        row("2023-04-25T10:00", "2023-04-25T10:00");
        row("~2015", "~2015");
        row("~2023-04/2023-06", "~2023-04/2023-06");
        row("2023-04/2023-06", "2023-04/2023-06");
        row("2023-06-12/2023-06-14", "2023-06-12/2023-06-14");
        row("  2023-04-25  ", "2023-04-25");
        // Numeric dates and the date order.
        row("25/04/2023", "2023-04-25");
        row("25-04-2023", "2023-04-25");
        row("25.04.2023", "2023-04-25");
        row("5/4/2023", "2023-04-05");
        row("04/25/2023", "2023-04-25", "mdy");
        row("4/5/2023", "2023-04-05", "mdy");
        row("2023-04-25 (ymd)", "2023-04-25", "ymd");
        row("2023/04/25", "2023-04-25", "ymd");
        row("2023/04/25 dmy", "2023-04-25");
        row("2023-04-25 mdy", "2023-04-25", "mdy");
        row("04/2023", "2023-04");
        row("12/2023", "2023-12", "mdy");
        row("29/02/2024", "2024-02-29");
        // Words, French.
        row("25 avril 2023", "2023-04-25");
        row("1er avril 2023", "2023-04-01");
        row("le 1er avril 2023", "2023-04-01");
        row("Le 25 Avril 2023", "2023-04-25");
        row("mardi 25 avril 2023", "2023-04-25");
        row("avril 2023", "2023-04");
        row("en avril 2023", "2023-04");
        row("en 2023", "2023");
        row("AVRIL 2023", "2023-04");
        row("3 février 2023", "2023-02-03");
        row("3 fevrier 2023", "2023-02-03");
        row("15 août 2023", "2023-08-15");
        row("15 aout 2023", "2023-08-15");
        row("1er décembre 2022", "2022-12-01");
        row("1er decembre 2022", "2022-12-01");
        row("3 janv. 2023", "2023-01-03");
        row("févr. 2023", "2023-02");
        row("sept 2023", "2023-09");
        row("25 avril 2023 à 10h30", "2023-04-25T10:30");
        row("25 avril 2023 a 10h30", "2023-04-25T10:30");
        row("25 avril 2023 à 10h", "2023-04-25T10:00");
        row("25 avril 2023, 10:30", "2023-04-25T10:30");
        row("25/04/2023 10:30", "2023-04-25T10:30");
        row("25/04/2023 à 9h05", "2023-04-25T09:05");
        // Words, English.
        row("April 25, 2023", "2023-04-25");
        row("April 25 2023", "2023-04-25");
        row("April 25th, 2023", "2023-04-25");
        row("Tuesday, April 25, 2023", "2023-04-25");
        row("25 April 2023", "2023-04-25");
        row("25th of April 2023", "2023-04-25");
        row("1st April 2023", "2023-04-01");
        row("Apr. 25, 2023", "2023-04-25");
        row("April 2023", "2023-04");
        row("in April 2023", "2023-04");
        row("in 2023", "2023");
        row("april 25, 2023 at 3:15 pm", "2023-04-25T15:15");
        row("April 25, 2023 at 12am", "2023-04-25T00:00");
        row("April 25, 2023 at 12:30 p.m.", "2023-04-25T12:30");
        // Circa.
        row("vers 2015", "~2015");
        row("Vers 2015", "~2015");
        row("environ 2015", "~2015");
        row("c. 2015", "~2015");
        row("c.2015", "~2015");
        row("ca. 2015", "~2015");
        row("circa 2015", "~2015");
        row("about 2015", "~2015");
        row("~ 2015", "~2015");
        row("vers avril 2015", "~2015-04");
        // Ranges.
        row("entre avril et juin 2023", "2023-04/2023-06");
        row("between April and June 2023", "2023-04/2023-06");
        row("entre avril 2023 et juin 2023", "2023-04/2023-06");
        row("entre décembre et février 2024", "2023-12/2024-02");
        row("du 12 au 14 juin 2023", "2023-06-12/2023-06-14");
        row("du 28 mai au 3 juin 2023", "2023-05-28/2023-06-03");
        row("from 12 to 14 June 2023", "2023-06-12/2023-06-14");
        row("d'avril à juin 2023", "2023-04/2023-06");
        row("d’avril à juin 2023", "2023-04/2023-06");
        row("de 2015 à 2017", "2015/2017");
        row("entre 2015 et 2017", "2015/2017");
        row("2015-2017", "2015/2017");
        row("2015–2017", "2015/2017");
        row("25/04/2023 - 27/04/2023", "2023-04-25/2023-04-27");
        row("vers 2014-2016", "~2014/2016");
        row("from 2023", "2023");
        row("à partir du 1er mai 2023", "2023-05-01");
        // Relative wording, reference Wednesday 26 April 2023.
        rel("aujourd'hui", "2023-04-26");
        rel("aujourd’hui", "2023-04-26");
        rel("Aujourd'hui", "2023-04-26");
        rel("today", "2023-04-26");
        rel("hier", "2023-04-25");
        rel("Hier soir", "2023-04-25");
        rel("yesterday", "2023-04-25");
        rel("yesterday at 10:30", "2023-04-25T10:30");
        rel("hier à 10h30", "2023-04-25T10:30");
        rel("avant-hier", "2023-04-24");
        rel("demain", "2023-04-27");
        rel("tomorrow", "2023-04-27");
        rel("après-demain", "2023-04-28");
        rel("ce matin", "2023-04-26");
        rel("plus tôt cette semaine", "2023-04-24/2023-04-25");
        rel("plus tot cette semaine", "2023-04-24/2023-04-25");
        rel("earlier this week", "2023-04-24/2023-04-25");
        rel("earlier this week (tuesday)", "2023-04-24", QDate(2023, 4, 25));
        rel("earlier this week (monday)", "2023-04-24", QDate(2023, 4, 24));
        rel("plus tard cette semaine", "2023-04-27/2023-04-30");
        rel("cette semaine", "2023-04-24/2023-04-30");
        rel("this week", "2023-04-24/2023-04-30");
        rel("this week (sunday)", "2023-04-24/2023-04-30", QDate(2023, 4, 30));
        rel("la semaine prochaine", "2023-05-01/2023-05-07");
        rel("next week", "2023-05-01/2023-05-07");
        rel("à compter de la semaine prochaine", "2023-05-01");
        rel("a compter de la semaine prochaine", "2023-05-01");
        rel("à partir de la semaine prochaine", "2023-05-01");
        rel("from next week", "2023-05-01");
        rel("la semaine dernière", "2023-04-17/2023-04-23");
        rel("la semaine derniere", "2023-04-17/2023-04-23");
        rel("last week", "2023-04-17/2023-04-23");
        rel("le mois dernier", "2023-03");
        rel("last month", "2023-03");
        rel("last month (january)", "2022-12", QDate(2023, 1, 15));
        rel("ce mois-ci", "2023-04");
        rel("le mois prochain", "2023-05");
        rel("l'année dernière", "2022");
        rel("l’année dernière", "2022");
        rel("l'an dernier", "2022");
        rel("last year", "2022");
        rel("cette année", "2023");
        rel("next year", "2024");
        rel("lundi dernier", "2023-04-24");
        rel("last Monday", "2023-04-24");
        rel("last Wednesday", "2023-04-19");
        rel("vendredi prochain", "2023-04-28");
        rel("next Wednesday", "2023-05-03");
        rel("il y a 3 jours", "2023-04-23");
        rel("3 days ago", "2023-04-23");
        rel("vers hier", "~2023-04-25");
        rel("25 avril", "2023-04-25");
        rel("25/04", "2023-04-25");
        rel("April 25", "2023-04-25");
        rel("28 décembre (early January)", "2022-12-28", QDate(2023, 1, 3));
        rel("entre le 12 et le 14 juin", "2023-06-12/2023-06-14");
        // Early years.
        row("vers 1450", "~1450");
        row("en 1450", "1450");
        row("15 mars 1450", "1450-03-15");
        row("entre 1450 et 1460", "1450/1460");
        row("0800", "0800");
        // Before AD 1 (historical years: 1 BC is followed by AD 1) and deep time.
        row("44 av. J.-C.", "-0044");
        row("44 av J.-C.", "-0044");
        row("44 av. JC", "-0044");
        row("44 avant J.-C.", "-0044");
        row("44 avant Jésus-Christ", "-0044");
        row("44 AEC", "-0044");
        row("44 BC", "-0044");
        row("44 B.C.", "-0044");
        row("44 BCE", "-0044");
        row("44 B.C.E.", "-0044");
        row("-44", "-0044");
        row("−44 (minus sign)", "-0044");
        row("-0044", "-0044");
        row("3500 av. J.-C.", "-3500");
        row("3500 BC", "-3500");
        row("1 av. J.-C.", "-0001");
        row("12000 av. J.-C.", "-12000");
        row("-13800000000", "-13800000000");
        row("13800000000 BC", "-13800000000");
        row("+20000", "+20000");
        row("44 apr. J.-C.", "0044");
        row("44 AD", "0044");
        row("2023 apr. J.-C.", "2023");
        row("vers 44 av. J.-C.", "~-0044");
        row("c. 3500 BC", "~-3500");
        row("en 44 av. J.-C.", "-0044");
        row("15 mars 44 av. J.-C.", "-0044-03-15");
        row("March 15, 44 BC", "-0044-03-15");
        row("mars 44 av. J.-C.", "-0044-03");
        row("-0044-03-15", "-0044-03-15");
        row("-0044-03-15T12:00", "-0044-03-15T12:00");
        row("-0500/-0400", "-0500/-0400");
        row("entre 500 et 400 av. J.-C.", "-0500/-0400");
        row("entre 3500 et 3000 av. J.-C.", "-3500/-3000");
        row("de 44 à 40 av. J.-C.", "-0044/-0040");
        row("from 500 to 400 BC", "-0500/-0400");
        row("500 av. J.-C. - 400 av. J.-C.", "-0500/-0400");
        row("entre 50 av. J.-C. et 50 apr. J.-C.", "-0050/0050");
        row("entre 30 et 50 apr. J.-C.", "0030/0050");
        // An absolute date does not record the reference date it did not need.
        QTest::newRow("absolute with reference")
            << s("25 avril 2023") << s("dmy") << wednesday << s("2023-04-25") << false;
        QTest::newRow("iso with reference") << s("2023-04") << s("mdy") << wednesday << s("2023-04") << false;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, order);
        QFETCH(QDate, reference);
        QFETCH(QString, iso);
        QFETCH(bool, relative);
        // Row names may carry a note in parentheses; the input is before it.
        const qsizetype note = text.indexOf(QStringLiteral(" ("));
        const QString input = note > 0                                                     ? text.left(note)
            : text.endsWith(QLatin1String(" dmy")) || text.endsWith(QLatin1String(" mdy")) ? text.left(text.size() - 4)
                                                                                           : text;
        const FuzzyDateParser parser(orderOf(order), reference);
        const FuzzyDateParser::Result result = parser.parse(input);
        QVERIFY2(result.isValid(), qPrintable(result.error + u'@' + QString::number(result.errorColumn)));
        QCOMPARE(result.date.toIsoText(), iso);
        QCOMPARE(result.date.wording(), input.trimmed());
        QCOMPARE(result.date.referenceDate(), relative ? reference : QDate());
        QCOMPARE(result.errorColumn, -1);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.length, int(input.trimmed().size() + (input.size() - input.trimmed().size()) / 2));
        QVERIFY(result.date.earliestMinutes() <= result.date.latestMinutes());
    }

    void reject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("order");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("column");
        auto row
            = [](const char *name, const char *text, int column, const char *order = "dmy", QDate reference = QDate()) {
                  QTest::newRow(name) << s(text) << s(order) << reference << column;
              };
        row("empty", "", 0);
        row("spaces", "   ", 3);
        row("month 13 iso", "2023-13", 5);
        row("february 30 iso", "2023-02-30", 8);
        row("letter in year", "20x3", 2);
        row("range backwards", "2023-04/2022", 8);
        row("trailing junk", "2023-04-25 foo", 11);
        row("junk glued to year", "2023x", 4);
        row("not a date", "Microsoft", 0);
        row("month 13 dmy", "25/13/2023", 3);
        row("month-first under dmy", "04/25/2023", 3);
        row("day-first under mdy", "25/04/2023", 0, "mdy");
        row("year last under ymd", "25/04/2023", 0, "ymd");
        row("february 30 numeric", "30/02/2023", 0);
        row("february 29 non-leap", "29 février 2023", 0);
        row("april 31 words", "31 avril 2023", 0);
        row("two-digit year", "25/04/23", 6);
        row("month 13 alone", "13/2023", 0);
        row("hour 24", "25/04/2023 24:00", 11);
        row("minute 60", "25 avril 2023 à 10h60", 16);
        row("misspelt month", "25 avrl 2023", 3);
        row("month without year", "avril", 5);
        row("weekday mismatch", "lundi 25 avril 2023", 0);
        row("relative without reference", "hier", 0);
        row("week without reference", "plus tôt cette semaine", 0);
        row("day-month without reference", "25 avril", 0);
        row("numeric day-month without reference", "25/04", 0);
        row("range backwards words", "entre juin 2023 et avril 2023", 19);
        row("range backwards numeric", "27/04/2023 - 25/04/2023", 13);
        row("year 0", "0000", 0);
        row("year 0 BC", "0 av. J.-C.", 0);
        row("year -0", "-0", 0);
        row("before the first year", "-17000000001", 0);
        row("before the first year BC", "17000000001 av. J.-C.", 0);
        row("after the last year", "+17000000001", 0);
        row("far too many digits", "-99999999999999999999999", 0);
        row("month of a deep year", "mars 10000 av. J.-C.", 0);
        row("three-digit year without era", "entre 500 et 400", 6);
        row("BCE range backwards", "entre 400 av. J.-C. et 500 av. J.-C.", 23);
        row("era glued", "44 av. J.-Ca", 3);
        row("trailing after relative", "hier soir tard", 10, "dmy", wednesday);
    }

    void reject()
    {
        QFETCH(QString, text);
        QFETCH(QString, order);
        QFETCH(QDate, reference);
        QFETCH(int, column);
        const FuzzyDateParser parser(orderOf(order), reference);
        const FuzzyDateParser::Result result = parser.parse(text);
        QVERIFY2(!result.isValid(), qPrintable(result.date.toIsoText()));
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorColumn, column);
        QCOMPARE(result.length, 0);
        QString error;
        int errorColumn = -1;
        QVERIFY(!parser.parseDate(text, &error, &errorColumn).isValid());
        QCOMPARE(error, result.error);
        QCOMPARE(errorColumn, column);
    }

    void leading_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<int>("length");
        auto row
            = [](const char *line, const char *iso, int length) { QTest::newRow(line) << s(line) << s(iso) << length; };
        row("25/04/2023 Microsoft retire Twitter", "2023-04-25", 10);
        row("  25/04/2023 Microsoft", "2023-04-25", 12);
        row("25 avril 2023 Microsoft", "2023-04-25", 13);
        row("25 avril 2023 a annoncé", "2023-04-25", 13);
        row("25 avril 2023 à 10h30 Microsoft", "2023-04-25T10:30", 21);
        row("2023 Microsoft", "2023", 4);
        row("hier Microsoft", "2023-04-25", 4);
        row("Hier, Microsoft", "2023-04-25", 4);
        row("April 25, Microsoft said", "2023-04-25", 8);
        row("April 25, 2023: Microsoft", "2023-04-25", 14);
        row("25/04/2023 - Microsoft", "2023-04-25", 10);
        row("entre avril et juin 2023 Reddit", "2023-04/2023-06", 24);
        row("la semaine prochaine Reddit", "2023-05-01/2023-05-07", 20);
        row("2023-04-25T10:00 test", "2023-04-25T10:00", 16);
        row("25/04/2023", "2023-04-25", 10);
        row("vers 2015 OpenAI", "~2015", 9);
        row("44 av. J.-C. César est assassiné", "-0044", 12);
        row("44 BC Caesar is killed", "-0044", 5);
        row("2023 ce matin", "2023", 4);
        row("-44 César", "-0044", 3);
    }

    void leading()
    {
        QFETCH(QString, line);
        QFETCH(QString, iso);
        QFETCH(int, length);
        const FuzzyDateParser parser(FuzzyDateParser::DateOrder::DayMonthYear, wednesday);
        const FuzzyDateParser::Result result = parser.parseLeading(line);
        QVERIFY2(result.isValid(), qPrintable(result.error + u'@' + QString::number(result.errorColumn)));
        QCOMPARE(result.date.toIsoText(), iso);
        QCOMPARE(result.length, length);
        QCOMPARE(result.date.wording(), line.left(length).trimmed());
    }

    void noLeadingDate_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("word") << s("Microsoft retire Twitter");
        QTest::newRow("month word") << s("Mars rachète Twitter");
        QTest::newRow("may") << s("May the best win");
        QTest::newRow("vers") << s("Vers une régulation");
        QTest::newRow("du") << s("Du contenu généré");
        QTest::newRow("number") << s("3 entreprises attaquent");
        QTest::newRow("glued") << s("2023abc");
        QTest::newRow("empty") << QString();
    }

    void noLeadingDate()
    {
        QFETCH(QString, line);
        const FuzzyDateParser parser(FuzzyDateParser::DateOrder::DayMonthYear, wednesday);
        const FuzzyDateParser::Result result = parser.parseLeading(line);
        QVERIFY2(!result.isValid(), qPrintable(result.date.toIsoText()));
        QCOMPARE(result.length, 0);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.errorColumn >= 0);
    }

    void dateOrderCodes()
    {
        using O = FuzzyDateParser::DateOrder;
        for (O order : {O::DayMonthYear, O::MonthDayYear, O::YearMonthDay}) {
            O back = O::DayMonthYear;
            QVERIFY(FuzzyDateParser::dateOrderFromCode(FuzzyDateParser::dateOrderCode(order), &back));
            QCOMPARE(back, order);
        }
        O order = O::YearMonthDay;
        QVERIFY(FuzzyDateParser::dateOrderFromCode(s("MDY"), &order));
        QCOMPARE(order, O::MonthDayYear);
        QVERIFY(!FuzzyDateParser::dateOrderFromCode(s("dym"), &order));
        QCOMPARE(order, O::MonthDayYear);
        QCOMPARE(FuzzyDateParser().dateOrder(), O::DayMonthYear);
        QVERIFY(!FuzzyDateParser().referenceDate().isValid());
    }
};

QTEST_GUILESS_MAIN(TestFuzzyDateParser)
#include "tst_fuzzydateparser.moc"
