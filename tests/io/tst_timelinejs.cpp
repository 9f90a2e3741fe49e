// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/datasetbuilder.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "io/timelinejscsv.h"
#include "io/timelinejsjson.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

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

    static ImportResult readData(const QByteArray &data)
    {
        ImportResult result;
        TimelineJsJson::read(data, {}, &result);
        return result;
    }

    static bool yearInRange(qint64 year)
    {
        return year >= FuzzyDate::minimumYear() && year <= FuzzyDate::maximumYear();
    }

private Q_SLOTS:
    // The duplicate check: same title (case and surrounding spaces aside)
    // and same first and last minutes, however the date is worded.
    void duplicateTitleAndDate()
    {
        DatasetBuilder builder(Language::French);
        QStringList warnings;
        const auto add = [&](const QString &title, const FuzzyDate &start, qint64 position) {
            Event &event = builder.addEvent(title);
            event.title = BilingualText::original(Language::French, title);
            event.start = start;
            builder.checkDuplicate(event, {}, position, &warnings);
        };
        add(QStringLiteral("Accord signé"), FuzzyDate::fromYear(2001), 2);
        add(QStringLiteral("  ACCORD SIGNÉ "), FuzzyDate::fromYear(2001), 3);
        add(QStringLiteral("accord signé"),
            FuzzyDate::between(FuzzyDate::fromDay(QDate(2001, 1, 1)), FuzzyDate::fromDay(QDate(2001, 12, 31))), 4);
        add(QStringLiteral("Accord signé"), FuzzyDate::fromYear(2002), 5);
        add(QStringLiteral("Accord signé"), FuzzyDate::fromDay(QDate(2001, 1, 1)), 6);
        add(QStringLiteral("Accord rompu"), FuzzyDate::fromYear(2001), 7);
        QCOMPARE(warnings,
            QStringList({QStringLiteral("3: same title and date as 2 (duplicate?)"),
                QStringLiteral("4: same title and date as 2 (duplicate?)")}));
        // A repeated unique id is told instead, and first.
        Event &event = builder.addEvent(QStringLiteral("Autre"));
        event.title = BilingualText::original(Language::French, QStringLiteral("Autre"));
        event.start = FuzzyDate::fromYear(1999);
        builder.checkDuplicate(event, QStringLiteral("e1"), 8, &warnings);
        builder.checkDuplicate(event, QStringLiteral("e1"), 9, &warnings);
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.last(), QStringLiteral("9: duplicate unique id “e1” (first at 8)"));
    }

    void importJson()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs.json"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Dataset &d = result.dataset;
        QCOMPARE(d.title.en, QStringLiteral("AI and the press"));
        QCOMPARE(d.events.size(), 4); // eras are not events
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
        // Eras are eras.
        QCOMPARE(d.eras.size(), 1);
        const Era &era = d.eras.at(0);
        QCOMPARE(era.id, 1);
        QCOMPARE(era.uid, QStringLiteral("before-the-lawsuits"));
        QCOMPARE(era.title, BilingualText::original(Language::English, QStringLiteral("Before the lawsuits")));
        QCOMPARE(era.start.toIsoText(), QStringLiteral("2022"));
        QCOMPARE(era.end.toIsoText(), QStringLiteral("2023"));
        QVERIFY(d.tags.isEmpty());
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
        // The title slide's text is the description; what Frise has no place for is named with its place.
        QCOMPARE(d.title.en, QStringLiteral("Loose"));
        QCOMPARE(d.description, BilingualText::original(Language::English, QStringLiteral("intro slide")));
        const QStringList expected {
            QStringLiteral("2:81: title.background: not kept by Frise, dropped"),
            QStringLiteral("8:20: events[0].background: not kept by Frise, dropped"),
            QStringLiteral("7:101: events[0].media.alt: not kept by Frise, dropped"),
            QStringLiteral("7:65: events[0].media.thumbnail: not kept by Frise, dropped"),
            QStringLiteral("11:18: events[1].end_date: empty, skipped"),
            QStringLiteral("15:5: events[2]: same title and date as events[1] (duplicate?)"),
        };
        QCOMPARE(result.warnings, expected);
    }

    // Optional fields that are null, empty or of another type are skipped with a warning each, located; an
    // unknown key is named once for all the events that have it.
    void lenientJson()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs-lenient.json"));
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const QStringList expected {
            QStringLiteral("28:11: eras: null, skipped"),
            QStringLiteral("9:14: events[0].foo: unknown key, ignored (1 more like this at events[].foo)"),
            QStringLiteral("6:54: events[0].text.text: wrong type (array), skipped; expected a string"),
            QStringLiteral("8:16: events[0].group: wrong type (number), skipped; expected a string"),
            QStringLiteral("7:83: events[0].media.credit: null, skipped"),
            QStringLiteral("18:21: events[1].background: not kept by Frise, dropped"),
            QStringLiteral("12:54: events[1].start_date.display_date: null, skipped"),
            QStringLiteral("13:19: events[1].end_date: not a valid date; skipped"),
            QStringLiteral("14:28: events[1].text.headline: null, skipped"),
            QStringLiteral("16:20: events[1].unique_id: wrong type (number), skipped; expected a string"),
            QStringLiteral("15:16: events[1].media: wrong type (string), skipped; expected an object"),
            QStringLiteral("22:19: events[2].end_date: null, skipped"),
            QStringLiteral("23:51: events[2].text.text: empty, skipped"),
            QStringLiteral("24:16: events[2].group: empty, skipped"),
            QStringLiteral("25:41: events[2].media.thumbnail: not kept by Frise, dropped"),
            QStringLiteral("25:24: events[2].media.url: empty, skipped"),
        };
        QCOMPARE(result.warnings, expected);

        const Dataset &d = result.dataset;
        QCOMPARE(d.events.size(), 3);
        const Event &first = d.events.at(0);
        QCOMPARE(first.uid, QStringLiteral("credit-is-null"));
        QCOMPARE(first.title.en, QStringLiteral("Credit is null"));
        QVERIFY(first.text.isEmpty());
        QCOMPARE(first.start.toIsoText(), QStringLiteral("2023")); // "" and null date parts are absent parts
        QVERIFY(first.disputeIds.isEmpty());
        QCOMPARE(first.sourceIds, QList<RowId> {1});
        QCOMPARE(d.sources.size(), 1);
        QCOMPARE(d.sources.at(0).outlet, QString());
        QCOMPARE(d.sources.at(0).title, QStringLiteral("A caption"));
        QCOMPARE(d.sources.at(0).url, QStringLiteral("https://example.org/a"));
        // No headline: the text's words, without markup, make the title.
        const Event &second = d.events.at(1);
        QCOMPARE(second.title.en, QStringLiteral("Only a text, no headline"));
        QCOMPARE(second.text.en, QStringLiteral("<p>Only a <b>text</b>, no headline</p>"));
        QCOMPARE(second.uid, QStringLiteral("only-a-text-no-headline"));
        QCOMPARE(second.start.toIsoText(), QStringLiteral("2024"));
        QVERIFY(second.end.isNull());
        QVERIFY(second.sourceIds.isEmpty());
        const Event &third = d.events.at(2);
        QCOMPARE(third.start.toIsoText(), QStringLiteral("2024-05"));
        QVERIFY(third.end.isNull());
        QVERIFY(third.text.isEmpty());
        QVERIFY(third.disputeIds.isEmpty());
        QVERIFY(third.sourceIds.isEmpty());
        QVERIFY(d.disputes.isEmpty());
        QVERIFY(d.eras.isEmpty());
    }

    // Values of the wrong type are listed ten per pattern, the others counted in the tenth.
    void manyWarnings()
    {
        QByteArray data = "{\"events\": [\n";
        for (int i = 0; i < 13; ++i)
            data += QByteArray(i ? ",\n" : "") + "{\"start_date\": {\"year\": 2020}, \"text\": {\"headline\": \"e"
                + QByteArray::number(i) + "\"}, \"group\": 3, \"extra\": 1}";
        data += "\n]}";
        const ImportResult result = readData(data);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), 13);
        QCOMPARE(result.warnings.size(), 11);
        QCOMPARE(result.warnings.at(0),
            QStringLiteral("2:81: events[0].extra: unknown key, ignored (12 more like this at events[].extra)"));
        QCOMPARE(result.warnings.at(1),
            QStringLiteral("2:69: events[0].group: wrong type (number), skipped; expected a string"));
        QCOMPARE(result.warnings.at(10),
            QStringLiteral("11:69: events[9].group: wrong type (number), skipped; expected a string "
                           "(3 more like this at events[].group)"));
    }

    // The title slide gives the title and the description, display_date the wording, eras the eras.
    void titleAndEras()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs-title-eras.json"), Language::French);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        const Dataset &d = result.dataset;
        QCOMPARE(d.title, BilingualText::original(Language::French, QStringLiteral("Les plateformes contre l’IA")));
        QCOMPARE(d.description,
            BilingualText::original(Language::French, QStringLiteral("<p>Qui a attaqué qui, et quand.</p>")));
        QCOMPARE(result.warnings,
            QStringList({QStringLiteral("7:14: title.media: not kept by Frise, dropped"),
                QStringLiteral("29:50: eras[1].text.text: not kept by Frise, dropped")}));
        QCOMPARE(d.events.size(), 2);
        QCOMPARE(d.events.at(0).title.fr, QStringLiteral("Fondation d’OpenAI"));
        QCOMPARE(d.events.at(0).start.toIsoText(), QStringLiteral("2015-12"));
        QCOMPARE(d.events.at(0).start.wording(), QStringLiteral("décembre 2015"));
        QCOMPARE(d.events.at(1).start.toIsoText(), QStringLiteral("2023"));
        QCOMPARE(d.events.at(1).start.wording(), QStringLiteral("début 2023")); // the slide's display_date
        QCOMPARE(d.eras.size(), 2);
        const Era &before = d.eras.at(0);
        QCOMPARE(before.id, 1);
        QCOMPARE(before.uid, QStringLiteral("avant-chatgpt"));
        QCOMPARE(before.title, BilingualText::original(Language::French, QStringLiteral("Avant ChatGPT")));
        QCOMPARE(before.start.toIsoText(), QStringLiteral("2015"));
        QCOMPARE(before.end.toIsoText(), QStringLiteral("2022-11"));
        QCOMPARE(before.disputeId, 0);
        const Era &trials = d.eras.at(1);
        QCOMPARE(trials.id, 2);
        QCOMPARE(trials.uid, QStringLiteral("les-proces"));
        QCOMPARE(trials.start.toIsoText(), QStringLiteral("2023-01"));
        QCOMPARE(trials.start.wording(), QStringLiteral("janvier 2023"));
        QCOMPARE(trials.end.toIsoText(), QStringLiteral("2024"));
        QVERIFY(d.tags.isEmpty());
    }

    // Years are whole numbers of any size, as numbers or strings; outside the supported range they are refused
    // as such, never wrapped or clamped.
    void years_data()
    {
        QTest::addColumn<QByteArray>("year");
        QTest::addColumn<qint64>("value"); // the year meant, when whole
        QTest::addColumn<bool>("whole");
        QTest::newRow("2023") << QByteArray("2023") << qint64(2023) << true;
        QTest::newRow("\"2023\"") << QByteArray("\"2023\"") << qint64(2023) << true;
        QTest::newRow("\" +2023 \"") << QByteArray("\" +2023 \"") << qint64(2023) << true;
        QTest::newRow("-44") << QByteArray("-44") << qint64(-44) << true;
        QTest::newRow("\"-3500\"") << QByteArray("\"-3500\"") << qint64(-3500) << true;
        QTest::newRow("\"-13800000000\"") << QByteArray("\"-13800000000\"") << qint64(-13800000000LL) << true;
        QTest::newRow("-13800000000") << QByteArray("-13800000000") << qint64(-13800000000LL) << true;
        QTest::newRow("0") << QByteArray("0") << qint64(0) << true;
        QTest::newRow("beyond 64 bits") << QByteArray("\"-99999999999999999999\"") << std::numeric_limits<qint64>::min()
                                        << true;
        QTest::newRow("1e300") << QByteArray("1e300") << std::numeric_limits<qint64>::max() << true;
        QTest::newRow("\"12.5\"") << QByteArray("\"12.5\"") << qint64(0) << false;
        QTest::newRow("12.5") << QByteArray("12.5") << qint64(0) << false;
        QTest::newRow("\"abc\"") << QByteArray("\"abc\"") << qint64(0) << false;
        QTest::newRow("\"-\"") << QByteArray("\"-\"") << qint64(0) << false;
        QTest::newRow("true") << QByteArray("true") << qint64(0) << false;
    }

    void years()
    {
        QFETCH(QByteArray, year);
        QFETCH(qint64, value);
        QFETCH(bool, whole);
        const QByteArray data
            = "{\"events\": [\n  {\"text\": {\"headline\": \"x\"}, \"start_date\": {\"year\": " + year + "}}\n]}";
        const ImportResult result = readData(data);
        if (whole && value != 0 && yearInRange(value)) {
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            QCOMPARE(qint64(result.dataset.events.at(0).start.start().year), value);
            QCOMPARE(result.dataset.events.at(0).start.precision(), FuzzyDate::Precision::Year);
            return;
        }
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.error.line, 2);
        QCOMPARE(result.error.column, 54); // the year's value
        if (whole && value == 0) {
            // Historical years: 1 BCE is followed by AD 1.
            QCOMPARE(result.error.message, QStringLiteral("events[0].start_date.year: there is no year 0"));
            return;
        }
        QCOMPARE(result.error.message,
            whole ? QStringLiteral("events[0].start_date.year: year out of supported range")
                  : QStringLiteral("events[0].start_date.year: not a whole number"));
        if (whole)
            QCOMPARE(result.error.expected,
                QStringLiteral("a year from %1 to %2").arg(FuzzyDate::minimumYear()).arg(FuzzyDate::maximumYear()));
    }

    // BCE years as TimelineJS writes them: imported when Frise's range has them, refused by name when not.
    void bceYears()
    {
        const ImportResult result = readJson(QStringLiteral("timelinejs-bce.json"));
        if (yearInRange(-3500)) {
            QVERIFY2(result.ok(), qPrintable(result.error.toString()));
            const Dataset &d = result.dataset;
            QCOMPARE(d.events.size(), 3);
            QCOMPARE(d.events.at(0).start.start().year, -44);
            QCOMPARE(d.events.at(0).start.start().month, 3);
            QCOMPARE(d.events.at(0).start.start().day, 15);
            QCOMPARE(d.events.at(1).start.start().year, -3500);
            QCOMPARE(d.events.at(1).end.start().year, -3000);
            QCOMPARE(d.events.at(1).start.precision(), FuzzyDate::Precision::Year);
            QVERIFY(result.warnings.isEmpty());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error.line, 3);
            QCOMPARE(result.error.column, 29);
            QCOMPARE(result.error.message, QStringLiteral("events[0].start_date.year: year out of supported range"));
        }
    }

    void brokenJson_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QStringLiteral("truncated.json") << 4 << 31
                                   << QStringLiteral("unterminated string");
        QTest::newRow("wrong type") << QStringLiteral("wrong-types.json") << 4 << 29
                                    << QStringLiteral("events[1].start_date.year: not a whole number");
        QTest::newRow("month 13") << QStringLiteral("bad-month.json") << 1 << 28
                                  << QStringLiteral("events[0].start_date: not a valid date");
        QTest::newRow("era without end") << QStringLiteral("timelinejs-era-no-end.json") << 7 << 5
                                         << QStringLiteral("eras[1]: an era needs an end_date");
        QTest::newRow("year beyond range") << QStringLiteral("timelinejs-year-beyond.json") << 4 << 29
                                           << QStringLiteral("events[1].start_date.year: year out of supported range");
    }

    void brokenJson()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        QVERIFY(!message.isEmpty()); // contains(QString()) would hold for any message
        const ImportResult result = readJson(file);
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QVERIFY(result.dataset.eras.isEmpty());
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
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
        QCOMPARE(d.description.en, QStringLiteral("An intro"));
        QCOMPARE(d.events.size(), 4);
        QCOMPARE(d.events.at(0).start.toIsoText(), QStringLiteral("2015"));
        QCOMPARE(d.events.at(0).start.wording(), QStringLiteral("early 2015"));
        QCOMPARE(d.events.at(1).start.toIsoText(), QStringLiteral("2023-01"));
        QCOMPARE(d.events.at(2).text.en, QStringLiteral("\"fair use\", again"));
        QCOMPARE(d.events.at(2).end.toIsoText(), QStringLiteral("2023-12-31"));
        QCOMPARE(d.events.at(3).start.toIsoText(), QStringLiteral("2025-01-25T14:30"));
        QCOMPARE(d.eras.size(), 1);
        QCOMPARE(d.eras.at(0).title.en, QStringLiteral("Before the lawsuits"));
        QCOMPARE(d.eras.at(0).start.toIsoText(), QStringLiteral("2022"));
        QCOMPARE(d.eras.at(0).end.toIsoText(), QStringLiteral("2023"));
        QVERIFY(d.tags.isEmpty());
        QCOMPARE(d.disputes.size(), 2);
        QCOMPARE(d.sources.size(), 2);
        QCOMPARE(result.warnings,
            QStringList({QStringLiteral("4:156: Background: not kept by Frise, dropped"),
                QStringLiteral("4:97: Media Thumbnail: not kept by Frise, dropped")}));
    }

    // A sheet as newsrooms keep them: rows in no order, quoted line breaks, curly apostrophes and quotes, HTML,
    // a title row with a text, an era, a column of their own.
    void sheetUnsorted()
    {
        ImportOptions options;
        options.language = Language::French;
        const ImportResult result = Importer::importFile(ioData(QStringLiteral("sheet-unsorted.csv")), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.format, Format::TimelineJsCsv);
        const Dataset &d = result.dataset;
        QCOMPARE(d.title, BilingualText::original(Language::French, QStringLiteral("L’IA et la presse")));
        QCOMPARE(d.description,
            BilingualText::original(Language::French, QStringLiteral("<p>Qui a attaqué qui.</p>\r\n<p>Et quand.</p>")));
        QCOMPARE(d.events.size(), 3);
        // File order is kept: the timeline sorts by date, not the import.
        const Event &trial = d.events.at(0);
        QCOMPARE(trial.title.fr, QStringLiteral("Le “procès” d’Authors Guild"));
        QCOMPARE(trial.text.fr, QStringLiteral("Une <a href=\"https://example.org\">audience</a>,\r\nsur deux lignes"));
        QCOMPARE(trial.start.toIsoText(), QStringLiteral("2024-05-02"));
        QCOMPARE(trial.disputeIds, QList<RowId> {1});
        const Event &founded = d.events.at(1);
        QCOMPARE(founded.uid, QStringLiteral("fondation-d-openai"));
        QCOMPARE(founded.text.fr, QStringLiteral("<b>gras</b> & <i>italique</i>"));
        QCOMPARE(founded.start.toIsoText(), QStringLiteral("2015-12-11"));
        QCOMPARE(founded.sourceIds, QList<RowId> {1});
        QCOMPARE(d.sources.at(0).outlet, QStringLiteral("AFP"));
        QCOMPARE(d.sources.at(0).url, QStringLiteral("https://example.org/o"));
        const Event &getty = d.events.at(2);
        QCOMPARE(getty.start.toIsoText(), QStringLiteral("2023-01-13T09:05"));
        QCOMPARE(getty.disputeIds, QList<RowId> {2});
        QCOMPARE(d.eras.size(), 1);
        QCOMPARE(d.eras.at(0).uid, QStringLiteral("les-annees-folles"));
        QCOMPARE(d.eras.at(0).title.fr, QStringLiteral("Les années folles"));
        QCOMPARE(d.eras.at(0).start.toIsoText(), QStringLiteral("2022"));
        QCOMPARE(d.eras.at(0).end.toIsoText(), QStringLiteral("2023-06"));
        QCOMPARE(result.warnings,
            QStringList({QStringLiteral("1:155: “Notes”: not a TimelineJS column, ignored"),
                QStringLiteral("8:57: Background: not kept by Frise, dropped"),
                QStringLiteral("6:94: Media Thumbnail: not kept by Frise, dropped")}));
    }

    // A row with a Text but no Headline is an event all the same, titled by the text's first words.
    void sheetTextOnly()
    {
        ImportOptions options;
        options.format = Format::TimelineJsCsv;
        const ImportResult result
            = Importer::importData("Year,Headline,Text\n2020,,\"<p>Only a <b>text</b>,</p><p>no headline</p>\"\n",
                QStringLiteral("t.csv"), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), 1);
        QCOMPARE(result.dataset.events.at(0).title.en, QStringLiteral("Only a text, no headline"));
        QCOMPARE(result.dataset.events.at(0).uid, QStringLiteral("only-a-text-no-headline"));
        QCOMPARE(result.dataset.events.at(0).text.en, QStringLiteral("<p>Only a <b>text</b>,</p><p>no headline</p>"));
    }

    // An event's end is optional: a faulty one is skipped with a warning, the event kept.
    void sheetBadEndSkipped()
    {
        ImportOptions options;
        options.format = Format::TimelineJsCsv;
        const ImportResult result
            = Importer::importData("Year,End Year,End Month,End "
                                   "Time,Headline\n2020,2021,x,,A\n2020,2021,13,,B\n2020,,,25:00,C\n2020,1e99,,,D\n",
                QStringLiteral("e.csv"), options);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(result.dataset.events.size(), 4);
        for (const Event &event : result.dataset.events) {
            QCOMPARE(event.start.toIsoText(), QStringLiteral("2020"));
            QVERIFY(event.end.isNull());
        }
        QCOMPARE(result.warnings,
            QStringList({QStringLiteral("2:11: End Month: “x” is not a whole number; end date skipped"),
                QStringLiteral("3:6: end date: not a valid date; end date skipped"),
                QStringLiteral("4:8: End Time: “25:00” is not a time; end date skipped"),
                QStringLiteral("5:6: End Year: “1e99” is not a whole number; end date skipped")}));
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
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        const QByteArray header = "Year,Month,Day,Time,Headline\n";
        QTest::newRow("month") << QByteArray(header + "2020,x,,,A\n") << 2 << 6 << QStringLiteral("Month");
        QTest::newRow("time") << QByteArray(header + "2020,1,2,25:00,A\n") << 2 << 10 << QStringLiteral("Time");
        QTest::newRow("day 31") << QByteArray(header + "\n2020,2,31,,A\n") << 3 << 1 << QStringLiteral("date");
        QTest::newRow("quote") << QByteArray(header + "2020,1,1,,\"A\n") << 2 << 11 << QStringLiteral("quote");
        QTest::newRow("no year") << QByteArray(header + ",1,1,,A\n") << 2 << 1 << QStringLiteral("Year: missing");
        QTest::newRow("12.5") << QByteArray(header + "12.5,,,,A\n") << 2 << 1
                              << QStringLiteral("Year: “12.5” is not a whole number");
        QTest::newRow("no headline or text")
            << QByteArray(header + "2020,,,,\n") << 2 << 9 << QStringLiteral("neither a Headline nor a Text");
        // After a quoted line break, the line and column of the cell itself.
        QTest::newRow("year beyond range, after a line break")
            << QByteArray("Headline,Year\n\"two\nlines\",99999999999999999999\n") << 3 << 8
            << QStringLiteral("Year: year out of supported range");
        QTest::newRow("era without end") << QByteArray("Year,End Year,Headline,Type\n2020,,An era,era\n") << 2 << 6
                                         << QStringLiteral("End Year: missing; an era needs an end");
        QTest::newRow("era with a bad end") << QByteArray("Year,End Year,End Month,Headline,Type\n2020,2021,x,E,era\n")
                                            << 2 << 11 << QStringLiteral("End Month: “x” is not a whole number");
        QTest::newRow("end year beyond range")
            << QByteArray("Year,End Year,Headline\n2020,1e99,A\n2020,99999999999999999999,B\n") << 3 << 6
            << QStringLiteral("End Year: year out of supported range");
    }

    void sheetErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        ImportOptions options;
        options.format = Format::TimelineJsCsv;
        const ImportResult result = Importer::importData(data, QStringLiteral("s.csv"), options);
        QVERIFY(!result.ok());
        QVERIFY(result.dataset.events.isEmpty());
        QCOMPARE(result.error.file, QStringLiteral("s.csv"));
        QCOMPARE(result.error.line, line);
        QCOMPARE(result.error.column, column);
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
