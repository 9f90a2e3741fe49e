// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export timeline / data / graph: the dialogs write real files of the
// requested kind and size, and the timeline preview draws something.
#include "../graph/generatedgraph.h"
#include "ui/databasesession.h"
#include "ui/exportdatadialog.h"
#include "ui/exportgraphdialog.h"
#include "ui/exporttimelinedialog.h"
#include "ui/exportwebdialog.h"
#include "uitestdata.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTest>
#include <QThreadPool>

using namespace Frise;

class TestExportDialogs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::DatabaseSession> m_session;
    UiTestData::Ids m_ids;

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        const QString path = m_dir.filePath(QStringLiteral("export.frise"));
        m_ids = UiTestData::fill(path);
        QVERIFY(m_ids.drop);
        m_session = std::make_unique<Ui::DatabaseSession>();
        QString message;
        QVERIFY2(m_session->open(path, false, &message), qPrintable(message));
    }

    void cleanupTestCase() { m_session.reset(); }

    void webPage()
    {
        Ui::ExportWebDialog dialog(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("page"));
        dialog.setOutputPath(path); // the extension is added
        dialog.setLanguage(Language::French);
        dialog.setPeriod(QStringLiteral("2000"), QString());
        Io::WebPageOptions options;
        QString error;
        QVERIFY2(dialog.options(&options, &error), qPrintable(error));
        QCOMPARE(options.language, Language::French);
        QVERIFY(options.fromMinutes && !options.toMinutes);
        QVERIFY(!options.includeUnverified);
        dialog.accept();
        QVERIFY(dialog.isExporting()); // on a worker thread
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QCOMPARE(dialog.outputPath(), path + QStringLiteral(".html"));
        const QByteArray html = readAll(path + QStringLiteral(".html"));
        QVERIFY2(html.contains("<html lang=\"fr\">"), html.left(300).constData());
        QVERIFY(html.contains("id=\"frise-data\""));
    }

    void webPageRefusesABadPeriod_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("reversed") << QStringLiteral("2024") << QStringLiteral("2023");
        QTest::newRow("not a date") << QStringLiteral("soon") << QString();
    }

    void webPageRefusesABadPeriod()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        Ui::ExportWebDialog dialog(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("refused-%1.html").arg(QTest::currentDataTag()));
        dialog.setOutputPath(path);
        dialog.setPeriod(from, to);
        dialog.accept();
        QVERIFY(!dialog.isExporting());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("exportWebError"))->text().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open
        QVERIFY(!QFileInfo::exists(path));
    }

    void timelineImage_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png 800x450 fr") << QStringLiteral("t1.png") << 800 << 450 << Language::French
                                        << QByteArray("\x89PNG");
        QTest::newRow("png 1280 wide, fitted height en")
            << QStringLiteral("t2.png") << 1280 << 0 << Language::English << QByteArray("\x89PNG");
        QTest::newRow("svg 1000x600") << QStringLiteral("t3.svg") << 1000 << 600 << Language::French
                                      << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("t4.pdf") << 900 << 500 << Language::English << QByteArray("%PDF");
    }

    void timelineImage()
    {
        QFETCH(QString, file);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(Language, language);
        QFETCH(QByteArray, magic);
        Ui::ExportTimelineDialog dialog(m_session.get());
        const QString path = m_dir.filePath(file);
        dialog.setOutputPath(path);
        dialog.setImageSize(width, height);
        dialog.setLanguage(language);
        const Timeline::TimelineExportOptions options = dialog.options();
        QCOMPARE(options.width, width);
        QCOMPARE(options.height, height);
        QCOMPARE(options.language, language);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY(data.startsWith(magic));
        if (file.endsWith(QLatin1String(".png"))) {
            const QImage image(path);
            QCOMPARE(image.width(), width);
            if (height > 0)
                QCOMPARE(image.height(), height);
            else
                QVERIFY(image.height() >= 200);
        }
        if (file.endsWith(QLatin1String(".svg"))) {
            QVERIFY(data.contains("<svg"));
            QVERIFY(data.contains(QStringLiteral("width=\"%1").arg(width).toUtf8()));
            // Titles are drawn as text in the chosen language.
            QVERIFY(data.contains("Getty"));
        }
    }

    void timelineFromTheView()
    {
        // The window hands over what its view shows: the export draws that, not a reload of the database.
        auto data = std::make_shared<Timeline::TimelineData>();
        const int lane = data->addLane(Timeline::LaneMode::Dispute,
            {QStringLiteral("v"), QStringLiteral("Vue"), QStringLiteral("View"), QColor(Qt::darkGreen)});
        const int lanes[] = {lane};
        data->append(
            Timeline::TimelineEventRecord::fromDates(424242, FuzzyDate::fromDay(QDate(2023, 5, 2)), FuzzyDate()),
            lanes);
        data->finish();
        auto titles = std::make_shared<const Timeline::FunctionTitleProvider>(
            [](RowId id, Language) { return id == 424242 ? QStringLiteral("Drawn from the view") : QString(); });
        Ui::ExportTimelineDialog dialog(m_session.get());
        dialog.setTimeline(data, titles);
        const QString path = m_dir.filePath(QStringLiteral("view.svg"));
        dialog.setOutputPath(path);
        dialog.setLanguage(Language::English);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("Drawn from the view"));
        QVERIFY(!svg.contains("Getty"));
        // Title and credits still come from the database.
        QVERIFY2(svg.contains("Sources:"), svg.left(400).constData());
    }

    void timelineExportRunsOnAWorker()
    {
        Ui::ExportTimelineDialog dialog(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("worker.svg"));
        dialog.setOutputPath(path);
        dialog.setLanguage(Language::English);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isExporting());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(!dialog.isExporting());
        // Titles were read on the worker's own connection.
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("Getty Images sues Stability AI in London"));
    }

    void cancelledTimelineExportKeepsTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export");
        }
        Ui::ExportTimelineDialog dialog(m_session.get());
        dialog.setOutputPath(path);
        dialog.setImageSize(7680, 4320);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isExporting());
        dialog.reject();
        QVERIFY(!dialog.isExporting());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(readAll(path), QByteArray("the previous export"));
        // No temporary file left next to it either.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("kept*")}, QDir::Files),
            QStringList {QStringLiteral("kept.png")});
    }

    void failedTimelineExportSaysWhy()
    {
        Ui::ExportTimelineDialog dialog(m_session.get());
        dialog.setOutputPath(m_dir.filePath(QStringLiteral("no/such/folder/t.png")));
        dialog.show();
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.findChild<QLabel *>(QStringLiteral("exportError"))->text().isEmpty(), 30000);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<QLineEdit *>()->isEnabled());
    }

    void visibleRangeAndPreview()
    {
        Ui::ExportTimelineDialog dialog(m_session.get());
        QCOMPARE(dialog.options().fromMinutes.has_value(), false);
        const qint64 from = FuzzyDate::fromDay(QDate(2023, 4, 1)).earliestMinutes();
        const qint64 to = FuzzyDate::fromDay(QDate(2023, 6, 30)).latestMinutes();
        dialog.setVisibleRange(from, to);
        QCOMPARE(dialog.options().fromMinutes.value_or(0), from);
        QCOMPARE(dialog.options().toMinutes.value_or(0), to);
        dialog.setImageSize(1120, 630);
        dialog.updatePreview();
        const QImage preview = dialog.previewImage();
        QCOMPARE(preview.width(), 560);
        QCOMPARE(preview.height(), 315);
        int inked = 0;
        for (int y = 0; y < preview.height(); y += 3) {
            for (int x = 0; x < preview.width(); x += 3)
                inked += preview.pixel(x, y) != qRgb(255, 255, 255);
        }
        QVERIFY2(inked > 100, qPrintable(QString::number(inked)));

        // Visible range exported: the PNG has the requested size.
        const QString path = m_dir.filePath(QStringLiteral("range.png"));
        dialog.setOutputPath(path);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        QCOMPARE(QImageReader(path).size(), QSize(1120, 630));
    }

    void data_data()
    {
        QTest::addColumn<Io::Format>("format");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("publishSafe");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("timelinejs json") << Io::Format::TimelineJsJson << QStringLiteral("d.json") << false
                                         << QByteArray("Microsoft retire Twitter");
        QTest::newRow("sheet csv") << Io::Format::TimelineJsCsv << QStringLiteral("sheet.csv") << false
                                   << QByteArray("Headline");
        QTest::newRow("csv") << Io::Format::Csv << QStringLiteral("plain.csv") << true
                             << QByteArray("Getty Images attaque Stability AI");
        QTest::newRow("backup") << Io::Format::Backup << QStringLiteral("backup.json") << false
                                << QByteArray("frise-backup");
        QTest::newRow("ics") << Io::Format::Ics << QStringLiteral("cal.ics") << false << QByteArray("BEGIN:VCALENDAR");
        // The only claim of this database is disputed, no verdict: an empty list (tests/io checks reviews).
        QTest::newRow("claimreview") << Io::Format::ClaimReview << QStringLiteral("reviews.jsonld") << false
                                     << QByteArray("[\n]");
        QTest::newRow("ftm") << Io::Format::Ftm << QStringLiteral("entities.jsonl") << false
                             << QByteArray("\"schema\":\"Event\"");
        QTest::newRow("csl-json") << Io::Format::CslJson << QStringLiteral("sources.json") << true
                                  << QByteArray("\"container-title\"");
    }

    void claimReviewPublisher()
    {
        Ui::ExportDataDialog dialog(m_session.get());
        dialog.setFormat(Io::Format::ClaimReview);
        dialog.setPublisher(QStringLiteral("  Le Desk "), QStringLiteral("https://desk.example/verifs"));
        QCOMPARE(dialog.options().publisher, QStringLiteral("Le Desk"));
        // The publisher belongs to ClaimReview alone.
        dialog.setFormat(Io::Format::Csv);
        QVERIFY(dialog.options().publisher.isEmpty());
        dialog.setFormat(Io::Format::ClaimReview);
        const QString path = m_dir.filePath(QStringLiteral("publisher.jsonld"));
        dialog.setOutputPath(path);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        QVERIFY(QJsonDocument::fromJson(readAll(path)).isArray());
        QCOMPARE(dialog.options().publisherUrl, QStringLiteral("https://desk.example/verifs"));
    }

    void data()
    {
        QFETCH(Io::Format, format);
        QFETCH(QString, file);
        QFETCH(bool, publishSafe);
        QFETCH(QByteArray, expected);
        Ui::ExportDataDialog dialog(m_session.get());
        dialog.setFormat(format);
        dialog.setLanguage(Language::French);
        dialog.setPublishSafe(publishSafe);
        const QString path = m_dir.filePath(file);
        dialog.setOutputPath(path);
        QCOMPARE(dialog.options().format, format);
        QCOMPARE(dialog.options().publishSafe, publishSafe);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY2(data.contains(expected), data.left(300).constData());
    }

    void csvDialect_data()
    {
        QTest::addColumn<Io::CsvDialect>("dialect");
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("standard") << Io::CsvDialect::Standard
                                  << QByteArray("\xEF\xBB\xBF"
                                                "date,end,title,");
        QTest::newRow("excel-fr") << Io::CsvDialect::ExcelFr
                                  << QByteArray("\xEF\xBB\xBF"
                                                "date;end;title;");
    }

    void csvDialect()
    {
        QFETCH(Io::CsvDialect, dialect);
        QFETCH(QByteArray, start);
        Ui::ExportDataDialog dialog(m_session.get());
        // The choice applies to the generic CSV only.
        dialog.setCsvDialect(dialect);
        dialog.setFormat(Io::Format::TimelineJsCsv);
        QCOMPARE(dialog.options().csvDialect, Io::CsvDialect::Standard);
        dialog.setFormat(Io::Format::Csv);
        QCOMPARE(dialog.options().csvDialect, dialect);
        const QString path = m_dir.filePath(QStringLiteral("dialect-%1.csv").arg(Io::csvDialectCode(dialect)));
        dialog.setOutputPath(path);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY2(data.startsWith(start), data.left(100).constData());
        QVERIFY(data.contains("\r\n"));
        if (dialect == Io::CsvDialect::ExcelFr)
            QVERIFY2(data.contains("\n25/04/2023;;") && data.contains("\n06/2023;;"), data.left(600).constData());
    }

    void csvDialectFollowsUiLanguage_data()
    {
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<Io::CsvDialect>("dialect");
        QTest::newRow("French UI") << QLocale::French << Io::CsvDialect::ExcelFr;
        QTest::newRow("English UI") << QLocale::English << Io::CsvDialect::Standard;
    }

    void csvDialectFollowsUiLanguage()
    {
        QFETCH(QLocale::Language, language);
        QFETCH(Io::CsvDialect, dialect);
        const QLocale before;
        QLocale::setDefault(QLocale(language)); // what UiLanguage::apply() does
        Ui::ExportDataDialog dialog(m_session.get());
        QLocale::setDefault(before);
        dialog.setFormat(Io::Format::Csv);
        QCOMPARE(dialog.options().csvDialect, dialect);
    }

    void graph_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("gexf") << QStringLiteral("g.gexf") << QString() << QByteArray("<gexf");
        QTest::newRow("graphml") << QStringLiteral("g.graphml") << QString() << QByteArray("<graphml");
        QTest::newRow("dot as of 2023-03")
            << QStringLiteral("g.dot") << QStringLiteral("2023-03") << QByteArray("Getty Images");
        QTest::newRow("svg") << QStringLiteral("g.svg") << QString() << QByteArray("<svg");
        QTest::newRow("png") << QStringLiteral("g.png") << QString() << QByteArray("\x89PNG");
    }

    void graph()
    {
        QFETCH(QString, file);
        QFETCH(QString, asOf);
        QFETCH(QByteArray, expected);
        Ui::ExportGraphDialog dialog(m_session.get());
        const QString path = m_dir.filePath(file);
        dialog.setOutputPath(path);
        if (!asOf.isEmpty())
            dialog.findChild<QLineEdit *>(QStringLiteral("exportAsOf"))->setText(asOf);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY2(data.contains(expected), data.left(300).constData());
    }

    void graphAsShown()
    {
        // What a big graph's view shows: a few nodes of a generated graph, at the view's positions.
        const Graph::GraphModel whole = FriseTest::generatedGraph(500);
        const Graph::GraphModel shown = whole.neighbourhood({0}, 1, 100);
        Graph::Positions positions;
        for (int i = 0; i < shown.nodeCount(); ++i)
            positions.insert(shown.nodes()[i].key, QPointF(40.0 * i, 25.0 * (i % 3)));
        Ui::ExportGraphDialog dialog(m_session.get());
        auto *shownOnly = dialog.findChild<QCheckBox *>(QStringLiteral("exportShownOnly"));
        QVERIFY(shownOnly->isHidden()); // nothing offered until the view gives its graph
        dialog.setShownGraph(shown, positions, true);
        QVERIFY(!shownOnly->isHidden());
        QVERIFY(dialog.exportsShownGraph());
        QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("exportDisputes"))->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("shown.gexf"));
        dialog.setOutputPath(path);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray data = readAll(path);
        QCOMPARE(data.count("<node "), shown.nodeCount());
        QCOMPARE(data.count("position "), shown.nodeCount()); // at the view's positions: no new layout
        QVERIFY(data.contains("x=\"40.00\""));
        QVERIFY(!data.contains("Getty Images")); // not the database's graph

        shownOnly->setChecked(false); // the whole database again
        QVERIFY(dialog.exportsShownGraph() == false);
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        QVERIFY(readAll(path).contains("Getty Images"));
    }

    // Issue #25: the dialogs show the text alternative's summary and can leave out its file.
    void altTextSummaryAndFile()
    {
        Ui::ExportTimelineDialog dialog(m_session.get());
        dialog.setLanguage(Language::French);
        dialog.updatePreview();
        auto *summary = dialog.findChild<QPlainTextEdit *>(QStringLiteral("exportAltSummary"));
        QVERIFY(summary && summary->isReadOnly());
        QVERIFY2(summary->toPlainText().startsWith(QStringLiteral("Frise chronologique")),
            qPrintable(summary->toPlainText()));
        // A plain-text view shows no-break spaces as spaces; Copy copies the summary itself.
        QCOMPARE(summary->toPlainText(), QString(dialog.altText().summary).replace(u'\u00a0', u' '));
        QVERIFY(dialog.altText().summary.contains(QStringLiteral("\u00a0: ")));
        const QString path = m_dir.filePath(QStringLiteral("alt.png"));
        dialog.setOutputPath(path);
        QString error;
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        const QByteArray alt = readAll(m_dir.filePath(QStringLiteral("alt.alt.txt")));
        // What the dialog showed is what was written.
        QVERIFY2(alt.startsWith(dialog.altText().summary.toUtf8().append("\n\n")), alt.constData());

        auto *file = dialog.findChild<QCheckBox *>(QStringLiteral("exportAltTextFile"));
        QVERIFY(file && file->isChecked());
        file->setChecked(false);
        const QString without = m_dir.filePath(QStringLiteral("noalt.svg"));
        dialog.setOutputPath(without);
        QVERIFY2(dialog.exportNow(&error), qPrintable(error));
        QVERIFY(QFile::exists(without));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("noalt.alt.txt"))));

        // The graph dialog knows the summary of the graph as shown before writing it.
        const Graph::GraphModel shown = FriseTest::generatedGraph(50);
        Graph::Positions positions;
        for (int i = 0; i < shown.nodeCount(); ++i)
            positions.insert(shown.nodes()[i].key, QPointF(40.0 * i, 25.0 * (i % 3)));
        Ui::ExportGraphDialog graph(m_session.get());
        graph.setLanguage(Language::English);
        graph.setShownGraph(shown, positions, true);
        QVERIFY2(graph.altSummary().startsWith(QStringLiteral("Relationship graph: 50 actors")),
            qPrintable(graph.altSummary()));
        const QString graphPath = m_dir.filePath(QStringLiteral("shown.svg"));
        graph.setOutputPath(graphPath);
        QVERIFY2(graph.exportNow(&error), qPrintable(error));
        QVERIFY(readAll(m_dir.filePath(QStringLiteral("shown.alt.txt"))).startsWith(graph.altSummary().toUtf8()));
    }

    // The whole database's graph is read and laid out on a worker (minutes
    // for a big one), the window responding meanwhile; cancelled, nothing is
    // written, not even over the previous file.
    void wholeGraphOnWorker()
    {
        Ui::ExportGraphDialog dialog(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("whole.svg"));
        dialog.setOutputPath(path);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isExporting());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("exportAsOf"))->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 30000);
        QVERIFY(!dialog.isExporting());
        QVERIFY(readAll(path).contains("Getty Images"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("whole.alt.txt"))));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".frise-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    }

    void cancelledGraphKeepsPreviousFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keptgraph.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export");
        }
        Ui::ExportGraphDialog dialog(m_session.get());
        dialog.setOutputPath(path);
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isExporting());
        dialog.reject();
        QVERIFY(!dialog.isExporting());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(readAll(path), QByteArray("the previous export"));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("keptgraph.alt.txt"))));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral(".frise-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
    }

    void badGraphDate()
    {
        Ui::ExportGraphDialog dialog(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("never.gexf"));
        dialog.setOutputPath(path);
        dialog.findChild<QLineEdit *>(QStringLiteral("exportAsOf"))->setText(QStringLiteral("not a date"));
        QString error;
        QVERIFY(!dialog.exportNow(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
