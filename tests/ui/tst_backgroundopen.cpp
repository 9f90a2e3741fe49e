// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a big database: the record lists and the automatic backup come
// from worker threads, the window is usable meanwhile and nothing can be
// edited on lists that are not there yet. The size limits are set to 0 so
// that the small test database takes the paths of a big one.
#include "backgroundwork.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "ui/backupsettings.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/navigatormodel.h"
#include "ui/recordeditor.h"
#include "uitestdata.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Frise;
using Ui::DatabaseSession;

namespace {

constexpr int timeoutMs = 30000;

/// Everything in the background, whatever the size.
DatabaseSession::BackgroundLimits inBackground()
{
    return {0, 0};
}

QStringList partialFiles(const QString &path)
{
    return QDir(Storage::Backups::folderFor(path)).entryList({QStringLiteral("*.partial")}, QDir::Files);
}

qint64 actorCount(const QString &path)
{
    Storage::Database::OpenOptions options;
    options.readOnly = true;
    Storage::StorageError error;
    auto db = Storage::Database::open(path, options, &error);
    return db ? Storage::ActorRepository(*db).count(&error) : -1;
}

} // namespace

class TestBackgroundOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    /// A fresh copy of the bilingual test database, with @p ids filled in.
    QString newDatabase(UiTestData::Ids *ids = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("db-%1.frise").arg(++m_files));
        const UiTestData::Ids filled = UiTestData::fill(path);
        if (ids)
            *ids = filled;
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init() { Ui::BackupSettings::setPolicy({}); }

    void listsArriveAfterOpen_data()
    {
        QTest::addColumn<bool>("background");
        QTest::newRow("small database: at once") << false;
        QTest::newRow("big database: in the background") << true;
    }

    void listsArriveAfterOpen()
    {
        QFETCH(bool, background);
        UiTestData::Ids ids;
        const QString path = newDatabase(&ids);
        DatabaseSession session;
        if (background)
            session.setBackgroundLimits({0, DatabaseSession::BackgroundLimits {}.backupBytes});
        QSignalSpy loaded(&session, &DatabaseSession::recordsLoaded);
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));

        QCOMPARE(session.isLoading(), background);
        QCOMPARE(session.isReadOnly(), background);
        QCOMPARE(session.actors().isEmpty(), background);
        if (background) {
            QVERIFY(!session.readOnlyReason().isEmpty());
            QCOMPARE(session.actorName(ids.getty, Language::English), QStringLiteral("#%1").arg(ids.getty));
            // Nothing is written on missing lists: the edit is refused, not half-applied.
            Actor actor = UiTestData::actor(Actor::Kind::Person, QStringLiteral("Trop tôt"), QStringLiteral("Early"));
            QVERIFY(!session.push(new Ui::CreateActorCommand(&session, actor, QStringLiteral("early"))));
            QCOMPARE(session.undoStack()->count(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeoutMs);
        }
        QCOMPARE(loaded.size(), background ? 1 : 0);
        QVERIFY(!session.isLoading());
        QVERIFY(!session.isReadOnly());
        QCOMPARE(session.actors().size(), 5);
        QCOMPARE(session.disputes().size(), 3);
        QCOMPARE(session.sources().size(), 2);
        QCOMPARE(session.actorName(ids.getty, Language::English), QStringLiteral("Getty Images"));
        QCOMPARE(actorCount(path), 5); // the refused edit left nothing

        // Editing works once they are there.
        Actor actor = UiTestData::actor(Actor::Kind::Person, QStringLiteral("À temps"), QStringLiteral("In time"));
        QVERIFY(session.push(new Ui::CreateActorCommand(&session, actor, QStringLiteral("in time"))));
        QCOMPARE(session.actors().size(), 6);
        QCOMPARE(actorCount(path), 6);
    }

    void windowIsUsableWhileListsLoad()
    {
        UiTestData::Ids ids;
        const QString path = newDatabase(&ids);
        Ui::MainWindow window;
        window.session()->setBackgroundLimits(inBackground());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.session(), &DatabaseSession::recordsLoaded);
        QVERIFY(window.openDatabase(path));

        // Open, painted, browsing: but no editing, and the status bar says why.
        QVERIFY(window.session()->isLoading());
        auto *newEvent = window.findChild<QAction *>(QStringLiteral("actionNewEvent"));
        QVERIFY(newEvent);
        QVERIFY(!newEvent->isEnabled());
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusPath"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("reading records")), qPrintable(status->text()));
        window.selectEvent(ids.drop);
        Ui::RecordEditor *editor = window.inspector()->currentEditor();
        QVERIFY(editor);
        QCOMPARE(editor->recordId(), ids.drop);
        QVERIFY(!editor->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, timeoutMs);
        QVERIFY(newEvent->isEnabled());
        QVERIFY2(!status->text().contains(QStringLiteral("reading records")), qPrintable(status->text()));
        // The selection made meanwhile stays, and its editor now edits.
        QCOMPARE(window.currentId(), ids.drop);
        QCOMPARE(window.inspector()->currentEditor(), editor);
        QCOMPARE(editor->recordId(), ids.drop);
        QVERIFY(editor->isEnabled());
        Ui::NavigatorModel *navigator = window.navigatorModel();
        QCOMPARE(navigator->rowCount(navigator->index(0, 0)), 3); // the disputes
    }

    void backupIsWrittenInTheBackground()
    {
        const QString path = newDatabase();
        Ui::MainWindow window;
        window.session()->setBackgroundLimits(inBackground());
        QSignalSpy finished(window.session(), &DatabaseSession::backupFinished);
        QVERIFY(window.openDatabase(path));
        // open() returned with the backup still to write: the UI thread did not wait for it.
        QVERIFY(window.session()->isBackingUp());
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusPath"));
        QVERIFY2(status->text().contains(QStringLiteral("automatic backup")), qPrintable(status->text()));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeoutMs);
        QVERIFY(!window.session()->isBackingUp());
        const QList<Storage::BackupInfo> backups = Storage::Backups::listBackups(path);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(finished.first().first().toString(), backups.first().path);
        Storage::StorageError error;
        QVERIFY2(Storage::Backups::verify(backups.first().path, &error), qPrintable(error.message));
        QCOMPARE(actorCount(backups.first().path), 5);
        QCOMPARE(partialFiles(path), QStringList());
        QVERIFY(window.session()->openBackupProblem().isEmpty());
        QVERIFY2(!status->text().contains(QStringLiteral("automatic backup")), qPrintable(status->text()));

        // Not due again at the next open.
        window.session()->close();
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session()->isBackingUp(), timeoutMs);
        QCOMPARE(Storage::Backups::listBackups(path).size(), 1);
    }

    void closingMidwayIsSafe_data()
    {
        QTest::addColumn<bool>("destroyWindow");
        QTest::newRow("close the database") << false;
        QTest::newRow("quit: the window goes") << true;
    }

    void closingMidwayIsSafe()
    {
        QFETCH(bool, destroyWindow);
        const QString path = newDatabase();
        {
            auto window = std::make_unique<Ui::MainWindow>();
            window->session()->setBackgroundLimits(inBackground());
            QVERIFY(window->openDatabase(path));
            QVERIFY(window->session()->isLoading());
            QVERIFY(window->session()->isBackingUp());
            QSignalSpy loaded(window->session(), &DatabaseSession::recordsLoaded);
            QSignalSpy failed(window->session(), &DatabaseSession::backupFailed);
            if (destroyWindow) {
                window.reset();
            } else {
                window->session()->close();
                QVERIFY(!window->session()->isLoading());
                QVERIFY(!window->session()->isBackingUp());
                QVERIFY(window->session()->actors().isEmpty());
                // Results of the abandoned work never land in the closed session.
                QVERIFY(UiTestData::settleBackgroundWork());
                QCOMPARE(loaded.size(), 0);
                QCOMPARE(failed.size(), 0);
                QVERIFY(window->session()->actors().isEmpty());
            }
        }
        // The backup was either finished or cleanly stopped: no half copy, and a listed one is whole.
        QCOMPARE(partialFiles(path), QStringList());
        for (const Storage::BackupInfo &backup : Storage::Backups::listBackups(path)) {
            Storage::StorageError error;
            QVERIFY2(Storage::Backups::verify(backup.path, &error), qPrintable(error.message));
        }
        // The database is intact and opens again, with its lists.
        QCOMPARE(actorCount(path), 5);
        DatabaseSession session;
        QString message;
        QVERIFY2(session.open(path, false, &message), qPrintable(message));
        QCOMPARE(session.actors().size(), 5);
    }
};

QTEST_MAIN(TestBackgroundOpen)
#include "tst_backgroundopen.moc"
