// SPDX-License-Identifier: GPL-3.0-or-later
// Newsroom team mode as the window lives it, against a real PostgreSQL
// server (tests/pg/with-postgres.sh): one journalist's save reaches the
// other's session, views and open editor without wiping what they are
// typing; a reader role and a lost server make the window read-only, and no
// edit is half-applied. How fast a change travels is measured by
// tests/bench/bench_storage, not here.
#include "../storage/storagetesthelpers.h"
#include "conflictdialogdriver.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testpaths.h"
#include "ui/bilingualfield.h"
#include "ui/createcommand.h"
#include "ui/databasesession.h"
#include "ui/deletecommand.h"
#include "ui/editcommand.h"
#include "ui/eventeditor.h"
#include "ui/inspector.h"
#include "ui/mainwindow.h"
#include "ui/messagebar.h"
#include "ui/navigatormodel.h"
#include "uitestdata.h"

#include <QAction>
#include <QFrame>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace Frise;

class TestTeamMode : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<Storage::Database> m_admin;

    bool admin(const QString &sql)
    {
        QSqlQuery query(m_admin->connection());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }

    QString urlAs(const QString &user) const
    {
        QUrl url(m_url);
        url.setUserName(user);
        return url.toString();
    }

    static Storage::Database::OpenOptions gui()
    {
        Storage::Database::OpenOptions options;
        options.exclusive = true;
        return options;
    }

    /// The frise_reader / frise_writer roles and a login in @p role, named for this test's database.
    QString loginIn(const QString &role)
    {
        QFile script(TestPaths::source(u"packaging/postgresql/roles.sql"));
        if (!script.open(QIODevice::ReadOnly))
            return {};
        const QString sql = QString::fromUtf8(script.readAll());
        // Roles are cluster-wide and another test may be creating them right now: the script copes.
        if (!admin(sql))
            return {};
        const QString user = role.mid(6, 1) + u'_' + QUrl(m_url).path().mid(7); // r_..., w_...
        if (!admin(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(user, role)))
            return {};
        return user;
    }

    /// Generous: a change reaches the other session in well under a second, but the machine may be busy.
    static constexpr int remoteDeadlineMs = 30000;

    /// Creates an actor through @p session: a later write the other side can wait for. Its id, 0 on failure.
    static RowId pushMarker(Ui::DatabaseSession &session)
    {
        Actor marker;
        marker.name = BilingualText::original(Language::French, QStringLiteral("Repère"));
        auto *create = new Ui::CreateActorCommand(&session, marker, QStringLiteral("marker"));
        return session.push(create) ? create->createdId() : 0;
    }

    /// How many (entity, id) signals in @p spy name @p id.
    static int mentions(const QSignalSpy &spy, RowId id)
    {
        return int(std::count_if(
            spy.cbegin(), spy.cend(), [id](const QList<QVariant> &args) { return args.at(1).value<RowId>() == id; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        UiTestData::isolateSettings(m_dir);
    }

    void init()
    {
        if (const char *reason = StorageTest::postgresSkipReason())
            QSKIP(reason);
        QString message;
        m_url = StorageTest::createPostgresDatabase(&message);
        QVERIFY2(!m_url.isEmpty(), qPrintable(message));
        Storage::StorageError error;
        m_admin = Storage::Database::open(m_url, {}, &error);
        QVERIFY2(m_admin, qPrintable(error.message));
    }

    void cleanup() { m_admin.reset(); }

    void changeReachesOtherSession_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("create actor") << QStringLiteral("create");
        QTest::newRow("edit actor") << QStringLiteral("edit");
        QTest::newRow("delete actor") << QStringLiteral("delete");
        QTest::newRow("undo create") << QStringLiteral("undo");
    }

    void changeReachesOtherSession()
    {
        QFETCH(QString, action);
        Ui::DatabaseSession mine;
        Ui::DatabaseSession theirs;
        QString message;
        QVERIFY2(mine.open(m_url, gui(), &message), qPrintable(message));
        QVERIFY2(theirs.open(m_url, gui(), &message), qPrintable(message));
        QSignalSpy changed(&theirs, &Ui::DatabaseSession::recordChanged);
        QSignalSpy removed(&theirs, &Ui::DatabaseSession::recordRemoved);
        QSignalSpy ownChanged(&mine, &Ui::DatabaseSession::recordChanged);
        Actor actor;
        actor.name = BilingualText::original(Language::French, QStringLiteral("Commission"));
        auto *create = new Ui::CreateActorCommand(&mine, actor, QStringLiteral("create"));
        QVERIFY(mine.push(create));
        actor.id = create->createdId();
        if (action != QLatin1String("create")) {
            QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, remoteDeadlineMs);
            changed.clear();
            ownChanged.clear();
        }
        if (action == QLatin1String("edit")) {
            const Actor stored = *mine.find<Actor>(actor.id);
            Actor edited = stored;
            edited.name.setText(Language::English, QStringLiteral("Commission"), TranslationStatus::Translated);
            edited.aliases = {QStringLiteral("CE")};
            QVERIFY(mine.push(new Ui::EditActorCommand(&mine, stored, edited, QStringLiteral("edit"))));
        } else if (action == QLatin1String("delete")) {
            QVERIFY(mine.push(new Ui::DeleteActorCommand(&mine, *mine.find<Actor>(actor.id), QStringLiteral("del"))));
        } else if (action == QLatin1String("undo")) {
            mine.undoStack()->undo();
        }
        const bool gone = action == QLatin1String("delete") || action == QLatin1String("undo");
        QSignalSpy &expected = gone ? removed : changed;
        QTRY_COMPARE_WITH_TIMEOUT(expected.size(), 1, remoteDeadlineMs);
        QCOMPARE(expected.at(0).at(0).toString(), QStringLiteral("actor"));
        QCOMPARE(expected.at(0).at(1).value<RowId>(), actor.id);
        QVERIFY(!theirs.isApplyingRemoteChange());
        // Their caches (pickers, navigator) hold the new state already.
        if (gone) {
            QVERIFY(theirs.actors().isEmpty());
        } else {
            QCOMPARE(theirs.actors().size(), 1);
            QCOMPARE(theirs.actors().at(0), *mine.find<Actor>(actor.id));
        }
        // Each side heard of the change once: mine from my command, not again
        // from the server; theirs once. The server delivers notifications in
        // commit order, so once each side has heard of a later write by the
        // other, anything more about this change would have arrived.
        const RowId fromMine = pushMarker(mine);
        const RowId fromTheirs = pushMarker(theirs);
        QVERIFY(fromMine > 0 && fromTheirs > 0);
        QTRY_VERIFY_WITH_TIMEOUT(mentions(changed, fromMine) == 1, remoteDeadlineMs);
        QTRY_VERIFY_WITH_TIMEOUT(mentions(ownChanged, fromTheirs) == 1, remoteDeadlineMs);
        QCOMPARE(mentions(ownChanged, actor.id),
            action == QLatin1String("edit") || action == QLatin1String("create") ? 1 : 0);
        QCOMPARE(mentions(expected, actor.id), 1);
    }

    void windowFollowsOtherClient()
    {
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(m_url));
        Ui::DatabaseSession other;
        QString message;
        QVERIFY2(other.open(m_url, gui(), &message), qPrintable(message));
        Dispute dispute;
        dispute.title = BilingualText::original(Language::French, QStringLiteral("Négociation"));
        QVERIFY(other.push(new Ui::CreateDisputeCommand(&other, dispute, QStringLiteral("new"))));
        // The navigator lists it without any action on this side.
        QTRY_VERIFY_WITH_TIMEOUT(window.navigatorModel()
                                     ->match(window.navigatorModel()->index(0, 0), Qt::DisplayRole,
                                         QStringLiteral("Négociation"), 1, Qt::MatchRecursive | Qt::MatchContains)
                                     .size()
                == 1,
            remoteDeadlineMs);
    }

    void editorKeepsUnsavedTyping()
    {
        Ui::DatabaseSession mine;
        Ui::DatabaseSession theirs;
        QString message;
        QVERIFY2(mine.open(m_url, gui(), &message), qPrintable(message));
        QVERIFY2(theirs.open(m_url, gui(), &message), qPrintable(message));
        Event event;
        event.title = BilingualText::original(Language::French, QStringLiteral("Sommet"));
        event.start = FuzzyDate::fromIsoText(QStringLiteral("2023-04-25"));
        auto *create = new Ui::CreateEventCommand(&theirs, event, QStringLiteral("new"));
        QVERIFY(theirs.push(create));
        const RowId id = create->createdId();

        Ui::EventEditor editor(&mine);
        editor.load(id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto *title = qobject_cast<QLineEdit *>(editor.titleField()->editor(Language::French));
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Sommet de Bruxelles"));
        QVERIFY(editor.hasUnsavedEdits());

        // They save a note meanwhile: my typing stays, a notice says why.
        QSignalSpy changed(&mine, &Ui::DatabaseSession::recordChanged);
        const Event stored = *theirs.find<Event>(id);
        Event noted = stored;
        noted.notes = QStringLiteral("leur note");
        QVERIFY(theirs.push(new Ui::EditEventCommand(&theirs, stored, noted, QStringLiteral("note"))));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, remoteDeadlineMs);
        QCOMPARE(title->text(), QStringLiteral("Sommet de Bruxelles"));
        QVERIFY(editor.remoteChangeNotice()->isVisible());

        // Saving my typing meets their note in the conflict dialog; the merge keeps both.
        UiTestData::ConflictDialogDriver driver([](Ui::ConflictDialog *dialog, int) {
            QCOMPARE(dialog->rowCount(), 2); // my title, their notes
            dialog->resolve(Ui::ConflictDialog::Resolution::Merge);
        });
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(driver.seen(), 1);
        const Event now = *theirs.find<Event>(id);
        QCOMPARE(now.title.fr, QStringLiteral("Sommet de Bruxelles"));
        QCOMPARE(now.notes, QStringLiteral("leur note"));
        QVERIFY(!editor.remoteChangeNotice()->isVisible());
        QVERIFY(!editor.hasUnsavedEdits());

        // Without typing in progress, their change simply shows.
        changed.clear();
        Event again = now;
        again.notes = QStringLiteral("encore");
        QVERIFY(theirs.push(new Ui::EditEventCommand(&theirs, now, again, QStringLiteral("note"))));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, remoteDeadlineMs);
        QVERIFY(!editor.remoteChangeNotice()->isVisible());
        QCOMPARE(mine.find<Event>(id)->notes, QStringLiteral("encore"));
    }

    void readerRoleIsReadOnly()
    {
        {
            // A writer sets up the content first.
            Ui::DatabaseSession owner;
            QString message;
            QVERIFY2(owner.open(m_url, gui(), &message), qPrintable(message));
            Event event;
            event.title = BilingualText::original(Language::French, QStringLiteral("Audience"));
            event.start = FuzzyDate::fromIsoText(QStringLiteral("2024-01"));
            QVERIFY(owner.push(new Ui::CreateEventCommand(&owner, event, QStringLiteral("new"))));
        }
        const QString reader = loginIn(QStringLiteral("frise_reader"));
        QVERIFY(!reader.isEmpty());

        Ui::MainWindow window;
        QVERIFY(window.openDatabase(urlAs(reader)));
        Ui::DatabaseSession *session = window.session();
        QVERIFY(session->isReadOnly());
        QVERIFY(!session->isConnectionLost());
        QVERIFY2(session->readOnlyReason().contains(reader), qPrintable(session->readOnlyReason()));
        // The message bar says so, editing actions are off, browsing and exporting are on.
        QCOMPARE(window.messageBar()->kind(), Ui::MessageBar::Kind::Warning);
        QCOMPARE(window.messageBar()->text(), session->readOnlyReason());
        for (const char *name : {"actionNewEvent", "actionQuickCapture", "actionImport", "actionNewActor"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        for (const char *name : {"actionExportTimeline", "actionExportData", "actionExportGraph", "actionFind"})
            QVERIFY2(window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        const QList<Event> events = session->events();
        QCOMPARE(events.size(), 1);
        window.selectEvent(events.at(0).id);
        QVERIFY(window.inspector()->currentEditor());
        QVERIFY(!window.inspector()->currentEditor()->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionDelete"))->isEnabled());

        // A write that gets that far anyway is refused with a clear message and changes nothing.
        Storage::StorageError error;
        const qsizetype auditBefore = Storage::AuditLog(*m_admin).entries(QString(), 0, &error).size();
        Event edited = events.at(0);
        edited.notes = QStringLiteral("lecteur");
        QSignalSpy errors(session, &Ui::DatabaseSession::errorOccurred);
        QVERIFY(
            !session->push(new Ui::EditEventCommand(session, events.at(0), edited, QStringLiteral("edit")), &error));
        QCOMPARE(error.code, Storage::StorageError::Code::ReadOnly);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), session->readOnlyReason());
        QCOMPARE(session->undoStack()->count(), 0);
        QCOMPARE(Storage::EventRepository(*m_admin).find(events.at(0).id, &error)->notes, QString());
        QCOMPARE(Storage::AuditLog(*m_admin).entries(QString(), 0, &error).size(), auditBefore);

        // A writer's change still reaches the reader live.
        const QString writer = loginIn(QStringLiteral("frise_writer"));
        QVERIFY(!writer.isEmpty());
        Ui::DatabaseSession editorSession;
        QString message;
        QVERIFY2(editorSession.open(urlAs(writer), gui(), &message), qPrintable(message));
        QVERIFY(!editorSession.isReadOnly());
        QSignalSpy changed(session, &Ui::DatabaseSession::recordChanged);
        QVERIFY(
            editorSession.push(new Ui::EditEventCommand(&editorSession, events.at(0), edited, QStringLiteral("edit"))));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, remoteDeadlineMs);
        QCOMPARE(session->find<Event>(events.at(0).id)->notes, QStringLiteral("lecteur"));
    }

    void lostServerMakesReadOnly()
    {
        Ui::MainWindow window;
        QVERIFY(window.openDatabase(m_url));
        Ui::DatabaseSession *session = window.session();
        Actor actor;
        actor.name = BilingualText::original(Language::French, QStringLiteral("Conseil"));
        QVERIFY(session->push(new Ui::CreateActorCommand(session, actor, QStringLiteral("new"))));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
        const QList<Actor> before = session->actors();

        // The server drops the window's connection (as a restart or a network cut would).
        QSignalSpy lost(session, &Ui::DatabaseSession::connectionLost);
        QVERIFY(admin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        QVERIFY(!session->checkConnection());
        QCOMPARE(lost.size(), 1);
        QVERIFY(session->isConnectionLost());
        QVERIFY(session->isReadOnly());
        QCOMPARE(window.messageBar()->kind(), Ui::MessageBar::Kind::Error);
        QVERIFY2(
            window.messageBar()->text().contains(QLatin1String("connection")), qPrintable(window.messageBar()->text()));
        for (const char *name : {"actionNewEvent", "actionUndo", "actionRedo", "actionImport"})
            QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
        // What was loaded stays browsable.
        QCOMPARE(session->actors(), before);

        // An edit is not even attempted: nothing half-applied, nothing on the undo stack.
        const int steps = session->undoStack()->count();
        Actor second;
        second.name = BilingualText::original(Language::French, QStringLiteral("Parlement"));
        Storage::StorageError error;
        QVERIFY(!session->push(new Ui::CreateActorCommand(session, second, QStringLiteral("new")), &error));
        QCOMPARE(error.code, Storage::StorageError::Code::ReadOnly);
        QCOMPARE(session->undoStack()->count(), steps);
        QCOMPARE(Storage::ActorRepository(*m_admin).count(&error), qint64(1));

        // The server itself is still there: the window reconnects by itself and is writable again
        // (tst_reconnect stops and restarts a whole server).
        QTRY_VERIFY_WITH_TIMEOUT(!session->isConnectionLost(), remoteDeadlineMs);
        QVERIFY(!session->isReadOnly());
        QCOMPARE(session->actors(), before);
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionNewEvent"))->isEnabled());
        QVERIFY(session->push(new Ui::CreateActorCommand(session, second, QStringLiteral("new"))));
        QCOMPARE(Storage::ActorRepository(*m_admin).count(&error), qint64(2));
    }
};

QTEST_MAIN(TestTeamMode)
#include "tst_teammode.moc"
