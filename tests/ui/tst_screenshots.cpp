// SPDX-License-Identifier: GPL-3.0-or-later
// Writes PNGs of the main window in French and English into the build folder
// (screenshots/), for reviewing how the application looks.
#include "core/uilanguage.h"
#include "ui/mainwindow.h"
#include "ui/searchwidget.h"
#include "uitestdata.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
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
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
