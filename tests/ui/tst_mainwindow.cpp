// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uilanguage.h"
#include "ui/databasesession.h"
#include "ui/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/propertiesdialog.h"
#include "ui/searchwidget.h"
#include "ui/timelineview.h"
#include "uitestdata.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Frise;

class TestMainWindow : public QObject
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

    void titleFollowsUiLanguage_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << Language::English << QStringLiteral("Frise — platform and AI disputes");
        QTest::newRow("fr") << Language::French << QStringLiteral("Frise — litiges entre plateformes et IA");
    }

    void titleFollowsUiLanguage()
    {
        QFETCH(Language, language);
        QFETCH(QString, title);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(language));
        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), title);
    }

    void retranslatesAtRuntime()
    {
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(Language::English));
        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        const QString english = window.windowTitle();
        window.setUiLanguageChoice(Language::French);
        QCoreApplication::processEvents();
        QVERIFY(window.windowTitle() != english);
        QCOMPARE(window.windowTitle(), QStringLiteral("Frise — litiges entre plateformes et IA"));
    }

    void menusFollowUiLanguage_data()
    {
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("french");
        QTest::newRow("file") << QStringLiteral("fileMenu") << QStringLiteral("&File") << QStringLiteral("&Fichier");
        QTest::newRow("edit") << QStringLiteral("editMenu") << QStringLiteral("&Edit") << QStringLiteral("É&dition");
        QTest::newRow("view") << QStringLiteral("viewMenu") << QStringLiteral("&View") << QStringLiteral("&Affichage");
        QTest::newRow("help") << QStringLiteral("helpMenu") << QStringLiteral("&Help") << QStringLiteral("Aid&e");
    }

    void menusFollowUiLanguage()
    {
        QFETCH(QString, menu);
        QFETCH(QString, source);
        QFETCH(QString, french);
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(Language::English));
        Ui::MainWindow window;
        window.setUiLanguage(&uiLanguage);
        auto *target = window.findChild<QMenu *>(menu);
        QVERIFY(target);
        QCOMPARE(target->title(), source);
        const QString englishWindowTitle = window.windowTitle();

        window.setUiLanguageChoice(Language::French);
        QCoreApplication::processEvents();
        // The French catalogue is loaded and the menu shows its entry (a
        // missing catalogue would leave the English title).
        QCOMPARE(QCoreApplication::translate("Frise::Ui::MainWindow", source.toUtf8().constData()), french);
        QCOMPARE(target->title(), french);
        QVERIFY(window.windowTitle() != englishWindowTitle);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUiFrench"))->isChecked());

        window.setUiLanguageChoice(Language::English);
        QCoreApplication::processEvents();
        QCOMPARE(target->title(), source);
        QCOMPARE(window.windowTitle(), englishWindowTitle);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUiEnglish"))->isChecked());
    }

    void standardShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("undo") << QStringLiteral("actionUndo") << QKeySequence(Qt::CTRL | Qt::Key_Z);
        QTest::newRow("redo") << QStringLiteral("actionRedo") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        QTest::newRow("new database") << QStringLiteral("actionNewDatabase") << QKeySequence(Qt::CTRL | Qt::Key_N);
        QTest::newRow("new event") << QStringLiteral("actionNewEvent") << QKeySequence(Qt::CTRL | Qt::Key_E);
        QTest::newRow("find") << QStringLiteral("actionFind") << QKeySequence(Qt::CTRL | Qt::Key_F);
        QTest::newRow("open") << QStringLiteral("actionOpen") << QKeySequence(Qt::CTRL | Qt::Key_O);
    }

    void standardShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        Ui::MainWindow window;
        auto *found = window.findChild<QAction *>(action);
        QVERIFY(found);
        QVERIFY2(found->shortcuts().contains(shortcut), qPrintable(found->shortcut().toString()));
    }

    void ctrlFFocusesSearch()
    {
        const QString path = m_dir.filePath(QStringLiteral("find.frise"));
        UiTestData::fill(path);
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        window.centralTabs()->setFocus();
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(window.searchWidget()->searchField()->hasFocus());
    }

    void openFailureShowsMessage()
    {
        Ui::MainWindow window;
        QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("missing/nothing.frise"))));
        QVERIFY(!window.messageBar()->isHidden());
        QVERIFY(!window.messageBar()->text().isEmpty());
        QCOMPARE(window.messageBar()->kind(), Ui::MessageBar::Kind::Error);
        QVERIFY(!window.session()->isOpen());
    }

    void secondInstanceIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.frise"));
        Ui::MainWindow first;
        QVERIFY(first.openDatabase(path, true));
        Ui::MainWindow second;
        QVERIFY(!second.openDatabase(path));
        QVERIFY(!second.messageBar()->text().isEmpty());
    }

    void firstRunCreatesTheSample()
    {
        QString path;
        QString error;
        QVERIFY2(Ui::ensureSampleDatabase(&path, &error), qPrintable(error));
        QCOMPARE(path, Ui::sampleDatabasePath());
        QVERIFY(path.endsWith(QStringLiteral("/sample.frise")));
        QVERIFY(QFileInfo::exists(path));
        // Twice is fine: the existing file is kept.
        QVERIFY(Ui::ensureSampleDatabase(&path, &error));
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("sample")));
    }

    void propertiesShowCounts()
    {
        const QString path = m_dir.filePath(QStringLiteral("properties.frise"));
        UiTestData::fill(path);
        Ui::DatabaseSession session;
        QVERIFY(session.open(path, false, nullptr));
        Ui::PropertiesDialog dialog(&session);
        QStringList texts;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            texts.append(label->text());
        QVERIFY(texts.contains(QLocale().toString(session.schemaVersion())));
        QVERIFY(texts.contains(QLocale().toString(5))); // events and actors
        QVERIFY(texts.contains(QFileInfo(path).absoluteFilePath()));
    }

    void recentDatabasesAreRemembered()
    {
        const QString path = m_dir.filePath(QStringLiteral("recent.frise"));
        {
            Ui::MainWindow window;
            QVERIFY(window.openDatabase(path, true));
        }
        QCOMPARE(QSettings().value(QStringLiteral("recentDatabases")).toStringList().value(0),
            QFileInfo(path).absoluteFilePath());
    }

    // Issue #22: at 1280 × 800 on the sample, the timeline gets most of the width and opens readable.
    void roomForTheWork()
    {
        QSettings().remove(QStringLiteral("window")); // a first start: no layout saved
        QString path;
        QString error;
        QVERIFY2(Ui::ensureSampleDatabase(&path, &error), qPrintable(error));
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(path));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCoreApplication::processEvents();
        auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY(inspector);
        QVERIFY(inspector->isVisible());
        Ui::TimelineView *timeline = window.timelineView();
        QVERIFY2(timeline->width() >= 700, qPrintable(QString::number(timeline->width())));
        QVERIFY2(inspector->width() <= 1280 / 4, qPrintable(QString::number(inspector->width())));

        // The busy period, not 2013-2026 squeezed: labelled events in view.
        const Timeline::TimelineData *data = timeline->data();
        QVERIFY(data && !data->isEmpty());
        QVERIFY(timeline->visibleTo() - timeline->visibleFrom() < (data->maxMinutes() - data->minMinutes()) / 2);
        const auto &items = timeline->layout().items();
        QVERIFY(std::count_if(items.begin(), items.end(), [](const auto &i) { return !i.labelRect.isEmpty(); }) >= 5);

        // A record selected: the inspector widens to edit it, the timeline still has room.
        const int narrow = inspector->width();
        window.selectEvent(data->id(0));
        QCoreApplication::processEvents();
        QVERIFY2(inspector->width() > narrow, qPrintable(QString::number(inspector->width())));
        QVERIFY(inspector->width() <= int(0.4 * window.width()) + 2);
        QVERIFY(timeline->width() >= 500);
    }

    void layoutIsRemembered()
    {
        QSettings().remove(QStringLiteral("window"));
        int saved = 0;
        QSize size;
        {
            Ui::MainWindow window; // sized to the screen: restoring keeps a window on it
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *inspector = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
            const int before = inspector->width();
            window.resizeDocks({inspector}, {before + 60}, Qt::Horizontal);
            QCoreApplication::processEvents();
            saved = inspector->width();
            size = window.size();
            QVERIFY2(saved >= before + 20, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(saved)));
            QVERIFY(window.close()); // writes the settings
        }
        Ui::MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCoreApplication::processEvents();
        // (The offscreen platform keeps a restored window inside its screen, frame included: a few pixels off.)
        QVERIFY2(std::abs(again.width() - size.width()) <= 30 && std::abs(again.height() - size.height()) <= 30,
            qPrintable(QStringLiteral("%1×%2").arg(again.width()).arg(again.height())));
        auto *inspector = again.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        QVERIFY2(std::abs(inspector->width() - saved) <= 4,
            qPrintable(QStringLiteral("%1 restored, %2 saved").arg(inspector->width()).arg(saved)));
        QSettings().remove(QStringLiteral("window"));
    }

    void firstStartFitsTheScreen()
    {
        QSettings().remove(QStringLiteral("window"));
        Ui::MainWindow window;
        QVERIFY(window.screen());
        const QRect available = window.screen()->availableGeometry();
        // Most of the screen (85 %, or 1280 × 800 where it fits), never more, centred.
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.height() <= available.height());
        QVERIFY(window.width() >= std::min(available.width(), 1280) || window.width() >= available.width() * 85 / 100);
        QVERIFY(
            window.height() >= std::min(available.height(), 800) || window.height() >= available.height() * 85 / 100);
        const QPoint offset = window.geometry().center() - available.center();
        QVERIFY2(offset.manhattanLength() <= 2, qPrintable(QStringLiteral("%1, %2").arg(offset.x()).arg(offset.y())));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
