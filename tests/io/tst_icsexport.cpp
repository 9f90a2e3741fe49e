// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exporter.h"

#include <KCalendarCore/Event>
#include <KCalendarCore/ICalFormat>
#include <KCalendarCore/MemoryCalendar>

#include <QTest>
#include <QTimeZone>

using namespace Frise;
using namespace Frise::Io;

class TestIcsExport final : public QObject
{
    Q_OBJECT

private:
    static Event event(const QString &uid, const QString &start, const QString &end = {})
    {
        Event e;
        e.uid = uid;
        e.title = BilingualText::both(QStringLiteral("Titre ") + uid, QStringLiteral("Title ") + uid);
        e.start = FuzzyDate::fromIsoText(start);
        if (!end.isEmpty())
            e.end = FuzzyDate::fromIsoText(end);
        return e;
    }

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<bool>("allDay");
        QTest::addColumn<QDateTime>("dtStart");
        QTest::addColumn<QDateTime>("dtEnd"); // KCalendarCore's: inclusive last day for all-day events
        QTest::addColumn<QByteArray>("raw");
        const auto day = [](int y, int m, int d) { return QDateTime(QDate(y, m, d), QTime()); };
        QTest::newRow("day") << "2023-04-25" << "" << true << day(2023, 4, 25) << day(2023, 4, 25)
                             << QByteArray("DTSTART;VALUE=DATE:20230425");
        QTest::newRow("month") << "2023-02" << "" << true << day(2023, 2, 1) << day(2023, 2, 28)
                               << QByteArray("DTEND;VALUE=DATE:20230301");
        QTest::newRow("year") << "2015" << "" << true << day(2015, 1, 1) << day(2015, 12, 31)
                              << QByteArray("DTEND;VALUE=DATE:20160101");
        QTest::newRow("day span") << "2023-12-27" << "2023-12-31" << true << day(2023, 12, 27) << day(2023, 12, 31)
                                  << QByteArray("DTEND;VALUE=DATE:20240101");
        QTest::newRow("range") << "2023-04-17/2023-04-20" << "" << true << day(2023, 4, 17) << day(2023, 4, 20)
                               << QByteArray("DTSTART;VALUE=DATE:20230417");
        const QDateTime minute(QDate(2023, 4, 19), QTime(23, 15), QTimeZone::UTC);
        QTest::newRow("minute") << "2023-04-19T23:15" << "" << false << minute << minute
                                << QByteArray("DTSTART:20230419T231500Z");
        QTest::newRow("minute span") << "2023-04-19T23:15" << "2023-04-20T01:00" << false << minute
                                     << QDateTime(QDate(2023, 4, 20), QTime(1, 0), QTimeZone::UTC)
                                     << QByteArray("DTEND:20230420T010000Z");
        QTest::newRow("minute to day") << "2023-04-19T23:15" << "2023-04-21" << true << day(2023, 4, 19)
                                       << day(2023, 4, 21) << QByteArray("DTEND;VALUE=DATE:20230422");
    }

    void dates()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(bool, allDay);
        QFETCH(QDateTime, dtStart);
        QFETCH(QDateTime, dtEnd);
        QFETCH(QByteArray, raw);
        Dataset d;
        d.events = {event(QStringLiteral("only"), start, end)};
        ExportOptions options;
        options.format = Format::Ics;
        const QByteArray ics = Exporter::exportData(d, options);
        QVERIFY2(ics.contains(raw), ics.constData());

        KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        KCalendarCore::ICalFormat format;
        QVERIFY(format.fromString(calendar, QString::fromUtf8(ics)));
        const KCalendarCore::Event::List events = calendar->events();
        QCOMPARE(events.size(), 1);
        const KCalendarCore::Event::Ptr &e = events.first();
        QCOMPARE(e->allDay(), allDay);
        if (allDay) {
            QCOMPARE(e->dtStart().date(), dtStart.date());
            QCOMPARE(e->dtEnd().date(), dtEnd.date());
        } else {
            QCOMPARE(e->dtStart().toUTC(), dtStart);
            QCOMPARE(e->dtEnd().toUTC(), dtEnd);
        }
    }

    // RFC 5545 dates have four-digit years: events before AD 1 or in deep time are left out.
    void leavesOutYearsIcsCannotWrite()
    {
        Dataset d;
        d.events = {event(QStringLiteral("ides"), QStringLiteral("-0044-03-15")),
            event(QStringLiteral("big-bang"), QStringLiteral("~-13800000000")),
            event(QStringLiteral("circa-one"), QStringLiteral("~0001")),
            event(QStringLiteral("far-future"), QStringLiteral("+20000")),
            event(QStringLiteral("kept"), QStringLiteral("0079"))};
        ExportOptions options;
        options.format = Format::Ics;
        const QByteArray ics = Exporter::exportData(d, options);
        KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        KCalendarCore::ICalFormat format;
        QVERIFY(format.fromString(calendar, QString::fromUtf8(ics)));
        const KCalendarCore::Event::List events = calendar->events();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first()->uid(), QStringLiteral("kept"));
        QVERIFY2(ics.contains("DTSTART;VALUE=DATE:00790101"), ics.constData());
    }

    void textAndLanguage()
    {
        Dataset d;
        Event e = event(QStringLiteral("a"), QStringLiteral("2023-04-25"));
        e.title = BilingualText::both(QStringLiteral("Plainte ; virgule, et \\ barre"), QStringLiteral("Lawsuit"));
        e.text = BilingualText::both(QStringLiteral("Ligne 1\nLigne 2"), QString());
        e.notes = QStringLiteral("SECRET");
        d.events = {e, event(QStringLiteral("b"), QStringLiteral("2024")),
            event(QStringLiteral("c"), QStringLiteral("2025-01"))};
        ExportOptions options;
        options.format = Format::Ics;
        options.language = Language::French;
        const QByteArray ics = Exporter::exportData(d, options);
        QVERIFY(ics.contains("SUMMARY:Plainte \\; virgule\\, et \\\\ barre"));
        QVERIFY(!ics.contains("SECRET"));
        KCalendarCore::MemoryCalendar::Ptr calendar(new KCalendarCore::MemoryCalendar(QTimeZone::utc()));
        KCalendarCore::ICalFormat format;
        QVERIFY(format.fromString(calendar, QString::fromUtf8(ics)));
        QCOMPARE(calendar->events().size(), 3);
        const KCalendarCore::Event::Ptr a = calendar->event(QStringLiteral("a"));
        QVERIFY(a);
        QCOMPARE(a->summary(), e.title.fr);
        QCOMPARE(a->description(), e.text.fr);
        options.language = Language::English;
        const QByteArray english = Exporter::exportData(d, options);
        QVERIFY(english.contains("SUMMARY:Lawsuit"));
        QVERIFY(english.contains("DESCRIPTION:Ligne 1\\nLigne 2")); // falls back to French
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
