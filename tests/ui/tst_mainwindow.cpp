// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/uilanguage.h"
#include "ui/mainwindow.h"

#include <QTest>

using namespace Frise;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), title);
    }

    void retranslatesAtRuntime()
    {
        UiLanguage uiLanguage;
        QVERIFY(uiLanguage.apply(Language::English));
        Ui::MainWindow window;
        const QString english = window.windowTitle();
        QVERIFY(uiLanguage.apply(Language::French));
        QCoreApplication::processEvents();
        QVERIFY(window.windowTitle() != english);
        QCOMPARE(window.windowTitle(), QStringLiteral("Frise — litiges entre plateformes et IA"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
