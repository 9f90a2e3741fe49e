// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fuzzydate.h"

#include <QTest>

using namespace Frise;

class TestFuzzyDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::newRow("year") << QStringLiteral("2023") << int(FuzzyDate::Precision::Year);
        QTest::newRow("month") << QStringLiteral("2023-04") << int(FuzzyDate::Precision::Month);
        QTest::newRow("day") << QStringLiteral("2023-04-25") << int(FuzzyDate::Precision::Day);
        QTest::newRow("minute") << QStringLiteral("2023-04-25T10:00") << int(FuzzyDate::Precision::Minute);
        QTest::newRow("circa") << QStringLiteral("~2015") << int(FuzzyDate::Precision::Year);
        QTest::newRow("range") << QStringLiteral("2023-04/2023-06") << int(FuzzyDate::Precision::Month);
    }

    void isoRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QString error;
        const FuzzyDate date = FuzzyDate::fromIsoText(text, &error);
        QVERIFY2(date.isValid(), qPrintable(error));
        QCOMPARE(int(date.precision()), precision);
        QCOMPARE(date.toIsoText(), text);
    }

    void yearIsNotJanuaryFirst()
    {
        const FuzzyDate year = FuzzyDate::fromYear(2023);
        QCOMPARE(year.earliest(), QDateTime(QDate(2023, 1, 1), QTime(0, 0), QTimeZone::UTC));
        QCOMPARE(year.latest(), QDateTime(QDate(2023, 12, 31), QTime(23, 59), QTimeZone::UTC));
    }

    void display_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fr");
        QTest::addColumn<QString>("en");
        QTest::newRow("month") << QStringLiteral("2023-04") << QStringLiteral("avril 2023")
                               << QStringLiteral("April 2023");
        QTest::newRow("circa") << QStringLiteral("~2015") << QStringLiteral("vers 2015") << QStringLiteral("c. 2015");
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
};

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
