// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the main window on the bundled sample, the timeline at three zooms
// and the graph, in French and English, light and dark, and compares each
// image with its reference in tests/data/reference/ (per-pixel tolerance).
// Everything that could change a pixel from run to run is pinned: offscreen
// platform, 96 dpi and device pixel ratio 1, the Noto Sans files of the build
// root as the application font, the Fusion style with explicit palettes,
// settings in a fresh home, dates of the sample only.
// FRISE_UPDATE_REFERENCES=1 (tools/dev refimages) rewrites the references.
#include "core/uilanguage.h"
#include "io/sample.h"
#include "referenceimagestore.h"
#include "storage/datasetstore.h"
#include "storage/repositories.h"
#include "timeline/timelinedata.h"
#include "ui/databasesession.h"
#include "ui/graphview.h"
#include "ui/mainwindow.h"
#include "ui/timelineloader.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLockFile>
#include <QScreen>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTest>

using namespace Frise;

namespace {

enum class Theme { Light, Dark };

/// Every colour role set, so that nothing comes from the platform or the style's defaults.
QPalette referencePalette(Theme theme)
{
    struct Role
    {
        QPalette::ColorRole role;
        const char *light;
        const char *dark;
    };
    static constexpr Role roles[] = {
        {QPalette::Window, "#efefef", "#2b2b2b"},
        {QPalette::WindowText, "#1f1f1f", "#e8e8e8"},
        {QPalette::Base, "#ffffff", "#1e1e1e"},
        {QPalette::AlternateBase, "#f5f5f5", "#262626"},
        {QPalette::ToolTipBase, "#ffffdc", "#3a3a3a"},
        {QPalette::ToolTipText, "#000000", "#f0f0f0"},
        {QPalette::PlaceholderText, "#767676", "#8a8a8a"},
        {QPalette::Text, "#1f1f1f", "#e8e8e8"},
        {QPalette::Button, "#efefef", "#353535"},
        {QPalette::ButtonText, "#1f1f1f", "#e8e8e8"},
        {QPalette::BrightText, "#ffffff", "#ff6b6b"},
        {QPalette::Light, "#ffffff", "#4a4a4a"},
        {QPalette::Midlight, "#e3e3e3", "#3e3e3e"},
        {QPalette::Dark, "#a0a0a0", "#181818"},
        {QPalette::Mid, "#b8b8b8", "#2a2a2a"},
        {QPalette::Shadow, "#767676", "#000000"},
        {QPalette::Highlight, "#2f6fbf", "#3d7fd9"},
        {QPalette::HighlightedText, "#ffffff", "#ffffff"},
        {QPalette::Link, "#1a5fb4", "#78aefc"},
        {QPalette::LinkVisited, "#8f3fbf", "#c39bf0"},
        {QPalette::Accent, "#2f6fbf", "#3d7fd9"},
    };
    QPalette palette;
    for (const Role &r : roles)
        palette.setColor(r.role, QColor::fromString(theme == Theme::Light ? r.light : r.dark));
    const QColor disabled = QColor::fromString(theme == Theme::Light ? "#9a9a9a" : "#7a7a7a");
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

QString themeName(Theme theme)
{
    return theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

qint64 minutesAt(int year, int month, int day)
{
    return FuzzyDate::minutesFromDateTime(QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::UTC));
}

} // namespace

class TestReferenceImages final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    /// The main window shows the database's path: a fixed one (not the temporary folder's random
    /// name, nor TMPDIR), held by one run at a time.
    QString m_workDir = QStringLiteral("/tmp/frise-reference-images");
    std::unique_ptr<QLockFile> m_workLock;
    QString m_pristineSample;
    Dataset m_sample; ///< with database ids, as the main window reads it
    bool m_anyFailed = false;
    RefImages::ReferenceImageStore m_store {QStringLiteral(FRISE_REFERENCE_DIR),
        QStringLiteral(FRISE_REFERENCE_FAILURE_DIR), qEnvironmentVariableIntValue("FRISE_UPDATE_REFERENCES") == 1};

    static void addVariants()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<Theme>("theme");
        for (Language language : {Language::French, Language::English}) {
            for (Theme theme : {Theme::Light, Theme::Dark}) {
                const QString tag = languageCode(language) + u'-' + themeName(theme);
                QTest::newRow(qPrintable(tag)) << language << theme;
            }
        }
    }

    static QString variantName(const QString &view) { return view + u'-' + QLatin1String(QTest::currentDataTag()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        UiTestData::isolateSettings(m_home);

        // Pixels as the references were made: one device pixel per pixel, 96 dpi.
        QScreen *screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        QCOMPARE(screen->devicePixelRatio(), 1.0);
        QCOMPARE(qRound(screen->logicalDotsPerInch()), 96);

        const QString fontDir = QStringLiteral(FRISE_REFERENCE_FONT_DIR);
        for (const char *file :
            {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"}) {
            const QString path = fontDir + u'/' + QLatin1String(file);
            QVERIFY2(QFontDatabase::addApplicationFont(path) >= 0,
                qPrintable(QStringLiteral("cannot load %1 (package fonts-noto-core)").arg(path)));
        }
        QFont font(QStringLiteral("Noto Sans"));
        font.setPointSize(10);
        font.setHintingPreference(QFont::PreferNoHinting);
        QApplication::setFont(font);
        QCOMPARE(QFontInfo(QApplication::font()).family(), QStringLiteral("Noto Sans"));
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QVERIFY(QApplication::style());
        // A steady text cursor: a blinking one would be caught on or off.
        QApplication::setCursorFlashTime(0);
        QApplication::setEffectEnabled(Qt::UI_General, false);
        // No hover: the pointer stays away from every window.
        QCursor::setPos(-1000, -1000);

        m_workLock = std::make_unique<QLockFile>(m_workDir + QStringLiteral(".lock"));
        m_workLock->setStaleLockTime(0);
        QVERIFY2(m_workLock->tryLock(10 * 60 * 1000), "another run holds /tmp/frise-reference-images.lock");
        QDir(m_workDir).removeRecursively();
        QVERIFY(QDir().mkpath(m_workDir));

        // The sample, written once; each main window opens a fresh copy of it.
        m_pristineSample = m_workDir + QStringLiteral("/pristine.frise");
        Dataset dataset;
        Io::IoError ioError;
        QVERIFY2(Io::loadSample(&dataset, &ioError), qPrintable(ioError.toString()));
        Storage::StorageError error;
        Storage::Database::OpenOptions options;
        options.create = true;
        auto db = Storage::Database::open(m_pristineSample, options, &error);
        QVERIFY2(db, qPrintable(error.message));
        Storage::DatasetStore store(*db);
        QVERIFY2(store.import(dataset, {}, {}, nullptr, &error), qPrintable(error.message));
        QVERIFY2(store.exportAll(&m_sample, &error), qPrintable(error.message));
        QVERIFY(m_sample.events.size() > 20);
    }

    void cleanupTestCase()
    {
        // Only a run of every function (no function named on the command line) knows which files are stale.
        if (m_store.isUpdating() && !m_anyFailed && QCoreApplication::arguments().size() == 1)
            m_store.removeUnchecked();
        QDir(m_workDir).removeRecursively();
        m_workLock.reset();
    }

    void init()
    {
        QSettings().clear();
        // Each row applies its own language and palette; none inherits the previous row's settings.
        QApplication::setPalette(referencePalette(Theme::Light));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            m_anyFailed = true;
    }

    void mainWindow_data() { addVariants(); }

    void mainWindow()
    {
        QFETCH(Language, language);
        QFETCH(Theme, theme);
        QApplication::setPalette(referencePalette(theme));
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));

        // A fresh copy at the same path each time: same status bar, same first backup.
        const QString path = m_workDir + QStringLiteral("/sample/sample.frise");
        QDir(m_workDir + QStringLiteral("/sample")).removeRecursively();
        QVERIFY(QDir().mkpath(m_workDir + QStringLiteral("/sample")));
        QVERIFY(QFile::copy(m_pristineSample, path));

        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        window.setContentLanguage(
            language == Language::French ? Ui::ContentLanguage::French : Ui::ContentLanguage::English);
        window.resize(1280, 800);
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isLoading(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.timelineView()->data() && !window.timelineView()->data()->isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.timelineLoader()->isRunning(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBackingUp(), 60000);
        RowId selected = 0;
        for (const Event &event : std::as_const(m_sample.events)) {
            if (event.uid == QLatin1String("musk-threatens-microsoft"))
                selected = event.id;
        }
        QVERIFY(selected);
        window.selectEvent(selected);
        // "Automatic backup written." (a large file's backup, in the background) stays five seconds.
        window.statusBar()->clearMessage();
        QCoreApplication::processEvents();

        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), QSize(1280, 800));
        const QString failure = m_store.check(variantName(QStringLiteral("mainwindow")), image);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void timeline_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<Theme>("theme");
        QTest::addColumn<qint64>("from"); // 0: everything
        QTest::addColumn<qint64>("to");
        const struct
        {
            const char *name;
            qint64 from, to;
        } zooms[] = {
            {"all", 0, 0},
            {"year", minutesAt(2023, 1, 1), minutesAt(2024, 1, 1)},
            {"month", minutesAt(2023, 4, 1), minutesAt(2023, 5, 1)},
        };
        for (const auto &zoom : zooms) {
            for (Language language : {Language::French, Language::English}) {
                for (Theme theme : {Theme::Light, Theme::Dark}) {
                    const QString tag
                        = QLatin1String(zoom.name) + u'-' + languageCode(language) + u'-' + themeName(theme);
                    QTest::newRow(qPrintable(tag)) << language << theme << zoom.from << zoom.to;
                }
            }
        }
    }

    void timeline()
    {
        QFETCH(Language, language);
        QFETCH(Theme, theme);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QApplication::setPalette(referencePalette(theme));
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));

        Ui::TimelineView view;
        view.resize(1200, 600);
        view.setContentLanguage(language);
        view.setData(std::make_shared<Timeline::TimelineData>(Timeline::TimelineData::fromDataset(m_sample)),
            std::shared_ptr<Timeline::TitleProvider>(Timeline::TimelineData::titleProvider(m_sample)));
        if (from != to)
            view.setVisibleRange(from, to);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(1200, 600));
        const QString failure = m_store.check(variantName(QStringLiteral("timeline")), image);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void graph_data() { addVariants(); }

    void graph()
    {
        QFETCH(Language, language);
        QFETCH(Theme, theme);
        QApplication::setPalette(referencePalette(theme));
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));

        Ui::GraphView view;
        view.resize(1000, 700);
        view.setLanguage(language);
        QSignalSpy finished(&view, &Ui::GraphView::layoutFinished);
        view.setDataset(m_sample);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (view.isLayoutRunning())
            QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().toBool());
        QCoreApplication::processEvents();

        const QImage image = view.grab().toImage();
        QCOMPARE(image.size(), QSize(1000, 700));
        const QString failure = m_store.check(variantName(QStringLiteral("graph")), image);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    // The tolerance lets anti-aliasing noise through, not a change a reader would see.
    void toleranceCatchesMovedLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QPoint>("shift");
        QTest::addColumn<bool>("matches");
        const QString title = QStringLiteral("Twitter menace de poursuivre Microsoft");
        QTest::newRow("same place") << title << QPoint(0, 0) << true;
        QTest::newRow("3 px right") << title << QPoint(3, 0) << false;
        QTest::newRow("2 px down") << title << QPoint(0, 2) << false;
        QTest::newRow("one word, 2 px left") << QStringLiteral("Getty") << QPoint(-2, 0) << false;
    }

    void toleranceCatchesMovedLabel()
    {
        QFETCH(QString, text);
        QFETCH(QPoint, shift);
        QFETCH(bool, matches);
        auto render = [&text](QPoint offset) {
            QWidget canvas;
            canvas.setFixedSize(1200, 600);
            QLabel label(text, &canvas);
            label.move(QPoint(400, 300) + offset);
            label.adjustSize();
            return canvas.grab().toImage();
        };
        const RefImages::ImageComparison comparison(render(shift), render(QPoint(0, 0)));
        QVERIFY(comparison.sizesMatch());
        QCOMPARE(comparison.matches(RefImages::Tolerance()), matches);
        QCOMPARE(comparison.largestDifference() == 0, matches);
    }
};

int main(int argc, char *argv[])
{
    // Whatever the environment says: no display, no scaling, 96 dpi fonts.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_ENABLE_HIGHDPI_SCALING", "0");
    qputenv("QT_FONT_DPI", "96");
    qunsetenv("QT_SCALE_FACTOR");
    qunsetenv("QT_SCREEN_SCALE_FACTORS");
    qunsetenv("QT_STYLE_OVERRIDE");
    QApplication app(argc, argv);
    TestReferenceImages test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_referenceimages.moc"
