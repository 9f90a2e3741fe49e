// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exporter.h"
#include "io/importer.h"
#include "io/timelinejscsv.h"
#include "io/timelinejsjson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Frise;
using namespace Frise::Io;

class TestTimelineJs final : public QObject
{
    Q_OBJECT

private:
    static ImportResult readJson(const QString &name, Language language = Language::English)
    {
        ImportOptions options;
        options.language = language;
        ImportResult result;
        TimelineJsJson::read(readIoData(name), options, &result);
        return result;
    }

private Q_SLOTS:
    void importJson()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs.json"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Dataset &d = result.dataset;
        QCOMPARE(d.title.en, QStringLiteral("AI and the press"));
        QCOMPARE(d.events.size(), 5); // four events and one era
        const Event &founded = d.events.at(0);
        QCOMPARE(founded.id, 1);
        QCOMPARE(founded.uid, QStringLiteral("openai-founded"));
        QCOMPARE(founded.start.precision(), FuzzyDate::Precision::Year);
        QCOMPARE(founded.start.wording(), QStringLiteral("early 2015"));
        QCOMPARE(founded.title.enStatus, TranslationStatus::Original);
        QCOMPARE(founded.title.frStatus, TranslationStatus::Missing);
        QCOMPARE(d.events.at(1).start.precision(), FuzzyDate::Precision::Month);
        QCOMPARE(d.events.at(2).start.toIsoText(), QStringLiteral("2023-12-27"));
        QCOMPARE(d.events.at(2).end.toIsoText(), QStringLiteral("2023-12-31"));
        QCOMPARE(d.events.at(3).start.toIsoText(), QStringLiteral("2025-01-25T10:30"));
        // Groups become disputes, shared by title.
        QCOMPARE(d.disputes.size(), 2);
        QCOMPARE(d.events.at(1).disputeIds, QList<RowId> {1});
        QCOMPARE(d.events.at(3).disputeIds, QList<RowId> {1});
        // Media become sources.
        QCOMPARE(d.sources.size(), 2);
        QCOMPARE(d.sources.at(0).outlet, QStringLiteral("Reuters"));
        QCOMPARE(d.sources.at(0).title, QStringLiteral("Getty Images statement"));
        QCOMPARE(d.sources.at(0).url, QStringLiteral("https://example.org/getty"));
        // Eras are events tagged "era".
        const Event &era = d.events.at(4);
        QCOMPARE(era.tags, QStringList {QStringLiteral("era")});
        QCOMPARE(era.end.toIsoText(), QStringLiteral("2023"));
        QVERIFY(result.warnings.isEmpty());
    }

    void importLanguage()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs.json"), Language::French);
        QVERIFY(result.ok());
        const Event &event = result.dataset.events.at(0);
        QCOMPARE(event.title.fr, QStringLiteral("OpenAI is founded"));
        QCOMPARE(event.title.frStatus, TranslationStatus::Original);
        QCOMPARE(event.title.enStatus, TranslationStatus::Missing);
        QVERIFY(event.title.en.isEmpty());
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("fr") << Language::French;
    }

    void jsonRoundTrip()
    {
        QFETCH(Language, language);
        const QByteArray original = readIoData(QStringLiteral("timelinejs.json"));
        const ImportResult result = readJson(QStringLiteral("timelinejs.json"), language);
        QVERIFY(result.ok());
        ExportOptions options;
        options.format = Format::TimelineJsJson;
        options.language = language;
        const QByteArray written = Exporter::exportData(result.dataset, options);
        QCOMPARE(QJsonDocument::fromJson(written), QJsonDocument::fromJson(original));
    }

    void looseJson()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs-loose.json"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Dataset &d = result.dataset;
        QCOMPARE(d.events.size(), 3);
        QCOMPARE(d.events.at(0).start.toIsoText(), QStringLiteral("2020-03"));
        QCOMPARE(d.events.at(0).start.wording(), QStringLiteral("mars 2020"));
        QCOMPARE(d.events.at(1).start.toIsoText(), QStringLiteral("2021-06-01T09:00"));
        QCOMPARE(d.events.at(1).start.wording(), QStringLiteral("un matin"));
        QVERIFY(d.events.at(1).end.isNull());
        QCOMPARE(d.events.at(1).uid, QStringLiteral("seconds-dropped"));
        QCOMPARE(d.events.at(2).uid, QStringLiteral("seconds-dropped-2"));
        const QString warnings = result.warnings.join(u'\n');
        QVERIFY2(warnings.contains(QLatin1String("events[2]")), qPrintable(warnings)); // duplicate of events[1]
        QVERIFY(warnings.contains(QLatin1String("media.thumbnail")));
        QVERIFY(warnings.contains(QLatin1String("background")));
    }

    void brokenJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QStringLiteral("truncated.json") << 4 << QStringLiteral("unterminated string");
        QTest::newRow("wrong type") << QStringLiteral("wrong-types.json") << 0
                                    << QStringLiteral("events[1].start_date.year");
        QTest::newRow("month 13") << QStringLiteral("bad-month.json") << 0 << QStringLiteral("events[0].start_date");
    }

    void brokenJson()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty()); // contains(QString()) would hold for any message
        const ImportResult result = readJson(file);
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.error.line, line);
        if (line > 0)
            QVERIFY(result.error.column > 0);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.message));
    }

    void importSheet()
    {
        ImportOptions options;
        options.format = Format::TimelineJsCsv;
        const ImportResult result = Importer::importFile(ioData(QStringLiteral("sheet.csv")), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Dataset &d = result.dataset;
        QCOMPARE(d.title.en, QStringLiteral("AI and the press"));
        QCOMPARE(d.events.size(), 5);
        QCOMPARE(d.events.at(0).start.toIsoText(), QStringLiteral("2015"));
        QCOMPARE(d.events.at(0).start.wording(), QStringLiteral("early 2015"));
        QCOMPARE(d.events.at(1).start.toIsoText(), QStringLiteral("2023-01"));
        QCOMPARE(d.events.at(2).text.en, QStringLiteral("\"fair use\", again"));
        QCOMPARE(d.events.at(2).end.toIsoText(), QStringLiteral("2023-12-31"));
        QCOMPARE(d.events.at(3).start.toIsoText(), QStringLiteral("2025-01-25T14:30"));
        QCOMPARE(d.events.at(4).tags, QStringList {QStringLiteral("era")});
        QCOMPARE(d.disputes.size(), 2);
        QCOMPARE(d.sources.size(), 2);
        QVERIFY(result.warnings.join(u' ').contains(QLatin1String("Media Thumbnail")));
    }

    void sheetRoundTrip()
    {
        ImportOptions importOptions;
        importOptions.format = Format::TimelineJsCsv;
        const ImportResult first = Importer::importFile(ioData(QStringLiteral("sheet.csv")), importOptions);
        QVERIFY(first.ok());
        ExportOptions options;
        options.format = Format::TimelineJsCsv;
        const QByteArray written = Exporter::exportData(first.dataset, options);
        QVERIFY(written.startsWith("\xEF\xBB\xBFYear,Month,Day,Time,End Year"));
        QVERIFY(written.contains("\r\n"));
        const ImportResult second = Importer::importData(written, QStringLiteral("again.csv"), {});
        QVERIFY2(second.ok(), qPrintable(second.error.toString()));
        QCOMPARE(second.format, Format::TimelineJsCsv);
        // The one source without a url (a Media Credit alone) comes back as a
        // line of the text: TimelineJS shows a credit only under a media item.
        QList<Event> expected = first.dataset.events;
        expected[2].sourceIds.clear();
        expected[2].text.en += QStringLiteral("\n<p class=\"frise-credit\">The New York Times</p>");
        QCOMPARE(second.dataset.events, expected);
        QCOMPARE(second.dataset.title, first.dataset.title);
        QCOMPARE(Exporter::exportData(second.dataset, options), written);
    }

    void sheetErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        const QByteArray header = "Year,Month,Day,Time,Headline\n";
        QTest::newRow("month") << QByteArray(header + "2020,x,,,A\n") << 2 << QStringLiteral("Month");
        QTest::newRow("time") << QByteArray(header + "2020,1,2,25:00,A\n") << 2 << QStringLiteral("Time");
        QTest::newRow("day 31") << QByteArray(header + "\n2020,2,31,,A\n") << 3 << QStringLiteral("date");
        QTest::newRow("quote") << QByteArray(header + "2020,1,1,,\"A\n") << 2 << QStringLiteral("quote");
    }

    void sheetErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, message);
        ImportOptions options;
        options.format = Format::TimelineJsCsv;
        const ImportResult result = Importer::importData(data, QStringLiteral("s.csv"), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.file, QStringLiteral("s.csv"));
        QCOMPARE(result.error.line, line);
        QVERIFY2(result.error.message.contains(message), qPrintable(result.error.toString()));
    }

    void exportDetails()
    {
        Dataset d;
        Source s1;
        s1.id = 7;
        s1.uid = QStringLiteral("s1");
        s1.outlet = QStringLiteral("Reuters");
        s1.title = QStringLiteral("T1");
        s1.url = QStringLiteral("https://r");
        Source s2;
        s2.id = 8;
        s2.uid = QStringLiteral("s2");
        s2.outlet = QStringLiteral("AFP");
        d.sources = {s1, s2};
        Dispute dispute;
        dispute.id = 3;
        dispute.title = BilingualText::both(QStringLiteral("Litige"), QStringLiteral("Dispute"));
        d.disputes = {dispute};
        Event e;
        e.id = 5;
        e.uid = QStringLiteral("e-5");
        e.title = BilingualText::both(QStringLiteral("Titre"), QStringLiteral("Title"));
        e.start = FuzzyDate::fromIsoText(QStringLiteral("~2015"));
        e.notes = QStringLiteral("SECRET");
        e.sourceIds = {7, 8};
        e.disputeIds = {3};
        d.events = {e};
        ExportOptions options;
        options.format = Format::TimelineJsJson;
        options.language = Language::French;
        const QJsonObject slide = QJsonDocument::fromJson(Exporter::exportData(d, options))
                                      .object()
                                      .value(QLatin1String("events"))[0]
                                      .toObject();
        QCOMPARE(slide.value(QLatin1String("unique_id")).toString(), QStringLiteral("e-5"));
        QCOMPARE(slide.value(QLatin1String("group")).toString(), QStringLiteral("Litige"));
        QCOMPARE(slide.value(QLatin1String("text"))[QLatin1String("headline")].toString(), QStringLiteral("Titre"));
        QCOMPARE(
            slide.value(QLatin1String("media"))[QLatin1String("credit")].toString(), QStringLiteral("Reuters; AFP"));
        QCOMPARE(slide.value(QLatin1String("media"))[QLatin1String("url")].toString(), QStringLiteral("https://r"));
        QCOMPARE(slide.value(QLatin1String("start_date"))[QLatin1String("display_date")].toString(),
            QStringLiteral("vers 2015"));
        QVERIFY(!Exporter::exportData(d, options).contains("SECRET"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
