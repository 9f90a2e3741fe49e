// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineexporter.h"
#include "timeline/timelinepainter.h"
#include "timelinefixture.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Frise;
using namespace Frise::Timeline;

class TestTimelineExporter final : public QObject
{
    Q_OBJECT

private:
    /// All character data of an SVG file; fails the test when it is not well-formed XML.
    static QString svgText(const QString &path, bool *ok)
    {
        QFile file(path);
        *ok = file.open(QIODevice::ReadOnly);
        QString text;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text() + QLatin1Char('\n');
        }
        *ok = *ok && !xml.hasError();
        return text;
    }

    /// Optional previews for eyeballing: FRISE_TIMELINE_PREVIEW_DIR=/some/dir.
    static void keepPreview(const QString &path)
    {
        const QString dir = qEnvironmentVariable("FRISE_TIMELINE_PREVIEW_DIR");
        if (dir.isEmpty())
            return;
        const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
        QFile::remove(target);
        QFile::copy(path, target);
    }

    /// Exports the fixture as the application does: dispute eras, the dataset's title, its outlets credited.
    static bool exportFixture(const TimelineExportOptions &options, QString *error)
    {
        const Dataset dataset = Test::timelineFixture();
        TimelineData data = TimelineData::fromDataset(dataset);
        data.addDisputeEras();
        const auto titles = TimelineData::titleProvider(dataset);
        TimelineExportOptions o = options;
        o.title = dataset.title.textOrFallback(o.language);
        o.credits = TimelineExporter::sourcesLine(outletsOf(dataset), o.language);
        return TimelineExporter::exportTimeline(data, titles.get(), o, error);
    }

    static QStringList outletsOf(const Dataset &dataset)
    {
        QStringList outlets;
        for (const Source &s : dataset.sources)
            outlets.append(s.outlet);
        return outlets;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void pngHasRequestedSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QString>("lang");
        QTest::newRow("hd") << 1920 << 1080 << 96 << QStringLiteral("en");
        QTest::newRow("small") << 800 << 600 << 96 << QStringLiteral("fr");
        QTest::newRow("4k-hidpi") << 3840 << 2160 << 192 << QStringLiteral("en");
        QTest::newRow("8k") << 7680 << 4320 << 288 << QStringLiteral("fr");
    }

    void pngHasRequestedSize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        QFETCH(QString, lang);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(QStringLiteral("timeline-%1-%2.png").arg(QTest::currentDataTag(), lang));
        o.width = width;
        o.height = height;
        o.dpi = dpi;
        QVERIFY(languageFromCode(lang, &o.language));
        QString error;
        QVERIFY2(exportFixture(o, &error), qPrintable(error));
        const QImage image(o.outputPath);
        QCOMPARE(image.size(), QSize(width, height));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
        // Something was drawn: a share of the pixels (sampled on a grid) differ from the background,
        // neither a blank page nor one filled over.
        const QRgb background = TimelineStyle().background.rgb();
        const int step = std::max(1, width / 960);
        qint64 sampled = 0;
        qint64 inked = 0;
        for (int y = 0; y < height; y += step) {
            for (int x = 0; x < width; x += step) {
                ++sampled;
                if ((image.pixel(x, y) & 0xffffff) != (background & 0xffffff))
                    ++inked;
            }
        }
        const double share = double(inked) / double(sampled);
        QVERIFY2(share > 0.02 && share < 0.6, qPrintable(QStringLiteral("%1 of the pixels drawn").arg(share)));
        keepPreview(o.outputPath);
    }

    void pngAutoHeightFitsContent()
    {
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(QStringLiteral("auto.png"));
        o.width = 1600;
        o.height = 0;
        QString error;
        QVERIFY2(exportFixture(o, &error), qPrintable(error));
        const QImage image(o.outputPath);
        QCOMPARE(image.width(), 1600);
        QVERIFY(image.height() >= 200 && image.height() <= TimelineExporter::maxHeight);
    }

    void svgParsesAndEscapesTitles_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("eventTitle");
        QTest::addColumn<QString>("datasetTitle");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Musk & \"Microsoft\" <AI>")
                            << QStringLiteral("Platforms versus AI");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Musk & « Microsoft » <IA>")
                            << QStringLiteral("Les plateformes face à l’IA");
    }

    void svgParsesAndEscapesTitles()
    {
        QFETCH(QString, lang);
        QFETCH(QString, eventTitle);
        QFETCH(QString, datasetTitle);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(QStringLiteral("escape-%1.svg").arg(lang));
        QVERIFY(languageFromCode(lang, &o.language));
        // Zoom on April 2023 so that the event gets a label.
        o.fromMinutes = FuzzyDate::fromIsoText(QStringLiteral("2023-04-10")).earliestMinutes();
        o.toMinutes = FuzzyDate::fromIsoText(QStringLiteral("2023-05-10")).latestMinutes();
        o.width = 1600;
        QString error;
        QVERIFY2(exportFixture(o, &error), qPrintable(error));
        bool ok = false;
        const QString text = svgText(o.outputPath, &ok);
        QVERIFY2(ok, "the SVG is not well-formed XML");
        QVERIFY2(text.contains(eventTitle), qPrintable(text));
        QVERIFY(text.contains(datasetTitle));
        QFile raw(o.outputPath);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(bytes.contains("&amp;"));
        QVERIFY(bytes.contains("&lt;"));
        keepPreview(o.outputPath);
    }

    void pdfHasOnePage_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::newRow("screen") << 1920 << 1080 << 96;
        QTest::newRow("print") << 3508 << 2480 << 300;
        QTest::newRow("auto-height") << 1200 << 0 << 96;
    }

    void pdfHasOnePage()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(QStringLiteral("one-%1.pdf").arg(QTest::currentDataTag()));
        o.width = width;
        o.height = height;
        o.dpi = dpi;
        o.laneMode = LaneMode::Actor;
        QString error;
        QVERIFY2(exportFixture(o, &error), qPrintable(error));
        QFile file(o.outputPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
        QCOMPARE(QString::fromLatin1(pdf).count(page), 1);
        keepPreview(o.outputPath);
    }

    void labelsFollowLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList {QStringLiteral("févr."), QStringLiteral("avr."),
                                   QStringLiteral("Les plateformes face à l’IA"), QStringLiteral("X contre Microsoft")}
                            << QStringList {QStringLiteral("Feb"), QStringLiteral("Platforms versus AI")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList {QStringLiteral("Feb"), QStringLiteral("Apr"),
                                   QStringLiteral("Platforms versus AI"), QStringLiteral("X vs Microsoft")}
                            << QStringList {QStringLiteral("févr."), QStringLiteral("Les plateformes")};
    }

    void labelsFollowLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(QStringLiteral("lang-%1.svg").arg(lang));
        QVERIFY(languageFromCode(lang, &o.language));
        QString error;
        QVERIFY(TimelineExporter::parseDate(QStringLiteral("2023"), false, &*(o.fromMinutes = 0), &error));
        QVERIFY(TimelineExporter::parseDate(QStringLiteral("2023"), true, &*(o.toMinutes = 0), &error));
        QVERIFY2(exportFixture(o, &error), qPrintable(error));
        bool ok = false;
        const QString text = svgText(o.outputPath, &ok);
        QVERIFY(ok);
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(s));
        for (const QString &s : unexpected)
            QVERIFY2(!text.contains(s), qPrintable(s));
    }

    void sourcesLineNamesEachOutletOnce_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none") << QStringList {} << QStringLiteral("en") << QString();
        QTest::newRow("empty names") << QStringList {QString(), QStringLiteral("  ")} << QStringLiteral("en")
                                     << QString();
        QTest::newRow("repeats trimmed") << QStringList {QStringLiteral("Reuters"), QStringLiteral(" Mashable "),
            QStringLiteral("Reuters")} << QStringLiteral("en")
                                         << QStringLiteral("Sources: Reuters, Mashable");
        QTest::newRow("french") << QStringList {QStringLiteral("Le Monde")} << QStringLiteral("fr")
                                << QStringLiteral("Sources : Le Monde");
        QStringList many;
        for (int i = 1; i <= 11; ++i)
            many.append(QStringLiteral("Outlet %1").arg(i));
        QTest::newRow("more than eight")
            << many << QStringLiteral("en")
            << QStringLiteral("Sources: Outlet 1, Outlet 2, Outlet 3, Outlet 4, Outlet 5, Outlet 6, Outlet 7, "
                              "Outlet 8 and 3 more");
    }

    void sourcesLineNamesEachOutletOnce()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        Language language = Language::English;
        QVERIFY(languageFromCode(lang, &language));
        QCOMPARE(TimelineExporter::sourcesLine(outlets, language), expected);
    }

    void drawsErasAndAsOfCursor_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("eras-en.png");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("eras-fr.svg");
    }

    void drawsErasAndAsOfCursor()
    {
        QFETCH(QString, lang);
        QFETCH(QString, file);
        const Dataset dataset = Test::timelineFixture();
        TimelineData data = TimelineData::fromDataset(dataset);
        data.addEra({LaneMode::Dispute, 2, FuzzyDate::fromIsoText(QStringLiteral("2023-12-27")).earliestMinutes(),
            FuzzyDate::fromIsoText(QStringLiteral("2025-12")).latestMinutes(), QStringLiteral("Plainte déposée"),
            QStringLiteral("Suit filed"), QColor(), Dispute::Status::Filed});
        data.addEra({LaneMode::Dispute, 3, FuzzyDate::fromIsoText(QStringLiteral("2023-02-03")).earliestMinutes(),
            FuzzyDate::fromIsoText(QStringLiteral("2025-11")).latestMinutes(), QStringLiteral("Procédure"),
            QStringLiteral("In court"), QColor(), std::nullopt});
        const auto titles = TimelineData::titleProvider(dataset);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(file);
        QVERIFY(languageFromCode(lang, &o.language));
        o.title = dataset.title.text(o.language);
        o.subtitle = o.language == Language::French ? QStringLiteral("Quatre litiges, 2022–2025")
                                                    : QStringLiteral("Four disputes, 2022–2025");
        o.credits = TimelineExporter::sourcesLine(outletsOf(dataset), o.language);
        o.fromMinutes = FuzzyDate::fromIsoText(QStringLiteral("2022-06")).earliestMinutes();
        o.toMinutes = FuzzyDate::fromIsoText(QStringLiteral("2025-12")).latestMinutes();
        o.asOf = FuzzyDate::fromIsoText(QStringLiteral("2024-09-01")).earliestMinutes();
        o.width = 1600;
        o.height = 900;
        QString error;
        QVERIFY2(TimelineExporter::exportTimeline(data, titles.get(), o, &error), qPrintable(error));
        keepPreview(o.outputPath);
        if (file.endsWith(QLatin1String(".png"))) {
            const QImage image(o.outputPath);
            QCOMPARE(image.size(), QSize(1600, 900));
            // The as-of cursor is drawn in its colour somewhere along its line.
            const QColor asOf = TimelineStyle().asOf;
            bool found = false;
            for (int x = 0; x < image.width() && !found; ++x) {
                for (int y = 300; y < 500 && !found; y += 10) {
                    const QColor c(image.pixel(x, y));
                    found = std::abs(c.red() - asOf.red()) + std::abs(c.green() - asOf.green())
                            + std::abs(c.blue() - asOf.blue())
                        < 60;
                }
            }
            QVERIFY(found);
        } else {
            bool ok = false;
            const QString text = svgText(o.outputPath, &ok);
            QVERIFY(ok);
            QVERIFY(text.contains(QStringLiteral("PLAINTE DÉPOSÉE")));
            QVERIFY(text.contains(QStringLiteral("Au 1 sept. 2024")));
        }
    }

    void rejectsBadOptions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("reversed");
        QTest::newRow("extension") << QStringLiteral("out.gif") << 1920 << 1080 << 96 << false;
        QTest::newRow("too wide") << QStringLiteral("out.png") << 9000 << 1080 << 96 << false;
        QTest::newRow("too tall") << QStringLiteral("out.png") << 1920 << 5000 << 96 << false;
        QTest::newRow("dpi") << QStringLiteral("out.pdf") << 1920 << 1080 << 5 << false;
        QTest::newRow("from after to") << QStringLiteral("out.svg") << 1920 << 1080 << 96 << true;
    }

    void rejectsBadOptions()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        QFETCH(bool, reversed);
        TimelineExportOptions o;
        o.outputPath = m_dir.filePath(file);
        o.width = width;
        o.height = height;
        o.dpi = dpi;
        if (reversed) {
            o.fromMinutes = FuzzyDate::fromIsoText(QStringLiteral("2024-01-02")).earliestMinutes();
            o.toMinutes = FuzzyDate::fromIsoText(QStringLiteral("2024-01-01")).latestMinutes();
        }
        QString error;
        QVERIFY(!exportFixture(o, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(o.outputPath));
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("end");
        QTest::addColumn<QString>("expected");
        QTest::newRow("year start") << QStringLiteral("2023") << false << QStringLiteral("2023-01-01T00:00:00Z");
        QTest::newRow("year end") << QStringLiteral("2023") << true << QStringLiteral("2023-12-31T23:59:00Z");
        QTest::newRow("day") << QStringLiteral("2024-02-29") << false << QStringLiteral("2024-02-29T00:00:00Z");
        QTest::newRow("bad") << QStringLiteral("next week") << false << QString();
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(bool, end);
        QFETCH(QString, expected);
        qint64 minutes = 0;
        QString error;
        const bool ok = TimelineExporter::parseDate(text, end, &minutes, &error);
        QCOMPARE(ok, !expected.isEmpty());
        if (ok)
            QCOMPARE(FuzzyDate::dateTimeFromMinutes(minutes).toString(Qt::ISODate), expected);
        else
            QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
