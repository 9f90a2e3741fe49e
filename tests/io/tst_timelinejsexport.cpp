// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS export: what TimelineJS shows (media only with a url, eras, the
// title slide, display dates, groups, stable ids), and what comes back when
// Frise reads its own export. The same dataset is loaded into TimelineJS
// itself by tests/client.
#include "../client/exportset.h"
#include "io/exporter.h"
#include "io/importer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Frise;
using namespace Frise::Io;

namespace {

QByteArray exportSet(Format format, Language language, const Dataset &dataset = FriseTest::timelineJsExportSet())
{
    ExportOptions options;
    options.format = format;
    options.language = language;
    return Exporter::exportData(dataset, options);
}

QJsonObject exportJson(Language language)
{
    return QJsonDocument::fromJson(exportSet(Format::TimelineJsJson, language)).object();
}

QJsonObject slide(const QJsonObject &root, const QString &uid)
{
    for (const QJsonValue &value : root.value(QLatin1String("events")).toArray()) {
        if (value[QLatin1String("unique_id")].toString() == uid)
            return value.toObject();
    }
    return {};
}

QString at(const QJsonObject &object, const char *a, const char *b)
{
    return object.value(QLatin1String(a))[QLatin1String(b)].toVariant().toString();
}

} // namespace

class TestTimelineJsExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEventOnce()
    {
        const Dataset set = FriseTest::timelineJsExportSet();
        const QJsonObject root = exportJson(Language::English);
        const QJsonArray events = root.value(QLatin1String("events")).toArray();
        QCOMPARE(events.size(), set.events.size() - 1); // all but the event tagged `era`
        for (const Event &event : set.events) {
            if (event.tags.contains(QLatin1String("era")))
                continue;
            QVERIFY2(!slide(root, event.uid).isEmpty(), qPrintable(event.uid));
        }
    }

    void mediaOnlyWithUrl_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("inText"); ///< the attribution paragraph, when there is no url
        QTest::newRow("url, caption, credit")
            << QStringLiteral("month") << QStringLiteral("https://www.example.org/verge/reddit-api")
            << QStringLiteral("Reddit’s API pricing") << QStringLiteral("The Verge") << QString();
        QTest::newRow("url alone") << QStringLiteral("minute") << QStringLiteral("https://www.example.org/bare-link")
                                   << QString() << QString() << QString();
        QTest::newRow("caption and credit, no url")
            << QStringLiteral("day") << QString() << QString() << QString()
            << QStringLiteral("<p class=\"frise-credit\">Getty attaque Stability AI — Le Monde</p>");
        QTest::newRow("credit, no url") << QStringLiteral("circa-year") << QString() << QString() << QString()
                                        << QStringLiteral("<p class=\"frise-credit\">Reuters</p>");
        QTest::newRow("caption, no url") << QStringLiteral("circa-month") << QString() << QString() << QString()
                                         << QStringLiteral("<p class=\"frise-credit\">Court filing, Delaware</p>");
        QTest::newRow("two sources, no url")
            << QStringLiteral("range-months") << QString() << QString() << QString()
            << QStringLiteral("<p class=\"frise-credit\">Getty attaque Stability AI — Le Monde; Reuters</p>");
        // The caption is the title of the source the url comes from; every outlet is credited.
        QTest::newRow("url among several")
            << QStringLiteral("wording") << QStringLiteral("https://www.example.org/verge/reddit-api")
            << QStringLiteral("Reddit’s API pricing") << QStringLiteral("The Verge; Le Monde") << QString();
    }

    void mediaOnlyWithUrl()
    {
        QFETCH(QString, uid);
        QFETCH(QString, url);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        QFETCH(QString, inText);
        const QJsonObject s = slide(exportJson(Language::English), uid);
        QVERIFY(!s.isEmpty());
        const QString text = at(s, "text", "text");
        if (url.isEmpty()) {
            QVERIFY2(!s.contains(QLatin1String("media")), qPrintable(QJsonDocument(s).toJson()));
            QVERIFY2(text.endsWith(inText), qPrintable(text));
            QVERIFY(text.startsWith(QStringLiteral("Text of “"))); // the event's own text first
        } else {
            const QJsonObject media = s.value(QLatin1String("media")).toObject();
            QCOMPARE(media.value(QLatin1String("url")).toString(), url);
            QCOMPARE(media.value(QLatin1String("caption")).toString(), caption);
            QCOMPARE(media.value(QLatin1String("credit")).toString(), credit);
            QVERIFY(!text.contains(QLatin1String("frise-credit")));
        }
    }

    void noMediaWithoutUrlAnywhere_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("en") << Language::English;
        QTest::newRow("fr") << Language::French;
    }

    void noMediaWithoutUrlAnywhere()
    {
        QFETCH(Language, language);
        const QJsonObject root = exportJson(language);
        for (const QJsonValue &value : root.value(QLatin1String("events")).toArray()) {
            if (value.toObject().contains(QLatin1String("media")))
                QVERIFY(!value[QLatin1String("media")][QLatin1String("url")].toString().isEmpty());
        }
    }

    void titleSlide_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("text");
        QTest::newRow("en") << Language::English << QStringLiteral("Frise: TimelineJS test set")
                            << QStringLiteral("Every kind of date, media and era.");
        QTest::newRow("fr") << Language::French << QStringLiteral("Frise : jeu d’essai TimelineJS")
                            << QStringLiteral("Toutes les sortes de dates, de médias et d’ères.");
    }

    void titleSlide()
    {
        QFETCH(Language, language);
        QFETCH(QString, headline);
        QFETCH(QString, text);
        const QJsonObject title = exportJson(language).value(QLatin1String("title")).toObject();
        QCOMPARE(at(title, "text", "headline"), headline);
        QCOMPARE(at(title, "text", "text"), text);
    }

    void noTitleSlideWithoutTitle()
    {
        Dataset set = FriseTest::timelineJsExportSet();
        set.title = {};
        set.description = {};
        const QJsonObject root
            = QJsonDocument::fromJson(exportSet(Format::TimelineJsJson, Language::English, set)).object();
        QVERIFY(!root.contains(QLatin1String("title")));
    }

    void eras()
    {
        const QJsonArray eras = exportJson(Language::French).value(QLatin1String("eras")).toArray();
        QCOMPARE(eras.size(), 3); // two eras and the event tagged `era`
        const QJsonObject war = eras.at(0).toObject();
        QCOMPARE(at(war, "text", "headline"), QStringLiteral("La guerre des API"));
        QCOMPARE(war.value(QLatin1String("start_date")).toObject(),
            (QJsonObject {{QLatin1String("year"), 2023}, {QLatin1String("month"), 4}}));
        QCOMPARE(war.value(QLatin1String("end_date")).toObject(),
            (QJsonObject {{QLatin1String("year"), 2023}, {QLatin1String("month"), 7}}));
        const QJsonObject trial = eras.at(1).toObject();
        QCOMPARE(at(trial, "text", "headline"), QStringLiteral("Le procès"));
        QCOMPARE(at(trial, "start_date", "display_date"), QStringLiteral("vers 2023"));
        QCOMPARE(at(trial, "end_date", "day"), QStringLiteral("4"));
        QCOMPARE(at(eras.at(2).toObject(), "text", "headline"), QStringLiteral("Ère étiquetée"));
        QCOMPARE(at(eras.at(2).toObject(), "end_date", "year"), QStringLiteral("2017"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QJsonObject>("start");
        QTest::addColumn<QJsonObject>("end"); ///< empty: no end_date
        QTest::addColumn<QString>("displayDate"); ///< the slide's own display_date
        const auto ymd = [](int y, int m = 0, int d = 0) {
            QJsonObject o {{QLatin1String("year"), y}};
            if (m)
                o.insert(QLatin1String("month"), m);
            if (d)
                o.insert(QLatin1String("day"), d);
            return o;
        };
        const auto with = [](QJsonObject o, const char *key, const QJsonValue &value) {
            o.insert(QLatin1String(key), value);
            return o;
        };
        const auto hm = [&](QJsonObject o, int h, int m) { return with(with(o, "hour", h), "minute", m); };
        const Language en = Language::English, fr = Language::French;
        QTest::newRow("year") << QStringLiteral("year") << en << ymd(2015) << QJsonObject() << QString();
        QTest::newRow("month") << QStringLiteral("month") << en << ymd(2016, 3) << QJsonObject() << QString();
        QTest::newRow("day") << QStringLiteral("day") << en << ymd(2017, 4, 25) << QJsonObject() << QString();
        QTest::newRow("minute") << QStringLiteral("minute") << en << hm(ymd(2018, 5, 6), 14, 30) << QJsonObject()
                                << QString();
        QTest::newRow("circa year en") << QStringLiteral("circa-year") << en
                                       << with(ymd(2014), "display_date", QStringLiteral("c. 2014")) << QJsonObject()
                                       << QString();
        QTest::newRow("circa year fr") << QStringLiteral("circa-year") << fr
                                       << with(ymd(2014), "display_date", QStringLiteral("vers 2014")) << QJsonObject()
                                       << QString();
        // A range without an end: a span over the range, named once by the slide.
        QTest::newRow("range with wording") << QStringLiteral("range-days") << en << ymd(2023, 4, 17)
                                            << ymd(2023, 4, 19) << QStringLiteral("plus tôt cette semaine");
        QTest::newRow("range en") << QStringLiteral("range-months") << en << ymd(2020, 1) << ymd(2020, 3)
                                  << QStringLiteral("between January 2020 and March 2020");
        QTest::newRow("wording") << QStringLiteral("wording") << fr
                                 << with(ymd(2023, 4, 19), "display_date", QStringLiteral("on Wednesday"))
                                 << QJsonObject() << QString();
        QTest::newRow("span") << QStringLiteral("span-days") << en << ymd(2021, 6, 1) << ymd(2021, 6, 30) << QString();
        QTest::newRow("span of precisions")
            << QStringLiteral("span-year-month") << en << ymd(2010) << ymd(2012, 9) << QString();
        QTest::newRow("span of minutes") << QStringLiteral("span-minutes") << en << hm(ymd(2024, 2, 22), 9, 5)
                                         << hm(ymd(2024, 2, 22), 17, 45) << QString();
        QTest::newRow("span circa fr") << QStringLiteral("span-circa") << fr
                                       << with(ymd(2005), "display_date", QStringLiteral("vers 2005"))
                                       << with(ymd(2008), "display_date", QStringLiteral("vers 2008")) << QString();
    }

    void dates()
    {
        QFETCH(QString, uid);
        QFETCH(Language, language);
        QFETCH(QJsonObject, start);
        QFETCH(QJsonObject, end);
        QFETCH(QString, displayDate);
        const QJsonObject s = slide(exportJson(language), uid);
        QCOMPARE(s.value(QLatin1String("start_date")).toObject(), start);
        QCOMPARE(s.value(QLatin1String("end_date")).toObject(), end);
        QCOMPARE(s.value(QLatin1String("display_date")).toString(), displayDate);
    }

    void groups()
    {
        const QJsonObject root = exportJson(Language::French);
        QCOMPARE(slide(root, QStringLiteral("year")).value(QLatin1String("group")).toString(),
            QStringLiteral("Reddit contre les applis tierces"));
        // Several disputes: the first one's title.
        QCOMPARE(slide(root, QStringLiteral("range-days")).value(QLatin1String("group")).toString(),
            QStringLiteral("Reddit contre les applis tierces"));
        QVERIFY(!slide(root, QStringLiteral("month")).contains(QLatin1String("group")));
    }

    void stableAcrossExports()
    {
        const QByteArray first = exportSet(Format::TimelineJsJson, Language::English);
        QCOMPARE(exportSet(Format::TimelineJsJson, Language::English), first);
        const QJsonObject root = QJsonDocument::fromJson(first).object();
        QStringList ids;
        for (const QJsonValue &value : root.value(QLatin1String("events")).toArray())
            ids.append(value[QLatin1String("unique_id")].toString());
        QCOMPARE(ids.first(), QStringLiteral("year"));
        QCOMPARE(ids.removeDuplicates(), 0);
        QVERIFY(!ids.contains(QString()));
    }

    // Frise reads its own export back: the same events, dates and precisions.
    void roundTrip_data()
    {
        QTest::addColumn<Format>("format");
        QTest::addColumn<Language>("language");
        QTest::newRow("json en") << Format::TimelineJsJson << Language::English;
        QTest::newRow("json fr") << Format::TimelineJsJson << Language::French;
        QTest::newRow("sheet en") << Format::TimelineJsCsv << Language::English;
        QTest::newRow("sheet fr") << Format::TimelineJsCsv << Language::French;
    }

    void roundTrip()
    {
        QFETCH(Format, format);
        QFETCH(Language, language);
        const Dataset set = FriseTest::timelineJsExportSet();
        const QByteArray written = exportSet(format, language, set);
        ImportOptions options;
        options.format = format;
        options.language = language;
        const ImportResult back = Importer::importData(written, QStringLiteral("back"), options);
        QVERIFY2(back.ok(), qPrintable(back.error.toString()));
        QCOMPARE(back.dataset.title.text(language), set.title.text(language));
        QHash<QString, const Event *> read;
        for (const Event &event : back.dataset.events)
            read.insert(event.title.text(language), &event);
        int compared = 0;
        for (const Event &event : set.events) {
            if (event.tags.contains(QLatin1String("era")))
                continue; // how eras come back is the importer's business
            const QString title = event.title.text(language);
            const Event *again = read.value(title);
            QVERIFY2(again, qPrintable(title));
            if (format == Format::TimelineJsJson)
                QCOMPARE(again->uid, event.uid);
            // TimelineJS has no circa, and a range without an end is a span over it.
            QCOMPARE(again->start.start(), event.start.start());
            QCOMPARE(again->start.precision(), event.start.precision());
            const FuzzyDate::Point &end = event.end.isValid() ? event.end.end() : event.start.end();
            QCOMPARE(again->end.isValid() ? again->end.end() : again->start.end(), end);
            if (!event.start.wording().isEmpty())
                QCOMPARE(again->start.wording(), event.start.wording());
            else if (event.start.isCirca() && !event.start.isRange())
                QCOMPARE(again->start.wording(), event.start.toDisplayString(language));
            QCOMPARE(again->disputeIds.isEmpty(), event.disputeIds.isEmpty());
            QVERIFY(again->text.text(language).startsWith(event.text.text(language)));
            ++compared;
        }
        QCOMPARE(compared, set.events.size() - 1);
        // Read back and written again, nothing moves: ids, dates and texts are stable.
        ExportOptions exportOptions;
        exportOptions.format = format;
        exportOptions.language = language;
        Dataset eventsOnly = back.dataset;
        Dataset original = set;
        const auto dropEras = [](Dataset *d) {
            d->eras.clear();
            d->events.removeIf([](const Event &e) { return e.tags.contains(QLatin1String("era")); });
        };
        dropEras(&eventsOnly);
        dropEras(&original);
        if (format == Format::TimelineJsJson) {
            const QJsonArray before = QJsonDocument::fromJson(exportSet(format, language, original))
                                          .object()
                                          .value(QLatin1String("events"))
                                          .toArray();
            const QJsonArray after = QJsonDocument::fromJson(Exporter::exportData(eventsOnly, exportOptions))
                                         .object()
                                         .value(QLatin1String("events"))
                                         .toArray();
            QCOMPARE(after.size(), before.size());
            for (qsizetype i = 0; i < before.size(); ++i) {
                QCOMPARE(after.at(i)[QLatin1String("unique_id")], before.at(i)[QLatin1String("unique_id")]);
                QCOMPARE(after.at(i)[QLatin1String("start_date")][QLatin1String("year")],
                    before.at(i)[QLatin1String("start_date")][QLatin1String("year")]);
                QCOMPARE(after.at(i)[QLatin1String("text")], before.at(i)[QLatin1String("text")]);
            }
        }
    }

    void sheet()
    {
        const QByteArray written = exportSet(Format::TimelineJsCsv, Language::English);
        QVERIFY(written.startsWith("\xEF\xBB\xBFYear,Month,Day,Time,End Year"));
        const QList<QByteArray> lines = written.split('\n');
        // The title row carries the description; eras are rows of type era.
        QVERIFY2(lines.at(1).contains("Frise: TimelineJS test set,\"Every kind of date, media and era.\""),
            lines.at(1).constData());
        QVERIFY(lines.at(1).contains(",title,"));
        QVERIFY(lines.at(2).startsWith("2023,4,,,2023,7,,,,The API war,"));
        QVERIFY(lines.at(2).contains(",era,"));
        QVERIFY(lines.at(3).startsWith("2023,,,,2025,11,4,,c. 2023,The trial,"));
        // Caption and credit only beside a Media url; otherwise in the text.
        QVERIFY2(
            written.contains("2017,4,25,,,,,,,A day,\"Text of “A day”.\n<p class=\"\"frise-credit\"\">Getty attaque "
                             "Stability AI — Le Monde</p>\",,,,,,,\r\n"),
            written.constData());
        QVERIFY(written.contains("A month,Text of “A month”.,https://www.example.org/verge/reddit-api,The "
                                 "Verge,Reddit’s API pricing,"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineJsExport)
#include "tst_timelinejsexport.moc"
