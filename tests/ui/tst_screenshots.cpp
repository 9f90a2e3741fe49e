// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window in French and English into the build folder
// (screenshots/), and of the quick capture bar, import and export dialogs,
// for reviewing how the application looks.
#include "core/uilanguage.h"
#include "io/sample.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "ui/exporttimelinedialog.h"
#include "ui/importdialog.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/quickcapturebar.h"
#include "ui/recordeditor.h"
#include "ui/searchwidget.h"
#include "uitestdata.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Frise;

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
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
