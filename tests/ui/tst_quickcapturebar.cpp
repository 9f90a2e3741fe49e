// SPDX-License-Identifier: GPL-3.0-or-later
// Edit → Quick capture through the real bar in the main window, checked
// against what the database holds, then undone.
#include "ui/databasesession.h"
#include "ui/mainwindow.h"
#include "ui/quickcapturebar.h"
#include "uitestdata.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace Frise;

class TestQuickCaptureBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Ui::MainWindow> m_window;
    UiTestData::Ids m_ids;
    int m_counter = 0;

    Ui::QuickCaptureBar *bar() const { return m_window->quickCaptureBar(); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }
    RowId idOf(const QString &key) const
    {
        const QHash<QString, RowId> ids {{QStringLiteral("twitterVsMicrosoft"), m_ids.twitterVsMicrosoft},
            {QStringLiteral("gettyVsStability"), m_ids.gettyVsStability},
            {QStringLiteral("redditApi"), m_ids.redditApi}, {QStringLiteral("twitter"), m_ids.twitter},
            {QStringLiteral("microsoft"), m_ids.microsoft}, {QStringLiteral("getty"), m_ids.getty},
            {QStringLiteral("stability"), m_ids.stability}, {QStringLiteral("reddit"), m_ids.reddit}};
        return ids.value(key);
    }
    qsizetype eventCount() const { return m_window->session()->events().size(); }
    void enter(const QString &line)
    {
        QLineEdit *edit = bar()->lineEdit();
        edit->setText(line);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("capture%1.frise").arg(++m_counter));
        m_ids = UiTestData::fill(path);
        QVERIFY(m_ids.drop);
        m_window = std::make_unique<Ui::MainWindow>();
        QVERIFY(m_window->openDatabase(path));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void actions()
    {
        QVERIFY(!bar()->isVisible());
        QAction *capture = action("actionQuickCapture");
        QVERIFY(capture);
        QCOMPARE(capture->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(capture->isEnabled());
        for (const char *name : {"actionImport", "actionExportTimeline", "actionExportData", "actionExportGraph"}) {
            QAction *a = action(name);
            QVERIFY2(a, name);
            QVERIFY2(a->isEnabled(), name);
            QVERIFY2(!a->text().isEmpty(), name);
        }
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QTRY_VERIFY(bar()->isVisible());
        QTRY_VERIFY(bar()->lineEdit()->hasFocus());
        QTest::keyClick(bar()->lineEdit(), Qt::Key_Escape);
        QVERIFY(!bar()->isVisible());
    }

    void capture_data()
    {
        QTest::addColumn<Ui::ContentLanguage>("content");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("disputes");
        QTest::addColumn<QStringList>("actors");
        QTest::newRow("french, slug words")
            << Ui::ContentLanguage::French
            << QStringLiteral(
                   "25/04/2023 Microsoft retire Twitter de ses outils publicitaires #twitter-microsoft @Microsoft")
            << QStringLiteral("2023-04-25") << QStringLiteral("Microsoft retire Twitter de ses outils publicitaires")
            << QStringList {QStringLiteral("twitterVsMicrosoft")} << QStringList {QStringLiteral("microsoft")};
        QTest::newRow("english, quoted actor and alias-like prefix")
            << Ui::ContentLanguage::English
            << QStringLiteral("2023-01-17 Getty sues in London #getty-stability @\"Stability AI\" @Getty")
            << QStringLiteral("2023-01-17") << QStringLiteral("Getty sues in London")
            << QStringList {QStringLiteral("gettyVsStability")}
            << QStringList {QStringLiteral("stability"), QStringLiteral("getty")};
        QTest::newRow("no links, both languages shown")
            << Ui::ContentLanguage::Both << QStringLiteral("18 avril 2023 Reddit annonce une API payante")
            << QStringLiteral("2023-04-18") << QStringLiteral("Reddit annonce une API payante") << QStringList {}
            << QStringList {};
    }

    void capture()
    {
        QFETCH(Ui::ContentLanguage, content);
        QFETCH(QString, line);
        QFETCH(QString, date);
        QFETCH(QString, title);
        QFETCH(QStringList, disputes);
        QFETCH(QStringList, actors);
        m_window->setContentLanguage(content);
        const Language language = Ui::primaryLanguage(content);
        const qsizetype before = eventCount();
        const int undoBefore = m_window->session()->undoStack()->count();

        action("actionQuickCapture")->trigger();
        QVERIFY(bar()->isVisible());
        bar()->lineEdit()->setText(line);
        // The live feedback already shows the date and title.
        QVERIFY2(
            bar()->feedbackLabel()->text().contains(title.toHtmlEscaped()), qPrintable(bar()->feedbackLabel()->text()));
        QTest::keyClick(bar()->lineEdit(), Qt::Key_Return);

        const RowId id = bar()->lastCreatedId();
        QVERIFY(id != 0);
        QVERIFY(bar()->lineEdit()->text().isEmpty());
        QCOMPARE(eventCount(), before + 1);
        const std::optional<Event> event = m_window->session()->find<Event>(id);
        QVERIFY(event);
        QCOMPARE(event->start.toIsoText(), date);
        QCOMPARE(event->title.text(language), title);
        QCOMPARE(event->title.status(language), TranslationStatus::Original);
        QCOMPARE(event->title.status(otherLanguage(language)), TranslationStatus::Missing);
        QList<RowId> disputeIds;
        for (const QString &key : disputes)
            disputeIds << idOf(key);
        QCOMPARE(event->disputeIds, disputeIds);
        QList<RowId> actorIds;
        for (const EventActor &link : event->actors)
            actorIds << link.actorId;
        QList<RowId> expectedActors;
        for (const QString &key : actors)
            expectedActors << idOf(key);
        QCOMPARE(actorIds, expectedActors);

        QCOMPARE(m_window->session()->undoStack()->count(), undoBefore + 1);
        action("actionUndo")->trigger();
        QVERIFY(!m_window->session()->find<Event>(id));
        QCOMPARE(eventCount(), before);
        action("actionRedo")->trigger();
        QVERIFY(m_window->session()->find<Event>(id));
    }

    void badLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("feedback");
        QTest::newRow("no date") << QStringLiteral("Microsoft retire Twitter") << QStringLiteral("Column 1");
        QTest::newRow("unknown actor") << QStringLiteral("25/04/2023 Une annonce @Nobody")
                                       << QStringLiteral("Unknown actor @Nobody");
        QTest::newRow("unknown dispute") << QStringLiteral("25/04/2023 Une annonce #no-such-dispute @Microsoft")
                                         << QStringLiteral("Unknown dispute #no-such-dispute");
        QTest::newRow("no title") << QStringLiteral("25/04/2023 #twitter-microsoft") << QStringLiteral("Column 12");
    }

    void badLine()
    {
        QFETCH(QString, line);
        QFETCH(QString, feedback);
        const qsizetype before = eventCount();
        const int undoBefore = m_window->session()->undoStack()->count();
        action("actionQuickCapture")->trigger();
        enter(line);
        QCOMPARE(bar()->lastCreatedId(), RowId(0));
        QCOMPARE(bar()->lineEdit()->text(), line); // kept for fixing
        QVERIFY2(bar()->feedbackLabel()->text().contains(feedback), qPrintable(bar()->feedbackLabel()->text()));
        QCOMPARE(eventCount(), before);
        QCOMPARE(m_window->session()->undoStack()->count(), undoBefore);
        QVERIFY(!bar()->understand(line).isValid());
    }

    void completion_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("completed");
        QTest::newRow("dispute by title word") << QStringLiteral("2023-01-17 Plainte #stabil")
                                               << QStringLiteral("2023-01-17 Plainte #getty-images-vs-stability-ai ");
        QTest::newRow("actor with a space")
            << QStringLiteral("2023-01-17 Plainte @Stab") << QStringLiteral("2023-01-17 Plainte @\"Stability AI\" ");
    }

    void completion()
    {
        QFETCH(QString, typed);
        QFETCH(QString, completed);
        action("actionQuickCapture")->trigger();
        QLineEdit *edit = bar()->lineEdit();
        QTest::keyClicks(edit, typed);
        auto *completer = bar()->findChild<QCompleter *>();
        QVERIFY(completer);
        QTRY_VERIFY(completer->popup()->isVisible());
        QCOMPARE(completer->completionCount(), 1);
        completer->popup()->setCurrentIndex(completer->completionModel()->index(0, 0));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QCOMPARE(edit->text(), completed);
        QVERIFY(bar()->understand(edit->text().trimmed() + QStringLiteral(" titre")).unknownDisputes.isEmpty());
    }

    void openInEditor()
    {
        action("actionQuickCapture")->trigger();
        bar()->lineEdit()->setText(QStringLiteral("2023-05-18 Twitter menace Microsoft #twitter-microsoft"));
        QVERIFY(bar()->openButton()->isEnabled());
        QTest::mouseClick(bar()->openButton(), Qt::LeftButton);
        const RowId id = bar()->lastCreatedId();
        QVERIFY(id != 0);
        QCOMPARE(m_window->currentEntity(), QStringLiteral("event"));
        QCOMPARE(m_window->currentId(), id);
    }
};

QTEST_MAIN(TestQuickCaptureBar)
#include "tst_quickcapturebar.moc"
