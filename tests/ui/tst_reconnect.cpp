// SPDX-License-Identifier: GPL-3.0-or-later
// The database server stopped and started again under an open window, for
// real: this test runs under its own tests/pg/with-postgres.sh (CMake's
// OWN_POSTGRES), whose cluster it stops and starts with
// `with-postgres.sh --cluster DIR stop|start`; the tests sharing the suite's
// cluster never see it go.
#include "../storage/storagetesthelpers.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testpaths.h"
#include "ui/bilingualfield.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/editcommand.h"
#include "ui/eventeditor.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/navigatormodel.h"
#include "ui/reconnectpolicy.h"
#include "ui/serverreconnector.h"
#include "ui/sessionmessages.h"
#include "uitestdata.h"

#include <QAction>
#include <QFrame>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

using namespace Frise;
using namespace std::chrono_literals;

class TestReconnect : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cluster;
    bool m_stopped = false;

    /// Stops or starts the test cluster (@p what: "stop", fast shutdown as an administrator would; "start").
    bool server(const char *what)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        // Synchronous: no event loop runs meanwhile, so the window learns of it only when the test lets it.
        process.start(TestPaths::source(u"tests/pg/with-postgres.sh"),
            {QStringLiteral("--cluster"), m_cluster, QLatin1String(what)});
        const bool done
            = process.waitForFinished(90000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (done)
            m_stopped = qstrcmp(what, "stop") == 0;
        return done;
    }

    static Storage::Database::OpenOptions gui()
    {
        Storage::Database::OpenOptions options;
        options.exclusive = true;
        return options;
    }

    static bool listed(Ui::MainWindow &window, const QString &text)
    {
        QAbstractItemModel *model = window.navigatorModel();
        return !model->match(model->index(0, 0), Qt::DisplayRole, text, 1, Qt::MatchRecursive | Qt::MatchContains)
                    .isEmpty();
    }

    static bool enabled(Ui::MainWindow &window, const char *action)
    {
        return window.findChild<QAction *>(QLatin1String(action))->isEnabled();
    }

    /// Generous: the machine running the suite may be busy.
    static constexpr int deadlineMs = 60000;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
        m_cluster = qEnvironmentVariable("FRISE_TEST_PG_CLUSTER");
        QVERIFY2(!m_cluster.isEmpty(),
            "FRISE_TEST_PG_CLUSTER is not set: run this test through tests/pg/with-postgres.sh (ctest does)");
    }

    void cleanup()
    {
        // A failed test must not leave the server down for the next one.
        if (m_stopped)
            QVERIFY(server("start"));
    }

    void serverStoppedAndRestarted()
    {
        QString message;
        const QString url = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!url.isEmpty(), qPrintable(message));

        Ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(url));
        Ui::DatabaseSession *session = window.session();
        // Quick attempts: the default (1 s doubling to 30 s) would only make the test slower.
        session->reconnector()->setPolicy(Ui::ReconnectPolicy(200ms, 1s));

        Event event;
        event.title = BilingualText::original(Language::French, QStringLiteral("Audience"));
        event.start = FuzzyDate::fromIsoText(QStringLiteral("2024-01-15"));
        auto *createEvent = new Ui::CreateEventCommand(session, event, QStringLiteral("new"));
        QVERIFY(session->push(createEvent));
        const RowId eventId = createEvent->createdId();
        Actor actor;
        actor.name = BilingualText::original(Language::French, QStringLiteral("Conseil"));
        auto *createActor = new Ui::CreateActorCommand(session, actor, QStringLiteral("new"));
        QVERIFY(session->push(createActor));
        const RowId actorId = createActor->createdId();
        const int steps = session->undoStack()->count();
        Storage::StorageError error;
        qsizetype auditBefore = 0;
        {
            const auto admin = Storage::Database::open(url, {}, &error);
            QVERIFY2(admin, qPrintable(error.message));
            auditBefore = Storage::AuditLog(*admin).entries(QString(), 0, &error).size();
            QVERIFY(auditBefore >= 2);
        }

        window.selectEvent(eventId);
        auto *editor = qobject_cast<Ui::EventEditor *>(window.inspector()->currentEditor());
        QVERIFY(editor);
        QVERIFY(editor->isEnabled());
        auto *title = qobject_cast<QLineEdit *>(editor->titleField()->editor(Language::French));
        QVERIFY(title);

        // The server goes away. The window has not noticed yet (its check runs every few seconds): the journalist's
        // edit is the first to find out.
        QSignalSpy lost(session, &Ui::DatabaseSession::connectionLost);
        QVERIFY(server("stop"));
        QVERIFY(!session->isConnectionLost());
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Audience publique"));
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(lost.size(), 1);
        QVERIFY(session->isConnectionLost());
        QVERIFY(session->lostDuringEdit());
        QVERIFY(session->isReadOnly());
        // Not saved, and said so; nothing lost: the typing stays in the (read-only) editor, the undo stack has no
        // step for a write that did not happen.
        QCOMPARE(session->undoStack()->count(), steps);
        QCOMPARE(title->text(), QStringLiteral("Audience publique"));
        QVERIFY(editor->hasUnsavedAfterLoss());
        QVERIFY(!editor->isEnabled());
        QVERIFY(!editor->remoteChangeNotice()->isHidden());
        Ui::MessageBar *bar = window.messageBar();
        QCOMPARE(bar->kind(), Ui::MessageBar::Kind::Error);
        QVERIFY(!bar->isHidden());
        QVERIFY2(bar->text().startsWith(Ui::SessionMessages::editNotSaved()), qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(Ui::SessionMessages::connectionLost()), qPrintable(bar->text()));
        auto *retry = window.findChild<QAction *>(QStringLiteral("actionRetryConnection"));
        QVERIFY(retry);
        QVERIFY(!bar->actionButton()->isHidden());
        QCOMPARE(bar->actionButton()->defaultAction(), retry);
        for (const char *name :
            {"actionNewEvent", "actionNewActor", "actionUndo", "actionImport", "actionQuickCapture"})
            QVERIFY2(!enabled(window, name), name);
        QVERIFY(enabled(window, "actionExportTimeline"));

        // Another edit is refused outright, with the same words.
        Actor refused;
        refused.name = BilingualText::original(Language::French, QStringLiteral("Parlement"));
        QVERIFY(!session->push(new Ui::CreateActorCommand(session, refused, QStringLiteral("new")), &error));
        QCOMPARE(error.code, Storage::StorageError::Code::ReadOnly);
        QCOMPARE(session->undoStack()->count(), steps);

        // The window keeps trying, with backoff, and says when the next attempt is due.
        Ui::ServerReconnector *reconnector = session->reconnector();
        QSignalSpy started(reconnector, &Ui::ServerReconnector::attemptStarted);
        QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 2 && !reconnector->lastFailure().isEmpty(), deadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(reconnector->msUntilNextAttempt() >= 0, deadlineMs);
        // The attempts are less than a second apart here.
        QTRY_VERIFY2_WITH_TIMEOUT(
            bar->text().endsWith(Ui::SessionMessages::nextAttemptIn(1)), qPrintable(bar->text()), 5000);
        QVERIFY(session->isConnectionLost());
        // "Retry Now" tries at once.
        QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), 5000);
        const qsizetype before = started.size();
        bar->actionButton()->click();
        QCOMPARE(started.size(), before + 1);

        // The server comes back, and a colleague changes records before the window reconnects (no event loop runs
        // between the restart and these writes, so the window cannot hear of them: their NOTIFYs are lost to it).
        QVERIFY(server("start"));
        {
            const auto admin = Storage::Database::open(url, {}, &error);
            QVERIFY2(admin, qPrintable(error.message));
            // Nothing of the edit that found the server gone reached the database.
            QCOMPARE(Storage::EventRepository(*admin).find(eventId, &error)->title.fr, QStringLiteral("Audience"));
            QCOMPARE(Storage::ActorRepository(*admin).count(&error), qint64(1));
            QCOMPARE(Storage::AuditLog(*admin).entries(QString(), 0, &error).size(), auditBefore);
        }
        Ui::DatabaseSession colleague;
        QVERIFY2(colleague.open(url, gui(), &message), qPrintable(message));
        Dispute dispute;
        dispute.title = BilingualText::original(Language::French, QStringLiteral("Négociation"));
        QVERIFY(colleague.push(new Ui::CreateDisputeCommand(&colleague, dispute, QStringLiteral("new"))));
        const Actor stored = *colleague.find<Actor>(actorId);
        Actor renamed = stored;
        renamed.name.setText(Language::English, QStringLiteral("Council"), TranslationStatus::Translated);
        QVERIFY(colleague.push(new Ui::EditActorCommand(&colleague, stored, renamed, QStringLiteral("edit"))));

        // The window reconnects by itself, shows what changed meanwhile and can edit again.
        QSignalSpy reconnected(session, &Ui::DatabaseSession::reconnected);
        QTRY_VERIFY_WITH_TIMEOUT(!session->isConnectionLost(), deadlineMs);
        QCOMPARE(reconnected.size(), 1);
        QVERIFY(!session->isReadOnly());
        QCOMPARE(bar->kind(), Ui::MessageBar::Kind::Information);
        QCOMPARE(bar->text(), Ui::SessionMessages::reconnected(true));
        QVERIFY(bar->actionButton()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(listed(window, QStringLiteral("Négociation")), deadlineMs);
        QCOMPARE(session->disputes().size(), 1);
        QCOMPARE(session->find<Actor>(actorId)->name.en, QStringLiteral("Council"));
        QCOMPARE(session->actorName(actorId, Language::English), QStringLiteral("Council"));
        for (const char *name : {"actionNewEvent", "actionNewActor", "actionUndo", "actionImport"})
            QVERIFY2(enabled(window, name), name);
        // The edit that was not saved is still there, editable, and saves now.
        QCOMPARE(window.inspector()->currentEditor(), editor);
        QVERIFY(editor->isEnabled());
        QCOMPARE(title->text(), QStringLiteral("Audience publique"));
        QCOMPARE(session->undoStack()->count(), steps);
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(session->undoStack()->count(), steps + 1);
        QVERIFY(editor->remoteChangeNotice()->isHidden());
        QVERIFY(!editor->hasUnsavedAfterLoss());
        QCOMPARE(colleague.find<Event>(eventId)->title.fr, QStringLiteral("Audience publique"));

        // Listening again: the colleague's next change arrives live.
        QSignalSpy changed(session, &Ui::DatabaseSession::recordChanged);
        const Actor now = *colleague.find<Actor>(actorId);
        Actor described = now;
        described.description = BilingualText::original(Language::French, QStringLiteral("Instance"));
        QVERIFY(colleague.push(new Ui::EditActorCommand(&colleague, now, described, QStringLiteral("edit"))));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(),
                                     [actorId](const QList<QVariant> &args) {
                                         return args.at(0).toString() == QLatin1String("actor")
                                             && args.at(1).value<RowId>() == actorId;
                                     }),
            deadlineMs);
        QCOMPARE(session->find<Actor>(actorId)->description.fr, QStringLiteral("Instance"));
    }
};

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
