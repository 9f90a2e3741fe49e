// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uilanguage.h"
#include "ui/databasesession.h"
#include "ui/firstrun.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/propertiesdialog.h"
#include "ui/searchwidget.h"
#include "uitestdata.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
