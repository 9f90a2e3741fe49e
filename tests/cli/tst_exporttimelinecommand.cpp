// SPDX-License-Identifier: GPL-3.0-or-later
// `frise export-timeline` through the real binary, on the bundled sample and on a small backup.
#include "core/alttext.h"
#include "friseprocess.h"
#include "testpaths.h"

#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestExportTimelineCommand : public QObject
{
    Q_OBJECT

    using Result = FriseCli::Result;
    static Result frise(const QStringList &args) { return FriseCli::run(args); }

    /// `frise export-timeline` on the sample with @p options, into @p output; its exit code.
    Result exportSample(const QString &output, const QStringList &options)
    {
        return frise(QStringList {QStringLiteral("export-timeline"), m_sample, QStringLiteral("-o"), output} + options);
    }

    /// The text of an SVG file; empty when it is not well-formed XML.
    static QString svgText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QString text;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text() + QLatin1Char('\n');
        }
        return xml.hasError() ? QString() : text;
    }

    QTemporaryDir m_dir;
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(QStringLiteral("sample.frise"));
        const Result r = frise({QStringLiteral("sample"), m_sample});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void pngHasRequestedSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("dpi");
        QTest::newRow("small") << 640 << 480 << 96;
        QTest::newRow("hidpi") << 2400 << 1350 << 192;
    }

    void pngHasRequestedSize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, dpi);
        const QString output = m_dir.filePath(QStringLiteral("size-%1.png").arg(QTest::currentDataTag()));
        const Result r = exportSample(output,
            {QStringLiteral("--width"), QString::number(width), QStringLiteral("--height"), QString::number(height),
                QStringLiteral("--dpi"), QString::number(dpi)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QImageReader reader(output);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(width, height));
        QCOMPARE(image.dotsPerMeterX(), qRound(dpi / 0.0254));
    }

    void svgFollowsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QStringList {QStringLiteral("Plateformes contre IA"), QStringLiteral("févr."),
                                   QStringLiteral("janvier 2023")}
                            << QStringList {QStringLiteral("Platforms vs AI"), QStringLiteral("Feb"),
                                   QStringLiteral("January 2023")};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList {QStringLiteral("Platforms vs AI"), QStringLiteral("Feb"),
                                   QStringLiteral("January 2023")}
                            << QStringList {QStringLiteral("Plateformes contre IA"), QStringLiteral("févr."),
                                   QStringLiteral("janvier 2023")};
    }

    void svgFollowsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString output = m_dir.filePath(QStringLiteral("lang-%1.svg").arg(lang));
        const Result r = exportSample(output,
            {QStringLiteral("--lang"), lang, QStringLiteral("--from"), QStringLiteral("2023-01"),
                QStringLiteral("--to"), QStringLiteral("2023-06")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = svgText(output);
        QVERIFY2(!text.isEmpty(), "the SVG is not well-formed XML");
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing from:\n") + text));
        for (const QString &s : unexpected)
            QVERIFY2(!text.contains(s), qPrintable(s));
    }

    void rangeLimitsEvents()
    {
        const QString output = m_dir.filePath(QStringLiteral("range.svg"));
        const Result r = exportSample(output,
            {QStringLiteral("--from"), QStringLiteral("2023-04-18"), QStringLiteral("--to"),
                QStringLiteral("2023-04-20"), QStringLiteral("--width"), QStringLiteral("2400")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = svgText(output);
        QVERIFY(!text.isEmpty());
        QVERIFY2(text.contains(QStringLiteral("Musk threatens to sue")), qPrintable(text));
        // Outside the range: Apollo's closure (June 2023), Musk suing OpenAI (2024).
        QVERIFY(!text.contains(QStringLiteral("Apollo announces")));
        QVERIFY(!text.contains(QStringLiteral("Musk sues OpenAI")));
    }

    void lanesNameTheLegend_data()
    {
        QTest::addColumn<QString>("lanes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("unexpected");
        QTest::newRow("actor") << QStringLiteral("actor") << QStringLiteral("Tucker Carlson")
                               << QStringLiteral("Getty Images vs Stability AI");
        QTest::newRow("dispute") << QStringLiteral("dispute") << QStringLiteral("Getty Images vs Stability AI")
                                 << QStringLiteral("Tucker Carlson");
    }

    void lanesNameTheLegend()
    {
        QFETCH(QString, lanes);
        QFETCH(QString, expected);
        QFETCH(QString, unexpected);
        const QString output = m_dir.filePath(QStringLiteral("lanes-%1.svg").arg(lanes));
        const Result r = exportSample(output, {QStringLiteral("--lanes"), lanes});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = svgText(output);
        QVERIFY2(text.contains(expected), qPrintable(text));
        QVERIFY(!text.contains(unexpected));
    }

    void disputeErasAreDrawn()
    {
        // The window's timeline draws a dispute's status history as bands named after each status (in
        // capitals), listed in the legend: so does the command's. Twitter/X was threatened from 19 April 2023.
        const QString output = m_dir.filePath(QStringLiteral("eras.svg"));
        const Result r = exportSample(output,
            {QStringLiteral("--from"), QStringLiteral("2023-04"), QStringLiteral("--to"), QStringLiteral("2023-05"),
                QStringLiteral("--lanes"), QStringLiteral("dispute")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = svgText(output);
        QVERIFY2(text.contains(QStringLiteral("THREATENED")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Threatened")), qPrintable(text));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("mention");
        QTest::newRow("lanes") << QStringLiteral("x.png")
                               << QStringList {QStringLiteral("--lanes"), QStringLiteral("year")}
                               << QStringLiteral("--lanes");
        QTest::newRow("too wide") << QStringLiteral("x.png")
                                  << QStringList {QStringLiteral("--width"), QStringLiteral("9000")}
                                  << QStringLiteral("--width must be between 200 and 7680");
        QTest::newRow("too short") << QStringLiteral("x.png")
                                   << QStringList {QStringLiteral("--height"), QStringLiteral("100")}
                                   << QStringLiteral("--height must be between 200 and 4320");
        QTest::newRow("dpi high") << QStringLiteral("x.png")
                                  << QStringList {QStringLiteral("--dpi"), QStringLiteral("2000")}
                                  << QStringLiteral("--dpi must be between 24 and 1200");
        QTest::newRow("dpi zero") << QStringLiteral("x.png")
                                  << QStringList {QStringLiteral("--dpi"), QStringLiteral("0")}
                                  << QStringLiteral("--dpi");
        QTest::newRow("width text") << QStringLiteral("x.png")
                                    << QStringList {QStringLiteral("--width"), QStringLiteral("wide")}
                                    << QStringLiteral("--width");
        QTest::newRow("from after to") << QStringLiteral("x.svg")
                                       << QStringList {QStringLiteral("--from"), QStringLiteral("2024-03"),
                                              QStringLiteral("--to"), QStringLiteral("2023")}
                                       << QStringLiteral("--from 2024-03 is after --to 2023");
        QTest::newRow("bad date") << QStringLiteral("x.svg")
                                  << QStringList {QStringLiteral("--from"), QStringLiteral("next week")}
                                  << QStringLiteral("--from");
        QTest::newRow("year out of range")
            << QStringLiteral("x.svg") << QStringList {QStringLiteral("--from"), QStringLiteral("-17000000001")}
            << QStringLiteral("year out of supported range");
        QTest::newRow("year 0") << QStringLiteral("x.svg")
                                << QStringList {QStringLiteral("--from"), QStringLiteral("-0000")}
                                << QStringLiteral("no year 0");
        QTest::newRow("extension") << QStringLiteral("x.gif") << QStringList {} << QStringLiteral(".png");
        QTest::newRow("lang") << QStringLiteral("x.png") << QStringList {QStringLiteral("--lang"), QStringLiteral("de")}
                              << QStringLiteral("de");
    }

    // A database of BCE and deep-time events (tests/data/io/backup-deep-time.json):
    // the axis crosses year 0 and spans 13.8 billion years, labelled with eras.
    void bceAndDeepTime_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");
        QTest::newRow("whole, fr") << QStringList {QStringLiteral("--lang"), QStringLiteral("fr")}
                                   << QStringList {QStringLiteral("Big Bang"), QStringLiteral("milliards av. J.-C.")}
                                   << QStringList {QStringLiteral("BCE")};
        QTest::newRow("whole, en") << QStringList {QStringLiteral("--lang"), QStringLiteral("en")}
                                   << QStringList {QStringLiteral("Big Bang"), QStringLiteral("billion BCE")}
                                   << QStringList {QStringLiteral("av. J.-C.")};
        QTest::newRow("around year 0, fr")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--from"),
                   QStringLiteral("-0100"), QStringLiteral("--to"), QStringLiteral("0100")}
            << QStringList {QStringLiteral("Assassinat de César"), QStringLiteral("20 av. J.-C."),
                   QStringLiteral("100 av. J.-C. – 100")}
            << QStringList {QStringLiteral("Formation de la Terre"), QStringLiteral("Fondation de Rome")};
        QTest::newRow("around year 0, en")
            << QStringList {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--from"),
                   QStringLiteral("-0100"), QStringLiteral("--to"), QStringLiteral("0100")}
            << QStringList {QStringLiteral("Caesar is murdered"), QStringLiteral("20 BCE"),
                   QStringLiteral("100 BCE – 100")}
            << QStringList {QStringLiteral("Earth forms"), QStringLiteral("Rome is founded")};
    }

    void bceAndDeepTime()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        const QString db = m_dir.filePath(QStringLiteral("deep.frise"));
        if (!QFile::exists(db)) {
            QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
            const Result imported
                = frise({QStringLiteral("import"), db, TestPaths::source(u"tests/data/io/backup-deep-time.json"),
                    QStringLiteral("--format"), QStringLiteral("backup")});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QString output = m_dir.filePath(QStringLiteral("deep-%1.svg").arg(QTest::currentDataTag()));
        const Result r = frise(QStringList {QStringLiteral("export-timeline"), db, QStringLiteral("-o"), output,
                                   QStringLiteral("--width"), QStringLiteral("1600")}
            + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = svgText(output);
        QVERIFY2(!text.isEmpty(), "the SVG is not well-formed XML");
        for (const QString &s : expected)
            QVERIFY2(text.contains(s), qPrintable(s + QStringLiteral(" missing from:\n") + text));
        for (const QString &s : unexpected)
            QVERIFY2(!text.contains(s), qPrintable(s + QStringLiteral(" found in:\n") + text));
        // No text reads as a negative year ("-44"): years before AD 1 carry their era.
        static const QRegularExpression negativeYear(QStringLiteral("(^|\\n)-\\d"));
        QVERIFY2(!text.contains(negativeYear), qPrintable(text));
    }

    void refusesBadInput()
    {
        QFETCH(QString, output);
        QFETCH(QStringList, options);
        QFETCH(QString, mention);
        const QString path = m_dir.filePath(QStringLiteral("refused-") + output);
        const Result r = exportSample(path, options);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }

    void refusesMissingOutput()
    {
        const Result r = frise({QStringLiteral("export-timeline"), m_sample});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("-o")), qPrintable(r.err));
    }

    void cannotOpenDatabase_data()
    {
        QTest::addColumn<QString>("database");
        QTest::newRow("missing") << QStringLiteral("no-such.frise");
        QTest::newRow("not a database") << QStringLiteral("garbage.frise");
    }

    void cannotOpenDatabase()
    {
        QFETCH(QString, database);
        const QString path = m_dir.filePath(database);
        if (database.startsWith(QLatin1String("garbage"))) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(8192, 'x'));
        }
        const QString output = m_dir.filePath(QStringLiteral("unopened.png"));
        const Result r = frise({QStringLiteral("export-timeline"), path, QStringLiteral("-o"), output});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY(!QFile::exists(output));
    }

    void publishSafeCreditsOnlyPublishableSources()
    {
        // Rumeur Hebdo is cited only by a disputed claim and Bruit Public only by an unverified one;
        // the others by an event, a confirmed claim, or both kinds of claim.
        const QString backup = m_dir.filePath(QStringLiteral("credits.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "frise-backup", "formatVersion": 1, "exportedAt": "2026-01-01T00:00:00Z",
 "title": {"fr": "Crédits", "en": "Credits", "frStatus": "original", "enStatus": "original"},
 "actors": [], "tags": [], "disputes": [], "relations": [], "audit": [],
 "sources": [
  {"uid": "gazette", "outlet": "Gazette Vérifiée", "title": "", "language": "fr"},
  {"uid": "rumeur", "outlet": "Rumeur Hebdo", "title": "", "language": "fr"},
  {"uid": "agence", "outlet": "Agence Confirmée", "title": "", "language": "fr"},
  {"uid": "double", "outlet": "Double Source", "title": "", "language": "fr"},
  {"uid": "bruit", "outlet": "Bruit Public", "title": "", "language": "fr"}],
 "events": [{"uid": "e1", "title": {"fr": "Un fait", "en": "A fact", "frStatus": "original", "enStatus": "original"},
   "start": "2023-04-19", "importance": 3, "sources": ["gazette"]}],
 "claims": [
  {"uid": "c1", "text": {"fr": "On dit", "en": "They say", "frStatus": "original", "enStatus": "original"},
   "madeIn": "rumeur", "status": "disputed", "evidence": ["rumeur", "double"]},
  {"uid": "c2", "text": {"fr": "Vrai", "en": "True", "frStatus": "original", "enStatus": "original"},
   "madeIn": "agence", "status": "confirmed", "evidence": ["double"]},
  {"uid": "c3", "text": {"fr": "Peut-être", "en": "Maybe", "frStatus": "original", "enStatus": "original"},
   "status": "unverified", "evidence": ["bruit"]}]})");
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("credits.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result imported
            = frise({QStringLiteral("import"), db, backup, QStringLiteral("--format"), QStringLiteral("backup")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        for (const bool publishSafe : {false, true}) {
            const QString output = m_dir.filePath(QStringLiteral("credits-%1.svg").arg(publishSafe));
            QStringList args {QStringLiteral("export-timeline"), db, QStringLiteral("-o"), output};
            if (publishSafe)
                args << QStringLiteral("--publish-safe");
            const Result r = frise(args);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QString text = svgText(output);
            QVERIFY2(text.contains(QStringLiteral("Gazette Vérifiée")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Agence Confirmée")));
            QVERIFY(text.contains(QStringLiteral("Double Source")));
            QCOMPARE(text.contains(QStringLiteral("Rumeur Hebdo")), !publishSafe);
            QCOMPARE(text.contains(QStringLiteral("Bruit Public")), !publishSafe);
            QCOMPARE(text.contains(QStringLiteral("Publish-safe")), publishSafe);
            // The text alternative names the same outlets as the image, no more.
            QFile altFile(Frise::AltText::pathBeside(output));
            QVERIFY(altFile.open(QIODevice::ReadOnly));
            const QString alt = QString::fromUtf8(altFile.readAll());
            QVERIFY2(alt.contains(QStringLiteral("Gazette Vérifiée")), qPrintable(alt));
            QCOMPARE(alt.contains(QStringLiteral("Rumeur Hebdo")), !publishSafe);
            QCOMPARE(alt.contains(QStringLiteral("Bruit Public")), !publishSafe);
            QCOMPARE(alt.contains(QStringLiteral("Publish-safe")), publishSafe);
        }
    }

    // A confidential source is never credited, publish-safe or not, in any
    // image format; its data exports carry the dead link's archived copy.
    void confidentialSourcesAreNeverCredited()
    {
        const QString backup = m_dir.filePath(QStringLiteral("confidential.json"));
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Written with ' for " (moc misreads some raw strings).
        file.write(QByteArray("{'format': 'frise-backup', 'formatVersion': 5, 'exportedAt': '2026-01-01T00:00:00Z',"
                              " 'sources': [{'uid': 'informant', 'outlet': 'Gorge Profonde', 'title': 'Entretien',"
                              " 'url': 'https://informant.example/x', 'grade': 'B2', 'confidential': true},"
                              " {'uid': 'journal', 'outlet': 'Journal Public', 'url': 'https://dead.example/a',"
                              " 'urlDead': true, 'archives': [{'url': "
                              "'https://web.archive.org/web/2024/https://dead.example/a', 'kind': 'web-archive'}]}],"
                              " 'events': [{'uid': 'e1', 'title': {'fr': 'Rencontre', 'en': 'Meeting'},"
                              " 'start': '2023-04-19', 'sources': ['informant', 'journal']}]}")
                .replace('\'', '"'));
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("confidential.frise"));
        QCOMPARE(frise({QStringLiteral("new"), db}).exitCode, 0);
        const Result imported
            = frise({QStringLiteral("import"), db, backup, QStringLiteral("--format"), QStringLiteral("backup")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        for (const bool publishSafe : {false, true}) {
            for (const char *extension : {"svg", "png", "pdf"}) {
                const QString output = m_dir.filePath(
                    QStringLiteral("confidential-%1.%2").arg(publishSafe).arg(QLatin1String(extension)));
                QStringList args {QStringLiteral("export-timeline"), db, QStringLiteral("-o"), output};
                if (publishSafe)
                    args << QStringLiteral("--publish-safe");
                const Result r = frise(args);
                QVERIFY2(r.exitCode == 0, qPrintable(r.err));
                QFile image(output);
                QVERIFY(image.open(QIODevice::ReadOnly));
                const QByteArray bytes = image.readAll();
                QVERIFY(!bytes.contains("Gorge Profonde") && !bytes.contains("informant.example"));
                QFile altFile(Frise::AltText::pathBeside(output));
                QVERIFY(altFile.open(QIODevice::ReadOnly));
                const QByteArray alt = altFile.readAll();
                QVERIFY2(!alt.contains("Gorge Profonde") && !alt.contains("informant.example"), alt.constData());
                QVERIFY2(alt.contains("Journal Public") && alt.contains("Meeting"), alt.constData());
                if (QLatin1String(extension) == QLatin1String("svg")) {
                    const QString text = svgText(output);
                    QVERIFY2(text.contains(QStringLiteral("Journal Public")), qPrintable(text));
                    QVERIFY2(!text.contains(QStringLiteral("Gorge Profonde")), qPrintable(text));
                }
            }
        }
        for (const char *format : {"timelinejs-json", "timelinejs-csv", "csv", "ics"}) {
            const QString output = m_dir.filePath(QStringLiteral("confidential-data.%1").arg(QLatin1String(format)));
            const Result r = frise({QStringLiteral("export"), db, QStringLiteral("-o"), output,
                QStringLiteral("--format"), QLatin1String(format)});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QFile data(output);
            QVERIFY(data.open(QIODevice::ReadOnly));
            QByteArray bytes = data.readAll();
            bytes.replace("\r\n ", ""); // iCalendar folds long lines
            QVERIFY2(!bytes.contains("Gorge Profonde") && !bytes.contains("informant.example"), bytes.constData());
            QVERIFY2(bytes.contains("https://web.archive.org/web/2024/https://dead.example/a"), bytes.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestExportTimelineCommand)
#include "tst_exporttimelinecommand.moc"
