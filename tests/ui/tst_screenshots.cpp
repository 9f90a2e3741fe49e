// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window in French and English into the build folder
// (screenshots/), and of the quick capture bar, import and export dialogs,
// for reviewing how the application looks.
#include "core/contrast.h"
#include "core/uilanguage.h"
#include "io/sample.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "ui/exporttimelinedialog.h"
#include "ui/graphview.h"
#include "ui/importdialog.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/quickcapturebar.h"
#include "ui/recordeditor.h"
#include "ui/searchwidget.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

using namespace Frise;

namespace {

/// The highest contrast of a pixel of @p area of @p image against @p background, and the share of pixels that are
/// background (contrast under 1.5).
std::pair<double, double> contrastIn(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1;
    qsizetype plain = 0;
    const QRect box = area & image.rect();
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x) {
            const double ratio = Contrast::ratio(image.pixelColor(x, y), background);
            best = std::max(best, ratio);
            plain += ratio < 1.5 ? 1 : 0;
        }
    }
    return {best, box.isEmpty() ? 0.0 : double(plain) / (double(box.width()) * box.height())};
}

/// Fusion with a dark palette, as a dark desktop theme gives it; the previous look back when destroyed.
class DarkTheme final
{
public:
    DarkTheme()
        : m_palette(QApplication::palette())
        , m_style(QApplication::style()->name())
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x27));
        dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
        dark.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
        dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        QApplication::setPalette(dark);
    }
    ~DarkTheme()
    {
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }
    Q_DISABLE_COPY_MOVE(DarkTheme)

private:
    QPalette m_palette;
    QString m_style;
};

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void mainWindow_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<int>("content");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("untranslated"); // select the event whose English text is missing
        QTest::newRow("fr") << Language::French << int(Ui::ContentLanguage::French) << QStringLiteral("negociation")
                            << false;
        QTest::newRow("en") << Language::English << int(Ui::ContentLanguage::English) << QStringLiteral("twitter")
                            << false;
        QTest::newRow("both") << Language::English << int(Ui::ContentLanguage::Both) << QStringLiteral("getty") << true;
    }

    void mainWindow()
    {
        QFETCH(Language, language);
        QFETCH(int, content);
        QFETCH(QString, query);
        QFETCH(bool, untranslated);
        const QString path
            = m_dir.filePath(QStringLiteral("shot-%1.frise").arg(QLatin1String(QTest::currentDataTag())));
        const UiTestData::Ids ids = UiTestData::fill(path);
        QVERIFY(ids.drop);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));
        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        window.setContentLanguage(Ui::ContentLanguage(content));
        QVERIFY(window.openDatabase(path));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectEvent(untranslated ? ids.talks : ids.drop);
        window.searchWidget()->searchField()->setText(query);
        window.searchWidget()->search();
        QTest::qWait(50);

        const QString folder = QStringLiteral(FRISE_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/mainwindow-%1.png").arg(QLatin1String(QTest::currentDataTag()));
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(file));
        QVERIFY(QFileInfo(file).size() > 10000);
        qInfo() << "wrote" << file;
    }

    // The bundled sample, as a newcomer first sees it.
    void sample_data()
    {
        QTest::addColumn<Language>("language");
        QTest::newRow("sample-fr") << Language::French;
        QTest::newRow("sample-en") << Language::English;
    }

    void sample()
    {
        QFETCH(Language, language);
        const QString path = m_dir.filePath(QStringLiteral("%1.frise").arg(QLatin1String(QTest::currentDataTag())));
        Dataset dataset;
        Io::IoError ioError;
        QVERIFY2(Io::loadSample(&dataset, &ioError), qPrintable(ioError.toString()));
        RowId selected = 0;
        RowId reddit = 0;
        {
            Storage::StorageError error;
            Storage::Database::OpenOptions options;
            options.create = true;
            auto db = Storage::Database::open(path, options, &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY2(Storage::DatasetStore(*db).import(dataset, {}, {}, nullptr, &error), qPrintable(error.message));
            for (const Event &event : Storage::EventRepository(*db).all(&error)) {
                if (event.uid == QLatin1String("musk-threatens-microsoft"))
                    selected = event.id;
            }
            for (const Dispute &dispute : Storage::DisputeRepository(*db).all(&error)) {
                if (dispute.uid == QLatin1String("reddit-paid-api"))
                    reddit = dispute.id;
            }
        }
        QVERIFY(selected);
        QVERIFY(reddit);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));
        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        window.setContentLanguage(
            language == Language::French ? Ui::ContentLanguage::French : Ui::ContentLanguage::English);
        QVERIFY(window.openDatabase(path));
        // First, as a newcomer opens it on a laptop (issue #22): 1280 × 800, nothing selected.
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(100);
        const QString folder = QStringLiteral(FRISE_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        const QString first
            = folder + QStringLiteral("/mainwindow-%1-first.png").arg(QLatin1String(QTest::currentDataTag()));
        QVERIFY(window.grab().toImage().save(first));
        QVERIFY(QFileInfo(first).size() > 10000);

        window.resize(1600, 960);
        QTest::qWait(50);
        window.selectEvent(selected);
        QTest::qWait(100);
        const QString file = folder + QStringLiteral("/mainwindow-%1.png").arg(QLatin1String(QTest::currentDataTag()));
        const QImage image = window.grab().toImage();
        QVERIFY(image.save(file));
        QVERIFY(QFileInfo(file).size() > 10000);

        // A dispute with its status history in the inspector.
        window.selectRecord(QStringLiteral("dispute"), reddit);
        QVERIFY(window.inspector()->currentEditor());
        QCOMPARE(window.inspector()->currentEditor()->entity(), QStringLiteral("dispute"));
        QTest::qWait(100);
        const QString disputeFile
            = folder + QStringLiteral("/mainwindow-%1-dispute.png").arg(QLatin1String(QTest::currentDataTag()));
        QVERIFY(window.grab().toImage().save(disputeFile));
        QVERIFY(QFileInfo(disputeFile).size() > 10000);
    }

    // An era of a dispute and one across every lane, the first open in the inspector.
    void eras()
    {
        const QString path = m_dir.filePath(QStringLiteral("shot-eras.frise"));
        const UiTestData::Ids ids = UiTestData::fill(path);
        QVERIFY(ids.redditApi);
        RowId selected = 0;
        {
            Storage::StorageError error;
            auto db = Storage::Database::open(path, {}, &error);
            QVERIFY2(db, qPrintable(error.message));
            Era disputeEra;
            disputeEra.title
                = BilingualText::both(QStringLiteral("Grève des modérateurs"), QStringLiteral("Moderator strike"));
            disputeEra.start = FuzzyDate::fromIsoText(QStringLiteral("2023-06-12"));
            disputeEra.end = FuzzyDate::fromIsoText(QStringLiteral("~2023-07"));
            disputeEra.disputeId = ids.redditApi;
            Era everywhere;
            everywhere.title = BilingualText::both(QStringLiteral("Période de test"), QStringLiteral("Test period"));
            everywhere.start = FuzzyDate::fromIsoText(QStringLiteral("2023-03"));
            everywhere.end = FuzzyDate::fromIsoText(QStringLiteral("2023-04"));
            Storage::EraRepository eras(*db);
            QVERIFY2(eras.insert(disputeEra, &error), qPrintable(error.message));
            QVERIFY2(eras.insert(everywhere, &error), qPrintable(error.message));
            selected = disputeEra.id;
        }
        QVERIFY(selected);
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectRecord(QStringLiteral("era"), selected);
        QVERIFY(window.inspector()->currentEditor());
        QCOMPARE(window.inspector()->currentEditor()->entity(), QStringLiteral("era"));
        QTest::qWait(100);
        const QString folder = QStringLiteral(FRISE_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/mainwindow-eras.png");
        QVERIFY(window.grab().toImage().save(file));
        QVERIFY(QFileInfo(file).size() > 10000);
    }

    void dialogs()
    {
        const QString path = m_dir.filePath(QStringLiteral("shot-dialogs.frise"));
        QVERIFY(UiTestData::fill(path).drop);
        const QString folder = QStringLiteral(FRISE_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        auto save = [&folder](QWidget *widget, const char *name) {
            const QString file = folder + u'/' + QLatin1String(name) + QStringLiteral(".png");
            return widget->grab().toImage().save(file);
        };

        Ui::MainWindow window;
        window.setContentLanguage(Ui::ContentLanguage::French);
        QVERIFY(window.openDatabase(path));
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showQuickCapture();
        window.quickCaptureBar()->lineEdit()->setText(
            QStringLiteral("25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft "
                           "@Microsoft"));
        QTest::qWait(50);
        QVERIFY(save(&window, "quickcapture"));

        const QString csv = m_dir.filePath(QStringLiteral("shot.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date;Titre;Acteurs;Litige\r\n04/03/2023;Microsoft retire Twitter;Microsoft, Twitter;Twitter "
                   "contre Microsoft\r\n03/05/2023;Twitter répond;Twitter;\r\n");
        file.close();
        Ui::ImportDialog import(window.session(), &window);
        QSignalSpy preview(&import, &Ui::ImportDialog::previewReady);
        import.setFilePath(csv);
        QVERIFY(preview.wait(60000));
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        QVERIFY(save(&import, "importdialog"));

        Ui::ExportTimelineDialog exportTimeline(window.session(), &window);
        exportTimeline.setImageSize(1600, 900);
        exportTimeline.updatePreview();
        exportTimeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&exportTimeline));
        QVERIFY(save(&exportTimeline, "exporttimelinedialog"));
    }

    // The bundled sample under a dark system palette: the timeline and graph stay readable.
    void darkPalette()
    {
        const QString path = m_dir.filePath(QStringLiteral("shot-dark.frise"));
        {
            Dataset dataset;
            Io::IoError ioError;
            QVERIFY2(Io::loadSample(&dataset, &ioError), qPrintable(ioError.toString()));
            Storage::StorageError error;
            Storage::Database::OpenOptions options;
            options.create = true;
            auto db = Storage::Database::open(path, options, &error);
            QVERIFY2(db, qPrintable(error.message));
            QVERIFY2(Storage::DatasetStore(*db).import(dataset, {}, {}, nullptr, &error), qPrintable(error.message));
        }
        const DarkTheme theme;
        const QColor base = QApplication::palette().color(QPalette::Base);
        Ui::MainWindow window;
        window.setContentLanguage(Ui::ContentLanguage::English);
        QVERIFY(window.openDatabase(path));
        window.resize(1600, 960);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::TimelineView *timeline = window.timelineView();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->data() && timeline->data()->count() > 10, 30000);
        QTest::qWait(100);
        const QString folder = QStringLiteral(FRISE_SCREENSHOT_DIR);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(window.grab().toImage().save(folder + QStringLiteral("/mainwindow-dark.png")));

        // The timeline's colours come from the palette, each text at WCAG AA contrast or better.
        const Timeline::TimelineStyle &style = timeline->timelineStyle();
        QCOMPARE(style.background, base);
        QVERIFY(Contrast::ratio(style.text, style.background) >= Contrast::textMinimum);
        QVERIFY(Contrast::ratio(style.mutedText, style.background) >= Contrast::textMinimum);
        QVERIFY(Contrast::ratio(style.axisLine, style.background) >= Contrast::graphicMinimum);
        const Timeline::TimelineData &data = *timeline->data();
        for (int lane = 0; lane < data.laneCount(timeline->laneMode()); ++lane) {
            const QColor ink
                = Timeline::TimelinePainter::inkOn(data.laneColour(timeline->laneMode(), lane), style.background);
            QVERIFY2(Contrast::ratio(ink, style.background) >= Contrast::textMinimum,
                qPrintable(data.lane(timeline->laneMode(), lane).labelEn));
        }
        // And on screen: the axis strip is the dark background with light text on it.
        const QImage drawn = timeline->viewport()->grab().toImage();
        const qreal dpr = drawn.devicePixelRatio();
        QCOMPARE(drawn.pixelColor(1, 1), base);
        const auto [axisBest, axisPlain]
            = contrastIn(drawn, QRect(0, 0, drawn.width(), int(style.axisHeight * dpr)), base);
        QVERIFY2(axisBest >= Contrast::textMinimum, qPrintable(QString::number(axisBest)));
        QVERIFY(axisPlain > 0.5);
        // Lane headers: the first lane's name, at the left under the axis.
        const Timeline::LayoutLane &lane = timeline->layout().lanes().front();
        const QRect header(int(timeline->plotLeft() * dpr),
            int((style.axisHeight + lane.top - timeline->verticalScrollBar()->value()) * dpr), int(200 * dpr),
            int(22 * dpr));
        QVERIFY(contrastIn(drawn, header, base).first >= Contrast::textMinimum);

        // The graph: labels and legend on the dark background.
        auto *graph = qobject_cast<Ui::GraphView *>(window.centralTabs()->widget(1));
        QVERIFY(graph);
        window.centralTabs()->setCurrentWidget(graph);
        QTRY_VERIFY_WITH_TIMEOUT(graph->model().nodeCount() > 0 && !graph->isLayoutRunning(), 60000);
        QTest::qWait(100);
        QVERIFY(window.grab().toImage().save(folder + QStringLiteral("/mainwindow-dark-graph.png")));
        const QImage canvas = graph->canvas()->grab().toImage();
        QCOMPARE(canvas.pixelColor(1, 1), base);
        const QList<Graph::PlacedLabel> labels = graph->shownLabels();
        QVERIFY(!labels.isEmpty());
        for (const Graph::PlacedLabel &label : labels) {
            const QRect box = QRectF(label.rect.topLeft() * dpr, label.rect.size() * dpr).toAlignedRect();
            QVERIFY(contrastIn(canvas, box, base).first >= Contrast::textMinimum);
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
